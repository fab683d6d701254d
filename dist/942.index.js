export const id = 942;

export const ids = [ 942 ];

export const modules = {
  8300: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
    __webpack_require__.d(__webpack_exports__, {
      h: () => IAMClient
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
    const defaultIAMHttpAuthSchemeParametersProvider = async (config, context, input) => ({
      operation: (0, submodules_client.getSmithyContext)(context).operation,
      region: await (0, submodules_client.normalizeProvider)(config.region)() || (() => {
        throw new Error("expected `region` to be configured for `aws.auth#sigv4`");
      })()
    });
    function createAwsAuthSigv4HttpAuthOption(authParameters) {
      return {
        schemeId: "aws.auth#sigv4",
        signingProperties: {
          name: "iam",
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
    const defaultIAMHttpAuthSchemeProvider = authParameters => {
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
    var EndpointParameters = __webpack_require__(8097);
    const package_namespaceObject = {
      rE: "3.1169.0"
    };
    var credential_provider_node_dist_cjs = __webpack_require__(5861);
    var serde = __webpack_require__(2430);
    var node_http_handler_dist_cjs = __webpack_require__(1279);
    var submodules_protocols = __webpack_require__(7288);
    var checksum = __webpack_require__(9542);
    const v = "ref", w = "authSchemes", x = "name", y = "signingRegion";
    const a = -1, b = true, c = "isSet", d = "PartitionResult", e = "stringEquals", f = "booleanEquals", g = "getAttr", h = {
      [v]: "Endpoint"
    }, i = {
      fn: g,
      argv: [ {
        [v]: d
      }, "name" ]
    }, j = {
      [v]: d
    }, k = {
      [w]: [ {
        [x]: "sigv4",
        [y]: "us-east-1"
      } ]
    }, l = {
      [w]: [ {
        [x]: "sigv4",
        [y]: "cn-north-1"
      } ]
    }, m = {
      [w]: [ {
        [x]: "sigv4",
        [y]: "us-gov-west-1"
      } ]
    }, n = {
      [w]: [ {
        [x]: "sigv4",
        [y]: "us-iso-east-1"
      } ]
    }, o = {
      [w]: [ {
        [x]: "sigv4",
        [y]: "us-isob-east-1"
      } ]
    }, p = {
      [w]: [ {
        [x]: "sigv4",
        [y]: "eu-isoe-west-1"
      } ]
    }, q = {
      [w]: [ {
        [x]: "sigv4",
        [y]: "us-isof-south-1"
      } ]
    }, s = {
      [w]: [ {
        [x]: "sigv4",
        [y]: "eusc-de-east-1"
      } ]
    }, t = {
      [w]: [ {
        [x]: "sigv4",
        [y]: "{PartitionResult#implicitGlobalRegion}"
      } ]
    }, u = [ {
      [v]: "Region"
    } ];
    const _data = {
      conditions: [ [ c, [ h ] ], [ c, u ], [ "aws.partition", u, d ], [ e, [ i, "aws" ] ], [ e, [ i, "aws-cn" ] ], [ e, [ i, "aws-us-gov" ] ], [ e, [ i, "aws-iso" ] ], [ f, [ {
        [v]: "UseFIPS"
      }, b ] ], [ f, [ {
        [v]: "UseDualStack"
      }, b ] ], [ e, [ i, "aws-iso-b" ] ], [ e, [ i, "aws-iso-e" ] ], [ e, [ i, "aws-iso-f" ] ], [ e, [ i, "aws-eusc" ] ], [ f, [ {
        fn: g,
        argv: [ j, "supportsDualStack" ]
      }, b ] ], [ f, [ {
        fn: g,
        argv: [ j, "supportsFIPS" ]
      }, b ] ] ],
      results: [ [ a ], [ a, "Invalid Configuration: FIPS and custom endpoint are not supported" ], [ a, "Invalid Configuration: Dualstack and custom endpoint are not supported" ], [ h, {} ], [ "https://iam.amazonaws.com", k ], [ "https://iam-fips.amazonaws.com", k ], [ "https://iam.global.api.aws", k ], [ "https://iam-fips.global.api.aws", k ], [ "https://iam.global.api.amazonwebservices.com.cn", l ], [ "https://iam-fips.api.amazonwebservices.com.cn", l ], [ "https://iam.cn-north-1.amazonaws.com.cn", l ], [ "https://iam-fips.amazonaws.com.cn", l ], [ "https://iam.us-gov.api.aws", m ], [ "https://iam.us-gov.amazonaws.com", m ], [ "https://iam.us-iso-east-1.c2s.ic.gov", n ], [ "https://iam-fips.us-iso-east-1.c2s.ic.gov", n ], [ "https://iam.api.aws.ic.gov", n ], [ "https://iam-fips.api.aws.ic.gov", n ], [ "https://iam.us-isob-east-1.sc2s.sgov.gov", o ], [ "https://iam-fips.us-isob-east-1.sc2s.sgov.gov", o ], [ "https://iam.api.aws.scloud", o ], [ "https://iam-fips.api.aws.scloud", o ], [ "https://iam.eu-isoe-west-1.cloud.adc-e.uk", p ], [ "https://iam-fips.cloud.adc-e.uk", p ], [ "https://iam.api.cloud-aws.adc-e.uk", p ], [ "https://iam-fips.api.cloud-aws.adc-e.uk", p ], [ "https://iam.us-isof-south-1.csp.hci.ic.gov", q ], [ "https://iam-fips.csp.hci.ic.gov", q ], [ "https://iam.api.aws.hci.ic.gov", q ], [ "https://iam-fips.api.aws.hci.ic.gov", q ], [ "https://iam.eusc-de-east-1.amazonaws.eu", s ], [ "https://iam-fips.amazonaws.eu", s ], [ "https://iam.global.api.amazonwebservices.eu", s ], [ "https://iam-fips.api.amazonwebservices.eu", s ], [ "https://iam-fips.{PartitionResult#implicitGlobalRegion}.{PartitionResult#dualStackDnsSuffix}", t ], [ a, "FIPS and DualStack are enabled, but this partition does not support one or both" ], [ "https://iam-fips.{PartitionResult#implicitGlobalRegion}.{PartitionResult#dnsSuffix}", t ], [ a, "FIPS is enabled but this partition does not support FIPS" ], [ "https://iam.{PartitionResult#implicitGlobalRegion}.{PartitionResult#dualStackDnsSuffix}", t ], [ a, "DualStack is enabled but this partition does not support DualStack" ], [ "https://iam.{PartitionResult#implicitGlobalRegion}.{PartitionResult#dnsSuffix}", t ], [ a, "Invalid Configuration: Missing Region" ] ]
    };
    const r = 1e8;
    const nodes = new Int32Array([ -1, 1, -1, 0, 42, 3, 1, 4, r + 41, 2, 5, r + 41, 3, 39, 6, 4, 36, 7, 5, 35, 8, 6, 32, 9, 7, 20, 10, 8, 15, 11, 9, r + 18, 12, 10, r + 22, 13, 11, r + 26, 14, 12, r + 30, r + 40, 9, r + 20, 16, 10, r + 24, 17, 11, r + 28, 18, 12, r + 32, 19, 13, r + 38, r + 39, 8, 26, 21, 9, r + 19, 22, 10, r + 23, 23, 11, r + 27, 24, 12, r + 31, 25, 14, r + 36, r + 37, 9, r + 21, 27, 10, r + 25, 28, 11, r + 29, 29, 12, r + 33, 30, 13, 31, r + 35, 14, r + 34, r + 35, 7, 34, 33, 8, r + 16, r + 14, 8, r + 17, r + 15, 8, r + 12, r + 13, 7, 38, 37, 8, r + 8, r + 10, 8, r + 9, r + 11, 7, 41, 40, 8, r + 6, r + 4, 8, r + 7, r + 5, 7, r + 1, 43, 8, r + 2, r + 3 ]);
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
    var schemas_0 = __webpack_require__(135);
    const getRuntimeConfig = config => ({
      apiVersion: "2010-05-08",
      base64Decoder: config?.base64Decoder ?? serde.fromBase64,
      base64Encoder: config?.base64Encoder ?? serde.toBase64,
      disableHostPrefix: config?.disableHostPrefix ?? false,
      endpointProvider: config?.endpointProvider ?? defaultEndpointResolver,
      extensions: config?.extensions ?? [],
      httpAuthSchemeProvider: config?.httpAuthSchemeProvider ?? defaultIAMHttpAuthSchemeProvider,
      httpAuthSchemes: config?.httpAuthSchemes ?? [ {
        schemeId: "aws.auth#sigv4",
        identityProvider: ipc => ipc.getIdentityProvider("aws.auth#sigv4"),
        signer: new httpAuthSchemes.AwsSdkSigV4Signer
      } ],
      logger: config?.logger ?? new submodules_client.NoOpLogger,
      protocol: config?.protocol ?? submodules_protocols.AwsQueryProtocol,
      protocolSettings: config?.protocolSettings ?? {
        defaultNamespace: "com.amazonaws.iam",
        errorTypeRegistries: schemas_0.q1U,
        xmlNamespace: "https://iam.amazonaws.com/doc/2010-05-08/",
        version: "2010-05-08",
        serviceTarget: "AWSIdentityManagementV20100508"
      },
      serviceId: config?.serviceId ?? "IAM",
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
        defaultSocketTimeout: (0, client.getDefaultSocketTimeout)(config?.requestHandler, 3e5),
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
    class IAMClient extends submodules_client.Client {
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
          httpAuthSchemeParametersProvider: defaultIAMHttpAuthSchemeParametersProvider,
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
  3924: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
    __webpack_require__.d(__webpack_exports__, {
      G5: () => command,
      lq: () => _ep0,
      yt: () => _mw0
    });
    var _smithy_core_client__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2658);
    var _smithy_core_endpoints__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2085);
    var _endpoint_EndpointParameters__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8097);
    const command = (0, _smithy_core_client__WEBPACK_IMPORTED_MODULE_0__.makeBuilder)(_endpoint_EndpointParameters__WEBPACK_IMPORTED_MODULE_1__.S, "AWSIdentityManagementV20100508", "IAMClient", _smithy_core_endpoints__WEBPACK_IMPORTED_MODULE_2__.getEndpointPlugin);
    const _ep0 = {};
    const _mw0 = (Command, cs, config, o) => [];
  },
  483: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
    __webpack_require__.d(__webpack_exports__, {
      D: () => DeleteInstanceProfileCommand
    });
    var _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3924);
    var _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(135);
    class DeleteInstanceProfileCommand extends((0, _commandBuilder__WEBPACK_IMPORTED_MODULE_0__.G5)(_commandBuilder__WEBPACK_IMPORTED_MODULE_0__.lq, _commandBuilder__WEBPACK_IMPORTED_MODULE_0__.yt, "DeleteInstanceProfile", _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__.wgw)){}
  },
  5153: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
    __webpack_require__.d(__webpack_exports__, {
      $: () => DeleteRoleCommand
    });
    var _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3924);
    var _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(135);
    class DeleteRoleCommand extends((0, _commandBuilder__WEBPACK_IMPORTED_MODULE_0__.G5)(_commandBuilder__WEBPACK_IMPORTED_MODULE_0__.lq, _commandBuilder__WEBPACK_IMPORTED_MODULE_0__.yt, "DeleteRole", _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__.oGV)){}
  },
  3055: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
    __webpack_require__.d(__webpack_exports__, {
      T: () => DeleteRolePolicyCommand
    });
    var _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3924);
    var _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(135);
    class DeleteRolePolicyCommand extends((0, _commandBuilder__WEBPACK_IMPORTED_MODULE_0__.G5)(_commandBuilder__WEBPACK_IMPORTED_MODULE_0__.lq, _commandBuilder__WEBPACK_IMPORTED_MODULE_0__.yt, "DeleteRolePolicy", _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__.Wmz)){}
  },
  1976: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
    __webpack_require__.d(__webpack_exports__, {
      Q: () => GetInstanceProfileCommand
    });
    var _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3924);
    var _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(135);
    class GetInstanceProfileCommand extends((0, _commandBuilder__WEBPACK_IMPORTED_MODULE_0__.G5)(_commandBuilder__WEBPACK_IMPORTED_MODULE_0__.lq, _commandBuilder__WEBPACK_IMPORTED_MODULE_0__.yt, "GetInstanceProfile", _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__.nqs)){}
  },
  3836: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
    __webpack_require__.d(__webpack_exports__, {
      k: () => GetRoleCommand
    });
    var _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3924);
    var _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(135);
    class GetRoleCommand extends((0, _commandBuilder__WEBPACK_IMPORTED_MODULE_0__.G5)(_commandBuilder__WEBPACK_IMPORTED_MODULE_0__.lq, _commandBuilder__WEBPACK_IMPORTED_MODULE_0__.yt, "GetRole", _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__.pW4)){}
  },
  8292: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
    __webpack_require__.d(__webpack_exports__, {
      o: () => ListInstanceProfilesForRoleCommand
    });
    var _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3924);
    var _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(135);
    class ListInstanceProfilesForRoleCommand extends((0, _commandBuilder__WEBPACK_IMPORTED_MODULE_0__.G5)(_commandBuilder__WEBPACK_IMPORTED_MODULE_0__.lq, _commandBuilder__WEBPACK_IMPORTED_MODULE_0__.yt, "ListInstanceProfilesForRole", _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__.Fuf)){}
  },
  3286: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
    __webpack_require__.d(__webpack_exports__, {
      Y: () => ListRolePoliciesCommand
    });
    var _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3924);
    var _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(135);
    class ListRolePoliciesCommand extends((0, _commandBuilder__WEBPACK_IMPORTED_MODULE_0__.G5)(_commandBuilder__WEBPACK_IMPORTED_MODULE_0__.lq, _commandBuilder__WEBPACK_IMPORTED_MODULE_0__.yt, "ListRolePolicies", _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__.rBP)){}
  },
  1916: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
    __webpack_require__.d(__webpack_exports__, {
      S: () => RemoveRoleFromInstanceProfileCommand
    });
    var _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3924);
    var _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(135);
    class RemoveRoleFromInstanceProfileCommand extends((0, _commandBuilder__WEBPACK_IMPORTED_MODULE_0__.G5)(_commandBuilder__WEBPACK_IMPORTED_MODULE_0__.lq, _commandBuilder__WEBPACK_IMPORTED_MODULE_0__.yt, "RemoveRoleFromInstanceProfile", _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__.b5x)){}
  },
  8097: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
    __webpack_require__.d(__webpack_exports__, {
      S: () => commonParams,
      v: () => resolveClientEndpointParameters
    });
    const resolveClientEndpointParameters = options => Object.assign(options, {
      useDualstackEndpoint: options.useDualstackEndpoint ?? false,
      useFipsEndpoint: options.useFipsEndpoint ?? false,
      defaultSigningName: "iam"
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
  135: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
    __webpack_require__.d(__webpack_exports__, {
      wgw: () => DeleteInstanceProfile$,
      oGV: () => DeleteRole$,
      Wmz: () => DeleteRolePolicy$,
      nqs: () => GetInstanceProfile$,
      pW4: () => GetRole$,
      Fuf: () => ListInstanceProfilesForRole$,
      rBP: () => ListRolePolicies$,
      b5x: () => RemoveRoleFromInstanceProfile$,
      q1U: () => errorTypeRegistries
    });
    var schema = __webpack_require__(6890);
    var client = __webpack_require__(2658);
    class IAMServiceException extends client.ServiceException {
      static shapeId="smithy.ts.sdk.synthetic.com.amazonaws.iam#IAMServiceException";
      constructor(options) {
        super(options);
        Object.setPrototypeOf(this, IAMServiceException.prototype);
      }
    }
    class ConcurrentModificationException extends IAMServiceException {
      static shapeId="com.amazonaws.iam#ConcurrentModificationException";
      name="ConcurrentModificationException";
      $fault="client";
      constructor(opts) {
        super({
          name: "ConcurrentModificationException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, ConcurrentModificationException.prototype);
      }
    }
    class NoSuchEntityException extends IAMServiceException {
      static shapeId="com.amazonaws.iam#NoSuchEntityException";
      name="NoSuchEntityException";
      $fault="client";
      constructor(opts) {
        super({
          name: "NoSuchEntityException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, NoSuchEntityException.prototype);
      }
    }
    class ServiceFailureException extends IAMServiceException {
      static shapeId="com.amazonaws.iam#ServiceFailureException";
      name="ServiceFailureException";
      $fault="server";
      constructor(opts) {
        super({
          name: "ServiceFailureException",
          $fault: "server",
          ...opts
        });
        Object.setPrototypeOf(this, ServiceFailureException.prototype);
      }
    }
    class AccountNotManagementOrDelegatedAdministratorException extends IAMServiceException {
      static shapeId="com.amazonaws.iam#AccountNotManagementOrDelegatedAdministratorException";
      name="AccountNotManagementOrDelegatedAdministratorException";
      $fault="client";
      Message;
      constructor(opts) {
        super({
          name: "AccountNotManagementOrDelegatedAdministratorException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, AccountNotManagementOrDelegatedAdministratorException.prototype);
        this.Message = opts.Message;
      }
    }
    class EntityAlreadyExistsException extends IAMServiceException {
      static shapeId="com.amazonaws.iam#EntityAlreadyExistsException";
      name="EntityAlreadyExistsException";
      $fault="client";
      constructor(opts) {
        super({
          name: "EntityAlreadyExistsException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, EntityAlreadyExistsException.prototype);
      }
    }
    class InvalidInputException extends IAMServiceException {
      static shapeId="com.amazonaws.iam#InvalidInputException";
      name="InvalidInputException";
      $fault="client";
      constructor(opts) {
        super({
          name: "InvalidInputException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, InvalidInputException.prototype);
      }
    }
    class LimitExceededException extends IAMServiceException {
      static shapeId="com.amazonaws.iam#LimitExceededException";
      name="LimitExceededException";
      $fault="client";
      constructor(opts) {
        super({
          name: "LimitExceededException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, LimitExceededException.prototype);
      }
    }
    class MalformedPolicyDocumentException extends IAMServiceException {
      static shapeId="com.amazonaws.iam#MalformedPolicyDocumentException";
      name="MalformedPolicyDocumentException";
      $fault="client";
      constructor(opts) {
        super({
          name: "MalformedPolicyDocumentException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, MalformedPolicyDocumentException.prototype);
      }
    }
    class NameConflictException extends IAMServiceException {
      static shapeId="com.amazonaws.iam#NameConflictException";
      name="NameConflictException";
      $fault="client";
      constructor(opts) {
        super({
          name: "NameConflictException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, NameConflictException.prototype);
      }
    }
    class RoleModifiedException extends IAMServiceException {
      static shapeId="com.amazonaws.iam#RoleModifiedException";
      name="RoleModifiedException";
      $fault="client";
      constructor(opts) {
        super({
          name: "RoleModifiedException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, RoleModifiedException.prototype);
      }
    }
    class RoleTemplateDisabledException extends IAMServiceException {
      static shapeId="com.amazonaws.iam#RoleTemplateDisabledException";
      name="RoleTemplateDisabledException";
      $fault="client";
      constructor(opts) {
        super({
          name: "RoleTemplateDisabledException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, RoleTemplateDisabledException.prototype);
      }
    }
    class UnmodifiableEntityException extends IAMServiceException {
      static shapeId="com.amazonaws.iam#UnmodifiableEntityException";
      name="UnmodifiableEntityException";
      $fault="client";
      constructor(opts) {
        super({
          name: "UnmodifiableEntityException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, UnmodifiableEntityException.prototype);
      }
    }
    class PolicyNotAttachableException extends IAMServiceException {
      static shapeId="com.amazonaws.iam#PolicyNotAttachableException";
      name="PolicyNotAttachableException";
      $fault="client";
      constructor(opts) {
        super({
          name: "PolicyNotAttachableException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, PolicyNotAttachableException.prototype);
      }
    }
    class EntityTemporarilyUnmodifiableException extends IAMServiceException {
      static shapeId="com.amazonaws.iam#EntityTemporarilyUnmodifiableException";
      name="EntityTemporarilyUnmodifiableException";
      $fault="client";
      constructor(opts) {
        super({
          name: "EntityTemporarilyUnmodifiableException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, EntityTemporarilyUnmodifiableException.prototype);
      }
    }
    class InvalidUserTypeException extends IAMServiceException {
      static shapeId="com.amazonaws.iam#InvalidUserTypeException";
      name="InvalidUserTypeException";
      $fault="client";
      constructor(opts) {
        super({
          name: "InvalidUserTypeException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, InvalidUserTypeException.prototype);
      }
    }
    class PasswordPolicyViolationException extends IAMServiceException {
      static shapeId="com.amazonaws.iam#PasswordPolicyViolationException";
      name="PasswordPolicyViolationException";
      $fault="client";
      constructor(opts) {
        super({
          name: "PasswordPolicyViolationException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, PasswordPolicyViolationException.prototype);
      }
    }
    class OpenIdIdpCommunicationErrorException extends IAMServiceException {
      static shapeId="com.amazonaws.iam#OpenIdIdpCommunicationErrorException";
      name="OpenIdIdpCommunicationErrorException";
      $fault="client";
      constructor(opts) {
        super({
          name: "OpenIdIdpCommunicationErrorException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, OpenIdIdpCommunicationErrorException.prototype);
      }
    }
    class ServiceNotSupportedException extends IAMServiceException {
      static shapeId="com.amazonaws.iam#ServiceNotSupportedException";
      name="ServiceNotSupportedException";
      $fault="client";
      constructor(opts) {
        super({
          name: "ServiceNotSupportedException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, ServiceNotSupportedException.prototype);
      }
    }
    class DeleteConflictException extends IAMServiceException {
      static shapeId="com.amazonaws.iam#DeleteConflictException";
      name="DeleteConflictException";
      $fault="client";
      constructor(opts) {
        super({
          name: "DeleteConflictException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, DeleteConflictException.prototype);
      }
    }
    class OrganizationNotFoundException extends IAMServiceException {
      static shapeId="com.amazonaws.iam#OrganizationNotFoundException";
      name="OrganizationNotFoundException";
      $fault="client";
      Message;
      constructor(opts) {
        super({
          name: "OrganizationNotFoundException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, OrganizationNotFoundException.prototype);
        this.Message = opts.Message;
      }
    }
    class OrganizationNotInAllFeaturesModeException extends IAMServiceException {
      static shapeId="com.amazonaws.iam#OrganizationNotInAllFeaturesModeException";
      name="OrganizationNotInAllFeaturesModeException";
      $fault="client";
      Message;
      constructor(opts) {
        super({
          name: "OrganizationNotInAllFeaturesModeException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, OrganizationNotInAllFeaturesModeException.prototype);
        this.Message = opts.Message;
      }
    }
    class ServiceAccessNotEnabledException extends IAMServiceException {
      static shapeId="com.amazonaws.iam#ServiceAccessNotEnabledException";
      name="ServiceAccessNotEnabledException";
      $fault="client";
      Message;
      constructor(opts) {
        super({
          name: "ServiceAccessNotEnabledException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, ServiceAccessNotEnabledException.prototype);
        this.Message = opts.Message;
      }
    }
    class FeatureDisabledException extends IAMServiceException {
      static shapeId="com.amazonaws.iam#FeatureDisabledException";
      name="FeatureDisabledException";
      $fault="client";
      constructor(opts) {
        super({
          name: "FeatureDisabledException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, FeatureDisabledException.prototype);
      }
    }
    class InvalidAuthenticationCodeException extends IAMServiceException {
      static shapeId="com.amazonaws.iam#InvalidAuthenticationCodeException";
      name="InvalidAuthenticationCodeException";
      $fault="client";
      constructor(opts) {
        super({
          name: "InvalidAuthenticationCodeException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, InvalidAuthenticationCodeException.prototype);
      }
    }
    class CallerIsNotManagementAccountException extends IAMServiceException {
      static shapeId="com.amazonaws.iam#CallerIsNotManagementAccountException";
      name="CallerIsNotManagementAccountException";
      $fault="client";
      Message;
      constructor(opts) {
        super({
          name: "CallerIsNotManagementAccountException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, CallerIsNotManagementAccountException.prototype);
        this.Message = opts.Message;
      }
    }
    class FeatureEnabledException extends IAMServiceException {
      static shapeId="com.amazonaws.iam#FeatureEnabledException";
      name="FeatureEnabledException";
      $fault="client";
      constructor(opts) {
        super({
          name: "FeatureEnabledException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, FeatureEnabledException.prototype);
      }
    }
    class ReportGenerationLimitExceededException extends IAMServiceException {
      static shapeId="com.amazonaws.iam#ReportGenerationLimitExceededException";
      name="ReportGenerationLimitExceededException";
      $fault="client";
      constructor(opts) {
        super({
          name: "ReportGenerationLimitExceededException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, ReportGenerationLimitExceededException.prototype);
      }
    }
    class CredentialReportExpiredException extends IAMServiceException {
      static shapeId="com.amazonaws.iam#CredentialReportExpiredException";
      name="CredentialReportExpiredException";
      $fault="client";
      constructor(opts) {
        super({
          name: "CredentialReportExpiredException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, CredentialReportExpiredException.prototype);
      }
    }
    class CredentialReportNotPresentException extends IAMServiceException {
      static shapeId="com.amazonaws.iam#CredentialReportNotPresentException";
      name="CredentialReportNotPresentException";
      $fault="client";
      constructor(opts) {
        super({
          name: "CredentialReportNotPresentException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, CredentialReportNotPresentException.prototype);
      }
    }
    class CredentialReportNotReadyException extends IAMServiceException {
      static shapeId="com.amazonaws.iam#CredentialReportNotReadyException";
      name="CredentialReportNotReadyException";
      $fault="client";
      constructor(opts) {
        super({
          name: "CredentialReportNotReadyException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, CredentialReportNotReadyException.prototype);
      }
    }
    class UnrecognizedPublicKeyEncodingException extends IAMServiceException {
      static shapeId="com.amazonaws.iam#UnrecognizedPublicKeyEncodingException";
      name="UnrecognizedPublicKeyEncodingException";
      $fault="client";
      constructor(opts) {
        super({
          name: "UnrecognizedPublicKeyEncodingException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, UnrecognizedPublicKeyEncodingException.prototype);
      }
    }
    class PolicyEvaluationException extends IAMServiceException {
      static shapeId="com.amazonaws.iam#PolicyEvaluationException";
      name="PolicyEvaluationException";
      $fault="server";
      constructor(opts) {
        super({
          name: "PolicyEvaluationException",
          $fault: "server",
          ...opts
        });
        Object.setPrototypeOf(this, PolicyEvaluationException.prototype);
      }
    }
    class KeyPairMismatchException extends IAMServiceException {
      static shapeId="com.amazonaws.iam#KeyPairMismatchException";
      name="KeyPairMismatchException";
      $fault="client";
      constructor(opts) {
        super({
          name: "KeyPairMismatchException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, KeyPairMismatchException.prototype);
      }
    }
    class MalformedCertificateException extends IAMServiceException {
      static shapeId="com.amazonaws.iam#MalformedCertificateException";
      name="MalformedCertificateException";
      $fault="client";
      constructor(opts) {
        super({
          name: "MalformedCertificateException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, MalformedCertificateException.prototype);
      }
    }
    class DuplicateCertificateException extends IAMServiceException {
      static shapeId="com.amazonaws.iam#DuplicateCertificateException";
      name="DuplicateCertificateException";
      $fault="client";
      constructor(opts) {
        super({
          name: "DuplicateCertificateException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, DuplicateCertificateException.prototype);
      }
    }
    class InvalidCertificateException extends IAMServiceException {
      static shapeId="com.amazonaws.iam#InvalidCertificateException";
      name="InvalidCertificateException";
      $fault="client";
      constructor(opts) {
        super({
          name: "InvalidCertificateException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, InvalidCertificateException.prototype);
      }
    }
    class DuplicateSSHPublicKeyException extends IAMServiceException {
      static shapeId="com.amazonaws.iam#DuplicateSSHPublicKeyException";
      name="DuplicateSSHPublicKeyException";
      $fault="client";
      constructor(opts) {
        super({
          name: "DuplicateSSHPublicKeyException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, DuplicateSSHPublicKeyException.prototype);
      }
    }
    class InvalidPublicKeyException extends IAMServiceException {
      static shapeId="com.amazonaws.iam#InvalidPublicKeyException";
      name="InvalidPublicKeyException";
      $fault="client";
      constructor(opts) {
        super({
          name: "InvalidPublicKeyException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, InvalidPublicKeyException.prototype);
      }
    }
    const _A = "Arn";
    const _CD = "CreateDate";
    const _IP = "InstanceProfile";
    const _IPN = "InstanceProfileName";
    const _IT = "IsTruncated";
    const _M = "Message";
    const _MI = "MaxItems";
    const _Ma = "Marker";
    const _Pa = "Path";
    const _RLU = "RoleLastUsed";
    const _RN = "RoleName";
    const _Ro = "Role";
    const _SRT = "SourceRoleTemplate";
    const _T = "Tags";
    const _aQE = "awsQueryError";
    const _c = "client";
    const _e = "error";
    const _hE = "httpError";
    const _m = "message";
    const _s = "smithy.ts.sdk.synthetic.com.amazonaws.iam";
    const _se = "server";
    const n0 = "com.amazonaws.iam";
    const _s_registry = new schema.TypeRegistry(_s);
    var IAMServiceException$ = [ -3, _s, "IAMServiceException", 0, [], [] ];
    _s_registry.registerError(IAMServiceException$, IAMServiceException);
    const n0_registry = new schema.TypeRegistry(n0);
    var AccountNotManagementOrDelegatedAdministratorException$ = [ -3, n0, "AccountNotManagementOrDelegatedAdministratorException", {
      [_e]: _c,
      [_hE]: 400
    }, [ _M ], [ 0 ] ];
    n0_registry.registerError(AccountNotManagementOrDelegatedAdministratorException$, AccountNotManagementOrDelegatedAdministratorException);
    var CallerIsNotManagementAccountException$ = [ -3, n0, "CallerIsNotManagementAccountException", {
      [_e]: _c,
      [_hE]: 400
    }, [ _M ], [ 0 ] ];
    n0_registry.registerError(CallerIsNotManagementAccountException$, CallerIsNotManagementAccountException);
    var ConcurrentModificationException$ = [ -3, n0, "ConcurrentModificationException", {
      [_aQE]: [ `ConcurrentModification`, 409 ],
      [_e]: _c,
      [_hE]: 409
    }, [ _m ], [ 0 ] ];
    n0_registry.registerError(ConcurrentModificationException$, ConcurrentModificationException);
    var CredentialReportExpiredException$ = [ -3, n0, "CredentialReportExpiredException", {
      [_aQE]: [ `ReportExpired`, 410 ],
      [_e]: _c,
      [_hE]: 410
    }, [ _m ], [ 0 ] ];
    n0_registry.registerError(CredentialReportExpiredException$, CredentialReportExpiredException);
    var CredentialReportNotPresentException$ = [ -3, n0, "CredentialReportNotPresentException", {
      [_aQE]: [ `ReportNotPresent`, 410 ],
      [_e]: _c,
      [_hE]: 410
    }, [ _m ], [ 0 ] ];
    n0_registry.registerError(CredentialReportNotPresentException$, CredentialReportNotPresentException);
    var CredentialReportNotReadyException$ = [ -3, n0, "CredentialReportNotReadyException", {
      [_aQE]: [ `ReportInProgress`, 404 ],
      [_e]: _c,
      [_hE]: 404
    }, [ _m ], [ 0 ] ];
    n0_registry.registerError(CredentialReportNotReadyException$, CredentialReportNotReadyException);
    var DeleteConflictException$ = [ -3, n0, "DeleteConflictException", {
      [_aQE]: [ `DeleteConflict`, 409 ],
      [_e]: _c,
      [_hE]: 409
    }, [ _m ], [ 0 ] ];
    n0_registry.registerError(DeleteConflictException$, DeleteConflictException);
    var DuplicateCertificateException$ = [ -3, n0, "DuplicateCertificateException", {
      [_aQE]: [ `DuplicateCertificate`, 409 ],
      [_e]: _c,
      [_hE]: 409
    }, [ _m ], [ 0 ] ];
    n0_registry.registerError(DuplicateCertificateException$, DuplicateCertificateException);
    var DuplicateSSHPublicKeyException$ = [ -3, n0, "DuplicateSSHPublicKeyException", {
      [_aQE]: [ `DuplicateSSHPublicKey`, 400 ],
      [_e]: _c,
      [_hE]: 400
    }, [ _m ], [ 0 ] ];
    n0_registry.registerError(DuplicateSSHPublicKeyException$, DuplicateSSHPublicKeyException);
    var EntityAlreadyExistsException$ = [ -3, n0, "EntityAlreadyExistsException", {
      [_aQE]: [ `EntityAlreadyExists`, 409 ],
      [_e]: _c,
      [_hE]: 409
    }, [ _m ], [ 0 ] ];
    n0_registry.registerError(EntityAlreadyExistsException$, EntityAlreadyExistsException);
    var EntityTemporarilyUnmodifiableException$ = [ -3, n0, "EntityTemporarilyUnmodifiableException", {
      [_aQE]: [ `EntityTemporarilyUnmodifiable`, 409 ],
      [_e]: _c,
      [_hE]: 409
    }, [ _m ], [ 0 ] ];
    n0_registry.registerError(EntityTemporarilyUnmodifiableException$, EntityTemporarilyUnmodifiableException);
    var FeatureDisabledException$ = [ -3, n0, "FeatureDisabledException", {
      [_aQE]: [ `FeatureDisabled`, 404 ],
      [_e]: _c,
      [_hE]: 404
    }, [ _m ], [ 0 ] ];
    n0_registry.registerError(FeatureDisabledException$, FeatureDisabledException);
    var FeatureEnabledException$ = [ -3, n0, "FeatureEnabledException", {
      [_aQE]: [ `FeatureEnabled`, 409 ],
      [_e]: _c,
      [_hE]: 409
    }, [ _m ], [ 0 ] ];
    n0_registry.registerError(FeatureEnabledException$, FeatureEnabledException);
    var InvalidAuthenticationCodeException$ = [ -3, n0, "InvalidAuthenticationCodeException", {
      [_aQE]: [ `InvalidAuthenticationCode`, 403 ],
      [_e]: _c,
      [_hE]: 403
    }, [ _m ], [ 0 ] ];
    n0_registry.registerError(InvalidAuthenticationCodeException$, InvalidAuthenticationCodeException);
    var InvalidCertificateException$ = [ -3, n0, "InvalidCertificateException", {
      [_aQE]: [ `InvalidCertificate`, 400 ],
      [_e]: _c,
      [_hE]: 400
    }, [ _m ], [ 0 ] ];
    n0_registry.registerError(InvalidCertificateException$, InvalidCertificateException);
    var InvalidInputException$ = [ -3, n0, "InvalidInputException", {
      [_aQE]: [ `InvalidInput`, 400 ],
      [_e]: _c,
      [_hE]: 400
    }, [ _m ], [ 0 ] ];
    n0_registry.registerError(InvalidInputException$, InvalidInputException);
    var InvalidPublicKeyException$ = [ -3, n0, "InvalidPublicKeyException", {
      [_aQE]: [ `InvalidPublicKey`, 400 ],
      [_e]: _c,
      [_hE]: 400
    }, [ _m ], [ 0 ] ];
    n0_registry.registerError(InvalidPublicKeyException$, InvalidPublicKeyException);
    var InvalidUserTypeException$ = [ -3, n0, "InvalidUserTypeException", {
      [_aQE]: [ `InvalidUserType`, 400 ],
      [_e]: _c,
      [_hE]: 400
    }, [ _m ], [ 0 ] ];
    n0_registry.registerError(InvalidUserTypeException$, InvalidUserTypeException);
    var KeyPairMismatchException$ = [ -3, n0, "KeyPairMismatchException", {
      [_aQE]: [ `KeyPairMismatch`, 400 ],
      [_e]: _c,
      [_hE]: 400
    }, [ _m ], [ 0 ] ];
    n0_registry.registerError(KeyPairMismatchException$, KeyPairMismatchException);
    var LimitExceededException$ = [ -3, n0, "LimitExceededException", {
      [_aQE]: [ `LimitExceeded`, 409 ],
      [_e]: _c,
      [_hE]: 409
    }, [ _m ], [ 0 ] ];
    n0_registry.registerError(LimitExceededException$, LimitExceededException);
    var MalformedCertificateException$ = [ -3, n0, "MalformedCertificateException", {
      [_aQE]: [ `MalformedCertificate`, 400 ],
      [_e]: _c,
      [_hE]: 400
    }, [ _m ], [ 0 ] ];
    n0_registry.registerError(MalformedCertificateException$, MalformedCertificateException);
    var MalformedPolicyDocumentException$ = [ -3, n0, "MalformedPolicyDocumentException", {
      [_aQE]: [ `MalformedPolicyDocument`, 400 ],
      [_e]: _c,
      [_hE]: 400
    }, [ _m ], [ 0 ] ];
    n0_registry.registerError(MalformedPolicyDocumentException$, MalformedPolicyDocumentException);
    var NameConflictException$ = [ -3, n0, "NameConflictException", {
      [_aQE]: [ `NameConflict`, 409 ],
      [_e]: _c,
      [_hE]: 409
    }, [ _m ], [ 0 ] ];
    n0_registry.registerError(NameConflictException$, NameConflictException);
    var NoSuchEntityException$ = [ -3, n0, "NoSuchEntityException", {
      [_aQE]: [ `NoSuchEntity`, 404 ],
      [_e]: _c,
      [_hE]: 404
    }, [ _m ], [ 0 ] ];
    n0_registry.registerError(NoSuchEntityException$, NoSuchEntityException);
    var OpenIdIdpCommunicationErrorException$ = [ -3, n0, "OpenIdIdpCommunicationErrorException", {
      [_aQE]: [ `OpenIdIdpCommunicationError`, 400 ],
      [_e]: _c,
      [_hE]: 400
    }, [ _m ], [ 0 ] ];
    n0_registry.registerError(OpenIdIdpCommunicationErrorException$, OpenIdIdpCommunicationErrorException);
    var OrganizationNotFoundException$ = [ -3, n0, "OrganizationNotFoundException", {
      [_e]: _c,
      [_hE]: 400
    }, [ _M ], [ 0 ] ];
    n0_registry.registerError(OrganizationNotFoundException$, OrganizationNotFoundException);
    var OrganizationNotInAllFeaturesModeException$ = [ -3, n0, "OrganizationNotInAllFeaturesModeException", {
      [_e]: _c,
      [_hE]: 400
    }, [ _M ], [ 0 ] ];
    n0_registry.registerError(OrganizationNotInAllFeaturesModeException$, OrganizationNotInAllFeaturesModeException);
    var PasswordPolicyViolationException$ = [ -3, n0, "PasswordPolicyViolationException", {
      [_aQE]: [ `PasswordPolicyViolation`, 400 ],
      [_e]: _c,
      [_hE]: 400
    }, [ _m ], [ 0 ] ];
    n0_registry.registerError(PasswordPolicyViolationException$, PasswordPolicyViolationException);
    var PolicyEvaluationException$ = [ -3, n0, "PolicyEvaluationException", {
      [_aQE]: [ `PolicyEvaluation`, 500 ],
      [_e]: _se,
      [_hE]: 500
    }, [ _m ], [ 0 ] ];
    n0_registry.registerError(PolicyEvaluationException$, PolicyEvaluationException);
    var PolicyNotAttachableException$ = [ -3, n0, "PolicyNotAttachableException", {
      [_aQE]: [ `PolicyNotAttachable`, 400 ],
      [_e]: _c,
      [_hE]: 400
    }, [ _m ], [ 0 ] ];
    n0_registry.registerError(PolicyNotAttachableException$, PolicyNotAttachableException);
    var ReportGenerationLimitExceededException$ = [ -3, n0, "ReportGenerationLimitExceededException", {
      [_aQE]: [ `ReportGenerationLimitExceeded`, 409 ],
      [_e]: _c,
      [_hE]: 409
    }, [ _m ], [ 0 ] ];
    n0_registry.registerError(ReportGenerationLimitExceededException$, ReportGenerationLimitExceededException);
    var RoleModifiedException$ = [ -3, n0, "RoleModifiedException", {
      [_aQE]: [ `RoleModified`, 409 ],
      [_e]: _c,
      [_hE]: 409
    }, [ _m ], [ 0 ] ];
    n0_registry.registerError(RoleModifiedException$, RoleModifiedException);
    var RoleTemplateDisabledException$ = [ -3, n0, "RoleTemplateDisabledException", {
      [_aQE]: [ `RoleTemplateDisabled`, 400 ],
      [_e]: _c,
      [_hE]: 400
    }, [ _m ], [ 0 ] ];
    n0_registry.registerError(RoleTemplateDisabledException$, RoleTemplateDisabledException);
    var ServiceAccessNotEnabledException$ = [ -3, n0, "ServiceAccessNotEnabledException", {
      [_e]: _c,
      [_hE]: 400
    }, [ _M ], [ 0 ] ];
    n0_registry.registerError(ServiceAccessNotEnabledException$, ServiceAccessNotEnabledException);
    var ServiceFailureException$ = [ -3, n0, "ServiceFailureException", {
      [_aQE]: [ `ServiceFailure`, 500 ],
      [_e]: _se,
      [_hE]: 500
    }, [ _m ], [ 0 ] ];
    n0_registry.registerError(ServiceFailureException$, ServiceFailureException);
    var ServiceNotSupportedException$ = [ -3, n0, "ServiceNotSupportedException", {
      [_aQE]: [ `NotSupportedService`, 404 ],
      [_e]: _c,
      [_hE]: 404
    }, [ _m ], [ 0 ] ];
    n0_registry.registerError(ServiceNotSupportedException$, ServiceNotSupportedException);
    var UnmodifiableEntityException$ = [ -3, n0, "UnmodifiableEntityException", {
      [_aQE]: [ `UnmodifiableEntity`, 400 ],
      [_e]: _c,
      [_hE]: 400
    }, [ _m ], [ 0 ] ];
    n0_registry.registerError(UnmodifiableEntityException$, UnmodifiableEntityException);
    var UnrecognizedPublicKeyEncodingException$ = [ -3, n0, "UnrecognizedPublicKeyEncodingException", {
      [_aQE]: [ `UnrecognizedPublicKeyEncoding`, 400 ],
      [_e]: _c,
      [_hE]: 400
    }, [ _m ], [ 0 ] ];
    n0_registry.registerError(UnrecognizedPublicKeyEncodingException$, UnrecognizedPublicKeyEncodingException);
    const errorTypeRegistries = [ _s_registry, n0_registry ];
    var AttachedPermissionsBoundary$ = [ 3, n0, "AttachedPermissionsBoundary", 0, [ "PermissionsBoundaryType", "PermissionsBoundaryArn" ], [ 0, 0 ] ];
    var DeleteInstanceProfileRequest$ = [ 3, n0, "DeleteInstanceProfileRequest", 0, [ _IPN ], [ 0 ], 1 ];
    var DeleteRolePolicyRequest$ = [ 3, n0, "DeleteRolePolicyRequest", 0, [ _RN, "PolicyName" ], [ 0, 0 ], 2 ];
    var DeleteRoleRequest$ = [ 3, n0, "DeleteRoleRequest", 0, [ _RN ], [ 0 ], 1 ];
    var GetInstanceProfileRequest$ = [ 3, n0, "GetInstanceProfileRequest", 0, [ _IPN ], [ 0 ], 1 ];
    var GetInstanceProfileResponse$ = [ 3, n0, "GetInstanceProfileResponse", 0, [ _IP ], [ () => InstanceProfile$ ], 1 ];
    var GetRoleRequest$ = [ 3, n0, "GetRoleRequest", 0, [ _RN ], [ 0 ], 1 ];
    var GetRoleResponse$ = [ 3, n0, "GetRoleResponse", 0, [ _Ro ], [ () => Role$ ], 1 ];
    var InstanceProfile$ = [ 3, n0, _IP, 0, [ _Pa, _IPN, "InstanceProfileId", _A, _CD, "Roles", _T ], [ 0, 0, 0, 0, 4, () => roleListType, () => tagListType ], 6 ];
    var ListInstanceProfilesForRoleRequest$ = [ 3, n0, "ListInstanceProfilesForRoleRequest", 0, [ _RN, _Ma, _MI ], [ 0, 0, 1 ], 1 ];
    var ListInstanceProfilesForRoleResponse$ = [ 3, n0, "ListInstanceProfilesForRoleResponse", 0, [ "InstanceProfiles", _IT, _Ma ], [ () => instanceProfileListType, 2, 0 ], 1 ];
    var ListRolePoliciesRequest$ = [ 3, n0, "ListRolePoliciesRequest", 0, [ _RN, _Ma, _MI ], [ 0, 0, 1 ], 1 ];
    var ListRolePoliciesResponse$ = [ 3, n0, "ListRolePoliciesResponse", 0, [ "PolicyNames", _IT, _Ma ], [ 64 | 0, 2, 0 ], 1 ];
    var RemoveRoleFromInstanceProfileRequest$ = [ 3, n0, "RemoveRoleFromInstanceProfileRequest", 0, [ _IPN, _RN ], [ 0, 0 ], 2 ];
    var Role$ = [ 3, n0, _Ro, 0, [ _Pa, _RN, "RoleId", _A, _CD, "AssumeRolePolicyDocument", "Description", "MaxSessionDuration", "PermissionsBoundary", _T, _RLU, _SRT ], [ 0, 0, 0, 0, 4, 0, 0, 1, () => AttachedPermissionsBoundary$, () => tagListType, () => RoleLastUsed$, () => SourceRoleTemplate$ ], 5 ];
    var RoleLastUsed$ = [ 3, n0, _RLU, 0, [ "LastUsedDate", "Region" ], [ 4, 0 ] ];
    var SourceRoleTemplate$ = [ 3, n0, _SRT, 0, [ "TemplateArn", "TemplateMinorVersion" ], [ 0, 1 ], 2 ];
    var Tag$ = [ 3, n0, "Tag", 0, [ "Key", "Value" ], [ 0, 0 ], 2 ];
    var __Unit = "unit";
    var instanceProfileListType = [ 1, n0, "instanceProfileListType", 0, () => InstanceProfile$ ];
    var roleListType = [ 1, n0, "roleListType", 0, () => Role$ ];
    var tagListType = [ 1, n0, "tagListType", 0, () => Tag$ ];
    var DeleteInstanceProfile$ = [ 9, n0, "DeleteInstanceProfile", 0, () => DeleteInstanceProfileRequest$, () => __Unit ];
    var DeleteRole$ = [ 9, n0, "DeleteRole", 0, () => DeleteRoleRequest$, () => __Unit ];
    var DeleteRolePolicy$ = [ 9, n0, "DeleteRolePolicy", 0, () => DeleteRolePolicyRequest$, () => __Unit ];
    var GetInstanceProfile$ = [ 9, n0, "GetInstanceProfile", 0, () => GetInstanceProfileRequest$, () => GetInstanceProfileResponse$ ];
    var GetRole$ = [ 9, n0, "GetRole", 0, () => GetRoleRequest$, () => GetRoleResponse$ ];
    var ListInstanceProfilesForRole$ = [ 9, n0, "ListInstanceProfilesForRole", 0, () => ListInstanceProfilesForRoleRequest$, () => ListInstanceProfilesForRoleResponse$ ];
    var ListRolePolicies$ = [ 9, n0, "ListRolePolicies", 0, () => ListRolePoliciesRequest$, () => ListRolePoliciesResponse$ ];
    var RemoveRoleFromInstanceProfile$ = [ 9, n0, "RemoveRoleFromInstanceProfile", 0, () => RemoveRoleFromInstanceProfileRequest$, () => __Unit ];
  }
};