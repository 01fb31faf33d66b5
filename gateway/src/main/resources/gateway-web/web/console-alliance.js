// The console's views for the alliance: a member's shared resources (publish and edit), its
// requests on both sides with the actions their state allows now (as the service lists them, the
// owner's conditions with a form of their own), and for admins the membership applications and
// the network's figures as charts. The alliance service decides every call again.
import { dateTime, el, label, local, t } from './i18n.js';
import { api } from './api.js';
import { barChart } from './chart.js';
import {
  console$,
  field,
  get,
  loading,
  problem,
  say,
  sayAfterNavigation,
  sayConflict,
  show,
  showFieldErrors,
  table,
  vocabularySelect,
} from './console-kit.js';

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
    conditions: '借用条件',
    conditionNote: (kind) => `${kind}：说明`,
    offer: '提出以上条件',
    shared: '本单位的共享资源',
    newResource: '共享新资源',
    edit: '修改',
    saved: '已保存。',
    published: '已共享。',
    addWindow: '添加可借期间',
    remove: '删除',
    from: '从',
    to: '至',
    save: '保存',
    publish: '共享',
    fields: {
      kind: '类型', 'title.zh': '名称', 'title.en': '英文名称（可选）', 'description.zh': '介绍',
      scope: '可见范围', delivery: '提供方式', quantity: '可借数量（实物）', licence: '许可协议',
      'rights.zh': '权利声明', 'terms.zh': '使用或借用条款', availability: '可借期间（不填为随时）',
      'source.id': '关联本馆已发布展品的编号（可选）',
    },
    status: {
      REQUESTED: '待答复', CONDITIONAL: '已提出条件', APPROVED: '已同意', DECLINED: '已拒绝',
      CANCELLED: '已撤回', IN_TRANSIT: '运送中', ON_LOAN: '借用中', RETURNING: '归还中',
      RETURNED: '已归还', COMPLETED: '已完成', CLOSED: '已结束',
    },
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
    conditions: 'Conditions',
    conditionNote: (kind) => `${kind}: details`,
    offer: 'Offer these conditions',
    shared: 'What we share',
    newResource: 'Share a resource',
    edit: 'Edit',
    saved: 'Saved.',
    published: 'Shared.',
    addWindow: 'Add a period',
    remove: 'Remove',
    from: 'From',
    to: 'To',
    save: 'Save',
    publish: 'Share',
    fields: {
      kind: 'Kind', 'title.zh': 'Title', 'title.en': 'English title (optional)', 'description.zh': 'Description',
      scope: 'Who sees it', delivery: 'Delivery', quantity: 'Items to lend (physical)', licence: 'Licence',
      'rights.zh': 'Rights statement', 'terms.zh': 'Terms of use or loan', availability: 'When it can be had (empty: always)',
      'source.id': 'Id of one of our published exhibits (optional)',
    },
    status: {
      REQUESTED: 'Awaiting an answer', CONDITIONAL: 'Conditions offered', APPROVED: 'Approved',
      DECLINED: 'Declined', CANCELLED: 'Withdrawn', IN_TRANSIT: 'In transit', ON_LOAN: 'On loan',
      RETURNING: 'Being returned', RETURNED: 'Returned', COMPLETED: 'Completed', CLOSED: 'Closed',
    },
    actions: {
      approve: 'Approve', 'offer-conditions': 'Offer conditions', 'accept-conditions': 'Accept conditions',
      decline: 'Decline', ship: 'Shipped', receive: 'Received', return: 'Returned',
      'confirm-return': 'Confirm return', close: 'Close', complete: 'Complete', cancel: 'Withdraw',
    },
  },
};

/** Actions that need more than a note: they have a form of their own on the card. */
const NEEDS_A_FORM = ['offer-conditions'];

/** The owner's conditions for a request: one line per kind, with the details it needs. */
function offerConditionsForm(request, vocab, refresh) {
  const form = el('form', { class: 'stack offer-conditions', novalidate: true });
  const rows = (vocab.condition || []).map((kind) => {
    const id = `cond-${request.id}-${kind.code}`;
    const box = el('input', { type: 'checkbox', id, name: 'kind', value: kind.code });
    const note = el('input', {
      id: id + '-note',
      name: 'note',
      maxlength: 500,
      autocomplete: 'off',
      'aria-label': t(TEXT, 'conditionNote')(local(kind)),
    });
    return { kind: kind.code, box, note, row: el('div', { class: 'inline' }, box, el('label', { for: id, text: local(kind) }), note) };
  });
  form.append(
    el('fieldset', {}, el('legend', { text: t(TEXT, 'conditions') }), ...rows.map((r) => r.row)),
    el('button', { type: 'submit', text: t(TEXT, 'offer') })
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const conditions = rows
      .filter((r) => r.box.checked)
      .map((r) => ({ kind: r.kind, note: r.note.value.trim() || null }));
    const answer = await api(`/api/alliance/requests/${request.id}/offer-conditions`, {
      method: 'POST',
      headers: { 'If-Match': `"${request.version}"` },
      body: { conditions },
    });
    say(answer.ok ? t(TEXT, 'done') : answer.message);
    if (answer.ok) {
      refresh();
    }
  });
  return el('details', {}, el('summary', { text: t(TEXT, 'actions')['offer-conditions'] }), form);
}

