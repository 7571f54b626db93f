"""Draw docs/spelling-menu.png: a part's text with misspelt words underlined and the
corrections menu open on one of them (run with QT_QPA_PLATFORM=offscreen)."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QPoint
from PySide6.QtGui import QFont, QPainter, QPixmap, QTextCursor
from PySide6.QtWidgets import QApplication, QPlainTextEdit

from qcdc_desktop.ui.spell_highlight import install_spell_check, proofing_menu

TEXT = (
    "Cấp ủy, Ban lãnh đạo cơ quan tiếp tục quan tâm quán triệt cho công chức, viên chức "
    "và người lao động trong cơ quan nội dung Luật Thực hiện dân chủ ở cơ sở; thực hiện "
    "dân chủ trong hoạt động của cơ quan hành chính, hài hoà lợi ích của công dân.\n"
    "- Hàng tháng, Sở tổ chức giao ban giữa Lãnh đạo Sở và trưởng, phó các phòng chuyên "
    "môn nhằm đánh giá kết quả công tác tháng trước, những công viêcj đã làm được, chưa "
    "làm được, đề xuất biện pháp giải quyết; đảm bảo giải quyết tốt các kiến nghị "
    "của công dân và tổ chức theo quy định.\n"
    "- Thực hiện công khai, minh bạch các thủ tục hành chính để công dân, tổ chức, doanh "
    "nghiệp biết, phối hợp thực hiện; tiếp nhận 36 hồ sơ, trả 36 hồ sơ đúng hạn, giải "
    "quyết sớm hạn 100% hồ sơ, không có hồ sơ tồn đọng; tuyển dụng 03 viên chức."
)


def main(out: str = "docs/spelling-menu.png") -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    editor = QPlainTextEdit()
    editor.setFont(QFont("DejaVu Serif", 13))
    editor.resize(820, 250)
    install_spell_check(editor)
    editor.setPlainText(TEXT)
    editor.show()
    app.processEvents()
    cursor = QTextCursor(editor.document())
    cursor.setPosition(TEXT.index("viêcj") + 2)
    at = editor.cursorRect(cursor).bottomLeft()
    menu = proofing_menu(editor, at)
    menu.adjustSize()
    menu.show()
    app.processEvents()
    shot = editor.grab()
    pop = menu.grab()
    where = editor.viewport().mapTo(editor, at) + QPoint(4, 4)
    width = max(shot.width(), where.x() + pop.width() + 8)
    height = max(shot.height(), where.y() + pop.height() + 8)
    canvas = QPixmap(width, height)
    canvas.fill(editor.palette().window().color())
    painter = QPainter(canvas)
    painter.drawPixmap(0, 0, shot)
    painter.drawPixmap(where, pop)
    painter.end()
    Path(out).parent.mkdir(parents=True, exist_ok=True)
    canvas.save(out)
    menu.close()
    print(out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(*sys.argv[1:]))
