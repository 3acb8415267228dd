// All Vietnamese UI text, in one place.
export const vi = {
  appName: 'Văn thư Tuyên giáo',
  nav: {
    incoming: 'Văn bản đến',
    outgoing: 'Văn bản đi',
    compose: 'Soạn thảo',
    recipients: 'Nơi nhận',
    settings: 'Cài đặt',
  },
  navLabel: 'Điều hướng chính',
  loading: 'Đang tải…',
  noProfile: 'Chưa thiết lập hồ sơ cơ quan',
  retry: 'Thử lại',
  dismiss: 'Đóng',
  errorTitle: 'Có lỗi',
} as const;