function conditionList(request, vocab) {
  if (!request.conditions || !request.conditions.length) {
    return null;
  }
  const name = (code) => local((vocab.condition || []).find((c) => c.code === code)) || code;
  return el(
    'ul',
    { class: 'conditions', 'aria-label': t(TEXT, 'conditions') },
    ...request.conditions.map((c) => el('li', { text: c.note ? `${name(c.kind)}：${c.note}` : name(c.kind) }))
  );
}

function requestCard(request, vocab, refresh) {
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
    el('p', { class: 'muted', text: `${counterpart} · ${request.from} – ${request.to} · ${t(TEXT, 'status')[request.status] || request.status}` }),
    el('p', { text: request.purpose }),
    conditionList(request, vocab),
    request.actions.includes('offer-conditions') ? offerConditionsForm(request, vocab, refresh) : null,
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
  const [lender, borrower, vocabularies] = await Promise.all([
    api('/api/alliance/requests?side=lender&limit=50'),
    api('/api/alliance/requests?side=borrower&limit=50'),
    api('/api/alliance/resources/vocabularies'),
  ]);
  const vocab = vocabularies.ok ? vocabularies.body : {};
  if (!lender.ok || !borrower.ok) {
    show(problem((lender.ok ? borrower : lender).message));
    return;
  }
  const list = (items) => {
    const ul = el('ul', { class: 'cards' }, ...items.map((r) => requestCard(r, vocab, requests)));
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

async function sharedList() {
  loading();
  const owner = encodeURIComponent(console$.user.institution);
  const [answer, vocabularies] = await Promise.all([
    api(`/api/alliance/resources?owner=${owner}&limit=100`),
    api('/api/alliance/resources/vocabularies'),
  ]);
  if (!answer.ok) {
    show(problem(answer.message));
    return;
  }
  const vocab = vocabularies.ok ? vocabularies.body : {};
  const name = (list, code) => local((vocab[list] || []).find((e) => e.code === code)) || code;
  const list = el('ul', { class: 'cards', id: 'shared' });
  for (const resource of answer.body.items) {
    list.append(
      el(
        'li',
        { class: 'card shared-resource', 'data-id': resource.id, 'data-scope': resource.scope },
        el('h3', {}, el('a', { href: `#/shared/${resource.id}`, text: label(resource) })),
        el('p', {
          class: 'muted',
          text: [name('kind', resource.kind), name('scope', resource.scope), name('delivery', resource.delivery)]
            .concat(resource.quantity ? [`× ${resource.quantity}`] : [])
            .join(' · '),
        })
      )
    );
  }
  if (!answer.body.items.length) {
    list.append(el('li', { text: t(TEXT, 'none') }));
  }
  show(
    el('h2', { text: t(TEXT, 'shared') }),
    el('p', {}, el('a', { href: '#/shared/new', text: t(TEXT, 'newResource') })),
    list
  );
}

let rows = 0;

function windowRow(period) {
  const n = ++rows;
  const row = el(
    'div',
    { class: 'inline window-row' },
    el('label', { for: `win-from-${n}`, text: t(TEXT, 'from') }),
    el('input', { id: `win-from-${n}`, name: 'from', type: 'date', value: period ? period.from : '' }),
    el('label', { for: `win-to-${n}`, text: t(TEXT, 'to') }),
    el('input', { id: `win-to-${n}`, name: 'to', type: 'date', value: period ? period.to : '' })
  );
  row.append(el('button', { type: 'button', class: 'secondary', text: t(TEXT, 'remove'), on: { click: () => row.remove() } }));
  return row;
}

/** The fields a member writes; the rest of a record (English texts it has) is kept as it is. */
function resourceFields(vocab, resource) {
  const f = (path, input) => field(path, t(TEXT, 'fields')[path], input);
  const text = (path, max) => el('input', { maxlength: max, autocomplete: 'off', value: get(resource, path) || '' });
  const none = { code: '', zh: '—', en: '—' };
  const windows = el('div', { id: 'window-rows' }, ...(resource?.availability || []).map(windowRow));
  return [
    f('kind', vocabularySelect(vocab.kind, resource?.kind)),
    f('title.zh', text('title.zh', 200)),
    f('title.en', text('title.en', 200)),
    f('description.zh', el('textarea', { rows: 3, maxlength: 5000, text: get(resource, 'description.zh') || '' })),
    f('scope', vocabularySelect(vocab.scope, resource?.scope || 'ALLIANCE')),
    f('delivery', vocabularySelect(vocab.delivery, resource?.delivery)),
    f('quantity', el('input', { type: 'number', min: 1, max: 100000, value: resource?.quantity ?? '' })),
    f('licence', vocabularySelect([none, ...(vocab.licence || [])], resource?.licence)),
    f('rights.zh', text('rights.zh', 2000)),
    f('terms.zh', text('terms.zh', 2000)),
    el(
      'div',
      { class: 'field', 'data-field': 'availability' },
      el('fieldset', {}, el('legend', { text: t(TEXT, 'fields').availability }), windows),
      el('button', { type: 'button', class: 'secondary', text: t(TEXT, 'addWindow'), on: { click: () => windows.append(windowRow(null)) } }),
      el('p', { class: 'field-error', id: 'availability-error', hidden: true })
    ),
    f('source.id', el('input', { maxlength: 36, autocomplete: 'off', value: resource?.source?.id || '' })),
  ];
}

/** A text of two languages with one of them changed; absent when both are empty. */
function withText(previous, language, value) {
  const text = { ...(previous || {}), [language]: value || undefined };
  return text.zh || text.en ? text : null;
}

function readResource(form, resource) {
  const value = (name) => form.elements[name].value.trim();
  const body = {
    kind: value('kind'),
    title: withText(withText(resource?.title, 'zh', value('title.zh')), 'en', value('title.en')) || { zh: '' },
    description: withText(resource?.description, 'zh', value('description.zh')),
    scope: value('scope'),
    rights: withText(resource?.rights, 'zh', value('rights.zh')),
    licence: value('licence') || null,
    terms: withText(resource?.terms, 'zh', value('terms.zh')),
    delivery: value('delivery'),
    quantity: value('quantity') ? Number(value('quantity')) : null,
    availability: [...form.querySelectorAll('.window-row')].map((row) => ({
      from: row.querySelector('[name=from]').value || null,
      to: row.querySelector('[name=to]').value || null,
    })),
    source: value('source.id') ? { type: 'EXHIBIT', id: value('source.id') } : null,
  };
  return body;
}

/** A new resource to share, or one of ours to change (If-Match; a 412 loads the latest). */
async function resourceForm(id) {
  loading();
  const [vocabularies, existing] = await Promise.all([
    api('/api/alliance/resources/vocabularies'),
    id ? api(`/api/alliance/resources/${encodeURIComponent(id)}`) : Promise.resolve({ ok: true, body: null }),
  ]);
  if (!existing.ok) {
    show(problem(existing.message));
    return;
  }
  const resource = existing.body;
  const form = el(
    'form',
    { id: 'resource-form', class: 'stack', novalidate: true },
    ...resourceFields(vocabularies.ok ? vocabularies.body : {}, resource),
    el('button', { type: 'submit', text: t(TEXT, id ? 'save' : 'publish') })
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const body = readResource(form, resource);
    const answer = id
      ? await api(`/api/alliance/resources/${id}`, { method: 'PUT', headers: { 'If-Match': `"${resource.version}"` }, body })
      : await api('/api/alliance/resources', { method: 'POST', body });
    if (answer.ok) {
      sayAfterNavigation(t(TEXT, id ? 'saved' : 'published'));
      window.location.hash = '#/shared';
    } else if (answer.status === 412) {
      await resourceForm(id);
      sayConflict();
    } else {
      showFieldErrors(form, answer.errors);
      say(answer.message);
    }
  });
  show(el('h2', { text: resource ? label(resource) : t(TEXT, 'newResource') }), form);
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

const MEMBERS = ['alliance-member', 'curator'];

/** The routes of these views, for the console's router. */
export const allianceViews = [
  { pattern: /^#\/requests$/, roles: MEMBERS, view: () => requests() },
  { pattern: /^#\/shared$/, roles: MEMBERS, view: () => sharedList() },
  { pattern: /^#\/shared\/new$/, roles: MEMBERS, view: () => resourceForm(null) },
  { pattern: /^#\/shared\/([0-9a-f-]{36})$/, roles: MEMBERS, view: (m) => resourceForm(m[1]) },
  { pattern: /^#\/applications$/, roles: ['network-admin'], view: () => applications() },
  { pattern: /^#\/network-stats$/, roles: ['network-admin'], view: () => networkStats() },
];
