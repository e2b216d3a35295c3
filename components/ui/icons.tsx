import { createElement, type ReactElement, type SVGProps } from 'react';
import * as alertCircle from 'lucide-react/icons/circle-exclamation-point';
import * as appWindow from 'lucide-react/icons/app-window';
import * as bell from 'lucide-react/icons/bell';
import * as building2 from 'lucide-react/icons/building-complex';
import * as check from 'lucide-react/icons/check';
import * as chevronsUpDown from 'lucide-react/icons/chevrons-up-down';
import * as circleDollarSign from 'lucide-react/icons/circle-dollar-sign';
import * as flaskConical from 'lucide-react/icons/flask-conical';
import * as key from 'lucide-react/icons/key';
import * as keyRound from 'lucide-react/icons/key-round';
import * as mail from 'lucide-react/icons/mail';
import * as menu from 'lucide-react/icons/menu';
import * as minus from 'lucide-react/icons/minus';
import * as moreHorizontal from 'lucide-react/icons/ellipsis';
import * as plus from 'lucide-react/icons/plus';
import * as rocket from 'lucide-react/icons/rocket';
import * as scrollText from 'lucide-react/icons/scroll-text';
import * as serverCog from 'lucide-react/icons/server-cog';
import * as shieldCheck from 'lucide-react/icons/shield-check';
import * as user from 'lucide-react/icons/user';
import * as userPlus from 'lucide-react/icons/user-plus';
import * as users from 'lucide-react/icons/users';
import * as usersRound from 'lucide-react/icons/users-round';
import * as x from 'lucide-react/icons/x';

type IconNode = Array<[string, Record<string, string>]>;
export type IconProps = Omit<SVGProps<SVGSVGElement>, 'children' | 'ref'> & { size?: number | string };
export type Icon = (props: IconProps) => ReactElement;

/**
 * Lucide's icons as plain SVG components: no hooks, no context, no 'use client'. lucide-react's own
 * components are client components, so a server component's icon went into the RSC payload as a client
 * reference with its path data, then ran lucide's prop merging on every render; `npm run bench` found the
 * sidebar's eight icons costing more than its links. These render the same SVG from lucide's data (each
 * icon module exports it as `__iconData`, which its type file does not declare) and work the same in
 * server and client components. Decorative unless given an aria-label.
 */
function lucide(module: object): Icon {
  const data = (module as { __iconData?: { node: IconNode } }).__iconData;
  // Some icon paths are aliases that re-export only the component: import the icon under its own name.
  if (!data) throw new Error('components/ui/icons: an icon module without __iconData (an alias path?)');
  const node = data.node;
  const shapes = node.map(([tag, { key, ...attributes }]) => createElement(tag, { key, ...attributes }));
  return function LucideIcon({ size = 24, className, ...props }: IconProps) {
    const labelled = Boolean(props['aria-label'] || props['aria-labelledby']);
    // Stroke and fill come from the .icon class (globals.css), not five attributes on every icon: a page's
    // HTML is what costs its server render most (`npm run bench`). No xmlns: HTML puts <svg> in its namespace.
    return (
      <svg
        width={size}
        height={size}
        viewBox="0 0 24 24"
        className={className ? `icon ${className}` : 'icon'}
        aria-hidden={labelled ? undefined : true}
        role={labelled ? 'img' : undefined}
        {...props}
      >
        {shapes}
      </svg>
    );
  };
}

export const AppWindow = lucide(appWindow);
export const Bell = lucide(bell);
export const Building2 = lucide(building2);
export const Check = lucide(check);
export const ChevronsUpDown = lucide(chevronsUpDown);
export const CircleAlert = lucide(alertCircle);
export const CircleDollarSign = lucide(circleDollarSign);
export const FlaskConical = lucide(flaskConical);
export const Key = lucide(key);
export const KeyRound = lucide(keyRound);
export const Mail = lucide(mail);
export const Menu = lucide(menu);
export const Minus = lucide(minus);
export const MoreHorizontal = lucide(moreHorizontal);
export const Plus = lucide(plus);
export const Rocket = lucide(rocket);
export const ScrollText = lucide(scrollText);
export const ServerCog = lucide(serverCog);
export const ShieldCheck = lucide(shieldCheck);
export const User = lucide(user);
export const UserPlus = lucide(userPlus);
export const Users = lucide(users);
export const UsersRound = lucide(usersRound);
export const X = lucide(x);
