export const id = 857;

export const ids = [ 857 ];

export const modules = {
  5857: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
    __webpack_require__.r(__webpack_exports__);
    __webpack_require__.d(__webpack_exports__, {
      CreateTagsCommand: () => _aws_sdk_client_ec2_dist_es_commands_CreateTagsCommand_js__WEBPACK_IMPORTED_MODULE_1__.R,
      DeleteKeyPairCommand: () => _aws_sdk_client_ec2_dist_es_commands_DeleteKeyPairCommand_js__WEBPACK_IMPORTED_MODULE_2__.E,
      DeleteSecurityGroupCommand: () => _aws_sdk_client_ec2_dist_es_commands_DeleteSecurityGroupCommand_js__WEBPACK_IMPORTED_MODULE_3__.y,
      DeregisterImageCommand: () => _aws_sdk_client_ec2_dist_es_commands_DeregisterImageCommand_js__WEBPACK_IMPORTED_MODULE_4__.x,
      DescribeImagesCommand: () => _aws_sdk_client_ec2_dist_es_commands_DescribeImagesCommand_js__WEBPACK_IMPORTED_MODULE_5__.j,
      DescribeInstancesCommand: () => _aws_sdk_client_ec2_dist_es_commands_DescribeInstancesCommand_js__WEBPACK_IMPORTED_MODULE_6__.b,
      DescribeKeyPairsCommand: () => _aws_sdk_client_ec2_dist_es_commands_DescribeKeyPairsCommand_js__WEBPACK_IMPORTED_MODULE_7__.D,
      DescribeLaunchTemplateVersionsCommand: () => _aws_sdk_client_ec2_dist_es_commands_DescribeLaunchTemplateVersionsCommand_js__WEBPACK_IMPORTED_MODULE_8__.P,
      DescribeSecurityGroupsCommand: () => _aws_sdk_client_ec2_dist_es_commands_DescribeSecurityGroupsCommand_js__WEBPACK_IMPORTED_MODULE_9__.j,
      EC2Client: () => _aws_sdk_client_ec2_dist_es_EC2Client_js__WEBPACK_IMPORTED_MODULE_0__.g,
      TerminateInstancesCommand: () => _aws_sdk_client_ec2_dist_es_commands_TerminateInstancesCommand_js__WEBPACK_IMPORTED_MODULE_10__.N,
      paginateDescribeImages: () => _aws_sdk_client_ec2_dist_es_pagination_DescribeImagesPaginator_js__WEBPACK_IMPORTED_MODULE_11__.X,
      paginateDescribeInstances: () => _aws_sdk_client_ec2_dist_es_pagination_DescribeInstancesPaginator_js__WEBPACK_IMPORTED_MODULE_12__.H,
      paginateDescribeLaunchTemplates: () => _aws_sdk_client_ec2_dist_es_pagination_DescribeLaunchTemplatesPaginator_js__WEBPACK_IMPORTED_MODULE_13__.d,
      waitUntilImageAvailable: () => _aws_sdk_client_ec2_dist_es_waiters_waitForImageAvailable_js__WEBPACK_IMPORTED_MODULE_14__.E,
      waitUntilInstanceTerminated: () => _aws_sdk_client_ec2_dist_es_waiters_waitForInstanceTerminated_js__WEBPACK_IMPORTED_MODULE_15__.G
    });
    var _aws_sdk_client_ec2_dist_es_EC2Client_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4601);
    var _aws_sdk_client_ec2_dist_es_commands_CreateTagsCommand_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7122);
    var _aws_sdk_client_ec2_dist_es_commands_DeleteKeyPairCommand_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1389);
    var _aws_sdk_client_ec2_dist_es_commands_DeleteSecurityGroupCommand_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3699);
    var _aws_sdk_client_ec2_dist_es_commands_DeregisterImageCommand_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9074);
    var _aws_sdk_client_ec2_dist_es_commands_DescribeImagesCommand_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1048);
    var _aws_sdk_client_ec2_dist_es_commands_DescribeInstancesCommand_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1490);
    var _aws_sdk_client_ec2_dist_es_commands_DescribeKeyPairsCommand_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(3414);
    var _aws_sdk_client_ec2_dist_es_commands_DescribeLaunchTemplateVersionsCommand_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(9106);
    var _aws_sdk_client_ec2_dist_es_commands_DescribeSecurityGroupsCommand_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(8988);
    var _aws_sdk_client_ec2_dist_es_commands_TerminateInstancesCommand_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(9646);
    var _aws_sdk_client_ec2_dist_es_pagination_DescribeImagesPaginator_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(7588);
    var _aws_sdk_client_ec2_dist_es_pagination_DescribeInstancesPaginator_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(3970);
    var _aws_sdk_client_ec2_dist_es_pagination_DescribeLaunchTemplatesPaginator_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(6871);
    var _aws_sdk_client_ec2_dist_es_waiters_waitForImageAvailable_js__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(4013);
    var _aws_sdk_client_ec2_dist_es_waiters_waitForInstanceTerminated_js__WEBPACK_IMPORTED_MODULE_15__ = __webpack_require__(3027);
  }
};