// tachometer looks for the `chromedriver` package and would download one if it were missing.
// This one only says where Debian's driver is (apt package chromium-driver).
exports.path = process.env.CHROMEDRIVER_PATH || '/usr/bin/chromedriver';
