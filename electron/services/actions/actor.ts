import type { ServiceContext } from '../context';

/** Who is making a change, as the profile names them (as the journal does). */
export const actorName = (ctx: ServiceContext): string => ctx.index.data.profile.name.trim() || 'Unnamed user';
