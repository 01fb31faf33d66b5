// The console: curators list, register, edit and submit exhibits and review others' submissions
// and revisions (with the changes side by side); reading-room staff see today's reservations and
// check visitors in by code, or from the page a visitor's QR code opens. It shows only what the
// signed-in user's roles allow — the services decide every call again. Views are addressed by the
// fragment (#/exhibits, #/exhibits/<id>, #/review, #/desk, #/check-in/<id>/<code>) so that the
// token stays in this page's memory while the user works.
import { dateTime, el, label, language, local, t, todayInSichuan } from './i18n.js';
import { api } from './api.js';
import { setUpPage } from './page.js';
import { barChart } from './chart.js';
import {
  can,
  console$,
  fragmentParams,
  get,
  loading,
  problem,
  say,
  sayAfterNavigation,
  show,
  showFieldErrors,
  table,
  takeMessage,
} from './console-kit.js';
import { roomView } from './console-rooms.js';
import { eventViews } from './console-events.js';
import { allianceViews } from './console-alliance.js';

const TEXT = {
  zh: {
    none: '没有记录。',
    notAllowed: '您的账号没有此功能的权限。',
    welcome: '请从上方选择要做的事。',
    status: { DRAFT: '草稿', IN_REVIEW: '审核中', PUBLISHED: '已发布', WITHDRAWN: '已撤回' },
    newExhibit: '登记展品',
    save: '保存',
    saved: '已保存。',
    created: '已登记为草稿。',
    submit: '提交审核',
    submitted: '已提交审核。',
    withdraw: '撤回',
    approve: '通过',
    reject: '退回',
    approved: '已通过，已发布。',
    rejected: '已退回。',
    fieldsInvalid: '请修改标出的字段。',
    conflict: '保存前，其他人已修改了这条记录。下面是双方的版本；页面已载入最新版本，请重新修改后保存。',
    yours: '您的修改',
    theirs: '当前版本',
    field: '字段',
    from: '原值',
    to: '新值',
    submission: '新提交',
    revision: '已发布展品的修改',
    pending: '有待审核的修改',
    history: '修改记录',
    fields: {
      inventoryNo: '藏品编号',
      'title.zh': '中文题名',
      'title.en': '英文题名',
      category: '类别',
      workType: '志书类型',
      material: '质地',
      grade: '文物级别',
      condition: '完残程度',
      preservation: '保存状态',
      'dating.label': '年代',
      'compiler.zh': '编纂者',
      edition: '版本',
      'description.zh': '中文说明',
      'description.en': '英文说明',
      keywords: '关键词（以逗号分隔）',
      images: '图片',
      url: '图片地址（http(s) 或 /media/…）',
      caption: '图片说明',
      licence: '许可协议',
    },
    addImage: '添加图片',
    removeImage: '删除',
    room: '阅览室',
    date: '日期',
    showDesk: '查看',
    code: '签到码',
    checkIn: '签到',
    checkedIn: '已签到。',
    confirmCheckIn: '确认签到',
    reservationOf: (room, time) => `${room} · ${time}`,
    rstatus: { CONFIRMED: '待签到', CANCELLED: '已取消', CHECKED_IN: '已签到', NO_SHOW: '未到' },
    csvFile: 'CSV 文件（UTF-8，首行为表头）',
    template: '下载模板',
    dryRun: '检查（不写入）',
    commit: '导入',
    dryRunDone: (r) => `检查完成：${r.rows} 行，新建 ${r.creates}，更新 ${r.updates}，待审修改 ${r.revisions}，错误 ${r.errors.length}。未写入任何数据。`,
    committedDone: (r) => `已导入：新建 ${r.creates}，更新 ${r.updates}，待审修改 ${r.revisions}。`,
    importErrors: '错误',
    importRows: '各行结果',
    row: '行',
    column: '列',
    message: '说明',
    action: '处理',
    stats: '近 30 天统计',
    reservations: '预约',
    checkedInSeries: '签到',
    noShows: '未到',
    day: '日期',
    roomSettings: '开放时间、闭馆日与馆藏',
  },
  en: {
    none: 'Nothing here.',
    notAllowed: 'Your account has no role for this.',
    welcome: 'Choose what to do above.',
    status: { DRAFT: 'Draft', IN_REVIEW: 'In review', PUBLISHED: 'Published', WITHDRAWN: 'Withdrawn' },
    newExhibit: 'New exhibit',
    save: 'Save',
    saved: 'Saved.',
    created: 'Registered as a draft.',
    submit: 'Submit for review',
    submitted: 'Submitted for review.',
    withdraw: 'Withdraw',
    approve: 'Approve',
    reject: 'Reject',
    approved: 'Approved and published.',
    rejected: 'Rejected.',
    fieldsInvalid: 'Please correct the marked fields.',
    conflict:
      'Someone else changed this record before you saved. Both versions are below; the form now holds the latest — make your change again and save.',
    yours: 'Your change',
    theirs: 'Current version',
    field: 'Field',
    from: 'Before',
    to: 'After',
    submission: 'New submission',
    revision: 'Change to a published exhibit',
    pending: 'A change awaits review',
    history: 'History',
    fields: {
      inventoryNo: 'Inventory number',
      'title.zh': 'Title (Chinese)',
      'title.en': 'Title (English)',
      category: 'Category',
      workType: 'Type of work',
      material: 'Material',
      grade: 'Heritage grade',
      condition: 'Completeness',
      preservation: 'Preservation',
      'dating.label': 'Dating',
      'compiler.zh': 'Compiler',
      edition: 'Edition',
      'description.zh': 'Description (Chinese)',
      'description.en': 'Description (English)',
      keywords: 'Keywords (comma-separated)',
      images: 'Images',
      url: 'Image address (http(s) or /media/…)',
      caption: 'Caption',
      licence: 'Licence',
    },
    addImage: 'Add an image',
    removeImage: 'Remove',
    room: 'Reading room',
    date: 'Date',
    showDesk: 'Show',
    code: 'Check-in code',
    checkIn: 'Check in',
    checkedIn: 'Checked in.',
    confirmCheckIn: 'Confirm check-in',
    reservationOf: (room, time) => `${room} · ${time}`,
    rstatus: { CONFIRMED: 'Expected', CANCELLED: 'Cancelled', CHECKED_IN: 'Checked in', NO_SHOW: 'No-show' },
    csvFile: 'CSV file (UTF-8, header first)',
    template: 'Download the template',
    dryRun: 'Check (writes nothing)',
    commit: 'Import',
    dryRunDone: (r) => `Checked: ${r.rows} rows, ${r.creates} new, ${r.updates} updated, ${r.revisions} revisions for review, ${r.errors.length} errors. Nothing was written.`,
    committedDone: (r) => `Imported: ${r.creates} new, ${r.updates} updated, ${r.revisions} revisions for review.`,
    importErrors: 'Errors',
    importRows: 'Rows',
    row: 'Row',
    column: 'Column',
    message: 'Message',
    action: 'Outcome',
    stats: 'The last 30 days',
    reservations: 'Reservations',
    checkedInSeries: 'Checked in',
    noShows: 'No-shows',
    day: 'Day',
    roomSettings: 'Hours, closures and holdings',
  },
};

