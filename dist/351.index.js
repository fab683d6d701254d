export const id = 351;

export const ids = [ 351 ];

export const modules = {
  1351: (__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
    __webpack_require__.r(__webpack_exports__);
    __webpack_require__.d(__webpack_exports__, {
      context: () => context,
      getOctokit: () => getOctokit
    });
    var _context_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7157);
    var _utils_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8665);
    const context = new _context_js__WEBPACK_IMPORTED_MODULE_0__.o;
    function getOctokit(token, options, ...additionalPlugins) {
      const GitHubWithPlugins = _utils_js__WEBPACK_IMPORTED_MODULE_1__.GitHub.plugin(...additionalPlugins);
      return new GitHubWithPlugins((0, _utils_js__WEBPACK_IMPORTED_MODULE_1__.getOctokitOptions)(token, options));
    }
  }
};