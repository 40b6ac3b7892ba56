/** The hall's public API: other modules import only this file. */
export { HallModule } from './hall.module';
export { HallCommands, HallQueries } from './hall.ports';
export { HallIoAdapter } from './hall-io.adapter';
export { HallDrain } from './hall-drain.service';