/** The exhibit fields the form edits, by the API's dotted path; the rest of a record is kept. */
const FIELDS = [
  { path: 'inventoryNo', max: 64, required: true },
  { path: 'title.zh', max: 500, required: true },
  { path: 'title.en', max: 500 },
  { path: 'category', select: 'category', required: true },
  { path: 'workType', select: 'workType' },
  { path: 'material', select: 'material' },
  { path: 'grade', select: 'grade' },
  { path: 'condition', select: 'condition' },
  { path: 'preservation', select: 'preservation' },
  { path: 'dating.label', max: 100 },
  { path: 'compiler.zh', max: 200 },
  { path: 'edition', max: 100 },
  { path: 'description.zh', area: true, max: 5000 },
  { path: 'description.en', area: true, max: 5000 },
  { path: 'keywords', list: true },
];

/** What an exhibit response holds that its request does not (or holds in another shape). */
const REQUEST_KEYS = [
  'inventoryNo', 'censusNo', 'title', 'category', 'workType', 'dating', 'material', 'quantity',
  'dimensions', 'massKg', 'condition', 'preservation', 'acquisition', 'grade', 'compiler',
  'edition', 'divisionsCovered', 'description', 'keywords', 'images', 'rights',
];

const $ = (id) => document.getElementById(id);
let vocabularies = null;


function set(record, path, value) {
  const keys = path.split('.');
  let target = record;
  for (const key of keys.slice(0, -1)) {
    target[key] = target[key] || {};
    target = target[key];
  }
  target[keys[keys.length - 1]] = value;
}

