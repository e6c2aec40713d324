// The audit settings as a browser preference: read from localStorage once, validated
// (audit-settings.ts), saved on every valid change. Another tab's change arrives through the
// `storage` event. Storage may be refused (private windows, policies): the settings then last for
// this page only.

import { useCallback, useSyncExternalStore } from 'react';
import {
  AUDIT_SETTINGS_KEY,
  readAuditSettings,
  writeAuditSettings,
  type AuditSettings,
  type ReadAuditSettings,
} from './audit-settings';

function readStored(): ReadAuditSettings {
  try {
    return readAuditSettings(localStorage.getItem(AUDIT_SETTINGS_KEY));
  } catch {
    return readAuditSettings(null);
  }
}

let snapshot: ReadAuditSettings | undefined;
const listeners = new Set<() => void>();
const emit = () => listeners.forEach((l) => l());
const onStorage = (e: StorageEvent) => {
  if (e.key !== AUDIT_SETTINGS_KEY && e.key !== null) return;
  snapshot = readStored();
  emit();
};

function subscribe(listener: () => void): () => void {
  if (listeners.size === 0) window.addEventListener('storage', onStorage);
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) window.removeEventListener('storage', onStorage);
  };
}

const getSnapshot = () => (snapshot ??= readStored());

export interface AuditSettingsControl extends ReadAuditSettings {
  save: (settings: AuditSettings) => void;
  dismissProblems: () => void;
}

export function useAuditSettings(): AuditSettingsControl {
  const read = useSyncExternalStore(subscribe, getSnapshot);
  const save = useCallback((settings: AuditSettings) => {
    try {
      localStorage.setItem(AUDIT_SETTINGS_KEY, writeAuditSettings(settings));
    } catch {
      // Refused: kept for this page only.
    }
    snapshot = { settings, problems: [] };
    emit();
  }, []);
  const dismissProblems = useCallback(() => {
    snapshot = { ...getSnapshot(), problems: [] };
    emit();
  }, []);
  return { ...read, save, dismissProblems };
}
