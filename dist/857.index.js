export const id = 857;

export const ids = [ 857 ];

export const modules = {
  5857: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
    __webpack_require__.r(__webpack_exports__);
    __webpack_require__.d(__webpack_exports__, {
      AdaptiveRetryStrategy: () => _smithy_core_retry__WEBPACK_IMPORTED_MODULE_29__.AdaptiveRetryStrategy,
      CreateTagsCommand: () => _aws_sdk_client_ec2_dist_es_commands_CreateTagsCommand_js__WEBPACK_IMPORTED_MODULE_1__.R,
      DefaultRateLimiter: () => _smithy_core_retry__WEBPACK_IMPORTED_MODULE_29__.DefaultRateLimiter,
      DeleteInstanceProfileCommand: () => _aws_sdk_client_iam_dist_es_commands_DeleteInstanceProfileCommand_js__WEBPACK_IMPORTED_MODULE_21__.D,
      DeleteKeyPairCommand: () => _aws_sdk_client_ec2_dist_es_commands_DeleteKeyPairCommand_js__WEBPACK_IMPORTED_MODULE_2__.E,
      DeleteLaunchTemplateCommand: () => _aws_sdk_client_ec2_dist_es_commands_DeleteLaunchTemplateCommand_js__WEBPACK_IMPORTED_MODULE_3__.s,
      DeleteRoleCommand: () => _aws_sdk_client_iam_dist_es_commands_DeleteRoleCommand_js__WEBPACK_IMPORTED_MODULE_22__.$,
      DeleteRolePolicyCommand: () => _aws_sdk_client_iam_dist_es_commands_DeleteRolePolicyCommand_js__WEBPACK_IMPORTED_MODULE_23__.T,
      DeleteSecurityGroupCommand: () => _aws_sdk_client_ec2_dist_es_commands_DeleteSecurityGroupCommand_js__WEBPACK_IMPORTED_MODULE_4__.y,
      DeleteTagsCommand: () => _aws_sdk_client_ec2_dist_es_commands_DeleteTagsCommand_js__WEBPACK_IMPORTED_MODULE_5__.M,
      DeregisterImageCommand: () => _aws_sdk_client_ec2_dist_es_commands_DeregisterImageCommand_js__WEBPACK_IMPORTED_MODULE_6__.x,
      DescribeImageAttributeCommand: () => _aws_sdk_client_ec2_dist_es_commands_DescribeImageAttributeCommand_js__WEBPACK_IMPORTED_MODULE_7__.O,
      DescribeImagesCommand: () => _aws_sdk_client_ec2_dist_es_commands_DescribeImagesCommand_js__WEBPACK_IMPORTED_MODULE_8__.j,
      DescribeInstancesCommand: () => _aws_sdk_client_ec2_dist_es_commands_DescribeInstancesCommand_js__WEBPACK_IMPORTED_MODULE_9__.b,
      DescribeKeyPairsCommand: () => _aws_sdk_client_ec2_dist_es_commands_DescribeKeyPairsCommand_js__WEBPACK_IMPORTED_MODULE_10__.D,
      DescribeLaunchTemplateVersionsCommand: () => _aws_sdk_client_ec2_dist_es_commands_DescribeLaunchTemplateVersionsCommand_js__WEBPACK_IMPORTED_MODULE_11__.P,
      DescribeLaunchTemplatesCommand: () => _aws_sdk_client_ec2_dist_es_commands_DescribeLaunchTemplatesCommand_js__WEBPACK_IMPORTED_MODULE_12__.f,
      DescribeSecurityGroupsCommand: () => _aws_sdk_client_ec2_dist_es_commands_DescribeSecurityGroupsCommand_js__WEBPACK_IMPORTED_MODULE_13__.j,
      DisableImageCommand: () => _aws_sdk_client_ec2_dist_es_commands_DisableImageCommand_js__WEBPACK_IMPORTED_MODULE_14__.L,
      EC2Client: () => _aws_sdk_client_ec2_dist_es_EC2Client_js__WEBPACK_IMPORTED_MODULE_0__.g,
      EnableImageDeprecationCommand: () => _aws_sdk_client_ec2_dist_es_commands_EnableImageDeprecationCommand_js__WEBPACK_IMPORTED_MODULE_15__.c,
      GetInstanceProfileCommand: () => _aws_sdk_client_iam_dist_es_commands_GetInstanceProfileCommand_js__WEBPACK_IMPORTED_MODULE_24__.Q,
      GetParameterCommand: () => _aws_sdk_client_ssm_dist_es_commands_GetParameterCommand_js__WEBPACK_IMPORTED_MODULE_18__.l,
      GetRoleCommand: () => _aws_sdk_client_iam_dist_es_commands_GetRoleCommand_js__WEBPACK_IMPORTED_MODULE_25__.k,
      IAMClient: () => _aws_sdk_client_iam_dist_es_IAMClient_js__WEBPACK_IMPORTED_MODULE_20__.h,
      ListInstanceProfilesForRoleCommand: () => _aws_sdk_client_iam_dist_es_commands_ListInstanceProfilesForRoleCommand_js__WEBPACK_IMPORTED_MODULE_26__.o,
      ListRolePoliciesCommand: () => _aws_sdk_client_iam_dist_es_commands_ListRolePoliciesCommand_js__WEBPACK_IMPORTED_MODULE_27__.Y,
      PutParameterCommand: () => _aws_sdk_client_ssm_dist_es_commands_PutParameterCommand_js__WEBPACK_IMPORTED_MODULE_19__.i,
      RemoveRoleFromInstanceProfileCommand: () => _aws_sdk_client_iam_dist_es_commands_RemoveRoleFromInstanceProfileCommand_js__WEBPACK_IMPORTED_MODULE_28__.S,
      SSMClient: () => _aws_sdk_client_ssm_dist_es_SSMClient_js__WEBPACK_IMPORTED_MODULE_17__.j,
      TerminateInstancesCommand: () => _aws_sdk_client_ec2_dist_es_commands_TerminateInstancesCommand_js__WEBPACK_IMPORTED_MODULE_16__.N
    });
    var _aws_sdk_client_ec2_dist_es_EC2Client_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4601);
    var _aws_sdk_client_ec2_dist_es_commands_CreateTagsCommand_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7122);
    var _aws_sdk_client_ec2_dist_es_commands_DeleteKeyPairCommand_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1389);
    var _aws_sdk_client_ec2_dist_es_commands_DeleteLaunchTemplateCommand_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6919);
    var _aws_sdk_client_ec2_dist_es_commands_DeleteSecurityGroupCommand_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3699);
    var _aws_sdk_client_ec2_dist_es_commands_DeleteTagsCommand_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6879);
    var _aws_sdk_client_ec2_dist_es_commands_DeregisterImageCommand_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9074);
    var _aws_sdk_client_ec2_dist_es_commands_DescribeImageAttributeCommand_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(4219);
    var _aws_sdk_client_ec2_dist_es_commands_DescribeImagesCommand_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(1048);
    var _aws_sdk_client_ec2_dist_es_commands_DescribeInstancesCommand_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(1490);
    var _aws_sdk_client_ec2_dist_es_commands_DescribeKeyPairsCommand_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(3414);
    var _aws_sdk_client_ec2_dist_es_commands_DescribeLaunchTemplateVersionsCommand_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(9106);
    var _aws_sdk_client_ec2_dist_es_commands_DescribeLaunchTemplatesCommand_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(5060);
    var _aws_sdk_client_ec2_dist_es_commands_DescribeSecurityGroupsCommand_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(8988);
    var _aws_sdk_client_ec2_dist_es_commands_DisableImageCommand_js__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(794);
    var _aws_sdk_client_ec2_dist_es_commands_EnableImageDeprecationCommand_js__WEBPACK_IMPORTED_MODULE_15__ = __webpack_require__(9547);
    var _aws_sdk_client_ec2_dist_es_commands_TerminateInstancesCommand_js__WEBPACK_IMPORTED_MODULE_16__ = __webpack_require__(9646);
    var _aws_sdk_client_ssm_dist_es_SSMClient_js__WEBPACK_IMPORTED_MODULE_17__ = __webpack_require__(7650);
    var _aws_sdk_client_ssm_dist_es_commands_GetParameterCommand_js__WEBPACK_IMPORTED_MODULE_18__ = __webpack_require__(3773);
    var _aws_sdk_client_ssm_dist_es_commands_PutParameterCommand_js__WEBPACK_IMPORTED_MODULE_19__ = __webpack_require__(8704);
    var _aws_sdk_client_iam_dist_es_IAMClient_js__WEBPACK_IMPORTED_MODULE_20__ = __webpack_require__(8300);
    var _aws_sdk_client_iam_dist_es_commands_DeleteInstanceProfileCommand_js__WEBPACK_IMPORTED_MODULE_21__ = __webpack_require__(483);
    var _aws_sdk_client_iam_dist_es_commands_DeleteRoleCommand_js__WEBPACK_IMPORTED_MODULE_22__ = __webpack_require__(5153);
    var _aws_sdk_client_iam_dist_es_commands_DeleteRolePolicyCommand_js__WEBPACK_IMPORTED_MODULE_23__ = __webpack_require__(3055);
    var _aws_sdk_client_iam_dist_es_commands_GetInstanceProfileCommand_js__WEBPACK_IMPORTED_MODULE_24__ = __webpack_require__(1976);
    var _aws_sdk_client_iam_dist_es_commands_GetRoleCommand_js__WEBPACK_IMPORTED_MODULE_25__ = __webpack_require__(3836);
    var _aws_sdk_client_iam_dist_es_commands_ListInstanceProfilesForRoleCommand_js__WEBPACK_IMPORTED_MODULE_26__ = __webpack_require__(8292);
    var _aws_sdk_client_iam_dist_es_commands_ListRolePoliciesCommand_js__WEBPACK_IMPORTED_MODULE_27__ = __webpack_require__(3286);
    var _aws_sdk_client_iam_dist_es_commands_RemoveRoleFromInstanceProfileCommand_js__WEBPACK_IMPORTED_MODULE_28__ = __webpack_require__(1916);
    var _smithy_core_retry__WEBPACK_IMPORTED_MODULE_29__ = __webpack_require__(3609);
  }
};