/** The request that writes a record back as it is: the response's shape made the request's. */
function asRequest(record) {
  const request = {};
  for (const key of REQUEST_KEYS) {
    if (record[key] !== null && record[key] !== undefined) {
      request[key] = structuredClone(record[key]);
    }
  }
  if (request.dating) {
    request.dating = { label: request.dating.label };
  }
  return request;
}

/** Drops empty texts and objects left empty, so that a blank optional field is no value. */
function prune(value) {
  if (Array.isArray(value)) {
    return value;
  }
  if (value && typeof value === 'object') {
    const out = {};
    for (const [key, inner] of Object.entries(value)) {
      const pruned = prune(inner);
      if (pruned !== undefined) {
        out[key] = pruned;
      }
    }
    return Object.keys(out).length ? out : undefined;
  }
  return value === '' || value === null ? undefined : value;
}

async function loadVocabularies() {
  if (!vocabularies || vocabularies.lang !== language()) {
    const answer = await api('/api/exhibits/vocabularies');
    vocabularies = { lang: language(), ...(answer.ok ? answer.body : { category: [] }) };
  }
  return vocabularies;
}

function term(list, code) {
  const entry = (list || []).find((item) => item.code === code);
  return entry ? entry[language()] || entry.zh : code;
}

// ---- exhibits ----

async function exhibitList() {
  loading();
  const museum = console$.user.institution;
  const statuses = ['DRAFT', 'IN_REVIEW', 'PUBLISHED'];
  const answers = await Promise.all(
    statuses.map((status) =>
      api(`/api/exhibits?museum=${encodeURIComponent(museum)}&status=${status}&limit=50`)
    )
  );
  const sections = statuses.map((status, i) => {
    const answer = answers[i];
    const list = el('ul', { class: 'cards' });
    if (!answer.ok) {
      list.append(el('li', {}, problem(answer.message)));
    } else if (answer.body.items.length === 0) {
      list.append(el('li', { text: t(TEXT, 'none') }));
    } else {
      for (const exhibit of answer.body.items) {
        list.append(
          el(
            'li',
            { class: 'card exhibit', 'data-id': exhibit.id },
            el('a', { href: `#/exhibits/${exhibit.id}`, text: label(exhibit) }),
            el('span', { class: 'muted', text: ` ${exhibit.inventoryNo}` }),
            exhibit.pendingRevision ? el('p', { class: 'notice', text: t(TEXT, 'pending') }) : null
          )
        );
      }
    }
    return el(
      'section',
      { 'data-status': status },
      el('h2', { text: t(TEXT, 'status')[status] }),
      list
    );
  });
  show(...sections);
}

function formField(field, record, vocab) {
  const id = 'f-' + field.path.replace('.', '-');
  const name = t(TEXT, 'fields')[field.path];
  const error = el('p', { class: 'field-error', id: id + '-error', hidden: true });
  let input;
  if (field.select) {
    input = el('select', { id, name: field.path, required: field.required });
    input.append(el('option', { value: '', text: '—' }));
    for (const entry of vocab[field.select] || []) {
      input.append(el('option', { value: entry.code, text: entry[language()] || entry.zh }));
    }
    input.value = get(record, field.path) || '';
  } else if (field.area) {
    input = el('textarea', { id, name: field.path, rows: 4, maxlength: field.max });
    input.value = get(record, field.path) || '';
  } else {
    input = el('input', {
      id,
      name: field.path,
      required: field.required,
      maxlength: field.max,
      autocomplete: 'off',
    });
    const value = get(record, field.path);
    input.value = field.list ? (value || []).join(', ') : value || '';
  }
  return el(
    'div',
    { class: 'field', 'data-field': field.path },
    el('label', { for: id, text: name + (field.required ? ' *' : '') }),
    input,
    error
  );
}

let imageRowCount = 0;

