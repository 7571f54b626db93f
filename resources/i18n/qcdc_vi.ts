<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="vi">
<context>
    <name>AgencyPage</name>
    <message>
        <location filename="../../qcdc_desktop/ui/wizard/pages/agency_page.py" line="+32"/>
        <source>Cơ quan chủ quản:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ví dụ: UBND tỉnh Tây Ninh (có thể để trống)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cơ quan ban hành:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ví dụ: Sở Thông tin và Truyền thông</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Chữ viết tắt trong số văn bản:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ví dụ: STTTT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Địa danh ghi ở dòng ngày tháng:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ví dụ: Tây Ninh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cơ quan ban hành</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Lấy từ hồ sơ cơ quan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Điền lại các ô trên theo hồ sơ cơ quan mặc định</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Văn bản căn cứ (được nêu trong câu mở đầu)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Câu mở đầu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Khôi phục mặc định</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Sẽ in (các chỗ giữ chỗ đã được điền):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppendixPage</name>
    <message>
        <location filename="../../qcdc_desktop/ui/wizard/pages/appendix_page.py" line="+35"/>
        <source>Phụ lục được in sau phần chữ ký, mỗi phụ lục một trang mới, với dòng “Phụ lục” (có số thứ tự khi có nhiều phụ lục), tên phụ lục và dòng “(Kèm theo Báo cáo số …)”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Phụ lục {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phụ lục</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Thêm phụ lục</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+190"/>
        <source>Xóa phụ lục</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-189"/>
        <source>Lên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Xuống</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt;b&gt;Các phụ lục&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Để trống: “Phụ lục”, hoặc “Phụ lục I, II…” khi có nhiều</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ví dụ: Kết quả tổ chức hội nghị 6 tháng đầu năm 2024</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Chưa có phụ lục nào. Bấm “Thêm phụ lục” để tạo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tiêu đề:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tên phụ lục:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Bảng số liệu:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+148"/>
        <source>Xóa phụ lục đang chọn cùng bảng số liệu?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupWindow</name>
    <message>
        <location filename="../../qcdc_desktop/ui/backup_window.py" line="+30"/>
        <source>Sao lưu và khôi phục</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Thời gian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dung lượng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Số bản thảo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Chương trình tự sao lưu khi mở lần đầu mỗi ngày, mỗi 30 phút khi đang soạn và khi đóng. Các bản sao lưu nằm trong thư mục: {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Chưa có bản sao lưu nào.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sao lưu ngay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Khôi phục bản đã chọn…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Đóng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>không đọc được</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+47"/>
        <source> ({drafts} bản thảo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Khôi phục bản sao lưu lúc {time}{drafts}?

Tệp dữ liệu hiện tại không bị ghi đè: nó được đổi tên và giữ lại bên cạnh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Đã khôi phục bản sao lưu lúc {time}.{where}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-7"/>
        <source>

Tệp dữ liệu trước đó được giữ lại: {kept}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BasisEditor</name>
    <message>
        <location filename="../../qcdc_desktop/ui/wizard/basis_editor.py" line="+23"/>
        <source>Loại văn bản</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Số, ký hiệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ngày</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cơ quan ban hành</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trích yếu (nếu cần)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Thêm từ thư viện</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chọn một văn bản hay được trích dẫn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Thêm văn bản khác</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Xóa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Xuống</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{kind} số {number} ngày {date} — {title}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClosingPage</name>
    <message>
        <location filename="../../qcdc_desktop/ui/wizard/pages/closing_page.py" line="+29"/>
        <source>Người đứng đầu ký</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KT. — cấp phó ký thay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TM. — thay mặt tập thể</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TL. — thừa lệnh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TUQ. — thừa ủy quyền</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Q. — quyền người đứng đầu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Câu kết thúc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ví dụ: Sở Nội vụ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Khôi phục mặc định</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Mẫu câu:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gửi (cơ quan tổng hợp):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sẽ in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nơi nhận</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mỗi nơi một dòng; dòng cuối thường là: Lưu: VT, VP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Người ký</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ví dụ: GIÁM ĐỐC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ví dụ: PHÓ GIÁM ĐỐC (khi ký thay)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Họ và tên, không ghi học hàm, học vị</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lấy từ hồ sơ cơ quan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Thẩm quyền ký:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chức danh người đứng đầu:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chức danh người ký:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Họ và tên:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+40"/>
        <source>(không có câu kết thúc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nơi nhận:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(ký tên)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(họ và tên)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Conflict</name>
    <message>
        <location filename="../../qcdc_desktop/ui/wizard/conflict.py" line="+20"/>
        <source>Bản thảo đã được sửa ở nơi khác</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bản thảo này vừa được lưu từ một cửa sổ hoặc chương trình khác sau khi anh/chị mở nó.

• Tải lại: mở bản mới nhất; nội dung đang soạn ở đây được giữ trong “Lịch sử phiên bản” (nút “Lịch sử” ở cửa sổ này) để không mất.
• Ghi đè: lưu nội dung ở đây lên trên thay đổi kia.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Tải lại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ghi đè</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Đã ghi đè bằng nội dung ở cửa sổ này.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Chưa lưu: bản thảo đã bị sửa ở nơi khác. Bấm “Lưu” để chọn cách xử lý.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Consolidate</name>
    <message>
        <location filename="../../qcdc_desktop/ui/consolidate_dialog.py" line="+39"/>
        <source>Báo cáo của đơn vị (*.docx *.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qcdc_desktop/ui/figures_workbook_flow.py" line="+21"/>
        <source>Bảng tính Excel (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Xuất bảng số liệu Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Đã xuất bảng số liệu: {written}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>(trống)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Nhập bảng số liệu Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Bảng số liệu không có số nào khác với bản thảo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>… và {more} số liệu khác</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Đã nhập {count} số liệu từ {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qcdc_desktop/ui/consolidate_menu.py" line="+63"/>
        <source>Xuất bảng số liệu Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nhập bảng số liệu Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đưa số liệu từ bảng Excel đã điền vào bản thảo đang chọn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Tổng hợp</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsolidateDialog</name>
    <message>
        <location line="-72"/>
        <source>Tổng hợp báo cáo các đơn vị</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qcdc_desktop/ui/consolidate_dialog.py" line="+2"/>
        <source>LỖI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CẢNH BÁO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LƯU Ý</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Thêm tệp…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tệp Word (.docx) hoặc bản thảo (.json) của các đơn vị</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Thêm bản thảo đã lưu…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bỏ khỏi danh sách</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Mỗi dòng một tên đơn vị; để trống nếu không cần đối chiếu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Loại báo cáo tổng hợp:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Năm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kỳ báo cáo:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Các đơn vị phải báo cáo:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bấm “Tổng hợp” để xem kết quả trước khi tạo bản thảo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tổng hợp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tạo bản thảo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Đóng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Báo cáo của các đơn vị:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kết quả tổng hợp:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Chọn báo cáo của các đơn vị</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Bản thảo đã lưu: {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Cần xem lại:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qcdc_desktop/ui/figures_workbook_flow.py" line="-17"/>
        <source>{count} số liệu sẽ thay đổi:

{changes}

Nhập vào bản thảo?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Hãy đóng cửa sổ soạn bản thảo này trước khi nhập số liệu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qcdc_desktop/ui/consolidate_dialog.py" line="-14"/>
        <source>Đang đọc {current}/{total}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Đã tổng hợp {read}/{total} báo cáo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qcdc_desktop/ui/consolidate_menu.py" line="+37"/>
        <source>Gộp báo cáo Word hoặc bản thảo của các đơn vị thành một báo cáo tổng hợp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Bảng số liệu của bản thảo đang chọn, để đơn vị không dùng chương trình điền</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Tổng hợp báo cáo các đơn vị; bảng số liệu Excel cho đơn vị không dùng chương trình</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../qcdc_desktop/ui/crash.py" line="+37"/>
        <source>Đã xảy ra lỗi không mong muốn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Mã lỗi kỹ thuật: {error_type}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qcdc_desktop/ui/crash_dialog.py" line="+13"/>
        <source>&amp;Tiếp tục làm việc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;hoát chương trình</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qcdc_desktop/ui/crash.py" line="+5"/>
        <source>Các bản thảo đang mở đã được lưu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chưa lưu được bản thảo đang mở; nội dung vẫn còn trong cửa sổ, hãy bấm “Lưu” (Ctrl+S) sau khi tiếp tục.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qcdc_desktop/ui/crash_dialog.py" line="+18"/>
        <source>Chi tiết kỹ thuật đã được ghi vào tệp nhật ký:
{log_path}

Anh/chị có thể tiếp tục làm việc. Nếu lỗi lặp lại, hãy bấm “Sao chép chi tiết” và gửi cho người hỗ trợ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DamagedDraft</name>
    <message>
        <location filename="../../qcdc_desktop/ui/damaged_draft.py" line="+14"/>
        <source>Mở bản thảo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mở “Lịch sử phiên bản”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mở “Sao lưu và khôi phục”…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseProblem</name>
    <message>
        <location filename="../../qcdc_desktop/ui/database_problem.py" line="+15"/>
        <source>Mở “Sao lưu và khôi phục”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Không mở được dữ liệu của chương trình.

{error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DraftActions</name>
    <message>
        <location filename="../../qcdc_desktop/ui/draft_actions.py" line="+22"/>
        <source>Báo cáo (*.docx *.doc *.odt *.rtf *.pdf *.txt);;Tài liệu Word (*.docx);;Tất cả tệp (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hãy xem lại từng phần trước khi xuất.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bản thảo này đang được mở để soạn; hãy đóng cửa sổ soạn thảo trước.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hãy đóng các cửa sổ soạn thảo trước khi khôi phục bản sao lưu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Nhân bản</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Tạo kỳ báo cáo tiếp theo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Nhập từ tệp Word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Không đọc được tệp “{name}”.

{exc}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Đã đọc tệp “{name}” thành bản thảo mới.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Dán toàn bộ báo cáo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Không đọc được văn bản đã dán.

{exc}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Đã tạo bản thảo mới từ văn bản đã dán.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Đã xuất PDF: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+8"/>
        <source>Xóa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Đã chuyển “{title}” vào thùng rác; có thể khôi phục trong “Thùng rác”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DraftsTableModel</name>
    <message>
        <location filename="../../qcdc_desktop/ui/drafts_table_model.py" line="+33"/>
        <source>Tiêu đề</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kỳ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sửa lần cuối</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trạng thái</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ngày xóa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Đang soạn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đã xuất</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>(chưa có tiêu đề)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+48"/>
        <location line="+142"/>
        <source>năm {year}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditorSession</name>
    <message>
        <location filename="../../qcdc_desktop/ui/editor_session.py" line="+18"/>
        <source>Lần trước chương trình chưa đóng hẳn; đã mở lại bản thảo đang soạn.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditorWindow</name>
    <message>
        <location filename="../../qcdc_desktop/ui/wizard/editor_window.py" line="+51"/>
        <source>Lưu bản thảo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Chế độ chỉ đọc: thay đổi sẽ không được lưu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Đã mở bản thảo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qcdc_desktop/ui/wizard/navigation_row.py" line="+37"/>
        <source>Quay lại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Về bước trước (Alt+Mũi tên trái)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tiếp theo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sang bước sau (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Lưu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lưu ngay và giữ một phiên bản (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Xuất Word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kiểm tra và xuất văn bản ra tệp Word (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Lịch sử</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Các phiên bản đã lưu của bản thảo: xem, khôi phục</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qcdc_desktop/ui/wizard/editor_window.py" line="+118"/>
        <source>Bước {step}/{steps}: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Đang soạn…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Đã lưu lúc {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Chưa lưu được</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chưa lưu được: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{error}

Nội dung vẫn còn nguyên trong cửa sổ này; chương trình sẽ tự lưu lại khi anh/chị sửa tiếp hoặc bấm “Lưu”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Chưa lưu: xung đột</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qcdc_desktop/ui/wizard/conflict.py" line="+19"/>
        <source>Nội dung của cửa sổ này trước khi tải lại bản mới hơn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Đã tải lại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Đã tải lại bản mới nhất; nội dung cũ ở đây được giữ trong “Lịch sử phiên bản”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qcdc_desktop/ui/wizard/editor_window.py" line="+17"/>
        <source> (chỉ đọc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Chưa lưu được những thay đổi mới nhất của bản thảo.

Vẫn đóng cửa sổ và bỏ các thay đổi chưa lưu?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <location filename="../../qcdc_desktop/ui/wizard/export_actions.py" line="+21"/>
        <source>Hãy lưu được bản thảo trước khi xuất hoặc in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Đã xuất tệp Word: {made}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Đã xuất tệp PDF: {made}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportFlow</name>
    <message>
        <location filename="../../qcdc_desktop/ui/export_flow.py" line="+33"/>
        <source>Xuất ra tệp Word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Xuất PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In văn bản</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+46"/>
        <source>
• … và {more} lỗi khác</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bản thảo còn {count} lỗi cần sửa:

{listed}

Vẫn xuất?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>{exc}

Bản thảo vẫn được giữ nguyên; hãy chọn tên tệp hoặc thư mục khác.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Đang xử lý</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Tệp PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Đang chuyển văn bản sang PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Đang gửi văn bản tới máy in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Đã gửi văn bản tới máy in mặc định.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FigureArrangement</name>
    <message>
        <location filename="../../qcdc_desktop/ui/wizard/figure_arrangement.py" line="+126"/>
        <source>(chưa có tên)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Chuyển nhóm số liệu “{group}”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FigureGroupBox</name>
    <message>
        <location filename="../../qcdc_desktop/ui/wizard/figures_widget.py" line="+51"/>
        <source>Số liệu: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Câu sẽ in trong văn bản:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Số liệu của kỳ trước, chép sang khi tạo báo cáo kỳ này</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Số liệu thay đổi nhiều so với kỳ trước: có thể ghi ngắn gọn lý do để người duyệt văn bản nắm được.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Không đọc được số này</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Tính từ các số thành phần đã nhập</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Kỳ trước: {text}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FigureGroupControls</name>
    <message>
        <location filename="../../qcdc_desktop/ui/wizard/figure_group_controls.py" line="+28"/>
        <source>Trước phần chữ của mục</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sau phần chữ của mục</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tại dấu {{số liệu}} trong đoạn văn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Giữa các đoạn (giữ nguyên)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>So sánh với cùng kỳ năm trước</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In thêm “tăng/giảm … so với cùng kỳ năm trước” khi có số liệu kỳ trước (ví dụ: tăng 12 hồ sơ (9,3%) so với cùng kỳ năm trước)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Chỗ in câu số liệu trong mục</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chèn dấu tại con trỏ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Chèn {marker} vào chỗ con trỏ trong ô nội dung: câu số liệu sẽ được in đúng chỗ đó</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Chuyển sang mục khác…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bỏ nhóm khỏi mục</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bỏ nhóm số liệu này khỏi mục (số đã nhập vẫn được giữ lại)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Vị trí câu:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Chuyển nhóm số liệu sang mục:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Chuyển</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hủy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FiguresWidget</name>
    <message>
        <location filename="../../qcdc_desktop/ui/wizard/figures_widget.py" line="-180"/>
        <source>(Chưa có số liệu nào: nhóm này sẽ không in gì.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Gõ số kiểu Việt Nam: 20.799 hoặc 98,5; để trống nếu không báo cáo số này</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Giải thích thay đổi (không bắt buộc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+193"/>
        <source>tăng từ 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>tăng {share}%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>giảm {share}%</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GeneralPage</name>
    <message>
        <location filename="../../qcdc_desktop/ui/wizard/pages/general_page.py" line="+30"/>
        <source>Để trống số cho văn thư điền</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chỉ ghi năm, để trống ngày tháng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Loại văn bản:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Năm của kỳ báo cáo:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>từ ngày</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>đến ngày</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Số liệu tính:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kỳ số liệu:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Số văn bản:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Ngày ban hành:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Khôi phục mặc định</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đặt lại trích yếu theo loại văn bản và năm báo cáo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Trích yếu:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mỗi nơi một dòng, ví dụ: Sở Nội vụ (có thể để trống)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kính gửi:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Số và ngày tháng thường để trống để văn thư điền sau khi lãnh đạo ký; văn bản in ra vẫn chừa chỗ trống cho các ô này.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&lt;b&gt;{name}&lt;/b&gt; (không đổi được sau khi tạo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Kỳ báo cáo: {period_text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sẽ in: {number_line}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(địa danh)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sẽ in: {place_date_line}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuidancePanel</name>
    <message>
        <location filename="../../qcdc_desktop/ui/wizard/guidance_panel.py" line="+29"/>
        <source>&lt;p&gt;Chọn một mục ở dàn ý bên trái để xem hướng dẫn.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;p&gt;&lt;i&gt;Mục do anh/chị thêm. Hướng dẫn của mục cha:&lt;/i&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&lt;p&gt;&lt;b&gt;Ví dụ:&lt;/b&gt;&lt;/p&gt;&lt;p&gt;&lt;i&gt;{example}&lt;/i&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;p&gt;Mục bắt buộc: văn bản cần có nội dung ở đây.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&lt;b&gt;Văn bản hay trích dẫn ở mục này&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;Hướng dẫn&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Chèn {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Chèn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chèn tên văn bản này vào vị trí con trỏ trong nội dung</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HeaderNameEdit</name>
    <message>
        <location filename="../../qcdc_desktop/ui/header_name_edit.py" line="+18"/>
        <source>Shift+Enter: xuống dòng tại đây khi in tên cơ quan ở đầu văn bản (hiện là dấu ↵). Không đặt thì chương trình tự xuống dòng giữa các từ cho cân đối.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportChoice</name>
    <message>
        <location filename="../../qcdc_desktop/ui/import_choice.py" line="+22"/>
        <source> và </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>loại văn bản</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>năm báo cáo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Văn bản không ghi {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dùng lựa chọn này</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LastPeriodDiffDialog</name>
    <message>
        <location filename="../../qcdc_desktop/ui/last_period_diff.py" line="+18"/>
        <source>So sánh với báo cáo kỳ trước</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Phần chưa có tiêu đề</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chữ thêm mới</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chữ đã bỏ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Đóng</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockKeeper</name>
    <message>
        <location filename="../../qcdc_desktop/ui/wizard/lock_keeper.py" line="+47"/>
        <source>Bản thảo đang được mở</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bản thảo này đang được mở ở cửa sổ khác ({owner}).

Mở ở chế độ chỉ đọc để không ghi đè lên nhau, hoặc vẫn mở để sửa (chương trình sẽ báo nếu hai nơi cùng lưu).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mở chỉ để đọc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Vẫn mở</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../qcdc_desktop/ui/messages.py" line="+43"/>
        <source>Tài liệu Word (*.docx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tất cả các tệp (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Đồng ý</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hủy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Có</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Không</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đóng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sao chép chi tiết</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+150"/>
        <source>Xem chi tiết</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-149"/>
        <source>Ẩn chi tiết</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Đã sao chép</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Tên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kích thước</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ngày sửa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quay lại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tiếp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lên thư mục cha</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tạo thư mục mới</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Xem dạng danh sách</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Thư mục</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tệp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tệp {extension}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Thư mục:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tên tệp:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loại tệp:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lưu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mở</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Tệp “{name}” đã có. Anh/chị có muốn ghi đè lên tệp đó không?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewDraftDialog</name>
    <message>
        <location filename="../../qcdc_desktop/ui/new_draft_dialog.py" line="+35"/>
        <source> (số liệu từ {start} đến {end})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Tạo bản thảo mới</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Năm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kỳ báo cáo:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tạo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hủy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Loại văn bản:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutlineActions</name>
    <message>
        <location filename="../../qcdc_desktop/ui/wizard/pages/outline_actions.py" line="+26"/>
        <source>Thêm mục</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thêm một mục ngang cấp, ngay sau mục đang chọn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Thêm mục con</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thêm một mục con vào cuối mục đang chọn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Đổi tên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sửa tên mục ngay trên dàn ý (phím F2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Xóa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Xóa mục đang chọn cùng các mục con</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chuyển mục lên trên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Xuống</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chuyển mục xuống dưới</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hạ cấp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đưa mục vào trong, thành mục con của mục phía trên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nâng cấp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đưa mục ra ngoài một cấp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+67"/>
        <source> cùng toàn bộ nội dung và các mục con của nó</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Xóa mục</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Xóa mục “{label}”{detail}?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutlineTreeModel</name>
    <message>
        <location filename="../../qcdc_desktop/ui/wizard/outline_tree_model.py" line="+145"/>
        <source>{label} (chưa rà soát)
Nội dung chép từ kỳ trước: đọc lại rồi bấm “Đánh dấu đã rà soát”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+40"/>
        <source>(chưa có tên)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartTables</name>
    <message>
        <location filename="../../qcdc_desktop/ui/wizard/part_tables.py" line="+27"/>
        <source>Bảng {number} (chưa có tên)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} — {rows} dòng × {columns} cột — bấm để sửa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Thêm bảng số liệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Mở bảng để sửa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+33"/>
        <source>Xóa bảng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Xóa bảng này khỏi phần đang soạn?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasteCleaning</name>
    <message>
        <location filename="../../qcdc_desktop/ui/paste_cleaning.py" line="+117"/>
        <source>Ô này chỉ chứa được {limit} ký tự nên chỉ dán được {pasted} ký tự đầu của văn bản vừa sao chép.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasteReportDialog</name>
    <message>
        <location filename="../../qcdc_desktop/ui/paste_report_dialog.py" line="+21"/>
        <source>Dán toàn bộ báo cáo (từ tiêu đề cơ quan đến nơi nhận và chữ ký), mỗi đoạn một dòng. Đề mục được nhận theo số thứ tự gõ ở đầu dòng (I., 1., a)), gạch đầu dòng theo “-”, “+”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Dán toàn bộ báo cáo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dán nội dung báo cáo vào đây (Ctrl+V)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tạo bản thảo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hủy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeriodChoice</name>
    <message>
        <location filename="../../qcdc_desktop/ui/wizard/period_fields.py" line="+20"/>
        <source>Ngày tự nhập</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Khoảng thời gian số liệu được tính, theo quy định áp dụng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cách câu số liệu gọi kỳ báo cáo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Câu số liệu ghi:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Câu số liệu sẽ mở đầu: “{phrase}, …”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlaceholderChips</name>
    <message>
        <location filename="../../qcdc_desktop/ui/wizard/placeholder_chips.py" line="+22"/>
        <source>các văn bản căn cứ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tên cơ quan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kỳ báo cáo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>trích yếu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nơi nhận báo cáo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>năm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Chỗ giữ chỗ (bấm để chèn):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Chèn {placeholder} vào mẫu câu: khi in, chỗ này là {meaning}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <location filename="../../qcdc_desktop/ui/profile_dialog.py" line="+28"/>
        <source>(không)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>người đứng đầu ký</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ký thay người đứng đầu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>thay mặt tập thể</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>thừa lệnh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>thừa ủy quyền</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>quyền</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nhập thông tin cơ quan một lần; mọi bản thảo mới sẽ tự điền phần tên cơ quan, người ký và nơi nhận. Có thể sửa lại bất cứ lúc nào bằng nút “Thông tin cơ quan”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+126"/>
        <source>Thông tin cơ quan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-117"/>
        <source>Ví dụ: UBND tỉnh Tây Ninh (có thể để trống)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ví dụ: Sở Thông tin và Truyền thông</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ví dụ: STTTT (dùng trong số, ký hiệu)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ví dụ: Tây Ninh (dùng trong dòng địa danh, ngày tháng)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cơ quan ban hành</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cơ quan chủ quản:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tên cơ quan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chữ viết tắt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Địa danh:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Ví dụ: GIÁM ĐỐC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ví dụ: PHÓ GIÁM ĐỐC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ví dụ: Nguyễn Văn A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Người ký</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Thẩm quyền ký:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chức vụ người đứng đầu:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chức vụ người ký:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Họ và tên người ký:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sẽ in là:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ví dụ: Sở Nội vụ (nêu trong câu kết của báo cáo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mỗi dòng một nơi, ví dụ:
Sở Nội vụ
Lưu: VT, VP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nơi nhận</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cơ quan nhận báo cáo:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nơi nhận thường dùng:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lưu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hủy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Cơ quan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Hãy nhập tên cơ quan ban hành.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../../qcdc_desktop/ui/wizard/pages/review_page.py" line="+32"/>
        <source>Lỗi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cần xem lại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gợi ý</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Đang kiểm tra…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Không kiểm tra được bản thảo; hãy mở lại bước này hoặc báo lỗi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+50"/>
        <source>&lt;b&gt;Kết quả kiểm tra&lt;/b&gt; (bấm vào một dòng để sửa)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;Bản xem trước&lt;/b&gt; (như khi in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Xuất Word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ghi văn bản ra tệp .docx theo Nghị định 30 (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mở tệp đã xuất</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mở tệp Word vừa xuất</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mở thư mục</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mở thư mục chứa tệp vừa xuất</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In văn bản trên máy in mặc định</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Xuất PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ghi văn bản ra tệp PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Đã xuất: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source> ({times} chỗ)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Không phát hiện vấn đề nào. Có thể xuất văn bản.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{errors} lỗi cần sửa, {warnings} điểm cần xem lại, {hints} gợi ý.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source> Trong đó {carried} mục chép từ kỳ trước chưa được rà soát.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RevisionWindow</name>
    <message>
        <location filename="../../qcdc_desktop/ui/revision_window.py" line="+28"/>
        <source>Lịch sử phiên bản</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Thời gian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lý do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dung lượng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thay đổi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Mỗi lần bấm “Lưu”, xuất Word, nhập hoặc tải lại khi có xung đột, chương trình giữ một phiên bản. Chọn một phiên bản để xem nội dung.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Chọn một phiên bản để xem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Khôi phục làm nội dung hiện tại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Khôi phục thành bản thảo mới</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Đóng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Bản thảo này chưa có phiên bản nào được giữ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Không đọc được phiên bản này: {exc}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Thay nội dung hiện tại bằng phiên bản lúc {when}?

Nội dung hiện tại được giữ lại thành một phiên bản trong danh sách này.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Đã tạo bản thảo mới từ phiên bản lúc {when}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Đã khôi phục phiên bản lúc {when}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SafetyNet</name>
    <message>
        <location filename="../../qcdc_desktop/ui/safety_net.py" line="+134"/>
        <source>Kiểm tra cơ sở dữ liệu phát hiện tệp bị hỏng. Hãy sao lưu ngay những gì đang soạn (xuất Word) và khôi phục từ bản sao lưu (nút “Sao lưu” ở cửa sổ chính). </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Có {count} bản thảo bị hỏng (đánh dấu “[Hỏng]” trong danh sách): khi mở, chương trình đề nghị phiên bản còn tốt hoặc bản sao lưu.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SavedDraftsDialog</name>
    <message>
        <location filename="../../qcdc_desktop/ui/consolidate_dialog.py" line="-167"/>
        <source>Chọn bản thảo đã lưu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Thêm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hủy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Đánh dấu các bản thảo là báo cáo của đơn vị:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SectionPage</name>
    <message>
        <location filename="../../qcdc_desktop/ui/wizard/pages/section_page.py" line="+42"/>
        <source>Nội dung này được chép từ kỳ trước và chưa được rà soát.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Đánh dấu đã rà soát</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mỗi dòng là một đoạn văn. Dòng bắt đầu bằng “-” là ý gạch đầu dòng, bằng “+” là ý nhỏ hơn. Số liệu nhập ở các ô bên dưới.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+39"/>
        <source>&lt;b&gt;Dàn ý&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Tên mục</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đề mục liền đoạn (đề mục in đậm ở đầu đoạn văn đầu tiên)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qcdc_desktop/ui/wizard/figure_arrangement.py" line="-106"/>
        <source>Thêm nhóm số liệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qcdc_desktop/ui/wizard/pages/section_page.py" line="+20"/>
        <source>Tên mục:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nội dung:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Đã đọc và sửa nội dung cho đúng kỳ này: bỏ cảnh báo “chưa rà soát” của mục</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+112"/>
        <source>Chưa chọn mục nào. Hãy chọn một mục ở dàn ý bên trái.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;Đang soạn: {label}&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpellHighlight</name>
    <message>
        <location filename="../../qcdc_desktop/ui/spell_highlight.py" line="+38"/>
        <source>Thêm vào từ điển</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thêm vào thư viện văn bản</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(Không có gợi ý)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kiểu đặt dấu thanh của cơ quan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+222"/>
        <source>{kind} số {number} ngày {date}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartToolbar</name>
    <message>
        <location filename="../../qcdc_desktop/ui/start_toolbar.py" line="+42"/>
        <source>Tạo mới</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Soạn một báo cáo hoặc kế hoạch mới</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mở</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mở bản thảo đang chọn để soạn tiếp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nhân bản</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tạo một bản sao của bản thảo đang chọn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tạo kỳ báo cáo tiếp theo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tạo bản thảo kỳ sau, mang theo nội dung của bản thảo đang chọn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nhập từ tệp Word…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Đọc một báo cáo đã soạn bằng Word thành bản thảo mới</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dán toàn bộ báo cáo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dán một báo cáo dạng văn bản thuần để tạo bản thảo mới có đủ đề mục</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Xuất Word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Xuất bản thảo đang chọn ra tệp Word theo Nghị định 30/2020/NĐ-CP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Xuất PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Xuất bản thảo đang chọn ra tệp PDF (cần Microsoft Word hoặc LibreOffice)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>In…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In bản thảo đang chọn ra máy in mặc định (cần Microsoft Word hoặc LibreOffice)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Xóa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Chuyển bản thảo đang chọn vào thùng rác</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Thùng rác</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Xem và khôi phục các bản thảo đã xóa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sao lưu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sao lưu và khôi phục: xem các bản sao lưu tự động, sao lưu ngay hoặc khôi phục</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Lịch sử phiên bản</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Các phiên bản đã lưu của bản thảo đang chọn: xem, khôi phục</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Thông tin cơ quan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tên cơ quan, người ký và nơi nhận dùng cho bản thảo mới</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Thanh công cụ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Khác</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nhân bản, xuất PDF, xóa, thùng rác, sao lưu</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartWindow</name>
    <message>
        <location filename="../../qcdc_desktop/ui/start_window.py" line="+38"/>
        <source>QCDC Desktop — Báo cáo thực hiện dân chủ ở cơ sở</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chưa có bản thảo nào.
Bấm “Tạo mới” để soạn báo cáo hoặc kế hoạch đầu tiên.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Không có bản thảo nào khớp với “{query}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Tìm kiếm…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tìm theo tiêu đề và nội dung; gõ có dấu hoặc không dấu đều được</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Tạo bản thảo mới</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nhập từ tệp Word…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Chưa nhập thông tin cơ quan. &lt;a href=&quot;profile&quot;&gt;Nhập ngay&lt;/a&gt; để bản thảo mới tự điền tên cơ quan và người ký.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>; người ký: {signer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cơ quan: &lt;b&gt;{name}&lt;/b&gt;{parent}{signer_text} (&lt;a href=&quot;profile&quot;&gt;sửa&lt;/a&gt;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+38"/>
        <source>{total} bản thảo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tìm thấy {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Đã xuất: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hãy chọn một bản thảo trong danh sách.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Lưu bản thảo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepPanel</name>
    <message>
        <location filename="../../qcdc_desktop/ui/wizard/step_panel.py" line="+68"/>
        <source>Trạng thái: {state}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TableDialog</name>
    <message>
        <location filename="../../qcdc_desktop/ui/wizard/table_dialog.py" line="+14"/>
        <source>Sửa bảng số liệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Đồng ý</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hủy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TableEditor</name>
    <message>
        <location filename="../../qcdc_desktop/ui/wizard/table_editor.py" line="+47"/>
        <source>Tên bảng (không bắt buộc), ví dụ: Bảng 1. Kết quả …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Các dòng đầu được in đậm và lặp lại ở đầu mỗi trang.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Thêm dòng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Xóa dòng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thêm cột</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Xóa cột</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Số dòng tiêu đề:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ô chứa số (1.250 hoặc 98,5) được in theo kiểu số Việt Nam và căn phải.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <location filename="../../qcdc_desktop/ui/trash_dialog.py" line="+29"/>
        <source>Thùng rác</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Bản thảo đã xóa được giữ ở đây cho tới khi xóa vĩnh viễn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+44"/>
        <source>Khôi phục</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-43"/>
        <location line="+55"/>
        <location line="+7"/>
        <source>Xóa vĩnh viễn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-61"/>
        <location line="+70"/>
        <location line="+9"/>
        <source>Dọn sạch thùng rác</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-78"/>
        <source>Đóng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Xóa vĩnh viễn bản thảo này? Không thể khôi phục lại.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Xóa vĩnh viễn {count} bản thảo trong thùng rác? Không thể khôi phục lại.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TypedDateEdit</name>
    <message>
        <location filename="../../qcdc_desktop/ui/wizard/date_field.py" line="+21"/>
        <source>Không đọc được ngày “{text}”. Hãy gõ ngày/tháng/năm, ví dụ 07/11/2023.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnitMarks</name>
    <message>
        <location filename="../../qcdc_desktop/ui/wizard/unit_marks.py" line="+49"/>
        <source>dòng {line}: {unit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>dòng {first}–{last}: {unit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Đoạn tổng hợp từ các đơn vị (không in ra): {units}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VnMenus</name>
    <message>
        <location filename="../../qcdc_desktop/ui/vn_menus.py" line="+26"/>
        <source>Hoàn tác</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Làm lại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cắt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sao chép</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dán</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Xóa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chọn tất cả</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tăng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Giảm</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WizardPage</name>
    <message>
        <location filename="../../qcdc_desktop/ui/wizard/pages/base.py" line="+155"/>
        <source>Hồ sơ cơ quan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chưa có hồ sơ cơ quan. Hãy tạo hồ sơ ở cửa sổ chính, hoặc nhập trực tiếp ở đây.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
