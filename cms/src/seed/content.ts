/** What a first run of the shop shows on its blog and project pages. */
export const categories = [
  { title: "Hướng dẫn chọn mua", slug: "huong-dan-chon-mua" },
  { title: "Kinh nghiệm karaoke", slug: "kinh-nghiem-karaoke" },
  { title: "Xem phim tại gia", slug: "xem-phim-tai-gia" },
]

export const posts = [
  {
    title: "Cách chọn loa karaoke cho phòng 20 m²",
    excerpt: "Công suất bao nhiêu là đủ, bass 25 hay 30 cm, và vì sao loa đắt nhất chưa chắc hát hay nhất trong phòng nhỏ.",
    categories: ["huong-dan-chon-mua", "kinh-nghiem-karaoke"],
    relatedProducts: ["jbl-pasion-10", "bmb-csd-2000se", "paramax-p-1000"],
    content: [
      "Phòng 20 m² là kích thước phổ biến nhất của phòng khách căn hộ. Với diện tích này, một cặp loa bass 25 cm công suất thực 200–300 W là đủ để hát thoải mái mà không bị dội âm.",
      { heading: "Đừng chạy theo công suất" },
      "Loa công suất quá lớn trong phòng nhỏ khiến amply phải chạy ở mức thấp, tiếng mỏng và dễ hú micro. Hãy ưu tiên độ nhạy (sensitivity) từ 90 dB trở lên để loa dễ kéo.",
      { heading: "Trở kháng phải khớp với amply" },
      "Loa 8 Ω dễ phối với hầu hết amply karaoke. Loa 6 Ω cần amply chịu tải thấp; hãy kiểm tra thông số trước khi mua.",
    ],
  },
  {
    title: "Phối ghép amply và loa: trở kháng 4 Ω, 6 Ω, 8 Ω",
    excerpt: "Trở kháng là gì, vì sao amply nóng khi kéo loa 4 Ω, và cách đọc bảng công suất của nhà sản xuất.",
    categories: ["huong-dan-chon-mua"],
    relatedProducts: ["denon-pma-600ne", "yamaha-a-s501"],
    content: [
      "Trở kháng của loa quyết định dòng điện amply phải cấp. Loa 4 Ω đòi dòng gấp đôi loa 8 Ω ở cùng điện áp.",
      { heading: "Đọc bảng công suất" },
      "Nhà sản xuất thường ghi công suất ở 8 Ω và 4 Ω. Amply tốt có công suất ở 4 Ω gần gấp đôi ở 8 Ω: đó là dấu hiệu nguồn khoẻ.",
    ],
  },
  {
    title: "Micro không dây bị rè: nguyên nhân và cách khắc phục",
    excerpt: "Pin yếu, nhiễu sóng, đặt đầu thu sai chỗ: năm lỗi thường gặp nhất với micro UHF và cách tự xử lý tại nhà.",
    categories: ["kinh-nghiem-karaoke"],
    relatedProducts: ["shure-blx288-pg58", "jbl-vm300"],
    content: [
      "Phần lớn tiếng rè của micro không dây đến từ pin yếu hoặc sóng bị che khuất. Hãy thay pin trước khi nghĩ đến chuyện sửa chữa.",
      { heading: "Đặt đầu thu đúng chỗ" },
      "Đầu thu nên đặt cao, tránh tủ kim loại và cách router Wi-Fi ít nhất một mét. Ăng-ten dựng chữ V giúp bắt sóng ổn định hơn.",
    ],
  },
  {
    title: "Vang số là gì? Dàn karaoke gia đình có cần không?",
    excerpt: "Vang số xử lý tiếng hát, chống hú và cân bằng dàn loa. Khi nào đáng đầu tư, khi nào amply tích hợp là đủ.",
    categories: ["huong-dan-chon-mua", "kinh-nghiem-karaoke"],
    relatedProducts: ["jbl-kx180a", "paramax-mx-2000"],
    content: [
      "Vang số (digital mixer/processor) tạo echo, reverb và chống hú bằng thuật toán số, thay cho vang cơ ngày trước.",
      "Với dàn có loa sub và loa chính riêng, vang số giúp chia tần chính xác và cân chỉnh độ trễ, điều mà amply tích hợp khó làm tốt.",
    ],
  },
  {
    title: "Chống hú micro: 7 mẹo cân chỉnh tại nhà",
    excerpt: "Từ vị trí đặt loa đến EQ và chức năng chống hú tự động: những bước đơn giản để hát to mà không hú.",
    categories: ["kinh-nghiem-karaoke"],
    relatedProducts: ["jbl-kx180a"],
    content: [
      "Hú micro xảy ra khi âm thanh từ loa quay lại micro và được khuếch đại liên tục. Cách nhanh nhất để giảm hú là không đứng trước loa khi hát.",
      { heading: "Hạ tần số gây hú" },
      "Dùng EQ của vang số để hạ 3–6 dB ở tần số bị hú (thường 250 Hz, 2 kHz hoặc 4 kHz) thay vì giảm âm lượng cả dàn.",
    ],
  },
  {
    title: "Phòng xem phim Dolby Atmos cho căn hộ từ 60 triệu",
    excerpt: "Cấu hình 5.1.2 hợp lý cho phòng khách 25 m²: receiver, loa, sub và những lưu ý khi đi dây âm trần.",
    categories: ["xem-phim-tai-gia"],
    relatedProducts: ["denon-avr-x1800h", "yamaha-rx-v6a", "jbl-stage-a120p"],
    content: [
      "Dolby Atmos thêm kênh âm thanh trên cao, cho cảm giác mưa rơi, trực thăng bay ngang đầu. Với căn hộ, cấu hình 5.1.2 là điểm khởi đầu hợp lý.",
      { heading: "Receiver là trung tâm" },
      "Chọn receiver có hiệu chỉnh phòng tự động (Audyssey, YPAO) và đủ cổng HDMI 8K cho máy chơi game và TV đời mới.",
    ],
  },
]