/** One image of the record: its address, its Chinese caption and its licence. */
function imageRow(image, vocab) {
  const n = ++imageRowCount;
  const fields = t(TEXT, 'fields');
  const licence = el('select', { id: `img-licence-${n}`, name: 'licence' });
  for (const entry of vocab.licence || []) {
    licence.append(el('option', { value: entry.code, text: entry[language()] || entry.zh }));
  }
  licence.value = image ? image.licence : 'CC_BY_4_0';
  const row = el(
    'div',
    { class: 'filters image-row' },
    el(
      'div',
      { class: 'field' },
      el('label', { for: `img-url-${n}`, text: fields.url }),
      el('input', { id: `img-url-${n}`, name: 'url', maxlength: 2000, autocomplete: 'off', value: image ? image.url : '' })
    ),
    el(
      'div',
      { class: 'field' },
      el('label', { for: `img-caption-${n}`, text: fields.caption }),
      el('input', { id: `img-caption-${n}`, name: 'caption', maxlength: 500, autocomplete: 'off', value: image?.caption?.zh || '' })
    ),
    el('div', { class: 'field' }, el('label', { for: licence.id, text: fields.licence }), licence)
  );
  row.append(
    el('button', { type: 'button', class: 'secondary', text: t(TEXT, 'removeImage'), on: { click: () => row.remove() } })
  );
  return row;
}

/**
 * The record's images as rows to edit; the API's errors about any of them ({@code images[1].url})
 * are shown under the set.
 */
function imagesField(record, vocab) {
  const rows = el('div', { class: 'image-rows' }, ...(record?.images || []).map((image) => imageRow(image, vocab)));
  return el(
    'div',
    { class: 'field', 'data-field': 'images' },
    el('fieldset', {}, el('legend', { text: t(TEXT, 'fields').images }), rows),
    el('button', {
      type: 'button',
      class: 'secondary',
      text: t(TEXT, 'addImage'),
      on: { click: () => rows.append(imageRow(null, vocab)) },
    }),
    el('p', { class: 'field-error', id: 'images-error', hidden: true })
  );
}

/** The images as the rows have them; a caption keeps the English the record had. */
function readImages(form, record) {
  return [...form.querySelectorAll('.image-row')].map((row, i) => {
    const value = (name) => row.querySelector(`[name=${name}]`).value.trim();
    const previous = (record?.images || [])[i];
    const caption = { ...(previous?.caption || {}), zh: value('caption') || undefined };
    return { url: value('url'), caption: caption.zh || caption.en ? caption : null, licence: value('licence') };
  });
}

function readForm(form, record) {
  const request = asRequest(record || {});
  for (const field of FIELDS) {
    const value = form.elements[field.path].value.trim();
    set(
      request,
      field.path,
      field.list
        ? value
            .split(/[,，、]/)
            .map((word) => word.trim())
            .filter((word) => word)
        : value
    );
  }
  const pruned = prune(request) || {};
  pruned.images = readImages(form, record);
  return pruned;
}

function versionsSide(mine, current) {
  const rows = FIELDS.map((field) => {
    const a = JSON.stringify(get(mine, field.path) ?? '');
    const b = JSON.stringify(get(current, field.path) ?? '');
    return el(
      'tr',
      { class: a === b ? '' : 'changed' },
      el('th', { scope: 'row', text: t(TEXT, 'fields')[field.path] }),
      el('td', { text: String(get(mine, field.path) ?? '') }),
      el('td', { text: String(get(current, field.path) ?? '') })
    );
  });
  return el(
    'table',
    { class: 'diff conflict-versions' },
    el(
      'thead',
      {},
      el(
        'tr',
        {},
        el('th', { scope: 'col', text: t(TEXT, 'field') }),
        el('th', { scope: 'col', text: t(TEXT, 'yours') }),
        el('th', { scope: 'col', text: t(TEXT, 'theirs') })
      )
    ),
    el('tbody', {}, ...rows)
  );
}

