-- Handling an incoming document after registering it (issue 14): the leader's instruction, who
-- leads (chủ trì) and who co-operates (phối hợp), the deadline, and the steps
-- Mới → Đã trình → Đang xử lý → Đã xử lý. "Đã trình" is status 'moi' with presented_at set: the
-- status CHECK of 0022 cannot be widened without rebuilding a table other tables reference, and
-- the date of presenting is a fact the clerk records anyway. Triggers refuse skipped steps.
ALTER TABLE incoming ADD COLUMN presented_at TEXT;
ALTER TABLE incoming ADD COLUMN instruction TEXT NOT NULL DEFAULT '';
ALTER TABLE incoming ADD COLUMN instruction_date TEXT;
ALTER TABLE incoming ADD COLUMN instructed_by TEXT NOT NULL DEFAULT '';
-- Chủ trì: a unit of the directory, or free text (a person, a unit not in the directory).
ALTER TABLE incoming ADD COLUMN lead_unit_id INTEGER REFERENCES unit(id);
ALTER TABLE incoming ADD COLUMN lead_name TEXT NOT NULL DEFAULT '';
-- The note that closed it (or '' when a reply closed it) and the reason of the last reopening.
ALTER TABLE incoming ADD COLUMN close_note TEXT NOT NULL DEFAULT '';
ALTER TABLE incoming ADD COLUMN closed_at TEXT;
ALTER TABLE incoming ADD COLUMN reopen_reason TEXT NOT NULL DEFAULT '';

-- Phối hợp: one row per co-operating unit, in the order given.
CREATE TABLE incoming_cooperator (
  incoming_id INTEGER NOT NULL REFERENCES incoming(id) ON DELETE CASCADE,
  position INTEGER NOT NULL CHECK (position >= 0),
  unit_id INTEGER REFERENCES unit(id),
  name TEXT NOT NULL CHECK (name <> ''),
  PRIMARY KEY (incoming_id, position)
) STRICT, WITHOUT ROWID;
CREATE INDEX incoming_cooperator_unit ON incoming_cooperator(unit_id) WHERE unit_id IS NOT NULL;

-- Progress log: append-only like audit_log (who = OS user, when, what). kind: instruction, step,
-- note (tiến độ), reopen, reply (a reply letter was linked).
CREATE TABLE incoming_progress (
  id INTEGER PRIMARY KEY,
  incoming_id INTEGER NOT NULL REFERENCES incoming(id),
  at TEXT NOT NULL,
  os_user TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('instruction', 'step', 'note', 'reopen', 'reply')),
  step TEXT NOT NULL CHECK (step IN ('moi', 'da-trinh', 'dang-xu-ly', 'da-xu-ly')),
  detail TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX incoming_progress_incoming ON incoming_progress(incoming_id, id);

CREATE TRIGGER incoming_progress_no_update BEFORE UPDATE ON incoming_progress
BEGIN
  SELECT RAISE(ABORT, 'Nhật ký xử lý chỉ được ghi thêm, không được sửa.');
END;

CREATE TRIGGER incoming_progress_no_delete BEFORE DELETE ON incoming_progress
BEGIN
  SELECT RAISE(ABORT, 'Nhật ký xử lý chỉ được ghi thêm, không được xóa.');
END;

-- Steps cannot be skipped: Mới → (trình) → Đang xử lý → Đã xử lý; reopening needs a reason.
CREATE TRIGGER incoming_step_guard BEFORE UPDATE OF status ON incoming WHEN OLD.status <> NEW.status
BEGIN
  SELECT CASE
    WHEN OLD.status = 'moi' AND NEW.status = 'dang-xu-ly' AND NEW.presented_at IS NULL
      THEN RAISE(ABORT, 'Văn bản chưa trình lãnh đạo: không thể chuyển sang Đang xử lý.')
    WHEN OLD.status = 'moi' AND NEW.status = 'da-xu-ly'
      THEN RAISE(ABORT, 'Không thể bỏ qua bước: văn bản mới phải được trình và xử lý trước khi đóng.')
    WHEN OLD.status = 'dang-xu-ly' AND NEW.status = 'da-xu-ly' AND NEW.close_note = ''
         AND NOT EXISTS (SELECT 1 FROM incoming_reply r WHERE r.incoming_id = NEW.id)
      THEN RAISE(ABORT, 'Đóng văn bản cần ghi chú kết quả hoặc văn bản trả lời.')
    WHEN OLD.status = 'da-xu-ly' AND NEW.status = 'dang-xu-ly' AND NEW.reopen_reason = ''
      THEN RAISE(ABORT, 'Mở lại văn bản đã xử lý cần nêu lý do.')
    WHEN NEW.status = 'moi'
      THEN RAISE(ABORT, 'Không thể đưa văn bản về bước Mới.')
  END;
END;

-- Presenting (Mới → Đã trình) happens only at step Mới.
CREATE TRIGGER incoming_present_guard BEFORE UPDATE OF presented_at ON incoming
  WHEN OLD.presented_at IS NOT NEW.presented_at AND NEW.status <> 'moi'
BEGIN
  SELECT RAISE(ABORT, 'Chỉ văn bản ở bước Mới mới được trình.');
END;

-- A reply letter linked by issuing closes a document being handled, in the issuing transaction,
-- whatever entry point issued it; the timeline shows it. vanthu_user() is the OS user (db/open.ts).
CREATE TRIGGER incoming_reply_closes AFTER INSERT ON incoming_reply
BEGIN
  INSERT INTO incoming_progress (incoming_id, at, os_user, kind, step, detail)
    SELECT i.id, NEW.created_at, vanthu_user(), 'reply',
           CASE WHEN i.status = 'dang-xu-ly' THEN 'da-xu-ly' WHEN i.status = 'moi' AND i.presented_at IS NOT NULL THEN 'da-trinh' ELSE i.status END,
           coalesce((SELECT o.symbol FROM outgoing_document o WHERE o.id = NEW.outgoing_id), '')
      FROM incoming i WHERE i.id = NEW.incoming_id;
  UPDATE incoming SET status = 'da-xu-ly', closed_at = NEW.created_at, reopen_reason = ''
    WHERE id = NEW.incoming_id AND status = 'dang-xu-ly' AND deleted_at IS NULL;
END;

-- Office settings of handling: deadlines in calendar or working days, the register column set,
-- whether the ĐẾN stamp copy is offered. Holidays are rows (the office edits the list).
CREATE TABLE handling_settings (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  day_count TEXT NOT NULL DEFAULT 'calendar' CHECK (day_count IN ('calendar', 'working')),
  column_set TEXT NOT NULL DEFAULT 'nd30' CHECK (column_set IN ('nd30', 'vptw693')),
  den_stamp INTEGER NOT NULL DEFAULT 0 CHECK (den_stamp IN (0, 1)),
  updated_at TEXT NOT NULL
) STRICT;
INSERT INTO handling_settings (id, updated_at) VALUES (1, '1970-01-01T00:00:00.000Z');

CREATE TABLE office_holiday (
  day TEXT PRIMARY KEY,
  name TEXT NOT NULL DEFAULT ''
) STRICT, WITHOUT ROWID;

-- The due list ("Sắp đến hạn" / "Quá hạn") reads open records by deadline.
CREATE INDEX incoming_open_deadline ON incoming(deadline) WHERE deleted_at IS NULL AND status <> 'da-xu-ly' AND deadline IS NOT NULL;