export const projects = [
  {
    title: "Phòng karaoke gia đình 25 m² tại Quận 7",
    clientType: "home",
    location: "Quận 7, TP. Hồ Chí Minh",
    completedAt: "2026-09-14",
    summary: "Dàn JBL trọn bộ cho phòng khách căn hộ, tiêu âm nhẹ trần và tường sau, cân chỉnh chống hú cho 2 micro không dây.",
    equipment: ["jbl-pasion-10", "jbl-beyond-3", "jbl-kx180a", "jbl-vm300"],
    service: "Lắp đặt dàn karaoke gia đình",
    content: ["Gia chủ cần hát thoải mái buổi tối mà không ảnh hưởng hàng xóm. Chúng tôi dán mút tiêu âm sau lưng ghế sofa và dùng vang số để giới hạn âm lượng tối đa."],
  },
  {
    title: "Home cinema 5.1.2 cho căn hộ tại Cầu Giấy",
    clientType: "home",
    location: "Cầu Giấy, Hà Nội",
    completedAt: "2026-08-02",
    summary: "Receiver Denon 7.2 kênh, loa bookshelf JBL Stage và sub 30 cm, hai loa trần Dolby Atmos đi dây âm.",
    equipment: ["denon-avr-x1800h", "jbl-stage-a130", "jbl-stage-a120p"],
    service: "Lắp đặt hệ thống xem phim gia đình",
    content: ["Phòng khách 28 m² với trần thạch cao cho phép đi dây âm hoàn toàn. Hệ thống được hiệu chỉnh bằng Audyssey rồi tinh chỉnh lại bằng tai."],
  },
  {
    title: "Quán karaoke 8 phòng tại Thủ Đức",
    clientType: "karaoke-venue",
    location: "TP. Thủ Đức, TP. Hồ Chí Minh",
    completedAt: "2026-06-20",
    summary: "Tám phòng hát kinh doanh dùng loa BMB, sub hơi kéo bằng cục đẩy Crown, vang số BMB cân chỉnh riêng từng phòng.",
    equipment: ["bmb-csv-900se", "bmb-css-1210", "crown-xls-1502", "bmb-kar-300"],
    service: "Khảo sát công trình karaoke kinh doanh, hội trường",
    content: ["Mỗi phòng được đo đáp tuyến sau khi hoàn thiện nội thất và lưu cấu hình vang số riêng, để nhân viên quán chỉ cần bật là hát."],
  },
  {
    title: "Hội trường 200 chỗ tại Bình Dương",
    clientType: "hall",
    location: "Thủ Dầu Một, Bình Dương",
    completedAt: "2026-04-11",
    summary: "Âm thanh hội nghị và biểu diễn: mixer Yamaha 12 kênh, cục đẩy Yamaha PX3 và micro Shure cho diễn giả.",
    equipment: ["yamaha-mg12xu", "yamaha-px3", "shure-sm58"],
    service: "Khảo sát công trình karaoke kinh doanh, hội trường",
    content: ["Hội trường dài 24 m nên chúng tôi dùng hai cặp loa có độ trễ để người ngồi cuối vẫn nghe rõ lời diễn giả."],
  },
]
