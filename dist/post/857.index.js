export const id = 857;
export const ids = [857];
export const modules = {

/***/ 5857:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CreateTagsCommand: () => (/* reexport safe */ _aws_sdk_client_ec2_dist_es_commands_CreateTagsCommand_js__WEBPACK_IMPORTED_MODULE_1__.R),
/* harmony export */   DeleteKeyPairCommand: () => (/* reexport safe */ _aws_sdk_client_ec2_dist_es_commands_DeleteKeyPairCommand_js__WEBPACK_IMPORTED_MODULE_2__.E),
/* harmony export */   DeleteSecurityGroupCommand: () => (/* reexport safe */ _aws_sdk_client_ec2_dist_es_commands_DeleteSecurityGroupCommand_js__WEBPACK_IMPORTED_MODULE_3__.y),
/* harmony export */   DeregisterImageCommand: () => (/* reexport safe */ _aws_sdk_client_ec2_dist_es_commands_DeregisterImageCommand_js__WEBPACK_IMPORTED_MODULE_4__.x),
/* harmony export */   DescribeImagesCommand: () => (/* reexport safe */ _aws_sdk_client_ec2_dist_es_commands_DescribeImagesCommand_js__WEBPACK_IMPORTED_MODULE_5__.j),
/* harmony export */   DescribeInstancesCommand: () => (/* reexport safe */ _aws_sdk_client_ec2_dist_es_commands_DescribeInstancesCommand_js__WEBPACK_IMPORTED_MODULE_6__.b),
/* harmony export */   DescribeKeyPairsCommand: () => (/* reexport safe */ _aws_sdk_client_ec2_dist_es_commands_DescribeKeyPairsCommand_js__WEBPACK_IMPORTED_MODULE_7__.D),
/* harmony export */   DescribeLaunchTemplateVersionsCommand: () => (/* reexport safe */ _aws_sdk_client_ec2_dist_es_commands_DescribeLaunchTemplateVersionsCommand_js__WEBPACK_IMPORTED_MODULE_8__.P),
/* harmony export */   DescribeSecurityGroupsCommand: () => (/* reexport safe */ _aws_sdk_client_ec2_dist_es_commands_DescribeSecurityGroupsCommand_js__WEBPACK_IMPORTED_MODULE_9__.j),
/* harmony export */   EC2Client: () => (/* reexport safe */ _aws_sdk_client_ec2_dist_es_EC2Client_js__WEBPACK_IMPORTED_MODULE_0__.g),
/* harmony export */   TerminateInstancesCommand: () => (/* reexport safe */ _aws_sdk_client_ec2_dist_es_commands_TerminateInstancesCommand_js__WEBPACK_IMPORTED_MODULE_10__.N),
/* harmony export */   paginateDescribeImages: () => (/* reexport safe */ _aws_sdk_client_ec2_dist_es_pagination_DescribeImagesPaginator_js__WEBPACK_IMPORTED_MODULE_11__.X),
/* harmony export */   paginateDescribeInstances: () => (/* reexport safe */ _aws_sdk_client_ec2_dist_es_pagination_DescribeInstancesPaginator_js__WEBPACK_IMPORTED_MODULE_12__.H),
/* harmony export */   paginateDescribeLaunchTemplates: () => (/* reexport safe */ _aws_sdk_client_ec2_dist_es_pagination_DescribeLaunchTemplatesPaginator_js__WEBPACK_IMPORTED_MODULE_13__.d),
/* harmony export */   waitUntilImageAvailable: () => (/* reexport safe */ _aws_sdk_client_ec2_dist_es_waiters_waitForImageAvailable_js__WEBPACK_IMPORTED_MODULE_14__.E),
/* harmony export */   waitUntilInstanceTerminated: () => (/* reexport safe */ _aws_sdk_client_ec2_dist_es_waiters_waitForInstanceTerminated_js__WEBPACK_IMPORTED_MODULE_15__.G)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_ec2_dist_es_EC2Client_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4601);
/* harmony import */ var _aws_sdk_client_ec2_dist_es_commands_CreateTagsCommand_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7122);
/* harmony import */ var _aws_sdk_client_ec2_dist_es_commands_DeleteKeyPairCommand_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1389);
/* harmony import */ var _aws_sdk_client_ec2_dist_es_commands_DeleteSecurityGroupCommand_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3699);
/* harmony import */ var _aws_sdk_client_ec2_dist_es_commands_DeregisterImageCommand_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9074);
/* harmony import */ var _aws_sdk_client_ec2_dist_es_commands_DescribeImagesCommand_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1048);
/* harmony import */ var _aws_sdk_client_ec2_dist_es_commands_DescribeInstancesCommand_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1490);
/* harmony import */ var _aws_sdk_client_ec2_dist_es_commands_DescribeKeyPairsCommand_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(3414);
/* harmony import */ var _aws_sdk_client_ec2_dist_es_commands_DescribeLaunchTemplateVersionsCommand_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(9106);
/* harmony import */ var _aws_sdk_client_ec2_dist_es_commands_DescribeSecurityGroupsCommand_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(8988);
/* harmony import */ var _aws_sdk_client_ec2_dist_es_commands_TerminateInstancesCommand_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(9646);
/* harmony import */ var _aws_sdk_client_ec2_dist_es_pagination_DescribeImagesPaginator_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(7588);
/* harmony import */ var _aws_sdk_client_ec2_dist_es_pagination_DescribeInstancesPaginator_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(3970);
/* harmony import */ var _aws_sdk_client_ec2_dist_es_pagination_DescribeLaunchTemplatesPaginator_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(6871);
/* harmony import */ var _aws_sdk_client_ec2_dist_es_waiters_waitForImageAvailable_js__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(4013);
/* harmony import */ var _aws_sdk_client_ec2_dist_es_waiters_waitForInstanceTerminated_js__WEBPACK_IMPORTED_MODULE_15__ = __webpack_require__(3027);
/**
 * The parts of @aws-sdk/client-ec2 the action uses, from the package's ES-module files. Its
 * CommonJS entry is one 2 MB file with all 800 commands; from the per-command ES modules the
 * bundler keeps only these, and they load in about half the time (see bench/results.md).
 * The package has no `exports` map, so these paths are reachable; the types are the package's
 * own (sdk-modules.d.ts). Every AWS call in the integration tests runs through this module in
 * the bundle, so a change of the SDK's layout fails CI. Load it with `import()` only.
 */


















/***/ })

};