async function exhibitForm(id) {
  loading();
  const vocab = await loadVocabularies();
  let record = null;
  let etag = null;
  if (id) {
    const answer = await api(`/api/exhibits/${encodeURIComponent(id)}`);
    if (!answer.ok) {
      show(problem(answer.message));
      return;
    }
    record = answer.body;
    etag = answer.etag;
  }
  const form = el('form', { id: 'exhibit-form', class: 'stack', novalidate: true });
  for (const field of FIELDS) {
    form.append(formField(field, record || {}, vocab));
  }
  form.append(imagesField(record, vocab));
  const conflictBox = el('div', { id: 'conflict', 'aria-live': 'polite' });
  form.append(el('button', { type: 'submit', text: t(TEXT, 'save') }));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const request = readForm(form, record);
    const answer = record
      ? await api(`/api/exhibits/${record.id}`, {
          method: 'PUT',
          headers: { 'If-Match': etag },
          body: request,
        })
      : await api('/api/exhibits', { method: 'POST', body: request });
    if (answer.ok) {
      if (record) {
        await exhibitForm(answer.body.id);
        say(t(TEXT, 'saved'));
      } else {
        sayAfterNavigation(t(TEXT, 'created'));
        window.location.hash = `#/exhibits/${answer.body.id}`;
      }
      return;
    }
    if (answer.status === 412 && record) {
      const latest = await api(`/api/exhibits/${record.id}`);
      if (latest.ok) {
        conflictBox.replaceChildren(
          problem(t(TEXT, 'conflict')),
          versionsSide(request, latest.body)
        );
        record = latest.body;
        etag = latest.etag;
        for (const field of FIELDS) {
          const value = get(record, field.path);
          form.elements[field.path].value = field.list ? (value || []).join(', ') : value || '';
        }
        form.querySelector('[data-field="images"]').replaceWith(imagesField(record, vocab));
        say(t(TEXT, 'conflict'));
        conflictBox.scrollIntoView({ block: 'start' });
        return;
      }
    }
    showFieldErrors(form, answer.errors);
    say(answer.errors.length ? `${t(TEXT, 'fieldsInvalid')} ${answer.message}` : answer.message);
  });
  const parts = [];
  if (record) {
    parts.push(
      el('h2', { text: label(record) }),
      el('p', {
        class: 'state',
        'data-status': record.status,
        text: t(TEXT, 'status')[record.status],
      })
    );
    const actions = el('div', { class: 'actions' });
    if (record.status === 'DRAFT') {
      actions.append(actionButton(record, etag, 'submit', 'submitted'));
    }
    if (record.status === 'PUBLISHED') {
      actions.append(actionButton(record, etag, 'withdraw', 'saved'));
    }
    parts.push(actions);
  } else {
    parts.push(el('h2', { text: t(TEXT, 'newExhibit') }));
  }
  parts.push(conflictBox, form);
  if (record) {
    parts.push(await historyOf(record.id));
  }
  show(...parts);
}

function actionButton(record, etag, action, done) {
  return el('button', {
    type: 'button',
    text: t(TEXT, action),
    on: {
      click: async () => {
        const answer = await api(`/api/exhibits/${record.id}/${action}`, {
          method: 'POST',
          headers: { 'If-Match': etag },
          body: {},
        });
        say(answer.ok ? t(TEXT, done) : answer.message);
        if (answer.ok) {
          exhibitForm(record.id);
        }
      },
    },
  });
}

async function historyOf(id) {
  const answer = await api(`/api/exhibits/${encodeURIComponent(id)}/history?limit=20`);
  const list = el('ol', { class: 'history' });
  if (answer.ok) {
    for (const entry of answer.body.items || []) {
      const fields = Object.keys(entry.changes || {}).join(', ');
      list.append(
        el('li', {
          text: `${dateTime(entry.at)} · ${entry.action} · ${entry.actor || ''} · ${fields}`,
        })
      );
    }
  } else {
    list.append(el('li', {}, problem(answer.message)));
  }
  return el('section', { class: 'history' }, el('h3', { text: t(TEXT, 'history') }), list);
}

// ---- review ----

function changesTable(changes) {
  return el(
    'table',
    { class: 'diff' },
    el(
      'thead',
      {},
      el(
        'tr',
        {},
        el('th', { scope: 'col', text: t(TEXT, 'field') }),
        el('th', { scope: 'col', text: t(TEXT, 'from') }),
        el('th', { scope: 'col', text: t(TEXT, 'to') })
      )
    ),
    el(
      'tbody',
      {},
      ...Object.entries(changes).map(([path, change]) =>
        el(
          'tr',
          {},
          el('th', { scope: 'row', text: path }),
          el('td', { text: JSON.stringify(change.from ?? null) }),
          el('td', { text: JSON.stringify(change.to ?? null) })
        )
      )
    )
  );
}

function decision(path, etag, card) {
  const decide = (action, done) => async () => {
    const answer = await api(`${path}/${action}`, {
      method: 'POST',
      headers: { 'If-Match': etag },
      body: {},
    });
    say(answer.ok ? t(TEXT, done) : answer.message);
    if (answer.ok) {
      card.remove();
    }
  };
  return el(
    'div',
    { class: 'actions' },
    el('button', { type: 'button', text: t(TEXT, 'approve'), on: { click: decide('approve', 'approved') } }),
    el('button', {
      type: 'button',
      class: 'secondary',
      text: t(TEXT, 'reject'),
      on: { click: decide('reject', 'rejected') },
    })
  );
}

