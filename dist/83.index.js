export const id = 83;

export const ids = [ 83 ];

export const modules = {
  7650: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
    __webpack_require__.d(__webpack_exports__, {
      j: () => SSMClient
    });
    var client = __webpack_require__(5152);
    var dist_cjs = __webpack_require__(402);
    var submodules_client = __webpack_require__(2658);
    var submodules_config = __webpack_require__(7291);
    var endpoints = __webpack_require__(2085);
    var protocols = __webpack_require__(3422);
    var retry = __webpack_require__(3609);
    var schema = __webpack_require__(6890);
    var httpAuthSchemes = __webpack_require__(7523);
    const defaultSSMHttpAuthSchemeParametersProvider = async (config, context, input) => ({
      operation: (0, submodules_client.getSmithyContext)(context).operation,
      region: await (0, submodules_client.normalizeProvider)(config.region)() || (() => {
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
      const config_0 = (0, httpAuthSchemes.resolveAwsSdkSigV4Config)(config);
      return Object.assign(config_0, {
        authSchemePreference: (0, submodules_client.normalizeProvider)(config.authSchemePreference ?? [])
      });
    };
    var EndpointParameters = __webpack_require__(2805);
    const package_namespaceObject = {
      rE: "3.1169.0"
    };
    var credential_provider_node_dist_cjs = __webpack_require__(5861);
    var serde = __webpack_require__(2430);
    var node_http_handler_dist_cjs = __webpack_require__(1279);
    var submodules_protocols = __webpack_require__(7288);
    var checksum = __webpack_require__(9542);
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
    const bdd = endpoints.BinaryDecisionDiagram.from(nodes, 2, _data.conditions, _data.results);
    const cache = new endpoints.EndpointCache({
      size: 50,
      params: [ "Endpoint", "Region", "UseDualStack", "UseFIPS" ]
    });
    const defaultEndpointResolver = (endpointParams, context = {}) => cache.get(endpointParams, () => (0, 
    endpoints.decideEndpoint)(bdd, {
      endpointParams: endpointParams,
      logger: context.logger
    }));
    endpoints.customEndpointFunctions.aws = client.awsEndpointFunctions;
    var schemas_0 = __webpack_require__(9060);
    const getRuntimeConfig = config => ({
      apiVersion: "2014-11-06",
      base64Decoder: config?.base64Decoder ?? serde.fromBase64,
      base64Encoder: config?.base64Encoder ?? serde.toBase64,
      disableHostPrefix: config?.disableHostPrefix ?? false,
      endpointProvider: config?.endpointProvider ?? defaultEndpointResolver,
      extensions: config?.extensions ?? [],
      httpAuthSchemeProvider: config?.httpAuthSchemeProvider ?? defaultSSMHttpAuthSchemeProvider,
      httpAuthSchemes: config?.httpAuthSchemes ?? [ {
        schemeId: "aws.auth#sigv4",
        identityProvider: ipc => ipc.getIdentityProvider("aws.auth#sigv4"),
        signer: new httpAuthSchemes.AwsSdkSigV4Signer
      } ],
      logger: config?.logger ?? new submodules_client.NoOpLogger,
      protocol: config?.protocol ?? submodules_protocols.AwsJson1_1Protocol,
      protocolSettings: config?.protocolSettings ?? {
        defaultNamespace: "com.amazonaws.ssm",
        errorTypeRegistries: schemas_0.q1U,
        xmlNamespace: "http://ssm.amazonaws.com/doc/2014-11-06/",
        version: "2014-11-06",
        serviceTarget: "AmazonSSM"
      },
      serviceId: config?.serviceId ?? "SSM",
      sha256: config?.sha256 ?? checksum.Sha256,
      urlParser: config?.urlParser ?? protocols.parseUrl,
      utf8Decoder: config?.utf8Decoder ?? serde.fromUtf8,
      utf8Encoder: config?.utf8Encoder ?? serde.toUtf8
    });
    const runtimeConfig_getRuntimeConfig = config => {
      (0, submodules_client.emitWarningIfUnsupportedVersion)(process.version);
      const defaultsMode = (0, submodules_config.resolveDefaultsModeConfig)(config);
      const defaultConfigProvider = () => defaultsMode().then(submodules_client.loadConfigsForDefaultMode);
      const clientSharedValues = getRuntimeConfig(config);
      (0, client.emitWarningIfUnsupportedVersion)(process.version);
      const loaderConfig = {
        profile: config?.profile,
        logger: clientSharedValues.logger
      };
      return {
        ...clientSharedValues,
        ...config,
        runtime: "node",
        defaultsMode: defaultsMode,
        authSchemePreference: config?.authSchemePreference ?? (0, submodules_config.loadConfig)(httpAuthSchemes.NODE_AUTH_SCHEME_PREFERENCE_OPTIONS, loaderConfig),
        bodyLengthChecker: config?.bodyLengthChecker ?? serde.calculateBodyLength,
        credentialDefaultProvider: config?.credentialDefaultProvider ?? credential_provider_node_dist_cjs.v6,
        defaultSocketTimeout: (0, client.getDefaultSocketTimeout)(config?.requestHandler, 9e5),
        defaultUserAgentProvider: config?.defaultUserAgentProvider ?? (0, client.createDefaultUserAgentProvider)({
          serviceId: clientSharedValues.serviceId,
          clientVersion: package_namespaceObject.rE
        }),
        maxAttempts: config?.maxAttempts ?? (0, submodules_config.loadConfig)(retry.NODE_MAX_ATTEMPT_CONFIG_OPTIONS, config),
        region: config?.region ?? (0, submodules_config.loadConfig)(submodules_config.NODE_REGION_CONFIG_OPTIONS, {
          ...submodules_config.NODE_REGION_CONFIG_FILE_OPTIONS,
          ...loaderConfig
        }),
        requestHandler: node_http_handler_dist_cjs.NodeHttpHandler.create(config?.requestHandler ?? defaultConfigProvider),
        retryMode: config?.retryMode ?? (0, submodules_config.loadConfig)({
          ...retry.NODE_RETRY_MODE_CONFIG_OPTIONS,
          default: async () => (await defaultConfigProvider()).retryMode || retry.DEFAULT_RETRY_MODE
        }, config),
        streamCollector: config?.streamCollector ?? node_http_handler_dist_cjs.streamCollector,
        useDualstackEndpoint: config?.useDualstackEndpoint ?? (0, submodules_config.loadConfig)(submodules_config.NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
        useFipsEndpoint: config?.useFipsEndpoint ?? (0, submodules_config.loadConfig)(submodules_config.NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
        userAgentAppId: config?.userAgentAppId ?? (0, submodules_config.loadConfig)(client.NODE_APP_ID_CONFIG_OPTIONS, loaderConfig)
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
      const extensionConfiguration = Object.assign((0, client.getAwsRegionExtensionConfiguration)(runtimeConfig), (0, 
      submodules_client.getDefaultExtensionConfiguration)(runtimeConfig), (0, protocols.getHttpHandlerExtensionConfiguration)(runtimeConfig), getHttpAuthExtensionConfiguration(runtimeConfig));
      extensions.forEach(extension => extension.configure(extensionConfiguration));
      return Object.assign(runtimeConfig, (0, client.resolveAwsRegionExtensionConfiguration)(extensionConfiguration), (0, 
      submodules_client.resolveDefaultRuntimeConfig)(extensionConfiguration), (0, protocols.resolveHttpHandlerRuntimeConfig)(extensionConfiguration), resolveHttpAuthRuntimeConfig(extensionConfiguration));
    };
    class SSMClient extends submodules_client.Client {
      config;
      constructor(...[configuration]) {
        const _config_0 = runtimeConfig_getRuntimeConfig(configuration || {});
        super(_config_0);
        this.initConfig = _config_0;
        const _config_1 = (0, EndpointParameters.v)(_config_0);
        const _config_2 = (0, client.resolveUserAgentConfig)(_config_1);
        const _config_3 = (0, retry.resolveRetryConfig)(_config_2);
        const _config_4 = (0, submodules_config.resolveRegionConfig)(_config_3);
        const _config_5 = (0, client.resolveHostHeaderConfig)(_config_4);
        const _config_6 = (0, endpoints.resolveEndpointConfig)(_config_5);
        const _config_7 = resolveHttpAuthSchemeConfig(_config_6);
        const _config_8 = resolveRuntimeExtensions(_config_7, configuration?.extensions || []);
        this.config = _config_8;
        this.middlewareStack.use((0, schema.getSchemaSerdePlugin)(this.config));
        this.middlewareStack.use((0, client.getUserAgentPlugin)(this.config));
        this.middlewareStack.use((0, retry.getRetryPlugin)(this.config));
        this.middlewareStack.use((0, protocols.getContentLengthPlugin)(this.config));
        this.middlewareStack.use((0, client.getHostHeaderPlugin)(this.config));
        this.middlewareStack.use((0, client.getLoggerPlugin)(this.config));
        this.middlewareStack.use((0, client.getRecursionDetectionPlugin)(this.config));
        this.middlewareStack.use((0, dist_cjs.getHttpAuthSchemeEndpointRuleSetPlugin)(this.config, {
          httpAuthSchemeParametersProvider: defaultSSMHttpAuthSchemeParametersProvider,
          identityProviderConfigProvider: async config => new dist_cjs.DefaultIdentityProviderConfig({
            "aws.auth#sigv4": config.credentials
          })
        }));
        this.middlewareStack.use((0, dist_cjs.getHttpSigningPlugin)(this.config));
      }
      destroy() {
        super.destroy();
      }
    }
  },
  6896: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
    __webpack_require__.d(__webpack_exports__, {
      G5: () => command,
      lq: () => _ep0,
      yt: () => _mw0
    });
    var _smithy_core_client__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2658);
    var _smithy_core_endpoints__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2085);
    var _endpoint_EndpointParameters__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2805);
    const command = (0, _smithy_core_client__WEBPACK_IMPORTED_MODULE_0__.makeBuilder)(_endpoint_EndpointParameters__WEBPACK_IMPORTED_MODULE_1__.S, "AmazonSSM", "SSMClient", _smithy_core_endpoints__WEBPACK_IMPORTED_MODULE_2__.getEndpointPlugin);
    const _ep0 = {};
    const _mw0 = (Command, cs, config, o) => [];
  },
  3773: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
    __webpack_require__.d(__webpack_exports__, {
      l: () => GetParameterCommand
    });
    var _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6896);
    var _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9060);
    class GetParameterCommand extends((0, _commandBuilder__WEBPACK_IMPORTED_MODULE_0__.G5)(_commandBuilder__WEBPACK_IMPORTED_MODULE_0__.lq, _commandBuilder__WEBPACK_IMPORTED_MODULE_0__.yt, "GetParameter", _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__.unS)){}
  },
  8704: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
    __webpack_require__.d(__webpack_exports__, {
      i: () => PutParameterCommand
    });
    var _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6896);
    var _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9060);
    class PutParameterCommand extends((0, _commandBuilder__WEBPACK_IMPORTED_MODULE_0__.G5)(_commandBuilder__WEBPACK_IMPORTED_MODULE_0__.lq, _commandBuilder__WEBPACK_IMPORTED_MODULE_0__.yt, "PutParameter", _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__.t7P)){}
  },
  2805: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
    __webpack_require__.d(__webpack_exports__, {
      S: () => commonParams,
      v: () => resolveClientEndpointParameters
    });
    const resolveClientEndpointParameters = options => Object.assign(options, {
      useDualstackEndpoint: options.useDualstackEndpoint ?? false,
      useFipsEndpoint: options.useFipsEndpoint ?? false,
      defaultSigningName: "ssm"
    });
    const commonParams = {
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
    };
  },
  9060: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
    __webpack_require__.d(__webpack_exports__, {
      unS: () => GetParameter$,
      t7P: () => PutParameter$,
      q1U: () => errorTypeRegistries
    });
    var schema = __webpack_require__(6890);
    var client = __webpack_require__(2658);
    class SSMServiceException extends client.ServiceException {
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
    const _DTa = "DataType";
    const _L = "Limit";
    const _LT = "LimitType";
    const _M = "Message";
    const _N = "Name";
    const _OII = "OpsItemId";
    const _PN = "ParameterNames";
    const _Par = "Parameter";
    const _QC = "QuotaCode";
    const _SC = "ServiceCode";
    const _SN = "SyncName";
    const _TN = "TypeName";
    const _Tie = "Tier";
    const _Ty = "Type";
    const _V = "Value";
    const _Ve = "Version";
    const _aQE = "awsQueryError";
    const _c = "client";
    const _e = "error";
    const _m = "message";
    const _s = "smithy.ts.sdk.synthetic.com.amazonaws.ssm";
    const n0 = "com.amazonaws.ssm";
    const _s_registry = new schema.TypeRegistry(_s);
    var SSMServiceException$ = [ -3, _s, "SSMServiceException", 0, [], [] ];
    _s_registry.registerError(SSMServiceException$, SSMServiceException);
    const n0_registry = new schema.TypeRegistry(n0);
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
    var InvalidParameters$ = [ -3, n0, "InvalidParameters", {
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
    }, [ "ResourceTypes", _L, _LT, _M ], [ 64 | 0, 1, 0, 0 ] ];
    n0_registry.registerError(OpsItemLimitExceededException$, OpsItemLimitExceededException);
    var OpsItemNotFoundException$ = [ -3, n0, "OpsItemNotFoundException", {
      [_aQE]: [ `OpsItemNotFoundException`, 400 ],
      [_e]: _c
    }, [ _M ], [ 0 ] ];
    n0_registry.registerError(OpsItemNotFoundException$, OpsItemNotFoundException);
    var OpsItemRelatedItemAlreadyExistsException$ = [ -3, n0, "OpsItemRelatedItemAlreadyExistsException", {
      [_aQE]: [ `OpsItemRelatedItemAlreadyExistsException`, 400 ],
      [_e]: _c
    }, [ _M, "ResourceUri", _OII ], [ 0, 0, 0 ] ];
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
    }, [ _SN, "SyncType", _M ], [ 0, 0, 0 ] ];
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
    }, [ _M, _QC, _SC, "ResourceId", "ResourceType" ], [ 0, 0, 0, 0, 0 ], 3 ];
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
    var PSParameterValue = [ 0, n0, "PSParameterValue", 8, 0 ];
    var GetParameterRequest$ = [ 3, n0, "GetParameterRequest", 0, [ _N, "WithDecryption" ], [ 0, 2 ], 1 ];
    var GetParameterResult$ = [ 3, n0, "GetParameterResult", 0, [ _Par ], [ [ () => Parameter$, 0 ] ] ];
    var Parameter$ = [ 3, n0, _Par, 0, [ _N, _Ty, _V, _Ve, "Selector", "SourceResult", "LastModifiedDate", "ARN", _DTa ], [ 0, 0, [ () => PSParameterValue, 0 ], 1, 0, 0, 4, 0, 0 ] ];
    var PutParameterRequest$ = [ 3, n0, "PutParameterRequest", 0, [ _N, _V, "Description", _Ty, "KeyId", "Overwrite", "AllowedPattern", "Tags", _Tie, "Policies", _DTa ], [ 0, [ () => PSParameterValue, 0 ], 0, 0, 0, 2, 0, () => TagList, 0, 0, 0 ], 2 ];
    var PutParameterResult$ = [ 3, n0, "PutParameterResult", 0, [ _Ve, _Tie ], [ 1, 0 ] ];
    var Tag$ = [ 3, n0, "Tag", 0, [ "Key", _V ], [ 0, 0 ], 2 ];
    var TagList = [ 1, n0, "TagList", 0, () => Tag$ ];
    var GetParameter$ = [ 9, n0, "GetParameter", 0, () => GetParameterRequest$, () => GetParameterResult$ ];
    var PutParameter$ = [ 9, n0, "PutParameter", 0, () => PutParameterRequest$, () => PutParameterResult$ ];
  }
};