export const id = 736;

export const ids = [ 736 ];

export const modules = {
  4736: (__unused_webpack_module, exports, __webpack_require__) => {
    const {awsEndpointFunctions: awsEndpointFunctions, emitWarningIfUnsupportedVersion: emitWarningIfUnsupportedVersion$1, createDefaultUserAgentProvider: createDefaultUserAgentProvider, getDefaultSocketTimeout: getDefaultSocketTimeout, NODE_APP_ID_CONFIG_OPTIONS: NODE_APP_ID_CONFIG_OPTIONS, getAwsRegionExtensionConfiguration: getAwsRegionExtensionConfiguration, resolveAwsRegionExtensionConfiguration: resolveAwsRegionExtensionConfiguration, resolveUserAgentConfig: resolveUserAgentConfig, resolveHostHeaderConfig: resolveHostHeaderConfig, getUserAgentPlugin: getUserAgentPlugin, getHostHeaderPlugin: getHostHeaderPlugin, getLoggerPlugin: getLoggerPlugin, getRecursionDetectionPlugin: getRecursionDetectionPlugin} = __webpack_require__(5152);
    const {getHttpAuthSchemeEndpointRuleSetPlugin: getHttpAuthSchemeEndpointRuleSetPlugin, DefaultIdentityProviderConfig: DefaultIdentityProviderConfig, getHttpSigningPlugin: getHttpSigningPlugin, createPaginator: createPaginator} = __webpack_require__(402);
    const {normalizeProvider: normalizeProvider, getSmithyContext: getSmithyContext, ServiceException: ServiceException, NoOpLogger: NoOpLogger, emitWarningIfUnsupportedVersion: emitWarningIfUnsupportedVersion, loadConfigsForDefaultMode: loadConfigsForDefaultMode, getDefaultExtensionConfiguration: getDefaultExtensionConfiguration, resolveDefaultRuntimeConfig: resolveDefaultRuntimeConfig, Client: Client, makeBuilder: makeBuilder, createWaiter: createWaiter, checkExceptions: checkExceptions, WaiterState: WaiterState, createAggregatedClient: createAggregatedClient} = __webpack_require__(2658);
    const {Command: $Command} = __webpack_require__(2658);
    exports.$Command = $Command;
    exports.__Client = Client;
    const {resolveDefaultsModeConfig: resolveDefaultsModeConfig, loadConfig: loadConfig, NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS: NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS, NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS: NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS, NODE_REGION_CONFIG_OPTIONS: NODE_REGION_CONFIG_OPTIONS, NODE_REGION_CONFIG_FILE_OPTIONS: NODE_REGION_CONFIG_FILE_OPTIONS, resolveRegionConfig: resolveRegionConfig} = __webpack_require__(7291);
    const {BinaryDecisionDiagram: BinaryDecisionDiagram, EndpointCache: EndpointCache, decideEndpoint: decideEndpoint, customEndpointFunctions: customEndpointFunctions, resolveEndpointConfig: resolveEndpointConfig, getEndpointPlugin: getEndpointPlugin} = __webpack_require__(2085);
    const {parseUrl: parseUrl, getHttpHandlerExtensionConfiguration: getHttpHandlerExtensionConfiguration, resolveHttpHandlerRuntimeConfig: resolveHttpHandlerRuntimeConfig, getContentLengthPlugin: getContentLengthPlugin} = __webpack_require__(3422);
    const {DEFAULT_RETRY_MODE: DEFAULT_RETRY_MODE, NODE_RETRY_MODE_CONFIG_OPTIONS: NODE_RETRY_MODE_CONFIG_OPTIONS, NODE_MAX_ATTEMPT_CONFIG_OPTIONS: NODE_MAX_ATTEMPT_CONFIG_OPTIONS, resolveRetryConfig: resolveRetryConfig, getRetryPlugin: getRetryPlugin} = __webpack_require__(3609);
    const {TypeRegistry: TypeRegistry, getSchemaSerdePlugin: getSchemaSerdePlugin} = __webpack_require__(6890);
    const {resolveAwsSdkSigV4Config: resolveAwsSdkSigV4Config, AwsSdkSigV4Signer: AwsSdkSigV4Signer, NODE_AUTH_SCHEME_PREFERENCE_OPTIONS: NODE_AUTH_SCHEME_PREFERENCE_OPTIONS} = __webpack_require__(7523);
    const {defaultProvider: defaultProvider} = __webpack_require__(5861);
    const {toUtf8: toUtf8, fromUtf8: fromUtf8, toBase64: toBase64, fromBase64: fromBase64, calculateBodyLength: calculateBodyLength} = __webpack_require__(2430);
    const {streamCollector: streamCollector, NodeHttpHandler: NodeHttpHandler} = __webpack_require__(1279);
    const {AwsJson1_1Protocol: AwsJson1_1Protocol} = __webpack_require__(7288);
    const {Sha256: Sha256} = __webpack_require__(9542);
    const defaultSSMHttpAuthSchemeParametersProvider = async (config, context, input) => ({
      operation: getSmithyContext(context).operation,
      region: await normalizeProvider(config.region)() || (() => {
        throw new Error("expected `region` to be configured for `aws.auth#sigv4`");
      })()
    });
    function createAwsAuthSigv4HttpAuthOption(authParameters) {
      return {
        schemeId: "aws.auth#sigv4",
        signingProperties: {
          name: "ssm",
          region: authParameters.region
        },
        propertiesExtractor: (config, context) => ({
          signingProperties: {
            config: config,
            context: context
          }
        })
      };
    }
    const defaultSSMHttpAuthSchemeProvider = authParameters => {
      const options = [];
      switch (authParameters.operation) {
       default:
        options.push(createAwsAuthSigv4HttpAuthOption(authParameters));
      }
      return options;
    };
    const resolveHttpAuthSchemeConfig = config => {
      const config_0 = resolveAwsSdkSigV4Config(config);
      return Object.assign(config_0, {
        authSchemePreference: normalizeProvider(config.authSchemePreference ?? [])
      });
    };
    const resolveClientEndpointParameters = options => Object.assign(options, {
      useDualstackEndpoint: options.useDualstackEndpoint ?? false,
      useFipsEndpoint: options.useFipsEndpoint ?? false,
      defaultSigningName: "ssm"
    });
    var packageInfo = {
      version: "3.1168.0"
    };
    const k = "ref";
    const a = -1, b = true, c = "isSet", d = "PartitionResult", e = "booleanEquals", f = "getAttr", g = {
      [k]: "Endpoint"
    }, h = {
      [k]: d
    }, i = {}, j = [ {
      [k]: "Region"
    } ];
    const _data = {
      conditions: [ [ c, [ g ] ], [ c, j ], [ "aws.partition", j, d ], [ e, [ {
        [k]: "UseFIPS"
      }, b ] ], [ e, [ {
        [k]: "UseDualStack"
      }, b ] ], [ e, [ {
        fn: f,
        argv: [ h, "supportsDualStack" ]
      }, b ] ], [ e, [ {
        fn: f,
        argv: [ h, "supportsFIPS" ]
      }, b ] ], [ "stringEquals", [ {
        fn: f,
        argv: [ h, "name" ]
      }, "aws-us-gov" ] ] ],
      results: [ [ a ], [ a, "Invalid Configuration: FIPS and custom endpoint are not supported" ], [ a, "Invalid Configuration: Dualstack and custom endpoint are not supported" ], [ g, i ], [ "https://ssm-fips.{Region}.{PartitionResult#dualStackDnsSuffix}", i ], [ a, "FIPS and DualStack are enabled, but this partition does not support one or both" ], [ "https://ssm.{Region}.amazonaws.com", i ], [ "https://ssm-fips.{Region}.{PartitionResult#dnsSuffix}", i ], [ a, "FIPS is enabled but this partition does not support FIPS" ], [ "https://ssm.{Region}.{PartitionResult#dualStackDnsSuffix}", i ], [ a, "DualStack is enabled but this partition does not support DualStack" ], [ "https://ssm.{Region}.{PartitionResult#dnsSuffix}", i ], [ a, "Invalid Configuration: Missing Region" ] ]
    };
    const r = 1e8;
    const nodes = new Int32Array([ -1, 1, -1, 0, 13, 3, 1, 4, r + 12, 2, 5, r + 12, 3, 8, 6, 4, 7, r + 11, 5, r + 9, r + 10, 4, 11, 9, 6, 10, r + 8, 7, r + 6, r + 7, 5, 12, r + 5, 6, r + 4, r + 5, 3, r + 1, 14, 4, r + 2, r + 3 ]);
    const bdd = BinaryDecisionDiagram.from(nodes, 2, _data.conditions, _data.results);
    const cache = new EndpointCache({
      size: 50,
      params: [ "Endpoint", "Region", "UseDualStack", "UseFIPS" ]
    });
    const defaultEndpointResolver = (endpointParams, context = {}) => cache.get(endpointParams, () => decideEndpoint(bdd, {
      endpointParams: endpointParams,
      logger: context.logger
    }));
    customEndpointFunctions.aws = awsEndpointFunctions;
    class SSMServiceException extends ServiceException {
      static shapeId="smithy.ts.sdk.synthetic.com.amazonaws.ssm#SSMServiceException";
      constructor(options) {
        super(options);
        Object.setPrototypeOf(this, SSMServiceException.prototype);
      }
    }
    class AccessDeniedException extends SSMServiceException {
      static shapeId="com.amazonaws.ssm#AccessDeniedException";
      name="AccessDeniedException";
      $fault="client";
      Message;
      constructor(opts) {
        super({
          name: "AccessDeniedException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, AccessDeniedException.prototype);
        this.Message = opts.Message;
      }
    }
    class InternalServerError extends SSMServiceException {
      static shapeId="com.amazonaws.ssm#InternalServerError";
      name="InternalServerError";
      $fault="server";
      Message;
      constructor(opts) {
        super({
          name: "InternalServerError",
          $fault: "server",
          ...opts
        });
        Object.setPrototypeOf(this, InternalServerError.prototype);
        this.Message = opts.Message;
      }
    }
    class InvalidResourceId extends SSMServiceException {
      static shapeId="com.amazonaws.ssm#InvalidResourceId";
      name="InvalidResourceId";
      $fault="client";
      constructor(opts) {
        super({
          name: "InvalidResourceId",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, InvalidResourceId.prototype);
      }
    }
    class InvalidResourceType extends SSMServiceException {
      static shapeId="com.amazonaws.ssm#InvalidResourceType";
      name="InvalidResourceType";
      $fault="client";
      constructor(opts) {
        super({
          name: "InvalidResourceType",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, InvalidResourceType.prototype);
      }
    }
    class TooManyTagsError extends SSMServiceException {
      static shapeId="com.amazonaws.ssm#TooManyTagsError";
      name="TooManyTagsError";
      $fault="client";
      constructor(opts) {
        super({
          name: "TooManyTagsError",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, TooManyTagsError.prototype);
      }
    }
    class TooManyUpdates extends SSMServiceException {
      static shapeId="com.amazonaws.ssm#TooManyUpdates";
      name="TooManyUpdates";
      $fault="client";
      Message;
      constructor(opts) {
        super({
          name: "TooManyUpdates",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, TooManyUpdates.prototype);
        this.Message = opts.Message;
      }
    }
    class AlreadyExistsException extends SSMServiceException {
      static shapeId="com.amazonaws.ssm#AlreadyExistsException";
      name="AlreadyExistsException";
      $fault="client";
      Message;
      constructor(opts) {
        super({
          name: "AlreadyExistsException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, AlreadyExistsException.prototype);
        this.Message = opts.Message;
      }
    }
    class OpsItemConflictException extends SSMServiceException {
      static shapeId="com.amazonaws.ssm#OpsItemConflictException";
      name="OpsItemConflictException";
      $fault="client";
      Message;
      constructor(opts) {
        super({
          name: "OpsItemConflictException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, OpsItemConflictException.prototype);
        this.Message = opts.Message;
      }
    }
    class OpsItemInvalidParameterException extends SSMServiceException {
      static shapeId="com.amazonaws.ssm#OpsItemInvalidParameterException";
      name="OpsItemInvalidParameterException";
      $fault="client";
      ParameterNames;
      Message;
      constructor(opts) {
        super({
          name: "OpsItemInvalidParameterException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, OpsItemInvalidParameterException.prototype);
        this.ParameterNames = opts.ParameterNames;
        this.Message = opts.Message;
      }
    }
    class OpsItemLimitExceededException extends SSMServiceException {
      static shapeId="com.amazonaws.ssm#OpsItemLimitExceededException";
      name="OpsItemLimitExceededException";
      $fault="client";
      ResourceTypes;
      Limit;
      LimitType;
      Message;
      constructor(opts) {
        super({
          name: "OpsItemLimitExceededException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, OpsItemLimitExceededException.prototype);
        this.ResourceTypes = opts.ResourceTypes;
        this.Limit = opts.Limit;
        this.LimitType = opts.LimitType;
        this.Message = opts.Message;
      }
    }
    class OpsItemNotFoundException extends SSMServiceException {
      static shapeId="com.amazonaws.ssm#OpsItemNotFoundException";
      name="OpsItemNotFoundException";
      $fault="client";
      Message;
      constructor(opts) {
        super({
          name: "OpsItemNotFoundException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, OpsItemNotFoundException.prototype);
        this.Message = opts.Message;
      }
    }
    class OpsItemRelatedItemAlreadyExistsException extends SSMServiceException {
      static shapeId="com.amazonaws.ssm#OpsItemRelatedItemAlreadyExistsException";
      name="OpsItemRelatedItemAlreadyExistsException";
      $fault="client";
      Message;
      ResourceUri;
      OpsItemId;
      constructor(opts) {
        super({
          name: "OpsItemRelatedItemAlreadyExistsException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, OpsItemRelatedItemAlreadyExistsException.prototype);
        this.Message = opts.Message;
        this.ResourceUri = opts.ResourceUri;
        this.OpsItemId = opts.OpsItemId;
      }
    }
    class DuplicateInstanceId extends SSMServiceException {
      static shapeId="com.amazonaws.ssm#DuplicateInstanceId";
      name="DuplicateInstanceId";
      $fault="client";
      constructor(opts) {
        super({
          name: "DuplicateInstanceId",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, DuplicateInstanceId.prototype);
      }
    }
    class InvalidCommandId extends SSMServiceException {
      static shapeId="com.amazonaws.ssm#InvalidCommandId";
      name="InvalidCommandId";
      $fault="client";
      constructor(opts) {
        super({
          name: "InvalidCommandId",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, InvalidCommandId.prototype);
      }
    }
    class InvalidInstanceId extends SSMServiceException {
      static shapeId="com.amazonaws.ssm#InvalidInstanceId";
      name="InvalidInstanceId";
      $fault="client";
      Message;
      constructor(opts) {
        super({
          name: "InvalidInstanceId",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, InvalidInstanceId.prototype);
        this.Message = opts.Message;
      }
    }
    class DoesNotExistException extends SSMServiceException {
      static shapeId="com.amazonaws.ssm#DoesNotExistException";
      name="DoesNotExistException";
      $fault="client";
      Message;
      constructor(opts) {
        super({
          name: "DoesNotExistException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, DoesNotExistException.prototype);
        this.Message = opts.Message;
      }
    }
    class InvalidParameters extends SSMServiceException {
      static shapeId="com.amazonaws.ssm#InvalidParameters";
      name="InvalidParameters";
      $fault="client";
      Message;
      constructor(opts) {
        super({
          name: "InvalidParameters",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, InvalidParameters.prototype);
        this.Message = opts.Message;
      }
    }
    class AssociationAlreadyExists extends SSMServiceException {
      static shapeId="com.amazonaws.ssm#AssociationAlreadyExists";
      name="AssociationAlreadyExists";
      $fault="client";
      constructor(opts) {
        super({
          name: "AssociationAlreadyExists",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, AssociationAlreadyExists.prototype);
      }
    }
    class AssociationLimitExceeded extends SSMServiceException {
      static shapeId="com.amazonaws.ssm#AssociationLimitExceeded";
      name="AssociationLimitExceeded";
      $fault="client";
      constructor(opts) {
        super({
          name: "AssociationLimitExceeded",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, AssociationLimitExceeded.prototype);
      }
    }
    class InvalidDocument extends SSMServiceException {
      static shapeId="com.amazonaws.ssm#InvalidDocument";
      name="InvalidDocument";
      $fault="client";
      Message;
      constructor(opts) {
        super({
          name: "InvalidDocument",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, InvalidDocument.prototype);
        this.Message = opts.Message;
      }
    }
    class InvalidDocumentVersion extends SSMServiceException {
      static shapeId="com.amazonaws.ssm#InvalidDocumentVersion";
      name="InvalidDocumentVersion";
      $fault="client";
      Message;
      constructor(opts) {
        super({
          name: "InvalidDocumentVersion",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, InvalidDocumentVersion.prototype);
        this.Message = opts.Message;
      }
    }
    class InvalidOutputLocation extends SSMServiceException {
      static shapeId="com.amazonaws.ssm#InvalidOutputLocation";
      name="InvalidOutputLocation";
      $fault="client";
      constructor(opts) {
        super({
          name: "InvalidOutputLocation",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, InvalidOutputLocation.prototype);
      }
    }
    class InvalidSchedule extends SSMServiceException {
      static shapeId="com.amazonaws.ssm#InvalidSchedule";
      name="InvalidSchedule";
      $fault="client";
      Message;
      constructor(opts) {
        super({
          name: "InvalidSchedule",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, InvalidSchedule.prototype);
        this.Message = opts.Message;
      }
    }
    class InvalidTag extends SSMServiceException {
      static shapeId="com.amazonaws.ssm#InvalidTag";
      name="InvalidTag";
      $fault="client";
      Message;
      constructor(opts) {
        super({
          name: "InvalidTag",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, InvalidTag.prototype);
        this.Message = opts.Message;
      }
    }
    class InvalidTarget extends SSMServiceException {
      static shapeId="com.amazonaws.ssm#InvalidTarget";
      name="InvalidTarget";
      $fault="client";
      Message;
      constructor(opts) {
        super({
          name: "InvalidTarget",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, InvalidTarget.prototype);
        this.Message = opts.Message;
      }
    }
    class InvalidTargetMaps extends SSMServiceException {
      static shapeId="com.amazonaws.ssm#InvalidTargetMaps";
      name="InvalidTargetMaps";
      $fault="client";
      Message;
      constructor(opts) {
        super({
          name: "InvalidTargetMaps",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, InvalidTargetMaps.prototype);
        this.Message = opts.Message;
      }
    }
    class UnsupportedPlatformType extends SSMServiceException {
      static shapeId="com.amazonaws.ssm#UnsupportedPlatformType";
      name="UnsupportedPlatformType";
      $fault="client";
      Message;
      constructor(opts) {
        super({
          name: "UnsupportedPlatformType",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, UnsupportedPlatformType.prototype);
        this.Message = opts.Message;
      }
    }
    class ConflictException extends SSMServiceException {
      static shapeId="com.amazonaws.ssm#ConflictException";
      name="ConflictException";
      $fault="client";
      Message;
      constructor(opts) {
        super({
          name: "ConflictException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, ConflictException.prototype);
        this.Message = opts.Message;
      }
    }
    class ServiceQuotaExceededException extends SSMServiceException {
      static shapeId="com.amazonaws.ssm#ServiceQuotaExceededException";
      name="ServiceQuotaExceededException";
      $fault="client";
      Message;
      ResourceId;
      ResourceType;
      QuotaCode;
      ServiceCode;
      constructor(opts) {
        super({
          name: "ServiceQuotaExceededException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, ServiceQuotaExceededException.prototype);
        this.Message = opts.Message;
        this.ResourceId = opts.ResourceId;
        this.ResourceType = opts.ResourceType;
        this.QuotaCode = opts.QuotaCode;
        this.ServiceCode = opts.ServiceCode;
      }
    }
    class DocumentAlreadyExists extends SSMServiceException {
      static shapeId="com.amazonaws.ssm#DocumentAlreadyExists";
      name="DocumentAlreadyExists";
      $fault="client";
      Message;
      constructor(opts) {
        super({
          name: "DocumentAlreadyExists",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, DocumentAlreadyExists.prototype);
        this.Message = opts.Message;
      }
    }
    class DocumentLimitExceeded extends SSMServiceException {
      static shapeId="com.amazonaws.ssm#DocumentLimitExceeded";
      name="DocumentLimitExceeded";
      $fault="client";
      Message;
      constructor(opts) {
        super({
          name: "DocumentLimitExceeded",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, DocumentLimitExceeded.prototype);
        this.Message = opts.Message;
      }
    }
    class InvalidDocumentContent extends SSMServiceException {
      static shapeId="com.amazonaws.ssm#InvalidDocumentContent";
      name="InvalidDocumentContent";
      $fault="client";
      Message;
      constructor(opts) {
        super({
          name: "InvalidDocumentContent",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, InvalidDocumentContent.prototype);
        this.Message = opts.Message;
      }
    }
    class InvalidDocumentSchemaVersion extends SSMServiceException {
      static shapeId="com.amazonaws.ssm#InvalidDocumentSchemaVersion";
      name="InvalidDocumentSchemaVersion";
      $fault="client";
      Message;
      constructor(opts) {
        super({
          name: "InvalidDocumentSchemaVersion",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, InvalidDocumentSchemaVersion.prototype);
        this.Message = opts.Message;
      }
    }
    class MaxDocumentSizeExceeded extends SSMServiceException {
      static shapeId="com.amazonaws.ssm#MaxDocumentSizeExceeded";
      name="MaxDocumentSizeExceeded";
      $fault="client";
      Message;
      constructor(opts) {
        super({
          name: "MaxDocumentSizeExceeded",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, MaxDocumentSizeExceeded.prototype);
        this.Message = opts.Message;
      }
    }
    class NoLongerSupportedException extends SSMServiceException {
      static shapeId="com.amazonaws.ssm#NoLongerSupportedException";
      name="NoLongerSupportedException";
      $fault="client";
      Message;
      constructor(opts) {
        super({
          name: "NoLongerSupportedException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, NoLongerSupportedException.prototype);
        this.Message = opts.Message;
      }
    }
    class IdempotentParameterMismatch extends SSMServiceException {
      static shapeId="com.amazonaws.ssm#IdempotentParameterMismatch";
      name="IdempotentParameterMismatch";
      $fault="client";
      Message;
      constructor(opts) {
        super({
          name: "IdempotentParameterMismatch",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, IdempotentParameterMismatch.prototype);
        this.Message = opts.Message;
      }
    }
    class ResourceLimitExceededException extends SSMServiceException {
      static shapeId="com.amazonaws.ssm#ResourceLimitExceededException";
      name="ResourceLimitExceededException";
      $fault="client";
      Message;
      constructor(opts) {
        super({
          name: "ResourceLimitExceededException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, ResourceLimitExceededException.prototype);
        this.Message = opts.Message;
      }
    }
    class OpsItemAccessDeniedException extends SSMServiceException {
      static shapeId="com.amazonaws.ssm#OpsItemAccessDeniedException";
      name="OpsItemAccessDeniedException";
      $fault="client";
      Message;
      constructor(opts) {
        super({
          name: "OpsItemAccessDeniedException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, OpsItemAccessDeniedException.prototype);
        this.Message = opts.Message;
      }
    }
    class OpsItemAlreadyExistsException extends SSMServiceException {
      static shapeId="com.amazonaws.ssm#OpsItemAlreadyExistsException";
      name="OpsItemAlreadyExistsException";
      $fault="client";
      Message;
      OpsItemId;
      constructor(opts) {
        super({
          name: "OpsItemAlreadyExistsException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, OpsItemAlreadyExistsException.prototype);
        this.Message = opts.Message;
        this.OpsItemId = opts.OpsItemId;
      }
    }
    class OpsMetadataAlreadyExistsException extends SSMServiceException {
      static shapeId="com.amazonaws.ssm#OpsMetadataAlreadyExistsException";
      name="OpsMetadataAlreadyExistsException";
      $fault="client";
      constructor(opts) {
        super({
          name: "OpsMetadataAlreadyExistsException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, OpsMetadataAlreadyExistsException.prototype);
      }
    }
    class OpsMetadataInvalidArgumentException extends SSMServiceException {
      static shapeId="com.amazonaws.ssm#OpsMetadataInvalidArgumentException";
      name="OpsMetadataInvalidArgumentException";
      $fault="client";
      constructor(opts) {
        super({
          name: "OpsMetadataInvalidArgumentException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, OpsMetadataInvalidArgumentException.prototype);
      }
    }
    class OpsMetadataLimitExceededException extends SSMServiceException {
      static shapeId="com.amazonaws.ssm#OpsMetadataLimitExceededException";
      name="OpsMetadataLimitExceededException";
      $fault="client";
      constructor(opts) {
        super({
          name: "OpsMetadataLimitExceededException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, OpsMetadataLimitExceededException.prototype);
      }
    }
    class OpsMetadataTooManyUpdatesException extends SSMServiceException {
      static shapeId="com.amazonaws.ssm#OpsMetadataTooManyUpdatesException";
      name="OpsMetadataTooManyUpdatesException";
      $fault="client";
      constructor(opts) {
        super({
          name: "OpsMetadataTooManyUpdatesException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, OpsMetadataTooManyUpdatesException.prototype);
      }
    }
    class ResourceDataSyncAlreadyExistsException extends SSMServiceException {
      static shapeId="com.amazonaws.ssm#ResourceDataSyncAlreadyExistsException";
      name="ResourceDataSyncAlreadyExistsException";
      $fault="client";
      SyncName;
      constructor(opts) {
        super({
          name: "ResourceDataSyncAlreadyExistsException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, ResourceDataSyncAlreadyExistsException.prototype);
        this.SyncName = opts.SyncName;
      }
    }
    class ResourceDataSyncCountExceededException extends SSMServiceException {
      static shapeId="com.amazonaws.ssm#ResourceDataSyncCountExceededException";
      name="ResourceDataSyncCountExceededException";
      $fault="client";
      Message;
      constructor(opts) {
        super({
          name: "ResourceDataSyncCountExceededException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, ResourceDataSyncCountExceededException.prototype);
        this.Message = opts.Message;
      }
    }
    class ResourceDataSyncInvalidConfigurationException extends SSMServiceException {
      static shapeId="com.amazonaws.ssm#ResourceDataSyncInvalidConfigurationException";
      name="ResourceDataSyncInvalidConfigurationException";
      $fault="client";
      Message;
      constructor(opts) {
        super({
          name: "ResourceDataSyncInvalidConfigurationException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, ResourceDataSyncInvalidConfigurationException.prototype);
        this.Message = opts.Message;
      }
    }
    class InvalidActivation extends SSMServiceException {
      static shapeId="com.amazonaws.ssm#InvalidActivation";
      name="InvalidActivation";
      $fault="client";
      Message;
      constructor(opts) {
        super({
          name: "InvalidActivation",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, InvalidActivation.prototype);
        this.Message = opts.Message;
      }
    }
    class InvalidActivationId extends SSMServiceException {
      static shapeId="com.amazonaws.ssm#InvalidActivationId";
      name="InvalidActivationId";
      $fault="client";
      Message;
      constructor(opts) {
        super({
          name: "InvalidActivationId",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, InvalidActivationId.prototype);
        this.Message = opts.Message;
      }
    }
    class AssociationDoesNotExist extends SSMServiceException {
      static shapeId="com.amazonaws.ssm#AssociationDoesNotExist";
      name="AssociationDoesNotExist";
      $fault="client";
      Message;
      constructor(opts) {
        super({
          name: "AssociationDoesNotExist",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, AssociationDoesNotExist.prototype);
        this.Message = opts.Message;
      }
    }
    class ResourceNotFoundException extends SSMServiceException {
      static shapeId="com.amazonaws.ssm#ResourceNotFoundException";
      name="ResourceNotFoundException";
      $fault="client";
      Message;
      constructor(opts) {
        super({
          name: "ResourceNotFoundException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, ResourceNotFoundException.prototype);
        this.Message = opts.Message;
      }
    }
    class AssociatedInstances extends SSMServiceException {
      static shapeId="com.amazonaws.ssm#AssociatedInstances";
      name="AssociatedInstances";
      $fault="client";
      constructor(opts) {
        super({
          name: "AssociatedInstances",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, AssociatedInstances.prototype);
      }
    }
    class InvalidDocumentOperation extends SSMServiceException {
      static shapeId="com.amazonaws.ssm#InvalidDocumentOperation";
      name="InvalidDocumentOperation";
      $fault="client";
      Message;
      constructor(opts) {
        super({
          name: "InvalidDocumentOperation",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, InvalidDocumentOperation.prototype);
        this.Message = opts.Message;
      }
    }
    class InvalidDeleteInventoryParametersException extends SSMServiceException {
      static shapeId="com.amazonaws.ssm#InvalidDeleteInventoryParametersException";
      name="InvalidDeleteInventoryParametersException";
      $fault="client";
      Message;
      constructor(opts) {
        super({
          name: "InvalidDeleteInventoryParametersException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, InvalidDeleteInventoryParametersException.prototype);
        this.Message = opts.Message;
      }
    }
    class InvalidInventoryRequestException extends SSMServiceException {
      static shapeId="com.amazonaws.ssm#InvalidInventoryRequestException";
      name="InvalidInventoryRequestException";
      $fault="client";
      Message;
      constructor(opts) {
        super({
          name: "InvalidInventoryRequestException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, InvalidInventoryRequestException.prototype);
        this.Message = opts.Message;
      }
    }
    class InvalidOptionException extends SSMServiceException {
      static shapeId="com.amazonaws.ssm#InvalidOptionException";
      name="InvalidOptionException";
      $fault="client";
      Message;
      constructor(opts) {
        super({
          name: "InvalidOptionException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, InvalidOptionException.prototype);
        this.Message = opts.Message;
      }
    }
    class InvalidTypeNameException extends SSMServiceException {
      static shapeId="com.amazonaws.ssm#InvalidTypeNameException";
      name="InvalidTypeNameException";
      $fault="client";
      Message;
      constructor(opts) {
        super({
          name: "InvalidTypeNameException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, InvalidTypeNameException.prototype);
        this.Message = opts.Message;
      }
    }
    class OpsMetadataNotFoundException extends SSMServiceException {
      static shapeId="com.amazonaws.ssm#OpsMetadataNotFoundException";
      name="OpsMetadataNotFoundException";
      $fault="client";
      constructor(opts) {
        super({
          name: "OpsMetadataNotFoundException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, OpsMetadataNotFoundException.prototype);
      }
    }
    class ParameterNotFound extends SSMServiceException {
      static shapeId="com.amazonaws.ssm#ParameterNotFound";
      name="ParameterNotFound";
      $fault="client";
      constructor(opts) {
        super({
          name: "ParameterNotFound",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, ParameterNotFound.prototype);
      }
    }
    class ResourceInUseException extends SSMServiceException {
      static shapeId="com.amazonaws.ssm#ResourceInUseException";
      name="ResourceInUseException";
      $fault="client";
      Message;
      constructor(opts) {
        super({
          name: "ResourceInUseException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, ResourceInUseException.prototype);
        this.Message = opts.Message;
      }
    }
    class ResourceDataSyncNotFoundException extends SSMServiceException {
      static shapeId="com.amazonaws.ssm#ResourceDataSyncNotFoundException";
      name="ResourceDataSyncNotFoundException";
      $fault="client";
      SyncName;
      SyncType;
      Message;
      constructor(opts) {
        super({
          name: "ResourceDataSyncNotFoundException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, ResourceDataSyncNotFoundException.prototype);
        this.SyncName = opts.SyncName;
        this.SyncType = opts.SyncType;
        this.Message = opts.Message;
      }
    }
    class MalformedResourcePolicyDocumentException extends SSMServiceException {
      static shapeId="com.amazonaws.ssm#MalformedResourcePolicyDocumentException";
      name="MalformedResourcePolicyDocumentException";
      $fault="client";
      Message;
      constructor(opts) {
        super({
          name: "MalformedResourcePolicyDocumentException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, MalformedResourcePolicyDocumentException.prototype);
        this.Message = opts.Message;
      }
    }
    class ResourcePolicyConflictException extends SSMServiceException {
      static shapeId="com.amazonaws.ssm#ResourcePolicyConflictException";
      name="ResourcePolicyConflictException";
      $fault="client";
      Message;
      constructor(opts) {
        super({
          name: "ResourcePolicyConflictException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, ResourcePolicyConflictException.prototype);
        this.Message = opts.Message;
      }
    }
    class ResourcePolicyInvalidParameterException extends SSMServiceException {
      static shapeId="com.amazonaws.ssm#ResourcePolicyInvalidParameterException";
      name="ResourcePolicyInvalidParameterException";
      $fault="client";
      ParameterNames;
      Message;
      constructor(opts) {
        super({
          name: "ResourcePolicyInvalidParameterException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, ResourcePolicyInvalidParameterException.prototype);
        this.ParameterNames = opts.ParameterNames;
        this.Message = opts.Message;
      }
    }
    class ResourcePolicyNotFoundException extends SSMServiceException {
      static shapeId="com.amazonaws.ssm#ResourcePolicyNotFoundException";
      name="ResourcePolicyNotFoundException";
      $fault="client";
      Message;
      constructor(opts) {
        super({
          name: "ResourcePolicyNotFoundException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, ResourcePolicyNotFoundException.prototype);
        this.Message = opts.Message;
      }
    }
    class TargetInUseException extends SSMServiceException {
      static shapeId="com.amazonaws.ssm#TargetInUseException";
      name="TargetInUseException";
      $fault="client";
      Message;
      constructor(opts) {
        super({
          name: "TargetInUseException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, TargetInUseException.prototype);
        this.Message = opts.Message;
      }
    }
    class InvalidFilter extends SSMServiceException {
      static shapeId="com.amazonaws.ssm#InvalidFilter";
      name="InvalidFilter";
      $fault="client";
      Message;
      constructor(opts) {
        super({
          name: "InvalidFilter",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, InvalidFilter.prototype);
        this.Message = opts.Message;
      }
    }
    class InvalidNextToken extends SSMServiceException {
      static shapeId="com.amazonaws.ssm#InvalidNextToken";
      name="InvalidNextToken";
      $fault="client";
      Message;
      constructor(opts) {
        super({
          name: "InvalidNextToken",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, InvalidNextToken.prototype);
        this.Message = opts.Message;
      }
    }
    class InvalidAssociationVersion extends SSMServiceException {
      static shapeId="com.amazonaws.ssm#InvalidAssociationVersion";
      name="InvalidAssociationVersion";
      $fault="client";
      Message;
      constructor(opts) {
        super({
          name: "InvalidAssociationVersion",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, InvalidAssociationVersion.prototype);
        this.Message = opts.Message;
      }
    }
    class AssociationExecutionDoesNotExist extends SSMServiceException {
      static shapeId="com.amazonaws.ssm#AssociationExecutionDoesNotExist";
      name="AssociationExecutionDoesNotExist";
      $fault="client";
      Message;
      constructor(opts) {
        super({
          name: "AssociationExecutionDoesNotExist",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, AssociationExecutionDoesNotExist.prototype);
        this.Message = opts.Message;
      }
    }
    class InvalidFilterKey extends SSMServiceException {
      static shapeId="com.amazonaws.ssm#InvalidFilterKey";
      name="InvalidFilterKey";
      $fault="client";
      constructor(opts) {
        super({
          name: "InvalidFilterKey",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, InvalidFilterKey.prototype);
      }
    }
    class InvalidFilterValue extends SSMServiceException {
      static shapeId="com.amazonaws.ssm#InvalidFilterValue";
      name="InvalidFilterValue";
      $fault="client";
      Message;
      constructor(opts) {
        super({
          name: "InvalidFilterValue",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, InvalidFilterValue.prototype);
        this.Message = opts.Message;
      }
    }
    class AutomationExecutionNotFoundException extends SSMServiceException {
      static shapeId="com.amazonaws.ssm#AutomationExecutionNotFoundException";
      name="AutomationExecutionNotFoundException";
      $fault="client";
      Message;
      constructor(opts) {
        super({
          name: "AutomationExecutionNotFoundException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, AutomationExecutionNotFoundException.prototype);
        this.Message = opts.Message;
      }
    }
    class InvalidPermissionType extends SSMServiceException {
      static shapeId="com.amazonaws.ssm#InvalidPermissionType";
      name="InvalidPermissionType";
      $fault="client";
      Message;
      constructor(opts) {
        super({
          name: "InvalidPermissionType",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, InvalidPermissionType.prototype);
        this.Message = opts.Message;
      }
    }
    class UnsupportedOperatingSystem extends SSMServiceException {
      static shapeId="com.amazonaws.ssm#UnsupportedOperatingSystem";
      name="UnsupportedOperatingSystem";
      $fault="client";
      Message;
      constructor(opts) {
        super({
          name: "UnsupportedOperatingSystem",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, UnsupportedOperatingSystem.prototype);
        this.Message = opts.Message;
      }
    }
    class InvalidInstanceInformationFilterValue extends SSMServiceException {
      static shapeId="com.amazonaws.ssm#InvalidInstanceInformationFilterValue";
      name="InvalidInstanceInformationFilterValue";
      $fault="client";
      constructor(opts) {
        super({
          name: "InvalidInstanceInformationFilterValue",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, InvalidInstanceInformationFilterValue.prototype);
      }
    }
    class InvalidInstancePropertyFilterValue extends SSMServiceException {
      static shapeId="com.amazonaws.ssm#InvalidInstancePropertyFilterValue";
      name="InvalidInstancePropertyFilterValue";
      $fault="client";
      constructor(opts) {
        super({
          name: "InvalidInstancePropertyFilterValue",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, InvalidInstancePropertyFilterValue.prototype);
      }
    }
    class InvalidDeletionIdException extends SSMServiceException {
      static shapeId="com.amazonaws.ssm#InvalidDeletionIdException";
      name="InvalidDeletionIdException";
      $fault="client";
      Message;
      constructor(opts) {
        super({
          name: "InvalidDeletionIdException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, InvalidDeletionIdException.prototype);
        this.Message = opts.Message;
      }
    }
    class InvalidFilterOption extends SSMServiceException {
      static shapeId="com.amazonaws.ssm#InvalidFilterOption";
      name="InvalidFilterOption";
      $fault="client";
      constructor(opts) {
        super({
          name: "InvalidFilterOption",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, InvalidFilterOption.prototype);
      }
    }
    class OpsItemRelatedItemAssociationNotFoundException extends SSMServiceException {
      static shapeId="com.amazonaws.ssm#OpsItemRelatedItemAssociationNotFoundException";
      name="OpsItemRelatedItemAssociationNotFoundException";
      $fault="client";
      Message;
      constructor(opts) {
        super({
          name: "OpsItemRelatedItemAssociationNotFoundException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, OpsItemRelatedItemAssociationNotFoundException.prototype);
        this.Message = opts.Message;
      }
    }
    class ThrottlingException extends SSMServiceException {
      static shapeId="com.amazonaws.ssm#ThrottlingException";
      name="ThrottlingException";
      $fault="client";
      Message;
      QuotaCode;
      ServiceCode;
      constructor(opts) {
        super({
          name: "ThrottlingException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, ThrottlingException.prototype);
        this.Message = opts.Message;
        this.QuotaCode = opts.QuotaCode;
        this.ServiceCode = opts.ServiceCode;
      }
    }
    class ValidationException extends SSMServiceException {
      static shapeId="com.amazonaws.ssm#ValidationException";
      name="ValidationException";
      $fault="client";
      Message;
      ReasonCode;
      constructor(opts) {
        super({
          name: "ValidationException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, ValidationException.prototype);
        this.Message = opts.Message;
        this.ReasonCode = opts.ReasonCode;
      }
    }
    class InvalidDocumentType extends SSMServiceException {
      static shapeId="com.amazonaws.ssm#InvalidDocumentType";
      name="InvalidDocumentType";
      $fault="client";
      Message;
      constructor(opts) {
        super({
          name: "InvalidDocumentType",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, InvalidDocumentType.prototype);
        this.Message = opts.Message;
      }
    }
    class UnsupportedCalendarException extends SSMServiceException {
      static shapeId="com.amazonaws.ssm#UnsupportedCalendarException";
      name="UnsupportedCalendarException";
      $fault="client";
      Message;
      constructor(opts) {
        super({
          name: "UnsupportedCalendarException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, UnsupportedCalendarException.prototype);
        this.Message = opts.Message;
      }
    }
    class InvalidPluginName extends SSMServiceException {
      static shapeId="com.amazonaws.ssm#InvalidPluginName";
      name="InvalidPluginName";
      $fault="client";
      constructor(opts) {
        super({
          name: "InvalidPluginName",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, InvalidPluginName.prototype);
      }
    }
    class InvocationDoesNotExist extends SSMServiceException {
      static shapeId="com.amazonaws.ssm#InvocationDoesNotExist";
      name="InvocationDoesNotExist";
      $fault="client";
      constructor(opts) {
        super({
          name: "InvocationDoesNotExist",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, InvocationDoesNotExist.prototype);
      }
    }
    class UnsupportedFeatureRequiredException extends SSMServiceException {
      static shapeId="com.amazonaws.ssm#UnsupportedFeatureRequiredException";
      name="UnsupportedFeatureRequiredException";
      $fault="client";
      Message;
      constructor(opts) {
        super({
          name: "UnsupportedFeatureRequiredException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, UnsupportedFeatureRequiredException.prototype);
        this.Message = opts.Message;
      }
    }
    class InvalidAggregatorException extends SSMServiceException {
      static shapeId="com.amazonaws.ssm#InvalidAggregatorException";
      name="InvalidAggregatorException";
      $fault="client";
      Message;
      constructor(opts) {
        super({
          name: "InvalidAggregatorException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, InvalidAggregatorException.prototype);
        this.Message = opts.Message;
      }
    }
    class InvalidInventoryGroupException extends SSMServiceException {
      static shapeId="com.amazonaws.ssm#InvalidInventoryGroupException";
      name="InvalidInventoryGroupException";
      $fault="client";
      Message;
      constructor(opts) {
        super({
          name: "InvalidInventoryGroupException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, InvalidInventoryGroupException.prototype);
        this.Message = opts.Message;
      }
    }
    class InvalidResultAttributeException extends SSMServiceException {
      static shapeId="com.amazonaws.ssm#InvalidResultAttributeException";
      name="InvalidResultAttributeException";
      $fault="client";
      Message;
      constructor(opts) {
        super({
          name: "InvalidResultAttributeException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, InvalidResultAttributeException.prototype);
        this.Message = opts.Message;
      }
    }
    class InvalidKeyId extends SSMServiceException {
      static shapeId="com.amazonaws.ssm#InvalidKeyId";
      name="InvalidKeyId";
      $fault="client";
      constructor(opts) {
        super({
          name: "InvalidKeyId",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, InvalidKeyId.prototype);
      }
    }
    class ParameterVersionNotFound extends SSMServiceException {
      static shapeId="com.amazonaws.ssm#ParameterVersionNotFound";
      name="ParameterVersionNotFound";
      $fault="client";
      constructor(opts) {
        super({
          name: "ParameterVersionNotFound",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, ParameterVersionNotFound.prototype);
      }
    }
    class ServiceSettingNotFound extends SSMServiceException {
      static shapeId="com.amazonaws.ssm#ServiceSettingNotFound";
      name="ServiceSettingNotFound";
      $fault="client";
      Message;
      constructor(opts) {
        super({
          name: "ServiceSettingNotFound",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, ServiceSettingNotFound.prototype);
        this.Message = opts.Message;
      }
    }
    class ParameterVersionLabelLimitExceeded extends SSMServiceException {
      static shapeId="com.amazonaws.ssm#ParameterVersionLabelLimitExceeded";
      name="ParameterVersionLabelLimitExceeded";
      $fault="client";
      constructor(opts) {
        super({
          name: "ParameterVersionLabelLimitExceeded",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, ParameterVersionLabelLimitExceeded.prototype);
      }
    }
    class UnsupportedOperationException extends SSMServiceException {
      static shapeId="com.amazonaws.ssm#UnsupportedOperationException";
      name="UnsupportedOperationException";
      $fault="client";
      Message;
      constructor(opts) {
        super({
          name: "UnsupportedOperationException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, UnsupportedOperationException.prototype);
        this.Message = opts.Message;
      }
    }
    class DocumentPermissionLimit extends SSMServiceException {
      static shapeId="com.amazonaws.ssm#DocumentPermissionLimit";
      name="DocumentPermissionLimit";
      $fault="client";
      Message;
      constructor(opts) {
        super({
          name: "DocumentPermissionLimit",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, DocumentPermissionLimit.prototype);
        this.Message = opts.Message;
      }
    }
    class ComplianceTypeCountLimitExceededException extends SSMServiceException {
      static shapeId="com.amazonaws.ssm#ComplianceTypeCountLimitExceededException";
      name="ComplianceTypeCountLimitExceededException";
      $fault="client";
      Message;
      constructor(opts) {
        super({
          name: "ComplianceTypeCountLimitExceededException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, ComplianceTypeCountLimitExceededException.prototype);
        this.Message = opts.Message;
      }
    }
    class InvalidItemContentException extends SSMServiceException {
      static shapeId="com.amazonaws.ssm#InvalidItemContentException";
      name="InvalidItemContentException";
      $fault="client";
      TypeName;
      Message;
      constructor(opts) {
        super({
          name: "InvalidItemContentException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, InvalidItemContentException.prototype);
        this.TypeName = opts.TypeName;
        this.Message = opts.Message;
      }
    }
    class ItemSizeLimitExceededException extends SSMServiceException {
      static shapeId="com.amazonaws.ssm#ItemSizeLimitExceededException";
      name="ItemSizeLimitExceededException";
      $fault="client";
      TypeName;
      Message;
      constructor(opts) {
        super({
          name: "ItemSizeLimitExceededException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, ItemSizeLimitExceededException.prototype);
        this.TypeName = opts.TypeName;
        this.Message = opts.Message;
      }
    }
    class TotalSizeLimitExceededException extends SSMServiceException {
      static shapeId="com.amazonaws.ssm#TotalSizeLimitExceededException";
      name="TotalSizeLimitExceededException";
      $fault="client";
      Message;
      constructor(opts) {
        super({
          name: "TotalSizeLimitExceededException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, TotalSizeLimitExceededException.prototype);
        this.Message = opts.Message;
      }
    }
    class CustomSchemaCountLimitExceededException extends SSMServiceException {
      static shapeId="com.amazonaws.ssm#CustomSchemaCountLimitExceededException";
      name="CustomSchemaCountLimitExceededException";
      $fault="client";
      Message;
      constructor(opts) {
        super({
          name: "CustomSchemaCountLimitExceededException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, CustomSchemaCountLimitExceededException.prototype);
        this.Message = opts.Message;
      }
    }
    class InvalidInventoryItemContextException extends SSMServiceException {
      static shapeId="com.amazonaws.ssm#InvalidInventoryItemContextException";
      name="InvalidInventoryItemContextException";
      $fault="client";
      Message;
      constructor(opts) {
        super({
          name: "InvalidInventoryItemContextException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, InvalidInventoryItemContextException.prototype);
        this.Message = opts.Message;
      }
    }
    class ItemContentMismatchException extends SSMServiceException {
      static shapeId="com.amazonaws.ssm#ItemContentMismatchException";
      name="ItemContentMismatchException";
      $fault="client";
      TypeName;
      Message;
      constructor(opts) {
        super({
          name: "ItemContentMismatchException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, ItemContentMismatchException.prototype);
        this.TypeName = opts.TypeName;
        this.Message = opts.Message;
      }
    }
    class SubTypeCountLimitExceededException extends SSMServiceException {
      static shapeId="com.amazonaws.ssm#SubTypeCountLimitExceededException";
      name="SubTypeCountLimitExceededException";
      $fault="client";
      Message;
      constructor(opts) {
        super({
          name: "SubTypeCountLimitExceededException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, SubTypeCountLimitExceededException.prototype);
        this.Message = opts.Message;
      }
    }
    class UnsupportedInventoryItemContextException extends SSMServiceException {
      static shapeId="com.amazonaws.ssm#UnsupportedInventoryItemContextException";
      name="UnsupportedInventoryItemContextException";
      $fault="client";
      TypeName;
      Message;
      constructor(opts) {
        super({
          name: "UnsupportedInventoryItemContextException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, UnsupportedInventoryItemContextException.prototype);
        this.TypeName = opts.TypeName;
        this.Message = opts.Message;
      }
    }
    class UnsupportedInventorySchemaVersionException extends SSMServiceException {
      static shapeId="com.amazonaws.ssm#UnsupportedInventorySchemaVersionException";
      name="UnsupportedInventorySchemaVersionException";
      $fault="client";
      Message;
      constructor(opts) {
        super({
          name: "UnsupportedInventorySchemaVersionException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, UnsupportedInventorySchemaVersionException.prototype);
        this.Message = opts.Message;
      }
    }
    class HierarchyLevelLimitExceededException extends SSMServiceException {
      static shapeId="com.amazonaws.ssm#HierarchyLevelLimitExceededException";
      name="HierarchyLevelLimitExceededException";
      $fault="client";
      constructor(opts) {
        super({
          name: "HierarchyLevelLimitExceededException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, HierarchyLevelLimitExceededException.prototype);
      }
    }
    class HierarchyTypeMismatchException extends SSMServiceException {
      static shapeId="com.amazonaws.ssm#HierarchyTypeMismatchException";
      name="HierarchyTypeMismatchException";
      $fault="client";
      constructor(opts) {
        super({
          name: "HierarchyTypeMismatchException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, HierarchyTypeMismatchException.prototype);
      }
    }
    class IncompatiblePolicyException extends SSMServiceException {
      static shapeId="com.amazonaws.ssm#IncompatiblePolicyException";
      name="IncompatiblePolicyException";
      $fault="client";
      constructor(opts) {
        super({
          name: "IncompatiblePolicyException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, IncompatiblePolicyException.prototype);
      }
    }
    class InvalidAllowedPatternException extends SSMServiceException {
      static shapeId="com.amazonaws.ssm#InvalidAllowedPatternException";
      name="InvalidAllowedPatternException";
      $fault="client";
      constructor(opts) {
        super({
          name: "InvalidAllowedPatternException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, InvalidAllowedPatternException.prototype);
      }
    }
    class InvalidPolicyAttributeException extends SSMServiceException {
      static shapeId="com.amazonaws.ssm#InvalidPolicyAttributeException";
      name="InvalidPolicyAttributeException";
      $fault="client";
      constructor(opts) {
        super({
          name: "InvalidPolicyAttributeException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, InvalidPolicyAttributeException.prototype);
      }
    }
    class InvalidPolicyTypeException extends SSMServiceException {
      static shapeId="com.amazonaws.ssm#InvalidPolicyTypeException";
      name="InvalidPolicyTypeException";
      $fault="client";
      constructor(opts) {
        super({
          name: "InvalidPolicyTypeException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, InvalidPolicyTypeException.prototype);
      }
    }
    class ParameterAlreadyExists extends SSMServiceException {
      static shapeId="com.amazonaws.ssm#ParameterAlreadyExists";
      name="ParameterAlreadyExists";
      $fault="client";
      constructor(opts) {
        super({
          name: "ParameterAlreadyExists",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, ParameterAlreadyExists.prototype);
      }
    }
    class ParameterLimitExceeded extends SSMServiceException {
      static shapeId="com.amazonaws.ssm#ParameterLimitExceeded";
      name="ParameterLimitExceeded";
      $fault="client";
      constructor(opts) {
        super({
          name: "ParameterLimitExceeded",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, ParameterLimitExceeded.prototype);
      }
    }
    class ParameterMaxVersionLimitExceeded extends SSMServiceException {
      static shapeId="com.amazonaws.ssm#ParameterMaxVersionLimitExceeded";
      name="ParameterMaxVersionLimitExceeded";
      $fault="client";
      constructor(opts) {
        super({
          name: "ParameterMaxVersionLimitExceeded",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, ParameterMaxVersionLimitExceeded.prototype);
      }
    }
    class ParameterPatternMismatchException extends SSMServiceException {
      static shapeId="com.amazonaws.ssm#ParameterPatternMismatchException";
      name="ParameterPatternMismatchException";
      $fault="client";
      constructor(opts) {
        super({
          name: "ParameterPatternMismatchException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, ParameterPatternMismatchException.prototype);
      }
    }
    class PoliciesLimitExceededException extends SSMServiceException {
      static shapeId="com.amazonaws.ssm#PoliciesLimitExceededException";
      name="PoliciesLimitExceededException";
      $fault="client";
      constructor(opts) {
        super({
          name: "PoliciesLimitExceededException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, PoliciesLimitExceededException.prototype);
      }
    }
    class UnsupportedParameterType extends SSMServiceException {
      static shapeId="com.amazonaws.ssm#UnsupportedParameterType";
      name="UnsupportedParameterType";
      $fault="client";
      constructor(opts) {
        super({
          name: "UnsupportedParameterType",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, UnsupportedParameterType.prototype);
      }
    }
    class ResourcePolicyLimitExceededException extends SSMServiceException {
      static shapeId="com.amazonaws.ssm#ResourcePolicyLimitExceededException";
      name="ResourcePolicyLimitExceededException";
      $fault="client";
      Limit;
      LimitType;
      Message;
      constructor(opts) {
        super({
          name: "ResourcePolicyLimitExceededException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, ResourcePolicyLimitExceededException.prototype);
        this.Limit = opts.Limit;
        this.LimitType = opts.LimitType;
        this.Message = opts.Message;
      }
    }
    class FeatureNotAvailableException extends SSMServiceException {
      static shapeId="com.amazonaws.ssm#FeatureNotAvailableException";
      name="FeatureNotAvailableException";
      $fault="client";
      Message;
      constructor(opts) {
        super({
          name: "FeatureNotAvailableException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, FeatureNotAvailableException.prototype);
        this.Message = opts.Message;
      }
    }
    class AutomationStepNotFoundException extends SSMServiceException {
      static shapeId="com.amazonaws.ssm#AutomationStepNotFoundException";
      name="AutomationStepNotFoundException";
      $fault="client";
      Message;
      constructor(opts) {
        super({
          name: "AutomationStepNotFoundException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, AutomationStepNotFoundException.prototype);
        this.Message = opts.Message;
      }
    }
    class InvalidAutomationSignalException extends SSMServiceException {
      static shapeId="com.amazonaws.ssm#InvalidAutomationSignalException";
      name="InvalidAutomationSignalException";
      $fault="client";
      Message;
      constructor(opts) {
        super({
          name: "InvalidAutomationSignalException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, InvalidAutomationSignalException.prototype);
        this.Message = opts.Message;
      }
    }
    class InvalidNotificationConfig extends SSMServiceException {
      static shapeId="com.amazonaws.ssm#InvalidNotificationConfig";
      name="InvalidNotificationConfig";
      $fault="client";
      Message;
      constructor(opts) {
        super({
          name: "InvalidNotificationConfig",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, InvalidNotificationConfig.prototype);
        this.Message = opts.Message;
      }
    }
    class InvalidOutputFolder extends SSMServiceException {
      static shapeId="com.amazonaws.ssm#InvalidOutputFolder";
      name="InvalidOutputFolder";
      $fault="client";
      constructor(opts) {
        super({
          name: "InvalidOutputFolder",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, InvalidOutputFolder.prototype);
      }
    }
    class InvalidRole extends SSMServiceException {
      static shapeId="com.amazonaws.ssm#InvalidRole";
      name="InvalidRole";
      $fault="client";
      Message;
      constructor(opts) {
        super({
          name: "InvalidRole",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, InvalidRole.prototype);
        this.Message = opts.Message;
      }
    }
    class InvalidAssociation extends SSMServiceException {
      static shapeId="com.amazonaws.ssm#InvalidAssociation";
      name="InvalidAssociation";
      $fault="client";
      Message;
      constructor(opts) {
        super({
          name: "InvalidAssociation",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, InvalidAssociation.prototype);
        this.Message = opts.Message;
      }
    }
    class AutomationDefinitionNotFoundException extends SSMServiceException {
      static shapeId="com.amazonaws.ssm#AutomationDefinitionNotFoundException";
      name="AutomationDefinitionNotFoundException";
      $fault="client";
      Message;
      constructor(opts) {
        super({
          name: "AutomationDefinitionNotFoundException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, AutomationDefinitionNotFoundException.prototype);
        this.Message = opts.Message;
      }
    }
    class AutomationDefinitionVersionNotFoundException extends SSMServiceException {
      static shapeId="com.amazonaws.ssm#AutomationDefinitionVersionNotFoundException";
      name="AutomationDefinitionVersionNotFoundException";
      $fault="client";
      Message;
      constructor(opts) {
        super({
          name: "AutomationDefinitionVersionNotFoundException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, AutomationDefinitionVersionNotFoundException.prototype);
        this.Message = opts.Message;
      }
    }
    class AutomationExecutionLimitExceededException extends SSMServiceException {
      static shapeId="com.amazonaws.ssm#AutomationExecutionLimitExceededException";
      name="AutomationExecutionLimitExceededException";
      $fault="client";
      Message;
      constructor(opts) {
        super({
          name: "AutomationExecutionLimitExceededException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, AutomationExecutionLimitExceededException.prototype);
        this.Message = opts.Message;
      }
    }
    class InvalidAutomationExecutionParametersException extends SSMServiceException {
      static shapeId="com.amazonaws.ssm#InvalidAutomationExecutionParametersException";
      name="InvalidAutomationExecutionParametersException";
      $fault="client";
      Message;
      constructor(opts) {
        super({
          name: "InvalidAutomationExecutionParametersException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, InvalidAutomationExecutionParametersException.prototype);
        this.Message = opts.Message;
      }
    }
    class AutomationDefinitionNotApprovedException extends SSMServiceException {
      static shapeId="com.amazonaws.ssm#AutomationDefinitionNotApprovedException";
      name="AutomationDefinitionNotApprovedException";
      $fault="client";
      Message;
      constructor(opts) {
        super({
          name: "AutomationDefinitionNotApprovedException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, AutomationDefinitionNotApprovedException.prototype);
        this.Message = opts.Message;
      }
    }
    class TargetNotConnected extends SSMServiceException {
      static shapeId="com.amazonaws.ssm#TargetNotConnected";
      name="TargetNotConnected";
      $fault="client";
      Message;
      constructor(opts) {
        super({
          name: "TargetNotConnected",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, TargetNotConnected.prototype);
        this.Message = opts.Message;
      }
    }
    class InvalidAutomationStatusUpdateException extends SSMServiceException {
      static shapeId="com.amazonaws.ssm#InvalidAutomationStatusUpdateException";
      name="InvalidAutomationStatusUpdateException";
      $fault="client";
      Message;
      constructor(opts) {
        super({
          name: "InvalidAutomationStatusUpdateException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, InvalidAutomationStatusUpdateException.prototype);
        this.Message = opts.Message;
      }
    }
    class AssociationVersionLimitExceeded extends SSMServiceException {
      static shapeId="com.amazonaws.ssm#AssociationVersionLimitExceeded";
      name="AssociationVersionLimitExceeded";
      $fault="client";
      Message;
      constructor(opts) {
        super({
          name: "AssociationVersionLimitExceeded",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, AssociationVersionLimitExceeded.prototype);
        this.Message = opts.Message;
      }
    }
    class InvalidUpdate extends SSMServiceException {
      static shapeId="com.amazonaws.ssm#InvalidUpdate";
      name="InvalidUpdate";
      $fault="client";
      Message;
      constructor(opts) {
        super({
          name: "InvalidUpdate",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, InvalidUpdate.prototype);
        this.Message = opts.Message;
      }
    }
    class StatusUnchanged extends SSMServiceException {
      static shapeId="com.amazonaws.ssm#StatusUnchanged";
      name="StatusUnchanged";
      $fault="client";
      constructor(opts) {
        super({
          name: "StatusUnchanged",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, StatusUnchanged.prototype);
      }
    }
    class DocumentVersionLimitExceeded extends SSMServiceException {
      static shapeId="com.amazonaws.ssm#DocumentVersionLimitExceeded";
      name="DocumentVersionLimitExceeded";
      $fault="client";
      Message;
      constructor(opts) {
        super({
          name: "DocumentVersionLimitExceeded",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, DocumentVersionLimitExceeded.prototype);
        this.Message = opts.Message;
      }
    }
    class DuplicateDocumentContent extends SSMServiceException {
      static shapeId="com.amazonaws.ssm#DuplicateDocumentContent";
      name="DuplicateDocumentContent";
      $fault="client";
      Message;
      constructor(opts) {
        super({
          name: "DuplicateDocumentContent",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, DuplicateDocumentContent.prototype);
        this.Message = opts.Message;
      }
    }
    class DuplicateDocumentVersionName extends SSMServiceException {
      static shapeId="com.amazonaws.ssm#DuplicateDocumentVersionName";
      name="DuplicateDocumentVersionName";
      $fault="client";
      Message;
      constructor(opts) {
        super({
          name: "DuplicateDocumentVersionName",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, DuplicateDocumentVersionName.prototype);
        this.Message = opts.Message;
      }
    }
    class OpsMetadataKeyLimitExceededException extends SSMServiceException {
      static shapeId="com.amazonaws.ssm#OpsMetadataKeyLimitExceededException";
      name="OpsMetadataKeyLimitExceededException";
      $fault="client";
      constructor(opts) {
        super({
          name: "OpsMetadataKeyLimitExceededException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, OpsMetadataKeyLimitExceededException.prototype);
      }
    }
    class ResourceDataSyncConflictException extends SSMServiceException {
      static shapeId="com.amazonaws.ssm#ResourceDataSyncConflictException";
      name="ResourceDataSyncConflictException";
      $fault="client";
      Message;
      constructor(opts) {
        super({
          name: "ResourceDataSyncConflictException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, ResourceDataSyncConflictException.prototype);
        this.Message = opts.Message;
      }
    }
    const _AC = "AlarmConfiguration";
    const _ACt = "AttachmentContent";
    const _ACz = "AzureConfiguration";
    const _AD = "AssociationDescription";
    const _ADAR = "AssociationDispatchAssumeRole";
    const _AE = "AssociationExecution";
    const _AEF = "AssociationExecutionFilter";
    const _AEI = "AutomationExecutionId";
    const _AEML = "AutomationExecutionMetadataList";
    const _AES = "AutomationExecutionStatus";
    const _AET = "AssociationExecutionTarget";
    const _AETF = "AssociationExecutionTargetsFilter";
    const _AETc = "ActualEndTime";
    const _AEu = "AutomationExecution";
    const _AF = "AssociationFilter";
    const _AFL = "AssociationFilterList";
    const _AIc = "AccountId";
    const _AIct = "ActivationId";
    const _AIs = "AssociationId";
    const _AIt = "AttachmentInformation";
    const _AL = "ActivationList";
    const _AN = "AssociationName";
    const _ANt = "AttributeName";
    const _AO = "AssociationOverview";
    const _AOACI = "ApplyOnlyAtCronInterval";
    const _AOS = "AwsOrganizationsSource";
    const _AP = "ApprovedPatches";
    const _APCL = "ApprovedPatchesComplianceLevel";
    const _APENS = "ApprovedPatchesEnableNonSecurity";
    const _APM = "AutomationParameterMap";
    const _APl = "AllowedPattern";
    const _AR = "ApprovalRules";
    const _ARI = "AccessRequestId";
    const _ARN = "ARN";
    const _AS = "AssociationStatus";
    const _ASI = "AccountSharingInfo";
    const _ASIL = "AccountSharingInfoList";
    const _AST = "ActualStartTime";
    const _ASUCS = "AvailableSecurityUpdatesComplianceStatus";
    const _ASu = "AutomationSubtype";
    const _AT = "AssociationType";
    const _ATPN = "AutomationTargetParameterName";
    const _ATgg = "AggregatorType";
    const _ATt = "AtTime";
    const _AUT = "AllowUnassociatedTargets";
    const _AV = "AssociationVersion";
    const _AVg = "AgentVersion";
    const _AZ = "AvailabilityZone";
    const _Ac = "Action";
    const _Ag = "Aggregators";
    const _Agg = "Aggregator";
    const _Arn = "Arn";
    const _As = "Association";
    const _Ass = "Associations";
    const _At = "Attachments";
    const _Au = "Author";
    const _Aut = "Automation";
    const _BI = "BaselineId";
    const _BO = "BaselineOverride";
    const _C = "Command";
    const _CA = "CurrentAction";
    const _CAr = "CreatedAt";
    const _CB = "CutoffBehavior";
    const _CBr = "CreatedBy";
    const _CC = "CompletedCount";
    const _CCA = "ConfigConnectorArn";
    const _CCI = "CloudConnectorId";
    const _CD = "CreatedDate";
    const _CH = "ContentHash";
    const _CI = "CommandId";
    const _CL = "ComplianceLevel";
    const _CN = "CalendarNames";
    const _CNo = "ComputerName";
    const _CRN = "ChangeRequestName";
    const _CS = "ComplianceSeverity";
    const _CSN = "CurrentStepName";
    const _CSo = "CompliantSummary";
    const _CT = "CreatedTime";
    const _CTa = "CaptureTime";
    const _CTl = "ClientToken";
    const _CTo = "ComplianceType";
    const _CVEI = "CVEIds";
    const _CWOC = "CloudWatchOutputConfig";
    const _Ca = "Category";
    const _Cl = "Classification";
    const _Co = "Comment";
    const _Con = "Configuration";
    const _Cont = "Content";
    const _Cou = "Count";
    const _Cr = "Credentials";
    const _Cu = "Cutoff";
    const _D = "Description";
    const _DD = "DocumentDescription";
    const _DF = "DocumentFormat";
    const _DFL = "DocumentFilterList";
    const _DFo = "DocumentFilter";
    const _DH = "DocumentHash";
    const _DHT = "DocumentHashType";
    const _DI = "DeletionId";
    const _DIN = "DefaultInstanceName";
    const _DIo = "DocumentIdentifier";
    const _DN = "DocumentName";
    const _DNi = "DisplayName";
    const _DPo = "DocumentParameter";
    const _DRoc = "DocumentReviews";
    const _DS = "DetailedStatus";
    const _DSe = "DeletionSummary";
    const _DT = "DocumentType";
    const _DTa = "DataType";
    const _DV = "DocumentVersion";
    const _DVe = "DefaultVersion";
    const _Da = "Date";
    const _Dat = "Data";
    const _De = "Details";
    const _Du = "Duration";
    const _EAODS = "EnableAllOpsDataSources";
    const _EB = "ExecutedBy";
    const _ED = "ExpirationDate";
    const _EDn = "EndDate";
    const _EET = "ExecutionEndTime";
    const _EI = "ExecutionId";
    const _EIx = "ExecutionInputs";
    const _EPI = "ExecutionPreviewId";
    const _EPx = "ExecutionPreview";
    const _ES = "ExecutionSummary";
    const _EST = "ExecutionStartTime";
    const _ET = "ExecutionTime";
    const _ETn = "EndTime";
    const _En = "Entries";
    const _Ena = "Enabled";
    const _Enti = "Entities";
    const _Entit = "Entity";
    const _FC = "FailedCount";
    const _FD = "FailureDetails";
    const _FK = "FilterKey";
    const _FM = "FailureMessage";
    const _FV = "FilterValues";
    const _FVi = "FilterValue";
    const _Fi = "Filters";
    const _GC = "GcpConfiguration";
    const _GF = "GlobalFilters";
    const _H = "Hash";
    const _HT = "HashType";
    const _I = "Id";
    const _IASI = "InstanceAssociationStatusInfos";
    const _IFR = "IncludeFutureRegions";
    const _IFn = "InventoryFilter";
    const _IG = "InventoryGroup";
    const _II = "InstanceId";
    const _IIEL = "InventoryItemEntryList";
    const _IIF = "InstanceInformationFilter";
    const _IIFL = "InstanceInformationFilterList";
    const _IIL = "InstanceInformationList";
    const _IISF = "InstanceInformationStringFilter";
    const _IIn = "InstanceIds";
    const _IInst = "InstanceInformation";
    const _IInv = "InvocationId";
    const _IL = "InvalidLabels";
    const _IP = "InvalidParameters";
    const _IPA = "IPAddress";
    const _IPF = "InstancePropertyFilter";
    const _IPFL = "InstancePropertyFilterList";
    const _IPS = "InstancePatchStates";
    const _IPSFn = "InstancePropertyStringFilter";
    const _IPn = "InstanceProperties";
    const _IPns = "InstanceProperty";
    const _IRa = "IamRole";
    const _Ite = "Items";
    const _Item = "Item";
    const _K = "Key";
    const _KI = "KeyId";
    const _L = "Limit";
    const _LAED = "LastAssociationExecutionDate";
    const _LED = "LastExecutionDate";
    const _LI = "LoggingInfo";
    const _LMB = "LastModifiedBy";
    const _LMD = "LastModifiedDate";
    const _LMT = "LastModifiedTime";
    const _LMU = "LastModifiedUser";
    const _LPDT = "LastPingDateTime";
    const _LS = "LastStatus";
    const _LSAED = "LastSuccessfulAssociationExecutionDate";
    const _LT = "LimitType";
    const _La = "Labels";
    const _M = "Message";
    const _MC = "MaxConcurrency";
    const _MD = "ModifiedDate";
    const _ME = "MaxErrors";
    const _MR = "MaxResults";
    const _Me = "Metadata";
    const _Mo = "Mode";
    const _N = "Name";
    const _NA = "NodeAggregator";
    const _NC = "NotificationConfig";
    const _NCS = "NonCompliantSummary";
    const _NET = "NextExecutionTime";
    const _NF = "NodeFilter";
    const _NT = "NextToken";
    const _NTo = "NodeType";
    const _Na = "Names";
    const _No = "Notifications";
    const _O = "Overview";
    const _OD = "OperationalData";
    const _OF = "OpsFilter";
    const _OI = "OwnerInformation";
    const _OIA = "OpsItemArn";
    const _OIF = "OpsItemFilters";
    const _OII = "OpsItemId";
    const _OIS = "OpsItemSummaries";
    const _OIT = "OpsItemType";
    const _OIp = "OpsItem";
    const _OL = "OutputLocation";
    const _OMA = "OpsMetadataArn";
    const _OML = "OpsMetadataList";
    const _ORA = "OpsResultAttribute";
    const _OS = "OutputSource";
    const _OSBN = "OutputS3BucketName";
    const _OSKP = "OutputS3KeyPrefix";
    const _OSR = "OutputS3Region";
    const _OSp = "OperatingSystem";
    const _OU = "OutputUrl";
    const _OUI = "OrganizationalUnitId";
    const _Ope = "Operator";
    const _Ou = "Outputs";
    const _Ov = "Overwrite";
    const _Ow = "Owner";
    const _P = "Parameters";
    const _PAEI = "ParentAutomationExecutionId";
    const _PC = "ProgressCounters";
    const _PET = "PlannedEndTime";
    const _PF = "ParameterFilters";
    const _PFG = "PatchFilterGroup";
    const _PG = "PatchGroup";
    const _PH = "PolicyHash";
    const _PI = "PolicyId";
    const _PN = "ParameterNames";
    const _PNl = "PluginName";
    const _PNla = "PlatformName";
    const _PSD = "ParentStepDetails";
    const _PST = "PlannedStartTime";
    const _PSa = "PatchStatus";
    const _PSi = "PingStatus";
    const _PT = "PermissionType";
    const _PTl = "PlatformTypes";
    const _PTla = "PlatformType";
    const _PV = "PlatformVersion";
    const _PVa = "ParameterVersion";
    const _Pa = "Patches";
    const _Par = "Parameter";
    const _Pat = "Patch";
    const _Pay = "Payload";
    const _Po = "Policies";
    const _Pol = "Policy";
    const _Pri = "Priority";
    const _Prod = "Product";
    const _QC = "QuotaCode";
    const _R = "Runbooks";
    const _RA = "RoleArn";
    const _RAe = "ResourceArn";
    const _RAes = "ResultAttributes";
    const _RAesu = "ResultAttribute";
    const _RCem = "RemainingCount";
    const _RCes = "ResponseCode";
    const _RD = "RegistrationDate";
    const _RDT = "RequestedDateTime";
    const _RI = "ResourceId";
    const _RIe = "ReviewInformation";
    const _RL = "RegistrationLimit";
    const _ROI = "RelatedOpsItems";
    const _RP = "RejectedPatches";
    const _RPA = "RejectedPatchesAction";
    const _RS = "ReviewStatus";
    const _RT = "ResourceTypes";
    const _RTe = "ResourceType";
    const _RTes = "ResolvedTargets";
    const _RU = "ResourceUri";
    const _Re = "Regions";
    const _Rea = "Reason";
    const _Reg = "Region";
    const _Repl = "Replace";
    const _Req = "Requires";
    const _Rev = "Reviewer";
    const _S = "State";
    const _SC = "ServiceCode";
    const _SCy = "SyncCompliance";
    const _SD = "StatusDetails";
    const _SDV = "SharedDocumentVersion";
    const _SDe = "S3Destination";
    const _SDt = "StartDate";
    const _SE = "ScheduleExpression";
    const _SEI = "StepExecutionId";
    const _SEU = "StandardErrorUrl";
    const _SEt = "StepExecutions";
    const _SI = "StatusInformation";
    const _SIe = "SettingId";
    const _SIes = "SessionId";
    const _SIn = "SnapshotId";
    const _SIo = "SourceId";
    const _SLo = "SourceLocation";
    const _SN = "SyncName";
    const _SNt = "StepName";
    const _SO = "ScheduleOffset";
    const _SOU = "StandardOutputUrl";
    const _SOUu = "S3OutputUrl";
    const _SR = "ServiceRole";
    const _SRA = "ServiceRoleArn";
    const _SRou = "SourceRegions";
    const _SS = "SeveritySummary";
    const _SSe = "ServiceSetting";
    const _SSy = "SyncSource";
    const _ST = "SyncType";
    const _STc = "ScheduledTime";
    const _STch = "ScheduleTimezone";
    const _STo = "SourceType";
    const _STt = "StartTime";
    const _SUt = "StreamUrl";
    const _SV = "SchemaVersion";
    const _SVe = "SettingValue";
    const _Sc = "Schedule";
    const _Se = "Severity";
    const _So = "Sources";
    const _Sou = "Source";
    const _St = "Status";
    const _Summ = "Summaries";
    const _T = "Tags";
    const _TA = "TriggeredAlarms";
    const _TAa = "TaskArn";
    const _TCo = "TotalCount";
    const _TEI = "TaskExecutionId";
    const _TIP = "TaskInvocationParameters";
    const _TIa = "TaskId";
    const _TL = "TargetLocations";
    const _TLURL = "TargetLocationsURL";
    const _TLa = "TagList";
    const _TLar = "TargetLocation";
    const _TM = "TargetMaps";
    const _TMa = "TargetMap";
    const _TN = "TypeName";
    const _TPN = "TargetParameterName";
    const _TPa = "TaskParameters";
    const _TS = "TargetsSummary";
    const _TSi = "TimeoutSeconds";
    const _TT = "TargetType";
    const _TTa = "TaskType";
    const _TV = "TokenValue";
    const _Ta = "Targets";
    const _Tar = "Target";
    const _Ti = "Title";
    const _Tie = "Tier";
    const _Ty = "Type";
    const _UA = "UpdatedAt";
    const _V = "Value";
    const _VN = "VersionName";
    const _Va = "Values";
    const _Ve = "Version";
    const _WD = "WithDecryption";
    const _WEI = "WindowExecutionId";
    const _WI = "WindowId";
    const _WIi = "WindowIdentities";
    const _WM = "WarningMessage";
    const _WTI = "WindowTargetId";
    const _WTIi = "WindowTaskId";
    const _aQE = "awsQueryError";
    const _c = "client";
    const _e = "error";
    const _k = "key";
    const _m = "message";
    const _s = "smithy.ts.sdk.synthetic.com.amazonaws.ssm";
    const _v = "value";
    const _vS = "valueSet";
    const _xN = "xmlName";
    const n0 = "com.amazonaws.ssm";
    const _s_registry = new TypeRegistry(_s);
    var SSMServiceException$ = [ -3, _s, "SSMServiceException", 0, [], [] ];
    _s_registry.registerError(SSMServiceException$, SSMServiceException);
    const n0_registry = new TypeRegistry(n0);
    var AccessDeniedException$ = [ -3, n0, "AccessDeniedException", {
      [_e]: _c
    }, [ _M ], [ 0 ], 1 ];
    n0_registry.registerError(AccessDeniedException$, AccessDeniedException);
    var AlreadyExistsException$ = [ -3, n0, "AlreadyExistsException", {
      [_aQE]: [ `AlreadyExistsException`, 400 ],
      [_e]: _c
    }, [ _M ], [ 0 ] ];
    n0_registry.registerError(AlreadyExistsException$, AlreadyExistsException);
    var AssociatedInstances$ = [ -3, n0, "AssociatedInstances", {
      [_aQE]: [ `AssociatedInstances`, 400 ],
      [_e]: _c
    }, [], [] ];
    n0_registry.registerError(AssociatedInstances$, AssociatedInstances);
    var AssociationAlreadyExists$ = [ -3, n0, "AssociationAlreadyExists", {
      [_aQE]: [ `AssociationAlreadyExists`, 400 ],
      [_e]: _c
    }, [], [] ];
    n0_registry.registerError(AssociationAlreadyExists$, AssociationAlreadyExists);
    var AssociationDoesNotExist$ = [ -3, n0, "AssociationDoesNotExist", {
      [_aQE]: [ `AssociationDoesNotExist`, 404 ],
      [_e]: _c
    }, [ _M ], [ 0 ] ];
    n0_registry.registerError(AssociationDoesNotExist$, AssociationDoesNotExist);
    var AssociationExecutionDoesNotExist$ = [ -3, n0, "AssociationExecutionDoesNotExist", {
      [_aQE]: [ `AssociationExecutionDoesNotExist`, 404 ],
      [_e]: _c
    }, [ _M ], [ 0 ] ];
    n0_registry.registerError(AssociationExecutionDoesNotExist$, AssociationExecutionDoesNotExist);
    var AssociationLimitExceeded$ = [ -3, n0, "AssociationLimitExceeded", {
      [_aQE]: [ `AssociationLimitExceeded`, 400 ],
      [_e]: _c
    }, [], [] ];
    n0_registry.registerError(AssociationLimitExceeded$, AssociationLimitExceeded);
    var AssociationVersionLimitExceeded$ = [ -3, n0, "AssociationVersionLimitExceeded", {
      [_aQE]: [ `AssociationVersionLimitExceeded`, 400 ],
      [_e]: _c
    }, [ _M ], [ 0 ] ];
    n0_registry.registerError(AssociationVersionLimitExceeded$, AssociationVersionLimitExceeded);
    var AutomationDefinitionNotApprovedException$ = [ -3, n0, "AutomationDefinitionNotApprovedException", {
      [_aQE]: [ `AutomationDefinitionNotApproved`, 400 ],
      [_e]: _c
    }, [ _M ], [ 0 ] ];
    n0_registry.registerError(AutomationDefinitionNotApprovedException$, AutomationDefinitionNotApprovedException);
    var AutomationDefinitionNotFoundException$ = [ -3, n0, "AutomationDefinitionNotFoundException", {
      [_aQE]: [ `AutomationDefinitionNotFound`, 404 ],
      [_e]: _c
    }, [ _M ], [ 0 ] ];
    n0_registry.registerError(AutomationDefinitionNotFoundException$, AutomationDefinitionNotFoundException);
    var AutomationDefinitionVersionNotFoundException$ = [ -3, n0, "AutomationDefinitionVersionNotFoundException", {
      [_aQE]: [ `AutomationDefinitionVersionNotFound`, 404 ],
      [_e]: _c
    }, [ _M ], [ 0 ] ];
    n0_registry.registerError(AutomationDefinitionVersionNotFoundException$, AutomationDefinitionVersionNotFoundException);
    var AutomationExecutionLimitExceededException$ = [ -3, n0, "AutomationExecutionLimitExceededException", {
      [_aQE]: [ `AutomationExecutionLimitExceeded`, 429 ],
      [_e]: _c
    }, [ _M ], [ 0 ] ];
    n0_registry.registerError(AutomationExecutionLimitExceededException$, AutomationExecutionLimitExceededException);
    var AutomationExecutionNotFoundException$ = [ -3, n0, "AutomationExecutionNotFoundException", {
      [_aQE]: [ `AutomationExecutionNotFound`, 404 ],
      [_e]: _c
    }, [ _M ], [ 0 ] ];
    n0_registry.registerError(AutomationExecutionNotFoundException$, AutomationExecutionNotFoundException);
    var AutomationStepNotFoundException$ = [ -3, n0, "AutomationStepNotFoundException", {
      [_aQE]: [ `AutomationStepNotFoundException`, 404 ],
      [_e]: _c
    }, [ _M ], [ 0 ] ];
    n0_registry.registerError(AutomationStepNotFoundException$, AutomationStepNotFoundException);
    var ComplianceTypeCountLimitExceededException$ = [ -3, n0, "ComplianceTypeCountLimitExceededException", {
      [_aQE]: [ `ComplianceTypeCountLimitExceeded`, 400 ],
      [_e]: _c
    }, [ _M ], [ 0 ] ];
    n0_registry.registerError(ComplianceTypeCountLimitExceededException$, ComplianceTypeCountLimitExceededException);
    var ConflictException$ = [ -3, n0, "ConflictException", {
      [_aQE]: [ `ConflictException`, 409 ],
      [_e]: _c
    }, [ _M ], [ 0 ] ];
    n0_registry.registerError(ConflictException$, ConflictException);
    var CustomSchemaCountLimitExceededException$ = [ -3, n0, "CustomSchemaCountLimitExceededException", {
      [_aQE]: [ `CustomSchemaCountLimitExceeded`, 400 ],
      [_e]: _c
    }, [ _M ], [ 0 ] ];
    n0_registry.registerError(CustomSchemaCountLimitExceededException$, CustomSchemaCountLimitExceededException);
    var DocumentAlreadyExists$ = [ -3, n0, "DocumentAlreadyExists", {
      [_aQE]: [ `DocumentAlreadyExists`, 400 ],
      [_e]: _c
    }, [ _M ], [ 0 ] ];
    n0_registry.registerError(DocumentAlreadyExists$, DocumentAlreadyExists);
    var DocumentLimitExceeded$ = [ -3, n0, "DocumentLimitExceeded", {
      [_aQE]: [ `DocumentLimitExceeded`, 400 ],
      [_e]: _c
    }, [ _M ], [ 0 ] ];
    n0_registry.registerError(DocumentLimitExceeded$, DocumentLimitExceeded);
    var DocumentPermissionLimit$ = [ -3, n0, "DocumentPermissionLimit", {
      [_aQE]: [ `DocumentPermissionLimit`, 400 ],
      [_e]: _c
    }, [ _M ], [ 0 ] ];
    n0_registry.registerError(DocumentPermissionLimit$, DocumentPermissionLimit);
    var DocumentVersionLimitExceeded$ = [ -3, n0, "DocumentVersionLimitExceeded", {
      [_aQE]: [ `DocumentVersionLimitExceeded`, 400 ],
      [_e]: _c
    }, [ _M ], [ 0 ] ];
    n0_registry.registerError(DocumentVersionLimitExceeded$, DocumentVersionLimitExceeded);
    var DoesNotExistException$ = [ -3, n0, "DoesNotExistException", {
      [_aQE]: [ `DoesNotExistException`, 404 ],
      [_e]: _c
    }, [ _M ], [ 0 ] ];
    n0_registry.registerError(DoesNotExistException$, DoesNotExistException);
    var DuplicateDocumentContent$ = [ -3, n0, "DuplicateDocumentContent", {
      [_aQE]: [ `DuplicateDocumentContent`, 400 ],
      [_e]: _c
    }, [ _M ], [ 0 ] ];
    n0_registry.registerError(DuplicateDocumentContent$, DuplicateDocumentContent);
    var DuplicateDocumentVersionName$ = [ -3, n0, "DuplicateDocumentVersionName", {
      [_aQE]: [ `DuplicateDocumentVersionName`, 400 ],
      [_e]: _c
    }, [ _M ], [ 0 ] ];
    n0_registry.registerError(DuplicateDocumentVersionName$, DuplicateDocumentVersionName);
    var DuplicateInstanceId$ = [ -3, n0, "DuplicateInstanceId", {
      [_aQE]: [ `DuplicateInstanceId`, 404 ],
      [_e]: _c
    }, [], [] ];
    n0_registry.registerError(DuplicateInstanceId$, DuplicateInstanceId);
    var FeatureNotAvailableException$ = [ -3, n0, "FeatureNotAvailableException", {
      [_aQE]: [ `FeatureNotAvailableException`, 400 ],
      [_e]: _c
    }, [ _M ], [ 0 ] ];
    n0_registry.registerError(FeatureNotAvailableException$, FeatureNotAvailableException);
    var HierarchyLevelLimitExceededException$ = [ -3, n0, "HierarchyLevelLimitExceededException", {
      [_aQE]: [ `HierarchyLevelLimitExceededException`, 400 ],
      [_e]: _c
    }, [ _m ], [ 0 ] ];
    n0_registry.registerError(HierarchyLevelLimitExceededException$, HierarchyLevelLimitExceededException);
    var HierarchyTypeMismatchException$ = [ -3, n0, "HierarchyTypeMismatchException", {
      [_aQE]: [ `HierarchyTypeMismatchException`, 400 ],
      [_e]: _c
    }, [ _m ], [ 0 ] ];
    n0_registry.registerError(HierarchyTypeMismatchException$, HierarchyTypeMismatchException);
    var IdempotentParameterMismatch$ = [ -3, n0, "IdempotentParameterMismatch", {
      [_aQE]: [ `IdempotentParameterMismatch`, 400 ],
      [_e]: _c
    }, [ _M ], [ 0 ] ];
    n0_registry.registerError(IdempotentParameterMismatch$, IdempotentParameterMismatch);
    var IncompatiblePolicyException$ = [ -3, n0, "IncompatiblePolicyException", {
      [_aQE]: [ `IncompatiblePolicyException`, 400 ],
      [_e]: _c
    }, [ _m ], [ 0 ] ];
    n0_registry.registerError(IncompatiblePolicyException$, IncompatiblePolicyException);
    var InternalServerError$ = [ -3, n0, "InternalServerError", {
      [_aQE]: [ `InternalServerError`, 500 ],
      [_e]: "server"
    }, [ _M ], [ 0 ] ];
    n0_registry.registerError(InternalServerError$, InternalServerError);
    var InvalidActivation$ = [ -3, n0, "InvalidActivation", {
      [_aQE]: [ `InvalidActivation`, 404 ],
      [_e]: _c
    }, [ _M ], [ 0 ] ];
    n0_registry.registerError(InvalidActivation$, InvalidActivation);
    var InvalidActivationId$ = [ -3, n0, "InvalidActivationId", {
      [_aQE]: [ `InvalidActivationId`, 404 ],
      [_e]: _c
    }, [ _M ], [ 0 ] ];
    n0_registry.registerError(InvalidActivationId$, InvalidActivationId);
    var InvalidAggregatorException$ = [ -3, n0, "InvalidAggregatorException", {
      [_aQE]: [ `InvalidAggregator`, 400 ],
      [_e]: _c
    }, [ _M ], [ 0 ] ];
    n0_registry.registerError(InvalidAggregatorException$, InvalidAggregatorException);
    var InvalidAllowedPatternException$ = [ -3, n0, "InvalidAllowedPatternException", {
      [_aQE]: [ `InvalidAllowedPatternException`, 400 ],
      [_e]: _c
    }, [ _m ], [ 0 ] ];
    n0_registry.registerError(InvalidAllowedPatternException$, InvalidAllowedPatternException);
    var InvalidAssociation$ = [ -3, n0, "InvalidAssociation", {
      [_aQE]: [ `InvalidAssociation`, 400 ],
      [_e]: _c
    }, [ _M ], [ 0 ] ];
    n0_registry.registerError(InvalidAssociation$, InvalidAssociation);
    var InvalidAssociationVersion$ = [ -3, n0, "InvalidAssociationVersion", {
      [_aQE]: [ `InvalidAssociationVersion`, 400 ],
      [_e]: _c
    }, [ _M ], [ 0 ] ];
    n0_registry.registerError(InvalidAssociationVersion$, InvalidAssociationVersion);
    var InvalidAutomationExecutionParametersException$ = [ -3, n0, "InvalidAutomationExecutionParametersException", {
      [_aQE]: [ `InvalidAutomationExecutionParameters`, 400 ],
      [_e]: _c
    }, [ _M ], [ 0 ] ];
    n0_registry.registerError(InvalidAutomationExecutionParametersException$, InvalidAutomationExecutionParametersException);
    var InvalidAutomationSignalException$ = [ -3, n0, "InvalidAutomationSignalException", {
      [_aQE]: [ `InvalidAutomationSignalException`, 400 ],
      [_e]: _c
    }, [ _M ], [ 0 ] ];
    n0_registry.registerError(InvalidAutomationSignalException$, InvalidAutomationSignalException);
    var InvalidAutomationStatusUpdateException$ = [ -3, n0, "InvalidAutomationStatusUpdateException", {
      [_aQE]: [ `InvalidAutomationStatusUpdateException`, 400 ],
      [_e]: _c
    }, [ _M ], [ 0 ] ];
    n0_registry.registerError(InvalidAutomationStatusUpdateException$, InvalidAutomationStatusUpdateException);
    var InvalidCommandId$ = [ -3, n0, "InvalidCommandId", {
      [_aQE]: [ `InvalidCommandId`, 404 ],
      [_e]: _c
    }, [], [] ];
    n0_registry.registerError(InvalidCommandId$, InvalidCommandId);
    var InvalidDeleteInventoryParametersException$ = [ -3, n0, "InvalidDeleteInventoryParametersException", {
      [_aQE]: [ `InvalidDeleteInventoryParameters`, 400 ],
      [_e]: _c
    }, [ _M ], [ 0 ] ];
    n0_registry.registerError(InvalidDeleteInventoryParametersException$, InvalidDeleteInventoryParametersException);
    var InvalidDeletionIdException$ = [ -3, n0, "InvalidDeletionIdException", {
      [_aQE]: [ `InvalidDeletionId`, 400 ],
      [_e]: _c
    }, [ _M ], [ 0 ] ];
    n0_registry.registerError(InvalidDeletionIdException$, InvalidDeletionIdException);
    var InvalidDocument$ = [ -3, n0, "InvalidDocument", {
      [_aQE]: [ `InvalidDocument`, 404 ],
      [_e]: _c
    }, [ _M ], [ 0 ] ];
    n0_registry.registerError(InvalidDocument$, InvalidDocument);
    var InvalidDocumentContent$ = [ -3, n0, "InvalidDocumentContent", {
      [_aQE]: [ `InvalidDocumentContent`, 400 ],
      [_e]: _c
    }, [ _M ], [ 0 ] ];
    n0_registry.registerError(InvalidDocumentContent$, InvalidDocumentContent);
    var InvalidDocumentOperation$ = [ -3, n0, "InvalidDocumentOperation", {
      [_aQE]: [ `InvalidDocumentOperation`, 403 ],
      [_e]: _c
    }, [ _M ], [ 0 ] ];
    n0_registry.registerError(InvalidDocumentOperation$, InvalidDocumentOperation);
    var InvalidDocumentSchemaVersion$ = [ -3, n0, "InvalidDocumentSchemaVersion", {
      [_aQE]: [ `InvalidDocumentSchemaVersion`, 400 ],
      [_e]: _c
    }, [ _M ], [ 0 ] ];
    n0_registry.registerError(InvalidDocumentSchemaVersion$, InvalidDocumentSchemaVersion);
    var InvalidDocumentType$ = [ -3, n0, "InvalidDocumentType", {
      [_aQE]: [ `InvalidDocumentType`, 400 ],
      [_e]: _c
    }, [ _M ], [ 0 ] ];
    n0_registry.registerError(InvalidDocumentType$, InvalidDocumentType);
    var InvalidDocumentVersion$ = [ -3, n0, "InvalidDocumentVersion", {
      [_aQE]: [ `InvalidDocumentVersion`, 400 ],
      [_e]: _c
    }, [ _M ], [ 0 ] ];
    n0_registry.registerError(InvalidDocumentVersion$, InvalidDocumentVersion);
    var InvalidFilter$ = [ -3, n0, "InvalidFilter", {
      [_aQE]: [ `InvalidFilter`, 441 ],
      [_e]: _c
    }, [ _M ], [ 0 ] ];
    n0_registry.registerError(InvalidFilter$, InvalidFilter);
    var InvalidFilterKey$ = [ -3, n0, "InvalidFilterKey", {
      [_aQE]: [ `InvalidFilterKey`, 400 ],
      [_e]: _c
    }, [], [] ];
    n0_registry.registerError(InvalidFilterKey$, InvalidFilterKey);
    var InvalidFilterOption$ = [ -3, n0, "InvalidFilterOption", {
      [_aQE]: [ `InvalidFilterOption`, 400 ],
      [_e]: _c
    }, [ _m ], [ 0 ] ];
    n0_registry.registerError(InvalidFilterOption$, InvalidFilterOption);
    var InvalidFilterValue$ = [ -3, n0, "InvalidFilterValue", {
      [_aQE]: [ `InvalidFilterValue`, 400 ],
      [_e]: _c
    }, [ _M ], [ 0 ] ];
    n0_registry.registerError(InvalidFilterValue$, InvalidFilterValue);
    var InvalidInstanceId$ = [ -3, n0, "InvalidInstanceId", {
      [_aQE]: [ `InvalidInstanceId`, 404 ],
      [_e]: _c
    }, [ _M ], [ 0 ] ];
    n0_registry.registerError(InvalidInstanceId$, InvalidInstanceId);
    var InvalidInstanceInformationFilterValue$ = [ -3, n0, "InvalidInstanceInformationFilterValue", {
      [_aQE]: [ `InvalidInstanceInformationFilterValue`, 400 ],
      [_e]: _c
    }, [ _m ], [ 0 ] ];
    n0_registry.registerError(InvalidInstanceInformationFilterValue$, InvalidInstanceInformationFilterValue);
    var InvalidInstancePropertyFilterValue$ = [ -3, n0, "InvalidInstancePropertyFilterValue", {
      [_aQE]: [ `InvalidInstancePropertyFilterValue`, 400 ],
      [_e]: _c
    }, [ _m ], [ 0 ] ];
    n0_registry.registerError(InvalidInstancePropertyFilterValue$, InvalidInstancePropertyFilterValue);
    var InvalidInventoryGroupException$ = [ -3, n0, "InvalidInventoryGroupException", {
      [_aQE]: [ `InvalidInventoryGroup`, 400 ],
      [_e]: _c
    }, [ _M ], [ 0 ] ];
    n0_registry.registerError(InvalidInventoryGroupException$, InvalidInventoryGroupException);
    var InvalidInventoryItemContextException$ = [ -3, n0, "InvalidInventoryItemContextException", {
      [_aQE]: [ `InvalidInventoryItemContext`, 400 ],
      [_e]: _c
    }, [ _M ], [ 0 ] ];
    n0_registry.registerError(InvalidInventoryItemContextException$, InvalidInventoryItemContextException);
    var InvalidInventoryRequestException$ = [ -3, n0, "InvalidInventoryRequestException", {
      [_aQE]: [ `InvalidInventoryRequest`, 400 ],
      [_e]: _c
    }, [ _M ], [ 0 ] ];
    n0_registry.registerError(InvalidInventoryRequestException$, InvalidInventoryRequestException);
    var InvalidItemContentException$ = [ -3, n0, "InvalidItemContentException", {
      [_aQE]: [ `InvalidItemContent`, 400 ],
      [_e]: _c
    }, [ _TN, _M ], [ 0, 0 ] ];
    n0_registry.registerError(InvalidItemContentException$, InvalidItemContentException);
    var InvalidKeyId$ = [ -3, n0, "InvalidKeyId", {
      [_aQE]: [ `InvalidKeyId`, 400 ],
      [_e]: _c
    }, [ _m ], [ 0 ] ];
    n0_registry.registerError(InvalidKeyId$, InvalidKeyId);
    var InvalidNextToken$ = [ -3, n0, "InvalidNextToken", {
      [_aQE]: [ `InvalidNextToken`, 400 ],
      [_e]: _c
    }, [ _M ], [ 0 ] ];
    n0_registry.registerError(InvalidNextToken$, InvalidNextToken);
    var InvalidNotificationConfig$ = [ -3, n0, "InvalidNotificationConfig", {
      [_aQE]: [ `InvalidNotificationConfig`, 400 ],
      [_e]: _c
    }, [ _M ], [ 0 ] ];
    n0_registry.registerError(InvalidNotificationConfig$, InvalidNotificationConfig);
    var InvalidOptionException$ = [ -3, n0, "InvalidOptionException", {
      [_aQE]: [ `InvalidOption`, 400 ],
      [_e]: _c
    }, [ _M ], [ 0 ] ];
    n0_registry.registerError(InvalidOptionException$, InvalidOptionException);
    var InvalidOutputFolder$ = [ -3, n0, "InvalidOutputFolder", {
      [_aQE]: [ `InvalidOutputFolder`, 400 ],
      [_e]: _c
    }, [], [] ];
    n0_registry.registerError(InvalidOutputFolder$, InvalidOutputFolder);
    var InvalidOutputLocation$ = [ -3, n0, "InvalidOutputLocation", {
      [_aQE]: [ `InvalidOutputLocation`, 400 ],
      [_e]: _c
    }, [], [] ];
    n0_registry.registerError(InvalidOutputLocation$, InvalidOutputLocation);
    var InvalidParameters$ = [ -3, n0, _IP, {
      [_aQE]: [ `InvalidParameters`, 400 ],
      [_e]: _c
    }, [ _M ], [ 0 ] ];
    n0_registry.registerError(InvalidParameters$, InvalidParameters);
    var InvalidPermissionType$ = [ -3, n0, "InvalidPermissionType", {
      [_aQE]: [ `InvalidPermissionType`, 400 ],
      [_e]: _c
    }, [ _M ], [ 0 ] ];
    n0_registry.registerError(InvalidPermissionType$, InvalidPermissionType);
    var InvalidPluginName$ = [ -3, n0, "InvalidPluginName", {
      [_aQE]: [ `InvalidPluginName`, 404 ],
      [_e]: _c
    }, [], [] ];
    n0_registry.registerError(InvalidPluginName$, InvalidPluginName);
    var InvalidPolicyAttributeException$ = [ -3, n0, "InvalidPolicyAttributeException", {
      [_aQE]: [ `InvalidPolicyAttributeException`, 400 ],
      [_e]: _c
    }, [ _m ], [ 0 ] ];
    n0_registry.registerError(InvalidPolicyAttributeException$, InvalidPolicyAttributeException);
    var InvalidPolicyTypeException$ = [ -3, n0, "InvalidPolicyTypeException", {
      [_aQE]: [ `InvalidPolicyTypeException`, 400 ],
      [_e]: _c
    }, [ _m ], [ 0 ] ];
    n0_registry.registerError(InvalidPolicyTypeException$, InvalidPolicyTypeException);
    var InvalidResourceId$ = [ -3, n0, "InvalidResourceId", {
      [_aQE]: [ `InvalidResourceId`, 400 ],
      [_e]: _c
    }, [], [] ];
    n0_registry.registerError(InvalidResourceId$, InvalidResourceId);
    var InvalidResourceType$ = [ -3, n0, "InvalidResourceType", {
      [_aQE]: [ `InvalidResourceType`, 400 ],
      [_e]: _c
    }, [], [] ];
    n0_registry.registerError(InvalidResourceType$, InvalidResourceType);
    var InvalidResultAttributeException$ = [ -3, n0, "InvalidResultAttributeException", {
      [_aQE]: [ `InvalidResultAttribute`, 400 ],
      [_e]: _c
    }, [ _M ], [ 0 ] ];
    n0_registry.registerError(InvalidResultAttributeException$, InvalidResultAttributeException);
    var InvalidRole$ = [ -3, n0, "InvalidRole", {
      [_aQE]: [ `InvalidRole`, 400 ],
      [_e]: _c
    }, [ _M ], [ 0 ] ];
    n0_registry.registerError(InvalidRole$, InvalidRole);
    var InvalidSchedule$ = [ -3, n0, "InvalidSchedule", {
      [_aQE]: [ `InvalidSchedule`, 400 ],
      [_e]: _c
    }, [ _M ], [ 0 ] ];
    n0_registry.registerError(InvalidSchedule$, InvalidSchedule);
    var InvalidTag$ = [ -3, n0, "InvalidTag", {
      [_aQE]: [ `InvalidTag`, 400 ],
      [_e]: _c
    }, [ _M ], [ 0 ] ];
    n0_registry.registerError(InvalidTag$, InvalidTag);
    var InvalidTarget$ = [ -3, n0, "InvalidTarget", {
      [_aQE]: [ `InvalidTarget`, 400 ],
      [_e]: _c
    }, [ _M ], [ 0 ] ];
    n0_registry.registerError(InvalidTarget$, InvalidTarget);
    var InvalidTargetMaps$ = [ -3, n0, "InvalidTargetMaps", {
      [_aQE]: [ `InvalidTargetMaps`, 400 ],
      [_e]: _c
    }, [ _M ], [ 0 ] ];
    n0_registry.registerError(InvalidTargetMaps$, InvalidTargetMaps);
    var InvalidTypeNameException$ = [ -3, n0, "InvalidTypeNameException", {
      [_aQE]: [ `InvalidTypeName`, 400 ],
      [_e]: _c
    }, [ _M ], [ 0 ] ];
    n0_registry.registerError(InvalidTypeNameException$, InvalidTypeNameException);
    var InvalidUpdate$ = [ -3, n0, "InvalidUpdate", {
      [_aQE]: [ `InvalidUpdate`, 400 ],
      [_e]: _c
    }, [ _M ], [ 0 ] ];
    n0_registry.registerError(InvalidUpdate$, InvalidUpdate);
    var InvocationDoesNotExist$ = [ -3, n0, "InvocationDoesNotExist", {
      [_aQE]: [ `InvocationDoesNotExist`, 400 ],
      [_e]: _c
    }, [], [] ];
    n0_registry.registerError(InvocationDoesNotExist$, InvocationDoesNotExist);
    var ItemContentMismatchException$ = [ -3, n0, "ItemContentMismatchException", {
      [_aQE]: [ `ItemContentMismatch`, 400 ],
      [_e]: _c
    }, [ _TN, _M ], [ 0, 0 ] ];
    n0_registry.registerError(ItemContentMismatchException$, ItemContentMismatchException);
    var ItemSizeLimitExceededException$ = [ -3, n0, "ItemSizeLimitExceededException", {
      [_aQE]: [ `ItemSizeLimitExceeded`, 400 ],
      [_e]: _c
    }, [ _TN, _M ], [ 0, 0 ] ];
    n0_registry.registerError(ItemSizeLimitExceededException$, ItemSizeLimitExceededException);
    var MalformedResourcePolicyDocumentException$ = [ -3, n0, "MalformedResourcePolicyDocumentException", {
      [_aQE]: [ `MalformedResourcePolicyDocumentException`, 400 ],
      [_e]: _c
    }, [ _M ], [ 0 ] ];
    n0_registry.registerError(MalformedResourcePolicyDocumentException$, MalformedResourcePolicyDocumentException);
    var MaxDocumentSizeExceeded$ = [ -3, n0, "MaxDocumentSizeExceeded", {
      [_aQE]: [ `MaxDocumentSizeExceeded`, 400 ],
      [_e]: _c
    }, [ _M ], [ 0 ] ];
    n0_registry.registerError(MaxDocumentSizeExceeded$, MaxDocumentSizeExceeded);
    var NoLongerSupportedException$ = [ -3, n0, "NoLongerSupportedException", {
      [_aQE]: [ `NoLongerSupported`, 400 ],
      [_e]: _c
    }, [ _M ], [ 0 ] ];
    n0_registry.registerError(NoLongerSupportedException$, NoLongerSupportedException);
    var OpsItemAccessDeniedException$ = [ -3, n0, "OpsItemAccessDeniedException", {
      [_aQE]: [ `OpsItemAccessDeniedException`, 403 ],
      [_e]: _c
    }, [ _M ], [ 0 ] ];
    n0_registry.registerError(OpsItemAccessDeniedException$, OpsItemAccessDeniedException);
    var OpsItemAlreadyExistsException$ = [ -3, n0, "OpsItemAlreadyExistsException", {
      [_aQE]: [ `OpsItemAlreadyExistsException`, 400 ],
      [_e]: _c
    }, [ _M, _OII ], [ 0, 0 ] ];
    n0_registry.registerError(OpsItemAlreadyExistsException$, OpsItemAlreadyExistsException);
    var OpsItemConflictException$ = [ -3, n0, "OpsItemConflictException", {
      [_aQE]: [ `OpsItemConflictException`, 409 ],
      [_e]: _c
    }, [ _M ], [ 0 ] ];
    n0_registry.registerError(OpsItemConflictException$, OpsItemConflictException);
    var OpsItemInvalidParameterException$ = [ -3, n0, "OpsItemInvalidParameterException", {
      [_aQE]: [ `OpsItemInvalidParameterException`, 400 ],
      [_e]: _c
    }, [ _PN, _M ], [ 64 | 0, 0 ] ];
    n0_registry.registerError(OpsItemInvalidParameterException$, OpsItemInvalidParameterException);
    var OpsItemLimitExceededException$ = [ -3, n0, "OpsItemLimitExceededException", {
      [_aQE]: [ `OpsItemLimitExceededException`, 400 ],
      [_e]: _c
    }, [ _RT, _L, _LT, _M ], [ 64 | 0, 1, 0, 0 ] ];
    n0_registry.registerError(OpsItemLimitExceededException$, OpsItemLimitExceededException);
    var OpsItemNotFoundException$ = [ -3, n0, "OpsItemNotFoundException", {
      [_aQE]: [ `OpsItemNotFoundException`, 400 ],
      [_e]: _c
    }, [ _M ], [ 0 ] ];
    n0_registry.registerError(OpsItemNotFoundException$, OpsItemNotFoundException);
    var OpsItemRelatedItemAlreadyExistsException$ = [ -3, n0, "OpsItemRelatedItemAlreadyExistsException", {
      [_aQE]: [ `OpsItemRelatedItemAlreadyExistsException`, 400 ],
      [_e]: _c
    }, [ _M, _RU, _OII ], [ 0, 0, 0 ] ];
    n0_registry.registerError(OpsItemRelatedItemAlreadyExistsException$, OpsItemRelatedItemAlreadyExistsException);
    var OpsItemRelatedItemAssociationNotFoundException$ = [ -3, n0, "OpsItemRelatedItemAssociationNotFoundException", {
      [_aQE]: [ `OpsItemRelatedItemAssociationNotFoundException`, 400 ],
      [_e]: _c
    }, [ _M ], [ 0 ] ];
    n0_registry.registerError(OpsItemRelatedItemAssociationNotFoundException$, OpsItemRelatedItemAssociationNotFoundException);
    var OpsMetadataAlreadyExistsException$ = [ -3, n0, "OpsMetadataAlreadyExistsException", {
      [_aQE]: [ `OpsMetadataAlreadyExistsException`, 400 ],
      [_e]: _c
    }, [ _m ], [ 0 ] ];
    n0_registry.registerError(OpsMetadataAlreadyExistsException$, OpsMetadataAlreadyExistsException);
    var OpsMetadataInvalidArgumentException$ = [ -3, n0, "OpsMetadataInvalidArgumentException", {
      [_aQE]: [ `OpsMetadataInvalidArgumentException`, 400 ],
      [_e]: _c
    }, [ _m ], [ 0 ] ];
    n0_registry.registerError(OpsMetadataInvalidArgumentException$, OpsMetadataInvalidArgumentException);
    var OpsMetadataKeyLimitExceededException$ = [ -3, n0, "OpsMetadataKeyLimitExceededException", {
      [_aQE]: [ `OpsMetadataKeyLimitExceededException`, 429 ],
      [_e]: _c
    }, [ _m ], [ 0 ] ];
    n0_registry.registerError(OpsMetadataKeyLimitExceededException$, OpsMetadataKeyLimitExceededException);
    var OpsMetadataLimitExceededException$ = [ -3, n0, "OpsMetadataLimitExceededException", {
      [_aQE]: [ `OpsMetadataLimitExceededException`, 429 ],
      [_e]: _c
    }, [ _m ], [ 0 ] ];
    n0_registry.registerError(OpsMetadataLimitExceededException$, OpsMetadataLimitExceededException);
    var OpsMetadataNotFoundException$ = [ -3, n0, "OpsMetadataNotFoundException", {
      [_aQE]: [ `OpsMetadataNotFoundException`, 404 ],
      [_e]: _c
    }, [ _m ], [ 0 ] ];
    n0_registry.registerError(OpsMetadataNotFoundException$, OpsMetadataNotFoundException);
    var OpsMetadataTooManyUpdatesException$ = [ -3, n0, "OpsMetadataTooManyUpdatesException", {
      [_aQE]: [ `OpsMetadataTooManyUpdatesException`, 429 ],
      [_e]: _c
    }, [ _m ], [ 0 ] ];
    n0_registry.registerError(OpsMetadataTooManyUpdatesException$, OpsMetadataTooManyUpdatesException);
    var ParameterAlreadyExists$ = [ -3, n0, "ParameterAlreadyExists", {
      [_aQE]: [ `ParameterAlreadyExists`, 400 ],
      [_e]: _c
    }, [ _m ], [ 0 ] ];
    n0_registry.registerError(ParameterAlreadyExists$, ParameterAlreadyExists);
    var ParameterLimitExceeded$ = [ -3, n0, "ParameterLimitExceeded", {
      [_aQE]: [ `ParameterLimitExceeded`, 429 ],
      [_e]: _c
    }, [ _m ], [ 0 ] ];
    n0_registry.registerError(ParameterLimitExceeded$, ParameterLimitExceeded);
    var ParameterMaxVersionLimitExceeded$ = [ -3, n0, "ParameterMaxVersionLimitExceeded", {
      [_aQE]: [ `ParameterMaxVersionLimitExceeded`, 400 ],
      [_e]: _c
    }, [ _m ], [ 0 ] ];
    n0_registry.registerError(ParameterMaxVersionLimitExceeded$, ParameterMaxVersionLimitExceeded);
    var ParameterNotFound$ = [ -3, n0, "ParameterNotFound", {
      [_aQE]: [ `ParameterNotFound`, 404 ],
      [_e]: _c
    }, [ _m ], [ 0 ] ];
    n0_registry.registerError(ParameterNotFound$, ParameterNotFound);
    var ParameterPatternMismatchException$ = [ -3, n0, "ParameterPatternMismatchException", {
      [_aQE]: [ `ParameterPatternMismatchException`, 400 ],
      [_e]: _c
    }, [ _m ], [ 0 ] ];
    n0_registry.registerError(ParameterPatternMismatchException$, ParameterPatternMismatchException);
    var ParameterVersionLabelLimitExceeded$ = [ -3, n0, "ParameterVersionLabelLimitExceeded", {
      [_aQE]: [ `ParameterVersionLabelLimitExceeded`, 400 ],
      [_e]: _c
    }, [ _m ], [ 0 ] ];
    n0_registry.registerError(ParameterVersionLabelLimitExceeded$, ParameterVersionLabelLimitExceeded);
    var ParameterVersionNotFound$ = [ -3, n0, "ParameterVersionNotFound", {
      [_aQE]: [ `ParameterVersionNotFound`, 400 ],
      [_e]: _c
    }, [ _m ], [ 0 ] ];
    n0_registry.registerError(ParameterVersionNotFound$, ParameterVersionNotFound);
    var PoliciesLimitExceededException$ = [ -3, n0, "PoliciesLimitExceededException", {
      [_aQE]: [ `PoliciesLimitExceededException`, 400 ],
      [_e]: _c
    }, [ _m ], [ 0 ] ];
    n0_registry.registerError(PoliciesLimitExceededException$, PoliciesLimitExceededException);
    var ResourceDataSyncAlreadyExistsException$ = [ -3, n0, "ResourceDataSyncAlreadyExistsException", {
      [_aQE]: [ `ResourceDataSyncAlreadyExists`, 400 ],
      [_e]: _c
    }, [ _SN ], [ 0 ] ];
    n0_registry.registerError(ResourceDataSyncAlreadyExistsException$, ResourceDataSyncAlreadyExistsException);
    var ResourceDataSyncConflictException$ = [ -3, n0, "ResourceDataSyncConflictException", {
      [_aQE]: [ `ResourceDataSyncConflictException`, 409 ],
      [_e]: _c
    }, [ _M ], [ 0 ] ];
    n0_registry.registerError(ResourceDataSyncConflictException$, ResourceDataSyncConflictException);
    var ResourceDataSyncCountExceededException$ = [ -3, n0, "ResourceDataSyncCountExceededException", {
      [_aQE]: [ `ResourceDataSyncCountExceeded`, 400 ],
      [_e]: _c
    }, [ _M ], [ 0 ] ];
    n0_registry.registerError(ResourceDataSyncCountExceededException$, ResourceDataSyncCountExceededException);
    var ResourceDataSyncInvalidConfigurationException$ = [ -3, n0, "ResourceDataSyncInvalidConfigurationException", {
      [_aQE]: [ `ResourceDataSyncInvalidConfiguration`, 400 ],
      [_e]: _c
    }, [ _M ], [ 0 ] ];
    n0_registry.registerError(ResourceDataSyncInvalidConfigurationException$, ResourceDataSyncInvalidConfigurationException);
    var ResourceDataSyncNotFoundException$ = [ -3, n0, "ResourceDataSyncNotFoundException", {
      [_aQE]: [ `ResourceDataSyncNotFound`, 404 ],
      [_e]: _c
    }, [ _SN, _ST, _M ], [ 0, 0, 0 ] ];
    n0_registry.registerError(ResourceDataSyncNotFoundException$, ResourceDataSyncNotFoundException);
    var ResourceInUseException$ = [ -3, n0, "ResourceInUseException", {
      [_aQE]: [ `ResourceInUseException`, 400 ],
      [_e]: _c
    }, [ _M ], [ 0 ] ];
    n0_registry.registerError(ResourceInUseException$, ResourceInUseException);
    var ResourceLimitExceededException$ = [ -3, n0, "ResourceLimitExceededException", {
      [_aQE]: [ `ResourceLimitExceededException`, 400 ],
      [_e]: _c
    }, [ _M ], [ 0 ] ];
    n0_registry.registerError(ResourceLimitExceededException$, ResourceLimitExceededException);
    var ResourceNotFoundException$ = [ -3, n0, "ResourceNotFoundException", {
      [_aQE]: [ `ResourceNotFoundException`, 404 ],
      [_e]: _c
    }, [ _M ], [ 0 ] ];
    n0_registry.registerError(ResourceNotFoundException$, ResourceNotFoundException);
    var ResourcePolicyConflictException$ = [ -3, n0, "ResourcePolicyConflictException", {
      [_aQE]: [ `ResourcePolicyConflictException`, 400 ],
      [_e]: _c
    }, [ _M ], [ 0 ] ];
    n0_registry.registerError(ResourcePolicyConflictException$, ResourcePolicyConflictException);
    var ResourcePolicyInvalidParameterException$ = [ -3, n0, "ResourcePolicyInvalidParameterException", {
      [_aQE]: [ `ResourcePolicyInvalidParameterException`, 400 ],
      [_e]: _c
    }, [ _PN, _M ], [ 64 | 0, 0 ] ];
    n0_registry.registerError(ResourcePolicyInvalidParameterException$, ResourcePolicyInvalidParameterException);
    var ResourcePolicyLimitExceededException$ = [ -3, n0, "ResourcePolicyLimitExceededException", {
      [_aQE]: [ `ResourcePolicyLimitExceededException`, 400 ],
      [_e]: _c
    }, [ _L, _LT, _M ], [ 1, 0, 0 ] ];
    n0_registry.registerError(ResourcePolicyLimitExceededException$, ResourcePolicyLimitExceededException);
    var ResourcePolicyNotFoundException$ = [ -3, n0, "ResourcePolicyNotFoundException", {
      [_aQE]: [ `ResourcePolicyNotFoundException`, 404 ],
      [_e]: _c
    }, [ _M ], [ 0 ] ];
    n0_registry.registerError(ResourcePolicyNotFoundException$, ResourcePolicyNotFoundException);
    var ServiceQuotaExceededException$ = [ -3, n0, "ServiceQuotaExceededException", {
      [_e]: _c
    }, [ _M, _QC, _SC, _RI, _RTe ], [ 0, 0, 0, 0, 0 ], 3 ];
    n0_registry.registerError(ServiceQuotaExceededException$, ServiceQuotaExceededException);
    var ServiceSettingNotFound$ = [ -3, n0, "ServiceSettingNotFound", {
      [_aQE]: [ `ServiceSettingNotFound`, 400 ],
      [_e]: _c
    }, [ _M ], [ 0 ] ];
    n0_registry.registerError(ServiceSettingNotFound$, ServiceSettingNotFound);
    var StatusUnchanged$ = [ -3, n0, "StatusUnchanged", {
      [_aQE]: [ `StatusUnchanged`, 400 ],
      [_e]: _c
    }, [], [] ];
    n0_registry.registerError(StatusUnchanged$, StatusUnchanged);
    var SubTypeCountLimitExceededException$ = [ -3, n0, "SubTypeCountLimitExceededException", {
      [_aQE]: [ `SubTypeCountLimitExceeded`, 400 ],
      [_e]: _c
    }, [ _M ], [ 0 ] ];
    n0_registry.registerError(SubTypeCountLimitExceededException$, SubTypeCountLimitExceededException);
    var TargetInUseException$ = [ -3, n0, "TargetInUseException", {
      [_aQE]: [ `TargetInUseException`, 400 ],
      [_e]: _c
    }, [ _M ], [ 0 ] ];
    n0_registry.registerError(TargetInUseException$, TargetInUseException);
    var TargetNotConnected$ = [ -3, n0, "TargetNotConnected", {
      [_aQE]: [ `TargetNotConnected`, 430 ],
      [_e]: _c
    }, [ _M ], [ 0 ] ];
    n0_registry.registerError(TargetNotConnected$, TargetNotConnected);
    var ThrottlingException$ = [ -3, n0, "ThrottlingException", {
      [_e]: _c
    }, [ _M, _QC, _SC ], [ 0, 0, 0 ], 1 ];
    n0_registry.registerError(ThrottlingException$, ThrottlingException);
    var TooManyTagsError$ = [ -3, n0, "TooManyTagsError", {
      [_aQE]: [ `TooManyTagsError`, 400 ],
      [_e]: _c
    }, [], [] ];
    n0_registry.registerError(TooManyTagsError$, TooManyTagsError);
    var TooManyUpdates$ = [ -3, n0, "TooManyUpdates", {
      [_aQE]: [ `TooManyUpdates`, 429 ],
      [_e]: _c
    }, [ _M ], [ 0 ] ];
    n0_registry.registerError(TooManyUpdates$, TooManyUpdates);
    var TotalSizeLimitExceededException$ = [ -3, n0, "TotalSizeLimitExceededException", {
      [_aQE]: [ `TotalSizeLimitExceeded`, 400 ],
      [_e]: _c
    }, [ _M ], [ 0 ] ];
    n0_registry.registerError(TotalSizeLimitExceededException$, TotalSizeLimitExceededException);
    var UnsupportedCalendarException$ = [ -3, n0, "UnsupportedCalendarException", {
      [_aQE]: [ `UnsupportedCalendarException`, 400 ],
      [_e]: _c
    }, [ _M ], [ 0 ] ];
    n0_registry.registerError(UnsupportedCalendarException$, UnsupportedCalendarException);
    var UnsupportedFeatureRequiredException$ = [ -3, n0, "UnsupportedFeatureRequiredException", {
      [_aQE]: [ `UnsupportedFeatureRequiredException`, 400 ],
      [_e]: _c
    }, [ _M ], [ 0 ] ];
    n0_registry.registerError(UnsupportedFeatureRequiredException$, UnsupportedFeatureRequiredException);
    var UnsupportedInventoryItemContextException$ = [ -3, n0, "UnsupportedInventoryItemContextException", {
      [_aQE]: [ `UnsupportedInventoryItemContext`, 400 ],
      [_e]: _c
    }, [ _TN, _M ], [ 0, 0 ] ];
    n0_registry.registerError(UnsupportedInventoryItemContextException$, UnsupportedInventoryItemContextException);
    var UnsupportedInventorySchemaVersionException$ = [ -3, n0, "UnsupportedInventorySchemaVersionException", {
      [_aQE]: [ `UnsupportedInventorySchemaVersion`, 400 ],
      [_e]: _c
    }, [ _M ], [ 0 ] ];
    n0_registry.registerError(UnsupportedInventorySchemaVersionException$, UnsupportedInventorySchemaVersionException);
    var UnsupportedOperatingSystem$ = [ -3, n0, "UnsupportedOperatingSystem", {
      [_aQE]: [ `UnsupportedOperatingSystem`, 400 ],
      [_e]: _c
    }, [ _M ], [ 0 ] ];
    n0_registry.registerError(UnsupportedOperatingSystem$, UnsupportedOperatingSystem);
    var UnsupportedOperationException$ = [ -3, n0, "UnsupportedOperationException", {
      [_aQE]: [ `UnsupportedOperation`, 400 ],
      [_e]: _c
    }, [ _M ], [ 0 ] ];
    n0_registry.registerError(UnsupportedOperationException$, UnsupportedOperationException);
    var UnsupportedParameterType$ = [ -3, n0, "UnsupportedParameterType", {
      [_aQE]: [ `UnsupportedParameterType`, 400 ],
      [_e]: _c
    }, [ _m ], [ 0 ] ];
    n0_registry.registerError(UnsupportedParameterType$, UnsupportedParameterType);
    var UnsupportedPlatformType$ = [ -3, n0, "UnsupportedPlatformType", {
      [_aQE]: [ `UnsupportedPlatformType`, 400 ],
      [_e]: _c
    }, [ _M ], [ 0 ] ];
    n0_registry.registerError(UnsupportedPlatformType$, UnsupportedPlatformType);
    var ValidationException$ = [ -3, n0, "ValidationException", {
      [_aQE]: [ `ValidationException`, 400 ],
      [_e]: _c
    }, [ _M, "ReasonCode" ], [ 0, 0 ] ];
    n0_registry.registerError(ValidationException$, ValidationException);
    const errorTypeRegistries = [ _s_registry, n0_registry ];
    var AccessKeySecretType = [ 0, n0, "AccessKeySecretType", 8, 0 ];
    var IPAddress = [ 0, n0, _IPA, 8, 0 ];
    var MaintenanceWindowDescription = [ 0, n0, "MaintenanceWindowDescription", 8, 0 ];
    var MaintenanceWindowExecutionTaskInvocationParameters = [ 0, n0, "MaintenanceWindowExecutionTaskInvocationParameters", 8, 0 ];
    var MaintenanceWindowLambdaPayload = [ 0, n0, "MaintenanceWindowLambdaPayload", 8, 21 ];
    var MaintenanceWindowStepFunctionsInput = [ 0, n0, "MaintenanceWindowStepFunctionsInput", 8, 0 ];
    var MaintenanceWindowTaskParameterValue = [ 0, n0, "MaintenanceWindowTaskParameterValue", 8, 0 ];
    var OwnerInformation = [ 0, n0, _OI, 8, 0 ];
    var PatchSourceConfiguration = [ 0, n0, "PatchSourceConfiguration", 8, 0 ];
    var PSParameterValue = [ 0, n0, "PSParameterValue", 8, 0 ];
    var SessionTokenType = [ 0, n0, "SessionTokenType", 8, 0 ];
    var AccountSharingInfo$ = [ 3, n0, _ASI, 0, [ _AIc, _SDV ], [ 0, 0 ] ];
    var Activation$ = [ 3, n0, "Activation", 0, [ _AIct, _D, _DIN, _IRa, _RL, "RegistrationsCount", _ED, "Expired", _CD, _T ], [ 0, 0, 0, 0, 1, 1, 4, 2, 4, () => TagList ] ];
    var AddTagsToResourceRequest$ = [ 3, n0, "AddTagsToResourceRequest", 0, [ _RTe, _RI, _T ], [ 0, 0, () => TagList ], 3 ];
    var AddTagsToResourceResult$ = [ 3, n0, "AddTagsToResourceResult", 0, [], [] ];
    var Alarm$ = [ 3, n0, "Alarm", 0, [ _N ], [ 0 ], 1 ];
    var AlarmConfiguration$ = [ 3, n0, _AC, 0, [ "Alarms", "IgnorePollAlarmFailure" ], [ () => AlarmList, 2 ], 1 ];
    var AlarmStateInformation$ = [ 3, n0, "AlarmStateInformation", 0, [ _N, _S ], [ 0, 0 ], 2 ];
    var AssociateOpsItemRelatedItemRequest$ = [ 3, n0, "AssociateOpsItemRelatedItemRequest", 0, [ _OII, _AT, _RTe, _RU ], [ 0, 0, 0, 0 ], 4 ];
    var AssociateOpsItemRelatedItemResponse$ = [ 3, n0, "AssociateOpsItemRelatedItemResponse", 0, [ _AIs ], [ 0 ] ];
    var Association$ = [ 3, n0, _As, 0, [ _N, _II, _AIs, _AV, _DV, _Ta, _LED, _O, _SE, _AN, _SO, _Du, _TM ], [ 0, 0, 0, 0, 0, () => Targets, 4, () => AssociationOverview$, 0, 0, 1, 1, [ 1, n0, _TM, 0, [ 2, n0, _TMa, 0, 0, 64 | 0 ] ] ] ];
    var AssociationDescription$ = [ 3, n0, _AD, 0, [ _N, _II, _AV, _Da, "LastUpdateAssociationDate", _St, _O, _DV, _ATPN, _P, _AIs, _Ta, _SE, _OL, _LED, "LastSuccessfulExecutionDate", _AN, _ME, _MC, _CS, _SCy, _AOACI, _CN, _TL, _SO, _Du, _TM, _AC, _TA, _ADAR ], [ 0, 0, 0, 4, 4, () => AssociationStatus$, () => AssociationOverview$, 0, 0, [ () => _Parameters, 0 ], 0, () => Targets, 0, () => InstanceAssociationOutputLocation$, 4, 4, 0, 0, 0, 0, 0, 2, 64 | 0, () => TargetLocations, 1, 1, [ 1, n0, _TM, 0, [ 2, n0, _TMa, 0, 0, 64 | 0 ] ], () => AlarmConfiguration$, () => AlarmStateInformationList, 0 ] ];
    var AssociationExecution$ = [ 3, n0, _AE, 0, [ _AIs, _AV, _EI, _St, _DS, _CT, _LED, "ResourceCountByStatus", _AC, _TA ], [ 0, 0, 0, 0, 0, 4, 4, 0, () => AlarmConfiguration$, () => AlarmStateInformationList ] ];
    var AssociationExecutionFilter$ = [ 3, n0, _AEF, 0, [ _K, _V, _Ty ], [ 0, 0, 0 ], 3 ];
    var AssociationExecutionTarget$ = [ 3, n0, _AET, 0, [ _AIs, _AV, _EI, _RI, _RTe, _St, _DS, _LED, _OS ], [ 0, 0, 0, 0, 0, 0, 0, 4, () => OutputSource$ ] ];
    var AssociationExecutionTargetsFilter$ = [ 3, n0, _AETF, 0, [ _K, _V ], [ 0, 0 ], 2 ];
    var AssociationFilter$ = [ 3, n0, _AF, 0, [ _k, _v ], [ 0, 0 ], 2 ];
    var AssociationOverview$ = [ 3, n0, _AO, 0, [ _St, _DS, "AssociationStatusAggregatedCount" ], [ 0, 0, 128 | 1 ] ];
    var AssociationStatus$ = [ 3, n0, _AS, 0, [ _Da, _N, _M, "AdditionalInfo" ], [ 4, 0, 0, 0 ], 3 ];
    var AssociationVersionInfo$ = [ 3, n0, "AssociationVersionInfo", 0, [ _AIs, _AV, _CD, _N, _DV, _P, _Ta, _SE, _OL, _AN, _ME, _MC, _CS, _SCy, _AOACI, _CN, _TL, _SO, _Du, _TM, _ADAR ], [ 0, 0, 4, 0, 0, [ () => _Parameters, 0 ], () => Targets, 0, () => InstanceAssociationOutputLocation$, 0, 0, 0, 0, 0, 2, 64 | 0, () => TargetLocations, 1, 1, [ 1, n0, _TM, 0, [ 2, n0, _TMa, 0, 0, 64 | 0 ] ], 0 ] ];
    var AttachmentContent$ = [ 3, n0, _ACt, 0, [ _N, "Size", _H, _HT, "Url" ], [ 0, 1, 0, 0, 0 ] ];
    var AttachmentInformation$ = [ 3, n0, _AIt, 0, [ _N ], [ 0 ] ];
    var AttachmentsSource$ = [ 3, n0, "AttachmentsSource", 0, [ _K, _Va, _N ], [ 0, 64 | 0, 0 ] ];
    var AutomationExecution$ = [ 3, n0, _AEu, 0, [ _AEI, _DN, _DV, _EST, _EET, _AES, _SEt, "StepExecutionsTruncated", _P, _Ou, _FM, _WM, _Mo, _PAEI, _EB, _CSN, _CA, _TPN, _Ta, _TM, _RTes, _MC, _ME, _Tar, _TL, _PC, _AC, _TA, _TLURL, _ASu, _STc, _R, _OII, _AIs, _CRN, "Variables", _TS ], [ 0, 0, 0, 4, 4, 0, () => StepExecutionList, 2, [ 2, n0, _APM, 0, 0, 64 | 0 ], [ 2, n0, _APM, 0, 0, 64 | 0 ], 0, 0, 0, 0, 0, 0, 0, 0, () => Targets, [ 1, n0, _TM, 0, [ 2, n0, _TMa, 0, 0, 64 | 0 ] ], () => ResolvedTargets$, 0, 0, 0, () => TargetLocations, () => ProgressCounters$, () => AlarmConfiguration$, () => AlarmStateInformationList, 0, 0, 4, () => Runbooks, 0, 0, 0, [ 2, n0, _APM, 0, 0, 64 | 0 ], () => TargetsSummary$ ] ];
    var AutomationExecutionFilter$ = [ 3, n0, "AutomationExecutionFilter", 0, [ _K, _Va ], [ 0, 64 | 0 ], 2 ];
    var AutomationExecutionInputs$ = [ 3, n0, "AutomationExecutionInputs", 0, [ _P, _TPN, _Ta, _TM, _TL, _TLURL ], [ [ 2, n0, _APM, 0, 0, 64 | 0 ], 0, () => AutomationTargets, [ 1, n0, _TM, 0, [ 2, n0, _TMa, 0, 0, 64 | 0 ] ], () => TargetLocations, 0 ] ];
    var AutomationExecutionMetadata$ = [ 3, n0, "AutomationExecutionMetadata", 0, [ _AEI, _DN, _DV, _AES, _EST, _EET, _EB, "LogFile", _Ou, _Mo, _PAEI, _CSN, _CA, _FM, _WM, _TPN, _Ta, _TM, _RTes, _MC, _ME, _Tar, "AutomationType", _AC, _TA, _TLURL, _ASu, _STc, _R, _OII, _AIs, _CRN ], [ 0, 0, 0, 0, 4, 4, 0, 0, [ 2, n0, _APM, 0, 0, 64 | 0 ], 0, 0, 0, 0, 0, 0, 0, () => Targets, [ 1, n0, _TM, 0, [ 2, n0, _TMa, 0, 0, 64 | 0 ] ], () => ResolvedTargets$, 0, 0, 0, 0, () => AlarmConfiguration$, () => AlarmStateInformationList, 0, 0, 4, () => Runbooks, 0, 0, 0 ] ];
    var AutomationExecutionPreview$ = [ 3, n0, "AutomationExecutionPreview", 0, [ "StepPreviews", _Re, "TargetPreviews", "TotalAccounts" ], [ 128 | 1, 64 | 0, () => TargetPreviewList, 1 ] ];
    var AzureConfiguration$ = [ 3, n0, _ACz, 0, [ "TenantId", "ApplicationId", "TenantDisplayName", "ApplicationDisplayName", _Ta ], [ 0, 0, 0, 0, () => ConfigurationTargets$ ], 2 ];
    var AzureSubscription$ = [ 3, n0, "AzureSubscription", 0, [ _I, _DNi ], [ 0, 0 ], 1 ];
    var BaselineOverride$ = [ 3, n0, _BO, 0, [ _OSp, _GF, _AR, _AP, _APCL, _RP, _RPA, _APENS, _So, _ASUCS ], [ 0, () => PatchFilterGroup$, () => PatchRuleGroup$, 64 | 0, 0, 64 | 0, 0, 2, [ () => PatchSourceList, 0 ], 0 ] ];
    var CancelCommandRequest$ = [ 3, n0, "CancelCommandRequest", 0, [ _CI, _IIn ], [ 0, 64 | 0 ], 1 ];
    var CancelCommandResult$ = [ 3, n0, "CancelCommandResult", 0, [], [] ];
    var CancelMaintenanceWindowExecutionRequest$ = [ 3, n0, "CancelMaintenanceWindowExecutionRequest", 0, [ _WEI ], [ 0 ], 1 ];
    var CancelMaintenanceWindowExecutionResult$ = [ 3, n0, "CancelMaintenanceWindowExecutionResult", 0, [ _WEI ], [ 0 ] ];
    var CloudConnectorFilter$ = [ 3, n0, "CloudConnectorFilter", 0, [ _FK, _FV ], [ 0, 64 | 0 ] ];
    var CloudConnectorSummary$ = [ 3, n0, "CloudConnectorSummary", 0, [ _CCI, _DNi, _D, _RA, _CAr, _UA, "Provider", _CCA ], [ 0, 0, 0, 0, 4, 4, 0, 0 ] ];
    var CloudWatchOutputConfig$ = [ 3, n0, _CWOC, 0, [ "CloudWatchLogGroupName", "CloudWatchOutputEnabled" ], [ 0, 2 ] ];
    var Command$ = [ 3, n0, _C, 0, [ _CI, _DN, _DV, _Co, "ExpiresAfter", _P, _IIn, _Ta, _RDT, _St, _SD, _OSR, _OSBN, _OSKP, _MC, _ME, "TargetCount", _CC, "ErrorCount", "DeliveryTimedOutCount", _SR, _NC, _CWOC, _TSi, _AC, _TA ], [ 0, 0, 0, 0, 4, [ () => _Parameters, 0 ], 64 | 0, () => Targets, 4, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 0, () => NotificationConfig$, () => CloudWatchOutputConfig$, 1, () => AlarmConfiguration$, () => AlarmStateInformationList ] ];
    var CommandFilter$ = [ 3, n0, "CommandFilter", 0, [ _k, _v ], [ 0, 0 ], 2 ];
    var CommandInvocation$ = [ 3, n0, "CommandInvocation", 0, [ _CI, _II, "InstanceName", _Co, _DN, _DV, _RDT, _St, _SD, "TraceOutput", _SOU, _SEU, "CommandPlugins", _SR, _NC, _CWOC ], [ 0, 0, 0, 0, 0, 0, 4, 0, 0, 0, 0, 0, () => CommandPluginList, 0, () => NotificationConfig$, () => CloudWatchOutputConfig$ ] ];
    var CommandPlugin$ = [ 3, n0, "CommandPlugin", 0, [ _N, _St, _SD, _RCes, "ResponseStartDateTime", "ResponseFinishDateTime", "Output", _SOU, _SEU, _OSR, _OSBN, _OSKP ], [ 0, 0, 0, 1, 4, 4, 0, 0, 0, 0, 0, 0 ] ];
    var ComplianceExecutionSummary$ = [ 3, n0, "ComplianceExecutionSummary", 0, [ _ET, _EI, "ExecutionType" ], [ 4, 0, 0 ], 1 ];
    var ComplianceItem$ = [ 3, n0, "ComplianceItem", 0, [ _CTo, _RTe, _RI, _I, _Ti, _St, _Se, _ES, _De ], [ 0, 0, 0, 0, 0, 0, 0, () => ComplianceExecutionSummary$, 128 | 0 ] ];
    var ComplianceItemEntry$ = [ 3, n0, "ComplianceItemEntry", 0, [ _Se, _St, _I, _Ti, _De ], [ 0, 0, 0, 0, 128 | 0 ], 2 ];
    var ComplianceStringFilter$ = [ 3, n0, "ComplianceStringFilter", 0, [ _K, _Va, _Ty ], [ 0, [ () => ComplianceStringFilterValueList, 0 ], 0 ] ];
    var ComplianceSummaryItem$ = [ 3, n0, "ComplianceSummaryItem", 0, [ _CTo, _CSo, _NCS ], [ 0, () => CompliantSummary$, () => NonCompliantSummary$ ] ];
    var CompliantSummary$ = [ 3, n0, _CSo, 0, [ "CompliantCount", _SS ], [ 1, () => SeveritySummary$ ] ];
    var CreateActivationRequest$ = [ 3, n0, "CreateActivationRequest", 0, [ _IRa, _D, _DIN, _RL, _ED, _T, "RegistrationMetadata" ], [ 0, 0, 0, 1, 4, () => TagList, () => RegistrationMetadataList ], 1 ];
    var CreateActivationResult$ = [ 3, n0, "CreateActivationResult", 0, [ _AIct, "ActivationCode" ], [ 0, 0 ] ];
    var CreateAssociationBatchRequest$ = [ 3, n0, "CreateAssociationBatchRequest", 0, [ _En, _ADAR ], [ [ () => CreateAssociationBatchRequestEntries, 0 ], 0 ], 1 ];
    var CreateAssociationBatchRequestEntry$ = [ 3, n0, "CreateAssociationBatchRequestEntry", 0, [ _N, _II, _P, _ATPN, _DV, _Ta, _SE, _OL, _AN, _ME, _MC, _CS, _SCy, _AOACI, _CN, _TL, _SO, _Du, _TM, _AC ], [ 0, 0, [ () => _Parameters, 0 ], 0, 0, () => Targets, 0, () => InstanceAssociationOutputLocation$, 0, 0, 0, 0, 0, 2, 64 | 0, () => TargetLocations, 1, 1, [ 1, n0, _TM, 0, [ 2, n0, _TMa, 0, 0, 64 | 0 ] ], () => AlarmConfiguration$ ], 1 ];
    var CreateAssociationBatchResult$ = [ 3, n0, "CreateAssociationBatchResult", 0, [ "Successful", "Failed" ], [ [ () => AssociationDescriptionList, 0 ], [ () => FailedCreateAssociationList, 0 ] ] ];
    var CreateAssociationRequest$ = [ 3, n0, "CreateAssociationRequest", 0, [ _N, _DV, _II, _P, _Ta, _SE, _OL, _AN, _ATPN, _ME, _MC, _CS, _SCy, _AOACI, _CN, _TL, _SO, _Du, _TM, _T, _AC, _ADAR ], [ 0, 0, 0, [ () => _Parameters, 0 ], () => Targets, 0, () => InstanceAssociationOutputLocation$, 0, 0, 0, 0, 0, 0, 2, 64 | 0, () => TargetLocations, 1, 1, [ 1, n0, _TM, 0, [ 2, n0, _TMa, 0, 0, 64 | 0 ] ], () => TagList, () => AlarmConfiguration$, 0 ], 1 ];
    var CreateAssociationResult$ = [ 3, n0, "CreateAssociationResult", 0, [ _AD ], [ [ () => AssociationDescription$, 0 ] ] ];
    var CreateCloudConnectorRequest$ = [ 3, n0, "CreateCloudConnectorRequest", 0, [ _DNi, _RA, _Con, _D, _CCA, _T ], [ 0, 0, () => CloudConnectorConfiguration$, 0, 0, () => TagList ], 3 ];
    var CreateCloudConnectorResult$ = [ 3, n0, "CreateCloudConnectorResult", 0, [ _CCI ], [ 0 ] ];
    var CreateDocumentRequest$ = [ 3, n0, "CreateDocumentRequest", 0, [ _Cont, _N, _Req, _At, _DNi, _VN, _DT, _DF, _TT, _T ], [ 0, 0, () => DocumentRequiresList, () => AttachmentsSourceList, 0, 0, 0, 0, 0, () => TagList ], 2 ];
    var CreateDocumentResult$ = [ 3, n0, "CreateDocumentResult", 0, [ _DD ], [ [ () => DocumentDescription$, 0 ] ] ];
    var CreateMaintenanceWindowRequest$ = [ 3, n0, "CreateMaintenanceWindowRequest", 0, [ _N, _Sc, _Du, _Cu, _AUT, _D, _SDt, _EDn, _STch, _SO, _CTl, _T ], [ 0, 0, 1, 1, 2, [ () => MaintenanceWindowDescription, 0 ], 0, 0, 0, 1, [ 0, 4 ], () => TagList ], 5 ];
    var CreateMaintenanceWindowResult$ = [ 3, n0, "CreateMaintenanceWindowResult", 0, [ _WI ], [ 0 ] ];
    var CreateOpsItemRequest$ = [ 3, n0, "CreateOpsItemRequest", 0, [ _D, _Sou, _Ti, _OIT, _OD, _No, _Pri, _ROI, _T, _Ca, _Se, _AST, _AETc, _PST, _PET, _AIc ], [ 0, 0, 0, 0, () => OpsItemOperationalData, () => OpsItemNotifications, 1, () => RelatedOpsItems, () => TagList, 0, 0, 4, 4, 4, 4, 0 ], 3 ];
    var CreateOpsItemResponse$ = [ 3, n0, "CreateOpsItemResponse", 0, [ _OII, _OIA ], [ 0, 0 ] ];
    var CreateOpsMetadataRequest$ = [ 3, n0, "CreateOpsMetadataRequest", 0, [ _RI, _Me, _T ], [ 0, () => MetadataMap, () => TagList ], 1 ];
    var CreateOpsMetadataResult$ = [ 3, n0, "CreateOpsMetadataResult", 0, [ _OMA ], [ 0 ] ];
    var CreatePatchBaselineRequest$ = [ 3, n0, "CreatePatchBaselineRequest", 0, [ _N, _OSp, _GF, _AR, _AP, _APCL, _APENS, _RP, _RPA, _D, _So, _ASUCS, _CTl, _T ], [ 0, 0, () => PatchFilterGroup$, () => PatchRuleGroup$, 64 | 0, 0, 2, 64 | 0, 0, 0, [ () => PatchSourceList, 0 ], 0, [ 0, 4 ], () => TagList ], 1 ];
    var CreatePatchBaselineResult$ = [ 3, n0, "CreatePatchBaselineResult", 0, [ _BI ], [ 0 ] ];
    var CreateResourceDataSyncRequest$ = [ 3, n0, "CreateResourceDataSyncRequest", 0, [ _SN, _SDe, _ST, _SSy ], [ 0, () => ResourceDataSyncS3Destination$, 0, () => ResourceDataSyncSource$ ], 1 ];
    var CreateResourceDataSyncResult$ = [ 3, n0, "CreateResourceDataSyncResult", 0, [], [] ];
    var Credentials$ = [ 3, n0, _Cr, 0, [ "AccessKeyId", "SecretAccessKey", "SessionToken", "ExpirationTime" ], [ 0, [ () => AccessKeySecretType, 0 ], [ () => SessionTokenType, 0 ], 4 ], 4 ];
    var DeleteActivationRequest$ = [ 3, n0, "DeleteActivationRequest", 0, [ _AIct ], [ 0 ], 1 ];
    var DeleteActivationResult$ = [ 3, n0, "DeleteActivationResult", 0, [], [] ];
    var DeleteAssociationRequest$ = [ 3, n0, "DeleteAssociationRequest", 0, [ _N, _II, _AIs ], [ 0, 0, 0 ] ];
    var DeleteAssociationResult$ = [ 3, n0, "DeleteAssociationResult", 0, [], [] ];
    var DeleteCloudConnectorRequest$ = [ 3, n0, "DeleteCloudConnectorRequest", 0, [ _CCI ], [ 0 ], 1 ];
    var DeleteCloudConnectorResult$ = [ 3, n0, "DeleteCloudConnectorResult", 0, [ _CCI ], [ 0 ] ];
    var DeleteDocumentRequest$ = [ 3, n0, "DeleteDocumentRequest", 0, [ _N, _DV, _VN, "Force" ], [ 0, 0, 0, 2 ], 1 ];
    var DeleteDocumentResult$ = [ 3, n0, "DeleteDocumentResult", 0, [], [] ];
    var DeleteInventoryRequest$ = [ 3, n0, "DeleteInventoryRequest", 0, [ _TN, "SchemaDeleteOption", "DryRun", _CTl ], [ 0, 0, 2, [ 0, 4 ] ], 1 ];
    var DeleteInventoryResult$ = [ 3, n0, "DeleteInventoryResult", 0, [ _DI, _TN, _DSe ], [ 0, 0, () => InventoryDeletionSummary$ ] ];
    var DeleteMaintenanceWindowRequest$ = [ 3, n0, "DeleteMaintenanceWindowRequest", 0, [ _WI ], [ 0 ], 1 ];
    var DeleteMaintenanceWindowResult$ = [ 3, n0, "DeleteMaintenanceWindowResult", 0, [ _WI ], [ 0 ] ];
    var DeleteOpsItemRequest$ = [ 3, n0, "DeleteOpsItemRequest", 0, [ _OII ], [ 0 ], 1 ];
    var DeleteOpsItemResponse$ = [ 3, n0, "DeleteOpsItemResponse", 0, [], [] ];
    var DeleteOpsMetadataRequest$ = [ 3, n0, "DeleteOpsMetadataRequest", 0, [ _OMA ], [ 0 ], 1 ];
    var DeleteOpsMetadataResult$ = [ 3, n0, "DeleteOpsMetadataResult", 0, [], [] ];
    var DeleteParameterRequest$ = [ 3, n0, "DeleteParameterRequest", 0, [ _N ], [ 0 ], 1 ];
    var DeleteParameterResult$ = [ 3, n0, "DeleteParameterResult", 0, [], [] ];
    var DeleteParametersRequest$ = [ 3, n0, "DeleteParametersRequest", 0, [ _Na ], [ 64 | 0 ], 1 ];
    var DeleteParametersResult$ = [ 3, n0, "DeleteParametersResult", 0, [ "DeletedParameters", _IP ], [ 64 | 0, 64 | 0 ] ];
    var DeletePatchBaselineRequest$ = [ 3, n0, "DeletePatchBaselineRequest", 0, [ _BI ], [ 0 ], 1 ];
    var DeletePatchBaselineResult$ = [ 3, n0, "DeletePatchBaselineResult", 0, [ _BI ], [ 0 ] ];
    var DeleteResourceDataSyncRequest$ = [ 3, n0, "DeleteResourceDataSyncRequest", 0, [ _SN, _ST ], [ 0, 0 ], 1 ];
    var DeleteResourceDataSyncResult$ = [ 3, n0, "DeleteResourceDataSyncResult", 0, [], [] ];
    var DeleteResourcePolicyRequest$ = [ 3, n0, "DeleteResourcePolicyRequest", 0, [ _RAe, _PI, _PH, "DeletionMode" ], [ 0, 0, 0, 0 ], 3 ];
    var DeleteResourcePolicyResponse$ = [ 3, n0, "DeleteResourcePolicyResponse", 0, [], [] ];
    var DeregisterDefaultHostManagementConfigurationRequest$ = [ 3, n0, "DeregisterDefaultHostManagementConfigurationRequest", 0, [], [] ];
    var DeregisterDefaultHostManagementConfigurationResult$ = [ 3, n0, "DeregisterDefaultHostManagementConfigurationResult", 0, [], [] ];
    var DeregisterManagedInstanceRequest$ = [ 3, n0, "DeregisterManagedInstanceRequest", 0, [ _II ], [ 0 ], 1 ];
    var DeregisterManagedInstanceResult$ = [ 3, n0, "DeregisterManagedInstanceResult", 0, [], [] ];
    var DeregisterPatchBaselineForPatchGroupRequest$ = [ 3, n0, "DeregisterPatchBaselineForPatchGroupRequest", 0, [ _BI, _PG ], [ 0, 0 ], 2 ];
    var DeregisterPatchBaselineForPatchGroupResult$ = [ 3, n0, "DeregisterPatchBaselineForPatchGroupResult", 0, [ _BI, _PG ], [ 0, 0 ] ];
    var DeregisterTargetFromMaintenanceWindowRequest$ = [ 3, n0, "DeregisterTargetFromMaintenanceWindowRequest", 0, [ _WI, _WTI, "Safe" ], [ 0, 0, 2 ], 2 ];
    var DeregisterTargetFromMaintenanceWindowResult$ = [ 3, n0, "DeregisterTargetFromMaintenanceWindowResult", 0, [ _WI, _WTI ], [ 0, 0 ] ];
    var DeregisterTaskFromMaintenanceWindowRequest$ = [ 3, n0, "DeregisterTaskFromMaintenanceWindowRequest", 0, [ _WI, _WTIi ], [ 0, 0 ], 2 ];
    var DeregisterTaskFromMaintenanceWindowResult$ = [ 3, n0, "DeregisterTaskFromMaintenanceWindowResult", 0, [ _WI, _WTIi ], [ 0, 0 ] ];
    var DescribeActivationsFilter$ = [ 3, n0, "DescribeActivationsFilter", 0, [ _FK, _FV ], [ 0, 64 | 0 ] ];
    var DescribeActivationsRequest$ = [ 3, n0, "DescribeActivationsRequest", 0, [ _Fi, _MR, _NT ], [ () => DescribeActivationsFilterList, 1, 0 ] ];
    var DescribeActivationsResult$ = [ 3, n0, "DescribeActivationsResult", 0, [ _AL, _NT ], [ () => ActivationList, 0 ] ];
    var DescribeAssociationExecutionsRequest$ = [ 3, n0, "DescribeAssociationExecutionsRequest", 0, [ _AIs, _Fi, _MR, _NT ], [ 0, [ () => AssociationExecutionFilterList, 0 ], 1, 0 ], 1 ];
    var DescribeAssociationExecutionsResult$ = [ 3, n0, "DescribeAssociationExecutionsResult", 0, [ "AssociationExecutions", _NT ], [ [ () => AssociationExecutionsList, 0 ], 0 ] ];
    var DescribeAssociationExecutionTargetsRequest$ = [ 3, n0, "DescribeAssociationExecutionTargetsRequest", 0, [ _AIs, _EI, _Fi, _MR, _NT ], [ 0, 0, [ () => AssociationExecutionTargetsFilterList, 0 ], 1, 0 ], 2 ];
    var DescribeAssociationExecutionTargetsResult$ = [ 3, n0, "DescribeAssociationExecutionTargetsResult", 0, [ "AssociationExecutionTargets", _NT ], [ [ () => AssociationExecutionTargetsList, 0 ], 0 ] ];
    var DescribeAssociationRequest$ = [ 3, n0, "DescribeAssociationRequest", 0, [ _N, _II, _AIs, _AV ], [ 0, 0, 0, 0 ] ];
    var DescribeAssociationResult$ = [ 3, n0, "DescribeAssociationResult", 0, [ _AD ], [ [ () => AssociationDescription$, 0 ] ] ];
    var DescribeAutomationExecutionsRequest$ = [ 3, n0, "DescribeAutomationExecutionsRequest", 0, [ _Fi, _MR, _NT ], [ () => AutomationExecutionFilterList, 1, 0 ] ];
    var DescribeAutomationExecutionsResult$ = [ 3, n0, "DescribeAutomationExecutionsResult", 0, [ _AEML, _NT ], [ () => AutomationExecutionMetadataList, 0 ] ];
    var DescribeAutomationStepExecutionsRequest$ = [ 3, n0, "DescribeAutomationStepExecutionsRequest", 0, [ _AEI, _Fi, _NT, _MR, "ReverseOrder" ], [ 0, () => StepExecutionFilterList, 0, 1, 2 ], 1 ];
    var DescribeAutomationStepExecutionsResult$ = [ 3, n0, "DescribeAutomationStepExecutionsResult", 0, [ _SEt, _NT ], [ () => StepExecutionList, 0 ] ];
    var DescribeAvailablePatchesRequest$ = [ 3, n0, "DescribeAvailablePatchesRequest", 0, [ _Fi, _MR, _NT ], [ () => PatchOrchestratorFilterList, 1, 0 ] ];
    var DescribeAvailablePatchesResult$ = [ 3, n0, "DescribeAvailablePatchesResult", 0, [ _Pa, _NT ], [ () => PatchList, 0 ] ];
    var DescribeDocumentPermissionRequest$ = [ 3, n0, "DescribeDocumentPermissionRequest", 0, [ _N, _PT, _MR, _NT ], [ 0, 0, 1, 0 ], 2 ];
    var DescribeDocumentPermissionResponse$ = [ 3, n0, "DescribeDocumentPermissionResponse", 0, [ "AccountIds", _ASIL, _NT ], [ [ () => AccountIdList, 0 ], [ () => AccountSharingInfoList, 0 ], 0 ] ];
    var DescribeDocumentRequest$ = [ 3, n0, "DescribeDocumentRequest", 0, [ _N, _DV, _VN ], [ 0, 0, 0 ], 1 ];
    var DescribeDocumentResult$ = [ 3, n0, "DescribeDocumentResult", 0, [ "Document" ], [ [ () => DocumentDescription$, 0 ] ] ];
    var DescribeEffectiveInstanceAssociationsRequest$ = [ 3, n0, "DescribeEffectiveInstanceAssociationsRequest", 0, [ _II, _MR, _NT ], [ 0, 1, 0 ], 1 ];
    var DescribeEffectiveInstanceAssociationsResult$ = [ 3, n0, "DescribeEffectiveInstanceAssociationsResult", 0, [ _Ass, _NT ], [ () => InstanceAssociationList, 0 ] ];
    var DescribeEffectivePatchesForPatchBaselineRequest$ = [ 3, n0, "DescribeEffectivePatchesForPatchBaselineRequest", 0, [ _BI, _MR, _NT ], [ 0, 1, 0 ], 1 ];
    var DescribeEffectivePatchesForPatchBaselineResult$ = [ 3, n0, "DescribeEffectivePatchesForPatchBaselineResult", 0, [ "EffectivePatches", _NT ], [ () => EffectivePatchList, 0 ] ];
    var DescribeInstanceAssociationsStatusRequest$ = [ 3, n0, "DescribeInstanceAssociationsStatusRequest", 0, [ _II, _MR, _NT ], [ 0, 1, 0 ], 1 ];
    var DescribeInstanceAssociationsStatusResult$ = [ 3, n0, "DescribeInstanceAssociationsStatusResult", 0, [ _IASI, _NT ], [ () => InstanceAssociationStatusInfos, 0 ] ];
    var DescribeInstanceInformationRequest$ = [ 3, n0, "DescribeInstanceInformationRequest", 0, [ _IIFL, _Fi, _MR, _NT ], [ [ () => InstanceInformationFilterList, 0 ], [ () => InstanceInformationStringFilterList, 0 ], 1, 0 ] ];
    var DescribeInstanceInformationResult$ = [ 3, n0, "DescribeInstanceInformationResult", 0, [ _IIL, _NT ], [ [ () => InstanceInformationList, 0 ], 0 ] ];
    var DescribeInstancePatchesRequest$ = [ 3, n0, "DescribeInstancePatchesRequest", 0, [ _II, _Fi, _NT, _MR ], [ 0, () => PatchOrchestratorFilterList, 0, 1 ], 1 ];
    var DescribeInstancePatchesResult$ = [ 3, n0, "DescribeInstancePatchesResult", 0, [ _Pa, _NT ], [ () => PatchComplianceDataList, 0 ] ];
    var DescribeInstancePatchStatesForPatchGroupRequest$ = [ 3, n0, "DescribeInstancePatchStatesForPatchGroupRequest", 0, [ _PG, _Fi, _NT, _MR ], [ 0, () => InstancePatchStateFilterList, 0, 1 ], 1 ];
    var DescribeInstancePatchStatesForPatchGroupResult$ = [ 3, n0, "DescribeInstancePatchStatesForPatchGroupResult", 0, [ _IPS, _NT ], [ [ () => InstancePatchStatesList, 0 ], 0 ] ];
    var DescribeInstancePatchStatesRequest$ = [ 3, n0, "DescribeInstancePatchStatesRequest", 0, [ _IIn, _NT, _MR ], [ 64 | 0, 0, 1 ], 1 ];
    var DescribeInstancePatchStatesResult$ = [ 3, n0, "DescribeInstancePatchStatesResult", 0, [ _IPS, _NT ], [ [ () => InstancePatchStateList, 0 ], 0 ] ];
    var DescribeInstancePropertiesRequest$ = [ 3, n0, "DescribeInstancePropertiesRequest", 0, [ _IPFL, "FiltersWithOperator", _MR, _NT ], [ [ () => InstancePropertyFilterList, 0 ], [ () => InstancePropertyStringFilterList, 0 ], 1, 0 ] ];
    var DescribeInstancePropertiesResult$ = [ 3, n0, "DescribeInstancePropertiesResult", 0, [ _IPn, _NT ], [ [ () => InstanceProperties, 0 ], 0 ] ];
    var DescribeInventoryDeletionsRequest$ = [ 3, n0, "DescribeInventoryDeletionsRequest", 0, [ _DI, _NT, _MR ], [ 0, 0, 1 ] ];
    var DescribeInventoryDeletionsResult$ = [ 3, n0, "DescribeInventoryDeletionsResult", 0, [ "InventoryDeletions", _NT ], [ () => InventoryDeletionsList, 0 ] ];
    var DescribeMaintenanceWindowExecutionsRequest$ = [ 3, n0, "DescribeMaintenanceWindowExecutionsRequest", 0, [ _WI, _Fi, _MR, _NT ], [ 0, () => MaintenanceWindowFilterList, 1, 0 ], 1 ];
    var DescribeMaintenanceWindowExecutionsResult$ = [ 3, n0, "DescribeMaintenanceWindowExecutionsResult", 0, [ "WindowExecutions", _NT ], [ () => MaintenanceWindowExecutionList, 0 ] ];
    var DescribeMaintenanceWindowExecutionTaskInvocationsRequest$ = [ 3, n0, "DescribeMaintenanceWindowExecutionTaskInvocationsRequest", 0, [ _WEI, _TIa, _Fi, _MR, _NT ], [ 0, 0, () => MaintenanceWindowFilterList, 1, 0 ], 2 ];
    var DescribeMaintenanceWindowExecutionTaskInvocationsResult$ = [ 3, n0, "DescribeMaintenanceWindowExecutionTaskInvocationsResult", 0, [ "WindowExecutionTaskInvocationIdentities", _NT ], [ [ () => MaintenanceWindowExecutionTaskInvocationIdentityList, 0 ], 0 ] ];
    var DescribeMaintenanceWindowExecutionTasksRequest$ = [ 3, n0, "DescribeMaintenanceWindowExecutionTasksRequest", 0, [ _WEI, _Fi, _MR, _NT ], [ 0, () => MaintenanceWindowFilterList, 1, 0 ], 1 ];
    var DescribeMaintenanceWindowExecutionTasksResult$ = [ 3, n0, "DescribeMaintenanceWindowExecutionTasksResult", 0, [ "WindowExecutionTaskIdentities", _NT ], [ () => MaintenanceWindowExecutionTaskIdentityList, 0 ] ];
    var DescribeMaintenanceWindowScheduleRequest$ = [ 3, n0, "DescribeMaintenanceWindowScheduleRequest", 0, [ _WI, _Ta, _RTe, _Fi, _MR, _NT ], [ 0, () => Targets, 0, () => PatchOrchestratorFilterList, 1, 0 ] ];
    var DescribeMaintenanceWindowScheduleResult$ = [ 3, n0, "DescribeMaintenanceWindowScheduleResult", 0, [ "ScheduledWindowExecutions", _NT ], [ () => ScheduledWindowExecutionList, 0 ] ];
    var DescribeMaintenanceWindowsForTargetRequest$ = [ 3, n0, "DescribeMaintenanceWindowsForTargetRequest", 0, [ _Ta, _RTe, _MR, _NT ], [ () => Targets, 0, 1, 0 ], 2 ];
    var DescribeMaintenanceWindowsForTargetResult$ = [ 3, n0, "DescribeMaintenanceWindowsForTargetResult", 0, [ _WIi, _NT ], [ () => MaintenanceWindowsForTargetList, 0 ] ];
    var DescribeMaintenanceWindowsRequest$ = [ 3, n0, "DescribeMaintenanceWindowsRequest", 0, [ _Fi, _MR, _NT ], [ () => MaintenanceWindowFilterList, 1, 0 ] ];
    var DescribeMaintenanceWindowsResult$ = [ 3, n0, "DescribeMaintenanceWindowsResult", 0, [ _WIi, _NT ], [ [ () => MaintenanceWindowIdentityList, 0 ], 0 ] ];
    var DescribeMaintenanceWindowTargetsRequest$ = [ 3, n0, "DescribeMaintenanceWindowTargetsRequest", 0, [ _WI, _Fi, _MR, _NT ], [ 0, () => MaintenanceWindowFilterList, 1, 0 ], 1 ];
    var DescribeMaintenanceWindowTargetsResult$ = [ 3, n0, "DescribeMaintenanceWindowTargetsResult", 0, [ _Ta, _NT ], [ [ () => MaintenanceWindowTargetList, 0 ], 0 ] ];
    var DescribeMaintenanceWindowTasksRequest$ = [ 3, n0, "DescribeMaintenanceWindowTasksRequest", 0, [ _WI, _Fi, _MR, _NT ], [ 0, () => MaintenanceWindowFilterList, 1, 0 ], 1 ];
    var DescribeMaintenanceWindowTasksResult$ = [ 3, n0, "DescribeMaintenanceWindowTasksResult", 0, [ "Tasks", _NT ], [ [ () => MaintenanceWindowTaskList, 0 ], 0 ] ];
    var DescribeOpsItemsRequest$ = [ 3, n0, "DescribeOpsItemsRequest", 0, [ _OIF, _MR, _NT ], [ () => OpsItemFilters, 1, 0 ] ];
    var DescribeOpsItemsResponse$ = [ 3, n0, "DescribeOpsItemsResponse", 0, [ _NT, _OIS ], [ 0, () => OpsItemSummaries ] ];
    var DescribeParametersRequest$ = [ 3, n0, "DescribeParametersRequest", 0, [ _Fi, _PF, _MR, _NT, "Shared" ], [ () => ParametersFilterList, () => ParameterStringFilterList, 1, 0, 2 ] ];
    var DescribeParametersResult$ = [ 3, n0, "DescribeParametersResult", 0, [ _P, _NT ], [ () => ParameterMetadataList, 0 ] ];
    var DescribePatchBaselinesRequest$ = [ 3, n0, "DescribePatchBaselinesRequest", 0, [ _Fi, _MR, _NT ], [ () => PatchOrchestratorFilterList, 1, 0 ] ];
    var DescribePatchBaselinesResult$ = [ 3, n0, "DescribePatchBaselinesResult", 0, [ "BaselineIdentities", _NT ], [ () => PatchBaselineIdentityList, 0 ] ];
    var DescribePatchGroupsRequest$ = [ 3, n0, "DescribePatchGroupsRequest", 0, [ _MR, _Fi, _NT ], [ 1, () => PatchOrchestratorFilterList, 0 ] ];
    var DescribePatchGroupsResult$ = [ 3, n0, "DescribePatchGroupsResult", 0, [ "Mappings", _NT ], [ () => PatchGroupPatchBaselineMappingList, 0 ] ];
    var DescribePatchGroupStateRequest$ = [ 3, n0, "DescribePatchGroupStateRequest", 0, [ _PG ], [ 0 ], 1 ];
    var DescribePatchGroupStateResult$ = [ 3, n0, "DescribePatchGroupStateResult", 0, [ "Instances", "InstancesWithInstalledPatches", "InstancesWithInstalledOtherPatches", "InstancesWithInstalledPendingRebootPatches", "InstancesWithInstalledRejectedPatches", "InstancesWithMissingPatches", "InstancesWithFailedPatches", "InstancesWithNotApplicablePatches", "InstancesWithUnreportedNotApplicablePatches", "InstancesWithCriticalNonCompliantPatches", "InstancesWithSecurityNonCompliantPatches", "InstancesWithOtherNonCompliantPatches", "InstancesWithAvailableSecurityUpdates" ], [ 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1 ] ];
    var DescribePatchPropertiesRequest$ = [ 3, n0, "DescribePatchPropertiesRequest", 0, [ _OSp, "Property", "PatchSet", _MR, _NT ], [ 0, 0, 0, 1, 0 ], 2 ];
    var DescribePatchPropertiesResult$ = [ 3, n0, "DescribePatchPropertiesResult", 0, [ "Properties", _NT ], [ [ 1, n0, "PatchPropertiesList", 0, 128 | 0 ], 0 ] ];
    var DescribeSessionsRequest$ = [ 3, n0, "DescribeSessionsRequest", 0, [ _S, _MR, _NT, _Fi ], [ 0, 1, 0, () => SessionFilterList ], 1 ];
    var DescribeSessionsResponse$ = [ 3, n0, "DescribeSessionsResponse", 0, [ "Sessions", _NT ], [ () => SessionList, 0 ] ];
    var DisassociateOpsItemRelatedItemRequest$ = [ 3, n0, "DisassociateOpsItemRelatedItemRequest", 0, [ _OII, _AIs ], [ 0, 0 ], 2 ];
    var DisassociateOpsItemRelatedItemResponse$ = [ 3, n0, "DisassociateOpsItemRelatedItemResponse", 0, [], [] ];
    var DocumentDefaultVersionDescription$ = [ 3, n0, "DocumentDefaultVersionDescription", 0, [ _N, _DVe, "DefaultVersionName" ], [ 0, 0, 0 ] ];
    var DocumentDescription$ = [ 3, n0, _DD, 0, [ "Sha1", _H, _HT, _N, _DNi, _VN, _Ow, _CD, _St, _SI, _DV, _D, _P, _PTl, _DT, _SV, "LatestVersion", _DVe, _DF, _TT, _T, "AttachmentsInformation", _Req, _Au, _RIe, "ApprovedVersion", "PendingReviewVersion", _RS, _Ca, "CategoryEnum" ], [ 0, 0, 0, 0, 0, 0, 0, 4, 0, 0, 0, 0, [ () => DocumentParameterList, 0 ], [ () => PlatformTypeList, 0 ], 0, 0, 0, 0, 0, 0, () => TagList, [ () => AttachmentInformationList, 0 ], () => DocumentRequiresList, 0, [ () => ReviewInformationList, 0 ], 0, 0, 0, 64 | 0, 64 | 0 ] ];
    var DocumentFilter$ = [ 3, n0, _DFo, 0, [ _k, _v ], [ 0, 0 ], 2 ];
    var DocumentIdentifier$ = [ 3, n0, _DIo, 0, [ _N, _CD, _DNi, _Ow, _VN, _PTl, _DV, _DT, _SV, _DF, _TT, _T, _Req, _RS, _Au ], [ 0, 4, 0, 0, 0, [ () => PlatformTypeList, 0 ], 0, 0, 0, 0, 0, () => TagList, () => DocumentRequiresList, 0, 0 ] ];
    var DocumentKeyValuesFilter$ = [ 3, n0, "DocumentKeyValuesFilter", 0, [ _K, _Va ], [ 0, 64 | 0 ] ];
    var DocumentMetadataResponseInfo$ = [ 3, n0, "DocumentMetadataResponseInfo", 0, [ "ReviewerResponse" ], [ () => DocumentReviewerResponseList ] ];
    var DocumentParameter$ = [ 3, n0, _DPo, 0, [ _N, _Ty, _D, "DefaultValue" ], [ 0, 0, 0, 0 ] ];
    var DocumentRequires$ = [ 3, n0, "DocumentRequires", 0, [ _N, _Ve, "RequireType", _VN ], [ 0, 0, 0, 0 ], 1 ];
    var DocumentReviewCommentSource$ = [ 3, n0, "DocumentReviewCommentSource", 0, [ _Ty, _Cont ], [ 0, 0 ] ];
    var DocumentReviewerResponseSource$ = [ 3, n0, "DocumentReviewerResponseSource", 0, [ "CreateTime", "UpdatedTime", _RS, _Co, _Rev ], [ 4, 4, 0, () => DocumentReviewCommentList, 0 ] ];
    var DocumentReviews$ = [ 3, n0, _DRoc, 0, [ _Ac, _Co ], [ 0, () => DocumentReviewCommentList ], 1 ];
    var DocumentVersionInfo$ = [ 3, n0, "DocumentVersionInfo", 0, [ _N, _DNi, _DV, _VN, _CD, "IsDefaultVersion", _DF, _St, _SI, _RS ], [ 0, 0, 0, 0, 4, 2, 0, 0, 0, 0 ] ];
    var EffectivePatch$ = [ 3, n0, "EffectivePatch", 0, [ _Pat, _PSa ], [ () => Patch$, () => PatchStatus$ ] ];
    var FailedCreateAssociation$ = [ 3, n0, "FailedCreateAssociation", 0, [ "Entry", _M, "Fault" ], [ [ () => CreateAssociationBatchRequestEntry$, 0 ], 0, 0 ] ];
    var FailureDetails$ = [ 3, n0, _FD, 0, [ "FailureStage", "FailureType", _De ], [ 0, 0, [ 2, n0, _APM, 0, 0, 64 | 0 ] ] ];
    var GcpConfiguration$ = [ 3, n0, _GC, 0, [ "WorkloadIdentityPoolProvider", "ServiceAccountEmail", "OrganizationId", _Ta ], [ 0, 0, 0, () => GcpConfigurationTargets$ ], 2 ];
    var GcpProject$ = [ 3, n0, "GcpProject", 0, [ "ProjectId", "ProjectDisplayName" ], [ 0, 0 ], 1 ];
    var GetAccessTokenRequest$ = [ 3, n0, "GetAccessTokenRequest", 0, [ _ARI ], [ 0 ], 1 ];
    var GetAccessTokenResponse$ = [ 3, n0, "GetAccessTokenResponse", 0, [ _Cr, "AccessRequestStatus" ], [ [ () => Credentials$, 0 ], 0 ] ];
    var GetAutomationExecutionRequest$ = [ 3, n0, "GetAutomationExecutionRequest", 0, [ _AEI ], [ 0 ], 1 ];
    var GetAutomationExecutionResult$ = [ 3, n0, "GetAutomationExecutionResult", 0, [ _AEu ], [ () => AutomationExecution$ ] ];
    var GetCalendarStateRequest$ = [ 3, n0, "GetCalendarStateRequest", 0, [ _CN, _ATt ], [ 64 | 0, 0 ], 1 ];
    var GetCalendarStateResponse$ = [ 3, n0, "GetCalendarStateResponse", 0, [ _S, _ATt, "NextTransitionTime" ], [ 0, 0, 0 ] ];
    var GetCloudConnectorRequest$ = [ 3, n0, "GetCloudConnectorRequest", 0, [ _CCI ], [ 0 ], 1 ];
    var GetCloudConnectorResult$ = [ 3, n0, "GetCloudConnectorResult", 0, [ "CloudConnectorArn", _DNi, _D, _RA, _Con, _CCA, _CAr, _UA ], [ 0, 0, 0, 0, () => CloudConnectorConfiguration$, 0, 4, 4 ] ];
    var GetCommandInvocationRequest$ = [ 3, n0, "GetCommandInvocationRequest", 0, [ _CI, _II, _PNl ], [ 0, 0, 0 ], 2 ];
    var GetCommandInvocationResult$ = [ 3, n0, "GetCommandInvocationResult", 0, [ _CI, _II, _Co, _DN, _DV, _PNl, _RCes, "ExecutionStartDateTime", "ExecutionElapsedTime", "ExecutionEndDateTime", _St, _SD, "StandardOutputContent", _SOU, "StandardErrorContent", _SEU, _CWOC ], [ 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, () => CloudWatchOutputConfig$ ] ];
    var GetConnectionStatusRequest$ = [ 3, n0, "GetConnectionStatusRequest", 0, [ _Tar ], [ 0 ], 1 ];
    var GetConnectionStatusResponse$ = [ 3, n0, "GetConnectionStatusResponse", 0, [ _Tar, _St ], [ 0, 0 ] ];
    var GetDefaultPatchBaselineRequest$ = [ 3, n0, "GetDefaultPatchBaselineRequest", 0, [ _OSp ], [ 0 ] ];
    var GetDefaultPatchBaselineResult$ = [ 3, n0, "GetDefaultPatchBaselineResult", 0, [ _BI, _OSp ], [ 0, 0 ] ];
    var GetDeployablePatchSnapshotForInstanceRequest$ = [ 3, n0, "GetDeployablePatchSnapshotForInstanceRequest", 0, [ _II, _SIn, _BO, "UseS3DualStackEndpoint" ], [ 0, 0, [ () => BaselineOverride$, 0 ], 2 ], 2 ];
    var GetDeployablePatchSnapshotForInstanceResult$ = [ 3, n0, "GetDeployablePatchSnapshotForInstanceResult", 0, [ _II, _SIn, "SnapshotDownloadUrl", _Prod ], [ 0, 0, 0, 0 ] ];
    var GetDocumentRequest$ = [ 3, n0, "GetDocumentRequest", 0, [ _N, _VN, _DV, _DF ], [ 0, 0, 0, 0 ], 1 ];
    var GetDocumentResult$ = [ 3, n0, "GetDocumentResult", 0, [ _N, _CD, _DNi, _VN, _DV, _St, _SI, _Cont, _DT, _DF, _Req, "AttachmentsContent", _RS ], [ 0, 4, 0, 0, 0, 0, 0, 0, 0, 0, () => DocumentRequiresList, [ () => AttachmentContentList, 0 ], 0 ] ];
    var GetExecutionPreviewRequest$ = [ 3, n0, "GetExecutionPreviewRequest", 0, [ _EPI ], [ 0 ], 1 ];
    var GetExecutionPreviewResponse$ = [ 3, n0, "GetExecutionPreviewResponse", 0, [ _EPI, "EndedAt", _St, "StatusMessage", _EPx ], [ 0, 4, 0, 0, () => ExecutionPreview$ ] ];
    var GetInventoryRequest$ = [ 3, n0, "GetInventoryRequest", 0, [ _Fi, _Ag, _RAes, _NT, _MR ], [ [ () => InventoryFilterList, 0 ], [ () => InventoryAggregatorList, 0 ], [ () => ResultAttributeList, 0 ], 0, 1 ] ];
    var GetInventoryResult$ = [ 3, n0, "GetInventoryResult", 0, [ _Enti, _NT ], [ [ () => InventoryResultEntityList, 0 ], 0 ] ];
    var GetInventorySchemaRequest$ = [ 3, n0, "GetInventorySchemaRequest", 0, [ _TN, _NT, _MR, _Agg, "SubType" ], [ 0, 0, 1, 2, 2 ] ];
    var GetInventorySchemaResult$ = [ 3, n0, "GetInventorySchemaResult", 0, [ "Schemas", _NT ], [ [ () => InventoryItemSchemaResultList, 0 ], 0 ] ];
    var GetMaintenanceWindowExecutionRequest$ = [ 3, n0, "GetMaintenanceWindowExecutionRequest", 0, [ _WEI ], [ 0 ], 1 ];
    var GetMaintenanceWindowExecutionResult$ = [ 3, n0, "GetMaintenanceWindowExecutionResult", 0, [ _WEI, "TaskIds", _St, _SD, _STt, _ETn ], [ 0, 64 | 0, 0, 0, 4, 4 ] ];
    var GetMaintenanceWindowExecutionTaskInvocationRequest$ = [ 3, n0, "GetMaintenanceWindowExecutionTaskInvocationRequest", 0, [ _WEI, _TIa, _IInv ], [ 0, 0, 0 ], 3 ];
    var GetMaintenanceWindowExecutionTaskInvocationResult$ = [ 3, n0, "GetMaintenanceWindowExecutionTaskInvocationResult", 0, [ _WEI, _TEI, _IInv, _EI, _TTa, _P, _St, _SD, _STt, _ETn, _OI, _WTI ], [ 0, 0, 0, 0, 0, [ () => MaintenanceWindowExecutionTaskInvocationParameters, 0 ], 0, 0, 4, 4, [ () => OwnerInformation, 0 ], 0 ] ];
    var GetMaintenanceWindowExecutionTaskRequest$ = [ 3, n0, "GetMaintenanceWindowExecutionTaskRequest", 0, [ _WEI, _TIa ], [ 0, 0 ], 2 ];
    var GetMaintenanceWindowExecutionTaskResult$ = [ 3, n0, "GetMaintenanceWindowExecutionTaskResult", 0, [ _WEI, _TEI, _TAa, _SR, _Ty, _TPa, _Pri, _MC, _ME, _St, _SD, _STt, _ETn, _AC, _TA ], [ 0, 0, 0, 0, 0, [ () => MaintenanceWindowTaskParametersList, 0 ], 1, 0, 0, 0, 0, 4, 4, () => AlarmConfiguration$, () => AlarmStateInformationList ] ];
    var GetMaintenanceWindowRequest$ = [ 3, n0, "GetMaintenanceWindowRequest", 0, [ _WI ], [ 0 ], 1 ];
    var GetMaintenanceWindowResult$ = [ 3, n0, "GetMaintenanceWindowResult", 0, [ _WI, _N, _D, _SDt, _EDn, _Sc, _STch, _SO, _NET, _Du, _Cu, _AUT, _Ena, _CD, _MD ], [ 0, 0, [ () => MaintenanceWindowDescription, 0 ], 0, 0, 0, 0, 1, 0, 1, 1, 2, 2, 4, 4 ] ];
    var GetMaintenanceWindowTaskRequest$ = [ 3, n0, "GetMaintenanceWindowTaskRequest", 0, [ _WI, _WTIi ], [ 0, 0 ], 2 ];
    var GetMaintenanceWindowTaskResult$ = [ 3, n0, "GetMaintenanceWindowTaskResult", 0, [ _WI, _WTIi, _Ta, _TAa, _SRA, _TTa, _TPa, _TIP, _Pri, _MC, _ME, _LI, _N, _D, _CB, _AC ], [ 0, 0, () => Targets, 0, 0, 0, [ () => MaintenanceWindowTaskParameters, 0 ], [ () => MaintenanceWindowTaskInvocationParameters$, 0 ], 1, 0, 0, () => LoggingInfo$, 0, [ () => MaintenanceWindowDescription, 0 ], 0, () => AlarmConfiguration$ ] ];
    var GetOpsItemRequest$ = [ 3, n0, "GetOpsItemRequest", 0, [ _OII, _OIA ], [ 0, 0 ], 1 ];
    var GetOpsItemResponse$ = [ 3, n0, "GetOpsItemResponse", 0, [ _OIp ], [ () => OpsItem$ ] ];
    var GetOpsMetadataRequest$ = [ 3, n0, "GetOpsMetadataRequest", 0, [ _OMA, _MR, _NT ], [ 0, 1, 0 ], 1 ];
    var GetOpsMetadataResult$ = [ 3, n0, "GetOpsMetadataResult", 0, [ _RI, _Me, _NT ], [ 0, () => MetadataMap, 0 ] ];
    var GetOpsSummaryRequest$ = [ 3, n0, "GetOpsSummaryRequest", 0, [ _SN, _Fi, _Ag, _RAes, _NT, _MR ], [ 0, [ () => OpsFilterList, 0 ], [ () => OpsAggregatorList, 0 ], [ () => OpsResultAttributeList, 0 ], 0, 1 ] ];
    var GetOpsSummaryResult$ = [ 3, n0, "GetOpsSummaryResult", 0, [ _Enti, _NT ], [ [ () => OpsEntityList, 0 ], 0 ] ];
    var GetParameterHistoryRequest$ = [ 3, n0, "GetParameterHistoryRequest", 0, [ _N, _WD, _MR, _NT ], [ 0, 2, 1, 0 ], 1 ];
    var GetParameterHistoryResult$ = [ 3, n0, "GetParameterHistoryResult", 0, [ _P, _NT ], [ [ () => ParameterHistoryList, 0 ], 0 ] ];
    var GetParameterRequest$ = [ 3, n0, "GetParameterRequest", 0, [ _N, _WD ], [ 0, 2 ], 1 ];
    var GetParameterResult$ = [ 3, n0, "GetParameterResult", 0, [ _Par ], [ [ () => Parameter$, 0 ] ] ];
    var GetParametersByPathRequest$ = [ 3, n0, "GetParametersByPathRequest", 0, [ "Path", "Recursive", _PF, _WD, _MR, _NT ], [ 0, 2, () => ParameterStringFilterList, 2, 1, 0 ], 1 ];
    var GetParametersByPathResult$ = [ 3, n0, "GetParametersByPathResult", 0, [ _P, _NT ], [ [ () => ParameterList, 0 ], 0 ] ];
    var GetParametersRequest$ = [ 3, n0, "GetParametersRequest", 0, [ _Na, _WD ], [ 64 | 0, 2 ], 1 ];
    var GetParametersResult$ = [ 3, n0, "GetParametersResult", 0, [ _P, _IP ], [ [ () => ParameterList, 0 ], 64 | 0 ] ];
    var GetPatchBaselineForPatchGroupRequest$ = [ 3, n0, "GetPatchBaselineForPatchGroupRequest", 0, [ _PG, _OSp ], [ 0, 0 ], 1 ];
    var GetPatchBaselineForPatchGroupResult$ = [ 3, n0, "GetPatchBaselineForPatchGroupResult", 0, [ _BI, _PG, _OSp ], [ 0, 0, 0 ] ];
    var GetPatchBaselineRequest$ = [ 3, n0, "GetPatchBaselineRequest", 0, [ _BI ], [ 0 ], 1 ];
    var GetPatchBaselineResult$ = [ 3, n0, "GetPatchBaselineResult", 0, [ _BI, _N, _OSp, _GF, _AR, _AP, _APCL, _APENS, _RP, _RPA, "PatchGroups", _CD, _MD, _D, _So, _ASUCS ], [ 0, 0, 0, () => PatchFilterGroup$, () => PatchRuleGroup$, 64 | 0, 0, 2, 64 | 0, 0, 64 | 0, 4, 4, 0, [ () => PatchSourceList, 0 ], 0 ] ];
    var GetResourcePoliciesRequest$ = [ 3, n0, "GetResourcePoliciesRequest", 0, [ _RAe, _NT, _MR ], [ 0, 0, 1 ], 1 ];
    var GetResourcePoliciesResponse$ = [ 3, n0, "GetResourcePoliciesResponse", 0, [ _NT, _Po ], [ 0, () => GetResourcePoliciesResponseEntries ] ];
    var GetResourcePoliciesResponseEntry$ = [ 3, n0, "GetResourcePoliciesResponseEntry", 0, [ _PI, _PH, _Pol ], [ 0, 0, 0 ] ];
    var GetServiceSettingRequest$ = [ 3, n0, "GetServiceSettingRequest", 0, [ _SIe ], [ 0 ], 1 ];
    var GetServiceSettingResult$ = [ 3, n0, "GetServiceSettingResult", 0, [ _SSe ], [ () => ServiceSetting$ ] ];
    var InstanceAggregatedAssociationOverview$ = [ 3, n0, "InstanceAggregatedAssociationOverview", 0, [ _DS, "InstanceAssociationStatusAggregatedCount" ], [ 0, 128 | 1 ] ];
    var InstanceAssociation$ = [ 3, n0, "InstanceAssociation", 0, [ _AIs, _II, _Cont, _AV ], [ 0, 0, 0, 0 ] ];
    var InstanceAssociationOutputLocation$ = [ 3, n0, "InstanceAssociationOutputLocation", 0, [ "S3Location" ], [ () => S3OutputLocation$ ] ];
    var InstanceAssociationOutputUrl$ = [ 3, n0, "InstanceAssociationOutputUrl", 0, [ _SOUu ], [ () => S3OutputUrl$ ] ];
    var InstanceAssociationStatusInfo$ = [ 3, n0, "InstanceAssociationStatusInfo", 0, [ _AIs, _N, _DV, _AV, _II, "ExecutionDate", _St, _DS, _ES, "ErrorCode", _OU, _AN ], [ 0, 0, 0, 0, 0, 4, 0, 0, 0, 0, () => InstanceAssociationOutputUrl$, 0 ] ];
    var InstanceInfo$ = [ 3, n0, "InstanceInfo", 0, [ "AgentType", _AVg, _CNo, "InstanceStatus", "IpAddress", "ManagedStatus", _N, _PTla, _PNla, _PV, _RTe, _STo, _SIo, _SLo, _AZ, "AvailabilityZoneId" ], [ 0, 0, 0, 0, [ () => IPAddress, 0 ], 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0 ] ];
    var InstanceInformation$ = [ 3, n0, _IInst, 0, [ _II, _PSi, _LPDT, _AVg, "IsLatestVersion", _PTla, _PNla, _PV, _AIct, _IRa, _RD, _RTe, _N, _IPA, _CNo, _AS, _LAED, _LSAED, _AO, _SIo, _STo, _SLo ], [ 0, 0, 4, 0, 2, 0, 0, 0, 0, 0, 4, 0, 0, [ () => IPAddress, 0 ], 0, 0, 4, 4, () => InstanceAggregatedAssociationOverview$, 0, 0, 0 ] ];
    var InstanceInformationFilter$ = [ 3, n0, _IIF, 0, [ _k, _vS ], [ 0, [ () => InstanceInformationFilterValueSet, 0 ] ], 2 ];
    var InstanceInformationStringFilter$ = [ 3, n0, _IISF, 0, [ _K, _Va ], [ 0, [ () => InstanceInformationFilterValueSet, 0 ] ], 2 ];
    var InstancePatchState$ = [ 3, n0, "InstancePatchState", 0, [ _II, _PG, _BI, "OperationStartTime", "OperationEndTime", "Operation", _SIn, "InstallOverrideList", _OI, "InstalledCount", "InstalledOtherCount", "InstalledPendingRebootCount", "InstalledRejectedCount", "MissingCount", _FC, "UnreportedNotApplicableCount", "NotApplicableCount", "AvailableSecurityUpdateCount", "LastNoRebootInstallOperationTime", "RebootOption", "CriticalNonCompliantCount", "SecurityNonCompliantCount", "OtherNonCompliantCount" ], [ 0, 0, 0, 4, 4, 0, 0, 0, [ () => OwnerInformation, 0 ], 1, 1, 1, 1, 1, 1, 1, 1, 1, 4, 0, 1, 1, 1 ], 6 ];
    var InstancePatchStateFilter$ = [ 3, n0, "InstancePatchStateFilter", 0, [ _K, _Va, _Ty ], [ 0, 64 | 0, 0 ], 3 ];
    var InstanceProperty$ = [ 3, n0, _IPns, 0, [ _N, _II, "InstanceType", "InstanceRole", "KeyName", "InstanceState", "Architecture", _IPA, "LaunchTime", _PSi, _LPDT, _AVg, _PTla, _PNla, _PV, _AIct, _IRa, _RD, _RTe, _CNo, _AS, _LAED, _LSAED, _AO, _SIo, _STo, _SLo, _AZ ], [ 0, 0, 0, 0, 0, 0, 0, [ () => IPAddress, 0 ], 4, 0, 4, 0, 0, 0, 0, 0, 0, 4, 0, 0, 0, 4, 4, () => InstanceAggregatedAssociationOverview$, 0, 0, 0, 0 ] ];
    var InstancePropertyFilter$ = [ 3, n0, _IPF, 0, [ _k, _vS ], [ 0, [ () => InstancePropertyFilterValueSet, 0 ] ], 2 ];
    var InstancePropertyStringFilter$ = [ 3, n0, _IPSFn, 0, [ _K, _Va, _Ope ], [ 0, [ () => InstancePropertyFilterValueSet, 0 ], 0 ], 2 ];
    var InventoryAggregator$ = [ 3, n0, "InventoryAggregator", 0, [ "Expression", _Ag, "Groups" ], [ 0, [ () => InventoryAggregatorList, 0 ], [ () => InventoryGroupList, 0 ] ] ];
    var InventoryDeletionStatusItem$ = [ 3, n0, "InventoryDeletionStatusItem", 0, [ _DI, _TN, "DeletionStartTime", _LS, "LastStatusMessage", _DSe, "LastStatusUpdateTime" ], [ 0, 0, 4, 0, 0, () => InventoryDeletionSummary$, 4 ] ];
    var InventoryDeletionSummary$ = [ 3, n0, "InventoryDeletionSummary", 0, [ _TCo, _RCem, "SummaryItems" ], [ 1, 1, () => InventoryDeletionSummaryItems ] ];
    var InventoryDeletionSummaryItem$ = [ 3, n0, "InventoryDeletionSummaryItem", 0, [ _Ve, _Cou, _RCem ], [ 0, 1, 1 ] ];
    var InventoryFilter$ = [ 3, n0, _IFn, 0, [ _K, _Va, _Ty ], [ 0, [ () => InventoryFilterValueList, 0 ], 0 ], 2 ];
    var InventoryGroup$ = [ 3, n0, _IG, 0, [ _N, _Fi ], [ 0, [ () => InventoryFilterList, 0 ] ], 2 ];
    var InventoryItem$ = [ 3, n0, "InventoryItem", 0, [ _TN, _SV, _CTa, _CH, _Cont, "Context" ], [ 0, 0, 0, 0, [ 1, n0, _IIEL, 0, 128 | 0 ], 128 | 0 ], 3 ];
    var InventoryItemAttribute$ = [ 3, n0, "InventoryItemAttribute", 0, [ _N, _DTa ], [ 0, 0 ], 2 ];
    var InventoryItemSchema$ = [ 3, n0, "InventoryItemSchema", 0, [ _TN, "Attributes", _Ve, _DNi ], [ 0, [ () => InventoryItemAttributeList, 0 ], 0, 0 ], 2 ];
    var InventoryResultEntity$ = [ 3, n0, "InventoryResultEntity", 0, [ _I, _Dat ], [ 0, () => InventoryResultItemMap ] ];
    var InventoryResultItem$ = [ 3, n0, "InventoryResultItem", 0, [ _TN, _SV, _Cont, _CTa, _CH ], [ 0, 0, [ 1, n0, _IIEL, 0, 128 | 0 ], 0, 0 ], 3 ];
    var LabelParameterVersionRequest$ = [ 3, n0, "LabelParameterVersionRequest", 0, [ _N, _La, _PVa ], [ 0, 64 | 0, 1 ], 2 ];
    var LabelParameterVersionResult$ = [ 3, n0, "LabelParameterVersionResult", 0, [ _IL, _PVa ], [ 64 | 0, 1 ] ];
    var ListAssociationsRequest$ = [ 3, n0, "ListAssociationsRequest", 0, [ _AFL, _MR, _NT ], [ [ () => AssociationFilterList, 0 ], 1, 0 ] ];
    var ListAssociationsResult$ = [ 3, n0, "ListAssociationsResult", 0, [ _Ass, _NT ], [ [ () => AssociationList, 0 ], 0 ] ];
    var ListAssociationVersionsRequest$ = [ 3, n0, "ListAssociationVersionsRequest", 0, [ _AIs, _MR, _NT ], [ 0, 1, 0 ], 1 ];
    var ListAssociationVersionsResult$ = [ 3, n0, "ListAssociationVersionsResult", 0, [ "AssociationVersions", _NT ], [ [ () => AssociationVersionList, 0 ], 0 ] ];
    var ListCloudConnectorsRequest$ = [ 3, n0, "ListCloudConnectorsRequest", 0, [ _MR, _NT, _Fi ], [ 1, 0, () => CloudConnectorFilterList ] ];
    var ListCloudConnectorsResult$ = [ 3, n0, "ListCloudConnectorsResult", 0, [ "CloudConnectors", _NT ], [ () => CloudConnectorSummaryList, 0 ] ];
    var ListCommandInvocationsRequest$ = [ 3, n0, "ListCommandInvocationsRequest", 0, [ _CI, _II, _MR, _NT, _Fi, _De ], [ 0, 0, 1, 0, () => CommandFilterList, 2 ] ];
    var ListCommandInvocationsResult$ = [ 3, n0, "ListCommandInvocationsResult", 0, [ "CommandInvocations", _NT ], [ () => CommandInvocationList, 0 ] ];
    var ListCommandsRequest$ = [ 3, n0, "ListCommandsRequest", 0, [ _CI, _II, _MR, _NT, _Fi ], [ 0, 0, 1, 0, () => CommandFilterList ] ];
    var ListCommandsResult$ = [ 3, n0, "ListCommandsResult", 0, [ "Commands", _NT ], [ [ () => CommandList, 0 ], 0 ] ];
    var ListComplianceItemsRequest$ = [ 3, n0, "ListComplianceItemsRequest", 0, [ _Fi, "ResourceIds", _RT, _NT, _MR ], [ [ () => ComplianceStringFilterList, 0 ], 64 | 0, 64 | 0, 0, 1 ] ];
    var ListComplianceItemsResult$ = [ 3, n0, "ListComplianceItemsResult", 0, [ "ComplianceItems", _NT ], [ [ () => ComplianceItemList, 0 ], 0 ] ];
    var ListComplianceSummariesRequest$ = [ 3, n0, "ListComplianceSummariesRequest", 0, [ _Fi, _NT, _MR ], [ [ () => ComplianceStringFilterList, 0 ], 0, 1 ] ];
    var ListComplianceSummariesResult$ = [ 3, n0, "ListComplianceSummariesResult", 0, [ "ComplianceSummaryItems", _NT ], [ [ () => ComplianceSummaryItemList, 0 ], 0 ] ];
    var ListDocumentMetadataHistoryRequest$ = [ 3, n0, "ListDocumentMetadataHistoryRequest", 0, [ _N, _Me, _DV, _NT, _MR ], [ 0, 0, 0, 0, 1 ], 2 ];
    var ListDocumentMetadataHistoryResponse$ = [ 3, n0, "ListDocumentMetadataHistoryResponse", 0, [ _N, _DV, _Au, _Me, _NT ], [ 0, 0, 0, () => DocumentMetadataResponseInfo$, 0 ] ];
    var ListDocumentsRequest$ = [ 3, n0, "ListDocumentsRequest", 0, [ _DFL, _Fi, _MR, _NT ], [ [ () => DocumentFilterList, 0 ], () => DocumentKeyValuesFilterList, 1, 0 ] ];
    var ListDocumentsResult$ = [ 3, n0, "ListDocumentsResult", 0, [ "DocumentIdentifiers", _NT ], [ [ () => DocumentIdentifierList, 0 ], 0 ] ];
    var ListDocumentVersionsRequest$ = [ 3, n0, "ListDocumentVersionsRequest", 0, [ _N, _MR, _NT ], [ 0, 1, 0 ], 1 ];
    var ListDocumentVersionsResult$ = [ 3, n0, "ListDocumentVersionsResult", 0, [ "DocumentVersions", _NT ], [ () => DocumentVersionList, 0 ] ];
    var ListInventoryEntriesRequest$ = [ 3, n0, "ListInventoryEntriesRequest", 0, [ _II, _TN, _Fi, _NT, _MR ], [ 0, 0, [ () => InventoryFilterList, 0 ], 0, 1 ], 2 ];
    var ListInventoryEntriesResult$ = [ 3, n0, "ListInventoryEntriesResult", 0, [ _TN, _II, _SV, _CTa, _En, _NT ], [ 0, 0, 0, 0, [ 1, n0, _IIEL, 0, 128 | 0 ], 0 ] ];
    var ListNodesRequest$ = [ 3, n0, "ListNodesRequest", 0, [ _SN, _Fi, _NT, _MR ], [ 0, [ () => NodeFilterList, 0 ], 0, 1 ] ];
    var ListNodesResult$ = [ 3, n0, "ListNodesResult", 0, [ "Nodes", _NT ], [ [ () => NodeList, 0 ], 0 ] ];
    var ListNodesSummaryRequest$ = [ 3, n0, "ListNodesSummaryRequest", 0, [ _Ag, _SN, _Fi, _NT, _MR ], [ [ () => NodeAggregatorList, 0 ], 0, [ () => NodeFilterList, 0 ], 0, 1 ], 1 ];
    var ListNodesSummaryResult$ = [ 3, n0, "ListNodesSummaryResult", 0, [ "Summary", _NT ], [ [ 1, n0, "NodeSummaryList", 0, 128 | 0 ], 0 ] ];
    var ListOpsItemEventsRequest$ = [ 3, n0, "ListOpsItemEventsRequest", 0, [ _Fi, _MR, _NT ], [ () => OpsItemEventFilters, 1, 0 ] ];
    var ListOpsItemEventsResponse$ = [ 3, n0, "ListOpsItemEventsResponse", 0, [ _NT, _Summ ], [ 0, () => OpsItemEventSummaries ] ];
    var ListOpsItemRelatedItemsRequest$ = [ 3, n0, "ListOpsItemRelatedItemsRequest", 0, [ _OII, _Fi, _MR, _NT ], [ 0, () => OpsItemRelatedItemsFilters, 1, 0 ] ];
    var ListOpsItemRelatedItemsResponse$ = [ 3, n0, "ListOpsItemRelatedItemsResponse", 0, [ _NT, _Summ ], [ 0, () => OpsItemRelatedItemSummaries ] ];
    var ListOpsMetadataRequest$ = [ 3, n0, "ListOpsMetadataRequest", 0, [ _Fi, _MR, _NT ], [ () => OpsMetadataFilterList, 1, 0 ] ];
    var ListOpsMetadataResult$ = [ 3, n0, "ListOpsMetadataResult", 0, [ _OML, _NT ], [ () => OpsMetadataList, 0 ] ];
    var ListResourceComplianceSummariesRequest$ = [ 3, n0, "ListResourceComplianceSummariesRequest", 0, [ _Fi, _NT, _MR ], [ [ () => ComplianceStringFilterList, 0 ], 0, 1 ] ];
    var ListResourceComplianceSummariesResult$ = [ 3, n0, "ListResourceComplianceSummariesResult", 0, [ "ResourceComplianceSummaryItems", _NT ], [ [ () => ResourceComplianceSummaryItemList, 0 ], 0 ] ];
    var ListResourceDataSyncRequest$ = [ 3, n0, "ListResourceDataSyncRequest", 0, [ _ST, _NT, _MR ], [ 0, 0, 1 ] ];
    var ListResourceDataSyncResult$ = [ 3, n0, "ListResourceDataSyncResult", 0, [ "ResourceDataSyncItems", _NT ], [ () => ResourceDataSyncItemList, 0 ] ];
    var ListTagsForResourceRequest$ = [ 3, n0, "ListTagsForResourceRequest", 0, [ _RTe, _RI ], [ 0, 0 ], 2 ];
    var ListTagsForResourceResult$ = [ 3, n0, "ListTagsForResourceResult", 0, [ _TLa ], [ () => TagList ] ];
    var LoggingInfo$ = [ 3, n0, _LI, 0, [ "S3BucketName", "S3Region", "S3KeyPrefix" ], [ 0, 0, 0 ], 2 ];
    var MaintenanceWindowAutomationParameters$ = [ 3, n0, "MaintenanceWindowAutomationParameters", 0, [ _DV, _P ], [ 0, [ 2, n0, _APM, 0, 0, 64 | 0 ] ] ];
    var MaintenanceWindowExecution$ = [ 3, n0, "MaintenanceWindowExecution", 0, [ _WI, _WEI, _St, _SD, _STt, _ETn ], [ 0, 0, 0, 0, 4, 4 ] ];
    var MaintenanceWindowExecutionTaskIdentity$ = [ 3, n0, "MaintenanceWindowExecutionTaskIdentity", 0, [ _WEI, _TEI, _St, _SD, _STt, _ETn, _TAa, _TTa, _AC, _TA ], [ 0, 0, 0, 0, 4, 4, 0, 0, () => AlarmConfiguration$, () => AlarmStateInformationList ] ];
    var MaintenanceWindowExecutionTaskInvocationIdentity$ = [ 3, n0, "MaintenanceWindowExecutionTaskInvocationIdentity", 0, [ _WEI, _TEI, _IInv, _EI, _TTa, _P, _St, _SD, _STt, _ETn, _OI, _WTI ], [ 0, 0, 0, 0, 0, [ () => MaintenanceWindowExecutionTaskInvocationParameters, 0 ], 0, 0, 4, 4, [ () => OwnerInformation, 0 ], 0 ] ];
    var MaintenanceWindowFilter$ = [ 3, n0, "MaintenanceWindowFilter", 0, [ _K, _Va ], [ 0, 64 | 0 ] ];
    var MaintenanceWindowIdentity$ = [ 3, n0, "MaintenanceWindowIdentity", 0, [ _WI, _N, _D, _Ena, _Du, _Cu, _Sc, _STch, _SO, _EDn, _SDt, _NET ], [ 0, 0, [ () => MaintenanceWindowDescription, 0 ], 2, 1, 1, 0, 0, 1, 0, 0, 0 ] ];
    var MaintenanceWindowIdentityForTarget$ = [ 3, n0, "MaintenanceWindowIdentityForTarget", 0, [ _WI, _N ], [ 0, 0 ] ];
    var MaintenanceWindowLambdaParameters$ = [ 3, n0, "MaintenanceWindowLambdaParameters", 0, [ "ClientContext", "Qualifier", _Pay ], [ 0, 0, [ () => MaintenanceWindowLambdaPayload, 0 ] ] ];
    var MaintenanceWindowRunCommandParameters$ = [ 3, n0, "MaintenanceWindowRunCommandParameters", 0, [ _Co, _CWOC, _DH, _DHT, _DV, _NC, _OSBN, _OSKP, _P, _SRA, _TSi ], [ 0, () => CloudWatchOutputConfig$, 0, 0, 0, () => NotificationConfig$, 0, 0, [ () => _Parameters, 0 ], 0, 1 ] ];
    var MaintenanceWindowStepFunctionsParameters$ = [ 3, n0, "MaintenanceWindowStepFunctionsParameters", 0, [ "Input", _N ], [ [ () => MaintenanceWindowStepFunctionsInput, 0 ], 0 ] ];
    var MaintenanceWindowTarget$ = [ 3, n0, "MaintenanceWindowTarget", 0, [ _WI, _WTI, _RTe, _Ta, _OI, _N, _D ], [ 0, 0, 0, () => Targets, [ () => OwnerInformation, 0 ], 0, [ () => MaintenanceWindowDescription, 0 ] ] ];
    var MaintenanceWindowTask$ = [ 3, n0, "MaintenanceWindowTask", 0, [ _WI, _WTIi, _TAa, _Ty, _Ta, _TPa, _Pri, _LI, _SRA, _MC, _ME, _N, _D, _CB, _AC ], [ 0, 0, 0, 0, () => Targets, [ () => MaintenanceWindowTaskParameters, 0 ], 1, () => LoggingInfo$, 0, 0, 0, 0, [ () => MaintenanceWindowDescription, 0 ], 0, () => AlarmConfiguration$ ] ];
    var MaintenanceWindowTaskInvocationParameters$ = [ 3, n0, "MaintenanceWindowTaskInvocationParameters", 0, [ "RunCommand", _Aut, "StepFunctions", "Lambda" ], [ [ () => MaintenanceWindowRunCommandParameters$, 0 ], () => MaintenanceWindowAutomationParameters$, [ () => MaintenanceWindowStepFunctionsParameters$, 0 ], [ () => MaintenanceWindowLambdaParameters$, 0 ] ] ];
    var MaintenanceWindowTaskParameterValueExpression$ = [ 3, n0, "MaintenanceWindowTaskParameterValueExpression", 8, [ _Va ], [ [ () => MaintenanceWindowTaskParameterValueList, 0 ] ] ];
    var MetadataValue$ = [ 3, n0, "MetadataValue", 0, [ _V ], [ 0 ] ];
    var ModifyDocumentPermissionRequest$ = [ 3, n0, "ModifyDocumentPermissionRequest", 0, [ _N, _PT, "AccountIdsToAdd", "AccountIdsToRemove", _SDV ], [ 0, 0, [ () => AccountIdList, 0 ], [ () => AccountIdList, 0 ], 0 ], 2 ];
    var ModifyDocumentPermissionResponse$ = [ 3, n0, "ModifyDocumentPermissionResponse", 0, [], [] ];
    var Node$ = [ 3, n0, "Node", 0, [ _CTa, _I, _Ow, _Reg, _NTo ], [ 4, 0, () => NodeOwnerInfo$, 0, [ () => NodeType$, 0 ] ] ];
    var NodeAggregator$ = [ 3, n0, _NA, 0, [ _ATgg, _TN, _ANt, _Ag ], [ 0, 0, 0, [ () => NodeAggregatorList, 0 ] ], 3 ];
    var NodeFilter$ = [ 3, n0, _NF, 0, [ _K, _Va, _Ty ], [ 0, [ () => NodeFilterValueList, 0 ], 0 ], 2 ];
    var NodeOwnerInfo$ = [ 3, n0, "NodeOwnerInfo", 0, [ _AIc, _OUI, "OrganizationalUnitPath" ], [ 0, 0, 0 ] ];
    var NonCompliantSummary$ = [ 3, n0, _NCS, 0, [ "NonCompliantCount", _SS ], [ 1, () => SeveritySummary$ ] ];
    var NotificationConfig$ = [ 3, n0, _NC, 0, [ "NotificationArn", "NotificationEvents", "NotificationType" ], [ 0, 64 | 0, 0 ] ];
    var OpsAggregator$ = [ 3, n0, "OpsAggregator", 0, [ _ATgg, _TN, _ANt, _Va, _Fi, _Ag ], [ 0, 0, 0, 128 | 0, [ () => OpsFilterList, 0 ], [ () => OpsAggregatorList, 0 ] ] ];
    var OpsEntity$ = [ 3, n0, "OpsEntity", 0, [ _I, _Dat ], [ 0, () => OpsEntityItemMap ] ];
    var OpsEntityItem$ = [ 3, n0, "OpsEntityItem", 0, [ _CTa, _Cont ], [ 0, [ 1, n0, "OpsEntityItemEntryList", 0, 128 | 0 ] ] ];
    var OpsFilter$ = [ 3, n0, _OF, 0, [ _K, _Va, _Ty ], [ 0, [ () => OpsFilterValueList, 0 ], 0 ], 2 ];
    var OpsItem$ = [ 3, n0, _OIp, 0, [ _CBr, _OIT, _CT, _D, _LMB, _LMT, _No, _Pri, _ROI, _St, _OII, _Ve, _Ti, _Sou, _OD, _Ca, _Se, _AST, _AETc, _PST, _PET, _OIA ], [ 0, 0, 4, 0, 0, 4, () => OpsItemNotifications, 1, () => RelatedOpsItems, 0, 0, 0, 0, 0, () => OpsItemOperationalData, 0, 0, 4, 4, 4, 4, 0 ] ];
    var OpsItemDataValue$ = [ 3, n0, "OpsItemDataValue", 0, [ _V, _Ty ], [ 0, 0 ] ];
    var OpsItemEventFilter$ = [ 3, n0, "OpsItemEventFilter", 0, [ _K, _Va, _Ope ], [ 0, 64 | 0, 0 ], 3 ];
    var OpsItemEventSummary$ = [ 3, n0, "OpsItemEventSummary", 0, [ _OII, "EventId", _Sou, "DetailType", "Detail", _CBr, _CT ], [ 0, 0, 0, 0, 0, () => OpsItemIdentity$, 4 ] ];
    var OpsItemFilter$ = [ 3, n0, "OpsItemFilter", 0, [ _K, _Va, _Ope ], [ 0, 64 | 0, 0 ], 3 ];
    var OpsItemIdentity$ = [ 3, n0, "OpsItemIdentity", 0, [ _Arn ], [ 0 ] ];
    var OpsItemNotification$ = [ 3, n0, "OpsItemNotification", 0, [ _Arn ], [ 0 ] ];
    var OpsItemRelatedItemsFilter$ = [ 3, n0, "OpsItemRelatedItemsFilter", 0, [ _K, _Va, _Ope ], [ 0, 64 | 0, 0 ], 3 ];
    var OpsItemRelatedItemSummary$ = [ 3, n0, "OpsItemRelatedItemSummary", 0, [ _OII, _AIs, _RTe, _AT, _RU, _CBr, _CT, _LMB, _LMT ], [ 0, 0, 0, 0, 0, () => OpsItemIdentity$, 4, () => OpsItemIdentity$, 4 ] ];
    var OpsItemSummary$ = [ 3, n0, "OpsItemSummary", 0, [ _CBr, _CT, _LMB, _LMT, _Pri, _Sou, _St, _OII, _Ti, _OD, _Ca, _Se, _OIT, _AST, _AETc, _PST, _PET ], [ 0, 4, 0, 4, 1, 0, 0, 0, 0, () => OpsItemOperationalData, 0, 0, 0, 4, 4, 4, 4 ] ];
    var OpsMetadata$ = [ 3, n0, "OpsMetadata", 0, [ _RI, _OMA, _LMD, _LMU, "CreationDate" ], [ 0, 0, 4, 0, 4 ] ];
    var OpsMetadataFilter$ = [ 3, n0, "OpsMetadataFilter", 0, [ _K, _Va ], [ 0, 64 | 0 ], 2 ];
    var OpsResultAttribute$ = [ 3, n0, _ORA, 0, [ _TN ], [ 0 ], 1 ];
    var OutputSource$ = [ 3, n0, _OS, 0, [ "OutputSourceId", "OutputSourceType" ], [ 0, 0 ] ];
    var Parameter$ = [ 3, n0, _Par, 0, [ _N, _Ty, _V, _Ve, "Selector", "SourceResult", _LMD, _ARN, _DTa ], [ 0, 0, [ () => PSParameterValue, 0 ], 1, 0, 0, 4, 0, 0 ] ];
    var ParameterHistory$ = [ 3, n0, "ParameterHistory", 0, [ _N, _Ty, _KI, _LMD, _LMU, _D, _V, _APl, _Ve, _La, _Tie, _Po, _DTa ], [ 0, 0, 0, 4, 0, 0, [ () => PSParameterValue, 0 ], 0, 1, 64 | 0, 0, () => ParameterPolicyList, 0 ] ];
    var ParameterInlinePolicy$ = [ 3, n0, "ParameterInlinePolicy", 0, [ "PolicyText", "PolicyType", "PolicyStatus" ], [ 0, 0, 0 ] ];
    var ParameterMetadata$ = [ 3, n0, "ParameterMetadata", 0, [ _N, _ARN, _Ty, _KI, _LMD, _LMU, _D, _APl, _Ve, _Tie, _Po, _DTa ], [ 0, 0, 0, 0, 4, 0, 0, 0, 1, 0, () => ParameterPolicyList, 0 ] ];
    var ParametersFilter$ = [ 3, n0, "ParametersFilter", 0, [ _K, _Va ], [ 0, 64 | 0 ], 2 ];
    var ParameterStringFilter$ = [ 3, n0, "ParameterStringFilter", 0, [ _K, "Option", _Va ], [ 0, 0, 64 | 0 ], 1 ];
    var ParentStepDetails$ = [ 3, n0, _PSD, 0, [ _SEI, _SNt, _Ac, "Iteration", "IteratorValue" ], [ 0, 0, 0, 1, 0 ] ];
    var Patch$ = [ 3, n0, _Pat, 0, [ _I, "ReleaseDate", _Ti, _D, "ContentUrl", "Vendor", "ProductFamily", _Prod, _Cl, "MsrcSeverity", "KbNumber", "MsrcNumber", "Language", "AdvisoryIds", "BugzillaIds", _CVEI, _N, "Epoch", _Ve, "Release", "Arch", _Se, "Repository" ], [ 0, 4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 64 | 0, 64 | 0, 64 | 0, 0, 1, 0, 0, 0, 0, 0 ] ];
    var PatchBaselineIdentity$ = [ 3, n0, "PatchBaselineIdentity", 0, [ _BI, "BaselineName", _OSp, "BaselineDescription", "DefaultBaseline" ], [ 0, 0, 0, 0, 2 ] ];
    var PatchComplianceData$ = [ 3, n0, "PatchComplianceData", 0, [ _Ti, "KBId", _Cl, _Se, _S, "InstalledTime", _CVEI ], [ 0, 0, 0, 0, 0, 4, 0 ], 6 ];
    var PatchFilter$ = [ 3, n0, "PatchFilter", 0, [ _K, _Va ], [ 0, 64 | 0 ], 2 ];
    var PatchFilterGroup$ = [ 3, n0, _PFG, 0, [ "PatchFilters" ], [ () => PatchFilterList ], 1 ];
    var PatchGroupPatchBaselineMapping$ = [ 3, n0, "PatchGroupPatchBaselineMapping", 0, [ _PG, "BaselineIdentity" ], [ 0, () => PatchBaselineIdentity$ ] ];
    var PatchOrchestratorFilter$ = [ 3, n0, "PatchOrchestratorFilter", 0, [ _K, _Va ], [ 0, 64 | 0 ] ];
    var PatchRule$ = [ 3, n0, "PatchRule", 0, [ _PFG, _CL, "ApproveAfterDays", "ApproveUntilDate", "EnableNonSecurity" ], [ () => PatchFilterGroup$, 0, 1, 0, 2 ], 1 ];
    var PatchRuleGroup$ = [ 3, n0, "PatchRuleGroup", 0, [ "PatchRules" ], [ () => PatchRuleList ], 1 ];
    var PatchSource$ = [ 3, n0, "PatchSource", 0, [ _N, "Products", _Con ], [ 0, 64 | 0, [ () => PatchSourceConfiguration, 0 ] ], 3 ];
    var PatchStatus$ = [ 3, n0, _PSa, 0, [ "DeploymentStatus", _CL, "ApprovalDate" ], [ 0, 0, 4 ] ];
    var ProgressCounters$ = [ 3, n0, _PC, 0, [ "TotalSteps", "SuccessSteps", "FailedSteps", "CancelledSteps", "TimedOutSteps" ], [ 1, 1, 1, 1, 1 ] ];
    var PutComplianceItemsRequest$ = [ 3, n0, "PutComplianceItemsRequest", 0, [ _RI, _RTe, _CTo, _ES, _Ite, "ItemContentHash", "UploadType" ], [ 0, 0, 0, () => ComplianceExecutionSummary$, () => ComplianceItemEntryList, 0, 0 ], 5 ];
    var PutComplianceItemsResult$ = [ 3, n0, "PutComplianceItemsResult", 0, [], [] ];
    var PutInventoryRequest$ = [ 3, n0, "PutInventoryRequest", 0, [ _II, _Ite ], [ 0, [ () => InventoryItemList, 0 ] ], 2 ];
    var PutInventoryResult$ = [ 3, n0, "PutInventoryResult", 0, [ _M ], [ 0 ] ];
    var PutParameterRequest$ = [ 3, n0, "PutParameterRequest", 0, [ _N, _V, _D, _Ty, _KI, _Ov, _APl, _T, _Tie, _Po, _DTa ], [ 0, [ () => PSParameterValue, 0 ], 0, 0, 0, 2, 0, () => TagList, 0, 0, 0 ], 2 ];
    var PutParameterResult$ = [ 3, n0, "PutParameterResult", 0, [ _Ve, _Tie ], [ 1, 0 ] ];
    var PutResourcePolicyRequest$ = [ 3, n0, "PutResourcePolicyRequest", 0, [ _RAe, _Pol, _PI, _PH ], [ 0, 0, 0, 0 ], 2 ];
    var PutResourcePolicyResponse$ = [ 3, n0, "PutResourcePolicyResponse", 0, [ _PI, _PH ], [ 0, 0 ] ];
    var RegisterDefaultHostManagementConfigurationRequest$ = [ 3, n0, "RegisterDefaultHostManagementConfigurationRequest", 0, [ "PermissionModel", _RA, _Ov ], [ 0, 0, 2 ], 1 ];
    var RegisterDefaultHostManagementConfigurationResult$ = [ 3, n0, "RegisterDefaultHostManagementConfigurationResult", 0, [ _RA ], [ 0 ] ];
    var RegisterDefaultPatchBaselineRequest$ = [ 3, n0, "RegisterDefaultPatchBaselineRequest", 0, [ _BI ], [ 0 ], 1 ];
    var RegisterDefaultPatchBaselineResult$ = [ 3, n0, "RegisterDefaultPatchBaselineResult", 0, [ _BI ], [ 0 ] ];
    var RegisterPatchBaselineForPatchGroupRequest$ = [ 3, n0, "RegisterPatchBaselineForPatchGroupRequest", 0, [ _BI, _PG ], [ 0, 0 ], 2 ];
    var RegisterPatchBaselineForPatchGroupResult$ = [ 3, n0, "RegisterPatchBaselineForPatchGroupResult", 0, [ _BI, _PG ], [ 0, 0 ] ];
    var RegisterTargetWithMaintenanceWindowRequest$ = [ 3, n0, "RegisterTargetWithMaintenanceWindowRequest", 0, [ _WI, _RTe, _Ta, _OI, _N, _D, _CTl ], [ 0, 0, () => Targets, [ () => OwnerInformation, 0 ], 0, [ () => MaintenanceWindowDescription, 0 ], [ 0, 4 ] ], 3 ];
    var RegisterTargetWithMaintenanceWindowResult$ = [ 3, n0, "RegisterTargetWithMaintenanceWindowResult", 0, [ _WTI ], [ 0 ] ];
    var RegisterTaskWithMaintenanceWindowRequest$ = [ 3, n0, "RegisterTaskWithMaintenanceWindowRequest", 0, [ _WI, _TAa, _TTa, _Ta, _SRA, _TPa, _TIP, _Pri, _MC, _ME, _LI, _N, _D, _CTl, _CB, _AC ], [ 0, 0, 0, () => Targets, 0, [ () => MaintenanceWindowTaskParameters, 0 ], [ () => MaintenanceWindowTaskInvocationParameters$, 0 ], 1, 0, 0, () => LoggingInfo$, 0, [ () => MaintenanceWindowDescription, 0 ], [ 0, 4 ], 0, () => AlarmConfiguration$ ], 3 ];
    var RegisterTaskWithMaintenanceWindowResult$ = [ 3, n0, "RegisterTaskWithMaintenanceWindowResult", 0, [ _WTIi ], [ 0 ] ];
    var RegistrationMetadataItem$ = [ 3, n0, "RegistrationMetadataItem", 0, [ _K, _V ], [ 0, 0 ], 2 ];
    var RelatedOpsItem$ = [ 3, n0, "RelatedOpsItem", 0, [ _OII ], [ 0 ], 1 ];
    var RemoveTagsFromResourceRequest$ = [ 3, n0, "RemoveTagsFromResourceRequest", 0, [ _RTe, _RI, "TagKeys" ], [ 0, 0, 64 | 0 ], 3 ];
    var RemoveTagsFromResourceResult$ = [ 3, n0, "RemoveTagsFromResourceResult", 0, [], [] ];
    var ResetServiceSettingRequest$ = [ 3, n0, "ResetServiceSettingRequest", 0, [ _SIe ], [ 0 ], 1 ];
    var ResetServiceSettingResult$ = [ 3, n0, "ResetServiceSettingResult", 0, [ _SSe ], [ () => ServiceSetting$ ] ];
    var ResolvedTargets$ = [ 3, n0, _RTes, 0, [ "ParameterValues", "Truncated" ], [ 64 | 0, 2 ] ];
    var ResourceComplianceSummaryItem$ = [ 3, n0, "ResourceComplianceSummaryItem", 0, [ _CTo, _RTe, _RI, _St, "OverallSeverity", _ES, _CSo, _NCS ], [ 0, 0, 0, 0, 0, () => ComplianceExecutionSummary$, () => CompliantSummary$, () => NonCompliantSummary$ ] ];
    var ResourceDataSyncAwsOrganizationsSource$ = [ 3, n0, "ResourceDataSyncAwsOrganizationsSource", 0, [ "OrganizationSourceType", "OrganizationalUnits" ], [ 0, () => ResourceDataSyncOrganizationalUnitList ], 1 ];
    var ResourceDataSyncDestinationDataSharing$ = [ 3, n0, "ResourceDataSyncDestinationDataSharing", 0, [ "DestinationDataSharingType" ], [ 0 ] ];
    var ResourceDataSyncItem$ = [ 3, n0, "ResourceDataSyncItem", 0, [ _SN, _ST, _SSy, _SDe, "LastSyncTime", "LastSuccessfulSyncTime", "SyncLastModifiedTime", _LS, "SyncCreatedTime", "LastSyncStatusMessage" ], [ 0, 0, () => ResourceDataSyncSourceWithState$, () => ResourceDataSyncS3Destination$, 4, 4, 4, 0, 4, 0 ] ];
    var ResourceDataSyncOrganizationalUnit$ = [ 3, n0, "ResourceDataSyncOrganizationalUnit", 0, [ _OUI ], [ 0 ] ];
    var ResourceDataSyncS3Destination$ = [ 3, n0, "ResourceDataSyncS3Destination", 0, [ "BucketName", "SyncFormat", _Reg, "Prefix", "AWSKMSKeyARN", "DestinationDataSharing" ], [ 0, 0, 0, 0, 0, () => ResourceDataSyncDestinationDataSharing$ ], 3 ];
    var ResourceDataSyncSource$ = [ 3, n0, "ResourceDataSyncSource", 0, [ _STo, _SRou, _AOS, _IFR, _EAODS ], [ 0, 64 | 0, () => ResourceDataSyncAwsOrganizationsSource$, 2, 2 ], 2 ];
    var ResourceDataSyncSourceWithState$ = [ 3, n0, "ResourceDataSyncSourceWithState", 0, [ _STo, _AOS, _SRou, _IFR, _S, _EAODS ], [ 0, () => ResourceDataSyncAwsOrganizationsSource$, 64 | 0, 2, 0, 2 ] ];
    var ResultAttribute$ = [ 3, n0, _RAesu, 0, [ _TN ], [ 0 ], 1 ];
    var ResumeSessionRequest$ = [ 3, n0, "ResumeSessionRequest", 0, [ _SIes ], [ 0 ], 1 ];
    var ResumeSessionResponse$ = [ 3, n0, "ResumeSessionResponse", 0, [ _SIes, _TV, _SUt ], [ 0, 0, 0 ] ];
    var ReviewInformation$ = [ 3, n0, _RIe, 0, [ "ReviewedTime", _St, _Rev ], [ 4, 0, 0 ] ];
    var Runbook$ = [ 3, n0, "Runbook", 0, [ _DN, _DV, _P, _TPN, _Ta, _TM, _MC, _ME, _TL ], [ 0, 0, [ 2, n0, _APM, 0, 0, 64 | 0 ], 0, () => Targets, [ 1, n0, _TM, 0, [ 2, n0, _TMa, 0, 0, 64 | 0 ] ], 0, 0, () => TargetLocations ], 1 ];
    var S3OutputLocation$ = [ 3, n0, "S3OutputLocation", 0, [ _OSR, _OSBN, _OSKP ], [ 0, 0, 0 ] ];
    var S3OutputUrl$ = [ 3, n0, _SOUu, 0, [ _OU ], [ 0 ] ];
    var ScheduledWindowExecution$ = [ 3, n0, "ScheduledWindowExecution", 0, [ _WI, _N, _ET ], [ 0, 0, 0 ] ];
    var SendAutomationSignalRequest$ = [ 3, n0, "SendAutomationSignalRequest", 0, [ _AEI, "SignalType", _Pay ], [ 0, 0, [ 2, n0, _APM, 0, 0, 64 | 0 ] ], 2 ];
    var SendAutomationSignalResult$ = [ 3, n0, "SendAutomationSignalResult", 0, [], [] ];
    var SendCommandRequest$ = [ 3, n0, "SendCommandRequest", 0, [ _DN, _IIn, _Ta, _DV, _DH, _DHT, _TSi, _Co, _P, _OSR, _OSBN, _OSKP, _MC, _ME, _SRA, _NC, _CWOC, _AC ], [ 0, 64 | 0, () => Targets, 0, 0, 0, 1, 0, [ () => _Parameters, 0 ], 0, 0, 0, 0, 0, 0, () => NotificationConfig$, () => CloudWatchOutputConfig$, () => AlarmConfiguration$ ], 1 ];
    var SendCommandResult$ = [ 3, n0, "SendCommandResult", 0, [ _C ], [ [ () => Command$, 0 ] ] ];
    var ServiceSetting$ = [ 3, n0, _SSe, 0, [ _SIe, _SVe, _LMD, _LMU, _ARN, _St ], [ 0, 0, 4, 0, 0, 0 ] ];
    var Session$ = [ 3, n0, "Session", 0, [ _SIes, _Tar, _St, _SDt, _EDn, _DN, _Ow, _Rea, _De, _OU, "MaxSessionDuration", "AccessType" ], [ 0, 0, 0, 4, 4, 0, 0, 0, 0, () => SessionManagerOutputUrl$, 0, 0 ] ];
    var SessionFilter$ = [ 3, n0, "SessionFilter", 0, [ _k, _v ], [ 0, 0 ], 2 ];
    var SessionManagerOutputUrl$ = [ 3, n0, "SessionManagerOutputUrl", 0, [ _SOUu, "CloudWatchOutputUrl" ], [ 0, 0 ] ];
    var SeveritySummary$ = [ 3, n0, _SS, 0, [ "CriticalCount", "HighCount", "MediumCount", "LowCount", "InformationalCount", "UnspecifiedCount" ], [ 1, 1, 1, 1, 1, 1 ] ];
    var StartAccessRequestRequest$ = [ 3, n0, "StartAccessRequestRequest", 0, [ _Rea, _Ta, _T ], [ 0, () => Targets, () => TagList ], 2 ];
    var StartAccessRequestResponse$ = [ 3, n0, "StartAccessRequestResponse", 0, [ _ARI ], [ 0 ] ];
    var StartAssociationsOnceRequest$ = [ 3, n0, "StartAssociationsOnceRequest", 0, [ "AssociationIds" ], [ 64 | 0 ], 1 ];
    var StartAssociationsOnceResult$ = [ 3, n0, "StartAssociationsOnceResult", 0, [], [] ];
    var StartAutomationExecutionRequest$ = [ 3, n0, "StartAutomationExecutionRequest", 0, [ _DN, _DV, _P, _CTl, _Mo, _TPN, _Ta, _TM, _MC, _ME, _TL, _T, _AC, _TLURL ], [ 0, 0, [ 2, n0, _APM, 0, 0, 64 | 0 ], 0, 0, 0, () => AutomationTargets, [ 1, n0, _TM, 0, [ 2, n0, _TMa, 0, 0, 64 | 0 ] ], 0, 0, () => TargetLocations, () => TagList, () => AlarmConfiguration$, 0 ], 1 ];
    var StartAutomationExecutionResult$ = [ 3, n0, "StartAutomationExecutionResult", 0, [ _AEI ], [ 0 ] ];
    var StartChangeRequestExecutionRequest$ = [ 3, n0, "StartChangeRequestExecutionRequest", 0, [ _DN, _R, _STc, _DV, _P, _CRN, _CTl, "AutoApprove", _T, "ScheduledEndTime", "ChangeDetails" ], [ 0, () => Runbooks, 4, 0, [ 2, n0, _APM, 0, 0, 64 | 0 ], 0, 0, 2, () => TagList, 4, 0 ], 2 ];
    var StartChangeRequestExecutionResult$ = [ 3, n0, "StartChangeRequestExecutionResult", 0, [ _AEI ], [ 0 ] ];
    var StartExecutionPreviewRequest$ = [ 3, n0, "StartExecutionPreviewRequest", 0, [ _DN, _DV, _EIx ], [ 0, 0, () => ExecutionInputs$ ], 1 ];
    var StartExecutionPreviewResponse$ = [ 3, n0, "StartExecutionPreviewResponse", 0, [ _EPI ], [ 0 ] ];
    var StartSessionRequest$ = [ 3, n0, "StartSessionRequest", 0, [ _Tar, _DN, _Rea, _P ], [ 0, 0, 0, [ 2, n0, "SessionManagerParameters", 0, 0, 64 | 0 ] ], 1 ];
    var StartSessionResponse$ = [ 3, n0, "StartSessionResponse", 0, [ _SIes, _TV, _SUt ], [ 0, 0, 0 ] ];
    var StepExecution$ = [ 3, n0, "StepExecution", 0, [ _SNt, _Ac, _TSi, "OnFailure", "MaxAttempts", _EST, _EET, "StepStatus", _RCes, "Inputs", _Ou, "Response", _FM, _WM, _FD, _SEI, "OverriddenParameters", "IsEnd", "NextStep", "IsCritical", "ValidNextSteps", _Ta, _TLar, _TA, _PSD ], [ 0, 0, 1, 0, 1, 4, 4, 0, 0, 128 | 0, [ 2, n0, _APM, 0, 0, 64 | 0 ], 0, 0, 0, () => FailureDetails$, 0, [ 2, n0, _APM, 0, 0, 64 | 0 ], 2, 0, 2, 64 | 0, () => Targets, () => TargetLocation$, () => AlarmStateInformationList, () => ParentStepDetails$ ] ];
    var StepExecutionFilter$ = [ 3, n0, "StepExecutionFilter", 0, [ _K, _Va ], [ 0, 64 | 0 ], 2 ];
    var StopAutomationExecutionRequest$ = [ 3, n0, "StopAutomationExecutionRequest", 0, [ _AEI, _Ty ], [ 0, 0 ], 1 ];
    var StopAutomationExecutionResult$ = [ 3, n0, "StopAutomationExecutionResult", 0, [], [] ];
    var Tag$ = [ 3, n0, "Tag", 0, [ _K, _V ], [ 0, 0 ], 2 ];
    var Target$ = [ 3, n0, _Tar, 0, [ _K, _Va ], [ 0, 64 | 0 ] ];
    var TargetLocation$ = [ 3, n0, _TLar, 0, [ "Accounts", _Re, "TargetLocationMaxConcurrency", "TargetLocationMaxErrors", "ExecutionRoleName", "TargetLocationAlarmConfiguration", "IncludeChildOrganizationUnits", "ExcludeAccounts", _Ta, "TargetsMaxConcurrency", "TargetsMaxErrors" ], [ 64 | 0, 64 | 0, 0, 0, 0, () => AlarmConfiguration$, 2, 64 | 0, () => AutomationTargets, 0, 0 ] ];
    var TargetPreview$ = [ 3, n0, "TargetPreview", 0, [ _Cou, _TT ], [ 1, 0 ] ];
    var TargetsSummary$ = [ 3, n0, _TS, 0, [ _TCo, "StartedCount", _CC, "SuccessfulCount", _FC ], [ 1, 1, 1, 1, 1 ] ];
    var TerminateSessionRequest$ = [ 3, n0, "TerminateSessionRequest", 0, [ _SIes ], [ 0 ], 1 ];
    var TerminateSessionResponse$ = [ 3, n0, "TerminateSessionResponse", 0, [ _SIes ], [ 0 ] ];
    var UnlabelParameterVersionRequest$ = [ 3, n0, "UnlabelParameterVersionRequest", 0, [ _N, _PVa, _La ], [ 0, 1, 64 | 0 ], 3 ];
    var UnlabelParameterVersionResult$ = [ 3, n0, "UnlabelParameterVersionResult", 0, [ "RemovedLabels", _IL ], [ 64 | 0, 64 | 0 ] ];
    var UpdateAssociationRequest$ = [ 3, n0, "UpdateAssociationRequest", 0, [ _AIs, _P, _DV, _SE, _OL, _N, _Ta, _AN, _AV, _ATPN, _ME, _MC, _CS, _SCy, _AOACI, _CN, _TL, _SO, _Du, _TM, _AC, _ADAR ], [ 0, [ () => _Parameters, 0 ], 0, 0, () => InstanceAssociationOutputLocation$, 0, () => Targets, 0, 0, 0, 0, 0, 0, 0, 2, 64 | 0, () => TargetLocations, 1, 1, [ 1, n0, _TM, 0, [ 2, n0, _TMa, 0, 0, 64 | 0 ] ], () => AlarmConfiguration$, 0 ], 1 ];
    var UpdateAssociationResult$ = [ 3, n0, "UpdateAssociationResult", 0, [ _AD ], [ [ () => AssociationDescription$, 0 ] ] ];
    var UpdateAssociationStatusRequest$ = [ 3, n0, "UpdateAssociationStatusRequest", 0, [ _N, _II, _AS ], [ 0, 0, () => AssociationStatus$ ], 3 ];
    var UpdateAssociationStatusResult$ = [ 3, n0, "UpdateAssociationStatusResult", 0, [ _AD ], [ [ () => AssociationDescription$, 0 ] ] ];
    var UpdateCloudConnectorRequest$ = [ 3, n0, "UpdateCloudConnectorRequest", 0, [ _CCI, _DNi, _Con, _D ], [ 0, 0, () => CloudConnectorConfiguration$, 0 ], 1 ];
    var UpdateCloudConnectorResult$ = [ 3, n0, "UpdateCloudConnectorResult", 0, [ _CCI ], [ 0 ] ];
    var UpdateDocumentDefaultVersionRequest$ = [ 3, n0, "UpdateDocumentDefaultVersionRequest", 0, [ _N, _DV ], [ 0, 0 ], 2 ];
    var UpdateDocumentDefaultVersionResult$ = [ 3, n0, "UpdateDocumentDefaultVersionResult", 0, [ _D ], [ () => DocumentDefaultVersionDescription$ ] ];
    var UpdateDocumentMetadataRequest$ = [ 3, n0, "UpdateDocumentMetadataRequest", 0, [ _N, _DRoc, _DV ], [ 0, () => DocumentReviews$, 0 ], 2 ];
    var UpdateDocumentMetadataResponse$ = [ 3, n0, "UpdateDocumentMetadataResponse", 0, [], [] ];
    var UpdateDocumentRequest$ = [ 3, n0, "UpdateDocumentRequest", 0, [ _Cont, _N, _At, _DNi, _VN, _DV, _DF, _TT ], [ 0, 0, () => AttachmentsSourceList, 0, 0, 0, 0, 0 ], 2 ];
    var UpdateDocumentResult$ = [ 3, n0, "UpdateDocumentResult", 0, [ _DD ], [ [ () => DocumentDescription$, 0 ] ] ];
    var UpdateMaintenanceWindowRequest$ = [ 3, n0, "UpdateMaintenanceWindowRequest", 0, [ _WI, _N, _D, _SDt, _EDn, _Sc, _STch, _SO, _Du, _Cu, _AUT, _Ena, _Repl ], [ 0, 0, [ () => MaintenanceWindowDescription, 0 ], 0, 0, 0, 0, 1, 1, 1, 2, 2, 2 ], 1 ];
    var UpdateMaintenanceWindowResult$ = [ 3, n0, "UpdateMaintenanceWindowResult", 0, [ _WI, _N, _D, _SDt, _EDn, _Sc, _STch, _SO, _Du, _Cu, _AUT, _Ena ], [ 0, 0, [ () => MaintenanceWindowDescription, 0 ], 0, 0, 0, 0, 1, 1, 1, 2, 2 ] ];
    var UpdateMaintenanceWindowTargetRequest$ = [ 3, n0, "UpdateMaintenanceWindowTargetRequest", 0, [ _WI, _WTI, _Ta, _OI, _N, _D, _Repl ], [ 0, 0, () => Targets, [ () => OwnerInformation, 0 ], 0, [ () => MaintenanceWindowDescription, 0 ], 2 ], 2 ];
    var UpdateMaintenanceWindowTargetResult$ = [ 3, n0, "UpdateMaintenanceWindowTargetResult", 0, [ _WI, _WTI, _Ta, _OI, _N, _D ], [ 0, 0, () => Targets, [ () => OwnerInformation, 0 ], 0, [ () => MaintenanceWindowDescription, 0 ] ] ];
    var UpdateMaintenanceWindowTaskRequest$ = [ 3, n0, "UpdateMaintenanceWindowTaskRequest", 0, [ _WI, _WTIi, _Ta, _TAa, _SRA, _TPa, _TIP, _Pri, _MC, _ME, _LI, _N, _D, _Repl, _CB, _AC ], [ 0, 0, () => Targets, 0, 0, [ () => MaintenanceWindowTaskParameters, 0 ], [ () => MaintenanceWindowTaskInvocationParameters$, 0 ], 1, 0, 0, () => LoggingInfo$, 0, [ () => MaintenanceWindowDescription, 0 ], 2, 0, () => AlarmConfiguration$ ], 2 ];
    var UpdateMaintenanceWindowTaskResult$ = [ 3, n0, "UpdateMaintenanceWindowTaskResult", 0, [ _WI, _WTIi, _Ta, _TAa, _SRA, _TPa, _TIP, _Pri, _MC, _ME, _LI, _N, _D, _CB, _AC ], [ 0, 0, () => Targets, 0, 0, [ () => MaintenanceWindowTaskParameters, 0 ], [ () => MaintenanceWindowTaskInvocationParameters$, 0 ], 1, 0, 0, () => LoggingInfo$, 0, [ () => MaintenanceWindowDescription, 0 ], 0, () => AlarmConfiguration$ ] ];
    var UpdateManagedInstanceRoleRequest$ = [ 3, n0, "UpdateManagedInstanceRoleRequest", 0, [ _II, _IRa ], [ 0, 0 ], 2 ];
    var UpdateManagedInstanceRoleResult$ = [ 3, n0, "UpdateManagedInstanceRoleResult", 0, [], [] ];
    var UpdateOpsItemRequest$ = [ 3, n0, "UpdateOpsItemRequest", 0, [ _OII, _D, _OD, "OperationalDataToDelete", _No, _Pri, _ROI, _St, _Ti, _Ca, _Se, _AST, _AETc, _PST, _PET, _OIA ], [ 0, 0, () => OpsItemOperationalData, 64 | 0, () => OpsItemNotifications, 1, () => RelatedOpsItems, 0, 0, 0, 0, 4, 4, 4, 4, 0 ], 1 ];
    var UpdateOpsItemResponse$ = [ 3, n0, "UpdateOpsItemResponse", 0, [], [] ];
    var UpdateOpsMetadataRequest$ = [ 3, n0, "UpdateOpsMetadataRequest", 0, [ _OMA, "MetadataToUpdate", "KeysToDelete" ], [ 0, () => MetadataMap, 64 | 0 ], 1 ];
    var UpdateOpsMetadataResult$ = [ 3, n0, "UpdateOpsMetadataResult", 0, [ _OMA ], [ 0 ] ];
    var UpdatePatchBaselineRequest$ = [ 3, n0, "UpdatePatchBaselineRequest", 0, [ _BI, _N, _GF, _AR, _AP, _APCL, _APENS, _RP, _RPA, _D, _So, _ASUCS, _Repl ], [ 0, 0, () => PatchFilterGroup$, () => PatchRuleGroup$, 64 | 0, 0, 2, 64 | 0, 0, 0, [ () => PatchSourceList, 0 ], 0, 2 ], 1 ];
    var UpdatePatchBaselineResult$ = [ 3, n0, "UpdatePatchBaselineResult", 0, [ _BI, _N, _OSp, _GF, _AR, _AP, _APCL, _APENS, _RP, _RPA, _CD, _MD, _D, _So, _ASUCS ], [ 0, 0, 0, () => PatchFilterGroup$, () => PatchRuleGroup$, 64 | 0, 0, 2, 64 | 0, 0, 4, 4, 0, [ () => PatchSourceList, 0 ], 0 ] ];
    var UpdateResourceDataSyncRequest$ = [ 3, n0, "UpdateResourceDataSyncRequest", 0, [ _SN, _ST, _SSy ], [ 0, 0, () => ResourceDataSyncSource$ ], 3 ];
    var UpdateResourceDataSyncResult$ = [ 3, n0, "UpdateResourceDataSyncResult", 0, [], [] ];
    var UpdateServiceSettingRequest$ = [ 3, n0, "UpdateServiceSettingRequest", 0, [ _SIe, _SVe ], [ 0, 0 ], 2 ];
    var UpdateServiceSettingResult$ = [ 3, n0, "UpdateServiceSettingResult", 0, [], [] ];
    var ValidateCloudConnectorRequest$ = [ 3, n0, "ValidateCloudConnectorRequest", 0, [ _CCI, _MR, _NT ], [ 0, 1, 0 ], 1 ];
    var ValidateCloudConnectorResult$ = [ 3, n0, "ValidateCloudConnectorResult", 0, [ "ValidationFindings", _NT ], [ () => ValidationFindingList, 0 ] ];
    var ValidationFinding$ = [ 3, n0, "ValidationFinding", 0, [ _Ty, "Code", _M, "ProviderMessage", "Scope" ], [ 0, 0, 0, 0, () => ValidationFindingScope$ ] ];
    var ValidationFindingScope$ = [ 3, n0, "ValidationFindingScope", 0, [ _Ty, _I ], [ 0, 0 ] ];
    var AccountIdList = [ 1, n0, "AccountIdList", 0, [ 0, {
      [_xN]: _AIc
    } ] ];
    var AccountSharingInfoList = [ 1, n0, _ASIL, 0, [ () => AccountSharingInfo$, {
      [_xN]: _ASI
    } ] ];
    var ActivationList = [ 1, n0, _AL, 0, () => Activation$ ];
    var AlarmList = [ 1, n0, "AlarmList", 0, () => Alarm$ ];
    var AlarmStateInformationList = [ 1, n0, "AlarmStateInformationList", 0, () => AlarmStateInformation$ ];
    var AssociationDescriptionList = [ 1, n0, "AssociationDescriptionList", 0, [ () => AssociationDescription$, {
      [_xN]: _AD
    } ] ];
    var AssociationExecutionFilterList = [ 1, n0, "AssociationExecutionFilterList", 0, [ () => AssociationExecutionFilter$, {
      [_xN]: _AEF
    } ] ];
    var AssociationExecutionsList = [ 1, n0, "AssociationExecutionsList", 0, [ () => AssociationExecution$, {
      [_xN]: _AE
    } ] ];
    var AssociationExecutionTargetsFilterList = [ 1, n0, "AssociationExecutionTargetsFilterList", 0, [ () => AssociationExecutionTargetsFilter$, {
      [_xN]: _AETF
    } ] ];
    var AssociationExecutionTargetsList = [ 1, n0, "AssociationExecutionTargetsList", 0, [ () => AssociationExecutionTarget$, {
      [_xN]: _AET
    } ] ];
    var AssociationFilterList = [ 1, n0, _AFL, 0, [ () => AssociationFilter$, {
      [_xN]: _AF
    } ] ];
    var AssociationList = [ 1, n0, "AssociationList", 0, [ () => Association$, {
      [_xN]: _As
    } ] ];
    var AssociationVersionList = [ 1, n0, "AssociationVersionList", 0, [ () => AssociationVersionInfo$, 0 ] ];
    var AttachmentContentList = [ 1, n0, "AttachmentContentList", 0, [ () => AttachmentContent$, {
      [_xN]: _ACt
    } ] ];
    var AttachmentInformationList = [ 1, n0, "AttachmentInformationList", 0, [ () => AttachmentInformation$, {
      [_xN]: _AIt
    } ] ];
    var AttachmentsSourceList = [ 1, n0, "AttachmentsSourceList", 0, () => AttachmentsSource$ ];
    var AutomationExecutionFilterList = [ 1, n0, "AutomationExecutionFilterList", 0, () => AutomationExecutionFilter$ ];
    var AutomationExecutionMetadataList = [ 1, n0, _AEML, 0, () => AutomationExecutionMetadata$ ];
    var AutomationTargets = [ 1, n0, "AutomationTargets", 0, () => Target$ ];
    var AzureSubscriptionList = [ 1, n0, "AzureSubscriptionList", 0, () => AzureSubscription$ ];
    var CloudConnectorFilterList = [ 1, n0, "CloudConnectorFilterList", 0, () => CloudConnectorFilter$ ];
    var CloudConnectorSummaryList = [ 1, n0, "CloudConnectorSummaryList", 0, () => CloudConnectorSummary$ ];
    var CommandFilterList = [ 1, n0, "CommandFilterList", 0, () => CommandFilter$ ];
    var CommandInvocationList = [ 1, n0, "CommandInvocationList", 0, () => CommandInvocation$ ];
    var CommandList = [ 1, n0, "CommandList", 0, [ () => Command$, 0 ] ];
    var CommandPluginList = [ 1, n0, "CommandPluginList", 0, () => CommandPlugin$ ];
    var ComplianceItemEntryList = [ 1, n0, "ComplianceItemEntryList", 0, () => ComplianceItemEntry$ ];
    var ComplianceItemList = [ 1, n0, "ComplianceItemList", 0, [ () => ComplianceItem$, {
      [_xN]: _Item
    } ] ];
    var ComplianceStringFilterList = [ 1, n0, "ComplianceStringFilterList", 0, [ () => ComplianceStringFilter$, {
      [_xN]: "ComplianceFilter"
    } ] ];
    var ComplianceStringFilterValueList = [ 1, n0, "ComplianceStringFilterValueList", 0, [ 0, {
      [_xN]: _FVi
    } ] ];
    var ComplianceSummaryItemList = [ 1, n0, "ComplianceSummaryItemList", 0, [ () => ComplianceSummaryItem$, {
      [_xN]: _Item
    } ] ];
    var CreateAssociationBatchRequestEntries = [ 1, n0, "CreateAssociationBatchRequestEntries", 0, [ () => CreateAssociationBatchRequestEntry$, {
      [_xN]: "entries"
    } ] ];
    var DescribeActivationsFilterList = [ 1, n0, "DescribeActivationsFilterList", 0, () => DescribeActivationsFilter$ ];
    var DocumentFilterList = [ 1, n0, _DFL, 0, [ () => DocumentFilter$, {
      [_xN]: _DFo
    } ] ];
    var DocumentIdentifierList = [ 1, n0, "DocumentIdentifierList", 0, [ () => DocumentIdentifier$, {
      [_xN]: _DIo
    } ] ];
    var DocumentKeyValuesFilterList = [ 1, n0, "DocumentKeyValuesFilterList", 0, () => DocumentKeyValuesFilter$ ];
    var DocumentParameterList = [ 1, n0, "DocumentParameterList", 0, [ () => DocumentParameter$, {
      [_xN]: _DPo
    } ] ];
    var DocumentRequiresList = [ 1, n0, "DocumentRequiresList", 0, () => DocumentRequires$ ];
    var DocumentReviewCommentList = [ 1, n0, "DocumentReviewCommentList", 0, () => DocumentReviewCommentSource$ ];
    var DocumentReviewerResponseList = [ 1, n0, "DocumentReviewerResponseList", 0, () => DocumentReviewerResponseSource$ ];
    var DocumentVersionList = [ 1, n0, "DocumentVersionList", 0, () => DocumentVersionInfo$ ];
    var EffectivePatchList = [ 1, n0, "EffectivePatchList", 0, () => EffectivePatch$ ];
    var FailedCreateAssociationList = [ 1, n0, "FailedCreateAssociationList", 0, [ () => FailedCreateAssociation$, {
      [_xN]: "FailedCreateAssociationEntry"
    } ] ];
    var GcpProjectList = [ 1, n0, "GcpProjectList", 0, () => GcpProject$ ];
    var GetResourcePoliciesResponseEntries = [ 1, n0, "GetResourcePoliciesResponseEntries", 0, () => GetResourcePoliciesResponseEntry$ ];
    var InstanceAssociationList = [ 1, n0, "InstanceAssociationList", 0, () => InstanceAssociation$ ];
    var InstanceAssociationStatusInfos = [ 1, n0, _IASI, 0, () => InstanceAssociationStatusInfo$ ];
    var InstanceInformationFilterList = [ 1, n0, _IIFL, 0, [ () => InstanceInformationFilter$, {
      [_xN]: _IIF
    } ] ];
    var InstanceInformationFilterValueSet = [ 1, n0, "InstanceInformationFilterValueSet", 0, [ 0, {
      [_xN]: "InstanceInformationFilterValue"
    } ] ];
    var InstanceInformationList = [ 1, n0, _IIL, 0, [ () => InstanceInformation$, {
      [_xN]: _IInst
    } ] ];
    var InstanceInformationStringFilterList = [ 1, n0, "InstanceInformationStringFilterList", 0, [ () => InstanceInformationStringFilter$, {
      [_xN]: _IISF
    } ] ];
    var InstancePatchStateFilterList = [ 1, n0, "InstancePatchStateFilterList", 0, () => InstancePatchStateFilter$ ];
    var InstancePatchStateList = [ 1, n0, "InstancePatchStateList", 0, [ () => InstancePatchState$, 0 ] ];
    var InstancePatchStatesList = [ 1, n0, "InstancePatchStatesList", 0, [ () => InstancePatchState$, 0 ] ];
    var InstanceProperties = [ 1, n0, _IPn, 0, [ () => InstanceProperty$, {
      [_xN]: _IPns
    } ] ];
    var InstancePropertyFilterList = [ 1, n0, _IPFL, 0, [ () => InstancePropertyFilter$, {
      [_xN]: _IPF
    } ] ];
    var InstancePropertyFilterValueSet = [ 1, n0, "InstancePropertyFilterValueSet", 0, [ 0, {
      [_xN]: "InstancePropertyFilterValue"
    } ] ];
    var InstancePropertyStringFilterList = [ 1, n0, "InstancePropertyStringFilterList", 0, [ () => InstancePropertyStringFilter$, {
      [_xN]: _IPSFn
    } ] ];
    var InventoryAggregatorList = [ 1, n0, "InventoryAggregatorList", 0, [ () => InventoryAggregator$, {
      [_xN]: _Agg
    } ] ];
    var InventoryDeletionsList = [ 1, n0, "InventoryDeletionsList", 0, () => InventoryDeletionStatusItem$ ];
    var InventoryDeletionSummaryItems = [ 1, n0, "InventoryDeletionSummaryItems", 0, () => InventoryDeletionSummaryItem$ ];
    var InventoryFilterList = [ 1, n0, "InventoryFilterList", 0, [ () => InventoryFilter$, {
      [_xN]: _IFn
    } ] ];
    var InventoryFilterValueList = [ 1, n0, "InventoryFilterValueList", 0, [ 0, {
      [_xN]: _FVi
    } ] ];
    var InventoryGroupList = [ 1, n0, "InventoryGroupList", 0, [ () => InventoryGroup$, {
      [_xN]: _IG
    } ] ];
    var InventoryItemAttributeList = [ 1, n0, "InventoryItemAttributeList", 0, [ () => InventoryItemAttribute$, {
      [_xN]: "Attribute"
    } ] ];
    var InventoryItemList = [ 1, n0, "InventoryItemList", 0, [ () => InventoryItem$, {
      [_xN]: _Item
    } ] ];
    var InventoryItemSchemaResultList = [ 1, n0, "InventoryItemSchemaResultList", 0, [ () => InventoryItemSchema$, 0 ] ];
    var InventoryResultEntityList = [ 1, n0, "InventoryResultEntityList", 0, [ () => InventoryResultEntity$, {
      [_xN]: _Entit
    } ] ];
    var MaintenanceWindowExecutionList = [ 1, n0, "MaintenanceWindowExecutionList", 0, () => MaintenanceWindowExecution$ ];
    var MaintenanceWindowExecutionTaskIdentityList = [ 1, n0, "MaintenanceWindowExecutionTaskIdentityList", 0, () => MaintenanceWindowExecutionTaskIdentity$ ];
    var MaintenanceWindowExecutionTaskInvocationIdentityList = [ 1, n0, "MaintenanceWindowExecutionTaskInvocationIdentityList", 0, [ () => MaintenanceWindowExecutionTaskInvocationIdentity$, 0 ] ];
    var MaintenanceWindowFilterList = [ 1, n0, "MaintenanceWindowFilterList", 0, () => MaintenanceWindowFilter$ ];
    var MaintenanceWindowIdentityList = [ 1, n0, "MaintenanceWindowIdentityList", 0, [ () => MaintenanceWindowIdentity$, 0 ] ];
    var MaintenanceWindowsForTargetList = [ 1, n0, "MaintenanceWindowsForTargetList", 0, () => MaintenanceWindowIdentityForTarget$ ];
    var MaintenanceWindowTargetList = [ 1, n0, "MaintenanceWindowTargetList", 0, [ () => MaintenanceWindowTarget$, 0 ] ];
    var MaintenanceWindowTaskList = [ 1, n0, "MaintenanceWindowTaskList", 0, [ () => MaintenanceWindowTask$, 0 ] ];
    var MaintenanceWindowTaskParametersList = [ 1, n0, "MaintenanceWindowTaskParametersList", 8, [ () => MaintenanceWindowTaskParameters, 0 ] ];
    var MaintenanceWindowTaskParameterValueList = [ 1, n0, "MaintenanceWindowTaskParameterValueList", 8, [ () => MaintenanceWindowTaskParameterValue, 0 ] ];
    var NodeAggregatorList = [ 1, n0, "NodeAggregatorList", 0, [ () => NodeAggregator$, {
      [_xN]: _NA
    } ] ];
    var NodeFilterList = [ 1, n0, "NodeFilterList", 0, [ () => NodeFilter$, {
      [_xN]: _NF
    } ] ];
    var NodeFilterValueList = [ 1, n0, "NodeFilterValueList", 0, [ 0, {
      [_xN]: _FVi
    } ] ];
    var NodeList = [ 1, n0, "NodeList", 0, [ () => Node$, 0 ] ];
    var OpsAggregatorList = [ 1, n0, "OpsAggregatorList", 0, [ () => OpsAggregator$, {
      [_xN]: _Agg
    } ] ];
    var OpsEntityList = [ 1, n0, "OpsEntityList", 0, [ () => OpsEntity$, {
      [_xN]: _Entit
    } ] ];
    var OpsFilterList = [ 1, n0, "OpsFilterList", 0, [ () => OpsFilter$, {
      [_xN]: _OF
    } ] ];
    var OpsFilterValueList = [ 1, n0, "OpsFilterValueList", 0, [ 0, {
      [_xN]: _FVi
    } ] ];
    var OpsItemEventFilters = [ 1, n0, "OpsItemEventFilters", 0, () => OpsItemEventFilter$ ];
    var OpsItemEventSummaries = [ 1, n0, "OpsItemEventSummaries", 0, () => OpsItemEventSummary$ ];
    var OpsItemFilters = [ 1, n0, _OIF, 0, () => OpsItemFilter$ ];
    var OpsItemNotifications = [ 1, n0, "OpsItemNotifications", 0, () => OpsItemNotification$ ];
    var OpsItemRelatedItemsFilters = [ 1, n0, "OpsItemRelatedItemsFilters", 0, () => OpsItemRelatedItemsFilter$ ];
    var OpsItemRelatedItemSummaries = [ 1, n0, "OpsItemRelatedItemSummaries", 0, () => OpsItemRelatedItemSummary$ ];
    var OpsItemSummaries = [ 1, n0, _OIS, 0, () => OpsItemSummary$ ];
    var OpsMetadataFilterList = [ 1, n0, "OpsMetadataFilterList", 0, () => OpsMetadataFilter$ ];
    var OpsMetadataList = [ 1, n0, _OML, 0, () => OpsMetadata$ ];
    var OpsResultAttributeList = [ 1, n0, "OpsResultAttributeList", 0, [ () => OpsResultAttribute$, {
      [_xN]: _ORA
    } ] ];
    var ParameterHistoryList = [ 1, n0, "ParameterHistoryList", 0, [ () => ParameterHistory$, 0 ] ];
    var ParameterList = [ 1, n0, "ParameterList", 0, [ () => Parameter$, 0 ] ];
    var ParameterMetadataList = [ 1, n0, "ParameterMetadataList", 0, () => ParameterMetadata$ ];
    var ParameterPolicyList = [ 1, n0, "ParameterPolicyList", 0, () => ParameterInlinePolicy$ ];
    var ParametersFilterList = [ 1, n0, "ParametersFilterList", 0, () => ParametersFilter$ ];
    var ParameterStringFilterList = [ 1, n0, "ParameterStringFilterList", 0, () => ParameterStringFilter$ ];
    var PatchBaselineIdentityList = [ 1, n0, "PatchBaselineIdentityList", 0, () => PatchBaselineIdentity$ ];
    var PatchComplianceDataList = [ 1, n0, "PatchComplianceDataList", 0, () => PatchComplianceData$ ];
    var PatchFilterList = [ 1, n0, "PatchFilterList", 0, () => PatchFilter$ ];
    var PatchGroupPatchBaselineMappingList = [ 1, n0, "PatchGroupPatchBaselineMappingList", 0, () => PatchGroupPatchBaselineMapping$ ];
    var PatchList = [ 1, n0, "PatchList", 0, () => Patch$ ];
    var PatchOrchestratorFilterList = [ 1, n0, "PatchOrchestratorFilterList", 0, () => PatchOrchestratorFilter$ ];
    var PatchRuleList = [ 1, n0, "PatchRuleList", 0, () => PatchRule$ ];
    var PatchSourceList = [ 1, n0, "PatchSourceList", 0, [ () => PatchSource$, 0 ] ];
    var PlatformTypeList = [ 1, n0, "PlatformTypeList", 0, [ 0, {
      [_xN]: _PTla
    } ] ];
    var RegistrationMetadataList = [ 1, n0, "RegistrationMetadataList", 0, () => RegistrationMetadataItem$ ];
    var RelatedOpsItems = [ 1, n0, _ROI, 0, () => RelatedOpsItem$ ];
    var ResourceComplianceSummaryItemList = [ 1, n0, "ResourceComplianceSummaryItemList", 0, [ () => ResourceComplianceSummaryItem$, {
      [_xN]: _Item
    } ] ];
    var ResourceDataSyncItemList = [ 1, n0, "ResourceDataSyncItemList", 0, () => ResourceDataSyncItem$ ];
    var ResourceDataSyncOrganizationalUnitList = [ 1, n0, "ResourceDataSyncOrganizationalUnitList", 0, () => ResourceDataSyncOrganizationalUnit$ ];
    var ResultAttributeList = [ 1, n0, "ResultAttributeList", 0, [ () => ResultAttribute$, {
      [_xN]: _RAesu
    } ] ];
    var ReviewInformationList = [ 1, n0, "ReviewInformationList", 0, [ () => ReviewInformation$, {
      [_xN]: _RIe
    } ] ];
    var Runbooks = [ 1, n0, _R, 0, () => Runbook$ ];
    var ScheduledWindowExecutionList = [ 1, n0, "ScheduledWindowExecutionList", 0, () => ScheduledWindowExecution$ ];
    var SessionFilterList = [ 1, n0, "SessionFilterList", 0, () => SessionFilter$ ];
    var SessionList = [ 1, n0, "SessionList", 0, () => Session$ ];
    var StepExecutionFilterList = [ 1, n0, "StepExecutionFilterList", 0, () => StepExecutionFilter$ ];
    var StepExecutionList = [ 1, n0, "StepExecutionList", 0, () => StepExecution$ ];
    var TagList = [ 1, n0, _TLa, 0, () => Tag$ ];
    var TargetLocations = [ 1, n0, _TL, 0, () => TargetLocation$ ];
    var TargetPreviewList = [ 1, n0, "TargetPreviewList", 0, () => TargetPreview$ ];
    var Targets = [ 1, n0, _Ta, 0, () => Target$ ];
    var ValidationFindingList = [ 1, n0, "ValidationFindingList", 0, () => ValidationFinding$ ];
    var InventoryResultItemMap = [ 2, n0, "InventoryResultItemMap", 0, 0, () => InventoryResultItem$ ];
    var MaintenanceWindowTaskParameters = [ 2, n0, "MaintenanceWindowTaskParameters", 8, [ 0, 0 ], [ () => MaintenanceWindowTaskParameterValueExpression$, 0 ] ];
    var MetadataMap = [ 2, n0, "MetadataMap", 0, 0, () => MetadataValue$ ];
    var OpsEntityItemMap = [ 2, n0, "OpsEntityItemMap", 0, 0, () => OpsEntityItem$ ];
    var OpsItemOperationalData = [ 2, n0, "OpsItemOperationalData", 0, 0, () => OpsItemDataValue$ ];
    var _Parameters = [ 2, n0, _P, 8, 0, 64 | 0 ];
    var CloudConnectorConfiguration$ = [ 4, n0, "CloudConnectorConfiguration", 0, [ _ACz, _GC ], [ () => AzureConfiguration$, () => GcpConfiguration$ ] ];
    var ConfigurationTargets$ = [ 4, n0, "ConfigurationTargets", 0, [ "Subscriptions" ], [ () => AzureSubscriptionList ] ];
    var ExecutionInputs$ = [ 4, n0, _EIx, 0, [ _Aut ], [ () => AutomationExecutionInputs$ ] ];
    var ExecutionPreview$ = [ 4, n0, _EPx, 0, [ _Aut ], [ () => AutomationExecutionPreview$ ] ];
    var GcpConfigurationTargets$ = [ 4, n0, "GcpConfigurationTargets", 0, [ "Projects" ], [ () => GcpProjectList ] ];
    var NodeType$ = [ 4, n0, _NTo, 0, [ "Instance" ], [ [ () => InstanceInfo$, 0 ] ] ];
    var AddTagsToResource$ = [ 9, n0, "AddTagsToResource", 0, () => AddTagsToResourceRequest$, () => AddTagsToResourceResult$ ];
    var AssociateOpsItemRelatedItem$ = [ 9, n0, "AssociateOpsItemRelatedItem", 0, () => AssociateOpsItemRelatedItemRequest$, () => AssociateOpsItemRelatedItemResponse$ ];
    var CancelCommand$ = [ 9, n0, "CancelCommand", 0, () => CancelCommandRequest$, () => CancelCommandResult$ ];
    var CancelMaintenanceWindowExecution$ = [ 9, n0, "CancelMaintenanceWindowExecution", 0, () => CancelMaintenanceWindowExecutionRequest$, () => CancelMaintenanceWindowExecutionResult$ ];
    var CreateActivation$ = [ 9, n0, "CreateActivation", 0, () => CreateActivationRequest$, () => CreateActivationResult$ ];
    var CreateAssociation$ = [ 9, n0, "CreateAssociation", 0, () => CreateAssociationRequest$, () => CreateAssociationResult$ ];
    var CreateAssociationBatch$ = [ 9, n0, "CreateAssociationBatch", 0, () => CreateAssociationBatchRequest$, () => CreateAssociationBatchResult$ ];
    var CreateCloudConnector$ = [ 9, n0, "CreateCloudConnector", 0, () => CreateCloudConnectorRequest$, () => CreateCloudConnectorResult$ ];
    var CreateDocument$ = [ 9, n0, "CreateDocument", 0, () => CreateDocumentRequest$, () => CreateDocumentResult$ ];
    var CreateMaintenanceWindow$ = [ 9, n0, "CreateMaintenanceWindow", 0, () => CreateMaintenanceWindowRequest$, () => CreateMaintenanceWindowResult$ ];
    var CreateOpsItem$ = [ 9, n0, "CreateOpsItem", 0, () => CreateOpsItemRequest$, () => CreateOpsItemResponse$ ];
    var CreateOpsMetadata$ = [ 9, n0, "CreateOpsMetadata", 0, () => CreateOpsMetadataRequest$, () => CreateOpsMetadataResult$ ];
    var CreatePatchBaseline$ = [ 9, n0, "CreatePatchBaseline", 0, () => CreatePatchBaselineRequest$, () => CreatePatchBaselineResult$ ];
    var CreateResourceDataSync$ = [ 9, n0, "CreateResourceDataSync", 0, () => CreateResourceDataSyncRequest$, () => CreateResourceDataSyncResult$ ];
    var DeleteActivation$ = [ 9, n0, "DeleteActivation", 0, () => DeleteActivationRequest$, () => DeleteActivationResult$ ];
    var DeleteAssociation$ = [ 9, n0, "DeleteAssociation", 0, () => DeleteAssociationRequest$, () => DeleteAssociationResult$ ];
    var DeleteCloudConnector$ = [ 9, n0, "DeleteCloudConnector", 0, () => DeleteCloudConnectorRequest$, () => DeleteCloudConnectorResult$ ];
    var DeleteDocument$ = [ 9, n0, "DeleteDocument", 0, () => DeleteDocumentRequest$, () => DeleteDocumentResult$ ];
    var DeleteInventory$ = [ 9, n0, "DeleteInventory", 0, () => DeleteInventoryRequest$, () => DeleteInventoryResult$ ];
    var DeleteMaintenanceWindow$ = [ 9, n0, "DeleteMaintenanceWindow", 0, () => DeleteMaintenanceWindowRequest$, () => DeleteMaintenanceWindowResult$ ];
    var DeleteOpsItem$ = [ 9, n0, "DeleteOpsItem", 0, () => DeleteOpsItemRequest$, () => DeleteOpsItemResponse$ ];
    var DeleteOpsMetadata$ = [ 9, n0, "DeleteOpsMetadata", 0, () => DeleteOpsMetadataRequest$, () => DeleteOpsMetadataResult$ ];
    var DeleteParameter$ = [ 9, n0, "DeleteParameter", 0, () => DeleteParameterRequest$, () => DeleteParameterResult$ ];
    var DeleteParameters$ = [ 9, n0, "DeleteParameters", 0, () => DeleteParametersRequest$, () => DeleteParametersResult$ ];
    var DeletePatchBaseline$ = [ 9, n0, "DeletePatchBaseline", 0, () => DeletePatchBaselineRequest$, () => DeletePatchBaselineResult$ ];
    var DeleteResourceDataSync$ = [ 9, n0, "DeleteResourceDataSync", 0, () => DeleteResourceDataSyncRequest$, () => DeleteResourceDataSyncResult$ ];
    var DeleteResourcePolicy$ = [ 9, n0, "DeleteResourcePolicy", 0, () => DeleteResourcePolicyRequest$, () => DeleteResourcePolicyResponse$ ];
    var DeregisterDefaultHostManagementConfiguration$ = [ 9, n0, "DeregisterDefaultHostManagementConfiguration", 2, () => DeregisterDefaultHostManagementConfigurationRequest$, () => DeregisterDefaultHostManagementConfigurationResult$ ];
    var DeregisterManagedInstance$ = [ 9, n0, "DeregisterManagedInstance", 0, () => DeregisterManagedInstanceRequest$, () => DeregisterManagedInstanceResult$ ];
    var DeregisterPatchBaselineForPatchGroup$ = [ 9, n0, "DeregisterPatchBaselineForPatchGroup", 0, () => DeregisterPatchBaselineForPatchGroupRequest$, () => DeregisterPatchBaselineForPatchGroupResult$ ];
    var DeregisterTargetFromMaintenanceWindow$ = [ 9, n0, "DeregisterTargetFromMaintenanceWindow", 0, () => DeregisterTargetFromMaintenanceWindowRequest$, () => DeregisterTargetFromMaintenanceWindowResult$ ];
    var DeregisterTaskFromMaintenanceWindow$ = [ 9, n0, "DeregisterTaskFromMaintenanceWindow", 0, () => DeregisterTaskFromMaintenanceWindowRequest$, () => DeregisterTaskFromMaintenanceWindowResult$ ];
    var DescribeActivations$ = [ 9, n0, "DescribeActivations", 0, () => DescribeActivationsRequest$, () => DescribeActivationsResult$ ];
    var DescribeAssociation$ = [ 9, n0, "DescribeAssociation", 0, () => DescribeAssociationRequest$, () => DescribeAssociationResult$ ];
    var DescribeAssociationExecutions$ = [ 9, n0, "DescribeAssociationExecutions", 0, () => DescribeAssociationExecutionsRequest$, () => DescribeAssociationExecutionsResult$ ];
    var DescribeAssociationExecutionTargets$ = [ 9, n0, "DescribeAssociationExecutionTargets", 0, () => DescribeAssociationExecutionTargetsRequest$, () => DescribeAssociationExecutionTargetsResult$ ];
    var DescribeAutomationExecutions$ = [ 9, n0, "DescribeAutomationExecutions", 0, () => DescribeAutomationExecutionsRequest$, () => DescribeAutomationExecutionsResult$ ];
    var DescribeAutomationStepExecutions$ = [ 9, n0, "DescribeAutomationStepExecutions", 0, () => DescribeAutomationStepExecutionsRequest$, () => DescribeAutomationStepExecutionsResult$ ];
    var DescribeAvailablePatches$ = [ 9, n0, "DescribeAvailablePatches", 0, () => DescribeAvailablePatchesRequest$, () => DescribeAvailablePatchesResult$ ];
    var DescribeDocument$ = [ 9, n0, "DescribeDocument", 0, () => DescribeDocumentRequest$, () => DescribeDocumentResult$ ];
    var DescribeDocumentPermission$ = [ 9, n0, "DescribeDocumentPermission", 0, () => DescribeDocumentPermissionRequest$, () => DescribeDocumentPermissionResponse$ ];
    var DescribeEffectiveInstanceAssociations$ = [ 9, n0, "DescribeEffectiveInstanceAssociations", 0, () => DescribeEffectiveInstanceAssociationsRequest$, () => DescribeEffectiveInstanceAssociationsResult$ ];
    var DescribeEffectivePatchesForPatchBaseline$ = [ 9, n0, "DescribeEffectivePatchesForPatchBaseline", 0, () => DescribeEffectivePatchesForPatchBaselineRequest$, () => DescribeEffectivePatchesForPatchBaselineResult$ ];
    var DescribeInstanceAssociationsStatus$ = [ 9, n0, "DescribeInstanceAssociationsStatus", 0, () => DescribeInstanceAssociationsStatusRequest$, () => DescribeInstanceAssociationsStatusResult$ ];
    var DescribeInstanceInformation$ = [ 9, n0, "DescribeInstanceInformation", 0, () => DescribeInstanceInformationRequest$, () => DescribeInstanceInformationResult$ ];
    var DescribeInstancePatches$ = [ 9, n0, "DescribeInstancePatches", 0, () => DescribeInstancePatchesRequest$, () => DescribeInstancePatchesResult$ ];
    var DescribeInstancePatchStates$ = [ 9, n0, "DescribeInstancePatchStates", 0, () => DescribeInstancePatchStatesRequest$, () => DescribeInstancePatchStatesResult$ ];
    var DescribeInstancePatchStatesForPatchGroup$ = [ 9, n0, "DescribeInstancePatchStatesForPatchGroup", 0, () => DescribeInstancePatchStatesForPatchGroupRequest$, () => DescribeInstancePatchStatesForPatchGroupResult$ ];
    var DescribeInstanceProperties$ = [ 9, n0, "DescribeInstanceProperties", 0, () => DescribeInstancePropertiesRequest$, () => DescribeInstancePropertiesResult$ ];
    var DescribeInventoryDeletions$ = [ 9, n0, "DescribeInventoryDeletions", 0, () => DescribeInventoryDeletionsRequest$, () => DescribeInventoryDeletionsResult$ ];
    var DescribeMaintenanceWindowExecutions$ = [ 9, n0, "DescribeMaintenanceWindowExecutions", 0, () => DescribeMaintenanceWindowExecutionsRequest$, () => DescribeMaintenanceWindowExecutionsResult$ ];
    var DescribeMaintenanceWindowExecutionTaskInvocations$ = [ 9, n0, "DescribeMaintenanceWindowExecutionTaskInvocations", 0, () => DescribeMaintenanceWindowExecutionTaskInvocationsRequest$, () => DescribeMaintenanceWindowExecutionTaskInvocationsResult$ ];
    var DescribeMaintenanceWindowExecutionTasks$ = [ 9, n0, "DescribeMaintenanceWindowExecutionTasks", 0, () => DescribeMaintenanceWindowExecutionTasksRequest$, () => DescribeMaintenanceWindowExecutionTasksResult$ ];
    var DescribeMaintenanceWindows$ = [ 9, n0, "DescribeMaintenanceWindows", 0, () => DescribeMaintenanceWindowsRequest$, () => DescribeMaintenanceWindowsResult$ ];
    var DescribeMaintenanceWindowSchedule$ = [ 9, n0, "DescribeMaintenanceWindowSchedule", 0, () => DescribeMaintenanceWindowScheduleRequest$, () => DescribeMaintenanceWindowScheduleResult$ ];
    var DescribeMaintenanceWindowsForTarget$ = [ 9, n0, "DescribeMaintenanceWindowsForTarget", 0, () => DescribeMaintenanceWindowsForTargetRequest$, () => DescribeMaintenanceWindowsForTargetResult$ ];
    var DescribeMaintenanceWindowTargets$ = [ 9, n0, "DescribeMaintenanceWindowTargets", 0, () => DescribeMaintenanceWindowTargetsRequest$, () => DescribeMaintenanceWindowTargetsResult$ ];
    var DescribeMaintenanceWindowTasks$ = [ 9, n0, "DescribeMaintenanceWindowTasks", 0, () => DescribeMaintenanceWindowTasksRequest$, () => DescribeMaintenanceWindowTasksResult$ ];
    var DescribeOpsItems$ = [ 9, n0, "DescribeOpsItems", 0, () => DescribeOpsItemsRequest$, () => DescribeOpsItemsResponse$ ];
    var DescribeParameters$ = [ 9, n0, "DescribeParameters", 0, () => DescribeParametersRequest$, () => DescribeParametersResult$ ];
    var DescribePatchBaselines$ = [ 9, n0, "DescribePatchBaselines", 0, () => DescribePatchBaselinesRequest$, () => DescribePatchBaselinesResult$ ];
    var DescribePatchGroups$ = [ 9, n0, "DescribePatchGroups", 0, () => DescribePatchGroupsRequest$, () => DescribePatchGroupsResult$ ];
    var DescribePatchGroupState$ = [ 9, n0, "DescribePatchGroupState", 0, () => DescribePatchGroupStateRequest$, () => DescribePatchGroupStateResult$ ];
    var DescribePatchProperties$ = [ 9, n0, "DescribePatchProperties", 0, () => DescribePatchPropertiesRequest$, () => DescribePatchPropertiesResult$ ];
    var DescribeSessions$ = [ 9, n0, "DescribeSessions", 0, () => DescribeSessionsRequest$, () => DescribeSessionsResponse$ ];
    var DisassociateOpsItemRelatedItem$ = [ 9, n0, "DisassociateOpsItemRelatedItem", 0, () => DisassociateOpsItemRelatedItemRequest$, () => DisassociateOpsItemRelatedItemResponse$ ];
    var GetAccessToken$ = [ 9, n0, "GetAccessToken", 0, () => GetAccessTokenRequest$, () => GetAccessTokenResponse$ ];
    var GetAutomationExecution$ = [ 9, n0, "GetAutomationExecution", 0, () => GetAutomationExecutionRequest$, () => GetAutomationExecutionResult$ ];
    var GetCalendarState$ = [ 9, n0, "GetCalendarState", 0, () => GetCalendarStateRequest$, () => GetCalendarStateResponse$ ];
    var GetCloudConnector$ = [ 9, n0, "GetCloudConnector", 0, () => GetCloudConnectorRequest$, () => GetCloudConnectorResult$ ];
    var GetCommandInvocation$ = [ 9, n0, "GetCommandInvocation", 0, () => GetCommandInvocationRequest$, () => GetCommandInvocationResult$ ];
    var GetConnectionStatus$ = [ 9, n0, "GetConnectionStatus", 0, () => GetConnectionStatusRequest$, () => GetConnectionStatusResponse$ ];
    var GetDefaultPatchBaseline$ = [ 9, n0, "GetDefaultPatchBaseline", 0, () => GetDefaultPatchBaselineRequest$, () => GetDefaultPatchBaselineResult$ ];
    var GetDeployablePatchSnapshotForInstance$ = [ 9, n0, "GetDeployablePatchSnapshotForInstance", 0, () => GetDeployablePatchSnapshotForInstanceRequest$, () => GetDeployablePatchSnapshotForInstanceResult$ ];
    var GetDocument$ = [ 9, n0, "GetDocument", 0, () => GetDocumentRequest$, () => GetDocumentResult$ ];
    var GetExecutionPreview$ = [ 9, n0, "GetExecutionPreview", 0, () => GetExecutionPreviewRequest$, () => GetExecutionPreviewResponse$ ];
    var GetInventory$ = [ 9, n0, "GetInventory", 0, () => GetInventoryRequest$, () => GetInventoryResult$ ];
    var GetInventorySchema$ = [ 9, n0, "GetInventorySchema", 0, () => GetInventorySchemaRequest$, () => GetInventorySchemaResult$ ];
    var GetMaintenanceWindow$ = [ 9, n0, "GetMaintenanceWindow", 0, () => GetMaintenanceWindowRequest$, () => GetMaintenanceWindowResult$ ];
    var GetMaintenanceWindowExecution$ = [ 9, n0, "GetMaintenanceWindowExecution", 0, () => GetMaintenanceWindowExecutionRequest$, () => GetMaintenanceWindowExecutionResult$ ];
    var GetMaintenanceWindowExecutionTask$ = [ 9, n0, "GetMaintenanceWindowExecutionTask", 0, () => GetMaintenanceWindowExecutionTaskRequest$, () => GetMaintenanceWindowExecutionTaskResult$ ];
    var GetMaintenanceWindowExecutionTaskInvocation$ = [ 9, n0, "GetMaintenanceWindowExecutionTaskInvocation", 0, () => GetMaintenanceWindowExecutionTaskInvocationRequest$, () => GetMaintenanceWindowExecutionTaskInvocationResult$ ];
    var GetMaintenanceWindowTask$ = [ 9, n0, "GetMaintenanceWindowTask", 0, () => GetMaintenanceWindowTaskRequest$, () => GetMaintenanceWindowTaskResult$ ];
    var GetOpsItem$ = [ 9, n0, "GetOpsItem", 0, () => GetOpsItemRequest$, () => GetOpsItemResponse$ ];
    var GetOpsMetadata$ = [ 9, n0, "GetOpsMetadata", 0, () => GetOpsMetadataRequest$, () => GetOpsMetadataResult$ ];
    var GetOpsSummary$ = [ 9, n0, "GetOpsSummary", 0, () => GetOpsSummaryRequest$, () => GetOpsSummaryResult$ ];
    var GetParameter$ = [ 9, n0, "GetParameter", 0, () => GetParameterRequest$, () => GetParameterResult$ ];
    var GetParameterHistory$ = [ 9, n0, "GetParameterHistory", 0, () => GetParameterHistoryRequest$, () => GetParameterHistoryResult$ ];
    var GetParameters$ = [ 9, n0, "GetParameters", 0, () => GetParametersRequest$, () => GetParametersResult$ ];
    var GetParametersByPath$ = [ 9, n0, "GetParametersByPath", 0, () => GetParametersByPathRequest$, () => GetParametersByPathResult$ ];
    var GetPatchBaseline$ = [ 9, n0, "GetPatchBaseline", 0, () => GetPatchBaselineRequest$, () => GetPatchBaselineResult$ ];
    var GetPatchBaselineForPatchGroup$ = [ 9, n0, "GetPatchBaselineForPatchGroup", 0, () => GetPatchBaselineForPatchGroupRequest$, () => GetPatchBaselineForPatchGroupResult$ ];
    var GetResourcePolicies$ = [ 9, n0, "GetResourcePolicies", 0, () => GetResourcePoliciesRequest$, () => GetResourcePoliciesResponse$ ];
    var GetServiceSetting$ = [ 9, n0, "GetServiceSetting", 0, () => GetServiceSettingRequest$, () => GetServiceSettingResult$ ];
    var LabelParameterVersion$ = [ 9, n0, "LabelParameterVersion", 0, () => LabelParameterVersionRequest$, () => LabelParameterVersionResult$ ];
    var ListAssociations$ = [ 9, n0, "ListAssociations", 0, () => ListAssociationsRequest$, () => ListAssociationsResult$ ];
    var ListAssociationVersions$ = [ 9, n0, "ListAssociationVersions", 0, () => ListAssociationVersionsRequest$, () => ListAssociationVersionsResult$ ];
    var ListCloudConnectors$ = [ 9, n0, "ListCloudConnectors", 0, () => ListCloudConnectorsRequest$, () => ListCloudConnectorsResult$ ];
    var ListCommandInvocations$ = [ 9, n0, "ListCommandInvocations", 0, () => ListCommandInvocationsRequest$, () => ListCommandInvocationsResult$ ];
    var ListCommands$ = [ 9, n0, "ListCommands", 0, () => ListCommandsRequest$, () => ListCommandsResult$ ];
    var ListComplianceItems$ = [ 9, n0, "ListComplianceItems", 0, () => ListComplianceItemsRequest$, () => ListComplianceItemsResult$ ];
    var ListComplianceSummaries$ = [ 9, n0, "ListComplianceSummaries", 0, () => ListComplianceSummariesRequest$, () => ListComplianceSummariesResult$ ];
    var ListDocumentMetadataHistory$ = [ 9, n0, "ListDocumentMetadataHistory", 0, () => ListDocumentMetadataHistoryRequest$, () => ListDocumentMetadataHistoryResponse$ ];
    var ListDocuments$ = [ 9, n0, "ListDocuments", 0, () => ListDocumentsRequest$, () => ListDocumentsResult$ ];
    var ListDocumentVersions$ = [ 9, n0, "ListDocumentVersions", 0, () => ListDocumentVersionsRequest$, () => ListDocumentVersionsResult$ ];
    var ListInventoryEntries$ = [ 9, n0, "ListInventoryEntries", 0, () => ListInventoryEntriesRequest$, () => ListInventoryEntriesResult$ ];
    var ListNodes$ = [ 9, n0, "ListNodes", 0, () => ListNodesRequest$, () => ListNodesResult$ ];
    var ListNodesSummary$ = [ 9, n0, "ListNodesSummary", 0, () => ListNodesSummaryRequest$, () => ListNodesSummaryResult$ ];
    var ListOpsItemEvents$ = [ 9, n0, "ListOpsItemEvents", 0, () => ListOpsItemEventsRequest$, () => ListOpsItemEventsResponse$ ];
    var ListOpsItemRelatedItems$ = [ 9, n0, "ListOpsItemRelatedItems", 0, () => ListOpsItemRelatedItemsRequest$, () => ListOpsItemRelatedItemsResponse$ ];
    var ListOpsMetadata$ = [ 9, n0, "ListOpsMetadata", 0, () => ListOpsMetadataRequest$, () => ListOpsMetadataResult$ ];
    var ListResourceComplianceSummaries$ = [ 9, n0, "ListResourceComplianceSummaries", 0, () => ListResourceComplianceSummariesRequest$, () => ListResourceComplianceSummariesResult$ ];
    var ListResourceDataSync$ = [ 9, n0, "ListResourceDataSync", 0, () => ListResourceDataSyncRequest$, () => ListResourceDataSyncResult$ ];
    var ListTagsForResource$ = [ 9, n0, "ListTagsForResource", 0, () => ListTagsForResourceRequest$, () => ListTagsForResourceResult$ ];
    var ModifyDocumentPermission$ = [ 9, n0, "ModifyDocumentPermission", 0, () => ModifyDocumentPermissionRequest$, () => ModifyDocumentPermissionResponse$ ];
    var PutComplianceItems$ = [ 9, n0, "PutComplianceItems", 0, () => PutComplianceItemsRequest$, () => PutComplianceItemsResult$ ];
    var PutInventory$ = [ 9, n0, "PutInventory", 0, () => PutInventoryRequest$, () => PutInventoryResult$ ];
    var PutParameter$ = [ 9, n0, "PutParameter", 0, () => PutParameterRequest$, () => PutParameterResult$ ];
    var PutResourcePolicy$ = [ 9, n0, "PutResourcePolicy", 0, () => PutResourcePolicyRequest$, () => PutResourcePolicyResponse$ ];
    var RegisterDefaultHostManagementConfiguration$ = [ 9, n0, "RegisterDefaultHostManagementConfiguration", 2, () => RegisterDefaultHostManagementConfigurationRequest$, () => RegisterDefaultHostManagementConfigurationResult$ ];
    var RegisterDefaultPatchBaseline$ = [ 9, n0, "RegisterDefaultPatchBaseline", 0, () => RegisterDefaultPatchBaselineRequest$, () => RegisterDefaultPatchBaselineResult$ ];
    var RegisterPatchBaselineForPatchGroup$ = [ 9, n0, "RegisterPatchBaselineForPatchGroup", 0, () => RegisterPatchBaselineForPatchGroupRequest$, () => RegisterPatchBaselineForPatchGroupResult$ ];
    var RegisterTargetWithMaintenanceWindow$ = [ 9, n0, "RegisterTargetWithMaintenanceWindow", 0, () => RegisterTargetWithMaintenanceWindowRequest$, () => RegisterTargetWithMaintenanceWindowResult$ ];
    var RegisterTaskWithMaintenanceWindow$ = [ 9, n0, "RegisterTaskWithMaintenanceWindow", 0, () => RegisterTaskWithMaintenanceWindowRequest$, () => RegisterTaskWithMaintenanceWindowResult$ ];
    var RemoveTagsFromResource$ = [ 9, n0, "RemoveTagsFromResource", 0, () => RemoveTagsFromResourceRequest$, () => RemoveTagsFromResourceResult$ ];
    var ResetServiceSetting$ = [ 9, n0, "ResetServiceSetting", 0, () => ResetServiceSettingRequest$, () => ResetServiceSettingResult$ ];
    var ResumeSession$ = [ 9, n0, "ResumeSession", 0, () => ResumeSessionRequest$, () => ResumeSessionResponse$ ];
    var SendAutomationSignal$ = [ 9, n0, "SendAutomationSignal", 0, () => SendAutomationSignalRequest$, () => SendAutomationSignalResult$ ];
    var SendCommand$ = [ 9, n0, "SendCommand", 0, () => SendCommandRequest$, () => SendCommandResult$ ];
    var StartAccessRequest$ = [ 9, n0, "StartAccessRequest", 0, () => StartAccessRequestRequest$, () => StartAccessRequestResponse$ ];
    var StartAssociationsOnce$ = [ 9, n0, "StartAssociationsOnce", 0, () => StartAssociationsOnceRequest$, () => StartAssociationsOnceResult$ ];
    var StartAutomationExecution$ = [ 9, n0, "StartAutomationExecution", 0, () => StartAutomationExecutionRequest$, () => StartAutomationExecutionResult$ ];
    var StartChangeRequestExecution$ = [ 9, n0, "StartChangeRequestExecution", 0, () => StartChangeRequestExecutionRequest$, () => StartChangeRequestExecutionResult$ ];
    var StartExecutionPreview$ = [ 9, n0, "StartExecutionPreview", 0, () => StartExecutionPreviewRequest$, () => StartExecutionPreviewResponse$ ];
    var StartSession$ = [ 9, n0, "StartSession", 0, () => StartSessionRequest$, () => StartSessionResponse$ ];
    var StopAutomationExecution$ = [ 9, n0, "StopAutomationExecution", 0, () => StopAutomationExecutionRequest$, () => StopAutomationExecutionResult$ ];
    var TerminateSession$ = [ 9, n0, "TerminateSession", 0, () => TerminateSessionRequest$, () => TerminateSessionResponse$ ];
    var UnlabelParameterVersion$ = [ 9, n0, "UnlabelParameterVersion", 0, () => UnlabelParameterVersionRequest$, () => UnlabelParameterVersionResult$ ];
    var UpdateAssociation$ = [ 9, n0, "UpdateAssociation", 0, () => UpdateAssociationRequest$, () => UpdateAssociationResult$ ];
    var UpdateAssociationStatus$ = [ 9, n0, "UpdateAssociationStatus", 0, () => UpdateAssociationStatusRequest$, () => UpdateAssociationStatusResult$ ];
    var UpdateCloudConnector$ = [ 9, n0, "UpdateCloudConnector", 0, () => UpdateCloudConnectorRequest$, () => UpdateCloudConnectorResult$ ];
    var UpdateDocument$ = [ 9, n0, "UpdateDocument", 0, () => UpdateDocumentRequest$, () => UpdateDocumentResult$ ];
    var UpdateDocumentDefaultVersion$ = [ 9, n0, "UpdateDocumentDefaultVersion", 0, () => UpdateDocumentDefaultVersionRequest$, () => UpdateDocumentDefaultVersionResult$ ];
    var UpdateDocumentMetadata$ = [ 9, n0, "UpdateDocumentMetadata", 0, () => UpdateDocumentMetadataRequest$, () => UpdateDocumentMetadataResponse$ ];
    var UpdateMaintenanceWindow$ = [ 9, n0, "UpdateMaintenanceWindow", 0, () => UpdateMaintenanceWindowRequest$, () => UpdateMaintenanceWindowResult$ ];
    var UpdateMaintenanceWindowTarget$ = [ 9, n0, "UpdateMaintenanceWindowTarget", 0, () => UpdateMaintenanceWindowTargetRequest$, () => UpdateMaintenanceWindowTargetResult$ ];
    var UpdateMaintenanceWindowTask$ = [ 9, n0, "UpdateMaintenanceWindowTask", 0, () => UpdateMaintenanceWindowTaskRequest$, () => UpdateMaintenanceWindowTaskResult$ ];
    var UpdateManagedInstanceRole$ = [ 9, n0, "UpdateManagedInstanceRole", 0, () => UpdateManagedInstanceRoleRequest$, () => UpdateManagedInstanceRoleResult$ ];
    var UpdateOpsItem$ = [ 9, n0, "UpdateOpsItem", 0, () => UpdateOpsItemRequest$, () => UpdateOpsItemResponse$ ];
    var UpdateOpsMetadata$ = [ 9, n0, "UpdateOpsMetadata", 0, () => UpdateOpsMetadataRequest$, () => UpdateOpsMetadataResult$ ];
    var UpdatePatchBaseline$ = [ 9, n0, "UpdatePatchBaseline", 0, () => UpdatePatchBaselineRequest$, () => UpdatePatchBaselineResult$ ];
    var UpdateResourceDataSync$ = [ 9, n0, "UpdateResourceDataSync", 0, () => UpdateResourceDataSyncRequest$, () => UpdateResourceDataSyncResult$ ];
    var UpdateServiceSetting$ = [ 9, n0, "UpdateServiceSetting", 0, () => UpdateServiceSettingRequest$, () => UpdateServiceSettingResult$ ];
    var ValidateCloudConnector$ = [ 9, n0, "ValidateCloudConnector", 0, () => ValidateCloudConnectorRequest$, () => ValidateCloudConnectorResult$ ];
    const getRuntimeConfig$1 = config => ({
      apiVersion: "2014-11-06",
      base64Decoder: config?.base64Decoder ?? fromBase64,
      base64Encoder: config?.base64Encoder ?? toBase64,
      disableHostPrefix: config?.disableHostPrefix ?? false,
      endpointProvider: config?.endpointProvider ?? defaultEndpointResolver,
      extensions: config?.extensions ?? [],
      httpAuthSchemeProvider: config?.httpAuthSchemeProvider ?? defaultSSMHttpAuthSchemeProvider,
      httpAuthSchemes: config?.httpAuthSchemes ?? [ {
        schemeId: "aws.auth#sigv4",
        identityProvider: ipc => ipc.getIdentityProvider("aws.auth#sigv4"),
        signer: new AwsSdkSigV4Signer
      } ],
      logger: config?.logger ?? new NoOpLogger,
      protocol: config?.protocol ?? AwsJson1_1Protocol,
      protocolSettings: config?.protocolSettings ?? {
        defaultNamespace: "com.amazonaws.ssm",
        errorTypeRegistries: errorTypeRegistries,
        xmlNamespace: "http://ssm.amazonaws.com/doc/2014-11-06/",
        version: "2014-11-06",
        serviceTarget: "AmazonSSM"
      },
      serviceId: config?.serviceId ?? "SSM",
      sha256: config?.sha256 ?? Sha256,
      urlParser: config?.urlParser ?? parseUrl,
      utf8Decoder: config?.utf8Decoder ?? fromUtf8,
      utf8Encoder: config?.utf8Encoder ?? toUtf8
    });
    const getRuntimeConfig = config => {
      emitWarningIfUnsupportedVersion(process.version);
      const defaultsMode = resolveDefaultsModeConfig(config);
      const defaultConfigProvider = () => defaultsMode().then(loadConfigsForDefaultMode);
      const clientSharedValues = getRuntimeConfig$1(config);
      emitWarningIfUnsupportedVersion$1(process.version);
      const loaderConfig = {
        profile: config?.profile,
        logger: clientSharedValues.logger
      };
      return {
        ...clientSharedValues,
        ...config,
        runtime: "node",
        defaultsMode: defaultsMode,
        authSchemePreference: config?.authSchemePreference ?? loadConfig(NODE_AUTH_SCHEME_PREFERENCE_OPTIONS, loaderConfig),
        bodyLengthChecker: config?.bodyLengthChecker ?? calculateBodyLength,
        credentialDefaultProvider: config?.credentialDefaultProvider ?? defaultProvider,
        defaultSocketTimeout: getDefaultSocketTimeout(config?.requestHandler, 9e5),
        defaultUserAgentProvider: config?.defaultUserAgentProvider ?? createDefaultUserAgentProvider({
          serviceId: clientSharedValues.serviceId,
          clientVersion: packageInfo.version
        }),
        maxAttempts: config?.maxAttempts ?? loadConfig(NODE_MAX_ATTEMPT_CONFIG_OPTIONS, config),
        region: config?.region ?? loadConfig(NODE_REGION_CONFIG_OPTIONS, {
          ...NODE_REGION_CONFIG_FILE_OPTIONS,
          ...loaderConfig
        }),
        requestHandler: NodeHttpHandler.create(config?.requestHandler ?? defaultConfigProvider),
        retryMode: config?.retryMode ?? loadConfig({
          ...NODE_RETRY_MODE_CONFIG_OPTIONS,
          default: async () => (await defaultConfigProvider()).retryMode || DEFAULT_RETRY_MODE
        }, config),
        streamCollector: config?.streamCollector ?? streamCollector,
        useDualstackEndpoint: config?.useDualstackEndpoint ?? loadConfig(NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
        useFipsEndpoint: config?.useFipsEndpoint ?? loadConfig(NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
        userAgentAppId: config?.userAgentAppId ?? loadConfig(NODE_APP_ID_CONFIG_OPTIONS, loaderConfig)
      };
    };
    const getHttpAuthExtensionConfiguration = runtimeConfig => {
      const _httpAuthSchemes = runtimeConfig.httpAuthSchemes;
      let _httpAuthSchemeProvider = runtimeConfig.httpAuthSchemeProvider;
      let _credentials = runtimeConfig.credentials;
      return {
        setHttpAuthScheme(httpAuthScheme) {
          const index = _httpAuthSchemes.findIndex(scheme => scheme.schemeId === httpAuthScheme.schemeId);
          if (index === -1) _httpAuthSchemes.push(httpAuthScheme); else _httpAuthSchemes.splice(index, 1, httpAuthScheme);
        },
        httpAuthSchemes() {
          return _httpAuthSchemes;
        },
        setHttpAuthSchemeProvider(httpAuthSchemeProvider) {
          _httpAuthSchemeProvider = httpAuthSchemeProvider;
        },
        httpAuthSchemeProvider() {
          return _httpAuthSchemeProvider;
        },
        setCredentials(credentials) {
          _credentials = credentials;
        },
        credentials() {
          return _credentials;
        }
      };
    };
    const resolveHttpAuthRuntimeConfig = config => ({
      httpAuthSchemes: config.httpAuthSchemes(),
      httpAuthSchemeProvider: config.httpAuthSchemeProvider(),
      credentials: config.credentials()
    });
    const resolveRuntimeExtensions = (runtimeConfig, extensions) => {
      const extensionConfiguration = Object.assign(getAwsRegionExtensionConfiguration(runtimeConfig), getDefaultExtensionConfiguration(runtimeConfig), getHttpHandlerExtensionConfiguration(runtimeConfig), getHttpAuthExtensionConfiguration(runtimeConfig));
      extensions.forEach(extension => extension.configure(extensionConfiguration));
      return Object.assign(runtimeConfig, resolveAwsRegionExtensionConfiguration(extensionConfiguration), resolveDefaultRuntimeConfig(extensionConfiguration), resolveHttpHandlerRuntimeConfig(extensionConfiguration), resolveHttpAuthRuntimeConfig(extensionConfiguration));
    };
    class SSMClient extends Client {
      config;
      constructor(...[configuration]) {
        const _config_0 = getRuntimeConfig(configuration || {});
        super(_config_0);
        this.initConfig = _config_0;
        const _config_1 = resolveClientEndpointParameters(_config_0);
        const _config_2 = resolveUserAgentConfig(_config_1);
        const _config_3 = resolveRetryConfig(_config_2);
        const _config_4 = resolveRegionConfig(_config_3);
        const _config_5 = resolveHostHeaderConfig(_config_4);
        const _config_6 = resolveEndpointConfig(_config_5);
        const _config_7 = resolveHttpAuthSchemeConfig(_config_6);
        const _config_8 = resolveRuntimeExtensions(_config_7, configuration?.extensions || []);
        this.config = _config_8;
        this.middlewareStack.use(getSchemaSerdePlugin(this.config));
        this.middlewareStack.use(getUserAgentPlugin(this.config));
        this.middlewareStack.use(getRetryPlugin(this.config));
        this.middlewareStack.use(getContentLengthPlugin(this.config));
        this.middlewareStack.use(getHostHeaderPlugin(this.config));
        this.middlewareStack.use(getLoggerPlugin(this.config));
        this.middlewareStack.use(getRecursionDetectionPlugin(this.config));
        this.middlewareStack.use(getHttpAuthSchemeEndpointRuleSetPlugin(this.config, {
          httpAuthSchemeParametersProvider: defaultSSMHttpAuthSchemeParametersProvider,
          identityProviderConfigProvider: async config => new DefaultIdentityProviderConfig({
            "aws.auth#sigv4": config.credentials
          })
        }));
        this.middlewareStack.use(getHttpSigningPlugin(this.config));
      }
      destroy() {
        super.destroy();
      }
    }
    const command = makeBuilder({
      UseFIPS: {
        type: "builtInParams",
        name: "useFipsEndpoint"
      },
      Endpoint: {
        type: "builtInParams",
        name: "endpoint"
      },
      Region: {
        type: "builtInParams",
        name: "region"
      },
      UseDualStack: {
        type: "builtInParams",
        name: "useDualstackEndpoint"
      }
    }, "AmazonSSM", "SSMClient", getEndpointPlugin);
    const _ep0 = {};
    const _mw0 = (Command, cs, config, o) => [];
    class AddTagsToResourceCommand extends(command(_ep0, _mw0, "AddTagsToResource", AddTagsToResource$)){}
    class AssociateOpsItemRelatedItemCommand extends(command(_ep0, _mw0, "AssociateOpsItemRelatedItem", AssociateOpsItemRelatedItem$)){}
    class CancelCommandCommand extends(command(_ep0, _mw0, "CancelCommand", CancelCommand$)){}
    class CancelMaintenanceWindowExecutionCommand extends(command(_ep0, _mw0, "CancelMaintenanceWindowExecution", CancelMaintenanceWindowExecution$)){}
    class CreateActivationCommand extends(command(_ep0, _mw0, "CreateActivation", CreateActivation$)){}
    class CreateAssociationBatchCommand extends(command(_ep0, _mw0, "CreateAssociationBatch", CreateAssociationBatch$)){}
    class CreateAssociationCommand extends(command(_ep0, _mw0, "CreateAssociation", CreateAssociation$)){}
    class CreateCloudConnectorCommand extends(command(_ep0, _mw0, "CreateCloudConnector", CreateCloudConnector$)){}
    class CreateDocumentCommand extends(command(_ep0, _mw0, "CreateDocument", CreateDocument$)){}
    class CreateMaintenanceWindowCommand extends(command(_ep0, _mw0, "CreateMaintenanceWindow", CreateMaintenanceWindow$)){}
    class CreateOpsItemCommand extends(command(_ep0, _mw0, "CreateOpsItem", CreateOpsItem$)){}
    class CreateOpsMetadataCommand extends(command(_ep0, _mw0, "CreateOpsMetadata", CreateOpsMetadata$)){}
    class CreatePatchBaselineCommand extends(command(_ep0, _mw0, "CreatePatchBaseline", CreatePatchBaseline$)){}
    class CreateResourceDataSyncCommand extends(command(_ep0, _mw0, "CreateResourceDataSync", CreateResourceDataSync$)){}
    class DeleteActivationCommand extends(command(_ep0, _mw0, "DeleteActivation", DeleteActivation$)){}
    class DeleteAssociationCommand extends(command(_ep0, _mw0, "DeleteAssociation", DeleteAssociation$)){}
    class DeleteCloudConnectorCommand extends(command(_ep0, _mw0, "DeleteCloudConnector", DeleteCloudConnector$)){}
    class DeleteDocumentCommand extends(command(_ep0, _mw0, "DeleteDocument", DeleteDocument$)){}
    class DeleteInventoryCommand extends(command(_ep0, _mw0, "DeleteInventory", DeleteInventory$)){}
    class DeleteMaintenanceWindowCommand extends(command(_ep0, _mw0, "DeleteMaintenanceWindow", DeleteMaintenanceWindow$)){}
    class DeleteOpsItemCommand extends(command(_ep0, _mw0, "DeleteOpsItem", DeleteOpsItem$)){}
    class DeleteOpsMetadataCommand extends(command(_ep0, _mw0, "DeleteOpsMetadata", DeleteOpsMetadata$)){}
    class DeleteParameterCommand extends(command(_ep0, _mw0, "DeleteParameter", DeleteParameter$)){}
    class DeleteParametersCommand extends(command(_ep0, _mw0, "DeleteParameters", DeleteParameters$)){}
    class DeletePatchBaselineCommand extends(command(_ep0, _mw0, "DeletePatchBaseline", DeletePatchBaseline$)){}
    class DeleteResourceDataSyncCommand extends(command(_ep0, _mw0, "DeleteResourceDataSync", DeleteResourceDataSync$)){}
    class DeleteResourcePolicyCommand extends(command(_ep0, _mw0, "DeleteResourcePolicy", DeleteResourcePolicy$)){}
    class DeregisterDefaultHostManagementConfigurationCommand extends(command(_ep0, _mw0, "DeregisterDefaultHostManagementConfiguration", DeregisterDefaultHostManagementConfiguration$)){}
    class DeregisterManagedInstanceCommand extends(command(_ep0, _mw0, "DeregisterManagedInstance", DeregisterManagedInstance$)){}
    class DeregisterPatchBaselineForPatchGroupCommand extends(command(_ep0, _mw0, "DeregisterPatchBaselineForPatchGroup", DeregisterPatchBaselineForPatchGroup$)){}
    class DeregisterTargetFromMaintenanceWindowCommand extends(command(_ep0, _mw0, "DeregisterTargetFromMaintenanceWindow", DeregisterTargetFromMaintenanceWindow$)){}
    class DeregisterTaskFromMaintenanceWindowCommand extends(command(_ep0, _mw0, "DeregisterTaskFromMaintenanceWindow", DeregisterTaskFromMaintenanceWindow$)){}
    class DescribeActivationsCommand extends(command(_ep0, _mw0, "DescribeActivations", DescribeActivations$)){}
    class DescribeAssociationCommand extends(command(_ep0, _mw0, "DescribeAssociation", DescribeAssociation$)){}
    class DescribeAssociationExecutionsCommand extends(command(_ep0, _mw0, "DescribeAssociationExecutions", DescribeAssociationExecutions$)){}
    class DescribeAssociationExecutionTargetsCommand extends(command(_ep0, _mw0, "DescribeAssociationExecutionTargets", DescribeAssociationExecutionTargets$)){}
    class DescribeAutomationExecutionsCommand extends(command(_ep0, _mw0, "DescribeAutomationExecutions", DescribeAutomationExecutions$)){}
    class DescribeAutomationStepExecutionsCommand extends(command(_ep0, _mw0, "DescribeAutomationStepExecutions", DescribeAutomationStepExecutions$)){}
    class DescribeAvailablePatchesCommand extends(command(_ep0, _mw0, "DescribeAvailablePatches", DescribeAvailablePatches$)){}
    class DescribeDocumentCommand extends(command(_ep0, _mw0, "DescribeDocument", DescribeDocument$)){}
    class DescribeDocumentPermissionCommand extends(command(_ep0, _mw0, "DescribeDocumentPermission", DescribeDocumentPermission$)){}
    class DescribeEffectiveInstanceAssociationsCommand extends(command(_ep0, _mw0, "DescribeEffectiveInstanceAssociations", DescribeEffectiveInstanceAssociations$)){}
    class DescribeEffectivePatchesForPatchBaselineCommand extends(command(_ep0, _mw0, "DescribeEffectivePatchesForPatchBaseline", DescribeEffectivePatchesForPatchBaseline$)){}
    class DescribeInstanceAssociationsStatusCommand extends(command(_ep0, _mw0, "DescribeInstanceAssociationsStatus", DescribeInstanceAssociationsStatus$)){}
    class DescribeInstanceInformationCommand extends(command(_ep0, _mw0, "DescribeInstanceInformation", DescribeInstanceInformation$)){}
    class DescribeInstancePatchesCommand extends(command(_ep0, _mw0, "DescribeInstancePatches", DescribeInstancePatches$)){}
    class DescribeInstancePatchStatesCommand extends(command(_ep0, _mw0, "DescribeInstancePatchStates", DescribeInstancePatchStates$)){}
    class DescribeInstancePatchStatesForPatchGroupCommand extends(command(_ep0, _mw0, "DescribeInstancePatchStatesForPatchGroup", DescribeInstancePatchStatesForPatchGroup$)){}
    class DescribeInstancePropertiesCommand extends(command(_ep0, _mw0, "DescribeInstanceProperties", DescribeInstanceProperties$)){}
    class DescribeInventoryDeletionsCommand extends(command(_ep0, _mw0, "DescribeInventoryDeletions", DescribeInventoryDeletions$)){}
    class DescribeMaintenanceWindowExecutionsCommand extends(command(_ep0, _mw0, "DescribeMaintenanceWindowExecutions", DescribeMaintenanceWindowExecutions$)){}
    class DescribeMaintenanceWindowExecutionTaskInvocationsCommand extends(command(_ep0, _mw0, "DescribeMaintenanceWindowExecutionTaskInvocations", DescribeMaintenanceWindowExecutionTaskInvocations$)){}
    class DescribeMaintenanceWindowExecutionTasksCommand extends(command(_ep0, _mw0, "DescribeMaintenanceWindowExecutionTasks", DescribeMaintenanceWindowExecutionTasks$)){}
    class DescribeMaintenanceWindowScheduleCommand extends(command(_ep0, _mw0, "DescribeMaintenanceWindowSchedule", DescribeMaintenanceWindowSchedule$)){}
    class DescribeMaintenanceWindowsCommand extends(command(_ep0, _mw0, "DescribeMaintenanceWindows", DescribeMaintenanceWindows$)){}
    class DescribeMaintenanceWindowsForTargetCommand extends(command(_ep0, _mw0, "DescribeMaintenanceWindowsForTarget", DescribeMaintenanceWindowsForTarget$)){}
    class DescribeMaintenanceWindowTargetsCommand extends(command(_ep0, _mw0, "DescribeMaintenanceWindowTargets", DescribeMaintenanceWindowTargets$)){}
    class DescribeMaintenanceWindowTasksCommand extends(command(_ep0, _mw0, "DescribeMaintenanceWindowTasks", DescribeMaintenanceWindowTasks$)){}
    class DescribeOpsItemsCommand extends(command(_ep0, _mw0, "DescribeOpsItems", DescribeOpsItems$)){}
    class DescribeParametersCommand extends(command(_ep0, _mw0, "DescribeParameters", DescribeParameters$)){}
    class DescribePatchBaselinesCommand extends(command(_ep0, _mw0, "DescribePatchBaselines", DescribePatchBaselines$)){}
    class DescribePatchGroupsCommand extends(command(_ep0, _mw0, "DescribePatchGroups", DescribePatchGroups$)){}
    class DescribePatchGroupStateCommand extends(command(_ep0, _mw0, "DescribePatchGroupState", DescribePatchGroupState$)){}
    class DescribePatchPropertiesCommand extends(command(_ep0, _mw0, "DescribePatchProperties", DescribePatchProperties$)){}
    class DescribeSessionsCommand extends(command(_ep0, _mw0, "DescribeSessions", DescribeSessions$)){}
    class DisassociateOpsItemRelatedItemCommand extends(command(_ep0, _mw0, "DisassociateOpsItemRelatedItem", DisassociateOpsItemRelatedItem$)){}
    class GetAccessTokenCommand extends(command(_ep0, _mw0, "GetAccessToken", GetAccessToken$)){}
    class GetAutomationExecutionCommand extends(command(_ep0, _mw0, "GetAutomationExecution", GetAutomationExecution$)){}
    class GetCalendarStateCommand extends(command(_ep0, _mw0, "GetCalendarState", GetCalendarState$)){}
    class GetCloudConnectorCommand extends(command(_ep0, _mw0, "GetCloudConnector", GetCloudConnector$)){}
    class GetCommandInvocationCommand extends(command(_ep0, _mw0, "GetCommandInvocation", GetCommandInvocation$)){}
    class GetConnectionStatusCommand extends(command(_ep0, _mw0, "GetConnectionStatus", GetConnectionStatus$)){}
    class GetDefaultPatchBaselineCommand extends(command(_ep0, _mw0, "GetDefaultPatchBaseline", GetDefaultPatchBaseline$)){}
    class GetDeployablePatchSnapshotForInstanceCommand extends(command(_ep0, _mw0, "GetDeployablePatchSnapshotForInstance", GetDeployablePatchSnapshotForInstance$)){}
    class GetDocumentCommand extends(command(_ep0, _mw0, "GetDocument", GetDocument$)){}
    class GetExecutionPreviewCommand extends(command(_ep0, _mw0, "GetExecutionPreview", GetExecutionPreview$)){}
    class GetInventoryCommand extends(command(_ep0, _mw0, "GetInventory", GetInventory$)){}
    class GetInventorySchemaCommand extends(command(_ep0, _mw0, "GetInventorySchema", GetInventorySchema$)){}
    class GetMaintenanceWindowCommand extends(command(_ep0, _mw0, "GetMaintenanceWindow", GetMaintenanceWindow$)){}
    class GetMaintenanceWindowExecutionCommand extends(command(_ep0, _mw0, "GetMaintenanceWindowExecution", GetMaintenanceWindowExecution$)){}
    class GetMaintenanceWindowExecutionTaskCommand extends(command(_ep0, _mw0, "GetMaintenanceWindowExecutionTask", GetMaintenanceWindowExecutionTask$)){}
    class GetMaintenanceWindowExecutionTaskInvocationCommand extends(command(_ep0, _mw0, "GetMaintenanceWindowExecutionTaskInvocation", GetMaintenanceWindowExecutionTaskInvocation$)){}
    class GetMaintenanceWindowTaskCommand extends(command(_ep0, _mw0, "GetMaintenanceWindowTask", GetMaintenanceWindowTask$)){}
    class GetOpsItemCommand extends(command(_ep0, _mw0, "GetOpsItem", GetOpsItem$)){}
    class GetOpsMetadataCommand extends(command(_ep0, _mw0, "GetOpsMetadata", GetOpsMetadata$)){}
    class GetOpsSummaryCommand extends(command(_ep0, _mw0, "GetOpsSummary", GetOpsSummary$)){}
    class GetParameterCommand extends(command(_ep0, _mw0, "GetParameter", GetParameter$)){}
    class GetParameterHistoryCommand extends(command(_ep0, _mw0, "GetParameterHistory", GetParameterHistory$)){}
    class GetParametersByPathCommand extends(command(_ep0, _mw0, "GetParametersByPath", GetParametersByPath$)){}
    class GetParametersCommand extends(command(_ep0, _mw0, "GetParameters", GetParameters$)){}
    class GetPatchBaselineCommand extends(command(_ep0, _mw0, "GetPatchBaseline", GetPatchBaseline$)){}
    class GetPatchBaselineForPatchGroupCommand extends(command(_ep0, _mw0, "GetPatchBaselineForPatchGroup", GetPatchBaselineForPatchGroup$)){}
    class GetResourcePoliciesCommand extends(command(_ep0, _mw0, "GetResourcePolicies", GetResourcePolicies$)){}
    class GetServiceSettingCommand extends(command(_ep0, _mw0, "GetServiceSetting", GetServiceSetting$)){}
    class LabelParameterVersionCommand extends(command(_ep0, _mw0, "LabelParameterVersion", LabelParameterVersion$)){}
    class ListAssociationsCommand extends(command(_ep0, _mw0, "ListAssociations", ListAssociations$)){}
    class ListAssociationVersionsCommand extends(command(_ep0, _mw0, "ListAssociationVersions", ListAssociationVersions$)){}
    class ListCloudConnectorsCommand extends(command(_ep0, _mw0, "ListCloudConnectors", ListCloudConnectors$)){}
    class ListCommandInvocationsCommand extends(command(_ep0, _mw0, "ListCommandInvocations", ListCommandInvocations$)){}
    class ListCommandsCommand extends(command(_ep0, _mw0, "ListCommands", ListCommands$)){}
    class ListComplianceItemsCommand extends(command(_ep0, _mw0, "ListComplianceItems", ListComplianceItems$)){}
    class ListComplianceSummariesCommand extends(command(_ep0, _mw0, "ListComplianceSummaries", ListComplianceSummaries$)){}
    class ListDocumentMetadataHistoryCommand extends(command(_ep0, _mw0, "ListDocumentMetadataHistory", ListDocumentMetadataHistory$)){}
    class ListDocumentsCommand extends(command(_ep0, _mw0, "ListDocuments", ListDocuments$)){}
    class ListDocumentVersionsCommand extends(command(_ep0, _mw0, "ListDocumentVersions", ListDocumentVersions$)){}
    class ListInventoryEntriesCommand extends(command(_ep0, _mw0, "ListInventoryEntries", ListInventoryEntries$)){}
    class ListNodesCommand extends(command(_ep0, _mw0, "ListNodes", ListNodes$)){}
    class ListNodesSummaryCommand extends(command(_ep0, _mw0, "ListNodesSummary", ListNodesSummary$)){}
    class ListOpsItemEventsCommand extends(command(_ep0, _mw0, "ListOpsItemEvents", ListOpsItemEvents$)){}
    class ListOpsItemRelatedItemsCommand extends(command(_ep0, _mw0, "ListOpsItemRelatedItems", ListOpsItemRelatedItems$)){}
    class ListOpsMetadataCommand extends(command(_ep0, _mw0, "ListOpsMetadata", ListOpsMetadata$)){}
    class ListResourceComplianceSummariesCommand extends(command(_ep0, _mw0, "ListResourceComplianceSummaries", ListResourceComplianceSummaries$)){}
    class ListResourceDataSyncCommand extends(command(_ep0, _mw0, "ListResourceDataSync", ListResourceDataSync$)){}
    class ListTagsForResourceCommand extends(command(_ep0, _mw0, "ListTagsForResource", ListTagsForResource$)){}
    class ModifyDocumentPermissionCommand extends(command(_ep0, _mw0, "ModifyDocumentPermission", ModifyDocumentPermission$)){}
    class PutComplianceItemsCommand extends(command(_ep0, _mw0, "PutComplianceItems", PutComplianceItems$)){}
    class PutInventoryCommand extends(command(_ep0, _mw0, "PutInventory", PutInventory$)){}
    class PutParameterCommand extends(command(_ep0, _mw0, "PutParameter", PutParameter$)){}
    class PutResourcePolicyCommand extends(command(_ep0, _mw0, "PutResourcePolicy", PutResourcePolicy$)){}
    class RegisterDefaultHostManagementConfigurationCommand extends(command(_ep0, _mw0, "RegisterDefaultHostManagementConfiguration", RegisterDefaultHostManagementConfiguration$)){}
    class RegisterDefaultPatchBaselineCommand extends(command(_ep0, _mw0, "RegisterDefaultPatchBaseline", RegisterDefaultPatchBaseline$)){}
    class RegisterPatchBaselineForPatchGroupCommand extends(command(_ep0, _mw0, "RegisterPatchBaselineForPatchGroup", RegisterPatchBaselineForPatchGroup$)){}
    class RegisterTargetWithMaintenanceWindowCommand extends(command(_ep0, _mw0, "RegisterTargetWithMaintenanceWindow", RegisterTargetWithMaintenanceWindow$)){}
    class RegisterTaskWithMaintenanceWindowCommand extends(command(_ep0, _mw0, "RegisterTaskWithMaintenanceWindow", RegisterTaskWithMaintenanceWindow$)){}
    class RemoveTagsFromResourceCommand extends(command(_ep0, _mw0, "RemoveTagsFromResource", RemoveTagsFromResource$)){}
    class ResetServiceSettingCommand extends(command(_ep0, _mw0, "ResetServiceSetting", ResetServiceSetting$)){}
    class ResumeSessionCommand extends(command(_ep0, _mw0, "ResumeSession", ResumeSession$)){}
    class SendAutomationSignalCommand extends(command(_ep0, _mw0, "SendAutomationSignal", SendAutomationSignal$)){}
    class SendCommandCommand extends(command(_ep0, _mw0, "SendCommand", SendCommand$)){}
    class StartAccessRequestCommand extends(command(_ep0, _mw0, "StartAccessRequest", StartAccessRequest$)){}
    class StartAssociationsOnceCommand extends(command(_ep0, _mw0, "StartAssociationsOnce", StartAssociationsOnce$)){}
    class StartAutomationExecutionCommand extends(command(_ep0, _mw0, "StartAutomationExecution", StartAutomationExecution$)){}
    class StartChangeRequestExecutionCommand extends(command(_ep0, _mw0, "StartChangeRequestExecution", StartChangeRequestExecution$)){}
    class StartExecutionPreviewCommand extends(command(_ep0, _mw0, "StartExecutionPreview", StartExecutionPreview$)){}
    class StartSessionCommand extends(command(_ep0, _mw0, "StartSession", StartSession$)){}
    class StopAutomationExecutionCommand extends(command(_ep0, _mw0, "StopAutomationExecution", StopAutomationExecution$)){}
    class TerminateSessionCommand extends(command(_ep0, _mw0, "TerminateSession", TerminateSession$)){}
    class UnlabelParameterVersionCommand extends(command(_ep0, _mw0, "UnlabelParameterVersion", UnlabelParameterVersion$)){}
    class UpdateAssociationCommand extends(command(_ep0, _mw0, "UpdateAssociation", UpdateAssociation$)){}
    class UpdateAssociationStatusCommand extends(command(_ep0, _mw0, "UpdateAssociationStatus", UpdateAssociationStatus$)){}
    class UpdateCloudConnectorCommand extends(command(_ep0, _mw0, "UpdateCloudConnector", UpdateCloudConnector$)){}
    class UpdateDocumentCommand extends(command(_ep0, _mw0, "UpdateDocument", UpdateDocument$)){}
    class UpdateDocumentDefaultVersionCommand extends(command(_ep0, _mw0, "UpdateDocumentDefaultVersion", UpdateDocumentDefaultVersion$)){}
    class UpdateDocumentMetadataCommand extends(command(_ep0, _mw0, "UpdateDocumentMetadata", UpdateDocumentMetadata$)){}
    class UpdateMaintenanceWindowCommand extends(command(_ep0, _mw0, "UpdateMaintenanceWindow", UpdateMaintenanceWindow$)){}
    class UpdateMaintenanceWindowTargetCommand extends(command(_ep0, _mw0, "UpdateMaintenanceWindowTarget", UpdateMaintenanceWindowTarget$)){}
    class UpdateMaintenanceWindowTaskCommand extends(command(_ep0, _mw0, "UpdateMaintenanceWindowTask", UpdateMaintenanceWindowTask$)){}
    class UpdateManagedInstanceRoleCommand extends(command(_ep0, _mw0, "UpdateManagedInstanceRole", UpdateManagedInstanceRole$)){}
    class UpdateOpsItemCommand extends(command(_ep0, _mw0, "UpdateOpsItem", UpdateOpsItem$)){}
    class UpdateOpsMetadataCommand extends(command(_ep0, _mw0, "UpdateOpsMetadata", UpdateOpsMetadata$)){}
    class UpdatePatchBaselineCommand extends(command(_ep0, _mw0, "UpdatePatchBaseline", UpdatePatchBaseline$)){}
    class UpdateResourceDataSyncCommand extends(command(_ep0, _mw0, "UpdateResourceDataSync", UpdateResourceDataSync$)){}
    class UpdateServiceSettingCommand extends(command(_ep0, _mw0, "UpdateServiceSetting", UpdateServiceSetting$)){}
    class ValidateCloudConnectorCommand extends(command(_ep0, _mw0, "ValidateCloudConnector", ValidateCloudConnector$)){}
    const paginateDescribeActivations = createPaginator(SSMClient, DescribeActivationsCommand, "NextToken", "NextToken", "MaxResults");
    const paginateDescribeAssociationExecutions = createPaginator(SSMClient, DescribeAssociationExecutionsCommand, "NextToken", "NextToken", "MaxResults");
    const paginateDescribeAssociationExecutionTargets = createPaginator(SSMClient, DescribeAssociationExecutionTargetsCommand, "NextToken", "NextToken", "MaxResults");
    const paginateDescribeAutomationExecutions = createPaginator(SSMClient, DescribeAutomationExecutionsCommand, "NextToken", "NextToken", "MaxResults");
    const paginateDescribeAutomationStepExecutions = createPaginator(SSMClient, DescribeAutomationStepExecutionsCommand, "NextToken", "NextToken", "MaxResults");
    const paginateDescribeAvailablePatches = createPaginator(SSMClient, DescribeAvailablePatchesCommand, "NextToken", "NextToken", "MaxResults");
    const paginateDescribeEffectiveInstanceAssociations = createPaginator(SSMClient, DescribeEffectiveInstanceAssociationsCommand, "NextToken", "NextToken", "MaxResults");
    const paginateDescribeEffectivePatchesForPatchBaseline = createPaginator(SSMClient, DescribeEffectivePatchesForPatchBaselineCommand, "NextToken", "NextToken", "MaxResults");
    const paginateDescribeInstanceAssociationsStatus = createPaginator(SSMClient, DescribeInstanceAssociationsStatusCommand, "NextToken", "NextToken", "MaxResults");
    const paginateDescribeInstanceInformation = createPaginator(SSMClient, DescribeInstanceInformationCommand, "NextToken", "NextToken", "MaxResults");
    const paginateDescribeInstancePatches = createPaginator(SSMClient, DescribeInstancePatchesCommand, "NextToken", "NextToken", "MaxResults");
    const paginateDescribeInstancePatchStatesForPatchGroup = createPaginator(SSMClient, DescribeInstancePatchStatesForPatchGroupCommand, "NextToken", "NextToken", "MaxResults");
    const paginateDescribeInstancePatchStates = createPaginator(SSMClient, DescribeInstancePatchStatesCommand, "NextToken", "NextToken", "MaxResults");
    const paginateDescribeInstanceProperties = createPaginator(SSMClient, DescribeInstancePropertiesCommand, "NextToken", "NextToken", "MaxResults");
    const paginateDescribeInventoryDeletions = createPaginator(SSMClient, DescribeInventoryDeletionsCommand, "NextToken", "NextToken", "MaxResults");
    const paginateDescribeMaintenanceWindowExecutions = createPaginator(SSMClient, DescribeMaintenanceWindowExecutionsCommand, "NextToken", "NextToken", "MaxResults");
    const paginateDescribeMaintenanceWindowExecutionTaskInvocations = createPaginator(SSMClient, DescribeMaintenanceWindowExecutionTaskInvocationsCommand, "NextToken", "NextToken", "MaxResults");
    const paginateDescribeMaintenanceWindowExecutionTasks = createPaginator(SSMClient, DescribeMaintenanceWindowExecutionTasksCommand, "NextToken", "NextToken", "MaxResults");
    const paginateDescribeMaintenanceWindowSchedule = createPaginator(SSMClient, DescribeMaintenanceWindowScheduleCommand, "NextToken", "NextToken", "MaxResults");
    const paginateDescribeMaintenanceWindowsForTarget = createPaginator(SSMClient, DescribeMaintenanceWindowsForTargetCommand, "NextToken", "NextToken", "MaxResults");
    const paginateDescribeMaintenanceWindows = createPaginator(SSMClient, DescribeMaintenanceWindowsCommand, "NextToken", "NextToken", "MaxResults");
    const paginateDescribeMaintenanceWindowTargets = createPaginator(SSMClient, DescribeMaintenanceWindowTargetsCommand, "NextToken", "NextToken", "MaxResults");
    const paginateDescribeMaintenanceWindowTasks = createPaginator(SSMClient, DescribeMaintenanceWindowTasksCommand, "NextToken", "NextToken", "MaxResults");
    const paginateDescribeOpsItems = createPaginator(SSMClient, DescribeOpsItemsCommand, "NextToken", "NextToken", "MaxResults");
    const paginateDescribeParameters = createPaginator(SSMClient, DescribeParametersCommand, "NextToken", "NextToken", "MaxResults");
    const paginateDescribePatchBaselines = createPaginator(SSMClient, DescribePatchBaselinesCommand, "NextToken", "NextToken", "MaxResults");
    const paginateDescribePatchGroups = createPaginator(SSMClient, DescribePatchGroupsCommand, "NextToken", "NextToken", "MaxResults");
    const paginateDescribePatchProperties = createPaginator(SSMClient, DescribePatchPropertiesCommand, "NextToken", "NextToken", "MaxResults");
    const paginateDescribeSessions = createPaginator(SSMClient, DescribeSessionsCommand, "NextToken", "NextToken", "MaxResults");
    const paginateGetInventory = createPaginator(SSMClient, GetInventoryCommand, "NextToken", "NextToken", "MaxResults");
    const paginateGetInventorySchema = createPaginator(SSMClient, GetInventorySchemaCommand, "NextToken", "NextToken", "MaxResults");
    const paginateGetOpsSummary = createPaginator(SSMClient, GetOpsSummaryCommand, "NextToken", "NextToken", "MaxResults");
    const paginateGetParameterHistory = createPaginator(SSMClient, GetParameterHistoryCommand, "NextToken", "NextToken", "MaxResults");
    const paginateGetParametersByPath = createPaginator(SSMClient, GetParametersByPathCommand, "NextToken", "NextToken", "MaxResults");
    const paginateGetResourcePolicies = createPaginator(SSMClient, GetResourcePoliciesCommand, "NextToken", "NextToken", "MaxResults");
    const paginateListAssociations = createPaginator(SSMClient, ListAssociationsCommand, "NextToken", "NextToken", "MaxResults");
    const paginateListAssociationVersions = createPaginator(SSMClient, ListAssociationVersionsCommand, "NextToken", "NextToken", "MaxResults");
    const paginateListCloudConnectors = createPaginator(SSMClient, ListCloudConnectorsCommand, "NextToken", "NextToken", "MaxResults");
    const paginateListCommandInvocations = createPaginator(SSMClient, ListCommandInvocationsCommand, "NextToken", "NextToken", "MaxResults");
    const paginateListCommands = createPaginator(SSMClient, ListCommandsCommand, "NextToken", "NextToken", "MaxResults");
    const paginateListComplianceItems = createPaginator(SSMClient, ListComplianceItemsCommand, "NextToken", "NextToken", "MaxResults");
    const paginateListComplianceSummaries = createPaginator(SSMClient, ListComplianceSummariesCommand, "NextToken", "NextToken", "MaxResults");
    const paginateListDocuments = createPaginator(SSMClient, ListDocumentsCommand, "NextToken", "NextToken", "MaxResults");
    const paginateListDocumentVersions = createPaginator(SSMClient, ListDocumentVersionsCommand, "NextToken", "NextToken", "MaxResults");
    const paginateListNodes = createPaginator(SSMClient, ListNodesCommand, "NextToken", "NextToken", "MaxResults");
    const paginateListNodesSummary = createPaginator(SSMClient, ListNodesSummaryCommand, "NextToken", "NextToken", "MaxResults");
    const paginateListOpsItemEvents = createPaginator(SSMClient, ListOpsItemEventsCommand, "NextToken", "NextToken", "MaxResults");
    const paginateListOpsItemRelatedItems = createPaginator(SSMClient, ListOpsItemRelatedItemsCommand, "NextToken", "NextToken", "MaxResults");
    const paginateListOpsMetadata = createPaginator(SSMClient, ListOpsMetadataCommand, "NextToken", "NextToken", "MaxResults");
    const paginateListResourceComplianceSummaries = createPaginator(SSMClient, ListResourceComplianceSummariesCommand, "NextToken", "NextToken", "MaxResults");
    const paginateListResourceDataSync = createPaginator(SSMClient, ListResourceDataSyncCommand, "NextToken", "NextToken", "MaxResults");
    const paginateValidateCloudConnector = createPaginator(SSMClient, ValidateCloudConnectorCommand, "NextToken", "NextToken", "MaxResults");
    const checkState = async (client, input) => {
      let reason;
      try {
        let result = await client.send(new GetCommandInvocationCommand(input));
        reason = result;
        try {
          const returnComparator = () => result.Status;
          if (returnComparator() === "Pending") return {
            state: WaiterState.RETRY,
            reason: reason
          };
        } catch (e) {}
        try {
          const returnComparator = () => result.Status;
          if (returnComparator() === "InProgress") return {
            state: WaiterState.RETRY,
            reason: reason
          };
        } catch (e) {}
        try {
          const returnComparator = () => result.Status;
          if (returnComparator() === "Delayed") return {
            state: WaiterState.RETRY,
            reason: reason
          };
        } catch (e) {}
        try {
          const returnComparator = () => result.Status;
          if (returnComparator() === "Success") return {
            state: WaiterState.SUCCESS,
            reason: reason
          };
        } catch (e) {}
        try {
          const returnComparator = () => result.Status;
          if (returnComparator() === "Cancelled") return {
            state: WaiterState.FAILURE,
            reason: reason
          };
        } catch (e) {}
        try {
          const returnComparator = () => result.Status;
          if (returnComparator() === "TimedOut") return {
            state: WaiterState.FAILURE,
            reason: reason
          };
        } catch (e) {}
        try {
          const returnComparator = () => result.Status;
          if (returnComparator() === "Failed") return {
            state: WaiterState.FAILURE,
            reason: reason
          };
        } catch (e) {}
        try {
          const returnComparator = () => result.Status;
          if (returnComparator() === "Cancelling") return {
            state: WaiterState.FAILURE,
            reason: reason
          };
        } catch (e) {}
      } catch (exception) {
        reason = exception;
        if (exception.name === "InvocationDoesNotExist") return {
          state: WaiterState.RETRY,
          reason: reason
        };
      }
      return {
        state: WaiterState.RETRY,
        reason: reason
      };
    };
    const waitUntilCommandExecuted = async (params, input) => {
      const result = await createWaiter({
        minDelay: 5,
        maxDelay: 120,
        ...params
      }, input, checkState);
      return checkExceptions(result);
    };
    const commands = {
      AddTagsToResourceCommand: AddTagsToResourceCommand,
      AssociateOpsItemRelatedItemCommand: AssociateOpsItemRelatedItemCommand,
      CancelCommandCommand: CancelCommandCommand,
      CancelMaintenanceWindowExecutionCommand: CancelMaintenanceWindowExecutionCommand,
      CreateActivationCommand: CreateActivationCommand,
      CreateAssociationCommand: CreateAssociationCommand,
      CreateAssociationBatchCommand: CreateAssociationBatchCommand,
      CreateCloudConnectorCommand: CreateCloudConnectorCommand,
      CreateDocumentCommand: CreateDocumentCommand,
      CreateMaintenanceWindowCommand: CreateMaintenanceWindowCommand,
      CreateOpsItemCommand: CreateOpsItemCommand,
      CreateOpsMetadataCommand: CreateOpsMetadataCommand,
      CreatePatchBaselineCommand: CreatePatchBaselineCommand,
      CreateResourceDataSyncCommand: CreateResourceDataSyncCommand,
      DeleteActivationCommand: DeleteActivationCommand,
      DeleteAssociationCommand: DeleteAssociationCommand,
      DeleteCloudConnectorCommand: DeleteCloudConnectorCommand,
      DeleteDocumentCommand: DeleteDocumentCommand,
      DeleteInventoryCommand: DeleteInventoryCommand,
      DeleteMaintenanceWindowCommand: DeleteMaintenanceWindowCommand,
      DeleteOpsItemCommand: DeleteOpsItemCommand,
      DeleteOpsMetadataCommand: DeleteOpsMetadataCommand,
      DeleteParameterCommand: DeleteParameterCommand,
      DeleteParametersCommand: DeleteParametersCommand,
      DeletePatchBaselineCommand: DeletePatchBaselineCommand,
      DeleteResourceDataSyncCommand: DeleteResourceDataSyncCommand,
      DeleteResourcePolicyCommand: DeleteResourcePolicyCommand,
      DeregisterDefaultHostManagementConfigurationCommand: DeregisterDefaultHostManagementConfigurationCommand,
      DeregisterManagedInstanceCommand: DeregisterManagedInstanceCommand,
      DeregisterPatchBaselineForPatchGroupCommand: DeregisterPatchBaselineForPatchGroupCommand,
      DeregisterTargetFromMaintenanceWindowCommand: DeregisterTargetFromMaintenanceWindowCommand,
      DeregisterTaskFromMaintenanceWindowCommand: DeregisterTaskFromMaintenanceWindowCommand,
      DescribeActivationsCommand: DescribeActivationsCommand,
      DescribeAssociationCommand: DescribeAssociationCommand,
      DescribeAssociationExecutionsCommand: DescribeAssociationExecutionsCommand,
      DescribeAssociationExecutionTargetsCommand: DescribeAssociationExecutionTargetsCommand,
      DescribeAutomationExecutionsCommand: DescribeAutomationExecutionsCommand,
      DescribeAutomationStepExecutionsCommand: DescribeAutomationStepExecutionsCommand,
      DescribeAvailablePatchesCommand: DescribeAvailablePatchesCommand,
      DescribeDocumentCommand: DescribeDocumentCommand,
      DescribeDocumentPermissionCommand: DescribeDocumentPermissionCommand,
      DescribeEffectiveInstanceAssociationsCommand: DescribeEffectiveInstanceAssociationsCommand,
      DescribeEffectivePatchesForPatchBaselineCommand: DescribeEffectivePatchesForPatchBaselineCommand,
      DescribeInstanceAssociationsStatusCommand: DescribeInstanceAssociationsStatusCommand,
      DescribeInstanceInformationCommand: DescribeInstanceInformationCommand,
      DescribeInstancePatchesCommand: DescribeInstancePatchesCommand,
      DescribeInstancePatchStatesCommand: DescribeInstancePatchStatesCommand,
      DescribeInstancePatchStatesForPatchGroupCommand: DescribeInstancePatchStatesForPatchGroupCommand,
      DescribeInstancePropertiesCommand: DescribeInstancePropertiesCommand,
      DescribeInventoryDeletionsCommand: DescribeInventoryDeletionsCommand,
      DescribeMaintenanceWindowExecutionsCommand: DescribeMaintenanceWindowExecutionsCommand,
      DescribeMaintenanceWindowExecutionTaskInvocationsCommand: DescribeMaintenanceWindowExecutionTaskInvocationsCommand,
      DescribeMaintenanceWindowExecutionTasksCommand: DescribeMaintenanceWindowExecutionTasksCommand,
      DescribeMaintenanceWindowsCommand: DescribeMaintenanceWindowsCommand,
      DescribeMaintenanceWindowScheduleCommand: DescribeMaintenanceWindowScheduleCommand,
      DescribeMaintenanceWindowsForTargetCommand: DescribeMaintenanceWindowsForTargetCommand,
      DescribeMaintenanceWindowTargetsCommand: DescribeMaintenanceWindowTargetsCommand,
      DescribeMaintenanceWindowTasksCommand: DescribeMaintenanceWindowTasksCommand,
      DescribeOpsItemsCommand: DescribeOpsItemsCommand,
      DescribeParametersCommand: DescribeParametersCommand,
      DescribePatchBaselinesCommand: DescribePatchBaselinesCommand,
      DescribePatchGroupsCommand: DescribePatchGroupsCommand,
      DescribePatchGroupStateCommand: DescribePatchGroupStateCommand,
      DescribePatchPropertiesCommand: DescribePatchPropertiesCommand,
      DescribeSessionsCommand: DescribeSessionsCommand,
      DisassociateOpsItemRelatedItemCommand: DisassociateOpsItemRelatedItemCommand,
      GetAccessTokenCommand: GetAccessTokenCommand,
      GetAutomationExecutionCommand: GetAutomationExecutionCommand,
      GetCalendarStateCommand: GetCalendarStateCommand,
      GetCloudConnectorCommand: GetCloudConnectorCommand,
      GetCommandInvocationCommand: GetCommandInvocationCommand,
      GetConnectionStatusCommand: GetConnectionStatusCommand,
      GetDefaultPatchBaselineCommand: GetDefaultPatchBaselineCommand,
      GetDeployablePatchSnapshotForInstanceCommand: GetDeployablePatchSnapshotForInstanceCommand,
      GetDocumentCommand: GetDocumentCommand,
      GetExecutionPreviewCommand: GetExecutionPreviewCommand,
      GetInventoryCommand: GetInventoryCommand,
      GetInventorySchemaCommand: GetInventorySchemaCommand,
      GetMaintenanceWindowCommand: GetMaintenanceWindowCommand,
      GetMaintenanceWindowExecutionCommand: GetMaintenanceWindowExecutionCommand,
      GetMaintenanceWindowExecutionTaskCommand: GetMaintenanceWindowExecutionTaskCommand,
      GetMaintenanceWindowExecutionTaskInvocationCommand: GetMaintenanceWindowExecutionTaskInvocationCommand,
      GetMaintenanceWindowTaskCommand: GetMaintenanceWindowTaskCommand,
      GetOpsItemCommand: GetOpsItemCommand,
      GetOpsMetadataCommand: GetOpsMetadataCommand,
      GetOpsSummaryCommand: GetOpsSummaryCommand,
      GetParameterCommand: GetParameterCommand,
      GetParameterHistoryCommand: GetParameterHistoryCommand,
      GetParametersCommand: GetParametersCommand,
      GetParametersByPathCommand: GetParametersByPathCommand,
      GetPatchBaselineCommand: GetPatchBaselineCommand,
      GetPatchBaselineForPatchGroupCommand: GetPatchBaselineForPatchGroupCommand,
      GetResourcePoliciesCommand: GetResourcePoliciesCommand,
      GetServiceSettingCommand: GetServiceSettingCommand,
      LabelParameterVersionCommand: LabelParameterVersionCommand,
      ListAssociationsCommand: ListAssociationsCommand,
      ListAssociationVersionsCommand: ListAssociationVersionsCommand,
      ListCloudConnectorsCommand: ListCloudConnectorsCommand,
      ListCommandInvocationsCommand: ListCommandInvocationsCommand,
      ListCommandsCommand: ListCommandsCommand,
      ListComplianceItemsCommand: ListComplianceItemsCommand,
      ListComplianceSummariesCommand: ListComplianceSummariesCommand,
      ListDocumentMetadataHistoryCommand: ListDocumentMetadataHistoryCommand,
      ListDocumentsCommand: ListDocumentsCommand,
      ListDocumentVersionsCommand: ListDocumentVersionsCommand,
      ListInventoryEntriesCommand: ListInventoryEntriesCommand,
      ListNodesCommand: ListNodesCommand,
      ListNodesSummaryCommand: ListNodesSummaryCommand,
      ListOpsItemEventsCommand: ListOpsItemEventsCommand,
      ListOpsItemRelatedItemsCommand: ListOpsItemRelatedItemsCommand,
      ListOpsMetadataCommand: ListOpsMetadataCommand,
      ListResourceComplianceSummariesCommand: ListResourceComplianceSummariesCommand,
      ListResourceDataSyncCommand: ListResourceDataSyncCommand,
      ListTagsForResourceCommand: ListTagsForResourceCommand,
      ModifyDocumentPermissionCommand: ModifyDocumentPermissionCommand,
      PutComplianceItemsCommand: PutComplianceItemsCommand,
      PutInventoryCommand: PutInventoryCommand,
      PutParameterCommand: PutParameterCommand,
      PutResourcePolicyCommand: PutResourcePolicyCommand,
      RegisterDefaultHostManagementConfigurationCommand: RegisterDefaultHostManagementConfigurationCommand,
      RegisterDefaultPatchBaselineCommand: RegisterDefaultPatchBaselineCommand,
      RegisterPatchBaselineForPatchGroupCommand: RegisterPatchBaselineForPatchGroupCommand,
      RegisterTargetWithMaintenanceWindowCommand: RegisterTargetWithMaintenanceWindowCommand,
      RegisterTaskWithMaintenanceWindowCommand: RegisterTaskWithMaintenanceWindowCommand,
      RemoveTagsFromResourceCommand: RemoveTagsFromResourceCommand,
      ResetServiceSettingCommand: ResetServiceSettingCommand,
      ResumeSessionCommand: ResumeSessionCommand,
      SendAutomationSignalCommand: SendAutomationSignalCommand,
      SendCommandCommand: SendCommandCommand,
      StartAccessRequestCommand: StartAccessRequestCommand,
      StartAssociationsOnceCommand: StartAssociationsOnceCommand,
      StartAutomationExecutionCommand: StartAutomationExecutionCommand,
      StartChangeRequestExecutionCommand: StartChangeRequestExecutionCommand,
      StartExecutionPreviewCommand: StartExecutionPreviewCommand,
      StartSessionCommand: StartSessionCommand,
      StopAutomationExecutionCommand: StopAutomationExecutionCommand,
      TerminateSessionCommand: TerminateSessionCommand,
      UnlabelParameterVersionCommand: UnlabelParameterVersionCommand,
      UpdateAssociationCommand: UpdateAssociationCommand,
      UpdateAssociationStatusCommand: UpdateAssociationStatusCommand,
      UpdateCloudConnectorCommand: UpdateCloudConnectorCommand,
      UpdateDocumentCommand: UpdateDocumentCommand,
      UpdateDocumentDefaultVersionCommand: UpdateDocumentDefaultVersionCommand,
      UpdateDocumentMetadataCommand: UpdateDocumentMetadataCommand,
      UpdateMaintenanceWindowCommand: UpdateMaintenanceWindowCommand,
      UpdateMaintenanceWindowTargetCommand: UpdateMaintenanceWindowTargetCommand,
      UpdateMaintenanceWindowTaskCommand: UpdateMaintenanceWindowTaskCommand,
      UpdateManagedInstanceRoleCommand: UpdateManagedInstanceRoleCommand,
      UpdateOpsItemCommand: UpdateOpsItemCommand,
      UpdateOpsMetadataCommand: UpdateOpsMetadataCommand,
      UpdatePatchBaselineCommand: UpdatePatchBaselineCommand,
      UpdateResourceDataSyncCommand: UpdateResourceDataSyncCommand,
      UpdateServiceSettingCommand: UpdateServiceSettingCommand,
      ValidateCloudConnectorCommand: ValidateCloudConnectorCommand
    };
    const paginators = {
      paginateDescribeActivations: paginateDescribeActivations,
      paginateDescribeAssociationExecutions: paginateDescribeAssociationExecutions,
      paginateDescribeAssociationExecutionTargets: paginateDescribeAssociationExecutionTargets,
      paginateDescribeAutomationExecutions: paginateDescribeAutomationExecutions,
      paginateDescribeAutomationStepExecutions: paginateDescribeAutomationStepExecutions,
      paginateDescribeAvailablePatches: paginateDescribeAvailablePatches,
      paginateDescribeEffectiveInstanceAssociations: paginateDescribeEffectiveInstanceAssociations,
      paginateDescribeEffectivePatchesForPatchBaseline: paginateDescribeEffectivePatchesForPatchBaseline,
      paginateDescribeInstanceAssociationsStatus: paginateDescribeInstanceAssociationsStatus,
      paginateDescribeInstanceInformation: paginateDescribeInstanceInformation,
      paginateDescribeInstancePatches: paginateDescribeInstancePatches,
      paginateDescribeInstancePatchStates: paginateDescribeInstancePatchStates,
      paginateDescribeInstancePatchStatesForPatchGroup: paginateDescribeInstancePatchStatesForPatchGroup,
      paginateDescribeInstanceProperties: paginateDescribeInstanceProperties,
      paginateDescribeInventoryDeletions: paginateDescribeInventoryDeletions,
      paginateDescribeMaintenanceWindowExecutions: paginateDescribeMaintenanceWindowExecutions,
      paginateDescribeMaintenanceWindowExecutionTaskInvocations: paginateDescribeMaintenanceWindowExecutionTaskInvocations,
      paginateDescribeMaintenanceWindowExecutionTasks: paginateDescribeMaintenanceWindowExecutionTasks,
      paginateDescribeMaintenanceWindows: paginateDescribeMaintenanceWindows,
      paginateDescribeMaintenanceWindowSchedule: paginateDescribeMaintenanceWindowSchedule,
      paginateDescribeMaintenanceWindowsForTarget: paginateDescribeMaintenanceWindowsForTarget,
      paginateDescribeMaintenanceWindowTargets: paginateDescribeMaintenanceWindowTargets,
      paginateDescribeMaintenanceWindowTasks: paginateDescribeMaintenanceWindowTasks,
      paginateDescribeOpsItems: paginateDescribeOpsItems,
      paginateDescribeParameters: paginateDescribeParameters,
      paginateDescribePatchBaselines: paginateDescribePatchBaselines,
      paginateDescribePatchGroups: paginateDescribePatchGroups,
      paginateDescribePatchProperties: paginateDescribePatchProperties,
      paginateDescribeSessions: paginateDescribeSessions,
      paginateGetInventory: paginateGetInventory,
      paginateGetInventorySchema: paginateGetInventorySchema,
      paginateGetOpsSummary: paginateGetOpsSummary,
      paginateGetParameterHistory: paginateGetParameterHistory,
      paginateGetParametersByPath: paginateGetParametersByPath,
      paginateGetResourcePolicies: paginateGetResourcePolicies,
      paginateListAssociations: paginateListAssociations,
      paginateListAssociationVersions: paginateListAssociationVersions,
      paginateListCloudConnectors: paginateListCloudConnectors,
      paginateListCommandInvocations: paginateListCommandInvocations,
      paginateListCommands: paginateListCommands,
      paginateListComplianceItems: paginateListComplianceItems,
      paginateListComplianceSummaries: paginateListComplianceSummaries,
      paginateListDocuments: paginateListDocuments,
      paginateListDocumentVersions: paginateListDocumentVersions,
      paginateListNodes: paginateListNodes,
      paginateListNodesSummary: paginateListNodesSummary,
      paginateListOpsItemEvents: paginateListOpsItemEvents,
      paginateListOpsItemRelatedItems: paginateListOpsItemRelatedItems,
      paginateListOpsMetadata: paginateListOpsMetadata,
      paginateListResourceComplianceSummaries: paginateListResourceComplianceSummaries,
      paginateListResourceDataSync: paginateListResourceDataSync,
      paginateValidateCloudConnector: paginateValidateCloudConnector
    };
    const waiters = {
      waitUntilCommandExecuted: waitUntilCommandExecuted
    };
    class SSM extends SSMClient {}
    createAggregatedClient(commands, SSM, {
      paginators: paginators,
      waiters: waiters
    });
    exports.AccessDeniedException = AccessDeniedException;
    exports.AccessDeniedException$ = AccessDeniedException$;
    exports.AccessRequestStatus = {
      APPROVED: "Approved",
      EXPIRED: "Expired",
      PENDING: "Pending",
      REJECTED: "Rejected",
      REVOKED: "Revoked"
    };
    exports.AccessType = {
      JUSTINTIME: "JustInTime",
      STANDARD: "Standard"
    };
    exports.AccountSharingInfo$ = AccountSharingInfo$;
    exports.Activation$ = Activation$;
    exports.AddTagsToResource$ = AddTagsToResource$;
    exports.AddTagsToResourceCommand = AddTagsToResourceCommand;
    exports.AddTagsToResourceRequest$ = AddTagsToResourceRequest$;
    exports.AddTagsToResourceResult$ = AddTagsToResourceResult$;
    exports.Alarm$ = Alarm$;
    exports.AlarmConfiguration$ = AlarmConfiguration$;
    exports.AlarmStateInformation$ = AlarmStateInformation$;
    exports.AlreadyExistsException = AlreadyExistsException;
    exports.AlreadyExistsException$ = AlreadyExistsException$;
    exports.AssociateOpsItemRelatedItem$ = AssociateOpsItemRelatedItem$;
    exports.AssociateOpsItemRelatedItemCommand = AssociateOpsItemRelatedItemCommand;
    exports.AssociateOpsItemRelatedItemRequest$ = AssociateOpsItemRelatedItemRequest$;
    exports.AssociateOpsItemRelatedItemResponse$ = AssociateOpsItemRelatedItemResponse$;
    exports.AssociatedInstances = AssociatedInstances;
    exports.AssociatedInstances$ = AssociatedInstances$;
    exports.Association$ = Association$;
    exports.AssociationAlreadyExists = AssociationAlreadyExists;
    exports.AssociationAlreadyExists$ = AssociationAlreadyExists$;
    exports.AssociationComplianceSeverity = {
      Critical: "CRITICAL",
      High: "HIGH",
      Low: "LOW",
      Medium: "MEDIUM",
      Unspecified: "UNSPECIFIED"
    };
    exports.AssociationDescription$ = AssociationDescription$;
    exports.AssociationDoesNotExist = AssociationDoesNotExist;
    exports.AssociationDoesNotExist$ = AssociationDoesNotExist$;
    exports.AssociationExecution$ = AssociationExecution$;
    exports.AssociationExecutionDoesNotExist = AssociationExecutionDoesNotExist;
    exports.AssociationExecutionDoesNotExist$ = AssociationExecutionDoesNotExist$;
    exports.AssociationExecutionFilter$ = AssociationExecutionFilter$;
    exports.AssociationExecutionFilterKey = {
      CreatedTime: "CreatedTime",
      ExecutionId: "ExecutionId",
      Status: "Status"
    };
    exports.AssociationExecutionTarget$ = AssociationExecutionTarget$;
    exports.AssociationExecutionTargetsFilter$ = AssociationExecutionTargetsFilter$;
    exports.AssociationExecutionTargetsFilterKey = {
      ResourceId: "ResourceId",
      ResourceType: "ResourceType",
      Status: "Status"
    };
    exports.AssociationFilter$ = AssociationFilter$;
    exports.AssociationFilterKey = {
      AssociationId: "AssociationId",
      AssociationName: "AssociationName",
      CloudConnectorId: "CloudConnectorId",
      InstanceId: "InstanceId",
      LastExecutedAfter: "LastExecutedAfter",
      LastExecutedBefore: "LastExecutedBefore",
      Name: "Name",
      ResourceGroupName: "ResourceGroupName",
      Status: "AssociationStatusName"
    };
    exports.AssociationFilterOperatorType = {
      Equal: "EQUAL",
      GreaterThan: "GREATER_THAN",
      LessThan: "LESS_THAN"
    };
    exports.AssociationLimitExceeded = AssociationLimitExceeded;
    exports.AssociationLimitExceeded$ = AssociationLimitExceeded$;
    exports.AssociationOverview$ = AssociationOverview$;
    exports.AssociationStatus$ = AssociationStatus$;
    exports.AssociationStatusName = {
      Failed: "Failed",
      Pending: "Pending",
      Success: "Success"
    };
    exports.AssociationSyncCompliance = {
      Auto: "AUTO",
      Manual: "MANUAL"
    };
    exports.AssociationVersionInfo$ = AssociationVersionInfo$;
    exports.AssociationVersionLimitExceeded = AssociationVersionLimitExceeded;
    exports.AssociationVersionLimitExceeded$ = AssociationVersionLimitExceeded$;
    exports.AttachmentContent$ = AttachmentContent$;
    exports.AttachmentHashType = {
      SHA256: "Sha256"
    };
    exports.AttachmentInformation$ = AttachmentInformation$;
    exports.AttachmentsSource$ = AttachmentsSource$;
    exports.AttachmentsSourceKey = {
      AttachmentReference: "AttachmentReference",
      S3FileUrl: "S3FileUrl",
      SourceUrl: "SourceUrl"
    };
    exports.AutomationDefinitionNotApprovedException = AutomationDefinitionNotApprovedException;
    exports.AutomationDefinitionNotApprovedException$ = AutomationDefinitionNotApprovedException$;
    exports.AutomationDefinitionNotFoundException = AutomationDefinitionNotFoundException;
    exports.AutomationDefinitionNotFoundException$ = AutomationDefinitionNotFoundException$;
    exports.AutomationDefinitionVersionNotFoundException = AutomationDefinitionVersionNotFoundException;
    exports.AutomationDefinitionVersionNotFoundException$ = AutomationDefinitionVersionNotFoundException$;
    exports.AutomationExecution$ = AutomationExecution$;
    exports.AutomationExecutionFilter$ = AutomationExecutionFilter$;
    exports.AutomationExecutionFilterKey = {
      AUTOMATION_SUBTYPE: "AutomationSubtype",
      AUTOMATION_TYPE: "AutomationType",
      CURRENT_ACTION: "CurrentAction",
      DOCUMENT_NAME_PREFIX: "DocumentNamePrefix",
      EXECUTION_ID: "ExecutionId",
      EXECUTION_STATUS: "ExecutionStatus",
      OPS_ITEM_ID: "OpsItemId",
      PARENT_EXECUTION_ID: "ParentExecutionId",
      START_TIME_AFTER: "StartTimeAfter",
      START_TIME_BEFORE: "StartTimeBefore",
      TAG_KEY: "TagKey",
      TARGET_RESOURCE_GROUP: "TargetResourceGroup"
    };
    exports.AutomationExecutionInputs$ = AutomationExecutionInputs$;
    exports.AutomationExecutionLimitExceededException = AutomationExecutionLimitExceededException;
    exports.AutomationExecutionLimitExceededException$ = AutomationExecutionLimitExceededException$;
    exports.AutomationExecutionMetadata$ = AutomationExecutionMetadata$;
    exports.AutomationExecutionNotFoundException = AutomationExecutionNotFoundException;
    exports.AutomationExecutionNotFoundException$ = AutomationExecutionNotFoundException$;
    exports.AutomationExecutionPreview$ = AutomationExecutionPreview$;
    exports.AutomationExecutionStatus = {
      APPROVED: "Approved",
      CANCELLED: "Cancelled",
      CANCELLING: "Cancelling",
      CHANGE_CALENDAR_OVERRIDE_APPROVED: "ChangeCalendarOverrideApproved",
      CHANGE_CALENDAR_OVERRIDE_REJECTED: "ChangeCalendarOverrideRejected",
      COMPLETED_WITH_FAILURE: "CompletedWithFailure",
      COMPLETED_WITH_SUCCESS: "CompletedWithSuccess",
      EXITED: "Exited",
      FAILED: "Failed",
      INPROGRESS: "InProgress",
      PENDING: "Pending",
      PENDING_APPROVAL: "PendingApproval",
      PENDING_CHANGE_CALENDAR_OVERRIDE: "PendingChangeCalendarOverride",
      REJECTED: "Rejected",
      RUNBOOK_INPROGRESS: "RunbookInProgress",
      SCHEDULED: "Scheduled",
      SUCCESS: "Success",
      TIMEDOUT: "TimedOut",
      WAITING: "Waiting"
    };
    exports.AutomationStepNotFoundException = AutomationStepNotFoundException;
    exports.AutomationStepNotFoundException$ = AutomationStepNotFoundException$;
    exports.AutomationSubtype = {
      AccessRequest: "AccessRequest",
      ChangeRequest: "ChangeRequest"
    };
    exports.AutomationType = {
      CrossAccount: "CrossAccount",
      Local: "Local"
    };
    exports.AzureConfiguration$ = AzureConfiguration$;
    exports.AzureSubscription$ = AzureSubscription$;
    exports.BaselineOverride$ = BaselineOverride$;
    exports.CalendarState = {
      CLOSED: "CLOSED",
      OPEN: "OPEN"
    };
    exports.CancelCommand$ = CancelCommand$;
    exports.CancelCommandCommand = CancelCommandCommand;
    exports.CancelCommandRequest$ = CancelCommandRequest$;
    exports.CancelCommandResult$ = CancelCommandResult$;
    exports.CancelMaintenanceWindowExecution$ = CancelMaintenanceWindowExecution$;
    exports.CancelMaintenanceWindowExecutionCommand = CancelMaintenanceWindowExecutionCommand;
    exports.CancelMaintenanceWindowExecutionRequest$ = CancelMaintenanceWindowExecutionRequest$;
    exports.CancelMaintenanceWindowExecutionResult$ = CancelMaintenanceWindowExecutionResult$;
    exports.CloudConnectorConfiguration$ = CloudConnectorConfiguration$;
    exports.CloudConnectorFilter$ = CloudConnectorFilter$;
    exports.CloudConnectorFilterKey = {
      OrganizationId: "OrganizationId",
      ProjectId: "ProjectId",
      SubscriptionId: "SubscriptionId",
      TenantId: "TenantId"
    };
    exports.CloudConnectorSummary$ = CloudConnectorSummary$;
    exports.CloudWatchOutputConfig$ = CloudWatchOutputConfig$;
    exports.Command$ = Command$;
    exports.CommandFilter$ = CommandFilter$;
    exports.CommandFilterKey = {
      DOCUMENT_NAME: "DocumentName",
      EXECUTION_STAGE: "ExecutionStage",
      INVOKED_AFTER: "InvokedAfter",
      INVOKED_BEFORE: "InvokedBefore",
      STATUS: "Status"
    };
    exports.CommandInvocation$ = CommandInvocation$;
    exports.CommandInvocationStatus = {
      CANCELLED: "Cancelled",
      CANCELLING: "Cancelling",
      DELAYED: "Delayed",
      FAILED: "Failed",
      IN_PROGRESS: "InProgress",
      PENDING: "Pending",
      SUCCESS: "Success",
      TIMED_OUT: "TimedOut"
    };
    exports.CommandPlugin$ = CommandPlugin$;
    exports.CommandPluginStatus = {
      CANCELLED: "Cancelled",
      FAILED: "Failed",
      IN_PROGRESS: "InProgress",
      PENDING: "Pending",
      SUCCESS: "Success",
      TIMED_OUT: "TimedOut"
    };
    exports.CommandStatus = {
      CANCELLED: "Cancelled",
      CANCELLING: "Cancelling",
      FAILED: "Failed",
      IN_PROGRESS: "InProgress",
      PENDING: "Pending",
      SUCCESS: "Success",
      TIMED_OUT: "TimedOut"
    };
    exports.ComplianceExecutionSummary$ = ComplianceExecutionSummary$;
    exports.ComplianceItem$ = ComplianceItem$;
    exports.ComplianceItemEntry$ = ComplianceItemEntry$;
    exports.ComplianceQueryOperatorType = {
      BeginWith: "BEGIN_WITH",
      Equal: "EQUAL",
      GreaterThan: "GREATER_THAN",
      LessThan: "LESS_THAN",
      NotEqual: "NOT_EQUAL"
    };
    exports.ComplianceSeverity = {
      Critical: "CRITICAL",
      High: "HIGH",
      Informational: "INFORMATIONAL",
      Low: "LOW",
      Medium: "MEDIUM",
      Unspecified: "UNSPECIFIED"
    };
    exports.ComplianceStatus = {
      Compliant: "COMPLIANT",
      NonCompliant: "NON_COMPLIANT"
    };
    exports.ComplianceStringFilter$ = ComplianceStringFilter$;
    exports.ComplianceSummaryItem$ = ComplianceSummaryItem$;
    exports.ComplianceTypeCountLimitExceededException = ComplianceTypeCountLimitExceededException;
    exports.ComplianceTypeCountLimitExceededException$ = ComplianceTypeCountLimitExceededException$;
    exports.ComplianceUploadType = {
      Complete: "COMPLETE",
      Partial: "PARTIAL"
    };
    exports.CompliantSummary$ = CompliantSummary$;
    exports.ConfigurationTargets$ = ConfigurationTargets$;
    exports.ConflictException = ConflictException;
    exports.ConflictException$ = ConflictException$;
    exports.ConnectionStatus = {
      CONNECTED: "connected",
      NOT_CONNECTED: "notconnected"
    };
    exports.CreateActivation$ = CreateActivation$;
    exports.CreateActivationCommand = CreateActivationCommand;
    exports.CreateActivationRequest$ = CreateActivationRequest$;
    exports.CreateActivationResult$ = CreateActivationResult$;
    exports.CreateAssociation$ = CreateAssociation$;
    exports.CreateAssociationBatch$ = CreateAssociationBatch$;
    exports.CreateAssociationBatchCommand = CreateAssociationBatchCommand;
    exports.CreateAssociationBatchRequest$ = CreateAssociationBatchRequest$;
    exports.CreateAssociationBatchRequestEntry$ = CreateAssociationBatchRequestEntry$;
    exports.CreateAssociationBatchResult$ = CreateAssociationBatchResult$;
    exports.CreateAssociationCommand = CreateAssociationCommand;
    exports.CreateAssociationRequest$ = CreateAssociationRequest$;
    exports.CreateAssociationResult$ = CreateAssociationResult$;
    exports.CreateCloudConnector$ = CreateCloudConnector$;
    exports.CreateCloudConnectorCommand = CreateCloudConnectorCommand;
    exports.CreateCloudConnectorRequest$ = CreateCloudConnectorRequest$;
    exports.CreateCloudConnectorResult$ = CreateCloudConnectorResult$;
    exports.CreateDocument$ = CreateDocument$;
    exports.CreateDocumentCommand = CreateDocumentCommand;
    exports.CreateDocumentRequest$ = CreateDocumentRequest$;
    exports.CreateDocumentResult$ = CreateDocumentResult$;
    exports.CreateMaintenanceWindow$ = CreateMaintenanceWindow$;
    exports.CreateMaintenanceWindowCommand = CreateMaintenanceWindowCommand;
    exports.CreateMaintenanceWindowRequest$ = CreateMaintenanceWindowRequest$;
    exports.CreateMaintenanceWindowResult$ = CreateMaintenanceWindowResult$;
    exports.CreateOpsItem$ = CreateOpsItem$;
    exports.CreateOpsItemCommand = CreateOpsItemCommand;
    exports.CreateOpsItemRequest$ = CreateOpsItemRequest$;
    exports.CreateOpsItemResponse$ = CreateOpsItemResponse$;
    exports.CreateOpsMetadata$ = CreateOpsMetadata$;
    exports.CreateOpsMetadataCommand = CreateOpsMetadataCommand;
    exports.CreateOpsMetadataRequest$ = CreateOpsMetadataRequest$;
    exports.CreateOpsMetadataResult$ = CreateOpsMetadataResult$;
    exports.CreatePatchBaseline$ = CreatePatchBaseline$;
    exports.CreatePatchBaselineCommand = CreatePatchBaselineCommand;
    exports.CreatePatchBaselineRequest$ = CreatePatchBaselineRequest$;
    exports.CreatePatchBaselineResult$ = CreatePatchBaselineResult$;
    exports.CreateResourceDataSync$ = CreateResourceDataSync$;
    exports.CreateResourceDataSyncCommand = CreateResourceDataSyncCommand;
    exports.CreateResourceDataSyncRequest$ = CreateResourceDataSyncRequest$;
    exports.CreateResourceDataSyncResult$ = CreateResourceDataSyncResult$;
    exports.Credentials$ = Credentials$;
    exports.CustomSchemaCountLimitExceededException = CustomSchemaCountLimitExceededException;
    exports.CustomSchemaCountLimitExceededException$ = CustomSchemaCountLimitExceededException$;
    exports.DHMCPermissionModel = {
      SELF_MANAGED: "SELF_MANAGED",
      SERVICE_MANAGED: "SERVICE_MANAGED"
    };
    exports.DeleteActivation$ = DeleteActivation$;
    exports.DeleteActivationCommand = DeleteActivationCommand;
    exports.DeleteActivationRequest$ = DeleteActivationRequest$;
    exports.DeleteActivationResult$ = DeleteActivationResult$;
    exports.DeleteAssociation$ = DeleteAssociation$;
    exports.DeleteAssociationCommand = DeleteAssociationCommand;
    exports.DeleteAssociationRequest$ = DeleteAssociationRequest$;
    exports.DeleteAssociationResult$ = DeleteAssociationResult$;
    exports.DeleteCloudConnector$ = DeleteCloudConnector$;
    exports.DeleteCloudConnectorCommand = DeleteCloudConnectorCommand;
    exports.DeleteCloudConnectorRequest$ = DeleteCloudConnectorRequest$;
    exports.DeleteCloudConnectorResult$ = DeleteCloudConnectorResult$;
    exports.DeleteDocument$ = DeleteDocument$;
    exports.DeleteDocumentCommand = DeleteDocumentCommand;
    exports.DeleteDocumentRequest$ = DeleteDocumentRequest$;
    exports.DeleteDocumentResult$ = DeleteDocumentResult$;
    exports.DeleteInventory$ = DeleteInventory$;
    exports.DeleteInventoryCommand = DeleteInventoryCommand;
    exports.DeleteInventoryRequest$ = DeleteInventoryRequest$;
    exports.DeleteInventoryResult$ = DeleteInventoryResult$;
    exports.DeleteMaintenanceWindow$ = DeleteMaintenanceWindow$;
    exports.DeleteMaintenanceWindowCommand = DeleteMaintenanceWindowCommand;
    exports.DeleteMaintenanceWindowRequest$ = DeleteMaintenanceWindowRequest$;
    exports.DeleteMaintenanceWindowResult$ = DeleteMaintenanceWindowResult$;
    exports.DeleteOpsItem$ = DeleteOpsItem$;
    exports.DeleteOpsItemCommand = DeleteOpsItemCommand;
    exports.DeleteOpsItemRequest$ = DeleteOpsItemRequest$;
    exports.DeleteOpsItemResponse$ = DeleteOpsItemResponse$;
    exports.DeleteOpsMetadata$ = DeleteOpsMetadata$;
    exports.DeleteOpsMetadataCommand = DeleteOpsMetadataCommand;
    exports.DeleteOpsMetadataRequest$ = DeleteOpsMetadataRequest$;
    exports.DeleteOpsMetadataResult$ = DeleteOpsMetadataResult$;
    exports.DeleteParameter$ = DeleteParameter$;
    exports.DeleteParameterCommand = DeleteParameterCommand;
    exports.DeleteParameterRequest$ = DeleteParameterRequest$;
    exports.DeleteParameterResult$ = DeleteParameterResult$;
    exports.DeleteParameters$ = DeleteParameters$;
    exports.DeleteParametersCommand = DeleteParametersCommand;
    exports.DeleteParametersRequest$ = DeleteParametersRequest$;
    exports.DeleteParametersResult$ = DeleteParametersResult$;
    exports.DeletePatchBaseline$ = DeletePatchBaseline$;
    exports.DeletePatchBaselineCommand = DeletePatchBaselineCommand;
    exports.DeletePatchBaselineRequest$ = DeletePatchBaselineRequest$;
    exports.DeletePatchBaselineResult$ = DeletePatchBaselineResult$;
    exports.DeleteResourceDataSync$ = DeleteResourceDataSync$;
    exports.DeleteResourceDataSyncCommand = DeleteResourceDataSyncCommand;
    exports.DeleteResourceDataSyncRequest$ = DeleteResourceDataSyncRequest$;
    exports.DeleteResourceDataSyncResult$ = DeleteResourceDataSyncResult$;
    exports.DeleteResourcePolicy$ = DeleteResourcePolicy$;
    exports.DeleteResourcePolicyCommand = DeleteResourcePolicyCommand;
    exports.DeleteResourcePolicyRequest$ = DeleteResourcePolicyRequest$;
    exports.DeleteResourcePolicyResponse$ = DeleteResourcePolicyResponse$;
    exports.DeletionMode = {
      RemoveSharing: "RemoveSharing",
      RollbackMigration: "RollbackMigration"
    };
    exports.DeregisterDefaultHostManagementConfiguration$ = DeregisterDefaultHostManagementConfiguration$;
    exports.DeregisterDefaultHostManagementConfigurationCommand = DeregisterDefaultHostManagementConfigurationCommand;
    exports.DeregisterDefaultHostManagementConfigurationRequest$ = DeregisterDefaultHostManagementConfigurationRequest$;
    exports.DeregisterDefaultHostManagementConfigurationResult$ = DeregisterDefaultHostManagementConfigurationResult$;
    exports.DeregisterManagedInstance$ = DeregisterManagedInstance$;
    exports.DeregisterManagedInstanceCommand = DeregisterManagedInstanceCommand;
    exports.DeregisterManagedInstanceRequest$ = DeregisterManagedInstanceRequest$;
    exports.DeregisterManagedInstanceResult$ = DeregisterManagedInstanceResult$;
    exports.DeregisterPatchBaselineForPatchGroup$ = DeregisterPatchBaselineForPatchGroup$;
    exports.DeregisterPatchBaselineForPatchGroupCommand = DeregisterPatchBaselineForPatchGroupCommand;
    exports.DeregisterPatchBaselineForPatchGroupRequest$ = DeregisterPatchBaselineForPatchGroupRequest$;
    exports.DeregisterPatchBaselineForPatchGroupResult$ = DeregisterPatchBaselineForPatchGroupResult$;
    exports.DeregisterTargetFromMaintenanceWindow$ = DeregisterTargetFromMaintenanceWindow$;
    exports.DeregisterTargetFromMaintenanceWindowCommand = DeregisterTargetFromMaintenanceWindowCommand;
    exports.DeregisterTargetFromMaintenanceWindowRequest$ = DeregisterTargetFromMaintenanceWindowRequest$;
    exports.DeregisterTargetFromMaintenanceWindowResult$ = DeregisterTargetFromMaintenanceWindowResult$;
    exports.DeregisterTaskFromMaintenanceWindow$ = DeregisterTaskFromMaintenanceWindow$;
    exports.DeregisterTaskFromMaintenanceWindowCommand = DeregisterTaskFromMaintenanceWindowCommand;
    exports.DeregisterTaskFromMaintenanceWindowRequest$ = DeregisterTaskFromMaintenanceWindowRequest$;
    exports.DeregisterTaskFromMaintenanceWindowResult$ = DeregisterTaskFromMaintenanceWindowResult$;
    exports.DescribeActivations$ = DescribeActivations$;
    exports.DescribeActivationsCommand = DescribeActivationsCommand;
    exports.DescribeActivationsFilter$ = DescribeActivationsFilter$;
    exports.DescribeActivationsFilterKeys = {
      ACTIVATION_IDS: "ActivationIds",
      DEFAULT_INSTANCE_NAME: "DefaultInstanceName",
      IAM_ROLE: "IamRole"
    };
    exports.DescribeActivationsRequest$ = DescribeActivationsRequest$;
    exports.DescribeActivationsResult$ = DescribeActivationsResult$;
    exports.DescribeAssociation$ = DescribeAssociation$;
    exports.DescribeAssociationCommand = DescribeAssociationCommand;
    exports.DescribeAssociationExecutionTargets$ = DescribeAssociationExecutionTargets$;
    exports.DescribeAssociationExecutionTargetsCommand = DescribeAssociationExecutionTargetsCommand;
    exports.DescribeAssociationExecutionTargetsRequest$ = DescribeAssociationExecutionTargetsRequest$;
    exports.DescribeAssociationExecutionTargetsResult$ = DescribeAssociationExecutionTargetsResult$;
    exports.DescribeAssociationExecutions$ = DescribeAssociationExecutions$;
    exports.DescribeAssociationExecutionsCommand = DescribeAssociationExecutionsCommand;
    exports.DescribeAssociationExecutionsRequest$ = DescribeAssociationExecutionsRequest$;
    exports.DescribeAssociationExecutionsResult$ = DescribeAssociationExecutionsResult$;
    exports.DescribeAssociationRequest$ = DescribeAssociationRequest$;
    exports.DescribeAssociationResult$ = DescribeAssociationResult$;
    exports.DescribeAutomationExecutions$ = DescribeAutomationExecutions$;
    exports.DescribeAutomationExecutionsCommand = DescribeAutomationExecutionsCommand;
    exports.DescribeAutomationExecutionsRequest$ = DescribeAutomationExecutionsRequest$;
    exports.DescribeAutomationExecutionsResult$ = DescribeAutomationExecutionsResult$;
    exports.DescribeAutomationStepExecutions$ = DescribeAutomationStepExecutions$;
    exports.DescribeAutomationStepExecutionsCommand = DescribeAutomationStepExecutionsCommand;
    exports.DescribeAutomationStepExecutionsRequest$ = DescribeAutomationStepExecutionsRequest$;
    exports.DescribeAutomationStepExecutionsResult$ = DescribeAutomationStepExecutionsResult$;
    exports.DescribeAvailablePatches$ = DescribeAvailablePatches$;
    exports.DescribeAvailablePatchesCommand = DescribeAvailablePatchesCommand;
    exports.DescribeAvailablePatchesRequest$ = DescribeAvailablePatchesRequest$;
    exports.DescribeAvailablePatchesResult$ = DescribeAvailablePatchesResult$;
    exports.DescribeDocument$ = DescribeDocument$;
    exports.DescribeDocumentCommand = DescribeDocumentCommand;
    exports.DescribeDocumentPermission$ = DescribeDocumentPermission$;
    exports.DescribeDocumentPermissionCommand = DescribeDocumentPermissionCommand;
    exports.DescribeDocumentPermissionRequest$ = DescribeDocumentPermissionRequest$;
    exports.DescribeDocumentPermissionResponse$ = DescribeDocumentPermissionResponse$;
    exports.DescribeDocumentRequest$ = DescribeDocumentRequest$;
    exports.DescribeDocumentResult$ = DescribeDocumentResult$;
    exports.DescribeEffectiveInstanceAssociations$ = DescribeEffectiveInstanceAssociations$;
    exports.DescribeEffectiveInstanceAssociationsCommand = DescribeEffectiveInstanceAssociationsCommand;
    exports.DescribeEffectiveInstanceAssociationsRequest$ = DescribeEffectiveInstanceAssociationsRequest$;
    exports.DescribeEffectiveInstanceAssociationsResult$ = DescribeEffectiveInstanceAssociationsResult$;
    exports.DescribeEffectivePatchesForPatchBaseline$ = DescribeEffectivePatchesForPatchBaseline$;
    exports.DescribeEffectivePatchesForPatchBaselineCommand = DescribeEffectivePatchesForPatchBaselineCommand;
    exports.DescribeEffectivePatchesForPatchBaselineRequest$ = DescribeEffectivePatchesForPatchBaselineRequest$;
    exports.DescribeEffectivePatchesForPatchBaselineResult$ = DescribeEffectivePatchesForPatchBaselineResult$;
    exports.DescribeInstanceAssociationsStatus$ = DescribeInstanceAssociationsStatus$;
    exports.DescribeInstanceAssociationsStatusCommand = DescribeInstanceAssociationsStatusCommand;
    exports.DescribeInstanceAssociationsStatusRequest$ = DescribeInstanceAssociationsStatusRequest$;
    exports.DescribeInstanceAssociationsStatusResult$ = DescribeInstanceAssociationsStatusResult$;
    exports.DescribeInstanceInformation$ = DescribeInstanceInformation$;
    exports.DescribeInstanceInformationCommand = DescribeInstanceInformationCommand;
    exports.DescribeInstanceInformationRequest$ = DescribeInstanceInformationRequest$;
    exports.DescribeInstanceInformationResult$ = DescribeInstanceInformationResult$;
    exports.DescribeInstancePatchStates$ = DescribeInstancePatchStates$;
    exports.DescribeInstancePatchStatesCommand = DescribeInstancePatchStatesCommand;
    exports.DescribeInstancePatchStatesForPatchGroup$ = DescribeInstancePatchStatesForPatchGroup$;
    exports.DescribeInstancePatchStatesForPatchGroupCommand = DescribeInstancePatchStatesForPatchGroupCommand;
    exports.DescribeInstancePatchStatesForPatchGroupRequest$ = DescribeInstancePatchStatesForPatchGroupRequest$;
    exports.DescribeInstancePatchStatesForPatchGroupResult$ = DescribeInstancePatchStatesForPatchGroupResult$;
    exports.DescribeInstancePatchStatesRequest$ = DescribeInstancePatchStatesRequest$;
    exports.DescribeInstancePatchStatesResult$ = DescribeInstancePatchStatesResult$;
    exports.DescribeInstancePatches$ = DescribeInstancePatches$;
    exports.DescribeInstancePatchesCommand = DescribeInstancePatchesCommand;
    exports.DescribeInstancePatchesRequest$ = DescribeInstancePatchesRequest$;
    exports.DescribeInstancePatchesResult$ = DescribeInstancePatchesResult$;
    exports.DescribeInstanceProperties$ = DescribeInstanceProperties$;
    exports.DescribeInstancePropertiesCommand = DescribeInstancePropertiesCommand;
    exports.DescribeInstancePropertiesRequest$ = DescribeInstancePropertiesRequest$;
    exports.DescribeInstancePropertiesResult$ = DescribeInstancePropertiesResult$;
    exports.DescribeInventoryDeletions$ = DescribeInventoryDeletions$;
    exports.DescribeInventoryDeletionsCommand = DescribeInventoryDeletionsCommand;
    exports.DescribeInventoryDeletionsRequest$ = DescribeInventoryDeletionsRequest$;
    exports.DescribeInventoryDeletionsResult$ = DescribeInventoryDeletionsResult$;
    exports.DescribeMaintenanceWindowExecutionTaskInvocations$ = DescribeMaintenanceWindowExecutionTaskInvocations$;
    exports.DescribeMaintenanceWindowExecutionTaskInvocationsCommand = DescribeMaintenanceWindowExecutionTaskInvocationsCommand;
    exports.DescribeMaintenanceWindowExecutionTaskInvocationsRequest$ = DescribeMaintenanceWindowExecutionTaskInvocationsRequest$;
    exports.DescribeMaintenanceWindowExecutionTaskInvocationsResult$ = DescribeMaintenanceWindowExecutionTaskInvocationsResult$;
    exports.DescribeMaintenanceWindowExecutionTasks$ = DescribeMaintenanceWindowExecutionTasks$;
    exports.DescribeMaintenanceWindowExecutionTasksCommand = DescribeMaintenanceWindowExecutionTasksCommand;
    exports.DescribeMaintenanceWindowExecutionTasksRequest$ = DescribeMaintenanceWindowExecutionTasksRequest$;
    exports.DescribeMaintenanceWindowExecutionTasksResult$ = DescribeMaintenanceWindowExecutionTasksResult$;
    exports.DescribeMaintenanceWindowExecutions$ = DescribeMaintenanceWindowExecutions$;
    exports.DescribeMaintenanceWindowExecutionsCommand = DescribeMaintenanceWindowExecutionsCommand;
    exports.DescribeMaintenanceWindowExecutionsRequest$ = DescribeMaintenanceWindowExecutionsRequest$;
    exports.DescribeMaintenanceWindowExecutionsResult$ = DescribeMaintenanceWindowExecutionsResult$;
    exports.DescribeMaintenanceWindowSchedule$ = DescribeMaintenanceWindowSchedule$;
    exports.DescribeMaintenanceWindowScheduleCommand = DescribeMaintenanceWindowScheduleCommand;
    exports.DescribeMaintenanceWindowScheduleRequest$ = DescribeMaintenanceWindowScheduleRequest$;
    exports.DescribeMaintenanceWindowScheduleResult$ = DescribeMaintenanceWindowScheduleResult$;
    exports.DescribeMaintenanceWindowTargets$ = DescribeMaintenanceWindowTargets$;
    exports.DescribeMaintenanceWindowTargetsCommand = DescribeMaintenanceWindowTargetsCommand;
    exports.DescribeMaintenanceWindowTargetsRequest$ = DescribeMaintenanceWindowTargetsRequest$;
    exports.DescribeMaintenanceWindowTargetsResult$ = DescribeMaintenanceWindowTargetsResult$;
    exports.DescribeMaintenanceWindowTasks$ = DescribeMaintenanceWindowTasks$;
    exports.DescribeMaintenanceWindowTasksCommand = DescribeMaintenanceWindowTasksCommand;
    exports.DescribeMaintenanceWindowTasksRequest$ = DescribeMaintenanceWindowTasksRequest$;
    exports.DescribeMaintenanceWindowTasksResult$ = DescribeMaintenanceWindowTasksResult$;
    exports.DescribeMaintenanceWindows$ = DescribeMaintenanceWindows$;
    exports.DescribeMaintenanceWindowsCommand = DescribeMaintenanceWindowsCommand;
    exports.DescribeMaintenanceWindowsForTarget$ = DescribeMaintenanceWindowsForTarget$;
    exports.DescribeMaintenanceWindowsForTargetCommand = DescribeMaintenanceWindowsForTargetCommand;
    exports.DescribeMaintenanceWindowsForTargetRequest$ = DescribeMaintenanceWindowsForTargetRequest$;
    exports.DescribeMaintenanceWindowsForTargetResult$ = DescribeMaintenanceWindowsForTargetResult$;
    exports.DescribeMaintenanceWindowsRequest$ = DescribeMaintenanceWindowsRequest$;
    exports.DescribeMaintenanceWindowsResult$ = DescribeMaintenanceWindowsResult$;
    exports.DescribeOpsItems$ = DescribeOpsItems$;
    exports.DescribeOpsItemsCommand = DescribeOpsItemsCommand;
    exports.DescribeOpsItemsRequest$ = DescribeOpsItemsRequest$;
    exports.DescribeOpsItemsResponse$ = DescribeOpsItemsResponse$;
    exports.DescribeParameters$ = DescribeParameters$;
    exports.DescribeParametersCommand = DescribeParametersCommand;
    exports.DescribeParametersRequest$ = DescribeParametersRequest$;
    exports.DescribeParametersResult$ = DescribeParametersResult$;
    exports.DescribePatchBaselines$ = DescribePatchBaselines$;
    exports.DescribePatchBaselinesCommand = DescribePatchBaselinesCommand;
    exports.DescribePatchBaselinesRequest$ = DescribePatchBaselinesRequest$;
    exports.DescribePatchBaselinesResult$ = DescribePatchBaselinesResult$;
    exports.DescribePatchGroupState$ = DescribePatchGroupState$;
    exports.DescribePatchGroupStateCommand = DescribePatchGroupStateCommand;
    exports.DescribePatchGroupStateRequest$ = DescribePatchGroupStateRequest$;
    exports.DescribePatchGroupStateResult$ = DescribePatchGroupStateResult$;
    exports.DescribePatchGroups$ = DescribePatchGroups$;
    exports.DescribePatchGroupsCommand = DescribePatchGroupsCommand;
    exports.DescribePatchGroupsRequest$ = DescribePatchGroupsRequest$;
    exports.DescribePatchGroupsResult$ = DescribePatchGroupsResult$;
    exports.DescribePatchProperties$ = DescribePatchProperties$;
    exports.DescribePatchPropertiesCommand = DescribePatchPropertiesCommand;
    exports.DescribePatchPropertiesRequest$ = DescribePatchPropertiesRequest$;
    exports.DescribePatchPropertiesResult$ = DescribePatchPropertiesResult$;
    exports.DescribeSessions$ = DescribeSessions$;
    exports.DescribeSessionsCommand = DescribeSessionsCommand;
    exports.DescribeSessionsRequest$ = DescribeSessionsRequest$;
    exports.DescribeSessionsResponse$ = DescribeSessionsResponse$;
    exports.DisassociateOpsItemRelatedItem$ = DisassociateOpsItemRelatedItem$;
    exports.DisassociateOpsItemRelatedItemCommand = DisassociateOpsItemRelatedItemCommand;
    exports.DisassociateOpsItemRelatedItemRequest$ = DisassociateOpsItemRelatedItemRequest$;
    exports.DisassociateOpsItemRelatedItemResponse$ = DisassociateOpsItemRelatedItemResponse$;
    exports.DocumentAlreadyExists = DocumentAlreadyExists;
    exports.DocumentAlreadyExists$ = DocumentAlreadyExists$;
    exports.DocumentDefaultVersionDescription$ = DocumentDefaultVersionDescription$;
    exports.DocumentDescription$ = DocumentDescription$;
    exports.DocumentFilter$ = DocumentFilter$;
    exports.DocumentFilterKey = {
      DocumentType: "DocumentType",
      Name: "Name",
      Owner: "Owner",
      PlatformTypes: "PlatformTypes"
    };
    exports.DocumentFormat = {
      JSON: "JSON",
      TEXT: "TEXT",
      YAML: "YAML"
    };
    exports.DocumentHashType = {
      SHA1: "Sha1",
      SHA256: "Sha256"
    };
    exports.DocumentIdentifier$ = DocumentIdentifier$;
    exports.DocumentKeyValuesFilter$ = DocumentKeyValuesFilter$;
    exports.DocumentLimitExceeded = DocumentLimitExceeded;
    exports.DocumentLimitExceeded$ = DocumentLimitExceeded$;
    exports.DocumentMetadataEnum = {
      DocumentReviews: "DocumentReviews"
    };
    exports.DocumentMetadataResponseInfo$ = DocumentMetadataResponseInfo$;
    exports.DocumentParameter$ = DocumentParameter$;
    exports.DocumentParameterType = {
      String: "String",
      StringList: "StringList"
    };
    exports.DocumentPermissionLimit = DocumentPermissionLimit;
    exports.DocumentPermissionLimit$ = DocumentPermissionLimit$;
    exports.DocumentPermissionType = {
      SHARE: "Share"
    };
    exports.DocumentRequires$ = DocumentRequires$;
    exports.DocumentReviewAction = {
      Approve: "Approve",
      Reject: "Reject",
      SendForReview: "SendForReview",
      UpdateReview: "UpdateReview"
    };
    exports.DocumentReviewCommentSource$ = DocumentReviewCommentSource$;
    exports.DocumentReviewCommentType = {
      Comment: "Comment"
    };
    exports.DocumentReviewerResponseSource$ = DocumentReviewerResponseSource$;
    exports.DocumentReviews$ = DocumentReviews$;
    exports.DocumentStatus = {
      Active: "Active",
      Creating: "Creating",
      Deleting: "Deleting",
      Failed: "Failed",
      Updating: "Updating"
    };
    exports.DocumentType = {
      ApplicationConfiguration: "ApplicationConfiguration",
      ApplicationConfigurationSchema: "ApplicationConfigurationSchema",
      AutoApprovalPolicy: "AutoApprovalPolicy",
      Automation: "Automation",
      ChangeCalendar: "ChangeCalendar",
      ChangeTemplate: "Automation.ChangeTemplate",
      CloudFormation: "CloudFormation",
      Command: "Command",
      ConformancePackTemplate: "ConformancePackTemplate",
      DeploymentStrategy: "DeploymentStrategy",
      ManualApprovalPolicy: "ManualApprovalPolicy",
      Package: "Package",
      Policy: "Policy",
      ProblemAnalysis: "ProblemAnalysis",
      ProblemAnalysisTemplate: "ProblemAnalysisTemplate",
      QuickSetup: "QuickSetup",
      Session: "Session"
    };
    exports.DocumentVersionInfo$ = DocumentVersionInfo$;
    exports.DocumentVersionLimitExceeded = DocumentVersionLimitExceeded;
    exports.DocumentVersionLimitExceeded$ = DocumentVersionLimitExceeded$;
    exports.DoesNotExistException = DoesNotExistException;
    exports.DoesNotExistException$ = DoesNotExistException$;
    exports.DuplicateDocumentContent = DuplicateDocumentContent;
    exports.DuplicateDocumentContent$ = DuplicateDocumentContent$;
    exports.DuplicateDocumentVersionName = DuplicateDocumentVersionName;
    exports.DuplicateDocumentVersionName$ = DuplicateDocumentVersionName$;
    exports.DuplicateInstanceId = DuplicateInstanceId;
    exports.DuplicateInstanceId$ = DuplicateInstanceId$;
    exports.EffectivePatch$ = EffectivePatch$;
    exports.ExecutionInputs$ = ExecutionInputs$;
    exports.ExecutionMode = {
      Auto: "Auto",
      Interactive: "Interactive"
    };
    exports.ExecutionPreview$ = ExecutionPreview$;
    exports.ExecutionPreviewStatus = {
      FAILED: "Failed",
      IN_PROGRESS: "InProgress",
      PENDING: "Pending",
      SUCCESS: "Success"
    };
    exports.ExternalAlarmState = {
      ALARM: "ALARM",
      UNKNOWN: "UNKNOWN"
    };
    exports.FailedCreateAssociation$ = FailedCreateAssociation$;
    exports.FailureDetails$ = FailureDetails$;
    exports.Fault = {
      Client: "Client",
      Server: "Server",
      Unknown: "Unknown"
    };
    exports.FeatureNotAvailableException = FeatureNotAvailableException;
    exports.FeatureNotAvailableException$ = FeatureNotAvailableException$;
    exports.GcpConfiguration$ = GcpConfiguration$;
    exports.GcpConfigurationTargets$ = GcpConfigurationTargets$;
    exports.GcpProject$ = GcpProject$;
    exports.GetAccessToken$ = GetAccessToken$;
    exports.GetAccessTokenCommand = GetAccessTokenCommand;
    exports.GetAccessTokenRequest$ = GetAccessTokenRequest$;
    exports.GetAccessTokenResponse$ = GetAccessTokenResponse$;
    exports.GetAutomationExecution$ = GetAutomationExecution$;
    exports.GetAutomationExecutionCommand = GetAutomationExecutionCommand;
    exports.GetAutomationExecutionRequest$ = GetAutomationExecutionRequest$;
    exports.GetAutomationExecutionResult$ = GetAutomationExecutionResult$;
    exports.GetCalendarState$ = GetCalendarState$;
    exports.GetCalendarStateCommand = GetCalendarStateCommand;
    exports.GetCalendarStateRequest$ = GetCalendarStateRequest$;
    exports.GetCalendarStateResponse$ = GetCalendarStateResponse$;
    exports.GetCloudConnector$ = GetCloudConnector$;
    exports.GetCloudConnectorCommand = GetCloudConnectorCommand;
    exports.GetCloudConnectorRequest$ = GetCloudConnectorRequest$;
    exports.GetCloudConnectorResult$ = GetCloudConnectorResult$;
    exports.GetCommandInvocation$ = GetCommandInvocation$;
    exports.GetCommandInvocationCommand = GetCommandInvocationCommand;
    exports.GetCommandInvocationRequest$ = GetCommandInvocationRequest$;
    exports.GetCommandInvocationResult$ = GetCommandInvocationResult$;
    exports.GetConnectionStatus$ = GetConnectionStatus$;
    exports.GetConnectionStatusCommand = GetConnectionStatusCommand;
    exports.GetConnectionStatusRequest$ = GetConnectionStatusRequest$;
    exports.GetConnectionStatusResponse$ = GetConnectionStatusResponse$;
    exports.GetDefaultPatchBaseline$ = GetDefaultPatchBaseline$;
    exports.GetDefaultPatchBaselineCommand = GetDefaultPatchBaselineCommand;
    exports.GetDefaultPatchBaselineRequest$ = GetDefaultPatchBaselineRequest$;
    exports.GetDefaultPatchBaselineResult$ = GetDefaultPatchBaselineResult$;
    exports.GetDeployablePatchSnapshotForInstance$ = GetDeployablePatchSnapshotForInstance$;
    exports.GetDeployablePatchSnapshotForInstanceCommand = GetDeployablePatchSnapshotForInstanceCommand;
    exports.GetDeployablePatchSnapshotForInstanceRequest$ = GetDeployablePatchSnapshotForInstanceRequest$;
    exports.GetDeployablePatchSnapshotForInstanceResult$ = GetDeployablePatchSnapshotForInstanceResult$;
    exports.GetDocument$ = GetDocument$;
    exports.GetDocumentCommand = GetDocumentCommand;
    exports.GetDocumentRequest$ = GetDocumentRequest$;
    exports.GetDocumentResult$ = GetDocumentResult$;
    exports.GetExecutionPreview$ = GetExecutionPreview$;
    exports.GetExecutionPreviewCommand = GetExecutionPreviewCommand;
    exports.GetExecutionPreviewRequest$ = GetExecutionPreviewRequest$;
    exports.GetExecutionPreviewResponse$ = GetExecutionPreviewResponse$;
    exports.GetInventory$ = GetInventory$;
    exports.GetInventoryCommand = GetInventoryCommand;
    exports.GetInventoryRequest$ = GetInventoryRequest$;
    exports.GetInventoryResult$ = GetInventoryResult$;
    exports.GetInventorySchema$ = GetInventorySchema$;
    exports.GetInventorySchemaCommand = GetInventorySchemaCommand;
    exports.GetInventorySchemaRequest$ = GetInventorySchemaRequest$;
    exports.GetInventorySchemaResult$ = GetInventorySchemaResult$;
    exports.GetMaintenanceWindow$ = GetMaintenanceWindow$;
    exports.GetMaintenanceWindowCommand = GetMaintenanceWindowCommand;
    exports.GetMaintenanceWindowExecution$ = GetMaintenanceWindowExecution$;
    exports.GetMaintenanceWindowExecutionCommand = GetMaintenanceWindowExecutionCommand;
    exports.GetMaintenanceWindowExecutionRequest$ = GetMaintenanceWindowExecutionRequest$;
    exports.GetMaintenanceWindowExecutionResult$ = GetMaintenanceWindowExecutionResult$;
    exports.GetMaintenanceWindowExecutionTask$ = GetMaintenanceWindowExecutionTask$;
    exports.GetMaintenanceWindowExecutionTaskCommand = GetMaintenanceWindowExecutionTaskCommand;
    exports.GetMaintenanceWindowExecutionTaskInvocation$ = GetMaintenanceWindowExecutionTaskInvocation$;
    exports.GetMaintenanceWindowExecutionTaskInvocationCommand = GetMaintenanceWindowExecutionTaskInvocationCommand;
    exports.GetMaintenanceWindowExecutionTaskInvocationRequest$ = GetMaintenanceWindowExecutionTaskInvocationRequest$;
    exports.GetMaintenanceWindowExecutionTaskInvocationResult$ = GetMaintenanceWindowExecutionTaskInvocationResult$;
    exports.GetMaintenanceWindowExecutionTaskRequest$ = GetMaintenanceWindowExecutionTaskRequest$;
    exports.GetMaintenanceWindowExecutionTaskResult$ = GetMaintenanceWindowExecutionTaskResult$;
    exports.GetMaintenanceWindowRequest$ = GetMaintenanceWindowRequest$;
    exports.GetMaintenanceWindowResult$ = GetMaintenanceWindowResult$;
    exports.GetMaintenanceWindowTask$ = GetMaintenanceWindowTask$;
    exports.GetMaintenanceWindowTaskCommand = GetMaintenanceWindowTaskCommand;
    exports.GetMaintenanceWindowTaskRequest$ = GetMaintenanceWindowTaskRequest$;
    exports.GetMaintenanceWindowTaskResult$ = GetMaintenanceWindowTaskResult$;
    exports.GetOpsItem$ = GetOpsItem$;
    exports.GetOpsItemCommand = GetOpsItemCommand;
    exports.GetOpsItemRequest$ = GetOpsItemRequest$;
    exports.GetOpsItemResponse$ = GetOpsItemResponse$;
    exports.GetOpsMetadata$ = GetOpsMetadata$;
    exports.GetOpsMetadataCommand = GetOpsMetadataCommand;
    exports.GetOpsMetadataRequest$ = GetOpsMetadataRequest$;
    exports.GetOpsMetadataResult$ = GetOpsMetadataResult$;
    exports.GetOpsSummary$ = GetOpsSummary$;
    exports.GetOpsSummaryCommand = GetOpsSummaryCommand;
    exports.GetOpsSummaryRequest$ = GetOpsSummaryRequest$;
    exports.GetOpsSummaryResult$ = GetOpsSummaryResult$;
    exports.GetParameter$ = GetParameter$;
    exports.GetParameterCommand = GetParameterCommand;
    exports.GetParameterHistory$ = GetParameterHistory$;
    exports.GetParameterHistoryCommand = GetParameterHistoryCommand;
    exports.GetParameterHistoryRequest$ = GetParameterHistoryRequest$;
    exports.GetParameterHistoryResult$ = GetParameterHistoryResult$;
    exports.GetParameterRequest$ = GetParameterRequest$;
    exports.GetParameterResult$ = GetParameterResult$;
    exports.GetParameters$ = GetParameters$;
    exports.GetParametersByPath$ = GetParametersByPath$;
    exports.GetParametersByPathCommand = GetParametersByPathCommand;
    exports.GetParametersByPathRequest$ = GetParametersByPathRequest$;
    exports.GetParametersByPathResult$ = GetParametersByPathResult$;
    exports.GetParametersCommand = GetParametersCommand;
    exports.GetParametersRequest$ = GetParametersRequest$;
    exports.GetParametersResult$ = GetParametersResult$;
    exports.GetPatchBaseline$ = GetPatchBaseline$;
    exports.GetPatchBaselineCommand = GetPatchBaselineCommand;
    exports.GetPatchBaselineForPatchGroup$ = GetPatchBaselineForPatchGroup$;
    exports.GetPatchBaselineForPatchGroupCommand = GetPatchBaselineForPatchGroupCommand;
    exports.GetPatchBaselineForPatchGroupRequest$ = GetPatchBaselineForPatchGroupRequest$;
    exports.GetPatchBaselineForPatchGroupResult$ = GetPatchBaselineForPatchGroupResult$;
    exports.GetPatchBaselineRequest$ = GetPatchBaselineRequest$;
    exports.GetPatchBaselineResult$ = GetPatchBaselineResult$;
    exports.GetResourcePolicies$ = GetResourcePolicies$;
    exports.GetResourcePoliciesCommand = GetResourcePoliciesCommand;
    exports.GetResourcePoliciesRequest$ = GetResourcePoliciesRequest$;
    exports.GetResourcePoliciesResponse$ = GetResourcePoliciesResponse$;
    exports.GetResourcePoliciesResponseEntry$ = GetResourcePoliciesResponseEntry$;
    exports.GetServiceSetting$ = GetServiceSetting$;
    exports.GetServiceSettingCommand = GetServiceSettingCommand;
    exports.GetServiceSettingRequest$ = GetServiceSettingRequest$;
    exports.GetServiceSettingResult$ = GetServiceSettingResult$;
    exports.HierarchyLevelLimitExceededException = HierarchyLevelLimitExceededException;
    exports.HierarchyLevelLimitExceededException$ = HierarchyLevelLimitExceededException$;
    exports.HierarchyTypeMismatchException = HierarchyTypeMismatchException;
    exports.HierarchyTypeMismatchException$ = HierarchyTypeMismatchException$;
    exports.IdempotentParameterMismatch = IdempotentParameterMismatch;
    exports.IdempotentParameterMismatch$ = IdempotentParameterMismatch$;
    exports.ImpactType = {
      MUTATING: "Mutating",
      NON_MUTATING: "NonMutating",
      UNDETERMINED: "Undetermined"
    };
    exports.IncompatiblePolicyException = IncompatiblePolicyException;
    exports.IncompatiblePolicyException$ = IncompatiblePolicyException$;
    exports.InstanceAggregatedAssociationOverview$ = InstanceAggregatedAssociationOverview$;
    exports.InstanceAssociation$ = InstanceAssociation$;
    exports.InstanceAssociationOutputLocation$ = InstanceAssociationOutputLocation$;
    exports.InstanceAssociationOutputUrl$ = InstanceAssociationOutputUrl$;
    exports.InstanceAssociationStatusInfo$ = InstanceAssociationStatusInfo$;
    exports.InstanceInfo$ = InstanceInfo$;
    exports.InstanceInformation$ = InstanceInformation$;
    exports.InstanceInformationFilter$ = InstanceInformationFilter$;
    exports.InstanceInformationFilterKey = {
      ACTIVATION_IDS: "ActivationIds",
      AGENT_VERSION: "AgentVersion",
      ASSOCIATION_STATUS: "AssociationStatus",
      IAM_ROLE: "IamRole",
      INSTANCE_IDS: "InstanceIds",
      PING_STATUS: "PingStatus",
      PLATFORM_TYPES: "PlatformTypes",
      RESOURCE_TYPE: "ResourceType"
    };
    exports.InstanceInformationStringFilter$ = InstanceInformationStringFilter$;
    exports.InstancePatchState$ = InstancePatchState$;
    exports.InstancePatchStateFilter$ = InstancePatchStateFilter$;
    exports.InstancePatchStateOperatorType = {
      EQUAL: "Equal",
      GREATER_THAN: "GreaterThan",
      LESS_THAN: "LessThan",
      NOT_EQUAL: "NotEqual"
    };
    exports.InstanceProperty$ = InstanceProperty$;
    exports.InstancePropertyFilter$ = InstancePropertyFilter$;
    exports.InstancePropertyFilterKey = {
      ACTIVATION_IDS: "ActivationIds",
      AGENT_VERSION: "AgentVersion",
      ASSOCIATION_STATUS: "AssociationStatus",
      DOCUMENT_NAME: "DocumentName",
      IAM_ROLE: "IamRole",
      INSTANCE_IDS: "InstanceIds",
      PING_STATUS: "PingStatus",
      PLATFORM_TYPES: "PlatformTypes",
      RESOURCE_TYPE: "ResourceType"
    };
    exports.InstancePropertyFilterOperator = {
      BEGIN_WITH: "BeginWith",
      EQUAL: "Equal",
      GREATER_THAN: "GreaterThan",
      LESS_THAN: "LessThan",
      NOT_EQUAL: "NotEqual"
    };
    exports.InstancePropertyStringFilter$ = InstancePropertyStringFilter$;
    exports.InternalServerError = InternalServerError;
    exports.InternalServerError$ = InternalServerError$;
    exports.InvalidActivation = InvalidActivation;
    exports.InvalidActivation$ = InvalidActivation$;
    exports.InvalidActivationId = InvalidActivationId;
    exports.InvalidActivationId$ = InvalidActivationId$;
    exports.InvalidAggregatorException = InvalidAggregatorException;
    exports.InvalidAggregatorException$ = InvalidAggregatorException$;
    exports.InvalidAllowedPatternException = InvalidAllowedPatternException;
    exports.InvalidAllowedPatternException$ = InvalidAllowedPatternException$;
    exports.InvalidAssociation = InvalidAssociation;
    exports.InvalidAssociation$ = InvalidAssociation$;
    exports.InvalidAssociationVersion = InvalidAssociationVersion;
    exports.InvalidAssociationVersion$ = InvalidAssociationVersion$;
    exports.InvalidAutomationExecutionParametersException = InvalidAutomationExecutionParametersException;
    exports.InvalidAutomationExecutionParametersException$ = InvalidAutomationExecutionParametersException$;
    exports.InvalidAutomationSignalException = InvalidAutomationSignalException;
    exports.InvalidAutomationSignalException$ = InvalidAutomationSignalException$;
    exports.InvalidAutomationStatusUpdateException = InvalidAutomationStatusUpdateException;
    exports.InvalidAutomationStatusUpdateException$ = InvalidAutomationStatusUpdateException$;
    exports.InvalidCommandId = InvalidCommandId;
    exports.InvalidCommandId$ = InvalidCommandId$;
    exports.InvalidDeleteInventoryParametersException = InvalidDeleteInventoryParametersException;
    exports.InvalidDeleteInventoryParametersException$ = InvalidDeleteInventoryParametersException$;
    exports.InvalidDeletionIdException = InvalidDeletionIdException;
    exports.InvalidDeletionIdException$ = InvalidDeletionIdException$;
    exports.InvalidDocument = InvalidDocument;
    exports.InvalidDocument$ = InvalidDocument$;
    exports.InvalidDocumentContent = InvalidDocumentContent;
    exports.InvalidDocumentContent$ = InvalidDocumentContent$;
    exports.InvalidDocumentOperation = InvalidDocumentOperation;
    exports.InvalidDocumentOperation$ = InvalidDocumentOperation$;
    exports.InvalidDocumentSchemaVersion = InvalidDocumentSchemaVersion;
    exports.InvalidDocumentSchemaVersion$ = InvalidDocumentSchemaVersion$;
    exports.InvalidDocumentType = InvalidDocumentType;
    exports.InvalidDocumentType$ = InvalidDocumentType$;
    exports.InvalidDocumentVersion = InvalidDocumentVersion;
    exports.InvalidDocumentVersion$ = InvalidDocumentVersion$;
    exports.InvalidFilter = InvalidFilter;
    exports.InvalidFilter$ = InvalidFilter$;
    exports.InvalidFilterKey = InvalidFilterKey;
    exports.InvalidFilterKey$ = InvalidFilterKey$;
    exports.InvalidFilterOption = InvalidFilterOption;
    exports.InvalidFilterOption$ = InvalidFilterOption$;
    exports.InvalidFilterValue = InvalidFilterValue;
    exports.InvalidFilterValue$ = InvalidFilterValue$;
    exports.InvalidInstanceId = InvalidInstanceId;
    exports.InvalidInstanceId$ = InvalidInstanceId$;
    exports.InvalidInstanceInformationFilterValue = InvalidInstanceInformationFilterValue;
    exports.InvalidInstanceInformationFilterValue$ = InvalidInstanceInformationFilterValue$;
    exports.InvalidInstancePropertyFilterValue = InvalidInstancePropertyFilterValue;
    exports.InvalidInstancePropertyFilterValue$ = InvalidInstancePropertyFilterValue$;
    exports.InvalidInventoryGroupException = InvalidInventoryGroupException;
    exports.InvalidInventoryGroupException$ = InvalidInventoryGroupException$;
    exports.InvalidInventoryItemContextException = InvalidInventoryItemContextException;
    exports.InvalidInventoryItemContextException$ = InvalidInventoryItemContextException$;
    exports.InvalidInventoryRequestException = InvalidInventoryRequestException;
    exports.InvalidInventoryRequestException$ = InvalidInventoryRequestException$;
    exports.InvalidItemContentException = InvalidItemContentException;
    exports.InvalidItemContentException$ = InvalidItemContentException$;
    exports.InvalidKeyId = InvalidKeyId;
    exports.InvalidKeyId$ = InvalidKeyId$;
    exports.InvalidNextToken = InvalidNextToken;
    exports.InvalidNextToken$ = InvalidNextToken$;
    exports.InvalidNotificationConfig = InvalidNotificationConfig;
    exports.InvalidNotificationConfig$ = InvalidNotificationConfig$;
    exports.InvalidOptionException = InvalidOptionException;
    exports.InvalidOptionException$ = InvalidOptionException$;
    exports.InvalidOutputFolder = InvalidOutputFolder;
    exports.InvalidOutputFolder$ = InvalidOutputFolder$;
    exports.InvalidOutputLocation = InvalidOutputLocation;
    exports.InvalidOutputLocation$ = InvalidOutputLocation$;
    exports.InvalidParameters = InvalidParameters;
    exports.InvalidParameters$ = InvalidParameters$;
    exports.InvalidPermissionType = InvalidPermissionType;
    exports.InvalidPermissionType$ = InvalidPermissionType$;
    exports.InvalidPluginName = InvalidPluginName;
    exports.InvalidPluginName$ = InvalidPluginName$;
    exports.InvalidPolicyAttributeException = InvalidPolicyAttributeException;
    exports.InvalidPolicyAttributeException$ = InvalidPolicyAttributeException$;
    exports.InvalidPolicyTypeException = InvalidPolicyTypeException;
    exports.InvalidPolicyTypeException$ = InvalidPolicyTypeException$;
    exports.InvalidResourceId = InvalidResourceId;
    exports.InvalidResourceId$ = InvalidResourceId$;
    exports.InvalidResourceType = InvalidResourceType;
    exports.InvalidResourceType$ = InvalidResourceType$;
    exports.InvalidResultAttributeException = InvalidResultAttributeException;
    exports.InvalidResultAttributeException$ = InvalidResultAttributeException$;
    exports.InvalidRole = InvalidRole;
    exports.InvalidRole$ = InvalidRole$;
    exports.InvalidSchedule = InvalidSchedule;
    exports.InvalidSchedule$ = InvalidSchedule$;
    exports.InvalidTag = InvalidTag;
    exports.InvalidTag$ = InvalidTag$;
    exports.InvalidTarget = InvalidTarget;
    exports.InvalidTarget$ = InvalidTarget$;
    exports.InvalidTargetMaps = InvalidTargetMaps;
    exports.InvalidTargetMaps$ = InvalidTargetMaps$;
    exports.InvalidTypeNameException = InvalidTypeNameException;
    exports.InvalidTypeNameException$ = InvalidTypeNameException$;
    exports.InvalidUpdate = InvalidUpdate;
    exports.InvalidUpdate$ = InvalidUpdate$;
    exports.InventoryAggregator$ = InventoryAggregator$;
    exports.InventoryAttributeDataType = {
      NUMBER: "number",
      STRING: "string"
    };
    exports.InventoryDeletionStatus = {
      COMPLETE: "Complete",
      IN_PROGRESS: "InProgress"
    };
    exports.InventoryDeletionStatusItem$ = InventoryDeletionStatusItem$;
    exports.InventoryDeletionSummary$ = InventoryDeletionSummary$;
    exports.InventoryDeletionSummaryItem$ = InventoryDeletionSummaryItem$;
    exports.InventoryFilter$ = InventoryFilter$;
    exports.InventoryGroup$ = InventoryGroup$;
    exports.InventoryItem$ = InventoryItem$;
    exports.InventoryItemAttribute$ = InventoryItemAttribute$;
    exports.InventoryItemSchema$ = InventoryItemSchema$;
    exports.InventoryQueryOperatorType = {
      BEGIN_WITH: "BeginWith",
      EQUAL: "Equal",
      EXISTS: "Exists",
      GREATER_THAN: "GreaterThan",
      LESS_THAN: "LessThan",
      NOT_EQUAL: "NotEqual"
    };
    exports.InventoryResultEntity$ = InventoryResultEntity$;
    exports.InventoryResultItem$ = InventoryResultItem$;
    exports.InventorySchemaDeleteOption = {
      DELETE_SCHEMA: "DeleteSchema",
      DISABLE_SCHEMA: "DisableSchema"
    };
    exports.InvocationDoesNotExist = InvocationDoesNotExist;
    exports.InvocationDoesNotExist$ = InvocationDoesNotExist$;
    exports.ItemContentMismatchException = ItemContentMismatchException;
    exports.ItemContentMismatchException$ = ItemContentMismatchException$;
    exports.ItemSizeLimitExceededException = ItemSizeLimitExceededException;
    exports.ItemSizeLimitExceededException$ = ItemSizeLimitExceededException$;
    exports.LabelParameterVersion$ = LabelParameterVersion$;
    exports.LabelParameterVersionCommand = LabelParameterVersionCommand;
    exports.LabelParameterVersionRequest$ = LabelParameterVersionRequest$;
    exports.LabelParameterVersionResult$ = LabelParameterVersionResult$;
    exports.LastResourceDataSyncStatus = {
      FAILED: "Failed",
      INPROGRESS: "InProgress",
      SUCCESSFUL: "Successful"
    };
    exports.ListAssociationVersions$ = ListAssociationVersions$;
    exports.ListAssociationVersionsCommand = ListAssociationVersionsCommand;
    exports.ListAssociationVersionsRequest$ = ListAssociationVersionsRequest$;
    exports.ListAssociationVersionsResult$ = ListAssociationVersionsResult$;
    exports.ListAssociations$ = ListAssociations$;
    exports.ListAssociationsCommand = ListAssociationsCommand;
    exports.ListAssociationsRequest$ = ListAssociationsRequest$;
    exports.ListAssociationsResult$ = ListAssociationsResult$;
    exports.ListCloudConnectors$ = ListCloudConnectors$;
    exports.ListCloudConnectorsCommand = ListCloudConnectorsCommand;
    exports.ListCloudConnectorsRequest$ = ListCloudConnectorsRequest$;
    exports.ListCloudConnectorsResult$ = ListCloudConnectorsResult$;
    exports.ListCommandInvocations$ = ListCommandInvocations$;
    exports.ListCommandInvocationsCommand = ListCommandInvocationsCommand;
    exports.ListCommandInvocationsRequest$ = ListCommandInvocationsRequest$;
    exports.ListCommandInvocationsResult$ = ListCommandInvocationsResult$;
    exports.ListCommands$ = ListCommands$;
    exports.ListCommandsCommand = ListCommandsCommand;
    exports.ListCommandsRequest$ = ListCommandsRequest$;
    exports.ListCommandsResult$ = ListCommandsResult$;
    exports.ListComplianceItems$ = ListComplianceItems$;
    exports.ListComplianceItemsCommand = ListComplianceItemsCommand;
    exports.ListComplianceItemsRequest$ = ListComplianceItemsRequest$;
    exports.ListComplianceItemsResult$ = ListComplianceItemsResult$;
    exports.ListComplianceSummaries$ = ListComplianceSummaries$;
    exports.ListComplianceSummariesCommand = ListComplianceSummariesCommand;
    exports.ListComplianceSummariesRequest$ = ListComplianceSummariesRequest$;
    exports.ListComplianceSummariesResult$ = ListComplianceSummariesResult$;
    exports.ListDocumentMetadataHistory$ = ListDocumentMetadataHistory$;
    exports.ListDocumentMetadataHistoryCommand = ListDocumentMetadataHistoryCommand;
    exports.ListDocumentMetadataHistoryRequest$ = ListDocumentMetadataHistoryRequest$;
    exports.ListDocumentMetadataHistoryResponse$ = ListDocumentMetadataHistoryResponse$;
    exports.ListDocumentVersions$ = ListDocumentVersions$;
    exports.ListDocumentVersionsCommand = ListDocumentVersionsCommand;
    exports.ListDocumentVersionsRequest$ = ListDocumentVersionsRequest$;
    exports.ListDocumentVersionsResult$ = ListDocumentVersionsResult$;
    exports.ListDocuments$ = ListDocuments$;
    exports.ListDocumentsCommand = ListDocumentsCommand;
    exports.ListDocumentsRequest$ = ListDocumentsRequest$;
    exports.ListDocumentsResult$ = ListDocumentsResult$;
    exports.ListInventoryEntries$ = ListInventoryEntries$;
    exports.ListInventoryEntriesCommand = ListInventoryEntriesCommand;
    exports.ListInventoryEntriesRequest$ = ListInventoryEntriesRequest$;
    exports.ListInventoryEntriesResult$ = ListInventoryEntriesResult$;
    exports.ListNodes$ = ListNodes$;
    exports.ListNodesCommand = ListNodesCommand;
    exports.ListNodesRequest$ = ListNodesRequest$;
    exports.ListNodesResult$ = ListNodesResult$;
    exports.ListNodesSummary$ = ListNodesSummary$;
    exports.ListNodesSummaryCommand = ListNodesSummaryCommand;
    exports.ListNodesSummaryRequest$ = ListNodesSummaryRequest$;
    exports.ListNodesSummaryResult$ = ListNodesSummaryResult$;
    exports.ListOpsItemEvents$ = ListOpsItemEvents$;
    exports.ListOpsItemEventsCommand = ListOpsItemEventsCommand;
    exports.ListOpsItemEventsRequest$ = ListOpsItemEventsRequest$;
    exports.ListOpsItemEventsResponse$ = ListOpsItemEventsResponse$;
    exports.ListOpsItemRelatedItems$ = ListOpsItemRelatedItems$;
    exports.ListOpsItemRelatedItemsCommand = ListOpsItemRelatedItemsCommand;
    exports.ListOpsItemRelatedItemsRequest$ = ListOpsItemRelatedItemsRequest$;
    exports.ListOpsItemRelatedItemsResponse$ = ListOpsItemRelatedItemsResponse$;
    exports.ListOpsMetadata$ = ListOpsMetadata$;
    exports.ListOpsMetadataCommand = ListOpsMetadataCommand;
    exports.ListOpsMetadataRequest$ = ListOpsMetadataRequest$;
    exports.ListOpsMetadataResult$ = ListOpsMetadataResult$;
    exports.ListResourceComplianceSummaries$ = ListResourceComplianceSummaries$;
    exports.ListResourceComplianceSummariesCommand = ListResourceComplianceSummariesCommand;
    exports.ListResourceComplianceSummariesRequest$ = ListResourceComplianceSummariesRequest$;
    exports.ListResourceComplianceSummariesResult$ = ListResourceComplianceSummariesResult$;
    exports.ListResourceDataSync$ = ListResourceDataSync$;
    exports.ListResourceDataSyncCommand = ListResourceDataSyncCommand;
    exports.ListResourceDataSyncRequest$ = ListResourceDataSyncRequest$;
    exports.ListResourceDataSyncResult$ = ListResourceDataSyncResult$;
    exports.ListTagsForResource$ = ListTagsForResource$;
    exports.ListTagsForResourceCommand = ListTagsForResourceCommand;
    exports.ListTagsForResourceRequest$ = ListTagsForResourceRequest$;
    exports.ListTagsForResourceResult$ = ListTagsForResourceResult$;
    exports.LoggingInfo$ = LoggingInfo$;
    exports.MaintenanceWindowAutomationParameters$ = MaintenanceWindowAutomationParameters$;
    exports.MaintenanceWindowExecution$ = MaintenanceWindowExecution$;
    exports.MaintenanceWindowExecutionStatus = {
      Cancelled: "CANCELLED",
      Cancelling: "CANCELLING",
      Failed: "FAILED",
      InProgress: "IN_PROGRESS",
      Pending: "PENDING",
      SkippedOverlapping: "SKIPPED_OVERLAPPING",
      Success: "SUCCESS",
      TimedOut: "TIMED_OUT"
    };
    exports.MaintenanceWindowExecutionTaskIdentity$ = MaintenanceWindowExecutionTaskIdentity$;
    exports.MaintenanceWindowExecutionTaskInvocationIdentity$ = MaintenanceWindowExecutionTaskInvocationIdentity$;
    exports.MaintenanceWindowFilter$ = MaintenanceWindowFilter$;
    exports.MaintenanceWindowIdentity$ = MaintenanceWindowIdentity$;
    exports.MaintenanceWindowIdentityForTarget$ = MaintenanceWindowIdentityForTarget$;
    exports.MaintenanceWindowLambdaParameters$ = MaintenanceWindowLambdaParameters$;
    exports.MaintenanceWindowResourceType = {
      Instance: "INSTANCE",
      ResourceGroup: "RESOURCE_GROUP"
    };
    exports.MaintenanceWindowRunCommandParameters$ = MaintenanceWindowRunCommandParameters$;
    exports.MaintenanceWindowStepFunctionsParameters$ = MaintenanceWindowStepFunctionsParameters$;
    exports.MaintenanceWindowTarget$ = MaintenanceWindowTarget$;
    exports.MaintenanceWindowTask$ = MaintenanceWindowTask$;
    exports.MaintenanceWindowTaskCutoffBehavior = {
      CancelTask: "CANCEL_TASK",
      ContinueTask: "CONTINUE_TASK"
    };
    exports.MaintenanceWindowTaskInvocationParameters$ = MaintenanceWindowTaskInvocationParameters$;
    exports.MaintenanceWindowTaskParameterValueExpression$ = MaintenanceWindowTaskParameterValueExpression$;
    exports.MaintenanceWindowTaskType = {
      Automation: "AUTOMATION",
      Lambda: "LAMBDA",
      RunCommand: "RUN_COMMAND",
      StepFunctions: "STEP_FUNCTIONS"
    };
    exports.MalformedResourcePolicyDocumentException = MalformedResourcePolicyDocumentException;
    exports.MalformedResourcePolicyDocumentException$ = MalformedResourcePolicyDocumentException$;
    exports.ManagedStatus = {
      ALL: "All",
      MANAGED: "Managed",
      UNMANAGED: "Unmanaged"
    };
    exports.MaxDocumentSizeExceeded = MaxDocumentSizeExceeded;
    exports.MaxDocumentSizeExceeded$ = MaxDocumentSizeExceeded$;
    exports.MetadataValue$ = MetadataValue$;
    exports.ModifyDocumentPermission$ = ModifyDocumentPermission$;
    exports.ModifyDocumentPermissionCommand = ModifyDocumentPermissionCommand;
    exports.ModifyDocumentPermissionRequest$ = ModifyDocumentPermissionRequest$;
    exports.ModifyDocumentPermissionResponse$ = ModifyDocumentPermissionResponse$;
    exports.NoLongerSupportedException = NoLongerSupportedException;
    exports.NoLongerSupportedException$ = NoLongerSupportedException$;
    exports.Node$ = Node$;
    exports.NodeAggregator$ = NodeAggregator$;
    exports.NodeAggregatorType = {
      COUNT: "Count"
    };
    exports.NodeAttributeName = {
      AGENT_VERSION: "AgentVersion",
      AVAILABILITY_ZONE: "AvailabilityZone",
      PLATFORM_NAME: "PlatformName",
      PLATFORM_TYPE: "PlatformType",
      PLATFORM_VERSION: "PlatformVersion",
      REGION: "Region",
      RESOURCE_TYPE: "ResourceType",
      SOURCE_TYPE: "SourceType"
    };
    exports.NodeFilter$ = NodeFilter$;
    exports.NodeFilterKey = {
      ACCOUNT_ID: "AccountId",
      AGENT_TYPE: "AgentType",
      AGENT_VERSION: "AgentVersion",
      AVAILABILITY_ZONE: "AvailabilityZone",
      AVAILABILITY_ZONE_ID: "AvailabilityZoneId",
      COMPUTER_NAME: "ComputerName",
      INSTANCE_ID: "InstanceId",
      INSTANCE_STATUS: "InstanceStatus",
      IP_ADDRESS: "IpAddress",
      MANAGED_STATUS: "ManagedStatus",
      ORGANIZATIONAL_UNIT_ID: "OrganizationalUnitId",
      ORGANIZATIONAL_UNIT_PATH: "OrganizationalUnitPath",
      PLATFORM_NAME: "PlatformName",
      PLATFORM_TYPE: "PlatformType",
      PLATFORM_VERSION: "PlatformVersion",
      REGION: "Region",
      RESOURCE_TYPE: "ResourceType",
      SOURCE_ID: "SourceId",
      SOURCE_LOCATION: "SourceLocation",
      SOURCE_TYPE: "SourceType"
    };
    exports.NodeFilterOperatorType = {
      BEGIN_WITH: "BeginWith",
      EQUAL: "Equal",
      NOT_EQUAL: "NotEqual"
    };
    exports.NodeOwnerInfo$ = NodeOwnerInfo$;
    exports.NodeType$ = NodeType$;
    exports.NodeTypeName = {
      INSTANCE: "Instance"
    };
    exports.NonCompliantSummary$ = NonCompliantSummary$;
    exports.NotificationConfig$ = NotificationConfig$;
    exports.NotificationEvent = {
      ALL: "All",
      CANCELLED: "Cancelled",
      FAILED: "Failed",
      IN_PROGRESS: "InProgress",
      SUCCESS: "Success",
      TIMED_OUT: "TimedOut"
    };
    exports.NotificationType = {
      Command: "Command",
      Invocation: "Invocation"
    };
    exports.OperatingSystem = {
      AlmaLinux: "ALMA_LINUX",
      AmazonLinux: "AMAZON_LINUX",
      AmazonLinux2: "AMAZON_LINUX_2",
      AmazonLinux2022: "AMAZON_LINUX_2022",
      AmazonLinux2023: "AMAZON_LINUX_2023",
      CentOS: "CENTOS",
      Debian: "DEBIAN",
      MacOS: "MACOS",
      OracleLinux: "ORACLE_LINUX",
      Raspbian: "RASPBIAN",
      RedhatEnterpriseLinux: "REDHAT_ENTERPRISE_LINUX",
      Rocky_Linux: "ROCKY_LINUX",
      Suse: "SUSE",
      Ubuntu: "UBUNTU",
      Windows: "WINDOWS"
    };
    exports.OpsAggregator$ = OpsAggregator$;
    exports.OpsEntity$ = OpsEntity$;
    exports.OpsEntityItem$ = OpsEntityItem$;
    exports.OpsFilter$ = OpsFilter$;
    exports.OpsFilterOperatorType = {
      BEGIN_WITH: "BeginWith",
      EQUAL: "Equal",
      EXISTS: "Exists",
      GREATER_THAN: "GreaterThan",
      LESS_THAN: "LessThan",
      NOT_EQUAL: "NotEqual"
    };
    exports.OpsItem$ = OpsItem$;
    exports.OpsItemAccessDeniedException = OpsItemAccessDeniedException;
    exports.OpsItemAccessDeniedException$ = OpsItemAccessDeniedException$;
    exports.OpsItemAlreadyExistsException = OpsItemAlreadyExistsException;
    exports.OpsItemAlreadyExistsException$ = OpsItemAlreadyExistsException$;
    exports.OpsItemConflictException = OpsItemConflictException;
    exports.OpsItemConflictException$ = OpsItemConflictException$;
    exports.OpsItemDataType = {
      SEARCHABLE_STRING: "SearchableString",
      STRING: "String"
    };
    exports.OpsItemDataValue$ = OpsItemDataValue$;
    exports.OpsItemEventFilter$ = OpsItemEventFilter$;
    exports.OpsItemEventFilterKey = {
      OPSITEM_ID: "OpsItemId"
    };
    exports.OpsItemEventFilterOperator = {
      EQUAL: "Equal"
    };
    exports.OpsItemEventSummary$ = OpsItemEventSummary$;
    exports.OpsItemFilter$ = OpsItemFilter$;
    exports.OpsItemFilterKey = {
      ACCESS_REQUEST_APPROVER_ARN: "AccessRequestByApproverArn",
      ACCESS_REQUEST_APPROVER_ID: "AccessRequestByApproverId",
      ACCESS_REQUEST_IS_REPLICA: "AccessRequestByIsReplica",
      ACCESS_REQUEST_REQUESTER_ARN: "AccessRequestByRequesterArn",
      ACCESS_REQUEST_REQUESTER_ID: "AccessRequestByRequesterId",
      ACCESS_REQUEST_SOURCE_ACCOUNT_ID: "AccessRequestBySourceAccountId",
      ACCESS_REQUEST_SOURCE_OPS_ITEM_ID: "AccessRequestBySourceOpsItemId",
      ACCESS_REQUEST_SOURCE_REGION: "AccessRequestBySourceRegion",
      ACCESS_REQUEST_TARGET_RESOURCE_ID: "AccessRequestByTargetResourceId",
      ACCOUNT_ID: "AccountId",
      ACTUAL_END_TIME: "ActualEndTime",
      ACTUAL_START_TIME: "ActualStartTime",
      AUTOMATION_ID: "AutomationId",
      CATEGORY: "Category",
      CHANGE_REQUEST_APPROVER_ARN: "ChangeRequestByApproverArn",
      CHANGE_REQUEST_APPROVER_NAME: "ChangeRequestByApproverName",
      CHANGE_REQUEST_REQUESTER_ARN: "ChangeRequestByRequesterArn",
      CHANGE_REQUEST_REQUESTER_NAME: "ChangeRequestByRequesterName",
      CHANGE_REQUEST_TARGETS_RESOURCE_GROUP: "ChangeRequestByTargetsResourceGroup",
      CHANGE_REQUEST_TEMPLATE: "ChangeRequestByTemplate",
      CREATED_BY: "CreatedBy",
      CREATED_TIME: "CreatedTime",
      INSIGHT_TYPE: "InsightByType",
      LAST_MODIFIED_TIME: "LastModifiedTime",
      OPERATIONAL_DATA: "OperationalData",
      OPERATIONAL_DATA_KEY: "OperationalDataKey",
      OPERATIONAL_DATA_VALUE: "OperationalDataValue",
      OPSITEM_ID: "OpsItemId",
      OPSITEM_TYPE: "OpsItemType",
      PLANNED_END_TIME: "PlannedEndTime",
      PLANNED_START_TIME: "PlannedStartTime",
      PRIORITY: "Priority",
      RESOURCE_ID: "ResourceId",
      SEVERITY: "Severity",
      SOURCE: "Source",
      STATUS: "Status",
      TITLE: "Title"
    };
    exports.OpsItemFilterOperator = {
      CONTAINS: "Contains",
      EQUAL: "Equal",
      GREATER_THAN: "GreaterThan",
      LESS_THAN: "LessThan"
    };
    exports.OpsItemIdentity$ = OpsItemIdentity$;
    exports.OpsItemInvalidParameterException = OpsItemInvalidParameterException;
    exports.OpsItemInvalidParameterException$ = OpsItemInvalidParameterException$;
    exports.OpsItemLimitExceededException = OpsItemLimitExceededException;
    exports.OpsItemLimitExceededException$ = OpsItemLimitExceededException$;
    exports.OpsItemNotFoundException = OpsItemNotFoundException;
    exports.OpsItemNotFoundException$ = OpsItemNotFoundException$;
    exports.OpsItemNotification$ = OpsItemNotification$;
    exports.OpsItemRelatedItemAlreadyExistsException = OpsItemRelatedItemAlreadyExistsException;
    exports.OpsItemRelatedItemAlreadyExistsException$ = OpsItemRelatedItemAlreadyExistsException$;
    exports.OpsItemRelatedItemAssociationNotFoundException = OpsItemRelatedItemAssociationNotFoundException;
    exports.OpsItemRelatedItemAssociationNotFoundException$ = OpsItemRelatedItemAssociationNotFoundException$;
    exports.OpsItemRelatedItemSummary$ = OpsItemRelatedItemSummary$;
    exports.OpsItemRelatedItemsFilter$ = OpsItemRelatedItemsFilter$;
    exports.OpsItemRelatedItemsFilterKey = {
      ASSOCIATION_ID: "AssociationId",
      RESOURCE_TYPE: "ResourceType",
      RESOURCE_URI: "ResourceUri"
    };
    exports.OpsItemRelatedItemsFilterOperator = {
      EQUAL: "Equal"
    };
    exports.OpsItemStatus = {
      APPROVED: "Approved",
      CANCELLED: "Cancelled",
      CANCELLING: "Cancelling",
      CHANGE_CALENDAR_OVERRIDE_APPROVED: "ChangeCalendarOverrideApproved",
      CHANGE_CALENDAR_OVERRIDE_REJECTED: "ChangeCalendarOverrideRejected",
      CLOSED: "Closed",
      COMPLETED_WITH_FAILURE: "CompletedWithFailure",
      COMPLETED_WITH_SUCCESS: "CompletedWithSuccess",
      FAILED: "Failed",
      IN_PROGRESS: "InProgress",
      OPEN: "Open",
      PENDING: "Pending",
      PENDING_APPROVAL: "PendingApproval",
      PENDING_CHANGE_CALENDAR_OVERRIDE: "PendingChangeCalendarOverride",
      REJECTED: "Rejected",
      RESOLVED: "Resolved",
      REVOKED: "Revoked",
      RUNBOOK_IN_PROGRESS: "RunbookInProgress",
      SCHEDULED: "Scheduled",
      TIMED_OUT: "TimedOut"
    };
    exports.OpsItemSummary$ = OpsItemSummary$;
    exports.OpsMetadata$ = OpsMetadata$;
    exports.OpsMetadataAlreadyExistsException = OpsMetadataAlreadyExistsException;
    exports.OpsMetadataAlreadyExistsException$ = OpsMetadataAlreadyExistsException$;
    exports.OpsMetadataFilter$ = OpsMetadataFilter$;
    exports.OpsMetadataInvalidArgumentException = OpsMetadataInvalidArgumentException;
    exports.OpsMetadataInvalidArgumentException$ = OpsMetadataInvalidArgumentException$;
    exports.OpsMetadataKeyLimitExceededException = OpsMetadataKeyLimitExceededException;
    exports.OpsMetadataKeyLimitExceededException$ = OpsMetadataKeyLimitExceededException$;
    exports.OpsMetadataLimitExceededException = OpsMetadataLimitExceededException;
    exports.OpsMetadataLimitExceededException$ = OpsMetadataLimitExceededException$;
    exports.OpsMetadataNotFoundException = OpsMetadataNotFoundException;
    exports.OpsMetadataNotFoundException$ = OpsMetadataNotFoundException$;
    exports.OpsMetadataTooManyUpdatesException = OpsMetadataTooManyUpdatesException;
    exports.OpsMetadataTooManyUpdatesException$ = OpsMetadataTooManyUpdatesException$;
    exports.OpsResultAttribute$ = OpsResultAttribute$;
    exports.OutputSource$ = OutputSource$;
    exports.Parameter$ = Parameter$;
    exports.ParameterAlreadyExists = ParameterAlreadyExists;
    exports.ParameterAlreadyExists$ = ParameterAlreadyExists$;
    exports.ParameterHistory$ = ParameterHistory$;
    exports.ParameterInlinePolicy$ = ParameterInlinePolicy$;
    exports.ParameterLimitExceeded = ParameterLimitExceeded;
    exports.ParameterLimitExceeded$ = ParameterLimitExceeded$;
    exports.ParameterMaxVersionLimitExceeded = ParameterMaxVersionLimitExceeded;
    exports.ParameterMaxVersionLimitExceeded$ = ParameterMaxVersionLimitExceeded$;
    exports.ParameterMetadata$ = ParameterMetadata$;
    exports.ParameterNotFound = ParameterNotFound;
    exports.ParameterNotFound$ = ParameterNotFound$;
    exports.ParameterPatternMismatchException = ParameterPatternMismatchException;
    exports.ParameterPatternMismatchException$ = ParameterPatternMismatchException$;
    exports.ParameterStringFilter$ = ParameterStringFilter$;
    exports.ParameterTier = {
      ADVANCED: "Advanced",
      INTELLIGENT_TIERING: "Intelligent-Tiering",
      STANDARD: "Standard"
    };
    exports.ParameterType = {
      SECURE_STRING: "SecureString",
      STRING: "String",
      STRING_LIST: "StringList"
    };
    exports.ParameterVersionLabelLimitExceeded = ParameterVersionLabelLimitExceeded;
    exports.ParameterVersionLabelLimitExceeded$ = ParameterVersionLabelLimitExceeded$;
    exports.ParameterVersionNotFound = ParameterVersionNotFound;
    exports.ParameterVersionNotFound$ = ParameterVersionNotFound$;
    exports.ParametersFilter$ = ParametersFilter$;
    exports.ParametersFilterKey = {
      KEY_ID: "KeyId",
      NAME: "Name",
      TYPE: "Type"
    };
    exports.ParentStepDetails$ = ParentStepDetails$;
    exports.Patch$ = Patch$;
    exports.PatchAction = {
      AllowAsDependency: "ALLOW_AS_DEPENDENCY",
      Block: "BLOCK"
    };
    exports.PatchBaselineIdentity$ = PatchBaselineIdentity$;
    exports.PatchComplianceData$ = PatchComplianceData$;
    exports.PatchComplianceDataState = {
      AvailableSecurityUpdate: "AVAILABLE_SECURITY_UPDATE",
      Failed: "FAILED",
      Installed: "INSTALLED",
      InstalledOther: "INSTALLED_OTHER",
      InstalledPendingReboot: "INSTALLED_PENDING_REBOOT",
      InstalledRejected: "INSTALLED_REJECTED",
      Missing: "MISSING",
      NotApplicable: "NOT_APPLICABLE"
    };
    exports.PatchComplianceLevel = {
      Critical: "CRITICAL",
      High: "HIGH",
      Informational: "INFORMATIONAL",
      Low: "LOW",
      Medium: "MEDIUM",
      Unspecified: "UNSPECIFIED"
    };
    exports.PatchComplianceStatus = {
      Compliant: "COMPLIANT",
      NonCompliant: "NON_COMPLIANT"
    };
    exports.PatchDeploymentStatus = {
      Approved: "APPROVED",
      ExplicitApproved: "EXPLICIT_APPROVED",
      ExplicitRejected: "EXPLICIT_REJECTED",
      PendingApproval: "PENDING_APPROVAL"
    };
    exports.PatchFilter$ = PatchFilter$;
    exports.PatchFilterGroup$ = PatchFilterGroup$;
    exports.PatchFilterKey = {
      AdvisoryId: "ADVISORY_ID",
      Arch: "ARCH",
      BugzillaId: "BUGZILLA_ID",
      CVEId: "CVE_ID",
      Classification: "CLASSIFICATION",
      Epoch: "EPOCH",
      MsrcSeverity: "MSRC_SEVERITY",
      Name: "NAME",
      PatchId: "PATCH_ID",
      PatchSet: "PATCH_SET",
      Priority: "PRIORITY",
      Product: "PRODUCT",
      ProductFamily: "PRODUCT_FAMILY",
      Release: "RELEASE",
      Repository: "REPOSITORY",
      Section: "SECTION",
      Security: "SECURITY",
      Severity: "SEVERITY",
      Version: "VERSION"
    };
    exports.PatchGroupPatchBaselineMapping$ = PatchGroupPatchBaselineMapping$;
    exports.PatchOperationType = {
      INSTALL: "Install",
      SCAN: "Scan"
    };
    exports.PatchOrchestratorFilter$ = PatchOrchestratorFilter$;
    exports.PatchProperty = {
      PatchClassification: "CLASSIFICATION",
      PatchMsrcSeverity: "MSRC_SEVERITY",
      PatchPriority: "PRIORITY",
      PatchProductFamily: "PRODUCT_FAMILY",
      PatchSeverity: "SEVERITY",
      Product: "PRODUCT"
    };
    exports.PatchRule$ = PatchRule$;
    exports.PatchRuleGroup$ = PatchRuleGroup$;
    exports.PatchSet = {
      Application: "APPLICATION",
      Os: "OS"
    };
    exports.PatchSource$ = PatchSource$;
    exports.PatchStatus$ = PatchStatus$;
    exports.PingStatus = {
      CONNECTION_LOST: "ConnectionLost",
      INACTIVE: "Inactive",
      ONLINE: "Online"
    };
    exports.PlatformType = {
      LINUX: "Linux",
      MACOS: "MacOS",
      WINDOWS: "Windows"
    };
    exports.PoliciesLimitExceededException = PoliciesLimitExceededException;
    exports.PoliciesLimitExceededException$ = PoliciesLimitExceededException$;
    exports.ProgressCounters$ = ProgressCounters$;
    exports.Provider = {
      AZURE: "Azure",
      GCP: "GCP"
    };
    exports.PutComplianceItems$ = PutComplianceItems$;
    exports.PutComplianceItemsCommand = PutComplianceItemsCommand;
    exports.PutComplianceItemsRequest$ = PutComplianceItemsRequest$;
    exports.PutComplianceItemsResult$ = PutComplianceItemsResult$;
    exports.PutInventory$ = PutInventory$;
    exports.PutInventoryCommand = PutInventoryCommand;
    exports.PutInventoryRequest$ = PutInventoryRequest$;
    exports.PutInventoryResult$ = PutInventoryResult$;
    exports.PutParameter$ = PutParameter$;
    exports.PutParameterCommand = PutParameterCommand;
    exports.PutParameterRequest$ = PutParameterRequest$;
    exports.PutParameterResult$ = PutParameterResult$;
    exports.PutResourcePolicy$ = PutResourcePolicy$;
    exports.PutResourcePolicyCommand = PutResourcePolicyCommand;
    exports.PutResourcePolicyRequest$ = PutResourcePolicyRequest$;
    exports.PutResourcePolicyResponse$ = PutResourcePolicyResponse$;
    exports.RebootOption = {
      NO_REBOOT: "NoReboot",
      REBOOT_IF_NEEDED: "RebootIfNeeded"
    };
    exports.RegisterDefaultHostManagementConfiguration$ = RegisterDefaultHostManagementConfiguration$;
    exports.RegisterDefaultHostManagementConfigurationCommand = RegisterDefaultHostManagementConfigurationCommand;
    exports.RegisterDefaultHostManagementConfigurationRequest$ = RegisterDefaultHostManagementConfigurationRequest$;
    exports.RegisterDefaultHostManagementConfigurationResult$ = RegisterDefaultHostManagementConfigurationResult$;
    exports.RegisterDefaultPatchBaseline$ = RegisterDefaultPatchBaseline$;
    exports.RegisterDefaultPatchBaselineCommand = RegisterDefaultPatchBaselineCommand;
    exports.RegisterDefaultPatchBaselineRequest$ = RegisterDefaultPatchBaselineRequest$;
    exports.RegisterDefaultPatchBaselineResult$ = RegisterDefaultPatchBaselineResult$;
    exports.RegisterPatchBaselineForPatchGroup$ = RegisterPatchBaselineForPatchGroup$;
    exports.RegisterPatchBaselineForPatchGroupCommand = RegisterPatchBaselineForPatchGroupCommand;
    exports.RegisterPatchBaselineForPatchGroupRequest$ = RegisterPatchBaselineForPatchGroupRequest$;
    exports.RegisterPatchBaselineForPatchGroupResult$ = RegisterPatchBaselineForPatchGroupResult$;
    exports.RegisterTargetWithMaintenanceWindow$ = RegisterTargetWithMaintenanceWindow$;
    exports.RegisterTargetWithMaintenanceWindowCommand = RegisterTargetWithMaintenanceWindowCommand;
    exports.RegisterTargetWithMaintenanceWindowRequest$ = RegisterTargetWithMaintenanceWindowRequest$;
    exports.RegisterTargetWithMaintenanceWindowResult$ = RegisterTargetWithMaintenanceWindowResult$;
    exports.RegisterTaskWithMaintenanceWindow$ = RegisterTaskWithMaintenanceWindow$;
    exports.RegisterTaskWithMaintenanceWindowCommand = RegisterTaskWithMaintenanceWindowCommand;
    exports.RegisterTaskWithMaintenanceWindowRequest$ = RegisterTaskWithMaintenanceWindowRequest$;
    exports.RegisterTaskWithMaintenanceWindowResult$ = RegisterTaskWithMaintenanceWindowResult$;
    exports.RegistrationMetadataItem$ = RegistrationMetadataItem$;
    exports.RelatedOpsItem$ = RelatedOpsItem$;
    exports.RemoveTagsFromResource$ = RemoveTagsFromResource$;
    exports.RemoveTagsFromResourceCommand = RemoveTagsFromResourceCommand;
    exports.RemoveTagsFromResourceRequest$ = RemoveTagsFromResourceRequest$;
    exports.RemoveTagsFromResourceResult$ = RemoveTagsFromResourceResult$;
    exports.ResetServiceSetting$ = ResetServiceSetting$;
    exports.ResetServiceSettingCommand = ResetServiceSettingCommand;
    exports.ResetServiceSettingRequest$ = ResetServiceSettingRequest$;
    exports.ResetServiceSettingResult$ = ResetServiceSettingResult$;
    exports.ResolvedTargets$ = ResolvedTargets$;
    exports.ResourceComplianceSummaryItem$ = ResourceComplianceSummaryItem$;
    exports.ResourceDataSyncAlreadyExistsException = ResourceDataSyncAlreadyExistsException;
    exports.ResourceDataSyncAlreadyExistsException$ = ResourceDataSyncAlreadyExistsException$;
    exports.ResourceDataSyncAwsOrganizationsSource$ = ResourceDataSyncAwsOrganizationsSource$;
    exports.ResourceDataSyncConflictException = ResourceDataSyncConflictException;
    exports.ResourceDataSyncConflictException$ = ResourceDataSyncConflictException$;
    exports.ResourceDataSyncCountExceededException = ResourceDataSyncCountExceededException;
    exports.ResourceDataSyncCountExceededException$ = ResourceDataSyncCountExceededException$;
    exports.ResourceDataSyncDestinationDataSharing$ = ResourceDataSyncDestinationDataSharing$;
    exports.ResourceDataSyncInvalidConfigurationException = ResourceDataSyncInvalidConfigurationException;
    exports.ResourceDataSyncInvalidConfigurationException$ = ResourceDataSyncInvalidConfigurationException$;
    exports.ResourceDataSyncItem$ = ResourceDataSyncItem$;
    exports.ResourceDataSyncNotFoundException = ResourceDataSyncNotFoundException;
    exports.ResourceDataSyncNotFoundException$ = ResourceDataSyncNotFoundException$;
    exports.ResourceDataSyncOrganizationalUnit$ = ResourceDataSyncOrganizationalUnit$;
    exports.ResourceDataSyncS3Destination$ = ResourceDataSyncS3Destination$;
    exports.ResourceDataSyncS3Format = {
      JSON_SERDE: "JsonSerDe"
    };
    exports.ResourceDataSyncSource$ = ResourceDataSyncSource$;
    exports.ResourceDataSyncSourceWithState$ = ResourceDataSyncSourceWithState$;
    exports.ResourceInUseException = ResourceInUseException;
    exports.ResourceInUseException$ = ResourceInUseException$;
    exports.ResourceLimitExceededException = ResourceLimitExceededException;
    exports.ResourceLimitExceededException$ = ResourceLimitExceededException$;
    exports.ResourceNotFoundException = ResourceNotFoundException;
    exports.ResourceNotFoundException$ = ResourceNotFoundException$;
    exports.ResourcePolicyConflictException = ResourcePolicyConflictException;
    exports.ResourcePolicyConflictException$ = ResourcePolicyConflictException$;
    exports.ResourcePolicyInvalidParameterException = ResourcePolicyInvalidParameterException;
    exports.ResourcePolicyInvalidParameterException$ = ResourcePolicyInvalidParameterException$;
    exports.ResourcePolicyLimitExceededException = ResourcePolicyLimitExceededException;
    exports.ResourcePolicyLimitExceededException$ = ResourcePolicyLimitExceededException$;
    exports.ResourcePolicyNotFoundException = ResourcePolicyNotFoundException;
    exports.ResourcePolicyNotFoundException$ = ResourcePolicyNotFoundException$;
    exports.ResourceType = {
      EC2_INSTANCE: "EC2Instance",
      MANAGED_INSTANCE: "ManagedInstance"
    };
    exports.ResourceTypeForTagging = {
      ASSOCIATION: "Association",
      AUTOMATION: "Automation",
      CLOUD_CONNECTOR: "CloudConnector",
      DOCUMENT: "Document",
      MAINTENANCE_WINDOW: "MaintenanceWindow",
      MANAGED_INSTANCE: "ManagedInstance",
      OPSMETADATA: "OpsMetadata",
      OPS_ITEM: "OpsItem",
      PARAMETER: "Parameter",
      PATCH_BASELINE: "PatchBaseline"
    };
    exports.ResultAttribute$ = ResultAttribute$;
    exports.ResumeSession$ = ResumeSession$;
    exports.ResumeSessionCommand = ResumeSessionCommand;
    exports.ResumeSessionRequest$ = ResumeSessionRequest$;
    exports.ResumeSessionResponse$ = ResumeSessionResponse$;
    exports.ReviewInformation$ = ReviewInformation$;
    exports.ReviewStatus = {
      APPROVED: "APPROVED",
      NOT_REVIEWED: "NOT_REVIEWED",
      PENDING: "PENDING",
      REJECTED: "REJECTED"
    };
    exports.Runbook$ = Runbook$;
    exports.S3OutputLocation$ = S3OutputLocation$;
    exports.S3OutputUrl$ = S3OutputUrl$;
    exports.SSM = SSM;
    exports.SSMClient = SSMClient;
    exports.SSMServiceException = SSMServiceException;
    exports.SSMServiceException$ = SSMServiceException$;
    exports.ScheduledWindowExecution$ = ScheduledWindowExecution$;
    exports.SendAutomationSignal$ = SendAutomationSignal$;
    exports.SendAutomationSignalCommand = SendAutomationSignalCommand;
    exports.SendAutomationSignalRequest$ = SendAutomationSignalRequest$;
    exports.SendAutomationSignalResult$ = SendAutomationSignalResult$;
    exports.SendCommand$ = SendCommand$;
    exports.SendCommandCommand = SendCommandCommand;
    exports.SendCommandRequest$ = SendCommandRequest$;
    exports.SendCommandResult$ = SendCommandResult$;
    exports.ServiceQuotaExceededException = ServiceQuotaExceededException;
    exports.ServiceQuotaExceededException$ = ServiceQuotaExceededException$;
    exports.ServiceSetting$ = ServiceSetting$;
    exports.ServiceSettingNotFound = ServiceSettingNotFound;
    exports.ServiceSettingNotFound$ = ServiceSettingNotFound$;
    exports.Session$ = Session$;
    exports.SessionFilter$ = SessionFilter$;
    exports.SessionFilterKey = {
      ACCESS_TYPE: "AccessType",
      INVOKED_AFTER: "InvokedAfter",
      INVOKED_BEFORE: "InvokedBefore",
      OWNER: "Owner",
      SESSION_ID: "SessionId",
      STATUS: "Status",
      TARGET_ID: "Target"
    };
    exports.SessionManagerOutputUrl$ = SessionManagerOutputUrl$;
    exports.SessionState = {
      ACTIVE: "Active",
      HISTORY: "History"
    };
    exports.SessionStatus = {
      CONNECTED: "Connected",
      CONNECTING: "Connecting",
      DISCONNECTED: "Disconnected",
      FAILED: "Failed",
      TERMINATED: "Terminated",
      TERMINATING: "Terminating"
    };
    exports.SeveritySummary$ = SeveritySummary$;
    exports.SignalType = {
      APPROVE: "Approve",
      REJECT: "Reject",
      RESUME: "Resume",
      REVOKE: "Revoke",
      START_STEP: "StartStep",
      STOP_STEP: "StopStep"
    };
    exports.SourceType = {
      AWS_EC2_INSTANCE: "AWS::EC2::Instance",
      AWS_IOT_THING: "AWS::IoT::Thing",
      AWS_SSM_MANAGEDINSTANCE: "AWS::SSM::ManagedInstance",
      AZURE_INSTANCE: "Microsoft.Compute/virtualMachines",
      GCP_INSTANCE: "compute.googleapis.com/Instance"
    };
    exports.StartAccessRequest$ = StartAccessRequest$;
    exports.StartAccessRequestCommand = StartAccessRequestCommand;
    exports.StartAccessRequestRequest$ = StartAccessRequestRequest$;
    exports.StartAccessRequestResponse$ = StartAccessRequestResponse$;
    exports.StartAssociationsOnce$ = StartAssociationsOnce$;
    exports.StartAssociationsOnceCommand = StartAssociationsOnceCommand;
    exports.StartAssociationsOnceRequest$ = StartAssociationsOnceRequest$;
    exports.StartAssociationsOnceResult$ = StartAssociationsOnceResult$;
    exports.StartAutomationExecution$ = StartAutomationExecution$;
    exports.StartAutomationExecutionCommand = StartAutomationExecutionCommand;
    exports.StartAutomationExecutionRequest$ = StartAutomationExecutionRequest$;
    exports.StartAutomationExecutionResult$ = StartAutomationExecutionResult$;
    exports.StartChangeRequestExecution$ = StartChangeRequestExecution$;
    exports.StartChangeRequestExecutionCommand = StartChangeRequestExecutionCommand;
    exports.StartChangeRequestExecutionRequest$ = StartChangeRequestExecutionRequest$;
    exports.StartChangeRequestExecutionResult$ = StartChangeRequestExecutionResult$;
    exports.StartExecutionPreview$ = StartExecutionPreview$;
    exports.StartExecutionPreviewCommand = StartExecutionPreviewCommand;
    exports.StartExecutionPreviewRequest$ = StartExecutionPreviewRequest$;
    exports.StartExecutionPreviewResponse$ = StartExecutionPreviewResponse$;
    exports.StartSession$ = StartSession$;
    exports.StartSessionCommand = StartSessionCommand;
    exports.StartSessionRequest$ = StartSessionRequest$;
    exports.StartSessionResponse$ = StartSessionResponse$;
    exports.StatusUnchanged = StatusUnchanged;
    exports.StatusUnchanged$ = StatusUnchanged$;
    exports.StepExecution$ = StepExecution$;
    exports.StepExecutionFilter$ = StepExecutionFilter$;
    exports.StepExecutionFilterKey = {
      ACTION: "Action",
      PARENT_STEP_EXECUTION_ID: "ParentStepExecutionId",
      PARENT_STEP_ITERATION: "ParentStepIteration",
      PARENT_STEP_ITERATOR_VALUE: "ParentStepIteratorValue",
      START_TIME_AFTER: "StartTimeAfter",
      START_TIME_BEFORE: "StartTimeBefore",
      STEP_EXECUTION_ID: "StepExecutionId",
      STEP_EXECUTION_STATUS: "StepExecutionStatus",
      STEP_NAME: "StepName"
    };
    exports.StopAutomationExecution$ = StopAutomationExecution$;
    exports.StopAutomationExecutionCommand = StopAutomationExecutionCommand;
    exports.StopAutomationExecutionRequest$ = StopAutomationExecutionRequest$;
    exports.StopAutomationExecutionResult$ = StopAutomationExecutionResult$;
    exports.StopType = {
      CANCEL: "Cancel",
      COMPLETE: "Complete"
    };
    exports.SubTypeCountLimitExceededException = SubTypeCountLimitExceededException;
    exports.SubTypeCountLimitExceededException$ = SubTypeCountLimitExceededException$;
    exports.Tag$ = Tag$;
    exports.Target$ = Target$;
    exports.TargetInUseException = TargetInUseException;
    exports.TargetInUseException$ = TargetInUseException$;
    exports.TargetLocation$ = TargetLocation$;
    exports.TargetNotConnected = TargetNotConnected;
    exports.TargetNotConnected$ = TargetNotConnected$;
    exports.TargetPreview$ = TargetPreview$;
    exports.TargetsSummary$ = TargetsSummary$;
    exports.TerminateSession$ = TerminateSession$;
    exports.TerminateSessionCommand = TerminateSessionCommand;
    exports.TerminateSessionRequest$ = TerminateSessionRequest$;
    exports.TerminateSessionResponse$ = TerminateSessionResponse$;
    exports.ThrottlingException = ThrottlingException;
    exports.ThrottlingException$ = ThrottlingException$;
    exports.TooManyTagsError = TooManyTagsError;
    exports.TooManyTagsError$ = TooManyTagsError$;
    exports.TooManyUpdates = TooManyUpdates;
    exports.TooManyUpdates$ = TooManyUpdates$;
    exports.TotalSizeLimitExceededException = TotalSizeLimitExceededException;
    exports.TotalSizeLimitExceededException$ = TotalSizeLimitExceededException$;
    exports.UnlabelParameterVersion$ = UnlabelParameterVersion$;
    exports.UnlabelParameterVersionCommand = UnlabelParameterVersionCommand;
    exports.UnlabelParameterVersionRequest$ = UnlabelParameterVersionRequest$;
    exports.UnlabelParameterVersionResult$ = UnlabelParameterVersionResult$;
    exports.UnsupportedCalendarException = UnsupportedCalendarException;
    exports.UnsupportedCalendarException$ = UnsupportedCalendarException$;
    exports.UnsupportedFeatureRequiredException = UnsupportedFeatureRequiredException;
    exports.UnsupportedFeatureRequiredException$ = UnsupportedFeatureRequiredException$;
    exports.UnsupportedInventoryItemContextException = UnsupportedInventoryItemContextException;
    exports.UnsupportedInventoryItemContextException$ = UnsupportedInventoryItemContextException$;
    exports.UnsupportedInventorySchemaVersionException = UnsupportedInventorySchemaVersionException;
    exports.UnsupportedInventorySchemaVersionException$ = UnsupportedInventorySchemaVersionException$;
    exports.UnsupportedOperatingSystem = UnsupportedOperatingSystem;
    exports.UnsupportedOperatingSystem$ = UnsupportedOperatingSystem$;
    exports.UnsupportedOperationException = UnsupportedOperationException;
    exports.UnsupportedOperationException$ = UnsupportedOperationException$;
    exports.UnsupportedParameterType = UnsupportedParameterType;
    exports.UnsupportedParameterType$ = UnsupportedParameterType$;
    exports.UnsupportedPlatformType = UnsupportedPlatformType;
    exports.UnsupportedPlatformType$ = UnsupportedPlatformType$;
    exports.UpdateAssociation$ = UpdateAssociation$;
    exports.UpdateAssociationCommand = UpdateAssociationCommand;
    exports.UpdateAssociationRequest$ = UpdateAssociationRequest$;
    exports.UpdateAssociationResult$ = UpdateAssociationResult$;
    exports.UpdateAssociationStatus$ = UpdateAssociationStatus$;
    exports.UpdateAssociationStatusCommand = UpdateAssociationStatusCommand;
    exports.UpdateAssociationStatusRequest$ = UpdateAssociationStatusRequest$;
    exports.UpdateAssociationStatusResult$ = UpdateAssociationStatusResult$;
    exports.UpdateCloudConnector$ = UpdateCloudConnector$;
    exports.UpdateCloudConnectorCommand = UpdateCloudConnectorCommand;
    exports.UpdateCloudConnectorRequest$ = UpdateCloudConnectorRequest$;
    exports.UpdateCloudConnectorResult$ = UpdateCloudConnectorResult$;
    exports.UpdateDocument$ = UpdateDocument$;
    exports.UpdateDocumentCommand = UpdateDocumentCommand;
    exports.UpdateDocumentDefaultVersion$ = UpdateDocumentDefaultVersion$;
    exports.UpdateDocumentDefaultVersionCommand = UpdateDocumentDefaultVersionCommand;
    exports.UpdateDocumentDefaultVersionRequest$ = UpdateDocumentDefaultVersionRequest$;
    exports.UpdateDocumentDefaultVersionResult$ = UpdateDocumentDefaultVersionResult$;
    exports.UpdateDocumentMetadata$ = UpdateDocumentMetadata$;
    exports.UpdateDocumentMetadataCommand = UpdateDocumentMetadataCommand;
    exports.UpdateDocumentMetadataRequest$ = UpdateDocumentMetadataRequest$;
    exports.UpdateDocumentMetadataResponse$ = UpdateDocumentMetadataResponse$;
    exports.UpdateDocumentRequest$ = UpdateDocumentRequest$;
    exports.UpdateDocumentResult$ = UpdateDocumentResult$;
    exports.UpdateMaintenanceWindow$ = UpdateMaintenanceWindow$;
    exports.UpdateMaintenanceWindowCommand = UpdateMaintenanceWindowCommand;
    exports.UpdateMaintenanceWindowRequest$ = UpdateMaintenanceWindowRequest$;
    exports.UpdateMaintenanceWindowResult$ = UpdateMaintenanceWindowResult$;
    exports.UpdateMaintenanceWindowTarget$ = UpdateMaintenanceWindowTarget$;
    exports.UpdateMaintenanceWindowTargetCommand = UpdateMaintenanceWindowTargetCommand;
    exports.UpdateMaintenanceWindowTargetRequest$ = UpdateMaintenanceWindowTargetRequest$;
    exports.UpdateMaintenanceWindowTargetResult$ = UpdateMaintenanceWindowTargetResult$;
    exports.UpdateMaintenanceWindowTask$ = UpdateMaintenanceWindowTask$;
    exports.UpdateMaintenanceWindowTaskCommand = UpdateMaintenanceWindowTaskCommand;
    exports.UpdateMaintenanceWindowTaskRequest$ = UpdateMaintenanceWindowTaskRequest$;
    exports.UpdateMaintenanceWindowTaskResult$ = UpdateMaintenanceWindowTaskResult$;
    exports.UpdateManagedInstanceRole$ = UpdateManagedInstanceRole$;
    exports.UpdateManagedInstanceRoleCommand = UpdateManagedInstanceRoleCommand;
    exports.UpdateManagedInstanceRoleRequest$ = UpdateManagedInstanceRoleRequest$;
    exports.UpdateManagedInstanceRoleResult$ = UpdateManagedInstanceRoleResult$;
    exports.UpdateOpsItem$ = UpdateOpsItem$;
    exports.UpdateOpsItemCommand = UpdateOpsItemCommand;
    exports.UpdateOpsItemRequest$ = UpdateOpsItemRequest$;
    exports.UpdateOpsItemResponse$ = UpdateOpsItemResponse$;
    exports.UpdateOpsMetadata$ = UpdateOpsMetadata$;
    exports.UpdateOpsMetadataCommand = UpdateOpsMetadataCommand;
    exports.UpdateOpsMetadataRequest$ = UpdateOpsMetadataRequest$;
    exports.UpdateOpsMetadataResult$ = UpdateOpsMetadataResult$;
    exports.UpdatePatchBaseline$ = UpdatePatchBaseline$;
    exports.UpdatePatchBaselineCommand = UpdatePatchBaselineCommand;
    exports.UpdatePatchBaselineRequest$ = UpdatePatchBaselineRequest$;
    exports.UpdatePatchBaselineResult$ = UpdatePatchBaselineResult$;
    exports.UpdateResourceDataSync$ = UpdateResourceDataSync$;
    exports.UpdateResourceDataSyncCommand = UpdateResourceDataSyncCommand;
    exports.UpdateResourceDataSyncRequest$ = UpdateResourceDataSyncRequest$;
    exports.UpdateResourceDataSyncResult$ = UpdateResourceDataSyncResult$;
    exports.UpdateServiceSetting$ = UpdateServiceSetting$;
    exports.UpdateServiceSettingCommand = UpdateServiceSettingCommand;
    exports.UpdateServiceSettingRequest$ = UpdateServiceSettingRequest$;
    exports.UpdateServiceSettingResult$ = UpdateServiceSettingResult$;
    exports.ValidateCloudConnector$ = ValidateCloudConnector$;
    exports.ValidateCloudConnectorCommand = ValidateCloudConnectorCommand;
    exports.ValidateCloudConnectorRequest$ = ValidateCloudConnectorRequest$;
    exports.ValidateCloudConnectorResult$ = ValidateCloudConnectorResult$;
    exports.ValidationException = ValidationException;
    exports.ValidationException$ = ValidationException$;
    exports.ValidationFinding$ = ValidationFinding$;
    exports.ValidationFindingCode = {
      AWS_ROLE_ASSUMPTION_FAILED: "AwsRoleAssumptionFailed",
      OUTBOUND_WEB_IDENTITY_FEDERATION_DISABLED: "OutboundWebIdentityFederationDisabled",
      PROVIDER_CREDENTIAL_CREATION_FAILED: "ProviderCredentialCreationFailed",
      SUBSCRIPTION_ACCESSIBLE: "SubscriptionAccessible",
      TARGET_API_DISABLED: "TargetApiDisabled",
      TARGET_INACCESSIBLE: "TargetInaccessible",
      TARGET_MISSING_PERMISSIONS: "TargetMissingPermissions",
      TARGET_STATE_WARNING: "TargetStateWarning",
      TARGET_UNUSABLE: "TargetUnusable",
      TENANT_SUMMARY: "TenantSummary",
      WEB_IDENTITY_TOKEN_FAILED: "WebIdentityTokenFailed"
    };
    exports.ValidationFindingScope$ = ValidationFindingScope$;
    exports.ValidationFindingScopeType = {
      AZURE_SUBSCRIPTION: "azure:subscription",
      AZURE_TENANT: "azure:tenant",
      GCP_ORGANIZATION: "gcp:organization",
      GCP_PROJECT: "gcp:project"
    };
    exports.ValidationFindingType = {
      ERROR: "ERROR",
      INFO: "INFO",
      WARN: "WARN"
    };
    exports.errorTypeRegistries = errorTypeRegistries;
    exports.paginateDescribeActivations = paginateDescribeActivations;
    exports.paginateDescribeAssociationExecutionTargets = paginateDescribeAssociationExecutionTargets;
    exports.paginateDescribeAssociationExecutions = paginateDescribeAssociationExecutions;
    exports.paginateDescribeAutomationExecutions = paginateDescribeAutomationExecutions;
    exports.paginateDescribeAutomationStepExecutions = paginateDescribeAutomationStepExecutions;
    exports.paginateDescribeAvailablePatches = paginateDescribeAvailablePatches;
    exports.paginateDescribeEffectiveInstanceAssociations = paginateDescribeEffectiveInstanceAssociations;
    exports.paginateDescribeEffectivePatchesForPatchBaseline = paginateDescribeEffectivePatchesForPatchBaseline;
    exports.paginateDescribeInstanceAssociationsStatus = paginateDescribeInstanceAssociationsStatus;
    exports.paginateDescribeInstanceInformation = paginateDescribeInstanceInformation;
    exports.paginateDescribeInstancePatchStates = paginateDescribeInstancePatchStates;
    exports.paginateDescribeInstancePatchStatesForPatchGroup = paginateDescribeInstancePatchStatesForPatchGroup;
    exports.paginateDescribeInstancePatches = paginateDescribeInstancePatches;
    exports.paginateDescribeInstanceProperties = paginateDescribeInstanceProperties;
    exports.paginateDescribeInventoryDeletions = paginateDescribeInventoryDeletions;
    exports.paginateDescribeMaintenanceWindowExecutionTaskInvocations = paginateDescribeMaintenanceWindowExecutionTaskInvocations;
    exports.paginateDescribeMaintenanceWindowExecutionTasks = paginateDescribeMaintenanceWindowExecutionTasks;
    exports.paginateDescribeMaintenanceWindowExecutions = paginateDescribeMaintenanceWindowExecutions;
    exports.paginateDescribeMaintenanceWindowSchedule = paginateDescribeMaintenanceWindowSchedule;
    exports.paginateDescribeMaintenanceWindowTargets = paginateDescribeMaintenanceWindowTargets;
    exports.paginateDescribeMaintenanceWindowTasks = paginateDescribeMaintenanceWindowTasks;
    exports.paginateDescribeMaintenanceWindows = paginateDescribeMaintenanceWindows;
    exports.paginateDescribeMaintenanceWindowsForTarget = paginateDescribeMaintenanceWindowsForTarget;
    exports.paginateDescribeOpsItems = paginateDescribeOpsItems;
    exports.paginateDescribeParameters = paginateDescribeParameters;
    exports.paginateDescribePatchBaselines = paginateDescribePatchBaselines;
    exports.paginateDescribePatchGroups = paginateDescribePatchGroups;
    exports.paginateDescribePatchProperties = paginateDescribePatchProperties;
    exports.paginateDescribeSessions = paginateDescribeSessions;
    exports.paginateGetInventory = paginateGetInventory;
    exports.paginateGetInventorySchema = paginateGetInventorySchema;
    exports.paginateGetOpsSummary = paginateGetOpsSummary;
    exports.paginateGetParameterHistory = paginateGetParameterHistory;
    exports.paginateGetParametersByPath = paginateGetParametersByPath;
    exports.paginateGetResourcePolicies = paginateGetResourcePolicies;
    exports.paginateListAssociationVersions = paginateListAssociationVersions;
    exports.paginateListAssociations = paginateListAssociations;
    exports.paginateListCloudConnectors = paginateListCloudConnectors;
    exports.paginateListCommandInvocations = paginateListCommandInvocations;
    exports.paginateListCommands = paginateListCommands;
    exports.paginateListComplianceItems = paginateListComplianceItems;
    exports.paginateListComplianceSummaries = paginateListComplianceSummaries;
    exports.paginateListDocumentVersions = paginateListDocumentVersions;
    exports.paginateListDocuments = paginateListDocuments;
    exports.paginateListNodes = paginateListNodes;
    exports.paginateListNodesSummary = paginateListNodesSummary;
    exports.paginateListOpsItemEvents = paginateListOpsItemEvents;
    exports.paginateListOpsItemRelatedItems = paginateListOpsItemRelatedItems;
    exports.paginateListOpsMetadata = paginateListOpsMetadata;
    exports.paginateListResourceComplianceSummaries = paginateListResourceComplianceSummaries;
    exports.paginateListResourceDataSync = paginateListResourceDataSync;
    exports.paginateValidateCloudConnector = paginateValidateCloudConnector;
    exports.waitForCommandExecuted = async (params, input) => createWaiter({
      minDelay: 5,
      maxDelay: 120,
      ...params
    }, input, checkState);
    exports.waitUntilCommandExecuted = waitUntilCommandExecuted;
  }
};