async function reviewList() {
  loading();
  const museum = encodeURIComponent(console$.user.institution);
  const [submissions, published] = await Promise.all([
    api(`/api/exhibits?museum=${museum}&status=IN_REVIEW&limit=50`),
    api(`/api/exhibits?museum=${museum}&status=PUBLISHED&limit=100`),
  ]);
  if (!submissions.ok || !published.ok) {
    show(problem((submissions.ok ? published : submissions).message));
    return;
  }
  const list = el('ul', { class: 'cards' });
  for (const exhibit of submissions.body.items) {
    const card = el(
      'li',
      { class: 'card review', 'data-id': exhibit.id },
      el('h3', { text: label(exhibit) }),
      el('p', { class: 'muted', text: `${t(TEXT, 'submission')} · ${exhibit.inventoryNo}` })
    );
    card.append(decision(`/api/exhibits/${exhibit.id}`, `"${exhibit.version}"`, card));
    list.append(card);
  }
  const revised = published.body.items.filter((exhibit) => exhibit.pendingRevision);
  const revisions = await Promise.all(
    revised.map((exhibit) => api(`/api/exhibits/${exhibit.id}/revision`))
  );
  revised.forEach((exhibit, i) => {
    const answer = revisions[i];
    if (!answer.ok) {
      return;
    }
    const card = el(
      'li',
      { class: 'card review', 'data-id': exhibit.id },
      el('h3', { text: label(exhibit) }),
      el('p', { class: 'muted', text: `${t(TEXT, 'revision')} · ${answer.body.author}` }),
      changesTable(answer.body.changes)
    );
    card.append(decision(`/api/exhibits/${exhibit.id}/revision`, answer.etag, card));
    list.append(card);
  });
  if (list.childElementCount === 0) {
    list.append(el('li', { text: t(TEXT, 'none') }));
  }
  show(el('h2', { text: t(TEXT, 'status').IN_REVIEW }), list);
}

// ---- reading-room desk ----

async function desk() {
  loading();
  const rooms = await api(
    `/api/reading-rooms?institution=${encodeURIComponent(console$.user.institution)}&limit=100`
  );
  if (!rooms.ok) {
    show(problem(rooms.message));
    return;
  }
  const params = fragmentParams();
  const select = el('select', { id: 'desk-room', name: 'room' });
  for (const room of rooms.body.items) {
    select.append(el('option', { value: room.code, text: `${local(room.name)} (${room.code})` }));
  }
  if (params.get('room')) {
    select.value = params.get('room');
  }
  const date = el('input', { id: 'desk-date', name: 'date', type: 'date', value: params.get('date') || todayInSichuan() });
  const list = el('ul', { id: 'desk-list', class: 'cards', 'aria-live': 'polite' });
  const stats = el('div', { id: 'desk-stats' });
  const form = el(
    'form',
    { class: 'filters' },
    el('div', { class: 'field' }, el('label', { for: 'desk-room', text: t(TEXT, 'room') }), select),
    el('div', { class: 'field' }, el('label', { for: 'desk-date', text: t(TEXT, 'date') }), date),
    el('div', { class: 'actions' }, el('button', { type: 'submit', text: t(TEXT, 'showDesk') }))
  );
  const refresh = async () => {
    list.setAttribute('aria-busy', 'true');
    const answer = await api(
      `/api/reading-rooms/${encodeURIComponent(select.value)}/reservations?date=${date.value}&limit=100`
    );
    list.removeAttribute('aria-busy');
    if (!answer.ok) {
      list.replaceChildren(el('li', {}, problem(answer.message)));
      return;
    }
    if (answer.body.items.length === 0) {
      list.replaceChildren(el('li', { text: t(TEXT, 'none') }));
      return;
    }
    list.replaceChildren(...answer.body.items.map((r) => deskCard(r, refresh)));
  };
  const refreshAll = async () => {
    await refresh();
    stats.replaceChildren(await roomStats(select.value));
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    refreshAll();
  });
  const settings = el('a', { id: 'room-settings-link', href: `#/room/${select.value}`, text: t(TEXT, 'roomSettings') });
  select.addEventListener('change', () => {
    settings.href = `#/room/${select.value}`;
  });
  show(form, el('p', {}, settings), list, stats);
  if (select.value) {
    await refreshAll();
  }
}

