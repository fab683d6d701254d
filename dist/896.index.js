export const id = 896;

export const ids = [ 896 ];

export const modules = {
  8896: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
    __webpack_require__.r(__webpack_exports__);
    __webpack_require__.d(__webpack_exports__, {
      AdaptiveRetryStrategy: () => _smithy_core_retry__WEBPACK_IMPORTED_MODULE_22__.AdaptiveRetryStrategy,
      CreateKeyPairCommand: () => _aws_sdk_client_ec2_dist_es_index_js__WEBPACK_IMPORTED_MODULE_0__.X,
      CreateTagsCommand: () => _aws_sdk_client_ec2_dist_es_index_js__WEBPACK_IMPORTED_MODULE_1__.R,
      DefaultRateLimiter: () => _smithy_core_retry__WEBPACK_IMPORTED_MODULE_22__.DefaultRateLimiter,
      DeleteKeyPairCommand: () => _aws_sdk_client_ec2_dist_es_index_js__WEBPACK_IMPORTED_MODULE_2__.E,
      DeleteLaunchTemplateCommand: () => _aws_sdk_client_ec2_dist_es_index_js__WEBPACK_IMPORTED_MODULE_3__.s,
      DeleteSecurityGroupCommand: () => _aws_sdk_client_ec2_dist_es_index_js__WEBPACK_IMPORTED_MODULE_4__.y,
      DeregisterImageCommand: () => _aws_sdk_client_ec2_dist_es_index_js__WEBPACK_IMPORTED_MODULE_5__.x,
      DescribeImageAttributeCommand: () => _aws_sdk_client_ec2_dist_es_index_js__WEBPACK_IMPORTED_MODULE_6__.O,
      DescribeImagesCommand: () => _aws_sdk_client_ec2_dist_es_index_js__WEBPACK_IMPORTED_MODULE_7__.j,
      DescribeKeyPairsCommand: () => _aws_sdk_client_ec2_dist_es_index_js__WEBPACK_IMPORTED_MODULE_8__.D,
      DescribeLaunchTemplateVersionsCommand: () => _aws_sdk_client_ec2_dist_es_index_js__WEBPACK_IMPORTED_MODULE_10__.P,
      DescribeLaunchTemplatesCommand: () => _aws_sdk_client_ec2_dist_es_index_js__WEBPACK_IMPORTED_MODULE_9__.f,
      DisableImageCommand: () => _aws_sdk_client_ec2_dist_es_index_js__WEBPACK_IMPORTED_MODULE_11__.L,
      EC2Client: () => _aws_sdk_client_ec2_dist_es_index_js__WEBPACK_IMPORTED_MODULE_12__.g,
      EnableImageDeprecationCommand: () => _aws_sdk_client_ec2_dist_es_index_js__WEBPACK_IMPORTED_MODULE_13__.c,
      TerminateInstancesCommand: () => _aws_sdk_client_ec2_dist_es_index_js__WEBPACK_IMPORTED_MODULE_14__.N,
      paginateDescribeImages: () => _aws_sdk_client_ec2_dist_es_index_js__WEBPACK_IMPORTED_MODULE_15__.X,
      paginateDescribeInstances: () => _aws_sdk_client_ec2_dist_es_index_js__WEBPACK_IMPORTED_MODULE_16__.H,
      paginateDescribeLaunchTemplateVersions: () => _aws_sdk_client_ec2_dist_es_index_js__WEBPACK_IMPORTED_MODULE_18__.Z,
      paginateDescribeLaunchTemplates: () => _aws_sdk_client_ec2_dist_es_index_js__WEBPACK_IMPORTED_MODULE_17__.d,
      paginateDescribeSecurityGroups: () => _aws_sdk_client_ec2_dist_es_index_js__WEBPACK_IMPORTED_MODULE_19__.n,
      waitUntilImageAvailable: () => _aws_sdk_client_ec2_dist_es_index_js__WEBPACK_IMPORTED_MODULE_20__.E,
      waitUntilInstanceTerminated: () => _aws_sdk_client_ec2_dist_es_index_js__WEBPACK_IMPORTED_MODULE_21__.G
    });
    var _aws_sdk_client_ec2_dist_es_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2162);
    var _aws_sdk_client_ec2_dist_es_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7122);
    var _aws_sdk_client_ec2_dist_es_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1389);
    var _aws_sdk_client_ec2_dist_es_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6919);
    var _aws_sdk_client_ec2_dist_es_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3699);
    var _aws_sdk_client_ec2_dist_es_index_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9074);
    var _aws_sdk_client_ec2_dist_es_index_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(4219);
    var _aws_sdk_client_ec2_dist_es_index_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(1048);
    var _aws_sdk_client_ec2_dist_es_index_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(3414);
    var _aws_sdk_client_ec2_dist_es_index_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(5060);
    var _aws_sdk_client_ec2_dist_es_index_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(9106);
    var _aws_sdk_client_ec2_dist_es_index_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(794);
    var _aws_sdk_client_ec2_dist_es_index_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(4601);
    var _aws_sdk_client_ec2_dist_es_index_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(9547);
    var _aws_sdk_client_ec2_dist_es_index_js__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(9646);
    var _aws_sdk_client_ec2_dist_es_index_js__WEBPACK_IMPORTED_MODULE_15__ = __webpack_require__(7588);
    var _aws_sdk_client_ec2_dist_es_index_js__WEBPACK_IMPORTED_MODULE_16__ = __webpack_require__(3970);
    var _aws_sdk_client_ec2_dist_es_index_js__WEBPACK_IMPORTED_MODULE_17__ = __webpack_require__(7768);
    var _aws_sdk_client_ec2_dist_es_index_js__WEBPACK_IMPORTED_MODULE_18__ = __webpack_require__(6090);
    var _aws_sdk_client_ec2_dist_es_index_js__WEBPACK_IMPORTED_MODULE_19__ = __webpack_require__(6237);
    var _aws_sdk_client_ec2_dist_es_index_js__WEBPACK_IMPORTED_MODULE_20__ = __webpack_require__(4013);
    var _aws_sdk_client_ec2_dist_es_index_js__WEBPACK_IMPORTED_MODULE_21__ = __webpack_require__(3027);
    var _smithy_core_retry__WEBPACK_IMPORTED_MODULE_22__ = __webpack_require__(3609);
  }
};