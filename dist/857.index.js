export const id = 857;

export const ids = [ 857 ];

export const modules = {
  5857: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
    __webpack_require__.r(__webpack_exports__);
    __webpack_require__.d(__webpack_exports__, {
      AdaptiveRetryStrategy: () => _smithy_core_retry__WEBPACK_IMPORTED_MODULE_3__.AdaptiveRetryStrategy,
      CreateKeyPairCommand: () => _aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_0__.XdA,
      CreateTagsCommand: () => _aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_0__.RmG,
      DefaultRateLimiter: () => _smithy_core_retry__WEBPACK_IMPORTED_MODULE_3__.DefaultRateLimiter,
      DeleteInstanceProfileCommand: () => _aws_sdk_client_iam__WEBPACK_IMPORTED_MODULE_2__.Dys,
      DeleteKeyPairCommand: () => _aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_0__.EWB,
      DeleteLaunchTemplateCommand: () => _aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_0__.s9K,
      DeleteRoleCommand: () => _aws_sdk_client_iam__WEBPACK_IMPORTED_MODULE_2__.$kI,
      DeleteRolePolicyCommand: () => _aws_sdk_client_iam__WEBPACK_IMPORTED_MODULE_2__.Tt,
      DeleteSecurityGroupCommand: () => _aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_0__.yEh,
      DeregisterImageCommand: () => _aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_0__.x2c,
      DescribeImageAttributeCommand: () => _aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_0__.OkE,
      DescribeImagesCommand: () => _aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_0__.ji5,
      DescribeKeyPairsCommand: () => _aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_0__.DRu,
      DescribeLaunchTemplateVersionsCommand: () => _aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_0__.Ptd,
      DescribeLaunchTemplatesCommand: () => _aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_0__.fmI,
      DisableImageCommand: () => _aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_0__.LLh,
      EC2Client: () => _aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_0__.gu5,
      EnableImageDeprecationCommand: () => _aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_0__.cJk,
      GetInstanceProfileCommand: () => _aws_sdk_client_iam__WEBPACK_IMPORTED_MODULE_2__.Qa4,
      GetParameterCommand: () => _aws_sdk_client_ssm__WEBPACK_IMPORTED_MODULE_1__.lhy,
      GetRoleCommand: () => _aws_sdk_client_iam__WEBPACK_IMPORTED_MODULE_2__.kbp,
      IAMClient: () => _aws_sdk_client_iam__WEBPACK_IMPORTED_MODULE_2__.h8v,
      ListInstanceProfilesForRoleCommand: () => _aws_sdk_client_iam__WEBPACK_IMPORTED_MODULE_2__.oxC,
      ListRolePoliciesCommand: () => _aws_sdk_client_iam__WEBPACK_IMPORTED_MODULE_2__.Y7N,
      PutParameterCommand: () => _aws_sdk_client_ssm__WEBPACK_IMPORTED_MODULE_1__.ihh,
      RemoveRoleFromInstanceProfileCommand: () => _aws_sdk_client_iam__WEBPACK_IMPORTED_MODULE_2__.ScF,
      SSMClient: () => _aws_sdk_client_ssm__WEBPACK_IMPORTED_MODULE_1__.jBj,
      TerminateInstancesCommand: () => _aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_0__.NaF,
      paginateDescribeImages: () => _aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_0__.XiR,
      paginateDescribeInstances: () => _aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_0__.H0T,
      paginateDescribeLaunchTemplateVersions: () => _aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_0__.ZY3,
      paginateDescribeLaunchTemplates: () => _aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_0__.dij,
      paginateDescribeSecurityGroups: () => _aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_0__.nYn,
      waitUntilImageAvailable: () => _aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_0__.Ex1,
      waitUntilInstanceTerminated: () => _aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_0__.GJr
    });
    var _aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5193);
    var _aws_sdk_client_ssm__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4736);
    var _aws_sdk_client_iam__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6764);
    var _smithy_core_retry__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3609);
  }
};