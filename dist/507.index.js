export const id = 507;

export const ids = [ 507 ];

export const modules = {
  4601: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
    __webpack_require__.d(__webpack_exports__, {
      g: () => EC2Client
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
    const defaultEC2HttpAuthSchemeParametersProvider = async (config, context, input) => ({
      operation: (0, submodules_client.getSmithyContext)(context).operation,
      region: await (0, submodules_client.normalizeProvider)(config.region)() || (() => {
        throw new Error("expected `region` to be configured for `aws.auth#sigv4`");
      })()
    });
    function createAwsAuthSigv4HttpAuthOption(authParameters) {
      return {
        schemeId: "aws.auth#sigv4",
        signingProperties: {
          name: "ec2",
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
    const defaultEC2HttpAuthSchemeProvider = authParameters => {
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
    var EndpointParameters = __webpack_require__(3358);
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
      results: [ [ a ], [ a, "Invalid Configuration: FIPS and custom endpoint are not supported" ], [ a, "Invalid Configuration: Dualstack and custom endpoint are not supported" ], [ g, i ], [ "https://ec2-fips.{Region}.{PartitionResult#dualStackDnsSuffix}", i ], [ a, "FIPS and DualStack are enabled, but this partition does not support one or both" ], [ "https://ec2.{Region}.amazonaws.com", i ], [ "https://ec2-fips.{Region}.{PartitionResult#dnsSuffix}", i ], [ a, "FIPS is enabled but this partition does not support FIPS" ], [ "https://ec2.{Region}.{PartitionResult#dualStackDnsSuffix}", i ], [ a, "DualStack is enabled but this partition does not support DualStack" ], [ "https://ec2.{Region}.{PartitionResult#dnsSuffix}", i ], [ a, "Invalid Configuration: Missing Region" ] ]
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
    var schemas_0 = __webpack_require__(230);
    const getRuntimeConfig = config => ({
      apiVersion: "2016-11-15",
      base64Decoder: config?.base64Decoder ?? serde.fromBase64,
      base64Encoder: config?.base64Encoder ?? serde.toBase64,
      disableHostPrefix: config?.disableHostPrefix ?? false,
      endpointProvider: config?.endpointProvider ?? defaultEndpointResolver,
      extensions: config?.extensions ?? [],
      httpAuthSchemeProvider: config?.httpAuthSchemeProvider ?? defaultEC2HttpAuthSchemeProvider,
      httpAuthSchemes: config?.httpAuthSchemes ?? [ {
        schemeId: "aws.auth#sigv4",
        identityProvider: ipc => ipc.getIdentityProvider("aws.auth#sigv4"),
        signer: new httpAuthSchemes.AwsSdkSigV4Signer
      } ],
      logger: config?.logger ?? new submodules_client.NoOpLogger,
      protocol: config?.protocol ?? submodules_protocols.AwsEc2QueryProtocol,
      protocolSettings: config?.protocolSettings ?? {
        defaultNamespace: "com.amazonaws.ec2",
        errorTypeRegistries: schemas_0.q1U,
        xmlNamespace: "http://ec2.amazonaws.com/doc/2016-11-15",
        version: "2016-11-15",
        serviceTarget: "AmazonEC2"
      },
      serviceId: config?.serviceId ?? "EC2",
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
    class EC2Client extends submodules_client.Client {
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
          httpAuthSchemeParametersProvider: defaultEC2HttpAuthSchemeParametersProvider,
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
  8509: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
    __webpack_require__.d(__webpack_exports__, {
      G5: () => command,
      lq: () => _ep0,
      yt: () => _mw0
    });
    var _smithy_core_client__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2658);
    var _smithy_core_endpoints__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2085);
    var _endpoint_EndpointParameters__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3358);
    const command = (0, _smithy_core_client__WEBPACK_IMPORTED_MODULE_0__.makeBuilder)(_endpoint_EndpointParameters__WEBPACK_IMPORTED_MODULE_1__.S, "AmazonEC2", "EC2Client", _smithy_core_endpoints__WEBPACK_IMPORTED_MODULE_2__.getEndpointPlugin);
    const _ep0 = {};
    const _mw0 = (Command, cs, config, o) => [];
  },
  2162: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
    __webpack_require__.d(__webpack_exports__, {
      X: () => CreateKeyPairCommand
    });
    var _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8509);
    var _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(230);
    class CreateKeyPairCommand extends((0, _commandBuilder__WEBPACK_IMPORTED_MODULE_0__.G5)(_commandBuilder__WEBPACK_IMPORTED_MODULE_0__.lq, _commandBuilder__WEBPACK_IMPORTED_MODULE_0__.yt, "CreateKeyPair", _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__.e84)){}
  },
  7122: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
    __webpack_require__.d(__webpack_exports__, {
      R: () => CreateTagsCommand
    });
    var _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8509);
    var _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(230);
    class CreateTagsCommand extends((0, _commandBuilder__WEBPACK_IMPORTED_MODULE_0__.G5)(_commandBuilder__WEBPACK_IMPORTED_MODULE_0__.lq, _commandBuilder__WEBPACK_IMPORTED_MODULE_0__.yt, "CreateTags", _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__.GIH)){}
  },
  1389: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
    __webpack_require__.d(__webpack_exports__, {
      E: () => DeleteKeyPairCommand
    });
    var _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8509);
    var _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(230);
    class DeleteKeyPairCommand extends((0, _commandBuilder__WEBPACK_IMPORTED_MODULE_0__.G5)(_commandBuilder__WEBPACK_IMPORTED_MODULE_0__.lq, _commandBuilder__WEBPACK_IMPORTED_MODULE_0__.yt, "DeleteKeyPair", _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__.dfL)){}
  },
  6919: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
    __webpack_require__.d(__webpack_exports__, {
      s: () => DeleteLaunchTemplateCommand
    });
    var _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8509);
    var _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(230);
    class DeleteLaunchTemplateCommand extends((0, _commandBuilder__WEBPACK_IMPORTED_MODULE_0__.G5)(_commandBuilder__WEBPACK_IMPORTED_MODULE_0__.lq, _commandBuilder__WEBPACK_IMPORTED_MODULE_0__.yt, "DeleteLaunchTemplate", _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__.Zcz)){}
  },
  3699: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
    __webpack_require__.d(__webpack_exports__, {
      y: () => DeleteSecurityGroupCommand
    });
    var _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8509);
    var _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(230);
    class DeleteSecurityGroupCommand extends((0, _commandBuilder__WEBPACK_IMPORTED_MODULE_0__.G5)(_commandBuilder__WEBPACK_IMPORTED_MODULE_0__.lq, _commandBuilder__WEBPACK_IMPORTED_MODULE_0__.yt, "DeleteSecurityGroup", _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__.Tnk)){}
  },
  9074: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
    __webpack_require__.d(__webpack_exports__, {
      x: () => DeregisterImageCommand
    });
    var _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8509);
    var _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(230);
    class DeregisterImageCommand extends((0, _commandBuilder__WEBPACK_IMPORTED_MODULE_0__.G5)(_commandBuilder__WEBPACK_IMPORTED_MODULE_0__.lq, _commandBuilder__WEBPACK_IMPORTED_MODULE_0__.yt, "DeregisterImage", _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__.ei_)){}
  },
  4219: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
    __webpack_require__.d(__webpack_exports__, {
      O: () => DescribeImageAttributeCommand
    });
    var _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8509);
    var _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(230);
    class DescribeImageAttributeCommand extends((0, _commandBuilder__WEBPACK_IMPORTED_MODULE_0__.G5)(_commandBuilder__WEBPACK_IMPORTED_MODULE_0__.lq, _commandBuilder__WEBPACK_IMPORTED_MODULE_0__.yt, "DescribeImageAttribute", _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__.THX)){}
  },
  1048: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
    __webpack_require__.d(__webpack_exports__, {
      j: () => DescribeImagesCommand
    });
    var _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8509);
    var _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(230);
    class DescribeImagesCommand extends((0, _commandBuilder__WEBPACK_IMPORTED_MODULE_0__.G5)(_commandBuilder__WEBPACK_IMPORTED_MODULE_0__.lq, _commandBuilder__WEBPACK_IMPORTED_MODULE_0__.yt, "DescribeImages", _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__.gyn)){}
  },
  1490: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
    __webpack_require__.d(__webpack_exports__, {
      b: () => DescribeInstancesCommand
    });
    var _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8509);
    var _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(230);
    class DescribeInstancesCommand extends((0, _commandBuilder__WEBPACK_IMPORTED_MODULE_0__.G5)(_commandBuilder__WEBPACK_IMPORTED_MODULE_0__.lq, _commandBuilder__WEBPACK_IMPORTED_MODULE_0__.yt, "DescribeInstances", _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__.eO1)){}
  },
  3414: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
    __webpack_require__.d(__webpack_exports__, {
      D: () => DescribeKeyPairsCommand
    });
    var _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8509);
    var _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(230);
    class DescribeKeyPairsCommand extends((0, _commandBuilder__WEBPACK_IMPORTED_MODULE_0__.G5)(_commandBuilder__WEBPACK_IMPORTED_MODULE_0__.lq, _commandBuilder__WEBPACK_IMPORTED_MODULE_0__.yt, "DescribeKeyPairs", _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__.opO)){}
  },
  9106: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
    __webpack_require__.d(__webpack_exports__, {
      P: () => DescribeLaunchTemplateVersionsCommand
    });
    var _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8509);
    var _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(230);
    class DescribeLaunchTemplateVersionsCommand extends((0, _commandBuilder__WEBPACK_IMPORTED_MODULE_0__.G5)(_commandBuilder__WEBPACK_IMPORTED_MODULE_0__.lq, _commandBuilder__WEBPACK_IMPORTED_MODULE_0__.yt, "DescribeLaunchTemplateVersions", _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__.q_Y)){}
  },
  5060: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
    __webpack_require__.d(__webpack_exports__, {
      f: () => DescribeLaunchTemplatesCommand
    });
    var _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8509);
    var _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(230);
    class DescribeLaunchTemplatesCommand extends((0, _commandBuilder__WEBPACK_IMPORTED_MODULE_0__.G5)(_commandBuilder__WEBPACK_IMPORTED_MODULE_0__.lq, _commandBuilder__WEBPACK_IMPORTED_MODULE_0__.yt, "DescribeLaunchTemplates", _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__._zK)){}
  },
  794: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
    __webpack_require__.d(__webpack_exports__, {
      L: () => DisableImageCommand
    });
    var _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8509);
    var _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(230);
    class DisableImageCommand extends((0, _commandBuilder__WEBPACK_IMPORTED_MODULE_0__.G5)(_commandBuilder__WEBPACK_IMPORTED_MODULE_0__.lq, _commandBuilder__WEBPACK_IMPORTED_MODULE_0__.yt, "DisableImage", _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__.WQ6)){}
  },
  9547: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
    __webpack_require__.d(__webpack_exports__, {
      c: () => EnableImageDeprecationCommand
    });
    var _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8509);
    var _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(230);
    class EnableImageDeprecationCommand extends((0, _commandBuilder__WEBPACK_IMPORTED_MODULE_0__.G5)(_commandBuilder__WEBPACK_IMPORTED_MODULE_0__.lq, _commandBuilder__WEBPACK_IMPORTED_MODULE_0__.yt, "EnableImageDeprecation", _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__.NQs)){}
  },
  9646: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
    __webpack_require__.d(__webpack_exports__, {
      N: () => TerminateInstancesCommand
    });
    var _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8509);
    var _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(230);
    class TerminateInstancesCommand extends((0, _commandBuilder__WEBPACK_IMPORTED_MODULE_0__.G5)(_commandBuilder__WEBPACK_IMPORTED_MODULE_0__.lq, _commandBuilder__WEBPACK_IMPORTED_MODULE_0__.yt, "TerminateInstances", _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__.CEm)){}
  },
  3358: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
    __webpack_require__.d(__webpack_exports__, {
      S: () => commonParams,
      v: () => resolveClientEndpointParameters
    });
    const resolveClientEndpointParameters = options => Object.assign(options, {
      useDualstackEndpoint: options.useDualstackEndpoint ?? false,
      useFipsEndpoint: options.useFipsEndpoint ?? false,
      defaultSigningName: "ec2"
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
  7588: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
    __webpack_require__.d(__webpack_exports__, {
      X: () => paginateDescribeImages
    });
    var _smithy_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(402);
    var _commands_DescribeImagesCommand__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1048);
    var _EC2Client__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4601);
    const paginateDescribeImages = (0, _smithy_core__WEBPACK_IMPORTED_MODULE_0__.createPaginator)(_EC2Client__WEBPACK_IMPORTED_MODULE_1__.g, _commands_DescribeImagesCommand__WEBPACK_IMPORTED_MODULE_2__.j, "NextToken", "NextToken", "MaxResults");
  },
  3970: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
    __webpack_require__.d(__webpack_exports__, {
      H: () => paginateDescribeInstances
    });
    var _smithy_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(402);
    var _commands_DescribeInstancesCommand__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1490);
    var _EC2Client__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4601);
    const paginateDescribeInstances = (0, _smithy_core__WEBPACK_IMPORTED_MODULE_0__.createPaginator)(_EC2Client__WEBPACK_IMPORTED_MODULE_1__.g, _commands_DescribeInstancesCommand__WEBPACK_IMPORTED_MODULE_2__.b, "NextToken", "NextToken", "MaxResults");
  },
  6090: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
    __webpack_require__.d(__webpack_exports__, {
      Z: () => paginateDescribeLaunchTemplateVersions
    });
    var _smithy_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(402);
    var _commands_DescribeLaunchTemplateVersionsCommand__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9106);
    var _EC2Client__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4601);
    const paginateDescribeLaunchTemplateVersions = (0, _smithy_core__WEBPACK_IMPORTED_MODULE_0__.createPaginator)(_EC2Client__WEBPACK_IMPORTED_MODULE_1__.g, _commands_DescribeLaunchTemplateVersionsCommand__WEBPACK_IMPORTED_MODULE_2__.P, "NextToken", "NextToken", "MaxResults");
  },
  7768: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
    __webpack_require__.d(__webpack_exports__, {
      d: () => paginateDescribeLaunchTemplates
    });
    var _smithy_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(402);
    var _commands_DescribeLaunchTemplatesCommand__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5060);
    var _EC2Client__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4601);
    const paginateDescribeLaunchTemplates = (0, _smithy_core__WEBPACK_IMPORTED_MODULE_0__.createPaginator)(_EC2Client__WEBPACK_IMPORTED_MODULE_1__.g, _commands_DescribeLaunchTemplatesCommand__WEBPACK_IMPORTED_MODULE_2__.f, "NextToken", "NextToken", "MaxResults");
  },
  6237: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
    __webpack_require__.d(__webpack_exports__, {
      n: () => paginateDescribeSecurityGroups
    });
    var dist_cjs = __webpack_require__(402);
    var commandBuilder = __webpack_require__(8509);
    var schemas_0 = __webpack_require__(230);
    class DescribeSecurityGroupsCommand extends((0, commandBuilder.G5)(commandBuilder.lq, commandBuilder.yt, "DescribeSecurityGroups", schemas_0.GZZ)){}
    var EC2Client = __webpack_require__(4601);
    const paginateDescribeSecurityGroups = (0, dist_cjs.createPaginator)(EC2Client.g, DescribeSecurityGroupsCommand, "NextToken", "NextToken", "MaxResults");
  },
  230: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
    __webpack_require__.d(__webpack_exports__, {
      e84: () => CreateKeyPair$,
      GIH: () => CreateTags$,
      dfL: () => DeleteKeyPair$,
      Zcz: () => DeleteLaunchTemplate$,
      Tnk: () => DeleteSecurityGroup$,
      ei_: () => DeregisterImage$,
      THX: () => DescribeImageAttribute$,
      gyn: () => DescribeImages$,
      eO1: () => DescribeInstances$,
      opO: () => DescribeKeyPairs$,
      q_Y: () => DescribeLaunchTemplateVersions$,
      _zK: () => DescribeLaunchTemplates$,
      GZZ: () => DescribeSecurityGroups$,
      WQ6: () => DisableImage$,
      NQs: () => EnableImageDeprecation$,
      CEm: () => TerminateInstances$,
      q1U: () => errorTypeRegistries
    });
    var schema = __webpack_require__(6890);
    var client = __webpack_require__(2658);
    class EC2ServiceException extends client.ServiceException {
      static shapeId="smithy.ts.sdk.synthetic.com.amazonaws.ec2#EC2ServiceException";
      constructor(options) {
        super(options);
        Object.setPrototypeOf(this, EC2ServiceException.prototype);
      }
    }
    const _AC = "AcceleratorCount";
    const _AItt = "AttachmentId";
    const _ARuto = "AutoRecovery";
    const _ASSm = "AmdSevSnp";
    const _ATMMB = "AcceleratorTotalMemoryMiB";
    const _ATtt = "AttachTime";
    const _AZ = "AvailabilityZone";
    const _AZI = "AvailabilityZoneId";
    const _Af = "Affinity";
    const _Ar = "Arn";
    const _Arc = "Architecture";
    const _Ass = "Association";
    const _Att = "Attachment";
    const _BDMl = "BlockDeviceMappings";
    const _BEBM = "BaselineEbsBandwidthMbps";
    const _BM = "BootMode";
    const _BPF = "BaselinePerformanceFactors";
    const _BW = "BandwidthWeighting";
    const _CBr = "CreatedBy";
    const _CCor = "CoreCount";
    const _CO = "CpuOptions";
    const _CRI = "CapacityReservationId";
    const _CRP = "CapacityReservationPreference";
    const _CRSa = "CapacityReservationSpecification";
    const _CRT = "CapacityReservationTarget";
    const _CSr = "CreditSpecification";
    const _CTS = "ConnectionTrackingSpecification";
    const _CTre = "CreateTime";
    const _Co = "Code";
    const _Conf = "Configured";
    const _DI = "DeviceIndex";
    const _DN = "DeviceName";
    const _DOT = "DeleteOnTermination";
    const _DPer = "DeregistrationProtection";
    const _DR = "DryRun";
    const _De = "Description";
    const _EBx = "ExecutableBy";
    const _ECI = "EbsCardIndex";
    const _EO = "EbsOptimized";
    const _EOn = "EnclaveOptions";
    const _EQC = "EnaQueueCount";
    const _ERNDAAAAR = "EnableResourceNameDnsAAAARecord";
    const _ERNDAR = "EnableResourceNameDnsARecord";
    const _ESE = "EnaSrdEnabled";
    const _ESS = "EnaSrdSpecification";
    const _ESUE = "EnaSrdUdpEnabled";
    const _ESUS = "EnaSrdUdpSpecification";
    const _ESna = "EnaSupport";
    const _Eb = "Ebs";
    const _En = "Enabled";
    const _Enc = "Encrypted";
    const _Fi = "Filters";
    const _Fil = "Filter";
    const _G = "Groups";
    const _GIr = "GroupId";
    const _GN = "GroupName";
    const _HE = "HttpEndpoint";
    const _HIo = "HostId";
    const _HO = "HibernationOptions";
    const _HPI = "HttpProtocolIpv6";
    const _HPRHL = "HttpPutResponseHopLimit";
    const _HRGA = "HostResourceGroupArn";
    const _HT = "HttpTokens";
    const _HTo = "HostnameType";
    const _Hy = "Hypervisor";
    const _IA = "Ipv6Addresses";
    const _IApv = "Ipv6Address";
    const _II = "InstanceId";
    const _IIP = "IamInstanceProfile";
    const _IIm = "ImageId";
    const _IIn = "InstanceIds";
    const _IMR = "IncludeManagedResources";
    const _IMT = "InstanceMetadataTags";
    const _IPp = "Ipv6Prefixes";
    const _IPpv = "Ipv6Prefix";
    const _IPpvr = "Ipv4Prefixes";
    const _IPpvre = "Ipv4Prefix";
    const _IR = "InstanceRequirements";
    const _ISmd = "ImdsSupport";
    const _IT = "InstanceType";
    const _ITSn = "InstanceTypeSpecification";
    const _ITnt = "InterfaceType";
    const _Io = "Iops";
    const _KFe = "KeyFingerprint";
    const _KI = "KernelId";
    const _KKI = "KmsKeyId";
    const _KN = "KeyName";
    const _KPI = "KeyPairId";
    const _KT = "KeyType";
    const _LCA = "LicenseConfigurationArn";
    const _LLT = "LastLaunchedTime";
    const _LT = "LaunchTemplate";
    const _LTI = "LaunchTemplateId";
    const _LTN = "LaunchTemplateName";
    const _LTV = "LaunchTemplateVersion";
    const _M = "Min";
    const _MAa = "MacAddress";
    const _MCIe = "MetricCategoryIds";
    const _MGBPVC = "MemoryGiBPerVCpu";
    const _MMB = "MemoryMiB";
    const _MO = "MetadataOptions";
    const _MOa = "MaintenanceOptions";
    const _MR = "MaxResults";
    const _Ma = "Max";
    const _Mon = "Monitoring";
    const _N = "Name";
    const _NBGe = "NetworkBandwidthGbps";
    const _NCI = "NetworkCardIndex";
    const _ND = "NoDevice";
    const _NIC = "NetworkInterfaceCount";
    const _NII = "NetworkInterfaceId";
    const _NIet = "NetworkInterfaces";
    const _NPO = "NetworkPerformanceOptions";
    const _NTe = "NextToken";
    const _NV = "NestedVirtualization";
    const _OA = "OutpostArn";
    const _OI = "OwnerId";
    const _Op = "Operator";
    const _Own = "Owner";
    const _PCro = "ProductCodes";
    const _PDN = "PrivateDnsName";
    const _PDNO = "PrivateDnsNameOptions";
    const _PDNub = "PublicDnsName";
    const _PDl = "PlatformDetails";
    const _PIAr = "PrivateIpAddress";
    const _PIAri = "PrivateIpAddresses";
    const _PLI = "PrefixListId";
    const _PN = "PartitionNumber";
    const _Pl = "Platform";
    const _Pla = "Placement";
    const _Prim = "Primary";
    const _R = "Return";
    const _RDN = "RootDeviceName";
    const _RDT = "RootDeviceType";
    const _RIa = "RamdiskId";
    const _RTe = "ResourceType";
    const _SDC = "SourceDestCheck";
    const _SDp = "SpreadDomain";
    const _SGe = "SecurityGroups";
    const _SII = "SourceImageId";
    const _SIRo = "SourceImageRegion";
    const _SIec = "SecondaryInterfaces";
    const _SIn = "SnapshotId";
    const _SIu = "SubnetId";
    const _SNS = "SriovNetSupport";
    const _SRc = "ScanResults";
    const _SRt = "StateReason";
    const _SSIe = "SecondarySubnetId";
    const _St = "State";
    const _Sta = "Status";
    const _T = "Tags";
    const _TET = "TcpEstablishedTimeout";
    const _TLSGB = "TotalLocalStorageGB";
    const _TPC = "ThreadsPerCore";
    const _TS = "TagSpecifications";
    const _TSa = "TagSpecification";
    const _TSp = "TpmSupport";
    const _Ta = "Tag";
    const _Te = "Tenancy";
    const _Th = "Throughput";
    const _Ty = "Type";
    const _UI = "UserId";
    const _UO = "UsageOperation";
    const _UST = "UdpStreamTimeout";
    const _UTd = "UdpTimeout";
    const _V = "Value";
    const _VI = "VpcId";
    const _VIR = "VolumeInitializationRate";
    const _VN = "VirtualName";
    const _VSo = "VolumeSize";
    const _VT = "VolumeType";
    const _VTir = "VirtualizationType";
    const _aIt = "attachmentId";
    const _aRut = "autoRecovery";
    const _aSS = "amdSevSnp";
    const _aTt = "attachTime";
    const _aZ = "availabilityZone";
    const _aZI = "availabilityZoneId";
    const _af = "affinity";
    const _ar = "arn";
    const _arc = "architecture";
    const _ass = "association";
    const _at = "attachment";
    const _bDM = "blockDeviceMapping";
    const _bM = "bootMode";
    const _bW = "bandwidthWeighting";
    const _cBr = "createdBy";
    const _cCo = "coreCount";
    const _cO = "cpuOptions";
    const _cRI = "capacityReservationId";
    const _cRP = "capacityReservationPreference";
    const _cRSa = "capacityReservationSpecification";
    const _cRT = "capacityReservationTarget";
    const _cTre = "createTime";
    const _co = "code";
    const _conf = "configured";
    const _dI = "deviceIndex";
    const _dN = "deviceName";
    const _dOT = "deleteOnTermination";
    const _dPe = "deregistrationProtection";
    const _dR = "dryRun";
    const _de = "description";
    const _eCI = "ebsCardIndex";
    const _eO = "ebsOptimized";
    const _eOn = "enclaveOptions";
    const _eQC = "enaQueueCount";
    const _eQN = "ec2QueryName";
    const _eRNDAAAAR = "enableResourceNameDnsAAAARecord";
    const _eRNDAR = "enableResourceNameDnsARecord";
    const _eSE = "enaSrdEnabled";
    const _eSS = "enaSrdSpecification";
    const _eSUE = "enaSrdUdpEnabled";
    const _eSUS = "enaSrdUdpSpecification";
    const _eSna = "enaSupport";
    const _eb = "ebs";
    const _en = "enabled";
    const _enc = "encrypted";
    const _gIr = "groupId";
    const _gN = "groupName";
    const _gSr = "groupSet";
    const _h = "hypervisor";
    const _hE = "httpEndpoint";
    const _hI = "hostId";
    const _hO = "hibernationOptions";
    const _hPI = "httpProtocolIpv6";
    const _hPRHL = "httpPutResponseHopLimit";
    const _hRGA = "hostResourceGroupArn";
    const _hT = "httpTokens";
    const _hTo = "hostnameType";
    const _iASp = "ipv6AddressesSet";
    const _iApv = "ipv6Address";
    const _iI = "instanceId";
    const _iIP = "iamInstanceProfile";
    const _iIma = "imageId";
    const _iMT = "instanceMetadataTags";
    const _iPSpvr = "ipv4PrefixSet";
    const _iPSpvre = "ipv6PrefixSet";
    const _iPpv = "ipv4Prefix";
    const _iPpvr = "ipv6Prefix";
    const _iSmd = "imdsSupport";
    const _iSns = "instancesSet";
    const _iT = "instanceType";
    const _iTnt = "interfaceType";
    const _io = "iops";
    const _it = "item";
    const _kFe = "keyFingerprint";
    const _kI = "kernelId";
    const _kKI = "kmsKeyId";
    const _kN = "keyName";
    const _kPI = "keyPairId";
    const _lCA = "licenseConfigurationArn";
    const _lLT = "lastLaunchedTime";
    const _lSic = "licenseSet";
    const _lTI = "launchTemplateId";
    const _lTN = "launchTemplateName";
    const _m = "min";
    const _mAa = "macAddress";
    const _mCIS = "metricCategoryIdSet";
    const _mO = "metadataOptions";
    const _mOa = "maintenanceOptions";
    const _ma = "max";
    const _mon = "monitoring";
    const _n = "name";
    const _nCI = "networkCardIndex";
    const _nD = "noDevice";
    const _nII = "networkInterfaceId";
    const _nIS = "networkInterfaceSet";
    const _nPO = "networkPerformanceOptions";
    const _nTe = "nextToken";
    const _nV = "nestedVirtualization";
    const _oA = "outpostArn";
    const _oI = "ownerId";
    const _ope = "operator";
    const _pC = "productCodes";
    const _pDNO = "privateDnsNameOptions";
    const _pDNr = "privateDnsName";
    const _pDl = "platformDetails";
    const _pIAS = "privateIpAddressesSet";
    const _pIAr = "privateIpAddress";
    const _pN = "partitionNumber";
    const _pl = "platform";
    const _pla = "placement";
    const _prim = "primary";
    const _r = "return";
    const _rDN = "rootDeviceName";
    const _rDT = "rootDeviceType";
    const _rIa = "ramdiskId";
    const _rTe = "resourceType";
    const _s = "smithy.ts.sdk.synthetic.com.amazonaws.ec2";
    const _sDC = "sourceDestCheck";
    const _sDp = "spreadDomain";
    const _sIIo = "sourceImageId";
    const _sIR = "sourceImageRegion";
    const _sISe = "secondaryInterfaceSet";
    const _sIn = "snapshotId";
    const _sIu = "subnetId";
    const _sNSr = "sriovNetSupport";
    const _sRt = "stateReason";
    const _sSI = "secondarySubnetId";
    const _st = "state";
    const _sta = "status";
    const _tET = "tcpEstablishedTimeout";
    const _tPC = "threadsPerCore";
    const _tS = "tagSet";
    const _tSp = "tpmSupport";
    const _te = "tenancy";
    const _th = "throughput";
    const _ty = "type";
    const _uI = "userId";
    const _uO = "usageOperation";
    const _uST = "udpStreamTimeout";
    const _uTd = "udpTimeout";
    const _v = "value";
    const _vI = "vpcId";
    const _vN = "virtualName";
    const _vSo = "volumeSize";
    const _vT = "volumeType";
    const _vTi = "virtualizationType";
    const _xN = "xmlName";
    const n0 = "com.amazonaws.ec2";
    const _s_registry = new schema.TypeRegistry(_s);
    var EC2ServiceException$ = [ -3, _s, "EC2ServiceException", 0, [], [] ];
    _s_registry.registerError(EC2ServiceException$, EC2ServiceException);
    const errorTypeRegistries = [ _s_registry ];
    var SensitiveUserData = [ 0, n0, "SensitiveUserData", 8, 0 ];
    var AcceleratorCount$ = [ 3, n0, _AC, 0, [ _M, _Ma ], [ [ 1, {
      [_eQN]: `Min`,
      [_xN]: _m
    } ], [ 1, {
      [_eQN]: `Max`,
      [_xN]: _ma
    } ] ] ];
    var AcceleratorTotalMemoryMiB$ = [ 3, n0, _ATMMB, 0, [ _M, _Ma ], [ [ 1, {
      [_eQN]: `Min`,
      [_xN]: _m
    } ], [ 1, {
      [_eQN]: `Max`,
      [_xN]: _ma
    } ] ] ];
    var AttributeValue$ = [ 3, n0, "AttributeValue", 0, [ _V ], [ [ 0, {
      [_eQN]: `Value`,
      [_xN]: _v
    } ] ] ];
    var BaselineEbsBandwidthMbps$ = [ 3, n0, _BEBM, 0, [ _M, _Ma ], [ [ 1, {
      [_eQN]: `Min`,
      [_xN]: _m
    } ], [ 1, {
      [_eQN]: `Max`,
      [_xN]: _ma
    } ] ] ];
    var BaselinePerformanceFactors$ = [ 3, n0, _BPF, 0, [ "Cpu" ], [ [ () => CpuPerformanceFactor$, {
      [_eQN]: `Cpu`,
      [_xN]: "cpu"
    } ] ] ];
    var BlockDeviceMapping$ = [ 3, n0, "BlockDeviceMapping", 0, [ _Eb, _ND, _DN, _VN ], [ [ () => EbsBlockDevice$, {
      [_eQN]: `Ebs`,
      [_xN]: _eb
    } ], [ 0, {
      [_eQN]: `NoDevice`,
      [_xN]: _nD
    } ], [ 0, {
      [_eQN]: `DeviceName`,
      [_xN]: _dN
    } ], [ 0, {
      [_eQN]: `VirtualName`,
      [_xN]: _vN
    } ] ] ];
    var CapacityReservationSpecificationResponse$ = [ 3, n0, "CapacityReservationSpecificationResponse", 0, [ _CRP, _CRT ], [ [ 0, {
      [_eQN]: `CapacityReservationPreference`,
      [_xN]: _cRP
    } ], [ () => CapacityReservationTargetResponse$, {
      [_eQN]: `CapacityReservationTarget`,
      [_xN]: _cRT
    } ] ] ];
    var CapacityReservationTargetResponse$ = [ 3, n0, "CapacityReservationTargetResponse", 0, [ _CRI, "CapacityReservationResourceGroupArn" ], [ [ 0, {
      [_eQN]: `CapacityReservationId`,
      [_xN]: _cRI
    } ], [ 0, {
      [_eQN]: `CapacityReservationResourceGroupArn`,
      [_xN]: "capacityReservationResourceGroupArn"
    } ] ] ];
    var ConnectionTrackingSpecification$ = [ 3, n0, _CTS, 0, [ _TET, _UTd, _UST ], [ [ 1, {
      [_eQN]: `TcpEstablishedTimeout`,
      [_xN]: _tET
    } ], [ 1, {
      [_eQN]: `UdpTimeout`,
      [_xN]: _uTd
    } ], [ 1, {
      [_eQN]: `UdpStreamTimeout`,
      [_xN]: _uST
    } ] ] ];
    var ConnectionTrackingSpecificationResponse$ = [ 3, n0, "ConnectionTrackingSpecificationResponse", 0, [ _TET, _UST, _UTd ], [ [ 1, {
      [_eQN]: `TcpEstablishedTimeout`,
      [_xN]: _tET
    } ], [ 1, {
      [_eQN]: `UdpStreamTimeout`,
      [_xN]: _uST
    } ], [ 1, {
      [_eQN]: `UdpTimeout`,
      [_xN]: _uTd
    } ] ] ];
    var CpuOptions$ = [ 3, n0, _CO, 0, [ _CCor, _TPC, _ASSm, _NV ], [ [ 1, {
      [_eQN]: `CoreCount`,
      [_xN]: _cCo
    } ], [ 1, {
      [_eQN]: `ThreadsPerCore`,
      [_xN]: _tPC
    } ], [ 0, {
      [_eQN]: `AmdSevSnp`,
      [_xN]: _aSS
    } ], [ 0, {
      [_eQN]: `NestedVirtualization`,
      [_xN]: _nV
    } ] ] ];
    var CpuPerformanceFactor$ = [ 3, n0, "CpuPerformanceFactor", 0, [ "References" ], [ [ () => PerformanceFactorReferenceSet, {
      [_eQN]: `ReferenceSet`,
      [_xN]: "referenceSet"
    } ] ] ];
    var CreateKeyPairRequest$ = [ 3, n0, "CreateKeyPairRequest", 0, [ _KN, _KT, _TS, "KeyFormat", _DR ], [ 0, 0, [ () => TagSpecificationList, {
      [_xN]: _TSa
    } ], 0, [ 2, {
      [_eQN]: `DryRun`,
      [_xN]: _dR
    } ] ], 1 ];
    var CreateTagsRequest$ = [ 3, n0, "CreateTagsRequest", 0, [ "Resources", _T, _DR ], [ [ 64 | 0, {
      [_xN]: "ResourceId"
    } ], [ () => TagList, {
      [_xN]: _Ta
    } ], [ 2, {
      [_eQN]: `DryRun`,
      [_xN]: _dR
    } ] ], 2 ];
    var CreditSpecification$ = [ 3, n0, _CSr, 0, [ "CpuCredits" ], [ [ 0, {
      [_eQN]: `CpuCredits`,
      [_xN]: "cpuCredits"
    } ] ] ];
    var DeleteKeyPairRequest$ = [ 3, n0, "DeleteKeyPairRequest", 0, [ _KN, _KPI, _DR ], [ 0, 0, [ 2, {
      [_eQN]: `DryRun`,
      [_xN]: _dR
    } ] ] ];
    var DeleteKeyPairResult$ = [ 3, n0, "DeleteKeyPairResult", 0, [ _R, _KPI ], [ [ 2, {
      [_eQN]: `Return`,
      [_xN]: _r
    } ], [ 0, {
      [_eQN]: `KeyPairId`,
      [_xN]: _kPI
    } ] ] ];
    var DeleteLaunchTemplateRequest$ = [ 3, n0, "DeleteLaunchTemplateRequest", 0, [ _DR, _LTI, _LTN ], [ 2, 0, 0 ] ];
    var DeleteLaunchTemplateResult$ = [ 3, n0, "DeleteLaunchTemplateResult", 0, [ _LT ], [ [ () => LaunchTemplate$, {
      [_eQN]: `LaunchTemplate`,
      [_xN]: "launchTemplate"
    } ] ] ];
    var DeleteSecurityGroupRequest$ = [ 3, n0, "DeleteSecurityGroupRequest", 0, [ _GIr, _GN, _DR ], [ 0, 0, [ 2, {
      [_eQN]: `DryRun`,
      [_xN]: _dR
    } ] ] ];
    var DeleteSecurityGroupResult$ = [ 3, n0, "DeleteSecurityGroupResult", 0, [ _R, _GIr ], [ [ 2, {
      [_eQN]: `Return`,
      [_xN]: _r
    } ], [ 0, {
      [_eQN]: `GroupId`,
      [_xN]: _gIr
    } ] ] ];
    var DeleteSnapshotReturnCode$ = [ 3, n0, "DeleteSnapshotReturnCode", 0, [ _SIn, "ReturnCode" ], [ [ 0, {
      [_eQN]: `SnapshotId`,
      [_xN]: _sIn
    } ], [ 0, {
      [_eQN]: `ReturnCode`,
      [_xN]: "returnCode"
    } ] ] ];
    var DeregisterImageRequest$ = [ 3, n0, "DeregisterImageRequest", 0, [ _IIm, "DeleteAssociatedSnapshots", _DR ], [ 0, 2, [ 2, {
      [_eQN]: `DryRun`,
      [_xN]: _dR
    } ] ], 1 ];
    var DeregisterImageResult$ = [ 3, n0, "DeregisterImageResult", 0, [ _R, "DeleteSnapshotResults" ], [ [ 2, {
      [_eQN]: `Return`,
      [_xN]: _r
    } ], [ () => DeleteSnapshotResultSet, {
      [_eQN]: `DeleteSnapshotResultSet`,
      [_xN]: "deleteSnapshotResultSet"
    } ] ] ];
    var DescribeImageAttributeRequest$ = [ 3, n0, "DescribeImageAttributeRequest", 0, [ "Attribute", _IIm, _DR ], [ 0, 0, [ 2, {
      [_eQN]: `DryRun`,
      [_xN]: _dR
    } ] ], 2 ];
    var DescribeImagesRequest$ = [ 3, n0, "DescribeImagesRequest", 0, [ "ExecutableUsers", "ImageIds", "Owners", "IncludeDeprecated", "IncludeDisabled", _MR, _NTe, _DR, _Fi ], [ [ () => ExecutableByStringList, {
      [_xN]: _EBx
    } ], [ () => ImageIdStringList, {
      [_xN]: _IIm
    } ], [ () => OwnerStringList, {
      [_xN]: _Own
    } ], 2, 2, 1, 0, [ 2, {
      [_eQN]: `DryRun`,
      [_xN]: _dR
    } ], [ () => FilterList, {
      [_xN]: _Fil
    } ] ] ];
    var DescribeImagesResult$ = [ 3, n0, "DescribeImagesResult", 0, [ _NTe, "Images" ], [ [ 0, {
      [_eQN]: `NextToken`,
      [_xN]: _nTe
    } ], [ () => ImageList, {
      [_eQN]: `ImagesSet`,
      [_xN]: "imagesSet"
    } ] ] ];
    var DescribeInstancesRequest$ = [ 3, n0, "DescribeInstancesRequest", 0, [ _IIn, _IMR, _DR, _Fi, _NTe, _MR ], [ [ () => InstanceIdStringList, {
      [_xN]: _II
    } ], 2, [ 2, {
      [_eQN]: `DryRun`,
      [_xN]: _dR
    } ], [ () => FilterList, {
      [_xN]: _Fil
    } ], [ 0, {
      [_eQN]: `NextToken`,
      [_xN]: _nTe
    } ], [ 1, {
      [_eQN]: `MaxResults`,
      [_xN]: "maxResults"
    } ] ] ];
    var DescribeInstancesResult$ = [ 3, n0, "DescribeInstancesResult", 0, [ _NTe, "Reservations" ], [ [ 0, {
      [_eQN]: `NextToken`,
      [_xN]: _nTe
    } ], [ () => ReservationList, {
      [_eQN]: `ReservationSet`,
      [_xN]: "reservationSet"
    } ] ] ];
    var DescribeKeyPairsRequest$ = [ 3, n0, "DescribeKeyPairsRequest", 0, [ "KeyNames", "KeyPairIds", "IncludePublicKey", _DR, _Fi ], [ [ () => KeyNameStringList, {
      [_xN]: _KN
    } ], [ () => KeyPairIdStringList, {
      [_xN]: _KPI
    } ], 2, [ 2, {
      [_eQN]: `DryRun`,
      [_xN]: _dR
    } ], [ () => FilterList, {
      [_xN]: _Fil
    } ] ] ];
    var DescribeKeyPairsResult$ = [ 3, n0, "DescribeKeyPairsResult", 0, [ "KeyPairs" ], [ [ () => KeyPairList, {
      [_eQN]: `KeySet`,
      [_xN]: "keySet"
    } ] ] ];
    var DescribeLaunchTemplatesRequest$ = [ 3, n0, "DescribeLaunchTemplatesRequest", 0, [ _DR, "LaunchTemplateIds", "LaunchTemplateNames", _Fi, _NTe, _MR, _IMR ], [ 2, [ () => LaunchTemplateIdStringList, {
      [_xN]: _LTI
    } ], [ () => LaunchTemplateNameStringList, {
      [_xN]: _LTN
    } ], [ () => FilterList, {
      [_xN]: _Fil
    } ], 0, 1, 2 ] ];
    var DescribeLaunchTemplatesResult$ = [ 3, n0, "DescribeLaunchTemplatesResult", 0, [ "LaunchTemplates", _NTe ], [ [ () => LaunchTemplateSet, {
      [_eQN]: `LaunchTemplates`,
      [_xN]: "launchTemplates"
    } ], [ 0, {
      [_eQN]: `NextToken`,
      [_xN]: _nTe
    } ] ] ];
    var DescribeLaunchTemplateVersionsRequest$ = [ 3, n0, "DescribeLaunchTemplateVersionsRequest", 0, [ _DR, _LTI, _LTN, "Versions", "MinVersion", "MaxVersion", _NTe, _MR, _Fi, "ResolveAlias", _IMR ], [ 2, 0, 0, [ () => VersionStringList, {
      [_xN]: _LTV
    } ], 0, 0, 0, 1, [ () => FilterList, {
      [_xN]: _Fil
    } ], 2, 2 ] ];
    var DescribeLaunchTemplateVersionsResult$ = [ 3, n0, "DescribeLaunchTemplateVersionsResult", 0, [ "LaunchTemplateVersions", _NTe ], [ [ () => LaunchTemplateVersionSet, {
      [_eQN]: `LaunchTemplateVersionSet`,
      [_xN]: "launchTemplateVersionSet"
    } ], [ 0, {
      [_eQN]: `NextToken`,
      [_xN]: _nTe
    } ] ] ];
    var DescribeSecurityGroupsRequest$ = [ 3, n0, "DescribeSecurityGroupsRequest", 0, [ "GroupIds", "GroupNames", _NTe, _MR, _DR, _Fi ], [ [ () => GroupIdStringList, {
      [_xN]: _GIr
    } ], [ () => GroupNameStringList, {
      [_xN]: _GN
    } ], 0, 1, [ 2, {
      [_eQN]: `DryRun`,
      [_xN]: _dR
    } ], [ () => FilterList, {
      [_xN]: _Fil
    } ] ] ];
    var DescribeSecurityGroupsResult$ = [ 3, n0, "DescribeSecurityGroupsResult", 0, [ _NTe, _SGe ], [ [ 0, {
      [_eQN]: `NextToken`,
      [_xN]: _nTe
    } ], [ () => SecurityGroupList, {
      [_eQN]: `SecurityGroupInfo`,
      [_xN]: "securityGroupInfo"
    } ] ] ];
    var DisableImageRequest$ = [ 3, n0, "DisableImageRequest", 0, [ _IIm, _DR ], [ 0, 2 ], 1 ];
    var DisableImageResult$ = [ 3, n0, "DisableImageResult", 0, [ _R ], [ [ 2, {
      [_eQN]: `Return`,
      [_xN]: _r
    } ] ] ];
    var EbsBlockDevice$ = [ 3, n0, "EbsBlockDevice", 0, [ _DOT, _Io, _SIn, _VSo, _VT, _KKI, _Th, _OA, _AZ, _Enc, _VIR, _AZI, _ECI ], [ [ 2, {
      [_eQN]: `DeleteOnTermination`,
      [_xN]: _dOT
    } ], [ 1, {
      [_eQN]: `Iops`,
      [_xN]: _io
    } ], [ 0, {
      [_eQN]: `SnapshotId`,
      [_xN]: _sIn
    } ], [ 1, {
      [_eQN]: `VolumeSize`,
      [_xN]: _vSo
    } ], [ 0, {
      [_eQN]: `VolumeType`,
      [_xN]: _vT
    } ], [ 0, {
      [_eQN]: `KmsKeyId`,
      [_xN]: _kKI
    } ], [ 1, {
      [_eQN]: `Throughput`,
      [_xN]: _th
    } ], [ 0, {
      [_eQN]: `OutpostArn`,
      [_xN]: _oA
    } ], [ 0, {
      [_eQN]: `AvailabilityZone`,
      [_xN]: _aZ
    } ], [ 2, {
      [_eQN]: `Encrypted`,
      [_xN]: _enc
    } ], 1, 0, 1 ] ];
    var EbsInstanceBlockDevice$ = [ 3, n0, "EbsInstanceBlockDevice", 0, [ _ATtt, _DOT, _Sta, "VolumeId", "AssociatedResource", "VolumeOwnerId", _Op, _ECI ], [ [ 4, {
      [_eQN]: `AttachTime`,
      [_xN]: _aTt
    } ], [ 2, {
      [_eQN]: `DeleteOnTermination`,
      [_xN]: _dOT
    } ], [ 0, {
      [_eQN]: `Status`,
      [_xN]: _sta
    } ], [ 0, {
      [_eQN]: `VolumeId`,
      [_xN]: "volumeId"
    } ], [ 0, {
      [_eQN]: `AssociatedResource`,
      [_xN]: "associatedResource"
    } ], [ 0, {
      [_eQN]: `VolumeOwnerId`,
      [_xN]: "volumeOwnerId"
    } ], [ () => OperatorResponse$, {
      [_eQN]: `Operator`,
      [_xN]: _ope
    } ], [ 1, {
      [_eQN]: `EbsCardIndex`,
      [_xN]: _eCI
    } ] ] ];
    var ElasticGpuAssociation$ = [ 3, n0, "ElasticGpuAssociation", 0, [ "ElasticGpuId", "ElasticGpuAssociationId", "ElasticGpuAssociationState", "ElasticGpuAssociationTime" ], [ [ 0, {
      [_eQN]: `ElasticGpuId`,
      [_xN]: "elasticGpuId"
    } ], [ 0, {
      [_eQN]: `ElasticGpuAssociationId`,
      [_xN]: "elasticGpuAssociationId"
    } ], [ 0, {
      [_eQN]: `ElasticGpuAssociationState`,
      [_xN]: "elasticGpuAssociationState"
    } ], [ 0, {
      [_eQN]: `ElasticGpuAssociationTime`,
      [_xN]: "elasticGpuAssociationTime"
    } ] ] ];
    var ElasticGpuSpecificationResponse$ = [ 3, n0, "ElasticGpuSpecificationResponse", 0, [ _Ty ], [ [ 0, {
      [_eQN]: `Type`,
      [_xN]: _ty
    } ] ] ];
    var ElasticInferenceAcceleratorAssociation$ = [ 3, n0, "ElasticInferenceAcceleratorAssociation", 0, [ "ElasticInferenceAcceleratorArn", "ElasticInferenceAcceleratorAssociationId", "ElasticInferenceAcceleratorAssociationState", "ElasticInferenceAcceleratorAssociationTime" ], [ [ 0, {
      [_eQN]: `ElasticInferenceAcceleratorArn`,
      [_xN]: "elasticInferenceAcceleratorArn"
    } ], [ 0, {
      [_eQN]: `ElasticInferenceAcceleratorAssociationId`,
      [_xN]: "elasticInferenceAcceleratorAssociationId"
    } ], [ 0, {
      [_eQN]: `ElasticInferenceAcceleratorAssociationState`,
      [_xN]: "elasticInferenceAcceleratorAssociationState"
    } ], [ 4, {
      [_eQN]: `ElasticInferenceAcceleratorAssociationTime`,
      [_xN]: "elasticInferenceAcceleratorAssociationTime"
    } ] ] ];
    var EnableImageDeprecationRequest$ = [ 3, n0, "EnableImageDeprecationRequest", 0, [ _IIm, "DeprecateAt", _DR ], [ 0, 4, 2 ], 2 ];
    var EnableImageDeprecationResult$ = [ 3, n0, "EnableImageDeprecationResult", 0, [ _R ], [ [ 2, {
      [_eQN]: `Return`,
      [_xN]: _r
    } ] ] ];
    var EnclaveOptions$ = [ 3, n0, _EOn, 0, [ _En ], [ [ 2, {
      [_eQN]: `Enabled`,
      [_xN]: _en
    } ] ] ];
    var Filter$ = [ 3, n0, _Fil, 0, [ _N, "Values" ], [ 0, [ () => ValueStringList, {
      [_xN]: _V
    } ] ] ];
    var GroupIdentifier$ = [ 3, n0, "GroupIdentifier", 0, [ _GIr, _GN ], [ [ 0, {
      [_eQN]: `GroupId`,
      [_xN]: _gIr
    } ], [ 0, {
      [_eQN]: `GroupName`,
      [_xN]: _gN
    } ] ] ];
    var HibernationOptions$ = [ 3, n0, _HO, 0, [ _Conf ], [ [ 2, {
      [_eQN]: `Configured`,
      [_xN]: _conf
    } ] ] ];
    var IamInstanceProfile$ = [ 3, n0, _IIP, 0, [ _Ar, "Id" ], [ [ 0, {
      [_eQN]: `Arn`,
      [_xN]: _ar
    } ], [ 0, {
      [_eQN]: `Id`,
      [_xN]: "id"
    } ] ] ];
    var Image$ = [ 3, n0, "Image", 0, [ _PDl, _UO, _BDMl, _De, _ESna, _Hy, "ImageOwnerAlias", _N, _RDN, _RDT, _SNS, _SRt, _T, _VTir, _BM, _TSp, "DeprecationTime", _ISmd, "SourceInstanceId", _DPer, _LLT, "ImageAllowed", _SII, _SIRo, "FreeTierEligible", "PublicSsmParameterName", "ImageWatermarks", _SRc, _ITSn, _IIm, "ImageLocation", _St, _OI, "CreationDate", "Public", _PCro, _Arc, "ImageType", _KI, _RIa, _Pl ], [ [ 0, {
      [_eQN]: `PlatformDetails`,
      [_xN]: _pDl
    } ], [ 0, {
      [_eQN]: `UsageOperation`,
      [_xN]: _uO
    } ], [ () => BlockDeviceMappingList, {
      [_eQN]: `BlockDeviceMapping`,
      [_xN]: _bDM
    } ], [ 0, {
      [_eQN]: `Description`,
      [_xN]: _de
    } ], [ 2, {
      [_eQN]: `EnaSupport`,
      [_xN]: _eSna
    } ], [ 0, {
      [_eQN]: `Hypervisor`,
      [_xN]: _h
    } ], [ 0, {
      [_eQN]: `ImageOwnerAlias`,
      [_xN]: "imageOwnerAlias"
    } ], [ 0, {
      [_eQN]: `Name`,
      [_xN]: _n
    } ], [ 0, {
      [_eQN]: `RootDeviceName`,
      [_xN]: _rDN
    } ], [ 0, {
      [_eQN]: `RootDeviceType`,
      [_xN]: _rDT
    } ], [ 0, {
      [_eQN]: `SriovNetSupport`,
      [_xN]: _sNSr
    } ], [ () => StateReason$, {
      [_eQN]: `StateReason`,
      [_xN]: _sRt
    } ], [ () => TagList, {
      [_eQN]: `TagSet`,
      [_xN]: _tS
    } ], [ 0, {
      [_eQN]: `VirtualizationType`,
      [_xN]: _vTi
    } ], [ 0, {
      [_eQN]: `BootMode`,
      [_xN]: _bM
    } ], [ 0, {
      [_eQN]: `TpmSupport`,
      [_xN]: _tSp
    } ], [ 0, {
      [_eQN]: `DeprecationTime`,
      [_xN]: "deprecationTime"
    } ], [ 0, {
      [_eQN]: `ImdsSupport`,
      [_xN]: _iSmd
    } ], [ 0, {
      [_eQN]: `SourceInstanceId`,
      [_xN]: "sourceInstanceId"
    } ], [ 0, {
      [_eQN]: `DeregistrationProtection`,
      [_xN]: _dPe
    } ], [ 0, {
      [_eQN]: `LastLaunchedTime`,
      [_xN]: _lLT
    } ], [ 2, {
      [_eQN]: `ImageAllowed`,
      [_xN]: "imageAllowed"
    } ], [ 0, {
      [_eQN]: `SourceImageId`,
      [_xN]: _sIIo
    } ], [ 0, {
      [_eQN]: `SourceImageRegion`,
      [_xN]: _sIR
    } ], [ 2, {
      [_eQN]: `FreeTierEligible`,
      [_xN]: "freeTierEligible"
    } ], [ 0, {
      [_eQN]: `PublicSsmParameterName`,
      [_xN]: "publicSsmParameterName"
    } ], [ () => ImageWatermarkList, {
      [_eQN]: `ImageWatermarkSet`,
      [_xN]: "imageWatermarkSet"
    } ], [ () => ScanResults$, {
      [_eQN]: `ScanResults`,
      [_xN]: "scanResults"
    } ], [ () => InstanceTypeSpecification$, {
      [_eQN]: `InstanceTypeSpecification`,
      [_xN]: "instanceTypeSpecification"
    } ], [ 0, {
      [_eQN]: `ImageId`,
      [_xN]: _iIma
    } ], [ 0, {
      [_eQN]: `ImageLocation`,
      [_xN]: "imageLocation"
    } ], [ 0, {
      [_eQN]: `ImageState`,
      [_xN]: "imageState"
    } ], [ 0, {
      [_eQN]: `ImageOwnerId`,
      [_xN]: "imageOwnerId"
    } ], [ 0, {
      [_eQN]: `CreationDate`,
      [_xN]: "creationDate"
    } ], [ 2, {
      [_eQN]: `IsPublic`,
      [_xN]: "isPublic"
    } ], [ () => ProductCodeList, {
      [_eQN]: `ProductCodes`,
      [_xN]: _pC
    } ], [ 0, {
      [_eQN]: `Architecture`,
      [_xN]: _arc
    } ], [ 0, {
      [_eQN]: `ImageType`,
      [_xN]: "imageType"
    } ], [ 0, {
      [_eQN]: `KernelId`,
      [_xN]: _kI
    } ], [ 0, {
      [_eQN]: `RamdiskId`,
      [_xN]: _rIa
    } ], [ 0, {
      [_eQN]: `Platform`,
      [_xN]: _pl
    } ] ] ];
    var ImageAttribute$ = [ 3, n0, "ImageAttribute", 0, [ _De, _KI, _RIa, _SNS, _BM, _TSp, "UefiData", _LLT, _ISmd, _DPer, _IIm, "LaunchPermissions", _PCro, _BDMl ], [ [ () => AttributeValue$, {
      [_eQN]: `Description`,
      [_xN]: _de
    } ], [ () => AttributeValue$, {
      [_eQN]: `Kernel`,
      [_xN]: "kernel"
    } ], [ () => AttributeValue$, {
      [_eQN]: `Ramdisk`,
      [_xN]: "ramdisk"
    } ], [ () => AttributeValue$, {
      [_eQN]: `SriovNetSupport`,
      [_xN]: _sNSr
    } ], [ () => AttributeValue$, {
      [_eQN]: `BootMode`,
      [_xN]: _bM
    } ], [ () => AttributeValue$, {
      [_eQN]: `TpmSupport`,
      [_xN]: _tSp
    } ], [ () => AttributeValue$, {
      [_eQN]: `UefiData`,
      [_xN]: "uefiData"
    } ], [ () => AttributeValue$, {
      [_eQN]: `LastLaunchedTime`,
      [_xN]: _lLT
    } ], [ () => AttributeValue$, {
      [_eQN]: `ImdsSupport`,
      [_xN]: _iSmd
    } ], [ () => AttributeValue$, {
      [_eQN]: `DeregistrationProtection`,
      [_xN]: _dPe
    } ], [ 0, {
      [_eQN]: `ImageId`,
      [_xN]: _iIma
    } ], [ () => LaunchPermissionList, {
      [_eQN]: `LaunchPermission`,
      [_xN]: "launchPermission"
    } ], [ () => ProductCodeList, {
      [_eQN]: `ProductCodes`,
      [_xN]: _pC
    } ], [ () => BlockDeviceMappingList, {
      [_eQN]: `BlockDeviceMapping`,
      [_xN]: _bDM
    } ] ] ];
    var ImageWatermark$ = [ 3, n0, "ImageWatermark", 0, [ "WatermarkKey", _SIRo, _SII, "SourceImageCreationTime", "WatermarkCreationTime" ], [ [ 0, {
      [_eQN]: `WatermarkKey`,
      [_xN]: "watermarkKey"
    } ], [ 0, {
      [_eQN]: `SourceImageRegion`,
      [_xN]: _sIR
    } ], [ 0, {
      [_eQN]: `SourceImageId`,
      [_xN]: _sIIo
    } ], [ 4, {
      [_eQN]: `SourceImageCreationTime`,
      [_xN]: "sourceImageCreationTime"
    } ], [ 4, {
      [_eQN]: `WatermarkCreationTime`,
      [_xN]: "watermarkCreationTime"
    } ] ] ];
    var Instance$ = [ 3, n0, "Instance", 0, [ _Arc, _BDMl, "ClientToken", _EO, _ESna, _Hy, _IIP, "InstanceLifecycle", "ElasticGpuAssociations", "ElasticInferenceAcceleratorAssociations", _NIet, _OA, _RDN, _RDT, _SGe, _SDC, "SpotInstanceRequestId", _SNS, _SRt, _T, _VTir, _CO, "CapacityBlockId", _CRI, _CRSa, _HO, "Licenses", _MO, _EOn, _BM, _PDl, _UO, "UsageOperationUpdateTime", _PDNO, _IApv, _TSp, _MOa, "CurrentInstanceBootMode", _NPO, _Op, _SIec, _II, _IIm, _St, _PDN, _PDNub, "StateTransitionReason", _KN, "AmiLaunchIndex", _PCro, _IT, "LaunchTime", _Pla, _KI, _RIa, _Pl, _Mon, _SIu, _VI, _PIAr, "PublicIpAddress" ], [ [ 0, {
      [_eQN]: `Architecture`,
      [_xN]: _arc
    } ], [ () => InstanceBlockDeviceMappingList, {
      [_eQN]: `BlockDeviceMapping`,
      [_xN]: _bDM
    } ], [ 0, {
      [_eQN]: `ClientToken`,
      [_xN]: "clientToken"
    } ], [ 2, {
      [_eQN]: `EbsOptimized`,
      [_xN]: _eO
    } ], [ 2, {
      [_eQN]: `EnaSupport`,
      [_xN]: _eSna
    } ], [ 0, {
      [_eQN]: `Hypervisor`,
      [_xN]: _h
    } ], [ () => IamInstanceProfile$, {
      [_eQN]: `IamInstanceProfile`,
      [_xN]: _iIP
    } ], [ 0, {
      [_eQN]: `InstanceLifecycle`,
      [_xN]: "instanceLifecycle"
    } ], [ () => ElasticGpuAssociationList, {
      [_eQN]: `ElasticGpuAssociationSet`,
      [_xN]: "elasticGpuAssociationSet"
    } ], [ () => ElasticInferenceAcceleratorAssociationList, {
      [_eQN]: `ElasticInferenceAcceleratorAssociationSet`,
      [_xN]: "elasticInferenceAcceleratorAssociationSet"
    } ], [ () => InstanceNetworkInterfaceList, {
      [_eQN]: `NetworkInterfaceSet`,
      [_xN]: _nIS
    } ], [ 0, {
      [_eQN]: `OutpostArn`,
      [_xN]: _oA
    } ], [ 0, {
      [_eQN]: `RootDeviceName`,
      [_xN]: _rDN
    } ], [ 0, {
      [_eQN]: `RootDeviceType`,
      [_xN]: _rDT
    } ], [ () => GroupIdentifierList, {
      [_eQN]: `GroupSet`,
      [_xN]: _gSr
    } ], [ 2, {
      [_eQN]: `SourceDestCheck`,
      [_xN]: _sDC
    } ], [ 0, {
      [_eQN]: `SpotInstanceRequestId`,
      [_xN]: "spotInstanceRequestId"
    } ], [ 0, {
      [_eQN]: `SriovNetSupport`,
      [_xN]: _sNSr
    } ], [ () => StateReason$, {
      [_eQN]: `StateReason`,
      [_xN]: _sRt
    } ], [ () => TagList, {
      [_eQN]: `TagSet`,
      [_xN]: _tS
    } ], [ 0, {
      [_eQN]: `VirtualizationType`,
      [_xN]: _vTi
    } ], [ () => CpuOptions$, {
      [_eQN]: `CpuOptions`,
      [_xN]: _cO
    } ], [ 0, {
      [_eQN]: `CapacityBlockId`,
      [_xN]: "capacityBlockId"
    } ], [ 0, {
      [_eQN]: `CapacityReservationId`,
      [_xN]: _cRI
    } ], [ () => CapacityReservationSpecificationResponse$, {
      [_eQN]: `CapacityReservationSpecification`,
      [_xN]: _cRSa
    } ], [ () => HibernationOptions$, {
      [_eQN]: `HibernationOptions`,
      [_xN]: _hO
    } ], [ () => LicenseList, {
      [_eQN]: `LicenseSet`,
      [_xN]: _lSic
    } ], [ () => InstanceMetadataOptionsResponse$, {
      [_eQN]: `MetadataOptions`,
      [_xN]: _mO
    } ], [ () => EnclaveOptions$, {
      [_eQN]: `EnclaveOptions`,
      [_xN]: _eOn
    } ], [ 0, {
      [_eQN]: `BootMode`,
      [_xN]: _bM
    } ], [ 0, {
      [_eQN]: `PlatformDetails`,
      [_xN]: _pDl
    } ], [ 0, {
      [_eQN]: `UsageOperation`,
      [_xN]: _uO
    } ], [ 4, {
      [_eQN]: `UsageOperationUpdateTime`,
      [_xN]: "usageOperationUpdateTime"
    } ], [ () => PrivateDnsNameOptionsResponse$, {
      [_eQN]: `PrivateDnsNameOptions`,
      [_xN]: _pDNO
    } ], [ 0, {
      [_eQN]: `Ipv6Address`,
      [_xN]: _iApv
    } ], [ 0, {
      [_eQN]: `TpmSupport`,
      [_xN]: _tSp
    } ], [ () => InstanceMaintenanceOptions$, {
      [_eQN]: `MaintenanceOptions`,
      [_xN]: _mOa
    } ], [ 0, {
      [_eQN]: `CurrentInstanceBootMode`,
      [_xN]: "currentInstanceBootMode"
    } ], [ () => InstanceNetworkPerformanceOptions$, {
      [_eQN]: `NetworkPerformanceOptions`,
      [_xN]: _nPO
    } ], [ () => OperatorResponse$, {
      [_eQN]: `Operator`,
      [_xN]: _ope
    } ], [ () => InstanceSecondaryInterfaceList, {
      [_eQN]: `SecondaryInterfaceSet`,
      [_xN]: _sISe
    } ], [ 0, {
      [_eQN]: `InstanceId`,
      [_xN]: _iI
    } ], [ 0, {
      [_eQN]: `ImageId`,
      [_xN]: _iIma
    } ], [ () => InstanceState$, {
      [_eQN]: `InstanceState`,
      [_xN]: "instanceState"
    } ], [ 0, {
      [_eQN]: `PrivateDnsName`,
      [_xN]: _pDNr
    } ], [ 0, {
      [_eQN]: `DnsName`,
      [_xN]: "dnsName"
    } ], [ 0, {
      [_eQN]: `Reason`,
      [_xN]: "reason"
    } ], [ 0, {
      [_eQN]: `KeyName`,
      [_xN]: _kN
    } ], [ 1, {
      [_eQN]: `AmiLaunchIndex`,
      [_xN]: "amiLaunchIndex"
    } ], [ () => ProductCodeList, {
      [_eQN]: `ProductCodes`,
      [_xN]: _pC
    } ], [ 0, {
      [_eQN]: `InstanceType`,
      [_xN]: _iT
    } ], [ 4, {
      [_eQN]: `LaunchTime`,
      [_xN]: "launchTime"
    } ], [ () => Placement$, {
      [_eQN]: `Placement`,
      [_xN]: _pla
    } ], [ 0, {
      [_eQN]: `KernelId`,
      [_xN]: _kI
    } ], [ 0, {
      [_eQN]: `RamdiskId`,
      [_xN]: _rIa
    } ], [ 0, {
      [_eQN]: `Platform`,
      [_xN]: _pl
    } ], [ () => Monitoring$, {
      [_eQN]: `Monitoring`,
      [_xN]: _mon
    } ], [ 0, {
      [_eQN]: `SubnetId`,
      [_xN]: _sIu
    } ], [ 0, {
      [_eQN]: `VpcId`,
      [_xN]: _vI
    } ], [ 0, {
      [_eQN]: `PrivateIpAddress`,
      [_xN]: _pIAr
    } ], [ 0, {
      [_eQN]: `IpAddress`,
      [_xN]: "ipAddress"
    } ] ] ];
    var InstanceAttachmentEnaSrdSpecification$ = [ 3, n0, "InstanceAttachmentEnaSrdSpecification", 0, [ _ESE, _ESUS ], [ [ 2, {
      [_eQN]: `EnaSrdEnabled`,
      [_xN]: _eSE
    } ], [ () => InstanceAttachmentEnaSrdUdpSpecification$, {
      [_eQN]: `EnaSrdUdpSpecification`,
      [_xN]: _eSUS
    } ] ] ];
    var InstanceAttachmentEnaSrdUdpSpecification$ = [ 3, n0, "InstanceAttachmentEnaSrdUdpSpecification", 0, [ _ESUE ], [ [ 2, {
      [_eQN]: `EnaSrdUdpEnabled`,
      [_xN]: _eSUE
    } ] ] ];
    var InstanceBlockDeviceMapping$ = [ 3, n0, "InstanceBlockDeviceMapping", 0, [ _DN, _Eb ], [ [ 0, {
      [_eQN]: `DeviceName`,
      [_xN]: _dN
    } ], [ () => EbsInstanceBlockDevice$, {
      [_eQN]: `Ebs`,
      [_xN]: _eb
    } ] ] ];
    var InstanceIpv4Prefix$ = [ 3, n0, "InstanceIpv4Prefix", 0, [ _IPpvre ], [ [ 0, {
      [_eQN]: `Ipv4Prefix`,
      [_xN]: _iPpv
    } ] ] ];
    var InstanceIpv6Address$ = [ 3, n0, "InstanceIpv6Address", 0, [ _IApv, "IsPrimaryIpv6" ], [ [ 0, {
      [_eQN]: `Ipv6Address`,
      [_xN]: _iApv
    } ], [ 2, {
      [_eQN]: `IsPrimaryIpv6`,
      [_xN]: "isPrimaryIpv6"
    } ] ] ];
    var InstanceIpv6Prefix$ = [ 3, n0, "InstanceIpv6Prefix", 0, [ _IPpv ], [ [ 0, {
      [_eQN]: `Ipv6Prefix`,
      [_xN]: _iPpvr
    } ] ] ];
    var InstanceMaintenanceOptions$ = [ 3, n0, "InstanceMaintenanceOptions", 0, [ _ARuto, "RebootMigration" ], [ [ 0, {
      [_eQN]: `AutoRecovery`,
      [_xN]: _aRut
    } ], [ 0, {
      [_eQN]: `RebootMigration`,
      [_xN]: "rebootMigration"
    } ] ] ];
    var InstanceMetadataOptionsResponse$ = [ 3, n0, "InstanceMetadataOptionsResponse", 0, [ _St, _HT, _HPRHL, _HE, _HPI, _IMT ], [ [ 0, {
      [_eQN]: `State`,
      [_xN]: _st
    } ], [ 0, {
      [_eQN]: `HttpTokens`,
      [_xN]: _hT
    } ], [ 1, {
      [_eQN]: `HttpPutResponseHopLimit`,
      [_xN]: _hPRHL
    } ], [ 0, {
      [_eQN]: `HttpEndpoint`,
      [_xN]: _hE
    } ], [ 0, {
      [_eQN]: `HttpProtocolIpv6`,
      [_xN]: _hPI
    } ], [ 0, {
      [_eQN]: `InstanceMetadataTags`,
      [_xN]: _iMT
    } ] ] ];
    var InstanceNetworkInterface$ = [ 3, n0, "InstanceNetworkInterface", 0, [ _Ass, _Att, _De, _G, _IA, _MAa, _NII, _OI, _PDN, _PIAr, _PIAri, _SDC, _Sta, _SIu, _VI, _ITnt, _IPpvr, _IPp, "ConnectionTrackingConfiguration", _Op ], [ [ () => InstanceNetworkInterfaceAssociation$, {
      [_eQN]: `Association`,
      [_xN]: _ass
    } ], [ () => InstanceNetworkInterfaceAttachment$, {
      [_eQN]: `Attachment`,
      [_xN]: _at
    } ], [ 0, {
      [_eQN]: `Description`,
      [_xN]: _de
    } ], [ () => GroupIdentifierList, {
      [_eQN]: `GroupSet`,
      [_xN]: _gSr
    } ], [ () => InstanceIpv6AddressList, {
      [_eQN]: `Ipv6AddressesSet`,
      [_xN]: _iASp
    } ], [ 0, {
      [_eQN]: `MacAddress`,
      [_xN]: _mAa
    } ], [ 0, {
      [_eQN]: `NetworkInterfaceId`,
      [_xN]: _nII
    } ], [ 0, {
      [_eQN]: `OwnerId`,
      [_xN]: _oI
    } ], [ 0, {
      [_eQN]: `PrivateDnsName`,
      [_xN]: _pDNr
    } ], [ 0, {
      [_eQN]: `PrivateIpAddress`,
      [_xN]: _pIAr
    } ], [ () => InstancePrivateIpAddressList, {
      [_eQN]: `PrivateIpAddressesSet`,
      [_xN]: _pIAS
    } ], [ 2, {
      [_eQN]: `SourceDestCheck`,
      [_xN]: _sDC
    } ], [ 0, {
      [_eQN]: `Status`,
      [_xN]: _sta
    } ], [ 0, {
      [_eQN]: `SubnetId`,
      [_xN]: _sIu
    } ], [ 0, {
      [_eQN]: `VpcId`,
      [_xN]: _vI
    } ], [ 0, {
      [_eQN]: `InterfaceType`,
      [_xN]: _iTnt
    } ], [ () => InstanceIpv4PrefixList, {
      [_eQN]: `Ipv4PrefixSet`,
      [_xN]: _iPSpvr
    } ], [ () => InstanceIpv6PrefixList, {
      [_eQN]: `Ipv6PrefixSet`,
      [_xN]: _iPSpvre
    } ], [ () => ConnectionTrackingSpecificationResponse$, {
      [_eQN]: `ConnectionTrackingConfiguration`,
      [_xN]: "connectionTrackingConfiguration"
    } ], [ () => OperatorResponse$, {
      [_eQN]: `Operator`,
      [_xN]: _ope
    } ] ] ];
    var InstanceNetworkInterfaceAssociation$ = [ 3, n0, "InstanceNetworkInterfaceAssociation", 0, [ "CarrierIp", "CustomerOwnedIp", "IpOwnerId", _PDNub, "PublicIp" ], [ [ 0, {
      [_eQN]: `CarrierIp`,
      [_xN]: "carrierIp"
    } ], [ 0, {
      [_eQN]: `CustomerOwnedIp`,
      [_xN]: "customerOwnedIp"
    } ], [ 0, {
      [_eQN]: `IpOwnerId`,
      [_xN]: "ipOwnerId"
    } ], [ 0, {
      [_eQN]: `PublicDnsName`,
      [_xN]: "publicDnsName"
    } ], [ 0, {
      [_eQN]: `PublicIp`,
      [_xN]: "publicIp"
    } ] ] ];
    var InstanceNetworkInterfaceAttachment$ = [ 3, n0, "InstanceNetworkInterfaceAttachment", 0, [ _ATtt, _AItt, _DOT, _DI, _Sta, _NCI, _ESS, _EQC ], [ [ 4, {
      [_eQN]: `AttachTime`,
      [_xN]: _aTt
    } ], [ 0, {
      [_eQN]: `AttachmentId`,
      [_xN]: _aIt
    } ], [ 2, {
      [_eQN]: `DeleteOnTermination`,
      [_xN]: _dOT
    } ], [ 1, {
      [_eQN]: `DeviceIndex`,
      [_xN]: _dI
    } ], [ 0, {
      [_eQN]: `Status`,
      [_xN]: _sta
    } ], [ 1, {
      [_eQN]: `NetworkCardIndex`,
      [_xN]: _nCI
    } ], [ () => InstanceAttachmentEnaSrdSpecification$, {
      [_eQN]: `EnaSrdSpecification`,
      [_xN]: _eSS
    } ], [ 1, {
      [_eQN]: `EnaQueueCount`,
      [_xN]: _eQC
    } ] ] ];
    var InstanceNetworkPerformanceOptions$ = [ 3, n0, "InstanceNetworkPerformanceOptions", 0, [ _BW ], [ [ 0, {
      [_eQN]: `BandwidthWeighting`,
      [_xN]: _bW
    } ] ] ];
    var InstancePrivateIpAddress$ = [ 3, n0, "InstancePrivateIpAddress", 0, [ _Ass, _Prim, _PDN, _PIAr ], [ [ () => InstanceNetworkInterfaceAssociation$, {
      [_eQN]: `Association`,
      [_xN]: _ass
    } ], [ 2, {
      [_eQN]: `Primary`,
      [_xN]: _prim
    } ], [ 0, {
      [_eQN]: `PrivateDnsName`,
      [_xN]: _pDNr
    } ], [ 0, {
      [_eQN]: `PrivateIpAddress`,
      [_xN]: _pIAr
    } ] ] ];
    var InstanceRequirements$ = [ 3, n0, _IR, 0, [ "VCpuCount", _MMB, "CpuManufacturers", _MGBPVC, "ExcludedInstanceTypes", "InstanceGenerations", "SpotMaxPricePercentageOverLowestPrice", "OnDemandMaxPricePercentageOverLowestPrice", "BareMetal", "BurstablePerformance", "RequireHibernateSupport", _NIC, "LocalStorage", "LocalStorageTypes", _TLSGB, _BEBM, "AcceleratorTypes", _AC, "AcceleratorManufacturers", "AcceleratorNames", _ATMMB, _NBGe, "AllowedInstanceTypes", "MaxSpotPriceAsPercentageOfOptimalOnDemandPrice", _BPF, "RequireEncryptionInTransit" ], [ [ () => VCpuCountRange$, {
      [_eQN]: `VCpuCount`,
      [_xN]: "vCpuCount"
    } ], [ () => MemoryMiB$, {
      [_eQN]: `MemoryMiB`,
      [_xN]: "memoryMiB"
    } ], [ () => CpuManufacturerSet, {
      [_eQN]: `CpuManufacturerSet`,
      [_xN]: "cpuManufacturerSet"
    } ], [ () => MemoryGiBPerVCpu$, {
      [_eQN]: `MemoryGiBPerVCpu`,
      [_xN]: "memoryGiBPerVCpu"
    } ], [ () => ExcludedInstanceTypeSet, {
      [_eQN]: `ExcludedInstanceTypeSet`,
      [_xN]: "excludedInstanceTypeSet"
    } ], [ () => InstanceGenerationSet, {
      [_eQN]: `InstanceGenerationSet`,
      [_xN]: "instanceGenerationSet"
    } ], [ 1, {
      [_eQN]: `SpotMaxPricePercentageOverLowestPrice`,
      [_xN]: "spotMaxPricePercentageOverLowestPrice"
    } ], [ 1, {
      [_eQN]: `OnDemandMaxPricePercentageOverLowestPrice`,
      [_xN]: "onDemandMaxPricePercentageOverLowestPrice"
    } ], [ 0, {
      [_eQN]: `BareMetal`,
      [_xN]: "bareMetal"
    } ], [ 0, {
      [_eQN]: `BurstablePerformance`,
      [_xN]: "burstablePerformance"
    } ], [ 2, {
      [_eQN]: `RequireHibernateSupport`,
      [_xN]: "requireHibernateSupport"
    } ], [ () => NetworkInterfaceCount$, {
      [_eQN]: `NetworkInterfaceCount`,
      [_xN]: "networkInterfaceCount"
    } ], [ 0, {
      [_eQN]: `LocalStorage`,
      [_xN]: "localStorage"
    } ], [ () => LocalStorageTypeSet, {
      [_eQN]: `LocalStorageTypeSet`,
      [_xN]: "localStorageTypeSet"
    } ], [ () => TotalLocalStorageGB$, {
      [_eQN]: `TotalLocalStorageGB`,
      [_xN]: "totalLocalStorageGB"
    } ], [ () => BaselineEbsBandwidthMbps$, {
      [_eQN]: `BaselineEbsBandwidthMbps`,
      [_xN]: "baselineEbsBandwidthMbps"
    } ], [ () => AcceleratorTypeSet, {
      [_eQN]: `AcceleratorTypeSet`,
      [_xN]: "acceleratorTypeSet"
    } ], [ () => AcceleratorCount$, {
      [_eQN]: `AcceleratorCount`,
      [_xN]: "acceleratorCount"
    } ], [ () => AcceleratorManufacturerSet, {
      [_eQN]: `AcceleratorManufacturerSet`,
      [_xN]: "acceleratorManufacturerSet"
    } ], [ () => AcceleratorNameSet, {
      [_eQN]: `AcceleratorNameSet`,
      [_xN]: "acceleratorNameSet"
    } ], [ () => AcceleratorTotalMemoryMiB$, {
      [_eQN]: `AcceleratorTotalMemoryMiB`,
      [_xN]: "acceleratorTotalMemoryMiB"
    } ], [ () => NetworkBandwidthGbps$, {
      [_eQN]: `NetworkBandwidthGbps`,
      [_xN]: "networkBandwidthGbps"
    } ], [ () => AllowedInstanceTypeSet, {
      [_eQN]: `AllowedInstanceTypeSet`,
      [_xN]: "allowedInstanceTypeSet"
    } ], [ 1, {
      [_eQN]: `MaxSpotPriceAsPercentageOfOptimalOnDemandPrice`,
      [_xN]: "maxSpotPriceAsPercentageOfOptimalOnDemandPrice"
    } ], [ () => BaselinePerformanceFactors$, {
      [_eQN]: `BaselinePerformanceFactors`,
      [_xN]: "baselinePerformanceFactors"
    } ], [ 2, {
      [_eQN]: `RequireEncryptionInTransit`,
      [_xN]: "requireEncryptionInTransit"
    } ] ] ];
    var InstanceSecondaryInterface$ = [ 3, n0, "InstanceSecondaryInterface", 0, [ _Att, _MAa, "SecondaryInterfaceId", _OI, _PIAri, _SDC, _Sta, _SSIe, "SecondaryNetworkId", _ITnt ], [ [ () => InstanceSecondaryInterfaceAttachment$, {
      [_eQN]: `Attachment`,
      [_xN]: _at
    } ], [ 0, {
      [_eQN]: `MacAddress`,
      [_xN]: _mAa
    } ], [ 0, {
      [_eQN]: `SecondaryInterfaceId`,
      [_xN]: "secondaryInterfaceId"
    } ], [ 0, {
      [_eQN]: `OwnerId`,
      [_xN]: _oI
    } ], [ () => InstanceSecondaryInterfacePrivateIpAddressList, {
      [_eQN]: `PrivateIpAddressSet`,
      [_xN]: "privateIpAddressSet"
    } ], [ 2, {
      [_eQN]: `SourceDestCheck`,
      [_xN]: _sDC
    } ], [ 0, {
      [_eQN]: `Status`,
      [_xN]: _sta
    } ], [ 0, {
      [_eQN]: `SecondarySubnetId`,
      [_xN]: _sSI
    } ], [ 0, {
      [_eQN]: `SecondaryNetworkId`,
      [_xN]: "secondaryNetworkId"
    } ], [ 0, {
      [_eQN]: `InterfaceType`,
      [_xN]: _iTnt
    } ] ] ];
    var InstanceSecondaryInterfaceAttachment$ = [ 3, n0, "InstanceSecondaryInterfaceAttachment", 0, [ _ATtt, _AItt, _DOT, _DI, _Sta, _NCI ], [ [ 4, {
      [_eQN]: `AttachTime`,
      [_xN]: _aTt
    } ], [ 0, {
      [_eQN]: `AttachmentId`,
      [_xN]: _aIt
    } ], [ 2, {
      [_eQN]: `DeleteOnTermination`,
      [_xN]: _dOT
    } ], [ 1, {
      [_eQN]: `DeviceIndex`,
      [_xN]: _dI
    } ], [ 0, {
      [_eQN]: `Status`,
      [_xN]: _sta
    } ], [ 1, {
      [_eQN]: `NetworkCardIndex`,
      [_xN]: _nCI
    } ] ] ];
    var InstanceSecondaryInterfacePrivateIpAddress$ = [ 3, n0, "InstanceSecondaryInterfacePrivateIpAddress", 0, [ _PIAr ], [ [ 0, {
      [_eQN]: `PrivateIpAddress`,
      [_xN]: _pIAr
    } ] ] ];
    var InstanceState$ = [ 3, n0, "InstanceState", 0, [ _Co, _N ], [ [ 1, {
      [_eQN]: `Code`,
      [_xN]: _co
    } ], [ 0, {
      [_eQN]: `Name`,
      [_xN]: _n
    } ] ] ];
    var InstanceStateChange$ = [ 3, n0, "InstanceStateChange", 0, [ _II, "CurrentState", "PreviousState" ], [ [ 0, {
      [_eQN]: `InstanceId`,
      [_xN]: _iI
    } ], [ () => InstanceState$, {
      [_eQN]: `CurrentState`,
      [_xN]: "currentState"
    } ], [ () => InstanceState$, {
      [_eQN]: `PreviousState`,
      [_xN]: "previousState"
    } ] ] ];
    var InstanceTypeItem$ = [ 3, n0, "InstanceTypeItem", 0, [ _IT ], [ [ 0, {
      [_eQN]: `InstanceType`,
      [_xN]: _iT
    } ] ] ];
    var InstanceTypeSpecification$ = [ 3, n0, _ITSn, 0, [ "SupportedInstanceTypes", "UnsupportedInstanceTypes" ], [ [ () => SupportedInstanceTypeSet, {
      [_eQN]: `SupportedInstanceTypeSet`,
      [_xN]: "supportedInstanceTypeSet"
    } ], [ () => UnsupportedInstanceTypeSet, {
      [_eQN]: `UnsupportedInstanceTypeSet`,
      [_xN]: "unsupportedInstanceTypeSet"
    } ] ] ];
    var IpPermission$ = [ 3, n0, "IpPermission", 0, [ "IpProtocol", "FromPort", "ToPort", "UserIdGroupPairs", "IpRanges", "Ipv6Ranges", "PrefixListIds" ], [ [ 0, {
      [_eQN]: `IpProtocol`,
      [_xN]: "ipProtocol"
    } ], [ 1, {
      [_eQN]: `FromPort`,
      [_xN]: "fromPort"
    } ], [ 1, {
      [_eQN]: `ToPort`,
      [_xN]: "toPort"
    } ], [ () => UserIdGroupPairList, {
      [_eQN]: `Groups`,
      [_xN]: "groups"
    } ], [ () => IpRangeList, {
      [_eQN]: `IpRanges`,
      [_xN]: "ipRanges"
    } ], [ () => Ipv6RangeList, {
      [_eQN]: `Ipv6Ranges`,
      [_xN]: "ipv6Ranges"
    } ], [ () => PrefixListIdList, {
      [_eQN]: `PrefixListIds`,
      [_xN]: "prefixListIds"
    } ] ] ];
    var IpRange$ = [ 3, n0, "IpRange", 0, [ _De, "CidrIp" ], [ [ 0, {
      [_eQN]: `Description`,
      [_xN]: _de
    } ], [ 0, {
      [_eQN]: `CidrIp`,
      [_xN]: "cidrIp"
    } ] ] ];
    var Ipv4PrefixSpecificationResponse$ = [ 3, n0, "Ipv4PrefixSpecificationResponse", 0, [ _IPpvre ], [ [ 0, {
      [_eQN]: `Ipv4Prefix`,
      [_xN]: _iPpv
    } ] ] ];
    var Ipv6PrefixSpecificationResponse$ = [ 3, n0, "Ipv6PrefixSpecificationResponse", 0, [ _IPpv ], [ [ 0, {
      [_eQN]: `Ipv6Prefix`,
      [_xN]: _iPpvr
    } ] ] ];
    var Ipv6Range$ = [ 3, n0, "Ipv6Range", 0, [ _De, "CidrIpv6" ], [ [ 0, {
      [_eQN]: `Description`,
      [_xN]: _de
    } ], [ 0, {
      [_eQN]: `CidrIpv6`,
      [_xN]: "cidrIpv6"
    } ] ] ];
    var KeyPair$ = [ 3, n0, "KeyPair", 0, [ _KPI, _T, _KN, _KFe, "KeyMaterial" ], [ [ 0, {
      [_eQN]: `KeyPairId`,
      [_xN]: _kPI
    } ], [ () => TagList, {
      [_eQN]: `TagSet`,
      [_xN]: _tS
    } ], [ 0, {
      [_eQN]: `KeyName`,
      [_xN]: _kN
    } ], [ 0, {
      [_eQN]: `KeyFingerprint`,
      [_xN]: _kFe
    } ], [ () => SensitiveUserData, {
      [_eQN]: `KeyMaterial`,
      [_xN]: "keyMaterial"
    } ] ] ];
    var KeyPairInfo$ = [ 3, n0, "KeyPairInfo", 0, [ _KPI, _KT, _T, "PublicKey", _CTre, _KN, _KFe ], [ [ 0, {
      [_eQN]: `KeyPairId`,
      [_xN]: _kPI
    } ], [ 0, {
      [_eQN]: `KeyType`,
      [_xN]: "keyType"
    } ], [ () => TagList, {
      [_eQN]: `TagSet`,
      [_xN]: _tS
    } ], [ 0, {
      [_eQN]: `PublicKey`,
      [_xN]: "publicKey"
    } ], [ 4, {
      [_eQN]: `CreateTime`,
      [_xN]: _cTre
    } ], [ 0, {
      [_eQN]: `KeyName`,
      [_xN]: _kN
    } ], [ 0, {
      [_eQN]: `KeyFingerprint`,
      [_xN]: _kFe
    } ] ] ];
    var LaunchPermission$ = [ 3, n0, "LaunchPermission", 0, [ "OrganizationArn", "OrganizationalUnitArn", _UI, "Group" ], [ [ 0, {
      [_eQN]: `OrganizationArn`,
      [_xN]: "organizationArn"
    } ], [ 0, {
      [_eQN]: `OrganizationalUnitArn`,
      [_xN]: "organizationalUnitArn"
    } ], [ 0, {
      [_eQN]: `UserId`,
      [_xN]: _uI
    } ], [ 0, {
      [_eQN]: `Group`,
      [_xN]: "group"
    } ] ] ];
    var LaunchTemplate$ = [ 3, n0, _LT, 0, [ _LTI, _LTN, _CTre, _CBr, "DefaultVersionNumber", "LatestVersionNumber", _T, _Op ], [ [ 0, {
      [_eQN]: `LaunchTemplateId`,
      [_xN]: _lTI
    } ], [ 0, {
      [_eQN]: `LaunchTemplateName`,
      [_xN]: _lTN
    } ], [ 4, {
      [_eQN]: `CreateTime`,
      [_xN]: _cTre
    } ], [ 0, {
      [_eQN]: `CreatedBy`,
      [_xN]: _cBr
    } ], [ 1, {
      [_eQN]: `DefaultVersionNumber`,
      [_xN]: "defaultVersionNumber"
    } ], [ 1, {
      [_eQN]: `LatestVersionNumber`,
      [_xN]: "latestVersionNumber"
    } ], [ () => TagList, {
      [_eQN]: `TagSet`,
      [_xN]: _tS
    } ], [ () => OperatorResponse$, {
      [_eQN]: `Operator`,
      [_xN]: _ope
    } ] ] ];
    var LaunchTemplateBlockDeviceMapping$ = [ 3, n0, "LaunchTemplateBlockDeviceMapping", 0, [ _DN, _VN, _Eb, _ND ], [ [ 0, {
      [_eQN]: `DeviceName`,
      [_xN]: _dN
    } ], [ 0, {
      [_eQN]: `VirtualName`,
      [_xN]: _vN
    } ], [ () => LaunchTemplateEbsBlockDevice$, {
      [_eQN]: `Ebs`,
      [_xN]: _eb
    } ], [ 0, {
      [_eQN]: `NoDevice`,
      [_xN]: _nD
    } ] ] ];
    var LaunchTemplateCapacityReservationSpecificationResponse$ = [ 3, n0, "LaunchTemplateCapacityReservationSpecificationResponse", 0, [ _CRP, _CRT ], [ [ 0, {
      [_eQN]: `CapacityReservationPreference`,
      [_xN]: _cRP
    } ], [ () => CapacityReservationTargetResponse$, {
      [_eQN]: `CapacityReservationTarget`,
      [_xN]: _cRT
    } ] ] ];
    var LaunchTemplateCpuOptions$ = [ 3, n0, "LaunchTemplateCpuOptions", 0, [ _CCor, _TPC, _ASSm, _NV ], [ [ 1, {
      [_eQN]: `CoreCount`,
      [_xN]: _cCo
    } ], [ 1, {
      [_eQN]: `ThreadsPerCore`,
      [_xN]: _tPC
    } ], [ 0, {
      [_eQN]: `AmdSevSnp`,
      [_xN]: _aSS
    } ], [ 0, {
      [_eQN]: `NestedVirtualization`,
      [_xN]: _nV
    } ] ] ];
    var LaunchTemplateEbsBlockDevice$ = [ 3, n0, "LaunchTemplateEbsBlockDevice", 0, [ _Enc, _DOT, _Io, _KKI, _SIn, _VSo, _VT, _Th, _VIR, _ECI ], [ [ 2, {
      [_eQN]: `Encrypted`,
      [_xN]: _enc
    } ], [ 2, {
      [_eQN]: `DeleteOnTermination`,
      [_xN]: _dOT
    } ], [ 1, {
      [_eQN]: `Iops`,
      [_xN]: _io
    } ], [ 0, {
      [_eQN]: `KmsKeyId`,
      [_xN]: _kKI
    } ], [ 0, {
      [_eQN]: `SnapshotId`,
      [_xN]: _sIn
    } ], [ 1, {
      [_eQN]: `VolumeSize`,
      [_xN]: _vSo
    } ], [ 0, {
      [_eQN]: `VolumeType`,
      [_xN]: _vT
    } ], [ 1, {
      [_eQN]: `Throughput`,
      [_xN]: _th
    } ], [ 1, {
      [_eQN]: `VolumeInitializationRate`,
      [_xN]: "volumeInitializationRate"
    } ], [ 1, {
      [_eQN]: `EbsCardIndex`,
      [_xN]: _eCI
    } ] ] ];
    var LaunchTemplateElasticInferenceAcceleratorResponse$ = [ 3, n0, "LaunchTemplateElasticInferenceAcceleratorResponse", 0, [ _Ty, "Count" ], [ [ 0, {
      [_eQN]: `Type`,
      [_xN]: _ty
    } ], [ 1, {
      [_eQN]: `Count`,
      [_xN]: "count"
    } ] ] ];
    var LaunchTemplateEnaSrdSpecification$ = [ 3, n0, "LaunchTemplateEnaSrdSpecification", 0, [ _ESE, _ESUS ], [ [ 2, {
      [_eQN]: `EnaSrdEnabled`,
      [_xN]: _eSE
    } ], [ () => LaunchTemplateEnaSrdUdpSpecification$, {
      [_eQN]: `EnaSrdUdpSpecification`,
      [_xN]: _eSUS
    } ] ] ];
    var LaunchTemplateEnaSrdUdpSpecification$ = [ 3, n0, "LaunchTemplateEnaSrdUdpSpecification", 0, [ _ESUE ], [ [ 2, {
      [_eQN]: `EnaSrdUdpEnabled`,
      [_xN]: _eSUE
    } ] ] ];
    var LaunchTemplateEnclaveOptions$ = [ 3, n0, "LaunchTemplateEnclaveOptions", 0, [ _En ], [ [ 2, {
      [_eQN]: `Enabled`,
      [_xN]: _en
    } ] ] ];
    var LaunchTemplateHibernationOptions$ = [ 3, n0, "LaunchTemplateHibernationOptions", 0, [ _Conf ], [ [ 2, {
      [_eQN]: `Configured`,
      [_xN]: _conf
    } ] ] ];
    var LaunchTemplateIamInstanceProfileSpecification$ = [ 3, n0, "LaunchTemplateIamInstanceProfileSpecification", 0, [ _Ar, _N ], [ [ 0, {
      [_eQN]: `Arn`,
      [_xN]: _ar
    } ], [ 0, {
      [_eQN]: `Name`,
      [_xN]: _n
    } ] ] ];
    var LaunchTemplateInstanceMaintenanceOptions$ = [ 3, n0, "LaunchTemplateInstanceMaintenanceOptions", 0, [ _ARuto ], [ [ 0, {
      [_eQN]: `AutoRecovery`,
      [_xN]: _aRut
    } ] ] ];
    var LaunchTemplateInstanceMarketOptions$ = [ 3, n0, "LaunchTemplateInstanceMarketOptions", 0, [ "MarketType", "SpotOptions" ], [ [ 0, {
      [_eQN]: `MarketType`,
      [_xN]: "marketType"
    } ], [ () => LaunchTemplateSpotMarketOptions$, {
      [_eQN]: `SpotOptions`,
      [_xN]: "spotOptions"
    } ] ] ];
    var LaunchTemplateInstanceMetadataOptions$ = [ 3, n0, "LaunchTemplateInstanceMetadataOptions", 0, [ _St, _HT, _HPRHL, _HE, _HPI, _IMT ], [ [ 0, {
      [_eQN]: `State`,
      [_xN]: _st
    } ], [ 0, {
      [_eQN]: `HttpTokens`,
      [_xN]: _hT
    } ], [ 1, {
      [_eQN]: `HttpPutResponseHopLimit`,
      [_xN]: _hPRHL
    } ], [ 0, {
      [_eQN]: `HttpEndpoint`,
      [_xN]: _hE
    } ], [ 0, {
      [_eQN]: `HttpProtocolIpv6`,
      [_xN]: _hPI
    } ], [ 0, {
      [_eQN]: `InstanceMetadataTags`,
      [_xN]: _iMT
    } ] ] ];
    var LaunchTemplateInstanceNetworkInterfaceSpecification$ = [ 3, n0, "LaunchTemplateInstanceNetworkInterfaceSpecification", 0, [ "AssociateCarrierIpAddress", "AssociatePublicIpAddress", _DOT, _De, _DI, _G, _ITnt, "Ipv6AddressCount", _IA, _NII, _PIAr, _PIAri, "SecondaryPrivateIpAddressCount", _SIu, _NCI, _IPpvr, "Ipv4PrefixCount", _IPp, "Ipv6PrefixCount", "PrimaryIpv6", _ESS, _CTS, _EQC ], [ [ 2, {
      [_eQN]: `AssociateCarrierIpAddress`,
      [_xN]: "associateCarrierIpAddress"
    } ], [ 2, {
      [_eQN]: `AssociatePublicIpAddress`,
      [_xN]: "associatePublicIpAddress"
    } ], [ 2, {
      [_eQN]: `DeleteOnTermination`,
      [_xN]: _dOT
    } ], [ 0, {
      [_eQN]: `Description`,
      [_xN]: _de
    } ], [ 1, {
      [_eQN]: `DeviceIndex`,
      [_xN]: _dI
    } ], [ () => GroupIdStringList, {
      [_eQN]: `GroupSet`,
      [_xN]: _gSr
    } ], [ 0, {
      [_eQN]: `InterfaceType`,
      [_xN]: _iTnt
    } ], [ 1, {
      [_eQN]: `Ipv6AddressCount`,
      [_xN]: "ipv6AddressCount"
    } ], [ () => InstanceIpv6AddressList, {
      [_eQN]: `Ipv6AddressesSet`,
      [_xN]: _iASp
    } ], [ 0, {
      [_eQN]: `NetworkInterfaceId`,
      [_xN]: _nII
    } ], [ 0, {
      [_eQN]: `PrivateIpAddress`,
      [_xN]: _pIAr
    } ], [ () => PrivateIpAddressSpecificationList, {
      [_eQN]: `PrivateIpAddressesSet`,
      [_xN]: _pIAS
    } ], [ 1, {
      [_eQN]: `SecondaryPrivateIpAddressCount`,
      [_xN]: "secondaryPrivateIpAddressCount"
    } ], [ 0, {
      [_eQN]: `SubnetId`,
      [_xN]: _sIu
    } ], [ 1, {
      [_eQN]: `NetworkCardIndex`,
      [_xN]: _nCI
    } ], [ () => Ipv4PrefixListResponse, {
      [_eQN]: `Ipv4PrefixSet`,
      [_xN]: _iPSpvr
    } ], [ 1, {
      [_eQN]: `Ipv4PrefixCount`,
      [_xN]: "ipv4PrefixCount"
    } ], [ () => Ipv6PrefixListResponse, {
      [_eQN]: `Ipv6PrefixSet`,
      [_xN]: _iPSpvre
    } ], [ 1, {
      [_eQN]: `Ipv6PrefixCount`,
      [_xN]: "ipv6PrefixCount"
    } ], [ 2, {
      [_eQN]: `PrimaryIpv6`,
      [_xN]: "primaryIpv6"
    } ], [ () => LaunchTemplateEnaSrdSpecification$, {
      [_eQN]: `EnaSrdSpecification`,
      [_xN]: _eSS
    } ], [ () => ConnectionTrackingSpecification$, {
      [_eQN]: `ConnectionTrackingSpecification`,
      [_xN]: "connectionTrackingSpecification"
    } ], [ 1, {
      [_eQN]: `EnaQueueCount`,
      [_xN]: _eQC
    } ] ] ];
    var LaunchTemplateInstanceSecondaryInterfaceSpecification$ = [ 3, n0, "LaunchTemplateInstanceSecondaryInterfaceSpecification", 0, [ _DOT, _DI, _PIAri, "PrivateIpAddressCount", _SSIe, _ITnt, _NCI ], [ [ 2, {
      [_eQN]: `DeleteOnTermination`,
      [_xN]: _dOT
    } ], [ 1, {
      [_eQN]: `DeviceIndex`,
      [_xN]: _dI
    } ], [ () => SecondaryInterfacePrivateIpAddressSpecificationList, {
      [_eQN]: `PrivateIpAddressesSet`,
      [_xN]: _pIAS
    } ], [ 1, {
      [_eQN]: `PrivateIpAddressCount`,
      [_xN]: "privateIpAddressCount"
    } ], [ 0, {
      [_eQN]: `SecondarySubnetId`,
      [_xN]: _sSI
    } ], [ 0, {
      [_eQN]: `InterfaceType`,
      [_xN]: _iTnt
    } ], [ 1, {
      [_eQN]: `NetworkCardIndex`,
      [_xN]: _nCI
    } ] ] ];
    var LaunchTemplateLicenseConfiguration$ = [ 3, n0, "LaunchTemplateLicenseConfiguration", 0, [ _LCA ], [ [ 0, {
      [_eQN]: `LicenseConfigurationArn`,
      [_xN]: _lCA
    } ] ] ];
    var LaunchTemplateNetworkPerformanceOptions$ = [ 3, n0, "LaunchTemplateNetworkPerformanceOptions", 0, [ _BW ], [ [ 0, {
      [_eQN]: `BandwidthWeighting`,
      [_xN]: _bW
    } ] ] ];
    var LaunchTemplatePlacement$ = [ 3, n0, "LaunchTemplatePlacement", 0, [ _AZ, _AZI, _Af, _GN, _HIo, _Te, _SDp, _HRGA, _PN, _GIr ], [ [ 0, {
      [_eQN]: `AvailabilityZone`,
      [_xN]: _aZ
    } ], [ 0, {
      [_eQN]: `AvailabilityZoneId`,
      [_xN]: _aZI
    } ], [ 0, {
      [_eQN]: `Affinity`,
      [_xN]: _af
    } ], [ 0, {
      [_eQN]: `GroupName`,
      [_xN]: _gN
    } ], [ 0, {
      [_eQN]: `HostId`,
      [_xN]: _hI
    } ], [ 0, {
      [_eQN]: `Tenancy`,
      [_xN]: _te
    } ], [ 0, {
      [_eQN]: `SpreadDomain`,
      [_xN]: _sDp
    } ], [ 0, {
      [_eQN]: `HostResourceGroupArn`,
      [_xN]: _hRGA
    } ], [ 1, {
      [_eQN]: `PartitionNumber`,
      [_xN]: _pN
    } ], [ 0, {
      [_eQN]: `GroupId`,
      [_xN]: _gIr
    } ] ] ];
    var LaunchTemplatePrivateDnsNameOptions$ = [ 3, n0, "LaunchTemplatePrivateDnsNameOptions", 0, [ _HTo, _ERNDAR, _ERNDAAAAR ], [ [ 0, {
      [_eQN]: `HostnameType`,
      [_xN]: _hTo
    } ], [ 2, {
      [_eQN]: `EnableResourceNameDnsARecord`,
      [_xN]: _eRNDAR
    } ], [ 2, {
      [_eQN]: `EnableResourceNameDnsAAAARecord`,
      [_xN]: _eRNDAAAAR
    } ] ] ];
    var LaunchTemplatesMonitoring$ = [ 3, n0, "LaunchTemplatesMonitoring", 0, [ _En, _MCIe ], [ [ 2, {
      [_eQN]: `Enabled`,
      [_xN]: _en
    } ], [ () => MetricCategoryIdList, {
      [_eQN]: `MetricCategoryIdSet`,
      [_xN]: _mCIS
    } ] ] ];
    var LaunchTemplateSpotMarketOptions$ = [ 3, n0, "LaunchTemplateSpotMarketOptions", 0, [ "MaxPrice", "SpotInstanceType", "BlockDurationMinutes", "ValidUntil", "InstanceInterruptionBehavior" ], [ [ 0, {
      [_eQN]: `MaxPrice`,
      [_xN]: "maxPrice"
    } ], [ 0, {
      [_eQN]: `SpotInstanceType`,
      [_xN]: "spotInstanceType"
    } ], [ 1, {
      [_eQN]: `BlockDurationMinutes`,
      [_xN]: "blockDurationMinutes"
    } ], [ 4, {
      [_eQN]: `ValidUntil`,
      [_xN]: "validUntil"
    } ], [ 0, {
      [_eQN]: `InstanceInterruptionBehavior`,
      [_xN]: "instanceInterruptionBehavior"
    } ] ] ];
    var LaunchTemplateTagSpecification$ = [ 3, n0, "LaunchTemplateTagSpecification", 0, [ _RTe, _T ], [ [ 0, {
      [_eQN]: `ResourceType`,
      [_xN]: _rTe
    } ], [ () => TagList, {
      [_eQN]: `TagSet`,
      [_xN]: _tS
    } ] ] ];
    var LaunchTemplateVersion$ = [ 3, n0, _LTV, 0, [ _LTI, _LTN, "VersionNumber", "VersionDescription", _CTre, _CBr, "DefaultVersion", "LaunchTemplateData", _Op ], [ [ 0, {
      [_eQN]: `LaunchTemplateId`,
      [_xN]: _lTI
    } ], [ 0, {
      [_eQN]: `LaunchTemplateName`,
      [_xN]: _lTN
    } ], [ 1, {
      [_eQN]: `VersionNumber`,
      [_xN]: "versionNumber"
    } ], [ 0, {
      [_eQN]: `VersionDescription`,
      [_xN]: "versionDescription"
    } ], [ 4, {
      [_eQN]: `CreateTime`,
      [_xN]: _cTre
    } ], [ 0, {
      [_eQN]: `CreatedBy`,
      [_xN]: _cBr
    } ], [ 2, {
      [_eQN]: `DefaultVersion`,
      [_xN]: "defaultVersion"
    } ], [ () => ResponseLaunchTemplateData$, {
      [_eQN]: `LaunchTemplateData`,
      [_xN]: "launchTemplateData"
    } ], [ () => OperatorResponse$, {
      [_eQN]: `Operator`,
      [_xN]: _ope
    } ] ] ];
    var LicenseConfiguration$ = [ 3, n0, "LicenseConfiguration", 0, [ _LCA ], [ [ 0, {
      [_eQN]: `LicenseConfigurationArn`,
      [_xN]: _lCA
    } ] ] ];
    var MemoryGiBPerVCpu$ = [ 3, n0, _MGBPVC, 0, [ _M, _Ma ], [ [ 1, {
      [_eQN]: `Min`,
      [_xN]: _m
    } ], [ 1, {
      [_eQN]: `Max`,
      [_xN]: _ma
    } ] ] ];
    var MemoryMiB$ = [ 3, n0, _MMB, 0, [ _M, _Ma ], [ [ 1, {
      [_eQN]: `Min`,
      [_xN]: _m
    } ], [ 1, {
      [_eQN]: `Max`,
      [_xN]: _ma
    } ] ] ];
    var Monitoring$ = [ 3, n0, _Mon, 0, [ _MCIe, _St ], [ [ () => MetricCategoryIdList, {
      [_eQN]: `MetricCategoryIdSet`,
      [_xN]: _mCIS
    } ], [ 0, {
      [_eQN]: `State`,
      [_xN]: _st
    } ] ] ];
    var NetworkBandwidthGbps$ = [ 3, n0, _NBGe, 0, [ _M, _Ma ], [ [ 1, {
      [_eQN]: `Min`,
      [_xN]: _m
    } ], [ 1, {
      [_eQN]: `Max`,
      [_xN]: _ma
    } ] ] ];
    var NetworkInterfaceCount$ = [ 3, n0, _NIC, 0, [ _M, _Ma ], [ [ 1, {
      [_eQN]: `Min`,
      [_xN]: _m
    } ], [ 1, {
      [_eQN]: `Max`,
      [_xN]: _ma
    } ] ] ];
    var OperatorResponse$ = [ 3, n0, "OperatorResponse", 0, [ "Managed", "Principal", "HiddenByDefault" ], [ [ 2, {
      [_eQN]: `Managed`,
      [_xN]: "managed"
    } ], [ 0, {
      [_eQN]: `Principal`,
      [_xN]: "principal"
    } ], [ 2, {
      [_eQN]: `HiddenByDefault`,
      [_xN]: "hiddenByDefault"
    } ] ] ];
    var PerformanceFactorReference$ = [ 3, n0, "PerformanceFactorReference", 0, [ "InstanceFamily" ], [ [ 0, {
      [_eQN]: `InstanceFamily`,
      [_xN]: "instanceFamily"
    } ] ] ];
    var Placement$ = [ 3, n0, _Pla, 0, [ _AZI, _Af, _GN, _PN, _HIo, _Te, _SDp, _HRGA, _GIr, _AZ ], [ [ 0, {
      [_eQN]: `AvailabilityZoneId`,
      [_xN]: _aZI
    } ], [ 0, {
      [_eQN]: `Affinity`,
      [_xN]: _af
    } ], [ 0, {
      [_eQN]: `GroupName`,
      [_xN]: _gN
    } ], [ 1, {
      [_eQN]: `PartitionNumber`,
      [_xN]: _pN
    } ], [ 0, {
      [_eQN]: `HostId`,
      [_xN]: _hI
    } ], [ 0, {
      [_eQN]: `Tenancy`,
      [_xN]: _te
    } ], [ 0, {
      [_eQN]: `SpreadDomain`,
      [_xN]: _sDp
    } ], [ 0, {
      [_eQN]: `HostResourceGroupArn`,
      [_xN]: _hRGA
    } ], [ 0, {
      [_eQN]: `GroupId`,
      [_xN]: _gIr
    } ], [ 0, {
      [_eQN]: `AvailabilityZone`,
      [_xN]: _aZ
    } ] ] ];
    var PrefixListId$ = [ 3, n0, _PLI, 0, [ _De, _PLI ], [ [ 0, {
      [_eQN]: `Description`,
      [_xN]: _de
    } ], [ 0, {
      [_eQN]: `PrefixListId`,
      [_xN]: "prefixListId"
    } ] ] ];
    var PrivateDnsNameOptionsResponse$ = [ 3, n0, "PrivateDnsNameOptionsResponse", 0, [ _HTo, _ERNDAR, _ERNDAAAAR ], [ [ 0, {
      [_eQN]: `HostnameType`,
      [_xN]: _hTo
    } ], [ 2, {
      [_eQN]: `EnableResourceNameDnsARecord`,
      [_xN]: _eRNDAR
    } ], [ 2, {
      [_eQN]: `EnableResourceNameDnsAAAARecord`,
      [_xN]: _eRNDAAAAR
    } ] ] ];
    var PrivateIpAddressSpecification$ = [ 3, n0, "PrivateIpAddressSpecification", 0, [ _Prim, _PIAr ], [ [ 2, {
      [_eQN]: `Primary`,
      [_xN]: _prim
    } ], [ 0, {
      [_eQN]: `PrivateIpAddress`,
      [_xN]: _pIAr
    } ] ] ];
    var ProductCode$ = [ 3, n0, "ProductCode", 0, [ "ProductCodeId", "ProductCodeType" ], [ [ 0, {
      [_eQN]: `ProductCode`,
      [_xN]: "productCode"
    } ], [ 0, {
      [_eQN]: `Type`,
      [_xN]: _ty
    } ] ] ];
    var Reservation$ = [ 3, n0, "Reservation", 0, [ "ReservationId", _OI, "RequesterId", _G, "Instances" ], [ [ 0, {
      [_eQN]: `ReservationId`,
      [_xN]: "reservationId"
    } ], [ 0, {
      [_eQN]: `OwnerId`,
      [_xN]: _oI
    } ], [ 0, {
      [_eQN]: `RequesterId`,
      [_xN]: "requesterId"
    } ], [ () => GroupIdentifierList, {
      [_eQN]: `GroupSet`,
      [_xN]: _gSr
    } ], [ () => InstanceList, {
      [_eQN]: `InstancesSet`,
      [_xN]: _iSns
    } ] ] ];
    var ResponseLaunchTemplateData$ = [ 3, n0, "ResponseLaunchTemplateData", 0, [ _KI, _EO, _IIP, _BDMl, _NIet, _IIm, _IT, _KN, _Mon, _Pla, "RamDiskId", "DisableApiTermination", "InstanceInitiatedShutdownBehavior", "UserData", _TS, "ElasticGpuSpecifications", "ElasticInferenceAccelerators", "SecurityGroupIds", _SGe, "InstanceMarketOptions", _CSr, _CO, _CRSa, "LicenseSpecifications", _HO, _MO, _EOn, _IR, _PDNO, _MOa, "DisableApiStop", _Op, _NPO, _SIec ], [ [ 0, {
      [_eQN]: `KernelId`,
      [_xN]: _kI
    } ], [ 2, {
      [_eQN]: `EbsOptimized`,
      [_xN]: _eO
    } ], [ () => LaunchTemplateIamInstanceProfileSpecification$, {
      [_eQN]: `IamInstanceProfile`,
      [_xN]: _iIP
    } ], [ () => LaunchTemplateBlockDeviceMappingList, {
      [_eQN]: `BlockDeviceMappingSet`,
      [_xN]: "blockDeviceMappingSet"
    } ], [ () => LaunchTemplateInstanceNetworkInterfaceSpecificationList, {
      [_eQN]: `NetworkInterfaceSet`,
      [_xN]: _nIS
    } ], [ 0, {
      [_eQN]: `ImageId`,
      [_xN]: _iIma
    } ], [ 0, {
      [_eQN]: `InstanceType`,
      [_xN]: _iT
    } ], [ 0, {
      [_eQN]: `KeyName`,
      [_xN]: _kN
    } ], [ () => LaunchTemplatesMonitoring$, {
      [_eQN]: `Monitoring`,
      [_xN]: _mon
    } ], [ () => LaunchTemplatePlacement$, {
      [_eQN]: `Placement`,
      [_xN]: _pla
    } ], [ 0, {
      [_eQN]: `RamDiskId`,
      [_xN]: "ramDiskId"
    } ], [ 2, {
      [_eQN]: `DisableApiTermination`,
      [_xN]: "disableApiTermination"
    } ], [ 0, {
      [_eQN]: `InstanceInitiatedShutdownBehavior`,
      [_xN]: "instanceInitiatedShutdownBehavior"
    } ], [ () => SensitiveUserData, {
      [_eQN]: `UserData`,
      [_xN]: "userData"
    } ], [ () => LaunchTemplateTagSpecificationList, {
      [_eQN]: `TagSpecificationSet`,
      [_xN]: "tagSpecificationSet"
    } ], [ () => ElasticGpuSpecificationResponseList, {
      [_eQN]: `ElasticGpuSpecificationSet`,
      [_xN]: "elasticGpuSpecificationSet"
    } ], [ () => LaunchTemplateElasticInferenceAcceleratorResponseList, {
      [_eQN]: `ElasticInferenceAcceleratorSet`,
      [_xN]: "elasticInferenceAcceleratorSet"
    } ], [ () => ValueStringList, {
      [_eQN]: `SecurityGroupIdSet`,
      [_xN]: "securityGroupIdSet"
    } ], [ () => ValueStringList, {
      [_eQN]: `SecurityGroupSet`,
      [_xN]: "securityGroupSet"
    } ], [ () => LaunchTemplateInstanceMarketOptions$, {
      [_eQN]: `InstanceMarketOptions`,
      [_xN]: "instanceMarketOptions"
    } ], [ () => CreditSpecification$, {
      [_eQN]: `CreditSpecification`,
      [_xN]: "creditSpecification"
    } ], [ () => LaunchTemplateCpuOptions$, {
      [_eQN]: `CpuOptions`,
      [_xN]: _cO
    } ], [ () => LaunchTemplateCapacityReservationSpecificationResponse$, {
      [_eQN]: `CapacityReservationSpecification`,
      [_xN]: _cRSa
    } ], [ () => LaunchTemplateLicenseList, {
      [_eQN]: `LicenseSet`,
      [_xN]: _lSic
    } ], [ () => LaunchTemplateHibernationOptions$, {
      [_eQN]: `HibernationOptions`,
      [_xN]: _hO
    } ], [ () => LaunchTemplateInstanceMetadataOptions$, {
      [_eQN]: `MetadataOptions`,
      [_xN]: _mO
    } ], [ () => LaunchTemplateEnclaveOptions$, {
      [_eQN]: `EnclaveOptions`,
      [_xN]: _eOn
    } ], [ () => InstanceRequirements$, {
      [_eQN]: `InstanceRequirements`,
      [_xN]: "instanceRequirements"
    } ], [ () => LaunchTemplatePrivateDnsNameOptions$, {
      [_eQN]: `PrivateDnsNameOptions`,
      [_xN]: _pDNO
    } ], [ () => LaunchTemplateInstanceMaintenanceOptions$, {
      [_eQN]: `MaintenanceOptions`,
      [_xN]: _mOa
    } ], [ 2, {
      [_eQN]: `DisableApiStop`,
      [_xN]: "disableApiStop"
    } ], [ () => OperatorResponse$, {
      [_eQN]: `Operator`,
      [_xN]: _ope
    } ], [ () => LaunchTemplateNetworkPerformanceOptions$, {
      [_eQN]: `NetworkPerformanceOptions`,
      [_xN]: _nPO
    } ], [ () => LaunchTemplateInstanceSecondaryInterfaceSpecificationList, {
      [_eQN]: `SecondaryInterfaceSet`,
      [_xN]: _sISe
    } ] ] ];
    var ScanResults$ = [ 3, n0, _SRc, 0, [ "HighestFindingSeverityLabel", "FindingScanDate", "InformationalFixAvailableSince", "LowFixAvailableSince", "MediumFixAvailableSince", "HighFixAvailableSince", "CriticalFixAvailableSince" ], [ [ 0, {
      [_eQN]: `HighestFindingSeverityLabel`,
      [_xN]: "highestFindingSeverityLabel"
    } ], [ 4, {
      [_eQN]: `FindingScanDate`,
      [_xN]: "findingScanDate"
    } ], [ 4, {
      [_eQN]: `InformationalFixAvailableSince`,
      [_xN]: "informationalFixAvailableSince"
    } ], [ 4, {
      [_eQN]: `LowFixAvailableSince`,
      [_xN]: "lowFixAvailableSince"
    } ], [ 4, {
      [_eQN]: `MediumFixAvailableSince`,
      [_xN]: "mediumFixAvailableSince"
    } ], [ 4, {
      [_eQN]: `HighFixAvailableSince`,
      [_xN]: "highFixAvailableSince"
    } ], [ 4, {
      [_eQN]: `CriticalFixAvailableSince`,
      [_xN]: "criticalFixAvailableSince"
    } ] ] ];
    var SecondaryInterfacePrivateIpAddressSpecification$ = [ 3, n0, "SecondaryInterfacePrivateIpAddressSpecification", 0, [ _PIAr ], [ [ 0, {
      [_eQN]: `PrivateIpAddress`,
      [_xN]: _pIAr
    } ] ] ];
    var SecurityGroup$ = [ 3, n0, "SecurityGroup", 0, [ _GIr, "IpPermissionsEgress", _T, _VI, "SecurityGroupArn", _OI, _GN, _De, "IpPermissions" ], [ [ 0, {
      [_eQN]: `GroupId`,
      [_xN]: _gIr
    } ], [ () => IpPermissionList, {
      [_eQN]: `IpPermissionsEgress`,
      [_xN]: "ipPermissionsEgress"
    } ], [ () => TagList, {
      [_eQN]: `TagSet`,
      [_xN]: _tS
    } ], [ 0, {
      [_eQN]: `VpcId`,
      [_xN]: _vI
    } ], [ 0, {
      [_eQN]: `SecurityGroupArn`,
      [_xN]: "securityGroupArn"
    } ], [ 0, {
      [_eQN]: `OwnerId`,
      [_xN]: _oI
    } ], [ 0, {
      [_eQN]: `GroupName`,
      [_xN]: _gN
    } ], [ 0, {
      [_eQN]: `GroupDescription`,
      [_xN]: "groupDescription"
    } ], [ () => IpPermissionList, {
      [_eQN]: `IpPermissions`,
      [_xN]: "ipPermissions"
    } ] ] ];
    var StateReason$ = [ 3, n0, _SRt, 0, [ _Co, "Message" ], [ [ 0, {
      [_eQN]: `Code`,
      [_xN]: _co
    } ], [ 0, {
      [_eQN]: `Message`,
      [_xN]: "message"
    } ] ] ];
    var Tag$ = [ 3, n0, _Ta, 0, [ "Key", _V ], [ [ 0, {
      [_eQN]: `Key`,
      [_xN]: "key"
    } ], [ 0, {
      [_eQN]: `Value`,
      [_xN]: _v
    } ] ] ];
    var TagSpecification$ = [ 3, n0, _TSa, 0, [ _RTe, _T ], [ [ 0, {
      [_eQN]: `ResourceType`,
      [_xN]: _rTe
    } ], [ () => TagList, {
      [_xN]: _Ta
    } ] ] ];
    var TerminateInstancesRequest$ = [ 3, n0, "TerminateInstancesRequest", 0, [ _IIn, "Force", "SkipOsShutdown", _DR ], [ [ () => InstanceIdStringList, {
      [_xN]: _II
    } ], 2, 2, [ 2, {
      [_eQN]: `DryRun`,
      [_xN]: _dR
    } ] ], 1 ];
    var TerminateInstancesResult$ = [ 3, n0, "TerminateInstancesResult", 0, [ "TerminatingInstances" ], [ [ () => InstanceStateChangeList, {
      [_eQN]: `InstancesSet`,
      [_xN]: _iSns
    } ] ] ];
    var TotalLocalStorageGB$ = [ 3, n0, _TLSGB, 0, [ _M, _Ma ], [ [ 1, {
      [_eQN]: `Min`,
      [_xN]: _m
    } ], [ 1, {
      [_eQN]: `Max`,
      [_xN]: _ma
    } ] ] ];
    var UserIdGroupPair$ = [ 3, n0, "UserIdGroupPair", 0, [ _De, _UI, _GN, _GIr, _VI, "VpcPeeringConnectionId", "PeeringStatus" ], [ [ 0, {
      [_eQN]: `Description`,
      [_xN]: _de
    } ], [ 0, {
      [_eQN]: `UserId`,
      [_xN]: _uI
    } ], [ 0, {
      [_eQN]: `GroupName`,
      [_xN]: _gN
    } ], [ 0, {
      [_eQN]: `GroupId`,
      [_xN]: _gIr
    } ], [ 0, {
      [_eQN]: `VpcId`,
      [_xN]: _vI
    } ], [ 0, {
      [_eQN]: `VpcPeeringConnectionId`,
      [_xN]: "vpcPeeringConnectionId"
    } ], [ 0, {
      [_eQN]: `PeeringStatus`,
      [_xN]: "peeringStatus"
    } ] ] ];
    var VCpuCountRange$ = [ 3, n0, "VCpuCountRange", 0, [ _M, _Ma ], [ [ 1, {
      [_eQN]: `Min`,
      [_xN]: _m
    } ], [ 1, {
      [_eQN]: `Max`,
      [_xN]: _ma
    } ] ] ];
    var __Unit = "unit";
    var AcceleratorManufacturerSet = [ 1, n0, "AcceleratorManufacturerSet", 0, [ 0, {
      [_xN]: _it
    } ] ];
    var AcceleratorNameSet = [ 1, n0, "AcceleratorNameSet", 0, [ 0, {
      [_xN]: _it
    } ] ];
    var AcceleratorTypeSet = [ 1, n0, "AcceleratorTypeSet", 0, [ 0, {
      [_xN]: _it
    } ] ];
    var AllowedInstanceTypeSet = [ 1, n0, "AllowedInstanceTypeSet", 0, [ 0, {
      [_xN]: _it
    } ] ];
    var BlockDeviceMappingList = [ 1, n0, "BlockDeviceMappingList", 0, [ () => BlockDeviceMapping$, {
      [_xN]: _it
    } ] ];
    var CpuManufacturerSet = [ 1, n0, "CpuManufacturerSet", 0, [ 0, {
      [_xN]: _it
    } ] ];
    var DeleteSnapshotResultSet = [ 1, n0, "DeleteSnapshotResultSet", 0, [ () => DeleteSnapshotReturnCode$, {
      [_xN]: _it
    } ] ];
    var ElasticGpuAssociationList = [ 1, n0, "ElasticGpuAssociationList", 0, [ () => ElasticGpuAssociation$, {
      [_xN]: _it
    } ] ];
    var ElasticGpuSpecificationResponseList = [ 1, n0, "ElasticGpuSpecificationResponseList", 0, [ () => ElasticGpuSpecificationResponse$, {
      [_xN]: _it
    } ] ];
    var ElasticInferenceAcceleratorAssociationList = [ 1, n0, "ElasticInferenceAcceleratorAssociationList", 0, [ () => ElasticInferenceAcceleratorAssociation$, {
      [_xN]: _it
    } ] ];
    var ExcludedInstanceTypeSet = [ 1, n0, "ExcludedInstanceTypeSet", 0, [ 0, {
      [_xN]: _it
    } ] ];
    var ExecutableByStringList = [ 1, n0, "ExecutableByStringList", 0, [ 0, {
      [_xN]: _EBx
    } ] ];
    var FilterList = [ 1, n0, "FilterList", 0, [ () => Filter$, {
      [_xN]: _Fil
    } ] ];
    var GroupIdentifierList = [ 1, n0, "GroupIdentifierList", 0, [ () => GroupIdentifier$, {
      [_xN]: _it
    } ] ];
    var GroupIdStringList = [ 1, n0, "GroupIdStringList", 0, [ 0, {
      [_xN]: _gIr
    } ] ];
    var GroupNameStringList = [ 1, n0, "GroupNameStringList", 0, [ 0, {
      [_xN]: _GN
    } ] ];
    var ImageIdStringList = [ 1, n0, "ImageIdStringList", 0, [ 0, {
      [_xN]: _IIm
    } ] ];
    var ImageList = [ 1, n0, "ImageList", 0, [ () => Image$, {
      [_xN]: _it
    } ] ];
    var ImageWatermarkList = [ 1, n0, "ImageWatermarkList", 0, [ () => ImageWatermark$, {
      [_xN]: _it
    } ] ];
    var InstanceBlockDeviceMappingList = [ 1, n0, "InstanceBlockDeviceMappingList", 0, [ () => InstanceBlockDeviceMapping$, {
      [_xN]: _it
    } ] ];
    var InstanceGenerationSet = [ 1, n0, "InstanceGenerationSet", 0, [ 0, {
      [_xN]: _it
    } ] ];
    var InstanceIdStringList = [ 1, n0, "InstanceIdStringList", 0, [ 0, {
      [_xN]: _II
    } ] ];
    var InstanceIpv4PrefixList = [ 1, n0, "InstanceIpv4PrefixList", 0, [ () => InstanceIpv4Prefix$, {
      [_xN]: _it
    } ] ];
    var InstanceIpv6AddressList = [ 1, n0, "InstanceIpv6AddressList", 0, [ () => InstanceIpv6Address$, {
      [_xN]: _it
    } ] ];
    var InstanceIpv6PrefixList = [ 1, n0, "InstanceIpv6PrefixList", 0, [ () => InstanceIpv6Prefix$, {
      [_xN]: _it
    } ] ];
    var InstanceList = [ 1, n0, "InstanceList", 0, [ () => Instance$, {
      [_xN]: _it
    } ] ];
    var InstanceNetworkInterfaceList = [ 1, n0, "InstanceNetworkInterfaceList", 0, [ () => InstanceNetworkInterface$, {
      [_xN]: _it
    } ] ];
    var InstancePrivateIpAddressList = [ 1, n0, "InstancePrivateIpAddressList", 0, [ () => InstancePrivateIpAddress$, {
      [_xN]: _it
    } ] ];
    var InstanceSecondaryInterfaceList = [ 1, n0, "InstanceSecondaryInterfaceList", 0, [ () => InstanceSecondaryInterface$, {
      [_xN]: _it
    } ] ];
    var InstanceSecondaryInterfacePrivateIpAddressList = [ 1, n0, "InstanceSecondaryInterfacePrivateIpAddressList", 0, [ () => InstanceSecondaryInterfacePrivateIpAddress$, {
      [_xN]: _it
    } ] ];
    var InstanceStateChangeList = [ 1, n0, "InstanceStateChangeList", 0, [ () => InstanceStateChange$, {
      [_xN]: _it
    } ] ];
    var IpPermissionList = [ 1, n0, "IpPermissionList", 0, [ () => IpPermission$, {
      [_xN]: _it
    } ] ];
    var IpRangeList = [ 1, n0, "IpRangeList", 0, [ () => IpRange$, {
      [_xN]: _it
    } ] ];
    var Ipv4PrefixListResponse = [ 1, n0, "Ipv4PrefixListResponse", 0, [ () => Ipv4PrefixSpecificationResponse$, {
      [_xN]: _it
    } ] ];
    var Ipv6PrefixListResponse = [ 1, n0, "Ipv6PrefixListResponse", 0, [ () => Ipv6PrefixSpecificationResponse$, {
      [_xN]: _it
    } ] ];
    var Ipv6RangeList = [ 1, n0, "Ipv6RangeList", 0, [ () => Ipv6Range$, {
      [_xN]: _it
    } ] ];
    var KeyNameStringList = [ 1, n0, "KeyNameStringList", 0, [ 0, {
      [_xN]: _KN
    } ] ];
    var KeyPairIdStringList = [ 1, n0, "KeyPairIdStringList", 0, [ 0, {
      [_xN]: _KPI
    } ] ];
    var KeyPairList = [ 1, n0, "KeyPairList", 0, [ () => KeyPairInfo$, {
      [_xN]: _it
    } ] ];
    var LaunchPermissionList = [ 1, n0, "LaunchPermissionList", 0, [ () => LaunchPermission$, {
      [_xN]: _it
    } ] ];
    var LaunchTemplateBlockDeviceMappingList = [ 1, n0, "LaunchTemplateBlockDeviceMappingList", 0, [ () => LaunchTemplateBlockDeviceMapping$, {
      [_xN]: _it
    } ] ];
    var LaunchTemplateElasticInferenceAcceleratorResponseList = [ 1, n0, "LaunchTemplateElasticInferenceAcceleratorResponseList", 0, [ () => LaunchTemplateElasticInferenceAcceleratorResponse$, {
      [_xN]: _it
    } ] ];
    var LaunchTemplateIdStringList = [ 1, n0, "LaunchTemplateIdStringList", 0, [ 0, {
      [_xN]: _it
    } ] ];
    var LaunchTemplateInstanceNetworkInterfaceSpecificationList = [ 1, n0, "LaunchTemplateInstanceNetworkInterfaceSpecificationList", 0, [ () => LaunchTemplateInstanceNetworkInterfaceSpecification$, {
      [_xN]: _it
    } ] ];
    var LaunchTemplateInstanceSecondaryInterfaceSpecificationList = [ 1, n0, "LaunchTemplateInstanceSecondaryInterfaceSpecificationList", 0, [ () => LaunchTemplateInstanceSecondaryInterfaceSpecification$, {
      [_xN]: _it
    } ] ];
    var LaunchTemplateLicenseList = [ 1, n0, "LaunchTemplateLicenseList", 0, [ () => LaunchTemplateLicenseConfiguration$, {
      [_xN]: _it
    } ] ];
    var LaunchTemplateNameStringList = [ 1, n0, "LaunchTemplateNameStringList", 0, [ 0, {
      [_xN]: _it
    } ] ];
    var LaunchTemplateSet = [ 1, n0, "LaunchTemplateSet", 0, [ () => LaunchTemplate$, {
      [_xN]: _it
    } ] ];
    var LaunchTemplateTagSpecificationList = [ 1, n0, "LaunchTemplateTagSpecificationList", 0, [ () => LaunchTemplateTagSpecification$, {
      [_xN]: _it
    } ] ];
    var LaunchTemplateVersionSet = [ 1, n0, "LaunchTemplateVersionSet", 0, [ () => LaunchTemplateVersion$, {
      [_xN]: _it
    } ] ];
    var LicenseList = [ 1, n0, "LicenseList", 0, [ () => LicenseConfiguration$, {
      [_xN]: _it
    } ] ];
    var LocalStorageTypeSet = [ 1, n0, "LocalStorageTypeSet", 0, [ 0, {
      [_xN]: _it
    } ] ];
    var MetricCategoryIdList = [ 1, n0, "MetricCategoryIdList", 0, [ 0, {
      [_xN]: _it
    } ] ];
    var OwnerStringList = [ 1, n0, "OwnerStringList", 0, [ 0, {
      [_xN]: _Own
    } ] ];
    var PerformanceFactorReferenceSet = [ 1, n0, "PerformanceFactorReferenceSet", 0, [ () => PerformanceFactorReference$, {
      [_xN]: _it
    } ] ];
    var PrefixListIdList = [ 1, n0, "PrefixListIdList", 0, [ () => PrefixListId$, {
      [_xN]: _it
    } ] ];
    var PrivateIpAddressSpecificationList = [ 1, n0, "PrivateIpAddressSpecificationList", 0, [ () => PrivateIpAddressSpecification$, {
      [_xN]: _it
    } ] ];
    var ProductCodeList = [ 1, n0, "ProductCodeList", 0, [ () => ProductCode$, {
      [_xN]: _it
    } ] ];
    var ReservationList = [ 1, n0, "ReservationList", 0, [ () => Reservation$, {
      [_xN]: _it
    } ] ];
    var SecondaryInterfacePrivateIpAddressSpecificationList = [ 1, n0, "SecondaryInterfacePrivateIpAddressSpecificationList", 0, [ () => SecondaryInterfacePrivateIpAddressSpecification$, {
      [_xN]: _it
    } ] ];
    var SecurityGroupList = [ 1, n0, "SecurityGroupList", 0, [ () => SecurityGroup$, {
      [_xN]: _it
    } ] ];
    var SupportedInstanceTypeSet = [ 1, n0, "SupportedInstanceTypeSet", 0, [ () => InstanceTypeItem$, {
      [_xN]: _it
    } ] ];
    var TagList = [ 1, n0, "TagList", 0, [ () => Tag$, {
      [_xN]: _it
    } ] ];
    var TagSpecificationList = [ 1, n0, "TagSpecificationList", 0, [ () => TagSpecification$, {
      [_xN]: _it
    } ] ];
    var UnsupportedInstanceTypeSet = [ 1, n0, "UnsupportedInstanceTypeSet", 0, [ () => InstanceTypeItem$, {
      [_xN]: _it
    } ] ];
    var UserIdGroupPairList = [ 1, n0, "UserIdGroupPairList", 0, [ () => UserIdGroupPair$, {
      [_xN]: _it
    } ] ];
    var ValueStringList = [ 1, n0, "ValueStringList", 0, [ 0, {
      [_xN]: _it
    } ] ];
    var VersionStringList = [ 1, n0, "VersionStringList", 0, [ 0, {
      [_xN]: _it
    } ] ];
    var CreateKeyPair$ = [ 9, n0, "CreateKeyPair", 0, () => CreateKeyPairRequest$, () => KeyPair$ ];
    var CreateTags$ = [ 9, n0, "CreateTags", 0, () => CreateTagsRequest$, () => __Unit ];
    var DeleteKeyPair$ = [ 9, n0, "DeleteKeyPair", 0, () => DeleteKeyPairRequest$, () => DeleteKeyPairResult$ ];
    var DeleteLaunchTemplate$ = [ 9, n0, "DeleteLaunchTemplate", 0, () => DeleteLaunchTemplateRequest$, () => DeleteLaunchTemplateResult$ ];
    var DeleteSecurityGroup$ = [ 9, n0, "DeleteSecurityGroup", 0, () => DeleteSecurityGroupRequest$, () => DeleteSecurityGroupResult$ ];
    var DeregisterImage$ = [ 9, n0, "DeregisterImage", 0, () => DeregisterImageRequest$, () => DeregisterImageResult$ ];
    var DescribeImageAttribute$ = [ 9, n0, "DescribeImageAttribute", 0, () => DescribeImageAttributeRequest$, () => ImageAttribute$ ];
    var DescribeImages$ = [ 9, n0, "DescribeImages", 0, () => DescribeImagesRequest$, () => DescribeImagesResult$ ];
    var DescribeInstances$ = [ 9, n0, "DescribeInstances", 0, () => DescribeInstancesRequest$, () => DescribeInstancesResult$ ];
    var DescribeKeyPairs$ = [ 9, n0, "DescribeKeyPairs", 0, () => DescribeKeyPairsRequest$, () => DescribeKeyPairsResult$ ];
    var DescribeLaunchTemplates$ = [ 9, n0, "DescribeLaunchTemplates", 0, () => DescribeLaunchTemplatesRequest$, () => DescribeLaunchTemplatesResult$ ];
    var DescribeLaunchTemplateVersions$ = [ 9, n0, "DescribeLaunchTemplateVersions", 0, () => DescribeLaunchTemplateVersionsRequest$, () => DescribeLaunchTemplateVersionsResult$ ];
    var DescribeSecurityGroups$ = [ 9, n0, "DescribeSecurityGroups", 0, () => DescribeSecurityGroupsRequest$, () => DescribeSecurityGroupsResult$ ];
    var DisableImage$ = [ 9, n0, "DisableImage", 0, () => DisableImageRequest$, () => DisableImageResult$ ];
    var EnableImageDeprecation$ = [ 9, n0, "EnableImageDeprecation", 0, () => EnableImageDeprecationRequest$, () => EnableImageDeprecationResult$ ];
    var TerminateInstances$ = [ 9, n0, "TerminateInstances", 0, () => TerminateInstancesRequest$, () => TerminateInstancesResult$ ];
  },
  4013: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
    __webpack_require__.d(__webpack_exports__, {
      E: () => waitUntilImageAvailable
    });
    var _smithy_core_client__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2658);
    var _commands_DescribeImagesCommand__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1048);
    const checkState = async (client, input) => {
      let reason;
      try {
        let result = await client.send(new _commands_DescribeImagesCommand__WEBPACK_IMPORTED_MODULE_0__.j(input));
        reason = result;
        try {
          const returnComparator = () => {
            let flat_1 = [].concat(...result.Images);
            let projection_3 = flat_1.map(element_2 => element_2.State);
            return projection_3;
          };
          let allStringEq_5 = returnComparator().length > 0;
          for (let element_4 of returnComparator()) allStringEq_5 = allStringEq_5 && element_4 == "available";
          if (allStringEq_5) return {
            state: _smithy_core_client__WEBPACK_IMPORTED_MODULE_1__.WaiterState.SUCCESS,
            reason: reason
          };
        } catch (e) {}
        try {
          const returnComparator = () => {
            let flat_1 = [].concat(...result.Images);
            let projection_3 = flat_1.map(element_2 => element_2.State);
            return projection_3;
          };
          for (let anyStringEq_4 of returnComparator()) if (anyStringEq_4 == "failed") return {
            state: _smithy_core_client__WEBPACK_IMPORTED_MODULE_1__.WaiterState.FAILURE,
            reason: reason
          };
        } catch (e) {}
      } catch (exception) {
        reason = exception;
      }
      return {
        state: _smithy_core_client__WEBPACK_IMPORTED_MODULE_1__.WaiterState.RETRY,
        reason: reason
      };
    };
    const waitUntilImageAvailable = async (params, input) => {
      const result = await (0, _smithy_core_client__WEBPACK_IMPORTED_MODULE_1__.createWaiter)({
        minDelay: 15,
        maxDelay: 120,
        ...params
      }, input, checkState);
      return (0, _smithy_core_client__WEBPACK_IMPORTED_MODULE_1__.checkExceptions)(result);
    };
  },
  3027: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
    __webpack_require__.d(__webpack_exports__, {
      G: () => waitUntilInstanceTerminated
    });
    var _smithy_core_client__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2658);
    var _commands_DescribeInstancesCommand__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1490);
    const checkState = async (client, input) => {
      let reason;
      try {
        let result = await client.send(new _commands_DescribeInstancesCommand__WEBPACK_IMPORTED_MODULE_0__.b(input));
        reason = result;
        try {
          const returnComparator = () => {
            let flat_1 = [].concat(...result.Reservations);
            let projection_3 = flat_1.map(element_2 => element_2.Instances);
            let flat_4 = [].concat(...projection_3);
            let projection_6 = flat_4.map(element_5 => element_5.State.Name);
            return projection_6;
          };
          let allStringEq_8 = returnComparator().length > 0;
          for (let element_7 of returnComparator()) allStringEq_8 = allStringEq_8 && element_7 == "terminated";
          if (allStringEq_8) return {
            state: _smithy_core_client__WEBPACK_IMPORTED_MODULE_1__.WaiterState.SUCCESS,
            reason: reason
          };
        } catch (e) {}
        try {
          const returnComparator = () => {
            let flat_1 = [].concat(...result.Reservations);
            let projection_3 = flat_1.map(element_2 => element_2.Instances);
            let flat_4 = [].concat(...projection_3);
            let projection_6 = flat_4.map(element_5 => element_5.State.Name);
            return projection_6;
          };
          for (let anyStringEq_7 of returnComparator()) if (anyStringEq_7 == "pending") return {
            state: _smithy_core_client__WEBPACK_IMPORTED_MODULE_1__.WaiterState.FAILURE,
            reason: reason
          };
        } catch (e) {}
        try {
          const returnComparator = () => {
            let flat_1 = [].concat(...result.Reservations);
            let projection_3 = flat_1.map(element_2 => element_2.Instances);
            let flat_4 = [].concat(...projection_3);
            let projection_6 = flat_4.map(element_5 => element_5.State.Name);
            return projection_6;
          };
          for (let anyStringEq_7 of returnComparator()) if (anyStringEq_7 == "stopping") return {
            state: _smithy_core_client__WEBPACK_IMPORTED_MODULE_1__.WaiterState.FAILURE,
            reason: reason
          };
        } catch (e) {}
      } catch (exception) {
        reason = exception;
      }
      return {
        state: _smithy_core_client__WEBPACK_IMPORTED_MODULE_1__.WaiterState.RETRY,
        reason: reason
      };
    };
    const waitUntilInstanceTerminated = async (params, input) => {
      const result = await (0, _smithy_core_client__WEBPACK_IMPORTED_MODULE_1__.createWaiter)({
        minDelay: 15,
        maxDelay: 120,
        ...params
      }, input, checkState);
      return (0, _smithy_core_client__WEBPACK_IMPORTED_MODULE_1__.checkExceptions)(result);
    };
  }
};