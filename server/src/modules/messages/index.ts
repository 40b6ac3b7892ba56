/** The messages module's public face: the module and the port the hall delivers through. */
export { MessagesModule } from './messages.module';
export { MessagesQueries } from './messages.queries';
