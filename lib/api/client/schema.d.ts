// Generated from docs/api/openapi.json by `npm run openapi` (openapi-typescript). Do not edit.

export interface paths {
  '/api/v1/me': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Who the token acts as
     * @description The token’s owner (none for an organization API key), its organization and the role it acts with now, its scopes, and which organization permissions it may use today: a token never does more than its role allows.
     */
    get: operations['getMe'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orgs/{orgId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get the organization
     * @description Any live token may read its own organization; `billing_email` is shown only to those who may edit the settings.
     */
    get: operations['getOrganization'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orgs/{orgId}/members': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List members
     * @description Members by name, then email; searched by name or email and narrowed to one role.
     */
    get: operations['listMembers'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orgs/{orgId}/members/{userId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get a member
     * @description The ETag it answers with is what `If-Match` takes when changing their role.
     */
    get: operations['getMember'];
    put?: never;
    post?: never;
    /**
     * Remove a member
     * @description Their team memberships go with them; the last Admin cannot be removed.
     */
    delete: operations['removeMember'];
    options?: never;
    head?: never;
    /**
     * Change a member's role
     * @description Never above your own role, never the last Admin’s away. Send `If-Match` with the ETag you read to refuse (412) if someone changed it meanwhile.
     */
    patch: operations['changeMemberRole'];
    trace?: never;
  };
  '/api/v1/orgs/{orgId}/members/{userId}/access': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get a member's effective access
     * @description Their role, its organization permissions and, per app, every permission they hold with what grants it (their role, the app’s visibility, their teams’ levels). Your own needs `access.view_own`; another member’s `access.view_any`.
     */
    get: operations['getMemberAccess'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orgs/{orgId}/invitations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List pending invitations
     * @description Pending invitations, newest first, 50 a page (expired ones included, flagged); searched by email.
     */
    get: operations['listInvitations'];
    put?: never;
    /**
     * Invite members
     * @description Invites each address and emails it, reporting per address those that are members or already invited. Refused whole (409) when none can be invited or the plan has too few seats left, and (429) beyond the hourly invitation allowance of you or the organization. Needs a verified email address.
     */
    post: operations['inviteMembers'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orgs/{orgId}/invitations/{invitationId}/resend': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Resend an invitation
     * @description A new link and expiry (the previous link stops working) and a new email; the invitation is now yours. Counts against the hourly invitation allowance (429).
     */
    post: operations['resendInvitation'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orgs/{orgId}/invitations/{invitationId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /**
     * Rescind an invitation
     * @description The link in its email stops working and the invitee’s notification disappears.
     */
    delete: operations['rescindInvitation'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orgs/{orgId}/teams': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List teams
     * @description Teams by Team ID, searched by ID or name. A token that may manage teams (teams.manage, and its owner’s role) sees them all; any other only the teams its owner belongs to.
     */
    get: operations['listTeams'];
    put?: never;
    /**
     * Create a team
     * @description Its Team ID is unique in the organization and cannot change. `default_permission` (default model_trainer) is the level apps added to it start at.
     */
    post: operations['createTeam'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orgs/{orgId}/teams/{teamId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get a team
     * @description A team the token may not see (not its owner’s, without teams.manage) is not found.
     */
    get: operations['getTeam'];
    put?: never;
    post?: never;
    /**
     * Delete a team
     * @description Its memberships and app grants go with it (its members are told); the people and apps remain.
     */
    delete: operations['deleteTeam'];
    options?: never;
    head?: never;
    /**
     * Rename a team or change its default permission
     * @description The apps the team already holds keep their levels: a new default permission applies to apps added from now on.
     */
    patch: operations['updateTeam'];
    trace?: never;
  };
  '/api/v1/orgs/{orgId}/teams/{teamId}/members': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List a team's members
     * @description By email, searched by name or email.
     */
    get: operations['listTeamMembers'];
    put?: never;
    /**
     * Add members to a team
     * @description Only members of the organization: any other user ID refuses the whole request (422 on `user_ids`). Those already in the team are skipped; each one added is told.
     */
    post: operations['addTeamMembers'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orgs/{orgId}/teams/{teamId}/members/{userId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /**
     * Remove a member from a team
     * @description They stay in the organization, and are told.
     */
    delete: operations['removeTeamMember'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orgs/{orgId}/teams/{teamId}/apps': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List a team's apps
     * @description By App ID, searched by App ID or name, each with the level the team holds it at.
     */
    get: operations['listTeamApps'];
    put?: never;
    /**
     * Grant apps to a team
     * @description Only apps of the organization: any other ID refuses the whole request (422 on `app_ids`). Apps the team already holds keep their level.
     */
    post: operations['grantTeamApps'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orgs/{orgId}/teams/{teamId}/apps/{appId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get a team's grant of an app
     * @description The ETag it answers with is what `If-Match` takes when changing the level.
     */
    get: operations['getTeamApp'];
    put?: never;
    post?: never;
    /**
     * Revoke a team's grant of an app
     * @description Its members keep whatever their role or other teams give them on the app.
     */
    delete: operations['revokeTeamApp'];
    options?: never;
    head?: never;
    /**
     * Change the level a team holds an app at
     * @description Send `If-Match` with the ETag you read to refuse (412) if someone changed it meanwhile.
     */
    patch: operations['changeTeamAppPermission'];
    trace?: never;
  };
  '/api/v1/orgs/{orgId}/apps': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List apps
     * @description The apps the token’s owner sees on the organization’s Apps page, by App ID: every app for a role that views them all, otherwise those their teams grant and those of `org` visibility. Searched by App ID or name.
     */
    get: operations['listApps'];
    put?: never;
    /**
     * Create an app
     * @description Its App ID (`slug`) must be free in the organization. Send `Idempotency-Key` to retry safely.
     */
    post: operations['createApp'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orgs/{orgId}/apps/{appId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get an app
     * @description Only an app the token’s owner may view (and the token holds `app.view`); any other answers 404.
     */
    get: operations['getApp'];
    put?: never;
    post?: never;
    /**
     * Delete an app
     * @description Deletes the app with its models, data, labeling tasks and every team’s access to it. Needs `app.delete`.
     */
    delete: operations['deleteApp'];
    options?: never;
    head?: never;
    /**
     * Update an app
     * @description Name, description and notes need `app.edit_details`; visibility needs `app.visibility`. All the changes are made, or none.
     */
    patch: operations['updateApp'];
    trace?: never;
  };
  '/api/v1/orgs/{orgId}/apps/{appId}/teams': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List the teams with access to an app
     * @description By Team ID, each with its level and member count, as the app’s settings page lists them. Needs `app.collaborators.view` on the app.
     */
    get: operations['listAppTeams'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orgs/{orgId}/apps/{appId}/transfer': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Move an app to another organization
     * @description Moves the app, with its models, data and labeling tasks, to another organization, as the app’s settings page does: it leaves this one as if deleted (`app.delete` on the app), and the token’s owner must be allowed to create apps there. Teams’ access does not move. An organization API key cannot move apps: it belongs to one organization. The app keeps its `id`; its URL changes (`Location`).
     */
    post: operations['transferApp'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orgs/{orgId}/audit-log': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List audit events
     * @description The organization’s audit log, newest first, filtered as on its page: by action, and by a member (the name or email of whoever acted or was acted on, or the target’s id).
     */
    get: operations['listAuditEvents'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    /** @description Who the token acts as, and what it may do. */
    Me: {
      /** @description The token’s owner; null for an organization API key, which is no one’s. */
      user: {
        id: string;
        name: string | null;
        email: string;
      } | null;
      organization: {
        id: string;
        /**
         * @description The role the token acts with now.
         * @enum {string}
         */
        role: 'admin' | 'financial_manager' | 'org_contributor' | 'org_user' | 'team_contributor' | 'infra_manager';
      };
      token: {
        /** Format: uuid */
        id: string;
        name: string;
        /**
         * @description `personal` (acts as its owner) or `organization` (an API key).
         * @enum {string}
         */
        kind: 'personal' | 'organization';
        scopes: string[];
        /**
         * Format: date-time
         * @description An instant, ISO 8601 in UTC.
         */
        expires_at: string | null;
      };
      /** @description The organization permissions the token may use today: its scopes that its role grants. */
      organization_permissions: string[];
    };
    /** @description An error, as RFC 9457 problem details. */
    Problem: {
      type: string;
      title: string;
      status: number;
      detail?: string;
      errors?: {
        detail: string;
        /** @description A JSON pointer into the body. */
        pointer?: string;
        /** @description A query parameter. */
        parameter?: string;
      }[];
    };
    /** @description The token's organization. */
    Organization: {
      /** @description The organization ID (its slug); it never changes. */
      id: string;
      name: string;
      /**
       * @description The pricing plan: how many seats it has.
       * @enum {string}
       */
      plan: 'free' | 'team' | 'business' | 'enterprise';
      /**
       * Format: date-time
       * @description An instant, ISO 8601 in UTC.
       */
      created_at: string;
      /** @description Members now. */
      member_count: number;
      /** @description Invitations waiting for an answer (expired ones included). */
      pending_invitation_count: number;
      /**
       * @description The token owner's role in the organization now.
       * @enum {string}
       */
      role: 'admin' | 'financial_manager' | 'org_contributor' | 'org_user' | 'team_contributor' | 'infra_manager';
      /**
       * Format: email
       * @description Where billing mail goes. Only for a token that may edit the settings (org.settings scope, Admin role).
       */
      billing_email?: string;
    };
    MemberPage: {
      data: components['schemas']['MemberListItem'][];
      next_cursor: string | null;
    };
    MemberListItem: {
      user_id: string;
      name: string | null;
      /** Format: email */
      email: string;
      role: components['schemas']['OrgRole'];
      /**
       * Format: date-time
       * @description An instant, ISO 8601 in UTC.
       */
      joined_at: string;
      /** @description How many of the organization's teams they are in. */
      teams: number;
      /**
       * Format: date-time
       * @description Their latest use of a signed-in session.
       */
      last_active_at: string | null;
    };
    /**
     * @description A role in the organization.
     * @enum {string}
     */
    OrgRole: 'admin' | 'financial_manager' | 'org_contributor' | 'org_user' | 'team_contributor' | 'infra_manager';
    /** @description A member of the organization. */
    Member: {
      user_id: string;
      name: string | null;
      /** Format: email */
      email: string;
      role: components['schemas']['OrgRole'];
      /**
       * Format: date-time
       * @description An instant, ISO 8601 in UTC.
       */
      joined_at: string;
    };
    ChangeMemberRole: {
      /** @enum {string} */
      role: 'admin' | 'financial_manager' | 'org_contributor' | 'org_user' | 'team_contributor' | 'infra_manager';
    };
    /** @description A member’s effective access, as their page in the organization shows it. */
    MemberAccess: {
      user_id: string;
      name: string | null;
      /** Format: email */
      email: string;
      role: components['schemas']['OrgRole'];
      /**
       * Format: date-time
       * @description An instant, ISO 8601 in UTC.
       */
      joined_at: string;
      /** @description The organization permissions of their role. */
      org_permissions: (
        | 'org.apps.view'
        | 'members.view'
        | 'members.manage'
        | 'teams.manage'
        | 'apps.create'
        | 'compute.manage'
        | 'compute.deploy'
        | 'compute.view'
        | 'costs.view'
        | 'budget.set'
        | 'org.settings'
        | 'org.delete'
        | 'audit.view'
        | 'access.view_any'
        | 'teams.view_own'
        | 'org.leave'
        | 'access.view_own'
        | 'tokens.create_own'
        | 'roles.view'
      )[];
      /** @description Every app they can reach, by App ID (the first 200, as the member page shows). */
      apps: components['schemas']['MemberAppAccess'][];
    };
    /** @description What the member may do on one app, and why. */
    MemberAppAccess: {
      /**
       * Format: uuid
       * @description The app’s id.
       */
      id: string;
      /** @description Its App ID. */
      slug: string;
      name: string;
      /** @enum {string} */
      visibility: 'private' | 'org';
      /** @description The member’s teams that grant the app, by Team ID, each with its level. */
      teams: {
        team_id: string;
        team_name: string;
        level: components['schemas']['TeamLevel'];
      }[];
      /** @description Every app permission they hold on it. */
      permissions: components['schemas']['GrantedAppPermission'][];
    };
    /**
     * @description A level a team holds an app at: full_access (all but app administration), model_trainer (models), labeler_lead (supervises labeling) or labeler_worker (assigned labeling tasks).
     * @enum {string}
     */
    TeamLevel: 'full_access' | 'model_trainer' | 'labeler_lead' | 'labeler_worker';
    /** @description An app permission the member holds, and what grants it. */
    GrantedAppPermission: {
      /** @enum {string} */
      permission:
        | 'app.view'
        | 'app.edit_details'
        | 'app.edit_id'
        | 'app.delete'
        | 'app.visibility'
        | 'app.collaborators.edit'
        | 'app.collaborators.view'
        | 'models.write'
        | 'workflows.write'
        | 'datasets.write'
        | 'concepts.write'
        | 'tasks.manage'
        | 'annotations.review'
        | 'tasks.view_member_names'
        | 'tasks.work_assigned'
        | 'app.deploy'
        | 'models.view'
        | 'workflows.view'
        | 'datasets.view'
        | 'concepts.view'
        | 'inputs.view_all'
        | 'tasks.view'
        | 'inputs.view_assigned';
      granted_by: {
        /** @description Their organization role grants it on every app. */
        role: boolean;
        /** @description The app’s `org` visibility grants it to every member. */
        visibility: boolean;
        /** @description The levels of their teams (listed in `teams`) that grant it. */
        levels: components['schemas']['TeamLevel'][];
      };
    };
    InvitationPage: {
      data: components['schemas']['Invitation'][];
      next_cursor: string | null;
    };
    /** @description A pending invitation to join the organization. */
    Invitation: {
      /** Format: uuid */
      id: string;
      /** Format: email */
      email: string;
      role: components['schemas']['OrgRole'];
      /** @description The sender's name (null: none, or their account is gone). */
      invited_by: string | null;
      /**
       * Format: date-time
       * @description An instant, ISO 8601 in UTC.
       */
      sent_at: string;
      /**
       * Format: date-time
       * @description An instant, ISO 8601 in UTC.
       */
      expires_at: string;
      /** @description Past its expiry: it can no longer be accepted until resent. */
      expired: boolean;
      /**
       * @description The last invitation email's delivery (unknown: no email on record).
       * @enum {string}
       */
      delivery: 'queued' | 'sent' | 'failed' | 'unknown';
      /** @description Why the last delivery failed, when it did. */
      delivery_error: string | null;
      /** @description Its sender can no longer grant its role (removed, demoted): resend it to make it valid. */
      needs_resend: boolean;
    };
    /** @description What happened to each distinct address, in the order given. */
    InviteMembersResult: {
      results: components['schemas']['InviteResult'][];
    };
    InviteResult: {
      /**
       * Format: email
       * @description The address, lowercased.
       */
      email: string;
      /**
       * @description invited: invited now and emailed; already_member: a member already; already_invited: it has a pending invitation (resend it to send it again).
       * @enum {string}
       */
      result: 'invited' | 'already_member' | 'already_invited';
      /**
       * Format: uuid
       * @description Its pending invitation, if it has one.
       */
      invitation_id: string | null;
    };
    InviteMembers: {
      /** @description The addresses to invite; compared lowercased, duplicates collapsed. */
      emails: string[];
      /**
       * @description The role they get on accepting; never above your own.
       * @enum {string}
       */
      role: 'admin' | 'financial_manager' | 'org_contributor' | 'org_user' | 'team_contributor' | 'infra_manager';
    };
    TeamPage: {
      data: components['schemas']['Team'][];
      next_cursor: string | null;
    };
    /** @description A team of the organization. */
    Team: {
      /** @description The Team ID, unique in the organization. */
      id: string;
      name: string;
      default_permission: components['schemas']['TeamLevel'];
      member_count: number;
      app_count: number;
      /**
       * Format: date-time
       * @description An instant, ISO 8601 in UTC.
       */
      created_at: string;
    };
    CreateTeam: {
      id: string;
      name: string;
      default_permission?: components['schemas']['TeamLevel'];
    };
    UpdateTeam: {
      name?: string;
      default_permission?: components['schemas']['TeamLevel'];
    };
    TeamMemberPage: {
      data: components['schemas']['TeamMember'][];
      next_cursor: string | null;
    };
    /** @description A member of the organization in the team. */
    TeamMember: {
      user_id: string;
      name: string | null;
      /** Format: email */
      email: string;
      /**
       * Format: date-time
       * @description An instant, ISO 8601 in UTC.
       */
      added_at: string;
    };
    TeamMembersAdded: {
      added: number;
    };
    AddTeamMembers: {
      user_ids: string[];
    };
    TeamAppPage: {
      data: components['schemas']['TeamApp'][];
      next_cursor: string | null;
    };
    /** @description An app the team holds, and the level it holds it at. */
    TeamApp: {
      /**
       * Format: uuid
       * @description The app’s ID (a UUID).
       */
      app_id: string;
      /** @description The app’s App ID, as the browser shows it. */
      slug: string;
      name: string;
      permission: components['schemas']['TeamLevel'];
    };
    TeamAppsGranted: {
      added: number;
    };
    GrantTeamApps: {
      app_ids: string[];
      permission: components['schemas']['TeamLevel'];
    };
    ChangeTeamAppPermission: {
      permission: components['schemas']['TeamLevel'];
    };
    AppPage: {
      data: components['schemas']['App'][];
      next_cursor: string | null;
    };
    /** @description An app of the organization. */
    App: {
      /**
       * Format: uuid
       * @description The app’s internal id: what the API’s paths take.
       */
      id: string;
      /** @description The App ID people see and type (unique in the organization). */
      slug: string;
      name: string;
      description: string;
      notes: string;
      /**
       * @description `private`: only its roles and teams; `org`: every member may view it.
       * @enum {string}
       */
      visibility: 'private' | 'org';
      /**
       * Format: date-time
       * @description An instant, ISO 8601 in UTC.
       */
      created_at: string;
    };
    CreateApp: {
      slug: string;
      name: string;
    };
    /** @description The fields to change; those left out keep their value. */
    UpdateApp: {
      name?: string;
      description?: string;
      notes?: string;
      /** @enum {string} */
      visibility?: 'private' | 'org';
    };
    AppTeamPage: {
      data: components['schemas']['AppTeam'][];
      next_cursor: string | null;
      /** @description How many teams have access to the app. */
      total: number;
    };
    /** @description A team with access to the app, and its level. */
    AppTeam: {
      team_id: string;
      team_name: string;
      level: components['schemas']['TeamLevel'];
      member_count: number;
    };
    TransferApp: {
      /** @description The organization the app moves to. */
      organization_id: string;
      /** @description A new name there; the current one if left out. */
      name?: '' | string;
      /** @description A new App ID there, if its own is taken; the current one if left out. */
      slug?: '' | string;
    };
    AuditEventPage: {
      data: components['schemas']['AuditEvent'][];
      next_cursor: string | null;
    };
    /** @description One event of the audit log. */
    AuditEvent: {
      /** Format: uuid */
      id: string;
      /** @description What happened, such as `member.role_changed` (see the `action` filter for every one). */
      action: string;
      actor: components['schemas']['AuditActor'];
      target: components['schemas']['AuditTarget'];
      /** @description The details: values before and after, the token used… */
      data: {
        [key: string]: unknown;
      };
      /**
       * Format: date-time
       * @description An instant, ISO 8601 in UTC.
       */
      created_at: string;
    };
    AuditActor: {
      /** @description The user who acted, or whose token did; null for an organization’s API key, or once the account is deleted. */
      id: string | null;
      name: string | null;
      email: string | null;
      /**
       * @description How they acted: in the browser (`user`), with a personal API token (`api_token`), as an organization’s API key (`api_key`; `name` is the key’s), or by SCIM (`scim`).
       * @enum {string}
       */
      kind: 'user' | 'api_token' | 'api_key' | 'scim';
    };
    /** @description What it was done to. */
    AuditTarget: {
      type: string;
      id: string;
    };
  };
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  getMe: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The token. */
      200: {
        headers: {
          /** @description Requests left in the window and seconds until it resets. */
          RateLimit?: string;
          /** @description The token's allowance and window. */
          'RateLimit-Policy'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Me'];
        };
      };
      /** @description No token, or it is not valid, has expired or was revoked. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The token's scopes, or the role it acts with, do not allow this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found, or not reachable with this token. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests with this token; `Retry-After` says when to try again. */
      429: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getOrganization: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The organization ID (its slug). */
        orgId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The organization. */
      200: {
        headers: {
          /** @description Requests left in the window and seconds until it resets. */
          RateLimit?: string;
          /** @description The token's allowance and window. */
          'RateLimit-Policy'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Organization'];
        };
      };
      /** @description No token, or it is not valid, has expired or was revoked. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The token's scopes, or the role it acts with, do not allow this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found, or not reachable with this token. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests with this token; `Retry-After` says when to try again. */
      429: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listMembers: {
    parameters: {
      query?: {
        /** @description The `next_cursor` of the previous page; omit for the first. */
        cursor?: string;
        /** @description Rows per page, 1 to 100 (default 50). */
        limit?: number;
        /** @description Part of a name or email address. */
        q?: string;
        /** @description A role in the organization. */
        role?: components['schemas']['OrgRole'];
      };
      header?: never;
      path: {
        /** @description The organization ID (its slug). */
        orgId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of members. */
      200: {
        headers: {
          /** @description Requests left in the window and seconds until it resets. */
          RateLimit?: string;
          /** @description The token's allowance and window. */
          'RateLimit-Policy'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MemberPage'];
        };
      };
      /** @description A query parameter, a header or the JSON is not valid; `errors` says which. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No token, or it is not valid, has expired or was revoked. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The token's scopes, or the role it acts with, do not allow this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found, or not reachable with this token. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests with this token; `Retry-After` says when to try again. */
      429: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getMember: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The organization ID (its slug). */
        orgId: string;
        /** @description The member's user ID. */
        userId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The member. */
      200: {
        headers: {
          /** @description Requests left in the window and seconds until it resets. */
          RateLimit?: string;
          /** @description The token's allowance and window. */
          'RateLimit-Policy'?: string;
          /** @description The member’s role, as an entity tag. */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Member'];
        };
      };
      /** @description No token, or it is not valid, has expired or was revoked. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The token's scopes, or the role it acts with, do not allow this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found, or not reachable with this token. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests with this token; `Retry-After` says when to try again. */
      429: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  removeMember: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The organization ID (its slug). */
        orgId: string;
        /** @description The member's user ID. */
        userId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Removed. */
      204: {
        headers: {
          /** @description Requests left in the window and seconds until it resets. */
          RateLimit?: string;
          /** @description The token's allowance and window. */
          'RateLimit-Policy'?: string;
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description No token, or it is not valid, has expired or was revoked. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The token's scopes, or the role it acts with, do not allow this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found, or not reachable with this token. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description It conflicts with the current state (the last Admin, a name already used). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests with this token; `Retry-After` says when to try again. */
      429: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  changeMemberRole: {
    parameters: {
      query?: never;
      header?: {
        /** @description The ETag you read: refused with 412 if it changed since. */
        'If-Match'?: string;
      };
      path: {
        /** @description The organization ID (its slug). */
        orgId: string;
        /** @description The member's user ID. */
        userId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ChangeMemberRole'];
      };
    };
    responses: {
      /** @description The member with their new role. */
      200: {
        headers: {
          /** @description Requests left in the window and seconds until it resets. */
          RateLimit?: string;
          /** @description The token's allowance and window. */
          'RateLimit-Policy'?: string;
          /** @description The new entity tag. */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Member'];
        };
      };
      /** @description A query parameter, a header or the JSON is not valid; `errors` says which. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No token, or it is not valid, has expired or was revoked. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The token's scopes, or the role it acts with, do not allow this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found, or not reachable with this token. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `If-Match` does not match the current ETag: read it again, then retry. */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body was not sent as JSON. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not valid; `errors` points at each field. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests with this token; `Retry-After` says when to try again. */
      429: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getMemberAccess: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The organization ID (its slug). */
        orgId: string;
        /** @description The member's user ID. */
        userId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Their effective access. */
      200: {
        headers: {
          /** @description Requests left in the window and seconds until it resets. */
          RateLimit?: string;
          /** @description The token's allowance and window. */
          'RateLimit-Policy'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MemberAccess'];
        };
      };
      /** @description No token, or it is not valid, has expired or was revoked. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The token's scopes, or the role it acts with, do not allow this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found, or not reachable with this token. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests with this token; `Retry-After` says when to try again. */
      429: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listInvitations: {
    parameters: {
      query?: {
        /** @description The `next_cursor` of the previous page; omit for the first. */
        cursor?: string;
        /** @description Part of an email address. */
        q?: string;
      };
      header?: never;
      path: {
        /** @description The organization ID (its slug). */
        orgId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of pending invitations. */
      200: {
        headers: {
          /** @description Requests left in the window and seconds until it resets. */
          RateLimit?: string;
          /** @description The token's allowance and window. */
          'RateLimit-Policy'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InvitationPage'];
        };
      };
      /** @description A query parameter, a header or the JSON is not valid; `errors` says which. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No token, or it is not valid, has expired or was revoked. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The token's scopes, or the role it acts with, do not allow this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found, or not reachable with this token. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests with this token; `Retry-After` says when to try again. */
      429: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  inviteMembers: {
    parameters: {
      query?: never;
      header?: {
        /** @description Retry safely: the same key gets the same answer for 24 hours. */
        'Idempotency-Key'?: string;
      };
      path: {
        /** @description The organization ID (its slug). */
        orgId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['InviteMembers'];
      };
    };
    responses: {
      /** @description What happened to each address. */
      200: {
        headers: {
          /** @description Requests left in the window and seconds until it resets. */
          RateLimit?: string;
          /** @description The token's allowance and window. */
          'RateLimit-Policy'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InviteMembersResult'];
        };
      };
      /** @description A query parameter, a header or the JSON is not valid; `errors` says which. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No token, or it is not valid, has expired or was revoked. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The token's scopes, or the role it acts with, do not allow this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found, or not reachable with this token. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description It conflicts with the current state (the last Admin, a name already used). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body was not sent as JSON. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not valid; `errors` points at each field. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests with this token; `Retry-After` says when to try again. */
      429: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  resendInvitation: {
    parameters: {
      query?: never;
      header?: {
        /** @description Retry safely: the same key gets the same answer for 24 hours. */
        'Idempotency-Key'?: string;
      };
      path: {
        /** @description The organization ID (its slug). */
        orgId: string;
        /** @description The invitation ID. */
        invitationId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The invitation as resent. */
      200: {
        headers: {
          /** @description Requests left in the window and seconds until it resets. */
          RateLimit?: string;
          /** @description The token's allowance and window. */
          'RateLimit-Policy'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Invitation'];
        };
      };
      /** @description A query parameter, a header or the JSON is not valid; `errors` says which. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No token, or it is not valid, has expired or was revoked. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The token's scopes, or the role it acts with, do not allow this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found, or not reachable with this token. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description It conflicts with the current state (the last Admin, a name already used). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not valid; `errors` points at each field. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests with this token; `Retry-After` says when to try again. */
      429: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  rescindInvitation: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The organization ID (its slug). */
        orgId: string;
        /** @description The invitation ID. */
        invitationId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Rescinded. */
      204: {
        headers: {
          /** @description Requests left in the window and seconds until it resets. */
          RateLimit?: string;
          /** @description The token's allowance and window. */
          'RateLimit-Policy'?: string;
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description No token, or it is not valid, has expired or was revoked. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The token's scopes, or the role it acts with, do not allow this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found, or not reachable with this token. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description It conflicts with the current state (the last Admin, a name already used). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests with this token; `Retry-After` says when to try again. */
      429: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listTeams: {
    parameters: {
      query?: {
        /** @description The `next_cursor` of the previous page; omit for the first. */
        cursor?: string;
        /** @description Rows per page, 1 to 100 (default 50). */
        limit?: number;
        /** @description Part of a Team ID or name. */
        q?: string;
      };
      header?: never;
      path: {
        /** @description The organization ID (its slug). */
        orgId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of teams. */
      200: {
        headers: {
          /** @description Requests left in the window and seconds until it resets. */
          RateLimit?: string;
          /** @description The token's allowance and window. */
          'RateLimit-Policy'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TeamPage'];
        };
      };
      /** @description A query parameter, a header or the JSON is not valid; `errors` says which. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No token, or it is not valid, has expired or was revoked. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The token's scopes, or the role it acts with, do not allow this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found, or not reachable with this token. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests with this token; `Retry-After` says when to try again. */
      429: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  createTeam: {
    parameters: {
      query?: never;
      header?: {
        /** @description Retry safely: the same key gets the same answer for 24 hours. */
        'Idempotency-Key'?: string;
      };
      path: {
        /** @description The organization ID (its slug). */
        orgId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateTeam'];
      };
    };
    responses: {
      /** @description The team. */
      201: {
        headers: {
          /** @description Requests left in the window and seconds until it resets. */
          RateLimit?: string;
          /** @description The token's allowance and window. */
          'RateLimit-Policy'?: string;
          /** @description The team’s URL. */
          Location?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Team'];
        };
      };
      /** @description A query parameter, a header or the JSON is not valid; `errors` says which. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No token, or it is not valid, has expired or was revoked. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The token's scopes, or the role it acts with, do not allow this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found, or not reachable with this token. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body was not sent as JSON. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not valid; `errors` points at each field. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests with this token; `Retry-After` says when to try again. */
      429: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getTeam: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The organization ID (its slug). */
        orgId: string;
        /** @description The Team ID. */
        teamId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The team. */
      200: {
        headers: {
          /** @description Requests left in the window and seconds until it resets. */
          RateLimit?: string;
          /** @description The token's allowance and window. */
          'RateLimit-Policy'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Team'];
        };
      };
      /** @description No token, or it is not valid, has expired or was revoked. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The token's scopes, or the role it acts with, do not allow this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found, or not reachable with this token. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests with this token; `Retry-After` says when to try again. */
      429: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  deleteTeam: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The organization ID (its slug). */
        orgId: string;
        /** @description The Team ID. */
        teamId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Deleted. */
      204: {
        headers: {
          /** @description Requests left in the window and seconds until it resets. */
          RateLimit?: string;
          /** @description The token's allowance and window. */
          'RateLimit-Policy'?: string;
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description No token, or it is not valid, has expired or was revoked. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The token's scopes, or the role it acts with, do not allow this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found, or not reachable with this token. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests with this token; `Retry-After` says when to try again. */
      429: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  updateTeam: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The organization ID (its slug). */
        orgId: string;
        /** @description The Team ID. */
        teamId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateTeam'];
      };
    };
    responses: {
      /** @description The team as changed. */
      200: {
        headers: {
          /** @description Requests left in the window and seconds until it resets. */
          RateLimit?: string;
          /** @description The token's allowance and window. */
          'RateLimit-Policy'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Team'];
        };
      };
      /** @description A query parameter, a header or the JSON is not valid; `errors` says which. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No token, or it is not valid, has expired or was revoked. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The token's scopes, or the role it acts with, do not allow this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found, or not reachable with this token. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body was not sent as JSON. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not valid; `errors` points at each field. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests with this token; `Retry-After` says when to try again. */
      429: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listTeamMembers: {
    parameters: {
      query?: {
        /** @description The `next_cursor` of the previous page; omit for the first. */
        cursor?: string;
        /** @description Rows per page, 1 to 100 (default 50). */
        limit?: number;
        /** @description Part of a name or email address. */
        q?: string;
      };
      header?: never;
      path: {
        /** @description The organization ID (its slug). */
        orgId: string;
        /** @description The Team ID. */
        teamId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of the team’s members. */
      200: {
        headers: {
          /** @description Requests left in the window and seconds until it resets. */
          RateLimit?: string;
          /** @description The token's allowance and window. */
          'RateLimit-Policy'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TeamMemberPage'];
        };
      };
      /** @description A query parameter, a header or the JSON is not valid; `errors` says which. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No token, or it is not valid, has expired or was revoked. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The token's scopes, or the role it acts with, do not allow this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found, or not reachable with this token. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests with this token; `Retry-After` says when to try again. */
      429: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  addTeamMembers: {
    parameters: {
      query?: never;
      header?: {
        /** @description Retry safely: the same key gets the same answer for 24 hours. */
        'Idempotency-Key'?: string;
      };
      path: {
        /** @description The organization ID (its slug). */
        orgId: string;
        /** @description The Team ID. */
        teamId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AddTeamMembers'];
      };
    };
    responses: {
      /** @description How many were added (those already in the team are not counted). */
      200: {
        headers: {
          /** @description Requests left in the window and seconds until it resets. */
          RateLimit?: string;
          /** @description The token's allowance and window. */
          'RateLimit-Policy'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TeamMembersAdded'];
        };
      };
      /** @description A query parameter, a header or the JSON is not valid; `errors` says which. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No token, or it is not valid, has expired or was revoked. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The token's scopes, or the role it acts with, do not allow this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found, or not reachable with this token. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body was not sent as JSON. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not valid; `errors` points at each field. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests with this token; `Retry-After` says when to try again. */
      429: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  removeTeamMember: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The organization ID (its slug). */
        orgId: string;
        /** @description The Team ID. */
        teamId: string;
        /** @description The member's user ID. */
        userId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Removed. */
      204: {
        headers: {
          /** @description Requests left in the window and seconds until it resets. */
          RateLimit?: string;
          /** @description The token's allowance and window. */
          'RateLimit-Policy'?: string;
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description No token, or it is not valid, has expired or was revoked. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The token's scopes, or the role it acts with, do not allow this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found, or not reachable with this token. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests with this token; `Retry-After` says when to try again. */
      429: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listTeamApps: {
    parameters: {
      query?: {
        /** @description The `next_cursor` of the previous page; omit for the first. */
        cursor?: string;
        /** @description Rows per page, 1 to 100 (default 50). */
        limit?: number;
        /** @description Part of an App ID or name. */
        q?: string;
      };
      header?: never;
      path: {
        /** @description The organization ID (its slug). */
        orgId: string;
        /** @description The Team ID. */
        teamId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of the team’s apps. */
      200: {
        headers: {
          /** @description Requests left in the window and seconds until it resets. */
          RateLimit?: string;
          /** @description The token's allowance and window. */
          'RateLimit-Policy'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TeamAppPage'];
        };
      };
      /** @description A query parameter, a header or the JSON is not valid; `errors` says which. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No token, or it is not valid, has expired or was revoked. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The token's scopes, or the role it acts with, do not allow this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found, or not reachable with this token. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests with this token; `Retry-After` says when to try again. */
      429: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  grantTeamApps: {
    parameters: {
      query?: never;
      header?: {
        /** @description Retry safely: the same key gets the same answer for 24 hours. */
        'Idempotency-Key'?: string;
      };
      path: {
        /** @description The organization ID (its slug). */
        orgId: string;
        /** @description The Team ID. */
        teamId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['GrantTeamApps'];
      };
    };
    responses: {
      /** @description How many were granted (those the team already held are not counted). */
      200: {
        headers: {
          /** @description Requests left in the window and seconds until it resets. */
          RateLimit?: string;
          /** @description The token's allowance and window. */
          'RateLimit-Policy'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TeamAppsGranted'];
        };
      };
      /** @description A query parameter, a header or the JSON is not valid; `errors` says which. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No token, or it is not valid, has expired or was revoked. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The token's scopes, or the role it acts with, do not allow this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found, or not reachable with this token. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body was not sent as JSON. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not valid; `errors` points at each field. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests with this token; `Retry-After` says when to try again. */
      429: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getTeamApp: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The organization ID (its slug). */
        orgId: string;
        /** @description The Team ID. */
        teamId: string;
        /** @description The app’s ID (a UUID). */
        appId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The grant. */
      200: {
        headers: {
          /** @description Requests left in the window and seconds until it resets. */
          RateLimit?: string;
          /** @description The token's allowance and window. */
          'RateLimit-Policy'?: string;
          /** @description The grant’s level, as an entity tag. */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TeamApp'];
        };
      };
      /** @description No token, or it is not valid, has expired or was revoked. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The token's scopes, or the role it acts with, do not allow this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found, or not reachable with this token. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests with this token; `Retry-After` says when to try again. */
      429: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  revokeTeamApp: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The organization ID (its slug). */
        orgId: string;
        /** @description The Team ID. */
        teamId: string;
        /** @description The app’s ID (a UUID). */
        appId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Revoked. */
      204: {
        headers: {
          /** @description Requests left in the window and seconds until it resets. */
          RateLimit?: string;
          /** @description The token's allowance and window. */
          'RateLimit-Policy'?: string;
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description No token, or it is not valid, has expired or was revoked. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The token's scopes, or the role it acts with, do not allow this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found, or not reachable with this token. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests with this token; `Retry-After` says when to try again. */
      429: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  changeTeamAppPermission: {
    parameters: {
      query?: never;
      header?: {
        /** @description The ETag you read: refused with 412 if it changed since. */
        'If-Match'?: string;
      };
      path: {
        /** @description The organization ID (its slug). */
        orgId: string;
        /** @description The Team ID. */
        teamId: string;
        /** @description The app’s ID (a UUID). */
        appId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ChangeTeamAppPermission'];
      };
    };
    responses: {
      /** @description The grant at its new level. */
      200: {
        headers: {
          /** @description Requests left in the window and seconds until it resets. */
          RateLimit?: string;
          /** @description The token's allowance and window. */
          'RateLimit-Policy'?: string;
          /** @description The new entity tag. */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TeamApp'];
        };
      };
      /** @description A query parameter, a header or the JSON is not valid; `errors` says which. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No token, or it is not valid, has expired or was revoked. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The token's scopes, or the role it acts with, do not allow this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found, or not reachable with this token. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `If-Match` does not match the current ETag: read it again, then retry. */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body was not sent as JSON. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not valid; `errors` points at each field. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests with this token; `Retry-After` says when to try again. */
      429: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listApps: {
    parameters: {
      query?: {
        /** @description The `next_cursor` of the previous page; omit for the first. */
        cursor?: string;
        /** @description Rows per page, 1 to 50 (default 50). */
        limit?: number;
        /** @description Part of an App ID or name. */
        q?: string;
      };
      header?: never;
      path: {
        /** @description The organization ID (its slug). */
        orgId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of apps. */
      200: {
        headers: {
          /** @description Requests left in the window and seconds until it resets. */
          RateLimit?: string;
          /** @description The token's allowance and window. */
          'RateLimit-Policy'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AppPage'];
        };
      };
      /** @description A query parameter, a header or the JSON is not valid; `errors` says which. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No token, or it is not valid, has expired or was revoked. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The token's scopes, or the role it acts with, do not allow this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found, or not reachable with this token. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests with this token; `Retry-After` says when to try again. */
      429: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  createApp: {
    parameters: {
      query?: never;
      header?: {
        /** @description Retry safely: the same key gets the same answer for 24 hours. */
        'Idempotency-Key'?: string;
      };
      path: {
        /** @description The organization ID (its slug). */
        orgId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateApp'];
      };
    };
    responses: {
      /** @description The new app. */
      201: {
        headers: {
          /** @description Requests left in the window and seconds until it resets. */
          RateLimit?: string;
          /** @description The token's allowance and window. */
          'RateLimit-Policy'?: string;
          /** @description The new app’s URL. */
          Location?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['App'];
        };
      };
      /** @description A query parameter, a header or the JSON is not valid; `errors` says which. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No token, or it is not valid, has expired or was revoked. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The token's scopes, or the role it acts with, do not allow this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found, or not reachable with this token. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body was not sent as JSON. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not valid; `errors` points at each field. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests with this token; `Retry-After` says when to try again. */
      429: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getApp: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The organization ID (its slug). */
        orgId: string;
        /** @description The app’s id (`id`, not its App ID). */
        appId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The app. */
      200: {
        headers: {
          /** @description Requests left in the window and seconds until it resets. */
          RateLimit?: string;
          /** @description The token's allowance and window. */
          'RateLimit-Policy'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['App'];
        };
      };
      /** @description No token, or it is not valid, has expired or was revoked. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The token's scopes, or the role it acts with, do not allow this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found, or not reachable with this token. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests with this token; `Retry-After` says when to try again. */
      429: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  deleteApp: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The organization ID (its slug). */
        orgId: string;
        /** @description The app’s id (`id`, not its App ID). */
        appId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Deleted. */
      204: {
        headers: {
          /** @description Requests left in the window and seconds until it resets. */
          RateLimit?: string;
          /** @description The token's allowance and window. */
          'RateLimit-Policy'?: string;
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description No token, or it is not valid, has expired or was revoked. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The token's scopes, or the role it acts with, do not allow this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found, or not reachable with this token. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests with this token; `Retry-After` says when to try again. */
      429: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  updateApp: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The organization ID (its slug). */
        orgId: string;
        /** @description The app’s id (`id`, not its App ID). */
        appId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateApp'];
      };
    };
    responses: {
      /** @description The app as changed. */
      200: {
        headers: {
          /** @description Requests left in the window and seconds until it resets. */
          RateLimit?: string;
          /** @description The token's allowance and window. */
          'RateLimit-Policy'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['App'];
        };
      };
      /** @description A query parameter, a header or the JSON is not valid; `errors` says which. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No token, or it is not valid, has expired or was revoked. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The token's scopes, or the role it acts with, do not allow this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found, or not reachable with this token. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body was not sent as JSON. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not valid; `errors` points at each field. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests with this token; `Retry-After` says when to try again. */
      429: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listAppTeams: {
    parameters: {
      query?: {
        /** @description The `next_cursor` of the previous page; omit for the first. */
        cursor?: string;
        /** @description Rows per page, 1 to 50 (default 50). */
        limit?: number;
      };
      header?: never;
      path: {
        /** @description The organization ID (its slug). */
        orgId: string;
        /** @description The app’s id (`id`, not its App ID). */
        appId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of teams, and how many teams have access in all. */
      200: {
        headers: {
          /** @description Requests left in the window and seconds until it resets. */
          RateLimit?: string;
          /** @description The token's allowance and window. */
          'RateLimit-Policy'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AppTeamPage'];
        };
      };
      /** @description A query parameter, a header or the JSON is not valid; `errors` says which. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No token, or it is not valid, has expired or was revoked. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The token's scopes, or the role it acts with, do not allow this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found, or not reachable with this token. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests with this token; `Retry-After` says when to try again. */
      429: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  transferApp: {
    parameters: {
      query?: never;
      header?: {
        /** @description Retry safely: the same key gets the same answer for 24 hours. */
        'Idempotency-Key'?: string;
      };
      path: {
        /** @description The organization ID (its slug). */
        orgId: string;
        /** @description The app’s id (`id`, not its App ID). */
        appId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['TransferApp'];
      };
    };
    responses: {
      /** @description The app, in its new organization. */
      200: {
        headers: {
          /** @description Requests left in the window and seconds until it resets. */
          RateLimit?: string;
          /** @description The token's allowance and window. */
          'RateLimit-Policy'?: string;
          /** @description The app’s new URL. */
          Location?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['App'];
        };
      };
      /** @description A query parameter, a header or the JSON is not valid; `errors` says which. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No token, or it is not valid, has expired or was revoked. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The token's scopes, or the role it acts with, do not allow this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found, or not reachable with this token. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body was not sent as JSON. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not valid; `errors` points at each field. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests with this token; `Retry-After` says when to try again. */
      429: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listAuditEvents: {
    parameters: {
      query?: {
        /** @description The `next_cursor` of the previous page; omit for the first. */
        cursor?: string;
        /** @description Rows per page, 1 to 100 (default 50). */
        limit?: number;
        /** @description Only events of this action. */
        action?:
          | 'organization.updated'
          | 'organization.plan_changed'
          | 'invitation.created'
          | 'invitation.resent'
          | 'invitation.revoked'
          | 'invitation.accepted'
          | 'invitation.declined'
          | 'member.role_changed'
          | 'member.removed'
          | 'member.left'
          | 'member.provisioned'
          | 'scim.enabled'
          | 'scim.token_rotated'
          | 'scim.role_changed'
          | 'scim.group_role_changed'
          | 'scim.disabled'
          | 'team.created'
          | 'team.renamed'
          | 'team.default_permission_changed'
          | 'team.deleted'
          | 'team.member_added'
          | 'team.member_removed'
          | 'team.app_added'
          | 'team.app_permission_changed'
          | 'team.app_removed'
          | 'app.created'
          | 'app.updated'
          | 'app.deleted'
          | 'app.visibility_changed'
          | 'app.team_access_set'
          | 'app.team_access_removed'
          | 'app.transferred_in'
          | 'app.transferred_out'
          | 'app.id_changed'
          | 'cluster.created'
          | 'cluster.renamed'
          | 'cluster.deleted'
          | 'nodepool.created'
          | 'nodepool.updated'
          | 'nodepool.deleted'
          | 'budget.set'
          | 'concept.created'
          | 'concept.renamed'
          | 'concept.deleted'
          | 'dataset.created'
          | 'dataset.deleted'
          | 'dataset.inputs_added'
          | 'workflow.created'
          | 'workflow.updated'
          | 'workflow.deleted'
          | 'model.created'
          | 'model.updated'
          | 'model.deleted'
          | 'model.trained'
          | 'model.deployed'
          | 'model.undeployed'
          | 'task.created'
          | 'task.deleted'
          | 'task.assigned'
          | 'task.unassigned'
          | 'annotation.reviewed'
          | 'api_token.created'
          | 'api_token.revoked';
        /** @description Part of a name, an email address or a target’s id. */
        member?: string;
      };
      header?: never;
      path: {
        /** @description The organization ID (its slug). */
        orgId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of events. */
      200: {
        headers: {
          /** @description Requests left in the window and seconds until it resets. */
          RateLimit?: string;
          /** @description The token's allowance and window. */
          'RateLimit-Policy'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AuditEventPage'];
        };
      };
      /** @description A query parameter, a header or the JSON is not valid; `errors` says which. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No token, or it is not valid, has expired or was revoked. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The token's scopes, or the role it acts with, do not allow this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found, or not reachable with this token. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests with this token; `Retry-After` says when to try again. */
      429: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
}
