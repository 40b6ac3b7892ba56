/** The messages module's public face: the module, the port the hall delivers through, and privacy's. */
export { MessagesModule } from './messages.module';
export { MessagesQueries } from './messages.queries';
export { MessagesPrivacy } from './messages-privacy.service';
