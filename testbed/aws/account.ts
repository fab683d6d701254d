/** The account every test bed AWS endpoint acts for. */
export const ACCOUNT_ID = '123456789012'
