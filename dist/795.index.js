export const id = 795;

export const ids = [ 795 ];

export const modules = {
  6795: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
    __webpack_require__.r(__webpack_exports__);
    __webpack_require__.d(__webpack_exports__, {
      AdaptiveRetryStrategy: () => _smithy_core_retry__WEBPACK_IMPORTED_MODULE_3__.AdaptiveRetryStrategy,
      DefaultRateLimiter: () => _smithy_core_retry__WEBPACK_IMPORTED_MODULE_3__.DefaultRateLimiter,
      GetParameterCommand: () => _aws_sdk_client_ssm_dist_es_index_js__WEBPACK_IMPORTED_MODULE_0__.l,
      PutParameterCommand: () => _aws_sdk_client_ssm_dist_es_index_js__WEBPACK_IMPORTED_MODULE_1__.i,
      SSMClient: () => _aws_sdk_client_ssm_dist_es_index_js__WEBPACK_IMPORTED_MODULE_2__.j
    });
    var _aws_sdk_client_ssm_dist_es_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3773);
    var _aws_sdk_client_ssm_dist_es_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8704);
    var _aws_sdk_client_ssm_dist_es_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7650);
    var _smithy_core_retry__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3609);
  }
};