function deskCard(r, refresh) {
  const card = el(
    'li',
    { class: 'card desk', 'data-id': r.id, 'data-status': r.status },
    el('h3', { text: `${dateTime(r.start)} · ${r.visitor || ''}` }),
    el('p', { class: 'state', text: t(TEXT, 'rstatus')[r.status] || r.status })
  );
  if (r.status === 'CONFIRMED') {
    const id = 'code-' + r.id;
    const input = el('input', {
      id,
      name: 'code',
      required: true,
      maxlength: 6,
      minlength: 6,
      pattern: '[0-9A-Za-z]{6}',
      autocomplete: 'off',
    });
    const form = el(
      'form',
      { class: 'inline' },
      el('label', { for: id, text: t(TEXT, 'code') }),
      input,
      el('button', { type: 'submit', text: t(TEXT, 'checkIn') })
    );
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      const answer = await checkIn(r.id, input.value.trim());
      if (answer.ok) {
        await refresh();
      }
    });
    card.append(form);
  }
  return card;
}

async function checkIn(id, code) {
  const answer = await api(`/api/reservations/${encodeURIComponent(id)}/check-in`, {
    method: 'POST',
    body: { code },
  });
  say(answer.ok ? t(TEXT, 'checkedIn') : answer.message);
  return answer;
}

/** The page a visitor's QR code opens: the reservation, and a button for staff to confirm. */
async function checkInPage(id, code) {
  loading();
  const answer = await api(`/api/reservations/${encodeURIComponent(id)}`);
  if (!answer.ok) {
    show(problem(answer.message));
    return;
  }
  const r = answer.body;
  const state = el('p', { class: 'state', 'data-status': r.status, text: t(TEXT, 'rstatus')[r.status] || r.status });
  const parts = [
    el('h2', { text: t(TEXT, 'reservationOf')(r.room, `${dateTime(r.start)}`) }),
    el('p', { text: r.visitor || '' }),
    state,
  ];
  if (r.status === 'CONFIRMED') {
    parts.push(
      el('button', {
        type: 'button',
        id: 'confirm-check-in',
        text: `${t(TEXT, 'confirmCheckIn')} (${code})`,
        on: {
          click: async (event) => {
            event.currentTarget.disabled = true;
            const done = await checkIn(id, code);
            if (done.ok) {
              checkInPage(id, code);
            } else {
              event.currentTarget.disabled = false;
            }
          },
        },
      })
    );
  }
  show(...parts);
}

// ---- CSV import ----

function importReport(report) {
  const parts = [];
  if (report.errors.length) {
    parts.push(
      el('h3', { text: t(TEXT, 'importErrors') }),
      table(
        [t(TEXT, 'row'), t(TEXT, 'column'), t(TEXT, 'message')],
        report.errors.map((e) => [e.row, e.column || '', e.message]),
        { id: 'import-errors' }
      )
    );
  }
  if (report.items.length) {
    parts.push(
      el('h3', { text: t(TEXT, 'importRows') }),
      table(
        [t(TEXT, 'row'), t(TEXT, 'fields').inventoryNo, t(TEXT, 'action')],
        report.items.map((item) => [item.row, item.inventoryNo, item.action]),
        { id: 'import-rows' }
      )
    );
  }
  return parts;
}

