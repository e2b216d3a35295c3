import 'server-only';
/** The Teams area of /api/v1, in three files (the teams, their members, their apps), registered in this order. */
export * from './team-routes';
export * from './team-member-routes';
export * from './team-app-routes';
