/** Services the shop's technicians perform, and the technicians themselves. */
export const bookingServices = [
  {
    handle: "lap-dat-dan-karaoke-gia-dinh",
    name: "Lắp đặt dàn karaoke gia đình",
    description: "Đi dây, treo loa, đấu nối amply – vang số – micro và hướng dẫn sử dụng tại nhà. Đã gồm công cân chỉnh cơ bản.",
    duration_minutes: 180,
    price: 1_500_000,
    required_skills: ["karaoke", "installation"],
    requires_address: true,
    buffer_before_minutes: 30,
    buffer_after_minutes: 30,
  },
  {
    handle: "thiet-ke-am-hoc-phong-nghe",
    name: "Tư vấn & thiết kế âm học phòng nghe",
    description: "Đo đạc phòng, đo đáp tuyến bằng micro đo chuẩn, đề xuất tiêu âm – tán âm và vị trí đặt loa kèm bản vẽ.",
    duration_minutes: 120,
    price: 2_000_000,
    deposit_amount: 500_000,
    required_skills: ["acoustics"],
    requires_address: true,
    buffer_before_minutes: 30,
    buffer_after_minutes: 30,
  },
  {
    handle: "can-chinh-am-thanh-chong-hu",
    name: "Cân chỉnh âm thanh, chống hú karaoke",
    description: "Cân chỉnh vang số bằng phần mềm, chống hú micro, cân bằng loa sub và loa chính cho dàn đang có.",
    duration_minutes: 90,
    price: 800_000,
    required_skills: ["karaoke", "tuning"],
    requires_address: true,
    buffer_before_minutes: 30,
    buffer_after_minutes: 30,
  },
  {
    handle: "sua-chua-amply-tai-showroom",
    name: "Kiểm tra & sửa chữa amply tại showroom",
    description: "Mang thiết bị đến showroom: kiểm tra lỗi, báo giá sửa chữa trước khi làm. Phí kiểm tra được trừ vào tiền sửa.",
    duration_minutes: 60,
    price: 300_000,
    required_skills: ["repair"],
    requires_address: false,
    buffer_before_minutes: 0,
    buffer_after_minutes: 15,
  },
  {
    handle: "khao-sat-cong-trinh",
    name: "Khảo sát công trình karaoke kinh doanh, hội trường",
    description: "Kỹ sư đến đo đạc mặt bằng, tư vấn cấu hình và gửi báo giá trọn gói trong 48 giờ. Miễn phí trong nội thành.",
    duration_minutes: 120,
    price: 0,
    required_skills: ["survey"],
    requires_address: true,
    buffer_before_minutes: 30,
    buffer_after_minutes: 30,
  },
  {
    handle: "lap-dat-home-cinema",
    name: "Lắp đặt hệ thống xem phim gia đình",
    description: "Lắp đặt receiver, loa vòm, loa trần Dolby Atmos và sub; cân chỉnh tự động và tinh chỉnh bằng tai.",
    duration_minutes: 240,
    price: 2_500_000,
    required_skills: ["home-cinema", "installation"],
    requires_address: true,
    buffer_before_minutes: 30,
    buffer_after_minutes: 30,
  },
  {
    handle: "bao-duong-dan-am-thanh",
    name: "Bảo dưỡng định kỳ dàn âm thanh",
    description: "Vệ sinh, kiểm tra jack – dây, đo công suất amply, thay pin micro và cập nhật phần mềm vang số.",
    duration_minutes: 90,
    price: 600_000,
    required_skills: ["maintenance"],
    requires_address: true,
    buffer_before_minutes: 30,
    buffer_after_minutes: 15,
  },
]

const weekdays = (days: number[], start: string, end: string) => {
  const minutes = (time: string) => {
    const [hours, mins] = time.split(":").map(Number)
    return hours * 60 + mins
  }
  const [from, until] = [minutes(start), minutes(end)]
  return days.map((weekday) => ({ weekday, start_minute: from, end_minute: until <= from ? until + 1440 : until }))
}
const MON_TO_SAT = [1, 2, 3, 4, 5, 6]

export const technicians = [
  {
    name: "Nguyễn Văn Hùng",
    phone: "0903 112 233",
    email: "hung.nv@audiotailoc.vn",
    skills: ["karaoke", "installation", "tuning", "home-cinema"],
    // TP. Hồ Chí Minh, Bình Dương, Đồng Nai
    service_provinces: ["vn-sg", "vn-57", "vn-39"],
    working_hours: weekdays(MON_TO_SAT, "08:00", "17:30"),
  },
  {
    name: "Trần Minh Tuấn",
    phone: "0908 445 566",
    email: "tuan.tm@audiotailoc.vn",
    skills: ["acoustics", "survey", "karaoke", "tuning"],
    service_provinces: ["vn-sg"],
    working_hours: weekdays([2, 3, 4, 5, 6, 0], "13:00", "21:00"),
  },
  {
    name: "Lê Thị Thu Hà",
    phone: "0912 778 899",
    email: "ha.ltt@audiotailoc.vn",
    skills: ["repair", "maintenance"],
    service_provinces: ["vn-sg"],
    working_hours: weekdays(MON_TO_SAT, "08:30", "18:00"),
  },
  {
    // Tunes karaoke venues after they close: the Friday and Saturday shifts end past midnight.
    name: "Huỳnh Tấn Phát",
    phone: "0937 221 144",
    email: "phat.ht@audiotailoc.vn",
    skills: ["karaoke", "tuning", "survey"],
    service_provinces: ["vn-sg", "vn-57"],
    working_hours: [...weekdays([1, 2, 3, 4], "14:00", "22:00"), ...weekdays([5, 6], "18:00", "01:00")],
  },
  {
    name: "Phạm Quốc Bảo",
    phone: "0983 334 455",
    email: "bao.pq@audiotailoc.vn",
    skills: ["karaoke", "installation", "tuning", "maintenance"],
    // Hà Nội, Bắc Ninh
    service_provinces: ["vn-hn", "vn-56"],
    working_hours: weekdays(MON_TO_SAT, "08:00", "17:30"),
  },
  {
    name: "Đỗ Thanh Sơn",
    phone: "0988 667 788",
    email: "son.dt@audiotailoc.vn",
    skills: ["home-cinema", "installation", "acoustics", "survey"],
    service_provinces: ["vn-hn"],
    working_hours: weekdays([1, 2, 3, 4, 5], "09:00", "18:00"),
  },
  {
    name: "Vũ Ngọc Lan",
    phone: "0977 889 900",
    email: "lan.vn@audiotailoc.vn",
    skills: ["repair", "maintenance"],
    service_provinces: ["vn-hn"],
    working_hours: weekdays(MON_TO_SAT, "08:30", "17:30"),
  },
]

export const DEMO_CUSTOMER = {
  email: "khachhang@audiotailoc.vn",
  password: "KhachHang@2026",
  first_name: "An",
  last_name: "Nguyễn Văn",
  phone: "0901 234 567",
  address: { address_1: "12 Nguyễn Văn Linh, Phường Tân Phong, Quận 7", city: "TP. Hồ Chí Minh", phone: "0901 234 567" },
  province_code: "vn-sg",
}
