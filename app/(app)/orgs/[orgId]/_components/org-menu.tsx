'use client';

import { useState, useSyncExternalStore } from 'react';
import { createPortal } from 'react-dom';
import { Dialog as D } from 'radix-ui';
import { Menu, X } from '@/components/ui/icons';
import { OrgNavLinks, type OrgNavLink } from './org-nav-links';

const noSubscription = () => () => {};
const findSlot = () => document.getElementById('org-menu-slot');
const noSlot = () => null;

/**
 * Below the md breakpoint the sidebar hides and this `Menu` button, placed in the top bar's slot
 * (#org-menu-slot), opens the same links in a sheet: a Radix dialog, so focus stays inside and Escape
 * closes it. The button exists once hydrated (a portal needs the DOM), like the top bar's other menus.
 */
export function OrgMenu({ orgName, roleLabel, links }: { orgName: string; roleLabel: string; links: OrgNavLink[] }) {
  const [open, setOpen] = useState(false);
  // The slot is looked up on the client only, and again once mounted (React re-reads the snapshot after
  // subscribing): a sidebar rendered in the same pass as the top bar (a 404 page) finds it then.
  const slot = useSyncExternalStore(noSubscription, findSlot, noSlot);
  if (!slot) return null;
  return createPortal(
    <D.Root open={open} onOpenChange={setOpen}>
      <D.Trigger className="btn btn-ghost h-8 px-2" aria-label="Menu">
        <Menu size={18} aria-hidden />
      </D.Trigger>
      <D.Portal>
        <D.Overlay className="fixed inset-0 z-40 bg-black/40" />
        <D.Content className="fixed inset-y-0 left-0 z-50 w-72 max-w-[85vw] overflow-y-auto border-r border-border bg-bg-subtle p-3 shadow-xl">
          <div className="mb-3 flex items-start justify-between gap-2">
            <div className="min-w-0 px-2">
              <D.Title className="truncate text-sm font-semibold">{orgName}</D.Title>
              <D.Description className="truncate text-xs text-fg-muted">{roleLabel}</D.Description>
            </div>
            <D.Close className="rounded p-1 text-fg-muted hover:bg-bg" aria-label="Close">
              <X size={16} aria-hidden />
            </D.Close>
          </div>
          {/* A followed link closes the sheet: the page behind it changes. */}
          <nav aria-label="Organization">
            <OrgNavLinks links={links} onFollow={() => setOpen(false)} />
          </nav>
        </D.Content>
      </D.Portal>
    </D.Root>,
    slot,
  );
}
