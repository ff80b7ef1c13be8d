// Văn bản tiếng Việt thông thường, viết tay. Định dạng: xem benign_ml_generate.mjs.
export default String.raw`
@@ news
Chợ hoa Tết ở công viên trung tâm sẽ mở cửa từ ngày 25 tháng Chạp.
@@ news
Ủy ban phường thông báo sẽ sửa lại đường Nguyễn Trãi trong hai tuần tới. Trong thời gian thi công, xe máy vẫn đi được nhưng ô tô phải đi đường vòng qua Lê Lợi.
@@ news
Thư viện thành phố mở thêm phòng đọc cho thiếu nhi vào cuối tuần.
@@ news
Lễ hội đèn lồng Hội An tháng này thu hút hàng nghìn du khách. Ban tổ chức khuyên mọi người nên đi bộ vào phố cổ vì bãi giữ xe luôn kín chỗ.
@@ news
Thông báo của ban quản lý chung cư:
- Thứ Tư: cắt nước từ 8 giờ đến 12 giờ
- Thứ Sáu: bảo trì thang máy
- Đề nghị không để xe đạp ở hành lang
@@ news
Do mưa lớn, giải chạy bộ ven sông dời sang chủ nhật tuần sau.
@@ travel
Từ sân bay Tân Sơn Nhất, bạn đi xe buýt số 109 về chợ Bến Thành. Khách sạn nằm trên đường Lê Thánh Tôn, đi bộ khoảng năm phút.
@@ travel
Nhớ mang theo căn cước khi lên máy bay nội địa.
@@ travel
Đường lên Fansipan khá dốc, nếu không quen leo núi thì nên đi cáp treo. Trên đỉnh rất lạnh và gió, nhớ mang áo khoác dày.
@@ travel
Lịch trình Đà Lạt 3 ngày:
Ngày 1: hồ Xuân Hương, chợ đêm
Ngày 2: thác Datanla, đồi chè Cầu Đất
Ngày 3: ga xe lửa cổ, mua đặc sản rồi về
@@ travel
Xe khách đi Vũng Tàu chạy mỗi ba mươi phút từ bến xe Miền Đông.
@@ travel
Chuyến bay bị chậm khoảng một tiếng, quý khách vui lòng theo dõi bảng thông báo.
@@ product
Bình giữ nhiệt inox 500 ml, giữ nóng 12 tiếng, nắp tháo rời dễ rửa.
@@ product
Mình mua nồi chiên không dầu này được một tháng, rất hài lòng. Gà chiên giòn mà không cần dầu, vệ sinh cũng nhanh. Chỉ có điều máy hơi to so với bếp nhỏ.
@@ product
Tai nghe hỏng sau một tuần, thất vọng quá.
@@ product
Đánh giá: 4/5
Ưu điểm: nhẹ, pin trâu
Nhược điểm: sạc hơi chậm
Nói chung đáng tiền.
@@ product
Áo khoác chống nước, có mũ tháo rời, phù hợp đi xe máy mùa mưa.
@@ product
Nồi cơm điện nấu cơm ngon, nhưng dây điện hơi ngắn.
@@ recipe
Ninh xương bò với gừng nướng và hành nướng khoảng sáu tiếng. Thêm quế, hồi, thảo quả rồi nêm nước mắm cho vừa ăn.
@@ recipe
Nhớ ngâm đậu xanh từ tối hôm trước.
@@ recipe
Chả giò
Nguyên liệu: thịt heo xay, miến, mộc nhĩ, cà rốt, trứng, bánh tráng
1. Trộn đều nhân với trứng và gia vị
2. Cuốn chặt tay trong bánh tráng
3. Chiên lửa vừa đến khi vàng giòn
@@ recipe
Muốn cơm tấm ngon thì sườn phải ướp từ đêm trước với sả, tỏi, mật ong và nước mắm.
@@ recipe
Khi làm canh chua, cho cà chua và dứa vào trước, cá cho vào sau cùng. Tắt bếp rồi mới thả rau ngổ và ngò gai để giữ mùi thơm.
@@ recipe
Pha cà phê phin thì đợi nước sôi rồi để nguội khoảng một phút mới rót.
@@ support
Chào chị Lan, shop xin lỗi vì giao hàng chậm. Đơn hàng đã được gửi đi hôm nay và sẽ đến trong hai ngày.
@@ support
Để đổi mật khẩu, vào "Tài khoản của tôi" rồi chọn "Bảo mật".
@@ support
Chúng tôi đã nhận được yêu cầu trả hàng của anh. Sau khi kiểm tra sản phẩm, tiền sẽ được hoàn vào thẻ trong vòng năm ngày làm việc.
@@ support
Câu hỏi thường gặp
Hỏi: Có thanh toán khi nhận hàng không?
Đáp: Có, áp dụng trên toàn quốc.
Hỏi: Phí giao hàng bao nhiêu?
Đáp: Miễn phí cho đơn từ 300.000 đồng.
@@ support
Nếu modem báo đèn đỏ, anh chị rút điện ra, chờ một phút rồi cắm lại.
@@ support
Kỹ thuật viên sẽ đến vào chiều thứ Năm, từ 2 đến 5 giờ, và sẽ gọi trước khi tới.
@@ office
Chào cả nhà,

Mọi người bỏ qua bản lịch trực gửi hôm trước nhé, dùng bản đính kèm này. Bản cũ bị sai tên tuần thứ ba.

Cảm ơn,
Hương
@@ office
Biên bản họp ngày 12/3: duyệt ngân sách đào tạo, dời chuyển văn phòng sang mùa thu, anh Minh gửi báo cáo cho phòng tài chính trước thứ Sáu.
@@ office
Anh gửi giúp em bảng báo giá trước thứ Sáu được không ạ?
@@ office
Nhắc mọi người: cuộc họp tuần sáng mai lúc 10 giờ chuyển lên phòng lớn tầng ba. Nhớ mang kế hoạch công việc tuần này.
@@ office
Nội dung họp:
1. Doanh số quý I
2. Lịch nghỉ hè
3. Hệ thống thanh toán chi phí mới
4. Các vấn đề khác
@@ office
Em nghỉ phép từ 5 đến 9 tháng 8, việc gấp xin liên hệ chị Thảo.
@@ hr
Theo chính sách mật khẩu của công ty, mật khẩu phải có ít nhất mười hai ký tự và đổi sáu tháng một lần. Không chia sẻ mật khẩu với bất kỳ ai.
@@ hr
Nhân viên được làm việc tại nhà hai ngày mỗi tuần nếu quản lý đồng ý.
@@ hr
Đơn xin nghỉ phép cần gửi qua hệ thống ít nhất hai tuần trước. Nếu trùng lịch trong cùng một nhóm, trưởng nhóm sẽ sắp xếp.
@@ hr
Ngày đầu đi làm:
- Nhận thẻ nhân viên ở lễ tân
- Ký hợp đồng tại phòng nhân sự
- Nhận máy tính từ phòng IT
- Ăn trưa cùng nhóm
@@ hr
Chi phí công tác được thanh toán trong vòng một tháng khi nộp hóa đơn gốc.
@@ hr
Công ty tổ chức khám sức khỏe định kỳ mỗi năm một lần cho toàn bộ nhân viên.
@@ school
Thứ Hai tuần sau học sinh nghỉ học để giáo viên tập huấn.
@@ school
Kính gửi quý phụ huynh, thứ Sáu này lớp 4A sẽ đi tham quan bảo tàng. Phụ huynh vui lòng chuẩn bị đồ ăn nhẹ, nước uống và nộp giấy đồng ý trước thứ Tư.
@@ school
Kỳ thi cuối học kỳ bắt đầu từ ngày 6 tháng 1. Lịch thi đã được đăng trên cổng thông tin sinh viên và bảng tin của khoa.
@@ school
Giờ tiếp sinh viên của cô Trang:
Thứ Ba 14:00-15:30, phòng B204
Thứ Năm hẹn trước qua email
@@ school
Trong mùa thi, thư viện mở cửa đến 22 giờ.
@@ school
Tân sinh viên đăng ký ký túc xá trước ngày 20 tháng 8.
@@ health
Liều dùng: người lớn uống 1 viên mỗi lần, ngày 3 lần sau ăn. Không dùng quá liều khuyến cáo. Nếu triệu chứng kéo dài hơn ba ngày, hãy hỏi ý kiến bác sĩ.
@@ health
Trời nóng nhớ uống nước thường xuyên, kể cả khi chưa thấy khát.
@@ health
Chăm sóc bản thân không phải là ích kỷ. Mỗi ngày dành vài phút đi dạo hoặc nghe nhạc cũng giúp tinh thần thoải mái hơn.
@@ health
Mẹo bảo vệ lưng khi ngồi văn phòng:
- Chỉnh độ cao ghế
- Màn hình ngang tầm mắt
- Mỗi tiếng đứng dậy đi lại
@@ health
Đi bộ nửa tiếng mỗi ngày giúp ngủ ngon hơn.
@@ health
Khi dùng thuốc diệt chuột, hãy đặt trong hộp kín và để xa tầm tay trẻ em, thú cưng.
@@ software
Phiên bản 2.9 bổ sung chế độ tối, tăng tốc tìm kiếm và sửa lỗi đồng bộ.
@@ software
Nếu phần mềm bị treo, mở Task Manager, kết thúc tiến trình rồi khởi động lại.
@@ software
Các bước cài đặt:
1. Tải bộ cài từ files.ketoan.example
2. Chạy với quyền quản trị viên
3. Khởi động lại hệ thống sau khi cài xong
@@ software
Tùy chọn --override cho phép ghi đè cài đặt hệ thống cho một lần chạy mà không sửa tệp cấu hình.
@@ software
Ghi chú phát hành 1.2.4: sửa lỗi khi in hóa đơn. Mở tệp lớn nhanh hơn trước.
@@ software
Trình hướng dẫn cài đặt sẽ giúp bạn chọn ngôn ngữ và thư mục lưu.
@@ ui
Không thể lưu tệp. Vui lòng thử lại.
@@ ui
Phiên đăng nhập đã hết hạn. Vui lòng đăng nhập lại.
@@ ui
Bạn có chắc muốn xóa mục này không?
@@ ui
Đã lưu thay đổi.
@@ ui
Mật khẩu phải có ít nhất 8 ký tự và chứa một chữ số.
@@ ui
Nút:
Lưu | Hủy | Xem trước
Gợi ý: nhấn Lưu để không mất thay đổi.
@@ finance
Gửi kèm hóa đơn số 2025/066, tổng tiền 12.500.000 đồng (đã gồm VAT). Hạn thanh toán trong 30 ngày.
@@ finance
Hạn quyết toán thuế thu nhập cá nhân là cuối tháng Tư.
@@ finance
Ngân hàng vừa tăng phí duy trì tài khoản. Nên so sánh với các ngân hàng số, nhiều nơi miễn phí hoàn toàn.
@@ finance
Chi tiêu tháng này:
Tiền nhà 5.000.000đ
Đi chợ 3.000.000đ
Điện nước 600.000đ
Xăng xe 400.000đ
@@ finance
Khi chuyển khoản, vui lòng ghi số hóa đơn vào nội dung.
@@ finance
Doanh thu sáu tháng đầu năm của công ty tăng 11%, chủ yếu nhờ bán hàng trực tuyến.
@@ weather
Ngày mai Hà Nội nhiều mây, có mưa rào vài nơi, nhiệt độ cao nhất 30 độ.
@@ weather
Cơn bão số 3 dự kiến đổ bộ vào các tỉnh miền Trung tối nay. Người dân cần gia cố nhà cửa và hạn chế ra đường.
@@ weather
Thời tiết cuối tuần:
Thứ Bảy: mưa, 26°C
Chủ nhật: nhiều mây, 28°C
Thứ Hai: nắng, 31°C
@@ weather
Sáng sớm có sương mù dày, lái xe cẩn thận.
@@ weather
Năm nay mùa mưa ở Nam Bộ đến sớm hơn mọi năm khoảng hai tuần.
@@ sports
Đội chủ nhà ghi bàn ở phút bù giờ và thắng 2-1.
@@ sports
Giải marathon thành phố xuất phát lúc 5 giờ sáng chủ nhật tại quảng trường. Nhận số báo danh vào thứ Bảy ở nhà thi đấu.
@@ sports
Đội tuyển bóng chuyền nữ thắng 3-1 ở bán kết. Trận chung kết diễn ra tối mai.
@@ sports
Bảng xếp hạng:
1. Hà Nội 40 điểm
2. Nam Định 38 điểm
3. Bình Dương 35 điểm
@@ sports
Trời mưa nên buổi tập cầu lông hôm nay hủy nhé.
@@ culture
Văn Miếu được xây dựng năm 1070 và được xem là trường đại học đầu tiên của Việt Nam.
@@ culture
Triển lãm giới thiệu những bức ảnh về Sài Gòn thập niên 1970. Phần lớn do người dân chụp bằng máy phim và được giữ trong album gia đình.
@@ culture
Tết Trung thu, trẻ em rước đèn ông sao và phá cỗ dưới trăng.
@@ culture
Tối nay có buổi biểu diễn ca trù miễn phí ở nhà văn hóa.
@@ culture
Nhã nhạc cung đình Huế được UNESCO công nhận năm 2003.
@@ realestate
Bán căn hộ 2 phòng ngủ, 70 m², gần trường học và chợ, sổ hồng đầy đủ.
@@ realestate
Cho thuê phòng trọ gần đại học, có gác lửng, giá đã gồm điện nước.
@@ realestate
Nhà phố 4 tầng, mặt tiền 5 m, hẻm xe hơi, thích hợp vừa ở vừa kinh doanh.
@@ realestate
Thông tin căn hộ:
- Diện tích: 85 m²
- 3 phòng ngủ, 2 WC
- Tầng 12, view sông
- Có chỗ đậu ô tô
@@ realestate
Cho thuê mặt bằng kinh doanh trên đường lớn, 50 m².
@@ government
Làm hộ chiếu có thể nộp hồ sơ trực tuyến trên cổng dịch vụ công, sau đó đến cơ quan xuất nhập cảnh để chụp ảnh và lấy vân tay.
@@ government
Khi chuyển chỗ ở, bạn cần đăng ký thường trú mới trong vòng 30 ngày. Mang theo căn cước và giấy tờ chứng minh chỗ ở hợp pháp.
@@ government
Các bước đổi giấy phép lái xe:
1. Khám sức khỏe
2. Nộp hồ sơ trên cổng dịch vụ công
3. Đóng lệ phí
4. Nhận bằng qua bưu điện
@@ government
Rác tái chế được thu gom vào thứ Ba và thứ Sáu.
@@ government
Có thể đặt lịch khám bệnh qua ứng dụng của bệnh viện hoặc gọi tổng đài.
@@ chat
Mười phút nữa tới, gọi giùm tao ly cà phê sữa đá nha.
@@ chat
Linh: Báo cáo xong chưa?
Tuấn: Gần xong, còn mấy cái biểu đồ
Linh: Trước 5 giờ up lên thư mục chung nha
Tuấn: Ok chị
@@ chat
Buổi chia tay anh Long, em chụp giúp vài tấm hình được không? Chị tới trễ.
@@ chat
Bài thuyết trình hôm nay toang rồi, nhưng lần sau sẽ chuẩn bị kỹ hơn.
@@ chat
Ai có sạc điện thoại không? Máy mình sắp tắt rồi.
@@ chat
Xin lỗi, giờ mới thấy tin nhắn. Mai trưa mình gọi lại rồi nói chuyện từ từ nhé.
@@ office
Link khảo sát nhân viên: https://khaosat.intranet.example/2025, mất khoảng năm phút.
@@ school
Báo tường của trường đang tìm các bạn thích viết bài và chụp ảnh.
@@ culture
Ngày Tết, mọi người đi chúc Tết họ hàng và lì xì cho trẻ con.
@@ ui
Không có kết nối mạng. Một số thông tin có thể chưa được cập nhật.
@@ government
Cử tri có thể tra cứu danh sách bầu cử tại trụ sở ủy ban phường.
@@ sports
Thủ môn 37 tuổi tuyên bố giải nghệ sau mùa giải này.
@@ travel
Lưu ý: xe khách liên tỉnh hiện xuất phát từ bến xe mới ở phía bắc thành phố.
@@ office
Trò chơi "người bạn bí mật" cuối năm:
- Đăng ký trước thứ Sáu vào danh sách ở phòng pantry
- Quà không quá 200.000 đồng
- Trao quà chiều 24/12 sau giờ họp
Bốc trúng ai thì giữ bí mật nhé!
@@ school
Câu lạc bộ viết văn, buổi 5
Đề bài: "Ngày cả phố mất điện"
Độ dài: tối đa hai trang
Mang bản in đến vào thứ Năm.
@@ ui
Trang quản trị
Người dùng | Nhóm | Thanh toán | Nhật ký hoạt động
Chỉ quản trị viên mới được sửa thông tin thanh toán.
@@ chat
Mai: Họp lớp cuối tuần mày có đi không?
Khoa: Có, nhưng tới trễ, tao làm tới tám giờ
Mai: Ok, để tao giữ chỗ cho
@@ product
Bộ mô hình thuyền buồm bằng gỗ, dài khoảng 40 cm. Hướng dẫn lắp ráp rất chi tiết, nhưng phần căng dây cần kiên nhẫn.
@@ culture
Đường hầm bí mật dưới thành cổ mãi đến năm 1962 mới được phát hiện lại. Giờ đây du khách có thể tham quan cùng hướng dẫn viên, nhưng nhớ cúi đầu ở những đoạn trần thấp.
@@ health
Đọc kỹ hướng dẫn sử dụng trước khi uống kháng sinh. Dù thấy đỡ sau vài ngày, vẫn phải uống hết liệu trình. Cố gắng uống thuốc vào cùng một giờ mỗi ngày.
@@ travel
Từ sân bay Nội Bài về phố cổ, bạn có thể đi xe buýt số 86. Xe chạy khoảng bốn mươi phút và dừng ở ga Hà Nội.
@@ news
Chợ dân sinh trong phường vừa được sửa lại mái che. Giờ trời mưa bà con vẫn đi chợ thoải mái.
@@ recipe
Muốn làm bánh xèo giòn, bột phải pha loãng và chảo thật nóng. Đổ một lớp mỏng, cho tôm, thịt và giá vào rồi đậy nắp một phút. Mở nắp, để lửa nhỏ cho đến khi mặt dưới vàng giòn.
@@ finance
Từ tháng sau, tài khoản nhận tiền thuê nhà sẽ thay đổi. Thông tin mới có trong tệp đính kèm. Tài khoản cũ chỉ còn dùng được hai tuần.
@@ hr
Từ thứ Hai tuần sau, giờ ăn trưa ở căng tin đổi thành 11:30 đến 13:00. Mọi người lưu ý giúp nhé.
@@ sports
Giải bóng đá phong trào của phường đã mở đăng ký. Mỗi đội tối thiểu bảy cầu thủ. Các trận đấu diễn ra chiều thứ Bảy ở sân trường.
`;
