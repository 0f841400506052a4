/**
 * Discussion on one application: threads about the application, a criterion or a fact, in the
 * panel document (so they sync and work offline like everything else), with unread counts kept
 * on this device. Opening a thread marks it read here only. Messages are rendered as text.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApplicationId } from '@/lib/ids';
import type { ThreadView } from '@/lib/panel/panel';
import type { ThreadId } from '@/lib/panel/records/thread';
import type { ApplicationResult } from '@/lib/reconcile';
import { unreadCount } from '@/lib/workspace/thread-reads';
import { usePanelValue } from '../hooks/usePanelValue';
import { ErrorNotice } from '../shell/ErrorNotice';
import { useDesk } from './DeskContext';

function useSubjectLabel(): (subject: string | null) => string {
  const { t } = useTranslation('desk');
  const { pack, criteria, text } = useDesk();
  return (subject) => {
    if (!subject) return t('threads.aboutApplication');
    const [kind, id] = subject.split(':', 2);
    if (kind === 'criterion') {
      const c = criteria.find((x) => x.id === id);
      if (c) return t('threads.aboutCriterion', { title: text(c.title) });
    }
    if (kind === 'fact') {
      const f = pack.facts.find((x) => x.id === id);
      if (f) return t('threads.aboutFact', { title: text(f.label) });
    }
    return t('threads.aboutOther', { subject });
  };
}

function OpenThread({ app, thread }: { app: ApplicationId; thread: ThreadView }) {
  const { t } = useTranslation('desk');
  const { panel, model, time, markRead, canDiscuss } = useDesk();
  const [text, setText] = useState('');
  const [error, setError] = useState<unknown>(null);
  const latest = thread.messages.at(-1)?.at ?? 0;
  // biome-ignore lint/correctness/useExhaustiveDependencies: mark again when a message arrives
  useEffect(() => markRead(thread), [thread.id, latest, markRead]);
  const send = (e: React.FormEvent) => {
    e.preventDefault();
    if (!text.trim()) return;
    try {
      panel.postMessage(app, thread.id, text.trim());
      setText('');
      setError(null);
    } catch (err) {
      setError(err);
    }
  };
  return (
    <div className="desk-thread" data-testid="desk-thread" data-thread={thread.id}>
      <ol className="desk-messages">
        {thread.messages.map((m) => (
          <li key={m.id} className="desk-message">
            <span className="muted">
              {t('threads.by', { name: model.names.get(m.author) ?? m.author, time: time(m.at) })}
            </span>
            <p>{m.text}</p>
          </li>
        ))}
      </ol>
      {canDiscuss && (
        <form className="desk-inline-form" onSubmit={send}>
          <label>
            <span>{t('threads.reply')}</span>
            <textarea
              rows={2}
              maxLength={20_000}
              value={text}
              onChange={(e) => setText(e.target.value)}
              data-testid="desk-reply"
            />
          </label>
          {error ? <ErrorNotice error={error} /> : null}
          <div className="row-actions">
            <button type="submit" className="primary">
              {t('threads.send')}
            </button>
          </div>
        </form>
      )}
    </div>
  );
}

function NewThread({ app, onCreated }: { app: ApplicationId; onCreated: (id: ThreadId) => void }) {
  const { t } = useTranslation('desk');
  const { panel, pack, criteria, text } = useDesk();
  const [title, setTitle] = useState('');
  const [subject, setSubject] = useState('');
  const [message, setMessage] = useState('');
  const [error, setError] = useState<unknown>(null);
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    if (!title.trim()) return;
    try {
      const id = panel.createThread(app, title.trim(), subject || null);
      if (message.trim()) panel.postMessage(app, id, message.trim());
      setTitle('');
      setMessage('');
      setError(null);
      onCreated(id);
    } catch (err) {
      setError(err);
    }
  };
  return (
    <form className="desk-inline-form" onSubmit={submit} data-testid="desk-new-thread">
      <strong>{t('threads.newTitle')}</strong>
      <label>
        <span>{t('threads.titleField')}</span>
        <input value={title} maxLength={300} onChange={(e) => setTitle(e.target.value)} required />
      </label>
      <label>
        <span>{t('threads.about')}</span>
        <select value={subject} onChange={(e) => setSubject(e.target.value)}>
          <option value="">{t('threads.aboutApplication')}</option>
          {criteria.map((c) => (
            <option key={c.id} value={`criterion:${c.id}`}>
              {t('threads.aboutCriterion', { title: text(c.title) })}
            </option>
          ))}
          {pack.facts.map((f) => (
            <option key={f.id} value={`fact:${f.id}`}>
              {t('threads.aboutFact', { title: text(f.label) })}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>{t('threads.message')}</span>
        <textarea
          rows={2}
          maxLength={20_000}
          value={message}
          onChange={(e) => setMessage(e.target.value)}
        />
      </label>
      {error ? <ErrorNotice error={error} /> : null}
      <div className="row-actions">
        <button type="submit">{t('threads.start')}</button>
      </div>
    </form>
  );
}

export function Threads({ app }: { app: ApplicationResult }) {
  const { t } = useTranslation('desk');
  const { panel, reads, me, canDiscuss, isChair } = useDesk();
  const id = app.id as ApplicationId;
  const threads = usePanelValue(panel, (p) => p.threads(id), [id]);
  const mine = usePanelValue(panel, (p) => p.myReview(id).status, [id]);
  const role = usePanelValue(panel, (p) => p.me().role);
  const [open, setOpen] = useState<string | null>(null);
  const subjectLabel = useSubjectLabel();
  const current = threads.find((th) => th.id === open);
  return (
    <section className="desk-threads" aria-label={t('threads.title')}>
      {!isChair && role === 'reviewer' && mine !== 'submitted' && (
        <p className="muted">{t('threads.hiddenUntilSubmitted')}</p>
      )}
      {threads.length === 0 ? (
        <p className="muted">{t('threads.none')}</p>
      ) : (
        <ul className="desk-thread-list" data-testid="desk-threads">
          {threads.map((th) => {
            const unread = unreadCount(th, reads, me);
            return (
              <li key={th.id} data-thread={th.id} data-unread={unread}>
                <button
                  type="button"
                  className="link-button desk-thread-title"
                  aria-expanded={open === th.id}
                  onClick={() => setOpen(open === th.id ? null : th.id)}
                >
                  {th.title}
                </button>
                <span className="muted">
                  {' · '}
                  {subjectLabel(th.subject)}
                  {' · '}
                  {t('threads.messages', { count: th.messages.length })}
                </span>
                {unread > 0 && (
                  <span className="badge desk-unread">
                    {t('threads.unread', { count: unread })}
                  </span>
                )}
                {open === th.id && current && <OpenThread app={id} thread={current} />}
              </li>
            );
          })}
        </ul>
      )}
      {canDiscuss ? (
        <NewThread app={id} onCreated={(thread) => setOpen(thread)} />
      ) : (
        <p className="muted">{t('threads.observer')}</p>
      )}
    </section>
  );
}