function importView() {
  const museum = console$.user.institution;
  const file = el('input', { id: 'csv-file', name: 'file', type: 'file', accept: '.csv,text/csv', required: true });
  const report = el('div', { id: 'import-report', 'aria-live': 'polite' });
  const commit = el('button', { type: 'button', id: 'import-commit', disabled: true, text: t(TEXT, 'commit') });
  let text = null;
  const send = async (dryRun) => {
    report.setAttribute('aria-busy', 'true');
    const answer = await api(
      `/api/museums/${encodeURIComponent(museum)}/exhibits/import${dryRun ? '?dryRun=true' : ''}`,
      { method: 'POST', text, contentType: 'text/csv; charset=UTF-8' }
    );
    report.removeAttribute('aria-busy');
    const body = answer.body && Array.isArray(answer.body.errors) ? answer.body : null;
    if (!answer.ok && !body) {
      report.replaceChildren(problem(answer.message));
      return;
    }
    say(answer.ok ? t(TEXT, dryRun ? 'dryRunDone' : 'committedDone')(body) : answer.message);
    report.replaceChildren(...importReport(body));
    commit.disabled = !(dryRun && answer.ok && body.errors.length === 0);
  };
  const form = el(
    'form',
    { class: 'stack', id: 'import-form' },
    el('label', { for: 'csv-file', text: t(TEXT, 'csvFile') }),
    file,
    el('p', {}, el('a', { href: `/api/museums/${encodeURIComponent(museum)}/exhibits/import/template`, text: t(TEXT, 'template') })),
    el('div', { class: 'actions' }, el('button', { type: 'submit', text: t(TEXT, 'dryRun') }), commit)
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (!file.files.length) {
      return;
    }
    text = await file.files[0].text();
    send(true);
  });
  commit.addEventListener('click', () => send(false));
  file.addEventListener('change', () => {
    commit.disabled = true; // a new file is checked first
  });
  show(form, report);
}

/** A room's last 30 days as a chart with its figures as a table. */
async function roomStats(room) {
  const answer = await api(`/api/reading-rooms/${encodeURIComponent(room)}/stats`);
  if (!answer.ok) {
    return problem(answer.message);
  }
  const days = answer.body.days;
  const labels = days.map((d) => d.date.slice(5));
  return el(
    'section',
    { class: 'stats', 'aria-labelledby': 'stats-heading' },
    el('h2', { id: 'stats-heading', text: t(TEXT, 'stats') }),
    barChart(t(TEXT, 'stats'), labels, [
      { name: t(TEXT, 'reservations'), values: days.map((d) => d.reservations) },
      { name: t(TEXT, 'checkedInSeries'), values: days.map((d) => d.checkedIn) },
      { name: t(TEXT, 'noShows'), values: days.map((d) => d.noShows) },
    ]),
    el(
      'details',
      {},
      el('summary', { text: t(TEXT, 'stats') }),
      table(
        [t(TEXT, 'day'), t(TEXT, 'reservations'), t(TEXT, 'checkedInSeries'), t(TEXT, 'noShows')],
        days.map((d) => [d.date, d.reservations, d.checkedIn, d.noShows])
      )
    )
  );
}

// ---- routing ----

const ROUTES = [
  { pattern: /^#\/exhibits\/new$/, roles: ['curator', 'network-admin'], view: () => exhibitForm(null) },
  { pattern: /^#\/exhibits\/([0-9a-f-]{36})$/, roles: ['curator', 'network-admin'], view: (m) => exhibitForm(m[1]) },
  { pattern: /^#\/exhibits$/, roles: ['curator', 'network-admin'], view: () => exhibitList() },
  { pattern: /^#\/review$/, roles: ['curator', 'network-admin'], view: () => reviewList() },
  { pattern: /^#\/import$/, roles: ['curator'], view: () => importView() },
  {
    pattern: /^#\/room\/([a-z0-9][a-z0-9-]*)$/,
    roles: ['reading-room-staff', 'network-admin'],
    view: (m) => roomView(m[1]),
  },
  { pattern: /^#\/desk(\?.*)?$/, roles: ['reading-room-staff', 'network-admin'], view: () => desk() },
  {
    pattern: /^#\/check-in\/([0-9a-f-]{36})\/([0-9A-Za-z]{6})$/,
    roles: ['reading-room-staff', 'network-admin'],
    view: (m) => checkInPage(m[1], m[2]),
  },
  ...eventViews,
  ...allianceViews,
];

function route() {
  const hash = window.location.hash;
  for (const { pattern, roles, view } of ROUTES) {
    const match = pattern.exec(hash);
    if (match) {
      if (!can(...roles)) {
        show(problem(t(TEXT, 'notAllowed')));
        return;
      }
      say(takeMessage());
      view(match);
      return;
    }
  }
  show(el('p', { text: t(TEXT, 'welcome') }));
}

window.addEventListener('DOMContentLoaded', async () => {
  const user = await setUpPage(() => console$.user && route());
  console$.user = user;
  if (!user) {
    $('console-signed-out').hidden = false;
    return;
  }
  const nav = $('console-nav');
  for (const item of nav.querySelectorAll('li[data-role]')) {
    item.hidden = !can(...item.dataset.role.split(' '));
  }
  nav.hidden = false;
  window.addEventListener('hashchange', route);
  route();
});
