export const id = 703;

export const ids = [ 703 ];

export const modules = {
  7703: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
    __webpack_require__.r(__webpack_exports__);
    __webpack_require__.d(__webpack_exports__, {
      AdaptiveRetryStrategy: () => _smithy_core_retry__WEBPACK_IMPORTED_MODULE_9__.AdaptiveRetryStrategy,
      DefaultRateLimiter: () => _smithy_core_retry__WEBPACK_IMPORTED_MODULE_9__.DefaultRateLimiter,
      DeleteInstanceProfileCommand: () => _aws_sdk_client_iam_dist_es_index_js__WEBPACK_IMPORTED_MODULE_0__.D,
      DeleteRoleCommand: () => _aws_sdk_client_iam_dist_es_index_js__WEBPACK_IMPORTED_MODULE_1__.$,
      DeleteRolePolicyCommand: () => _aws_sdk_client_iam_dist_es_index_js__WEBPACK_IMPORTED_MODULE_2__.T,
      GetInstanceProfileCommand: () => _aws_sdk_client_iam_dist_es_index_js__WEBPACK_IMPORTED_MODULE_3__.Q,
      GetRoleCommand: () => _aws_sdk_client_iam_dist_es_index_js__WEBPACK_IMPORTED_MODULE_4__.k,
      IAMClient: () => _aws_sdk_client_iam_dist_es_index_js__WEBPACK_IMPORTED_MODULE_5__.h,
      ListInstanceProfilesForRoleCommand: () => _aws_sdk_client_iam_dist_es_index_js__WEBPACK_IMPORTED_MODULE_6__.o,
      ListRolePoliciesCommand: () => _aws_sdk_client_iam_dist_es_index_js__WEBPACK_IMPORTED_MODULE_7__.Y,
      RemoveRoleFromInstanceProfileCommand: () => _aws_sdk_client_iam_dist_es_index_js__WEBPACK_IMPORTED_MODULE_8__.S
    });
    var _aws_sdk_client_iam_dist_es_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(483);
    var _aws_sdk_client_iam_dist_es_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5153);
    var _aws_sdk_client_iam_dist_es_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3055);
    var _aws_sdk_client_iam_dist_es_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1976);
    var _aws_sdk_client_iam_dist_es_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3836);
    var _aws_sdk_client_iam_dist_es_index_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8300);
    var _aws_sdk_client_iam_dist_es_index_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8292);
    var _aws_sdk_client_iam_dist_es_index_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(3286);
    var _aws_sdk_client_iam_dist_es_index_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(1916);
    var _smithy_core_retry__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(3609);
  }
};