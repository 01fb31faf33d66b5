// The console's views for the alliance: a member's requests on both sides with the actions their
// state allows now (as the service lists them), and for admins the membership applications and
// the network's figures as charts. The alliance service decides every call again.
import { dateTime, el, label, local, t } from './i18n.js';
import { api } from './api.js';
import { barChart } from './chart.js';
import { loading, problem, say, show, table } from './console-kit.js';

const TEXT = {
  zh: {
    none: '没有记录。',
    asLender: '他人借用本单位的资源',
    asBorrower: '本单位提出的借用',
    note: '备注（可选）',
    report: '归还状况',
    done: '已办理。',
    applications: '入盟申请',
    approve: '批准',
    reject: '驳回',
    reason: '驳回理由',
    decided: '已处理。',
    members: '成员单位（按状态）',
    resources: '共享资源（按类型）',
    requests: '各月借用申请',
    count: '数量',
    month: '月份',
    actions: {
      approve: '同意', 'offer-conditions': '提出条件', 'accept-conditions': '接受条件', decline: '拒绝',
      ship: '已发出', receive: '已收到', return: '已归还', 'confirm-return': '确认归还', close: '结束',
      complete: '完成', cancel: '撤回',
    },
  },
  en: {
    none: 'Nothing here.',
    asLender: 'Requests for our resources',
    asBorrower: 'Our requests',
    note: 'Note (optional)',
    report: 'Condition on return',
    done: 'Done.',
    applications: 'Membership applications',
    approve: 'Approve',
    reject: 'Reject',
    reason: 'Reason for rejecting',
    decided: 'Decided.',
    members: 'Members by state',
    resources: 'Shared resources by kind',
    requests: 'Requests by month',
    count: 'Count',
    month: 'Month',
    actions: {
      approve: 'Approve', 'offer-conditions': 'Offer conditions', 'accept-conditions': 'Accept conditions',
      decline: 'Decline', ship: 'Shipped', receive: 'Received', return: 'Returned',
      'confirm-return': 'Confirm return', close: 'Close', complete: 'Complete', cancel: 'Withdraw',
    },
  },
};

/** Actions that need more than a note, which this view leaves to the API documentation. */
const NEEDS_A_FORM = ['offer-conditions'];


function requestCard(request, refresh) {
  const id = 'note-' + request.id;
  const note = el('input', { id, name: 'note', maxlength: 2000, autocomplete: 'off' });
  const buttons = request.actions
    .filter((action) => !NEEDS_A_FORM.includes(action))
    .map((action) =>
      el('button', {
        type: 'button',
        'data-action': action,
        text: t(TEXT, 'actions')[action] || action,
        on: {
          click: async () => {
            const body = action === 'confirm-return' ? { report: note.value || '—' } : { note: note.value || null };
            const answer = await api(`/api/alliance/requests/${request.id}/${action}`, {
              method: 'POST',
              headers: { 'If-Match': `"${request.version}"` },
              body,
            });
            say(answer.ok ? t(TEXT, 'done') : answer.message);
            if (answer.ok) {
              refresh();
            }
          },
        },
      })
    );
  const counterpart = request.counterpart ? label(request.counterpart) || request.counterpart.code : '';
  return el(
    'li',
    { class: 'card share-request', 'data-id': request.id, 'data-status': request.status },
    el('h3', { text: label(request.resource) }),
    el('p', { class: 'muted', text: `${counterpart} · ${request.from} – ${request.to} · ${request.status}` }),
    el('p', { text: request.purpose }),
    buttons.length
      ? el(
          'div',
          { class: 'inline' },
          el('label', { for: id, text: request.actions.includes('confirm-return') ? t(TEXT, 'report') : t(TEXT, 'note') }),
          note,
          ...buttons
        )
      : null
  );
}

