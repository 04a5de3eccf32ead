import * as migration_20261125_114733_initial from './20261125_114733_initial';

export const migrations = [
  {
    up: migration_20261125_114733_initial.up,
    down: migration_20261125_114733_initial.down,
    name: '20261125_114733_initial'
  },
];