async function requests() {
  loading();
  const [lender, borrower] = await Promise.all([
    api('/api/alliance/requests?side=lender&limit=50'),
    api('/api/alliance/requests?side=borrower&limit=50'),
  ]);
  if (!lender.ok || !borrower.ok) {
    show(problem((lender.ok ? borrower : lender).message));
    return;
  }
  const list = (items) => {
    const ul = el('ul', { class: 'cards' }, ...items.map((r) => requestCard(r, requests)));
    if (!items.length) ul.append(el('li', { text: t(TEXT, 'none') }));
    return ul;
  };
  show(
    el('h2', { text: t(TEXT, 'asLender') }),
    list(lender.body.items),
    el('h2', { text: t(TEXT, 'asBorrower') }),
    list(borrower.body.items)
  );
}

async function applications() {
  loading();
  const answer = await api('/api/alliance/members?status=APPLIED&limit=100');
  if (!answer.ok) {
    show(problem(answer.message));
    return;
  }
  const list = el('ul', { class: 'cards' });
  for (const member of answer.body.items) {
    const id = 'reason-' + member.code;
    const reason = el('input', { id, name: 'reason', maxlength: 2000, autocomplete: 'off' });
    const decide = (action) => async () => {
      const answer = await api(`/api/alliance/members/${encodeURIComponent(member.code)}/${action}`, {
        method: 'POST',
        body: action === 'reject' ? { reason: reason.value } : {},
      });
      say(answer.ok ? t(TEXT, 'decided') : answer.message);
      if (answer.ok) {
        applications();
      }
    };
    list.append(
      el(
        'li',
        { class: 'card application', 'data-code': member.code },
        el('h3', { text: label(member) }),
        el('p', { class: 'muted', text: `${member.code} · ${member.type} · ${member.division}` }),
        member.statement ? el('p', { text: member.statement }) : null,
        el(
          'div',
          { class: 'inline' },
          el('button', { type: 'button', text: t(TEXT, 'approve'), on: { click: decide('approve') } }),
          el('label', { for: id, text: t(TEXT, 'reason') }),
          reason,
          el('button', { type: 'button', class: 'secondary', text: t(TEXT, 'reject'), on: { click: decide('reject') } })
        )
      )
    );
  }
  if (!answer.body.items.length) {
    list.append(el('li', { text: t(TEXT, 'none') }));
  }
  show(el('h2', { text: t(TEXT, 'applications') }), list);
}

function countChart(title, counts) {
  const entries = Object.entries(counts || {});
  return el(
    'section',
    {},
    el('h2', { text: title }),
    barChart(title, entries.map(([key]) => key), [{ name: t(TEXT, 'count'), values: entries.map(([, n]) => n) }]),
    table([title, t(TEXT, 'count')], entries)
  );
}

async function networkStats() {
  loading();
  const answer = await api('/api/alliance/stats');
  if (!answer.ok) {
    show(problem(answer.message));
    return;
  }
  const stats = answer.body;
  const months = stats.requests.byMonth || [];
  show(
    el('p', { class: 'muted', text: dateTime(stats.generatedAt) }),
    countChart(t(TEXT, 'members'), stats.members.byStatus),
    countChart(t(TEXT, 'resources'), stats.resources.byKind),
    el(
      'section',
      {},
      el('h2', { text: t(TEXT, 'requests') }),
      barChart(
        t(TEXT, 'requests'),
        months.map((m) => m.month),
        [{ name: t(TEXT, 'count'), values: months.map((m) => m.total) }]
      ),
      table([t(TEXT, 'month'), t(TEXT, 'count')], months.map((m) => [m.month, m.total]))
    )
  );
}

/** The routes of these views, for the console's router. */
export const allianceViews = [
  { pattern: /^#\/requests$/, roles: ['alliance-member', 'curator'], view: () => requests() },
  { pattern: /^#\/applications$/, roles: ['network-admin'], view: () => applications() },
  { pattern: /^#\/network-stats$/, roles: ['network-admin'], view: () => networkStats() },
];
