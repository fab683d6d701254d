export const id = 861;

export const ids = [ 861 ];

export const modules = {
  5152: (__unused_webpack_module, exports, __webpack_require__) => {
    const {HttpRequest: HttpRequest, parseUrl: parseUrl} = __webpack_require__(3422);
    const {InvokeStore: InvokeStore} = __webpack_require__(9320);
    const {normalizeProvider: normalizeProvider} = __webpack_require__(402);
    const {RETRY_MODES: RETRY_MODES} = __webpack_require__(3609);
    const {platform: platform, release: release} = __webpack_require__(8161);
    const {versions: versions, env: env} = __webpack_require__(1708);
    const {isValidHostLabel: isValidHostLabel, isIpAddress: isIpAddress, customEndpointFunctions: customEndpointFunctions} = __webpack_require__(2085);
    const {EndpointError: EndpointError, resolveEndpoint: resolveEndpoint} = __webpack_require__(2085);
    exports.EndpointError = EndpointError;
    exports.isIpAddress = isIpAddress;
    exports.resolveEndpoint = resolveEndpoint;
    const {loadConfig: loadConfig, NODE_REGION_CONFIG_OPTIONS: NODE_REGION_CONFIG_OPTIONS, NODE_REGION_CONFIG_FILE_OPTIONS: NODE_REGION_CONFIG_FILE_OPTIONS} = __webpack_require__(7291);
    const {REGION_ENV_NAME: REGION_ENV_NAME, REGION_INI_NAME: REGION_INI_NAME, resolveRegionConfig: resolveRegionConfig} = __webpack_require__(7291);
    exports.NODE_REGION_CONFIG_FILE_OPTIONS = NODE_REGION_CONFIG_FILE_OPTIONS;
    exports.NODE_REGION_CONFIG_OPTIONS = NODE_REGION_CONFIG_OPTIONS;
    exports.REGION_ENV_NAME = REGION_ENV_NAME;
    exports.REGION_INI_NAME = REGION_INI_NAME;
    exports.resolveRegionConfig = resolveRegionConfig;
    const state = {
      warningEmitted: false
    };
    const longPollMiddleware = () => (next, context) => async args => {
      context.__retryLongPoll = true;
      return next(args);
    };
    const longPollMiddlewareOptions = {
      name: "longPollMiddleware",
      tags: [ "RETRY" ],
      step: "initialize",
      override: true
    };
    function setFeature(context, feature, value) {
      if (!context.__aws_sdk_context) context.__aws_sdk_context = {
        features: {}
      }; else if (!context.__aws_sdk_context.features) context.__aws_sdk_context.features = {};
      context.__aws_sdk_context.features[feature] = value;
    }
    const isDefaultSocketTimeoutEnabled = () => typeof process === "object" && process?.env?.AWS_ENABLE_DEFAULT_SOCKET_TIMEOUT_2026 === "true";
    const hostHeaderMiddleware = options => next => async args => {
      if (!HttpRequest.isInstance(args.request)) return next(args);
      const {request: request} = args;
      const {handlerProtocol: handlerProtocol = ""} = options.requestHandler.metadata || {};
      if (handlerProtocol.indexOf("h2") >= 0 && !request.headers[":authority"]) {
        delete request.headers["host"];
        request.headers[":authority"] = request.hostname + (request.port ? ":" + request.port : "");
      } else if (!request.headers["host"]) {
        let host = request.hostname;
        if (request.port != null) host += `:${request.port}`;
        request.headers["host"] = host;
      }
      return next(args);
    };
    const hostHeaderMiddlewareOptions = {
      name: "hostHeaderMiddleware",
      step: "build",
      priority: "low",
      tags: [ "HOST" ],
      override: true
    };
    const loggerMiddleware = () => (next, context) => async args => {
      try {
        const response = await next(args);
        const {clientName: clientName, commandName: commandName, logger: logger, dynamoDbDocumentClientOptions: dynamoDbDocumentClientOptions = {}} = context;
        const {overrideInputFilterSensitiveLog: overrideInputFilterSensitiveLog, overrideOutputFilterSensitiveLog: overrideOutputFilterSensitiveLog} = dynamoDbDocumentClientOptions;
        const inputFilterSensitiveLog = overrideInputFilterSensitiveLog ?? context.inputFilterSensitiveLog;
        const outputFilterSensitiveLog = overrideOutputFilterSensitiveLog ?? context.outputFilterSensitiveLog;
        const {$metadata: $metadata, ...outputWithoutMetadata} = response.output;
        logger?.info?.({
          clientName: clientName,
          commandName: commandName,
          input: inputFilterSensitiveLog(args.input),
          output: outputFilterSensitiveLog(outputWithoutMetadata),
          metadata: $metadata
        });
        return response;
      } catch (error) {
        const {clientName: clientName, commandName: commandName, logger: logger, dynamoDbDocumentClientOptions: dynamoDbDocumentClientOptions = {}} = context;
        const {overrideInputFilterSensitiveLog: overrideInputFilterSensitiveLog} = dynamoDbDocumentClientOptions;
        const inputFilterSensitiveLog = overrideInputFilterSensitiveLog ?? context.inputFilterSensitiveLog;
        logger?.error?.({
          clientName: clientName,
          commandName: commandName,
          input: inputFilterSensitiveLog(args.input),
          error: error,
          metadata: error.$metadata
        });
        throw error;
      }
    };
    const loggerMiddlewareOptions = {
      name: "loggerMiddleware",
      tags: [ "LOGGER" ],
      step: "initialize",
      override: true
    };
    const recursionDetectionMiddlewareOptions = {
      step: "build",
      tags: [ "RECURSION_DETECTION", "TRACE_CONTEXT_PROPAGATION" ],
      name: "recursionDetectionMiddleware",
      override: true,
      priority: "low"
    };
    const AWS_LAMBDA_FUNCTION_NAME = "AWS_LAMBDA_FUNCTION_NAME";
    const _X_AMZN_TRACE_ID = "_X_AMZN_TRACE_ID";
    const X_AMZN_TRACE_ID = "X-Amzn-Trace-Id";
    const TRACEPARENT = "traceparent";
    const TRACESTATE = "tracestate";
    const BAGGAGE = "baggage";
    const recursionDetectionMiddleware = () => next => async args => {
      const {request: request} = args;
      if (!HttpRequest.isInstance(request)) return next(args);
      let invokeStore;
      {
        const traceIdHeader = Object.keys(request.headers ?? {}).find(h => h.toLowerCase() === X_AMZN_TRACE_ID.toLowerCase()) ?? X_AMZN_TRACE_ID;
        if (!request.headers.hasOwnProperty(traceIdHeader)) {
          const functionName = process.env[AWS_LAMBDA_FUNCTION_NAME];
          const traceIdFromEnv = process.env[_X_AMZN_TRACE_ID];
          invokeStore ??= await InvokeStore.getInstanceAsync();
          const traceIdFromInvokeStore = invokeStore?.getXRayTraceId();
          const traceId = traceIdFromInvokeStore ?? traceIdFromEnv;
          const nonEmptyString = str => typeof str === "string" && str.length > 0;
          if (nonEmptyString(functionName) && nonEmptyString(traceId)) request.headers[X_AMZN_TRACE_ID] = traceId;
        }
      }
      {
        sanitizeTraceHeaders(request.headers);
        const existingTraceparent = request.headers[TRACEPARENT];
        if (!existingTraceparent) {
          const traceparent = (invokeStore ??= await InvokeStore.getInstanceAsync())?.getTraceparent?.();
          if (traceparent) {
            request.headers[TRACEPARENT] = traceparent;
            const tracestate = invokeStore?.getTracestate?.();
            if (tracestate) request.headers[TRACESTATE] = tracestate;
            const baggage = invokeStore?.getBaggage?.();
            if (baggage) request.headers[BAGGAGE] = baggage;
          }
        }
      }
      return next(args);
    };
    function sanitizeTraceHeaders(headers) {
      for (const header of Object.keys(headers)) {
        const lower = header.toLowerCase();
        if (header !== lower && (lower === TRACEPARENT || lower === TRACESTATE || lower === BAGGAGE)) {
          headers[lower] = headers[header];
          delete headers[header];
        }
      }
    }
    const DEFAULT_UA_APP_ID = void 0;
    function isValidUserAgentAppId(appId) {
      if (appId === void 0) return true;
      return typeof appId === "string" && appId.length <= 50;
    }
    const partitionsInfo = {
      partitions: [ {
        id: "aws",
        outputs: {
          dnsSuffix: "amazonaws.com",
          dualStackDnsSuffix: "api.aws",
          implicitGlobalRegion: "us-east-1",
          name: "aws",
          supportsDualStack: true,
          supportsFIPS: true
        },
        regionRegex: "^(us|eu|ap|sa|ca|me|af|il|mx)\\-\\w+\\-\\d+$",
        regions: {
          "af-south-1": {
            description: "Africa (Cape Town)"
          },
          "ap-east-1": {
            description: "Asia Pacific (Hong Kong)"
          },
          "ap-east-2": {
            description: "Asia Pacific (Taipei)"
          },
          "ap-northeast-1": {
            description: "Asia Pacific (Tokyo)"
          },
          "ap-northeast-2": {
            description: "Asia Pacific (Seoul)"
          },
          "ap-northeast-3": {
            description: "Asia Pacific (Osaka)"
          },
          "ap-south-1": {
            description: "Asia Pacific (Mumbai)"
          },
          "ap-south-2": {
            description: "Asia Pacific (Hyderabad)"
          },
          "ap-southeast-1": {
            description: "Asia Pacific (Singapore)"
          },
          "ap-southeast-2": {
            description: "Asia Pacific (Sydney)"
          },
          "ap-southeast-3": {
            description: "Asia Pacific (Jakarta)"
          },
          "ap-southeast-4": {
            description: "Asia Pacific (Melbourne)"
          },
          "ap-southeast-5": {
            description: "Asia Pacific (Malaysia)"
          },
          "ap-southeast-6": {
            description: "Asia Pacific (New Zealand)"
          },
          "ap-southeast-7": {
            description: "Asia Pacific (Thailand)"
          },
          "aws-global": {
            description: "aws global region"
          },
          "ca-central-1": {
            description: "Canada (Central)"
          },
          "ca-west-1": {
            description: "Canada West (Calgary)"
          },
          "eu-central-1": {
            description: "Europe (Frankfurt)"
          },
          "eu-central-2": {
            description: "Europe (Zurich)"
          },
          "eu-north-1": {
            description: "Europe (Stockholm)"
          },
          "eu-south-1": {
            description: "Europe (Milan)"
          },
          "eu-south-2": {
            description: "Europe (Spain)"
          },
          "eu-west-1": {
            description: "Europe (Ireland)"
          },
          "eu-west-2": {
            description: "Europe (London)"
          },
          "eu-west-3": {
            description: "Europe (Paris)"
          },
          "il-central-1": {
            description: "Israel (Tel Aviv)"
          },
          "me-central-1": {
            description: "Middle East (UAE)"
          },
          "me-south-1": {
            description: "Middle East (Bahrain)"
          },
          "me-west-1": {
            description: "Middle East (Saudi Arabia)"
          },
          "mx-central-1": {
            description: "Mexico (Central)"
          },
          "sa-east-1": {
            description: "South America (Sao Paulo)"
          },
          "sa-west-1": {
            description: "South America (Chile)"
          },
          "us-east-1": {
            description: "US East (N. Virginia)"
          },
          "us-east-2": {
            description: "US East (Ohio)"
          },
          "us-west-1": {
            description: "US West (N. California)"
          },
          "us-west-2": {
            description: "US West (Oregon)"
          }
        }
      }, {
        id: "aws-cn",
        outputs: {
          dnsSuffix: "amazonaws.com.cn",
          dualStackDnsSuffix: "api.amazonwebservices.com.cn",
          implicitGlobalRegion: "cn-northwest-1",
          name: "aws-cn",
          supportsDualStack: true,
          supportsFIPS: true
        },
        regionRegex: "^cn\\-\\w+\\-\\d+$",
        regions: {
          "aws-cn-global": {
            description: "aws-cn global region"
          },
          "cn-north-1": {
            description: "China (Beijing)"
          },
          "cn-northwest-1": {
            description: "China (Ningxia)"
          }
        }
      }, {
        id: "aws-eusc",
        outputs: {
          dnsSuffix: "amazonaws.eu",
          dualStackDnsSuffix: "api.amazonwebservices.eu",
          implicitGlobalRegion: "eusc-de-east-1",
          name: "aws-eusc",
          supportsDualStack: true,
          supportsFIPS: true
        },
        regionRegex: "^eusc\\-(de)\\-\\w+\\-\\d+$",
        regions: {
          "eusc-de-east-1": {
            description: "AWS European Sovereign Cloud (Germany)"
          }
        }
      }, {
        id: "aws-iso",
        outputs: {
          dnsSuffix: "c2s.ic.gov",
          dualStackDnsSuffix: "api.aws.ic.gov",
          implicitGlobalRegion: "us-iso-east-1",
          name: "aws-iso",
          supportsDualStack: true,
          supportsFIPS: true
        },
        regionRegex: "^us\\-iso\\-\\w+\\-\\d+$",
        regions: {
          "aws-iso-global": {
            description: "aws-iso global region"
          },
          "us-iso-east-1": {
            description: "US ISO East"
          },
          "us-iso-west-1": {
            description: "US ISO WEST"
          }
        }
      }, {
        id: "aws-iso-b",
        outputs: {
          dnsSuffix: "sc2s.sgov.gov",
          dualStackDnsSuffix: "api.aws.scloud",
          implicitGlobalRegion: "us-isob-east-1",
          name: "aws-iso-b",
          supportsDualStack: true,
          supportsFIPS: true
        },
        regionRegex: "^us\\-isob\\-\\w+\\-\\d+$",
        regions: {
          "aws-iso-b-global": {
            description: "aws-iso-b global region"
          },
          "us-isob-east-1": {
            description: "US ISOB East (Ohio)"
          },
          "us-isob-west-1": {
            description: "US ISOB West"
          }
        }
      }, {
        id: "aws-iso-e",
        outputs: {
          dnsSuffix: "cloud.adc-e.uk",
          dualStackDnsSuffix: "api.cloud-aws.adc-e.uk",
          implicitGlobalRegion: "eu-isoe-west-1",
          name: "aws-iso-e",
          supportsDualStack: true,
          supportsFIPS: true
        },
        regionRegex: "^eu\\-isoe\\-\\w+\\-\\d+$",
        regions: {
          "aws-iso-e-global": {
            description: "aws-iso-e global region"
          },
          "eu-isoe-west-1": {
            description: "EU ISOE West"
          }
        }
      }, {
        id: "aws-iso-f",
        outputs: {
          dnsSuffix: "csp.hci.ic.gov",
          dualStackDnsSuffix: "api.aws.hci.ic.gov",
          implicitGlobalRegion: "us-isof-south-1",
          name: "aws-iso-f",
          supportsDualStack: true,
          supportsFIPS: true
        },
        regionRegex: "^us\\-isof\\-\\w+\\-\\d+$",
        regions: {
          "aws-iso-f-global": {
            description: "aws-iso-f global region"
          },
          "us-isof-east-1": {
            description: "US ISOF EAST"
          },
          "us-isof-south-1": {
            description: "US ISOF SOUTH"
          }
        }
      }, {
        id: "aws-us-gov",
        outputs: {
          dnsSuffix: "amazonaws.com",
          dualStackDnsSuffix: "api.aws",
          implicitGlobalRegion: "us-gov-west-1",
          name: "aws-us-gov",
          supportsDualStack: true,
          supportsFIPS: true
        },
        regionRegex: "^us\\-gov\\-\\w+\\-\\d+$",
        regions: {
          "aws-us-gov-global": {
            description: "aws-us-gov global region"
          },
          "us-gov-east-1": {
            description: "AWS GovCloud (US-East)"
          },
          "us-gov-west-1": {
            description: "AWS GovCloud (US-West)"
          }
        }
      } ],
      version: "1.1"
    };
    let selectedPartitionsInfo = partitionsInfo;
    let selectedUserAgentPrefix = "";
    const partition = value => {
      const {partitions: partitions} = selectedPartitionsInfo;
      for (const partition of partitions) {
        const {regions: regions, outputs: outputs} = partition;
        for (const [region, regionData] of Object.entries(regions)) if (region === value) return {
          ...outputs,
          ...regionData
        };
      }
      for (const partition of partitions) {
        const {regionRegex: regionRegex, outputs: outputs} = partition;
        if (new RegExp(regionRegex).test(value)) return {
          ...outputs
        };
      }
      const DEFAULT_PARTITION = partitions.find(partition => partition.id === "aws");
      if (!DEFAULT_PARTITION) throw new Error("Provided region was not found in the partition array or regex," + " and default partition with id 'aws' doesn't exist.");
      return {
        ...DEFAULT_PARTITION.outputs
      };
    };
    const setPartitionInfo = (partitionsInfo, userAgentPrefix = "") => {
      selectedPartitionsInfo = partitionsInfo;
      selectedUserAgentPrefix = userAgentPrefix;
    };
    const getUserAgentPrefix = () => selectedUserAgentPrefix;
    const ACCOUNT_ID_ENDPOINT_REGEX = /\d{12}\.ddb/;
    async function checkFeatures(context, config, args) {
      const request = args.request;
      if (request?.headers?.["smithy-protocol"] === "rpc-v2-cbor") setFeature(context, "PROTOCOL_RPC_V2_CBOR", "M");
      if (typeof config.retryStrategy === "function") {
        const retryStrategy = await config.retryStrategy();
        if (typeof retryStrategy.mode === "string") switch (retryStrategy.mode) {
         case RETRY_MODES.ADAPTIVE:
          setFeature(context, "RETRY_MODE_ADAPTIVE", "F");
          break;

         case RETRY_MODES.STANDARD:
          setFeature(context, "RETRY_MODE_STANDARD", "E");
          break;
        }
      }
      if (typeof config.accountIdEndpointMode === "function") {
        const endpointV2 = context.endpointV2;
        if (String(endpointV2?.url?.hostname).match(ACCOUNT_ID_ENDPOINT_REGEX)) setFeature(context, "ACCOUNT_ID_ENDPOINT", "O");
        switch (await (config.accountIdEndpointMode?.())) {
         case "disabled":
          setFeature(context, "ACCOUNT_ID_MODE_DISABLED", "Q");
          break;

         case "preferred":
          setFeature(context, "ACCOUNT_ID_MODE_PREFERRED", "P");
          break;

         case "required":
          setFeature(context, "ACCOUNT_ID_MODE_REQUIRED", "R");
          break;
        }
      }
      const identity = context.__smithy_context?.selectedHttpAuthScheme?.identity;
      if (identity?.$source) {
        const credentials = identity;
        if (credentials.accountId) setFeature(context, "RESOLVED_ACCOUNT_ID", "T");
        for (const [key, value] of Object.entries(credentials.$source ?? {})) setFeature(context, key, value);
      }
    }
    const USER_AGENT = "user-agent";
    const X_AMZ_USER_AGENT = "x-amz-user-agent";
    const SPACE = " ";
    const UA_NAME_SEPARATOR = "/";
    const UA_NAME_ESCAPE_REGEX = /[^!$%&'*+\-.^_`|~\w]/g;
    const UA_VALUE_ESCAPE_REGEX = /[^!$%&'*+\-.^_`|~\w#]/g;
    const UA_ESCAPE_CHAR = "-";
    const BYTE_LIMIT = 1024;
    function encodeFeatures(features) {
      let buffer = "";
      for (const key in features) {
        const val = features[key];
        if (buffer.length + val.length + 1 <= BYTE_LIMIT) {
          if (buffer.length) buffer += "," + val; else buffer += val;
          continue;
        }
        break;
      }
      return buffer;
    }
    const userAgentMiddleware = options => (next, context) => async args => {
      const {request: request} = args;
      if (!HttpRequest.isInstance(request)) return next(args);
      const {headers: headers} = request;
      const userAgent = context?.userAgent?.map(escapeUserAgent) || [];
      const defaultUserAgent = (await options.defaultUserAgentProvider()).map(escapeUserAgent);
      await checkFeatures(context, options, args);
      const awsContext = context;
      defaultUserAgent.push(`m/${encodeFeatures(Object.assign({}, context.__smithy_context?.features, awsContext.__aws_sdk_context?.features))}`);
      const customUserAgent = options?.customUserAgent?.map(escapeUserAgent) || [];
      const appId = await options.userAgentAppId();
      if (appId) defaultUserAgent.push(escapeUserAgent([ `app`, `${appId}` ]));
      const prefix = getUserAgentPrefix();
      const sdkUserAgentValue = (prefix ? [ prefix ] : []).concat([ ...defaultUserAgent, ...userAgent, ...customUserAgent ]).join(SPACE);
      const normalUAValue = [ ...defaultUserAgent.filter(section => section.startsWith("aws-sdk-")), ...customUserAgent ].join(SPACE);
      if (options.runtime !== "browser") {
        if (normalUAValue) headers[X_AMZ_USER_AGENT] = headers[X_AMZ_USER_AGENT] ? `${headers[USER_AGENT]} ${normalUAValue}` : normalUAValue;
        headers[USER_AGENT] = sdkUserAgentValue;
      } else headers[X_AMZ_USER_AGENT] = sdkUserAgentValue;
      return next({
        ...args,
        request: request
      });
    };
    const escapeUserAgent = userAgentPair => {
      const name = userAgentPair[0].split(UA_NAME_SEPARATOR).map(part => part.replace(UA_NAME_ESCAPE_REGEX, UA_ESCAPE_CHAR)).join(UA_NAME_SEPARATOR);
      const version = userAgentPair[1]?.replace(UA_VALUE_ESCAPE_REGEX, UA_ESCAPE_CHAR);
      const prefixSeparatorIndex = name.indexOf(UA_NAME_SEPARATOR);
      const prefix = name.substring(0, prefixSeparatorIndex);
      let uaName = name.substring(prefixSeparatorIndex + 1);
      if (prefix === "api") uaName = uaName.toLowerCase();
      return [ prefix, uaName, version ].filter(item => item && item.length > 0).reduce((acc, item, index) => {
        switch (index) {
         case 0:
          return item;

         case 1:
          return `${acc}/${item}`;

         default:
          return `${acc}#${item}`;
        }
      }, "");
    };
    const getUserAgentMiddlewareOptions = {
      name: "getUserAgentMiddleware",
      step: "build",
      priority: "low",
      tags: [ "SET_USER_AGENT", "USER_AGENT" ],
      override: true
    };
    const getRuntimeUserAgentPair = () => {
      const runtimesToCheck = [ "deno", "bun", "llrt" ];
      for (const runtime of runtimesToCheck) if (versions[runtime]) return [ `md/${runtime}`, versions[runtime] ];
      return [ "md/nodejs", versions.node ];
    };
    const crtAvailability = {
      isCrtAvailable: false
    };
    const isCrtAvailable = () => {
      if (crtAvailability.isCrtAvailable) return [ "md/crt-avail" ];
      return null;
    };
    const createDefaultUserAgentProvider = ({serviceId: serviceId, clientVersion: clientVersion}) => {
      const runtimeUserAgentPair = getRuntimeUserAgentPair();
      return async config => {
        const sections = [ [ "aws-sdk-js", clientVersion ], [ "ua", "2.1" ], [ `os/${platform()}`, release() ], [ "lang/js" ], runtimeUserAgentPair ];
        const crtAvailable = isCrtAvailable();
        if (crtAvailable) sections.push(crtAvailable);
        if (serviceId) sections.push([ `api/${serviceId}`, clientVersion ]);
        if (env.AWS_EXECUTION_ENV) sections.push([ `exec-env/${env.AWS_EXECUTION_ENV}` ]);
        const appId = await (config?.userAgentAppId?.());
        const resolvedUserAgent = appId ? [ ...sections, [ `app/${appId}` ] ] : [ ...sections ];
        return resolvedUserAgent;
      };
    };
    const defaultUserAgent = createDefaultUserAgentProvider;
    const UA_APP_ID_ENV_NAME = "AWS_SDK_UA_APP_ID";
    const UA_APP_ID_INI_NAME = "sdk_ua_app_id";
    const UA_APP_ID_INI_NAME_DEPRECATED = "sdk-ua-app-id";
    const NODE_APP_ID_CONFIG_OPTIONS = {
      environmentVariableSelector: env => env[UA_APP_ID_ENV_NAME],
      configFileSelector: profile => profile[UA_APP_ID_INI_NAME] ?? profile[UA_APP_ID_INI_NAME_DEPRECATED],
      default: DEFAULT_UA_APP_ID
    };
    const fallback = {
      os(ua) {
        if (/iPhone|iPad|iPod/.test(ua)) return "iOS";
        if (/Macintosh|Mac OS X/.test(ua)) return "macOS";
        if (/Windows NT/.test(ua)) return "Windows";
        if (/Android/.test(ua)) return "Android";
        if (/Linux/.test(ua)) return "Linux";
        return;
      },
      browser(ua) {
        if (/EdgiOS|EdgA|Edg\//.test(ua)) return "Microsoft Edge";
        if (/Firefox\//.test(ua)) return "Firefox";
        if (/Chrome\//.test(ua)) return "Chrome";
        if (/Safari\//.test(ua)) return "Safari";
        return;
      }
    };
    const isVirtualHostableS3Bucket = (value, allowSubDomains = false) => {
      if (allowSubDomains) {
        for (const label of value.split(".")) if (!isVirtualHostableS3Bucket(label)) return false;
        return true;
      }
      if (!isValidHostLabel(value)) return false;
      if (value.length < 3 || value.length > 63) return false;
      if (value !== value.toLowerCase()) return false;
      if (isIpAddress(value)) return false;
      return true;
    };
    const ARN_DELIMITER = ":";
    const RESOURCE_DELIMITER = "/";
    const parseArn = value => {
      const segments = value.split(ARN_DELIMITER);
      if (segments.length < 6) return null;
      const [arn, partition, service, region, accountId, ...resourcePath] = segments;
      if (arn !== "arn" || partition === "" || service === "" || resourcePath.join(ARN_DELIMITER) === "") return null;
      const resourceId = resourcePath.map(resource => resource.split(RESOURCE_DELIMITER)).flat();
      return {
        partition: partition,
        service: service,
        region: region,
        accountId: accountId,
        resourceId: resourceId
      };
    };
    const awsEndpointFunctions = {
      isVirtualHostableS3Bucket: isVirtualHostableS3Bucket,
      parseArn: parseArn,
      partition: partition
    };
    customEndpointFunctions.aws = awsEndpointFunctions;
    const toEndpointV1 = endpoint => parseUrl(endpoint.url);
    const warning = {
      silence: false
    };
    exports.DEFAULT_UA_APP_ID = DEFAULT_UA_APP_ID;
    exports.NODE_APP_ID_CONFIG_OPTIONS = NODE_APP_ID_CONFIG_OPTIONS;
    exports.UA_APP_ID_ENV_NAME = UA_APP_ID_ENV_NAME;
    exports.UA_APP_ID_INI_NAME = UA_APP_ID_INI_NAME;
    exports.awsEndpointFunctions = awsEndpointFunctions;
    exports.createDefaultUserAgentProvider = createDefaultUserAgentProvider;
    exports.createUserAgentStringParsingProvider = ({serviceId: serviceId, clientVersion: clientVersion}) => async config => {
      const module = __webpack_require__(9449);
      const parse = module.parse ?? module.default.parse ?? (() => "");
      const parsedUA = typeof window !== "undefined" && window?.navigator?.userAgent ? parse(window.navigator.userAgent) : void 0;
      const sections = [ [ "aws-sdk-js", clientVersion ], [ "ua", "2.1" ], [ `os/${parsedUA?.os?.name || "other"}`, parsedUA?.os?.version ], [ "lang/js" ], [ "md/browser", `${parsedUA?.browser?.name ?? "unknown"}_${parsedUA?.browser?.version ?? "unknown"}` ] ];
      if (serviceId) sections.push([ `api/${serviceId}`, clientVersion ]);
      const appId = await (config?.userAgentAppId?.());
      if (appId) sections.push([ `app/${appId}` ]);
      return sections;
    };
    exports.crtAvailability = crtAvailability;
    exports.defaultUserAgent = defaultUserAgent;
    exports.emitWarningIfUnsupportedVersion = version => {
      if (version && !state.warningEmitted) {
        if (process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED === "true") {
          state.warningEmitted = true;
          return;
        }
        const userMajorVersion = parseInt(version.substring(1, version.indexOf(".")));
        const vv = 22;
        if (userMajorVersion < vv) {
          state.warningEmitted = true;
          process.emitWarning(`NodeVersionSupportWarning: The AWS SDK for JavaScript (v3)\nversions published after the first week of January 2027\nwill require node >=${vv}. You are running node ${version}.\n\nTo continue receiving updates to AWS services, bug fixes,\nand security updates please upgrade to node >=${vv}.\n\nMore information can be found at: https://a.co/c895JFp`);
        }
      }
    };
    exports.fallback = fallback;
    exports.getAwsRegionExtensionConfiguration = runtimeConfig => ({
      setRegion(region) {
        runtimeConfig.region = region;
      },
      region() {
        return runtimeConfig.region;
      }
    });
    exports.getDefaultSocketTimeout = (requestHandler, timeoutMs) => {
      if (!isDefaultSocketTimeoutEnabled()) return;
      if (typeof requestHandler?.handle === "function") return;
      return timeoutMs;
    };
    exports.getHostHeaderPlugin = options => ({
      applyToStack: clientStack => {
        clientStack.add(hostHeaderMiddleware(options), hostHeaderMiddlewareOptions);
      }
    });
    exports.getLoggerPlugin = options => ({
      applyToStack: clientStack => {
        clientStack.add(loggerMiddleware(), loggerMiddlewareOptions);
      }
    });
    exports.getLongPollPlugin = options => ({
      applyToStack: clientStack => {
        clientStack.add(longPollMiddleware(), longPollMiddlewareOptions);
      }
    });
    exports.getRecursionDetectionPlugin = options => ({
      applyToStack: clientStack => {
        clientStack.add(recursionDetectionMiddleware(), recursionDetectionMiddlewareOptions);
      }
    });
    exports.getUserAgentMiddlewareOptions = getUserAgentMiddlewareOptions;
    exports.getUserAgentPlugin = config => ({
      applyToStack: clientStack => {
        clientStack.add(userAgentMiddleware(config), getUserAgentMiddlewareOptions);
      }
    });
    exports.getUserAgentPrefix = getUserAgentPrefix;
    exports.hostHeaderMiddleware = hostHeaderMiddleware;
    exports.hostHeaderMiddlewareOptions = hostHeaderMiddlewareOptions;
    exports.isVirtualHostableS3Bucket = isVirtualHostableS3Bucket;
    exports.loggerMiddleware = loggerMiddleware;
    exports.loggerMiddlewareOptions = loggerMiddlewareOptions;
    exports.parseArn = parseArn;
    exports.partition = partition;
    exports.recursionDetectionMiddleware = recursionDetectionMiddleware;
    exports.recursionDetectionMiddlewareOptions = recursionDetectionMiddlewareOptions;
    exports.resolveAwsRegionExtensionConfiguration = awsRegionExtensionConfiguration => ({
      region: awsRegionExtensionConfiguration.region()
    });
    exports.resolveDefaultAwsRegionalEndpointsConfig = input => {
      if (typeof input.endpointProvider !== "function") throw new Error("@aws-sdk/util-endpoint - endpointProvider and endpoint missing in config for this client.");
      const {endpoint: endpoint} = input;
      if (endpoint === void 0) input.endpoint = async () => toEndpointV1(input.endpointProvider({
        Region: typeof input.region === "function" ? await input.region() : input.region,
        UseDualStack: typeof input.useDualstackEndpoint === "function" ? await input.useDualstackEndpoint() : input.useDualstackEndpoint,
        UseFIPS: typeof input.useFipsEndpoint === "function" ? await input.useFipsEndpoint() : input.useFipsEndpoint,
        Endpoint: void 0
      }, {
        logger: input.logger
      }));
      return input;
    };
    exports.resolveHostHeaderConfig = function(input) {
      return input;
    };
    exports.resolveUserAgentConfig = function(input) {
      const normalizedAppIdProvider = normalizeProvider(input.userAgentAppId ?? DEFAULT_UA_APP_ID);
      const {customUserAgent: customUserAgent} = input;
      return Object.assign(input, {
        customUserAgent: typeof customUserAgent === "string" ? [ [ customUserAgent ] ] : customUserAgent,
        userAgentAppId: async () => {
          const appId = await normalizedAppIdProvider();
          if (!isValidUserAgentAppId(appId)) {
            const logger = input.logger?.constructor?.name === "NoOpLogger" || !input.logger ? console : input.logger;
            if (typeof appId !== "string") logger?.warn("userAgentAppId must be a string or undefined."); else if (appId.length > 50) logger?.warn("The provided userAgentAppId exceeds the maximum length of 50 characters.");
          }
          return appId;
        }
      });
    };
    exports.setCredentialFeature = function(credentials, feature, value) {
      if (!credentials.$source) credentials.$source = {};
      credentials.$source[feature] = value;
      return credentials;
    };
    exports.setFeature = setFeature;
    exports.setPartitionInfo = setPartitionInfo;
    exports.setTokenFeature = function(token, feature, value) {
      if (!token.$source) token.$source = {};
      token.$source[feature] = value;
      return token;
    };
    exports.state = state;
    exports.stsRegionDefaultResolver = function(loaderConfig = {}) {
      return loadConfig({
        ...NODE_REGION_CONFIG_OPTIONS,
        async default() {
          if (!warning.silence) console.warn("@aws-sdk - WARN - default STS region of us-east-1 used. See @aws-sdk/credential-providers README and set a region explicitly.");
          return "us-east-1";
        }
      }, {
        ...NODE_REGION_CONFIG_FILE_OPTIONS,
        ...loaderConfig
      });
    };
    exports.stsRegionWarning = warning;
    exports.toEndpointV1 = toEndpointV1;
    exports.useDefaultPartitionInfo = () => {
      setPartitionInfo(partitionsInfo, "");
    };
    exports.userAgentMiddleware = userAgentMiddleware;
  },
  7523: (__unused_webpack_module, exports, __webpack_require__) => {
    const {ProviderError: ProviderError, booleanSelector: booleanSelector, SelectorType: SelectorType, loadConfig: loadConfig} = __webpack_require__(7291);
    const {setCredentialFeature: setCredentialFeature} = __webpack_require__(5152);
    const {normalizeProvider: normalizeProvider, memoizeIdentityProvider: memoizeIdentityProvider, isIdentityExpired: isIdentityExpired, doesIdentityRequireRefresh: doesIdentityRequireRefresh} = __webpack_require__(402);
    const {SignatureV4: SignatureV4} = __webpack_require__(5118);
    const {HttpResponse: HttpResponse, HttpRequest: HttpRequest} = __webpack_require__(3422);
    const {SMITHY_CONTEXT_KEY: SMITHY_CONTEXT_KEY} = __webpack_require__(690);
    const getDateHeader = response => HttpResponse.isInstance(response) ? response.headers?.date ?? response.headers?.Date : void 0;
    const getAgeHeader = response => HttpResponse.isInstance(response) ? response.headers?.age ?? response.headers?.Age : void 0;
    const getSkewCorrectedDate = systemClockOffset => new Date(Date.now() + systemClockOffset);
    const getUpdatedSystemClockOffset = (clockTime, currentSystemClockOffset, timeRequestSent, ageHeader) => {
      if (ageHeader !== void 0) return currentSystemClockOffset;
      const serverTime = Date.parse(clockTime);
      if (Number.isNaN(serverTime)) return currentSystemClockOffset;
      const timeResponseReceived = Date.now();
      if (timeRequestSent !== void 0 && timeResponseReceived - timeRequestSent > 9e5) return currentSystemClockOffset;
      return serverTime - timeResponseReceived;
    };
    const throwSigningPropertyError = (name, property) => {
      if (!property) throw new Error(`Property \`${name}\` is not resolved for AWS SDK SigV4Auth`);
      return property;
    };
    const hasEventStreamOutput = signingProperties => {
      const context = signingProperties.context;
      const eventStream = context?.[SMITHY_CONTEXT_KEY]?.eventStream;
      return eventStream?.output === true;
    };
    const validateSigningProperties = async signingProperties => {
      const context = throwSigningPropertyError("context", signingProperties.context);
      const config = throwSigningPropertyError("config", signingProperties.config);
      const authScheme = context.endpointV2?.properties?.authSchemes?.[0];
      const signerFunction = throwSigningPropertyError("signer", config.signer);
      const signer = await signerFunction(authScheme);
      const signingRegion = signingProperties?.signingRegion;
      const signingRegionSet = signingProperties?.signingRegionSet;
      const signingName = signingProperties?.signingName;
      return {
        config: config,
        signer: signer,
        signingRegion: signingRegion,
        signingRegionSet: signingRegionSet,
        signingName: signingName
      };
    };
    class AwsSdkSigV4Signer {
      async sign(httpRequest, identity, signingProperties) {
        if (!HttpRequest.isInstance(httpRequest)) throw new Error("The request is not an instance of `HttpRequest` and cannot be signed");
        const validatedProps = await validateSigningProperties(signingProperties);
        const {config: config, signer: signer} = validatedProps;
        let {signingRegion: signingRegion, signingName: signingName} = validatedProps;
        const handlerExecutionContext = signingProperties.context;
        if (handlerExecutionContext?.authSchemes?.length ?? 0 > 1) {
          const [first, second] = handlerExecutionContext.authSchemes;
          if (first?.name === "sigv4a" && second?.name === "sigv4") {
            signingRegion = second?.signingRegion ?? signingRegion;
            signingName = second?.signingName ?? signingName;
          }
        }
        const noSkewCorrection = await (config.disableClockSkewCorrection?.()) === true;
        signingProperties._disableClockSkewCorrection = noSkewCorrection;
        const skipSkewSampling = noSkewCorrection || hasEventStreamOutput(signingProperties);
        signingProperties._skipClockSkewSampling = skipSkewSampling;
        if (!skipSkewSampling) {
          signingProperties._preRequestSystemClockOffset = config.systemClockOffset;
          signingProperties._requestSentAt = Date.now();
        }
        const signedRequest = await signer.sign(httpRequest, {
          signingDate: noSkewCorrection ? new Date : getSkewCorrectedDate(config.systemClockOffset),
          signingRegion: signingRegion,
          signingService: signingName
        });
        return signedRequest;
      }
      errorHandler(signingProperties) {
        return error => {
          const errorException = error;
          if (!signingProperties._skipClockSkewSampling && !signingProperties._disableClockSkewCorrection) {
            const serverTime = errorException.ServerTime ?? getDateHeader(errorException.$response);
            if (serverTime) {
              const config = throwSigningPropertyError("config", signingProperties.config);
              const preRequestOffset = signingProperties._preRequestSystemClockOffset;
              const timeRequestSent = signingProperties._requestSentAt;
              const ageHeader = getAgeHeader(errorException.$response);
              const newOffset = getUpdatedSystemClockOffset(serverTime, config.systemClockOffset, timeRequestSent, ageHeader);
              config.systemClockOffset = newOffset;
              const skewExceedsThreshold = Math.abs(newOffset) >= 24e4;
              const isLocalCorrection = newOffset !== preRequestOffset;
              const isConcurrentCorrection = preRequestOffset !== void 0 && preRequestOffset !== newOffset;
              if (skewExceedsThreshold && (isLocalCorrection || isConcurrentCorrection) && errorException.$metadata) errorException.$metadata.clockSkewCorrected = true;
            }
          }
          throw error;
        };
      }
      successHandler(httpResponse, signingProperties) {
        if (signingProperties._skipClockSkewSampling || signingProperties._disableClockSkewCorrection) return;
        const dateHeader = getDateHeader(httpResponse);
        if (dateHeader) {
          const config = throwSigningPropertyError("config", signingProperties.config);
          const timeRequestSent = signingProperties._requestSentAt;
          const ageHeader = getAgeHeader(httpResponse);
          config.systemClockOffset = getUpdatedSystemClockOffset(dateHeader, config.systemClockOffset, timeRequestSent, ageHeader);
        }
      }
    }
    const AWSSDKSigV4Signer = AwsSdkSigV4Signer;
    const getArrayForCommaSeparatedString = str => typeof str === "string" && str.length > 0 ? str.split(",").map(item => item.trim()) : [];
    const getBearerTokenEnvKey = signingName => `AWS_BEARER_TOKEN_${signingName.replace(/[\s-]/g, "_").toUpperCase()}`;
    const NODE_AUTH_SCHEME_PREFERENCE_ENV_KEY = "AWS_AUTH_SCHEME_PREFERENCE";
    const NODE_AUTH_SCHEME_PREFERENCE_CONFIG_KEY = "auth_scheme_preference";
    const NODE_AUTH_SCHEME_PREFERENCE_OPTIONS = {
      environmentVariableSelector: (env, options) => {
        if (options?.signingName) {
          const bearerTokenKey = getBearerTokenEnvKey(options.signingName);
          if (bearerTokenKey in env) return [ "httpBearerAuth" ];
        }
        if (!(NODE_AUTH_SCHEME_PREFERENCE_ENV_KEY in env)) return;
        return getArrayForCommaSeparatedString(env[NODE_AUTH_SCHEME_PREFERENCE_ENV_KEY]);
      },
      configFileSelector: profile => {
        if (!(NODE_AUTH_SCHEME_PREFERENCE_CONFIG_KEY in profile)) return;
        return getArrayForCommaSeparatedString(profile[NODE_AUTH_SCHEME_PREFERENCE_CONFIG_KEY]);
      },
      default: []
    };
    const NODE_SIGV4A_CONFIG_OPTIONS = {
      environmentVariableSelector(env) {
        if (env.AWS_SIGV4A_SIGNING_REGION_SET) return env.AWS_SIGV4A_SIGNING_REGION_SET.split(",").map(_ => _.trim());
        throw new ProviderError("AWS_SIGV4A_SIGNING_REGION_SET not set in env.", {
          tryNextLink: true
        });
      },
      configFileSelector(profile) {
        if (profile.sigv4a_signing_region_set) return (profile.sigv4a_signing_region_set ?? "").split(",").map(_ => _.trim());
        throw new ProviderError("sigv4a_signing_region_set not set in profile.", {
          tryNextLink: true
        });
      },
      default: void 0
    };
    function normalizeCredentialProvider(config, {credentials: credentials, credentialDefaultProvider: credentialDefaultProvider}) {
      let credentialsProvider;
      if (credentials) if (!credentials?.memoized) credentialsProvider = memoizeIdentityProvider(credentials, isIdentityExpired, doesIdentityRequireRefresh); else credentialsProvider = credentials; else if (credentialDefaultProvider) credentialsProvider = normalizeProvider(credentialDefaultProvider(Object.assign({}, config, {
        parentClientConfig: config
      }))); else credentialsProvider = async () => {
        throw new Error("@aws-sdk/core::resolveAwsSdkSigV4Config - `credentials` not provided and no credentialDefaultProvider was configured.");
      };
      credentialsProvider.memoized = true;
      return credentialsProvider;
    }
    function bindCallerConfig(config, credentialsProvider) {
      if (credentialsProvider.configBound) return credentialsProvider;
      const fn = async options => credentialsProvider({
        ...options,
        callerClientConfig: config
      });
      fn.memoized = credentialsProvider.memoized;
      fn.configBound = true;
      return fn;
    }
    const ENV_DISABLE_CLOCK_SKEW_CORRECTION = "AWS_DISABLE_CLOCK_SKEW_CORRECTION";
    const CONFIG_DISABLE_CLOCK_SKEW_CORRECTION = "disable_clock_skew_correction";
    const NODE_DISABLE_CLOCK_SKEW_CORRECTION_CONFIG_OPTIONS = {
      environmentVariableSelector: env => booleanSelector(env, ENV_DISABLE_CLOCK_SKEW_CORRECTION, SelectorType.ENV),
      configFileSelector: profile => booleanSelector(profile, CONFIG_DISABLE_CLOCK_SKEW_CORRECTION, SelectorType.CONFIG),
      default: false
    };
    const DEFAULT_DISABLE_CLOCK_SKEW_CORRECTION = loadConfig(NODE_DISABLE_CLOCK_SKEW_CORRECTION_CONFIG_OPTIONS);
    const resolveAwsSdkSigV4Config = (defaultDisableClockSkewCorrection => config => {
      let inputCredentials = config.credentials;
      let isUserSupplied = !!config.credentials;
      let resolvedCredentials;
      Object.defineProperty(config, "credentials", {
        set(credentials) {
          if (credentials && credentials !== inputCredentials && credentials !== resolvedCredentials) isUserSupplied = true;
          inputCredentials = credentials;
          const memoizedProvider = normalizeCredentialProvider(config, {
            credentials: inputCredentials,
            credentialDefaultProvider: config.credentialDefaultProvider
          });
          const boundProvider = bindCallerConfig(config, memoizedProvider);
          if (isUserSupplied && !boundProvider.attributed) {
            const isCredentialObject = typeof inputCredentials === "object" && inputCredentials !== null;
            resolvedCredentials = async options => {
              const creds = await boundProvider(options);
              const attributedCreds = creds;
              if (isCredentialObject && (!attributedCreds.$source || Object.keys(attributedCreds.$source).length === 0)) return setCredentialFeature(attributedCreds, "CREDENTIALS_CODE", "e");
              return attributedCreds;
            };
            resolvedCredentials.memoized = boundProvider.memoized;
            resolvedCredentials.configBound = boundProvider.configBound;
            resolvedCredentials.attributed = true;
          } else resolvedCredentials = boundProvider;
        },
        get() {
          return resolvedCredentials;
        },
        enumerable: true,
        configurable: true
      });
      config.credentials = inputCredentials;
      const {signingEscapePath: signingEscapePath = true, systemClockOffset: systemClockOffset = config.systemClockOffset || 0, sha256: sha256} = config;
      let signer;
      if (config.signer) signer = normalizeProvider(config.signer); else if (config.regionInfoProvider) signer = () => normalizeProvider(config.region)().then(async region => [ await config.regionInfoProvider(region, {
        useFipsEndpoint: await config.useFipsEndpoint(),
        useDualstackEndpoint: await config.useDualstackEndpoint()
      }) || {}, region ]).then(([regionInfo, region]) => {
        const {signingRegion: signingRegion, signingService: signingService} = regionInfo;
        config.signingRegion = config.signingRegion || signingRegion || region;
        config.signingName = config.signingName || signingService || config.serviceId;
        const params = {
          ...config,
          credentials: config.credentials,
          region: config.signingRegion,
          service: config.signingName,
          sha256: sha256,
          uriEscapePath: signingEscapePath
        };
        const SignerCtor = config.signerConstructor || SignatureV4;
        return new SignerCtor(params);
      }); else signer = async authScheme => {
        authScheme = Object.assign({}, {
          name: "sigv4",
          signingName: config.signingName || config.defaultSigningName,
          signingRegion: await normalizeProvider(config.region)(),
          properties: {}
        }, authScheme);
        const signingRegion = authScheme.signingRegion;
        const signingService = authScheme.signingName;
        config.signingRegion = config.signingRegion || signingRegion;
        config.signingName = config.signingName || signingService || config.serviceId;
        const params = {
          ...config,
          credentials: config.credentials,
          region: config.signingRegion,
          service: config.signingName,
          sha256: sha256,
          uriEscapePath: signingEscapePath
        };
        const SignerCtor = config.signerConstructor || SignatureV4;
        return new SignerCtor(params);
      };
      const resolvedConfig = Object.assign(config, {
        systemClockOffset: systemClockOffset,
        signingEscapePath: signingEscapePath,
        signer: signer,
        disableClockSkewCorrection: normalizeProvider(config.disableClockSkewCorrection ?? defaultDisableClockSkewCorrection)
      });
      return resolvedConfig;
    })(DEFAULT_DISABLE_CLOCK_SKEW_CORRECTION);
    const resolveAWSSDKSigV4Config = resolveAwsSdkSigV4Config;
    exports.AWSSDKSigV4Signer = AWSSDKSigV4Signer;
    exports.AwsSdkSigV4ASigner = class extends AwsSdkSigV4Signer {
      async sign(httpRequest, identity, signingProperties) {
        if (!HttpRequest.isInstance(httpRequest)) throw new Error("The request is not an instance of `HttpRequest` and cannot be signed");
        const {config: config, signer: signer, signingRegion: signingRegion, signingRegionSet: signingRegionSet, signingName: signingName} = await validateSigningProperties(signingProperties);
        const configResolvedSigningRegionSet = await (config.sigv4aSigningRegionSet?.());
        const multiRegionOverride = (configResolvedSigningRegionSet ?? signingRegionSet ?? [ signingRegion ]).join(",");
        const noSkewCorrection = await (config.disableClockSkewCorrection?.()) === true;
        signingProperties._disableClockSkewCorrection = noSkewCorrection;
        if (!noSkewCorrection) {
          signingProperties._preRequestSystemClockOffset = config.systemClockOffset;
          signingProperties._requestSentAt = Date.now();
        }
        const signedRequest = await signer.sign(httpRequest, {
          signingDate: noSkewCorrection ? new Date : getSkewCorrectedDate(config.systemClockOffset),
          signingRegion: multiRegionOverride,
          signingService: signingName
        });
        return signedRequest;
      }
    };
    exports.AwsSdkSigV4Signer = AwsSdkSigV4Signer;
    exports.NODE_AUTH_SCHEME_PREFERENCE_OPTIONS = NODE_AUTH_SCHEME_PREFERENCE_OPTIONS;
    exports.NODE_SIGV4A_CONFIG_OPTIONS = NODE_SIGV4A_CONFIG_OPTIONS;
    exports.getBearerTokenEnvKey = getBearerTokenEnvKey;
    exports.resolveAWSSDKSigV4Config = resolveAWSSDKSigV4Config;
    exports.resolveAwsSdkSigV4AConfig = config => {
      config.sigv4aSigningRegionSet = normalizeProvider(config.sigv4aSigningRegionSet);
      return config;
    };
    exports.resolveAwsSdkSigV4Config = resolveAwsSdkSigV4Config;
    exports.validateSigningProperties = validateSigningProperties;
  },
  7288: (__unused_webpack_module, exports, __webpack_require__) => {
    const {SmithyRpcV2CborProtocol: SmithyRpcV2CborProtocol, loadSmithyRpcV2CborErrorCode: loadSmithyRpcV2CborErrorCode} = __webpack_require__(4645);
    const {TypeRegistry: TypeRegistry, NormalizedSchema: NormalizedSchema, deref: deref} = __webpack_require__(6890);
    const {decorateServiceException: decorateServiceException, getValueFromTextNode: getValueFromTextNode} = __webpack_require__(2658);
    const {RpcProtocol: RpcProtocol, JsonCodec2: JsonCodec2, loadJsonRpcErrorCode: loadJsonRpcErrorCode, HttpBindingProtocol: HttpBindingProtocol, HttpInterceptingShapeSerializer: HttpInterceptingShapeSerializer, HttpInterceptingShapeDeserializer: HttpInterceptingShapeDeserializer, loadRestJsonErrorCode: loadRestJsonErrorCode, SmithyRpcV2JsonProtocol: SmithyRpcV2JsonProtocol, loadSmithyRpcV2JsonErrorCode: loadSmithyRpcV2JsonErrorCode, FromStringShapeDeserializer: FromStringShapeDeserializer, determineTimestampFormat: determineTimestampFormat, extendedEncodeURIComponent: extendedEncodeURIComponent, collectBody: collectBody} = __webpack_require__(3422);
    const {JsonCodec: JsonCodec, JsonShapeDeserializer: JsonShapeDeserializer, JsonShapeDeserializer2: JsonShapeDeserializer2, JsonShapeSerializer: JsonShapeSerializer, JsonShapeSerializer2: JsonShapeSerializer2, parseJsonBody: parseJsonBody, parseJsonErrorBody: parseJsonErrorBody} = __webpack_require__(3422);
    exports.JsonCodec = JsonCodec;
    exports.JsonCodec2 = JsonCodec2;
    exports.JsonShapeDeserializer = JsonShapeDeserializer;
    exports.JsonShapeDeserializer2 = JsonShapeDeserializer2;
    exports.JsonShapeSerializer = JsonShapeSerializer;
    exports.JsonShapeSerializer2 = JsonShapeSerializer2;
    exports.loadJsonRpcErrorCode = loadJsonRpcErrorCode;
    exports.loadRestJsonErrorCode = loadRestJsonErrorCode;
    exports.parseJsonBody = parseJsonBody;
    exports.parseJsonErrorBody = parseJsonErrorBody;
    const {parseXML: parseXML, XmlNode: XmlNode, XmlText: XmlText} = __webpack_require__(4274);
    const {toUtf8: toUtf8, toBase64: toBase64, generateIdempotencyToken: generateIdempotencyToken, NumericValue: NumericValue, dateToUtcString: dateToUtcString, fromBase64: fromBase64, expectUnion: expectUnion} = __webpack_require__(2430);
    class ProtocolLib {
      queryCompat;
      errorRegistry;
      constructor(queryCompat = false) {
        this.queryCompat = queryCompat;
      }
      resolveRestContentType(defaultContentType, inputSchema) {
        const members = inputSchema.getMemberSchemas();
        const httpPayloadMember = Object.values(members).find(m => !!m.getMergedTraits().httpPayload);
        if (httpPayloadMember) {
          const mediaType = httpPayloadMember.getMergedTraits().mediaType;
          if (mediaType) return mediaType; else if (httpPayloadMember.isStringSchema()) return "text/plain"; else if (httpPayloadMember.isBlobSchema()) return "application/octet-stream"; else return defaultContentType;
        } else if (!inputSchema.isUnitSchema()) {
          const hasBody = Object.values(members).find(m => {
            const {httpQuery: httpQuery, httpQueryParams: httpQueryParams, httpHeader: httpHeader, httpLabel: httpLabel, httpPrefixHeaders: httpPrefixHeaders} = m.getMergedTraits();
            const noPrefixHeaders = httpPrefixHeaders === void 0;
            return !httpQuery && !httpQueryParams && !httpHeader && !httpLabel && noPrefixHeaders;
          });
          if (hasBody) return defaultContentType;
        }
      }
      async getErrorSchemaOrThrowBaseException(errorIdentifier, defaultNamespace, response, dataObject, metadata, getErrorSchema) {
        let errorName = errorIdentifier;
        if (errorIdentifier.includes("#")) [, errorName] = errorIdentifier.split("#");
        const errorMetadata = {
          $metadata: metadata,
          $fault: response.statusCode < 500 ? "client" : "server"
        };
        if (!this.errorRegistry) throw new Error("@aws-sdk/core/protocols - error handler not initialized.");
        try {
          const errorSchema = getErrorSchema?.(this.errorRegistry, errorName) ?? this.errorRegistry.getSchema(errorIdentifier);
          return {
            errorSchema: errorSchema,
            errorMetadata: errorMetadata
          };
        } catch (e) {
          dataObject.message = dataObject.message ?? dataObject.Message ?? "UnknownError";
          const synthetic = this.errorRegistry;
          const baseExceptionSchema = synthetic.getBaseException();
          if (baseExceptionSchema) {
            const ErrorCtor = synthetic.getErrorCtor(baseExceptionSchema) ?? Error;
            throw this.decorateServiceException(Object.assign(new ErrorCtor({
              name: errorName
            }), errorMetadata), dataObject);
          }
          const d = dataObject;
          const message = d?.message ?? d?.Message ?? d?.Error?.Message ?? d?.Error?.message;
          throw this.decorateServiceException(Object.assign(new Error(message), {
            name: errorName
          }, errorMetadata), dataObject);
        }
      }
      compose(composite, errorIdentifier, defaultNamespace) {
        let namespace = defaultNamespace;
        if (errorIdentifier.includes("#")) [namespace] = errorIdentifier.split("#");
        const staticRegistry = TypeRegistry.for(namespace);
        const defaultSyntheticRegistry = TypeRegistry.for("smithy.ts.sdk.synthetic." + defaultNamespace);
        composite.copyFrom(staticRegistry);
        composite.copyFrom(defaultSyntheticRegistry);
        this.errorRegistry = composite;
      }
      decorateServiceException(exception, additions = {}) {
        if (this.queryCompat) {
          const msg = exception.Message ?? additions.Message;
          const error = decorateServiceException(exception, additions);
          if (msg) error.message = msg;
          const errorObj = error.Error ?? {};
          errorObj.Type = error.Error?.Type;
          errorObj.Code = error.Error?.Code;
          errorObj.Message = error.Error?.message ?? error.Error?.Message ?? msg;
          error.Error = errorObj;
          const reqId = error.$metadata.requestId;
          if (reqId) error.RequestId = reqId;
          return error;
        }
        return decorateServiceException(exception, additions);
      }
      setQueryCompatError(output, response) {
        const queryErrorHeader = response.headers?.["x-amzn-query-error"];
        if (output !== void 0 && queryErrorHeader != null) {
          const [Code, Type] = queryErrorHeader.split(";");
          const keys = Object.keys(output);
          const Error = {
            Code: Code,
            Type: Type
          };
          output.Code = Code;
          output.Type = Type;
          for (let i = 0; i < keys.length; i++) {
            const k = keys[i];
            Error[k === "message" ? "Message" : k] = output[k];
          }
          delete Error.__type;
          output.Error = Error;
        }
      }
      queryCompatOutput(queryCompatErrorData, errorData) {
        if (queryCompatErrorData.Error) errorData.Error = queryCompatErrorData.Error;
        if (queryCompatErrorData.Type) errorData.Type = queryCompatErrorData.Type;
        if (queryCompatErrorData.Code) errorData.Code = queryCompatErrorData.Code;
      }
      findQueryCompatibleError(registry, errorName) {
        try {
          return registry.getSchema(errorName);
        } catch (e) {
          return registry.find(schema => NormalizedSchema.of(schema).getMergedTraits().awsQueryError?.[0] === errorName);
        }
      }
    }
    class AwsJsonRpcProtocol extends RpcProtocol {
      serializer;
      deserializer;
      serviceTarget;
      codec;
      mixin;
      awsQueryCompatible;
      constructor({defaultNamespace: defaultNamespace, errorTypeRegistries: errorTypeRegistries, serviceTarget: serviceTarget, awsQueryCompatible: awsQueryCompatible, jsonCodec: jsonCodec}) {
        super({
          defaultNamespace: defaultNamespace,
          errorTypeRegistries: errorTypeRegistries
        });
        this.serviceTarget = serviceTarget;
        this.codec = jsonCodec ?? new JsonCodec2({
          timestampFormat: {
            useTrait: true,
            default: 7
          },
          jsonName: false
        });
        this.serializer = this.codec.createSerializer();
        this.deserializer = this.codec.createDeserializer();
        this.awsQueryCompatible = !!awsQueryCompatible;
        this.mixin = new ProtocolLib(this.awsQueryCompatible);
      }
      async serializeRequest(operationSchema, input, context) {
        const request = await super.serializeRequest(operationSchema, input, context);
        if (!request.path.endsWith("/")) request.path += "/";
        request.headers["content-type"] = `application/x-amz-json-${this.getJsonRpcVersion()}`;
        request.headers["x-amz-target"] = `${this.serviceTarget}.${operationSchema.name}`;
        if (this.awsQueryCompatible) request.headers["x-amzn-query-mode"] = "true";
        if (deref(operationSchema.input) === "unit" || !request.body) request.body = "{}";
        return request;
      }
      getPayloadCodec() {
        return this.codec;
      }
      async handleError(operationSchema, context, response, dataObject, metadata) {
        const {awsQueryCompatible: awsQueryCompatible} = this;
        if (awsQueryCompatible) this.mixin.setQueryCompatError(dataObject, response);
        const errorIdentifier = loadJsonRpcErrorCode(response, dataObject, awsQueryCompatible) ?? "Unknown";
        this.mixin.compose(this.compositeErrorRegistry, errorIdentifier, this.options.defaultNamespace);
        const {errorSchema: errorSchema, errorMetadata: errorMetadata} = await this.mixin.getErrorSchemaOrThrowBaseException(errorIdentifier, this.options.defaultNamespace, response, dataObject, metadata, awsQueryCompatible ? this.mixin.findQueryCompatibleError : void 0);
        const ns = NormalizedSchema.of(errorSchema);
        const message = dataObject.message ?? dataObject.Message ?? "UnknownError";
        const ErrorCtor = this.compositeErrorRegistry.getErrorCtor(errorSchema) ?? Error;
        const exception = new ErrorCtor({});
        const output = {};
        const errorDeserializer = this.codec.createDeserializer();
        for (const [name, member] of ns.structIterator()) if (dataObject[name] != null) output[name] = errorDeserializer.readObject(member, dataObject[name]);
        if (awsQueryCompatible) this.mixin.queryCompatOutput(dataObject, output);
        throw this.mixin.decorateServiceException(Object.assign(exception, errorMetadata, {
          $fault: ns.getMergedTraits().error,
          message: message
        }, output), dataObject);
      }
    }
    class SerdeContextConfig {
      serdeContext;
      setSerdeContext(serdeContext) {
        this.serdeContext = serdeContext;
      }
    }
    class UnionSerde {
      from;
      to;
      keys;
      constructor(from, to) {
        this.from = from;
        this.to = to;
        const keys = Object.keys(this.from);
        const set = new Set(keys);
        set.delete("__type");
        this.keys = set;
      }
      mark(key) {
        this.keys.delete(key);
      }
      hasUnknown() {
        return this.keys.size === 1 && Object.keys(this.to).length === 0;
      }
      writeUnknown() {
        if (this.hasUnknown()) {
          const k = this.keys.values().next().value;
          const v = this.from[k];
          this.to.$unknown = [ k, v ];
        }
      }
    }
    function writeKey(obj) {
      Object.defineProperty(obj, "__proto__", {
        value: void 0,
        writable: true,
        enumerable: true,
        configurable: true
      });
    }
    class XmlShapeDeserializer extends SerdeContextConfig {
      settings;
      stringDeserializer;
      constructor(settings) {
        super();
        this.settings = settings;
        this.stringDeserializer = new FromStringShapeDeserializer(settings);
      }
      setSerdeContext(serdeContext) {
        this.serdeContext = serdeContext;
        this.stringDeserializer.setSerdeContext(serdeContext);
      }
      read(schema, bytes, key) {
        const ns = NormalizedSchema.of(schema);
        const memberSchemas = ns.getMemberSchemas();
        const isEventPayload = ns.isStructSchema() && ns.isMemberSchema() && !!Object.values(memberSchemas).find(memberNs => !!memberNs.getMemberTraits().eventPayload);
        if (isEventPayload) {
          const output = {};
          const memberName = Object.keys(memberSchemas)[0];
          const eventMemberSchema = memberSchemas[memberName];
          if (eventMemberSchema.isBlobSchema()) output[memberName] = bytes; else output[memberName] = this.read(memberSchemas[memberName], bytes);
          return output;
        }
        const xmlString = (this.serdeContext?.utf8Encoder ?? toUtf8)(bytes);
        const parsedObject = this.parseXml(xmlString);
        return this.readSchema(schema, key ? parsedObject[key] : parsedObject);
      }
      readSchema(_schema, value) {
        const ns = NormalizedSchema.of(_schema);
        if (ns.isUnitSchema()) return;
        const traits = ns.getMergedTraits();
        if (ns.isListSchema() && !Array.isArray(value)) return this.readSchema(ns, [ value ]);
        if (value == null) return value;
        if (typeof value === "object") {
          const flat = !!traits.xmlFlattened;
          if (ns.isListSchema()) {
            const listValue = ns.getValueSchema();
            const buffer = [];
            const sourceKey = listValue.getMergedTraits().xmlName ?? "member";
            const source = flat ? value : (value[0] ?? value)[sourceKey];
            if (source == null) return buffer;
            const sourceArray = Array.isArray(source) ? source : [ source ];
            for (const v of sourceArray) buffer.push(this.readSchema(listValue, v));
            return buffer;
          }
          const buffer = {};
          if (ns.isMapSchema()) {
            const keyNs = ns.getKeySchema();
            const memberNs = ns.getValueSchema();
            let entries;
            if (flat) entries = Array.isArray(value) ? value : [ value ]; else entries = Array.isArray(value.entry) ? value.entry : [ value.entry ];
            const keyProperty = keyNs.getMergedTraits().xmlName ?? "key";
            const valueProperty = memberNs.getMergedTraits().xmlName ?? "value";
            for (const entry of entries) {
              const key = entry[keyProperty];
              const value = entry[valueProperty];
              if (key === "__proto__") writeKey(buffer);
              buffer[key] = this.readSchema(memberNs, value);
            }
            return buffer;
          }
          if (ns.isStructSchema()) {
            const union = ns.isUnionSchema();
            let unionSerde;
            if (union) unionSerde = new UnionSerde(value, buffer);
            for (const [memberName, memberSchema] of ns.structIterator()) {
              const memberTraits = memberSchema.getMergedTraits();
              const xmlObjectKey = !memberTraits.httpPayload ? memberSchema.getMemberTraits().xmlName ?? memberName : memberTraits.xmlName ?? memberSchema.getName();
              if (union) unionSerde.mark(xmlObjectKey);
              if (value[xmlObjectKey] != null) buffer[memberName] = this.readSchema(memberSchema, value[xmlObjectKey]);
            }
            if (union) unionSerde.writeUnknown();
            return buffer;
          }
          if (ns.isDocumentSchema()) return value;
          throw new Error(`@aws-sdk/core/protocols - xml deserializer unhandled schema type for ${ns.getName(true)}`);
        }
        if (ns.isListSchema()) return [];
        if (ns.isMapSchema() || ns.isStructSchema()) return {};
        return this.stringDeserializer.read(ns, value);
      }
      parseXml(xml) {
        if (xml.length) {
          let parsedObj;
          try {
            parsedObj = parseXML(xml);
          } catch (e) {
            if (e && typeof e === "object") Object.defineProperty(e, "$responseBodyText", {
              value: xml
            });
            throw e;
          }
          const textNodeName = "#text";
          const key = Object.keys(parsedObj)[0];
          const parsedObjToReturn = parsedObj[key];
          if (parsedObjToReturn[textNodeName]) {
            parsedObjToReturn[key] = parsedObjToReturn[textNodeName];
            delete parsedObjToReturn[textNodeName];
          }
          return getValueFromTextNode(parsedObjToReturn);
        }
        return {};
      }
    }
    class QueryShapeSerializer extends SerdeContextConfig {
      settings;
      buffer;
      constructor(settings) {
        super();
        this.settings = settings;
      }
      write(schema, value, prefix = "") {
        if (this.buffer === void 0) this.buffer = "";
        const ns = NormalizedSchema.of(schema);
        if (prefix && !prefix.endsWith(".")) prefix += ".";
        if (ns.isBlobSchema()) {
          if (typeof value === "string" || value instanceof Uint8Array) {
            this.writeKey(prefix);
            this.writeValue((this.serdeContext?.base64Encoder ?? toBase64)(value));
          }
        } else if (ns.isBooleanSchema() || ns.isNumericSchema() || ns.isStringSchema()) {
          if (value != null) {
            this.writeKey(prefix);
            this.writeValue(String(value));
          } else if (ns.isIdempotencyToken()) {
            this.writeKey(prefix);
            this.writeValue(generateIdempotencyToken());
          }
        } else if (ns.isBigIntegerSchema()) {
          if (value != null) {
            this.writeKey(prefix);
            this.writeValue(String(value));
          }
        } else if (ns.isBigDecimalSchema()) {
          if (value != null) {
            this.writeKey(prefix);
            this.writeValue(value instanceof NumericValue ? value.string : String(value));
          }
        } else if (ns.isTimestampSchema()) {
          if (value instanceof Date) {
            this.writeKey(prefix);
            const format = determineTimestampFormat(ns, this.settings);
            switch (format) {
             case 5:
              this.writeValue(value.toISOString().replace(".000Z", "Z"));
              break;

             case 6:
              this.writeValue(dateToUtcString(value));
              break;

             case 7:
              this.writeValue(String(value.getTime() / 1e3));
              break;
            }
          }
        } else if (ns.isDocumentSchema()) if (Array.isArray(value)) this.write(64 | 15, value, prefix); else if (value instanceof Date) this.write(4, value, prefix); else if (value instanceof Uint8Array) this.write(21, value, prefix); else if (value && typeof value === "object") this.write(128 | 15, value, prefix); else {
          this.writeKey(prefix);
          this.writeValue(String(value));
        } else if (ns.isListSchema()) {
          if (Array.isArray(value)) if (value.length === 0) {
            if (this.settings.serializeEmptyLists) {
              this.writeKey(prefix);
              this.writeValue("");
            }
          } else {
            const member = ns.getValueSchema();
            const flat = this.settings.flattenLists || ns.getMergedTraits().xmlFlattened;
            let i = 1;
            for (const item of value) {
              if (item == null) continue;
              const traits = member.getMergedTraits();
              const suffix = this.getKey("member", traits.xmlName, traits.ec2QueryName);
              const key = flat ? `${prefix}${i}` : `${prefix}${suffix}.${i}`;
              this.write(member, item, key);
              ++i;
            }
          }
        } else if (ns.isMapSchema()) {
          if (value && typeof value === "object") {
            const keySchema = ns.getKeySchema();
            const memberSchema = ns.getValueSchema();
            const flat = ns.getMergedTraits().xmlFlattened;
            let i = 1;
            for (const k in value) {
              const v = value[k];
              if (v == null) continue;
              const keyTraits = keySchema.getMergedTraits();
              const keySuffix = this.getKey("key", keyTraits.xmlName, keyTraits.ec2QueryName);
              const key = flat ? `${prefix}${i}.${keySuffix}` : `${prefix}entry.${i}.${keySuffix}`;
              const valTraits = memberSchema.getMergedTraits();
              const valueSuffix = this.getKey("value", valTraits.xmlName, valTraits.ec2QueryName);
              const valueKey = flat ? `${prefix}${i}.${valueSuffix}` : `${prefix}entry.${i}.${valueSuffix}`;
              this.write(keySchema, k, key);
              this.write(memberSchema, v, valueKey);
              ++i;
            }
          }
        } else if (ns.isStructSchema()) {
          if (value && typeof value === "object") {
            let didWriteMember = false;
            for (const [memberName, member] of ns.structIterator()) {
              if (value[memberName] == null && !member.isIdempotencyToken()) continue;
              const traits = member.getMergedTraits();
              const suffix = this.getKey(memberName, traits.xmlName, traits.ec2QueryName, "struct");
              const key = `${prefix}${suffix}`;
              this.write(member, value[memberName], key);
              didWriteMember = true;
            }
            if (!didWriteMember && ns.isUnionSchema()) {
              const {$unknown: $unknown} = value;
              if (Array.isArray($unknown)) {
                const [k, v] = $unknown;
                const key = `${prefix}${k}`;
                this.write(15, v, key);
              }
            }
          }
        } else if (ns.isUnitSchema()) ; else throw new Error(`@aws-sdk/core/protocols - QuerySerializer unrecognized schema type ${ns.getName(true)}`);
      }
      flush() {
        if (this.buffer === void 0) throw new Error("@aws-sdk/core/protocols - QuerySerializer cannot flush with nothing written to buffer.");
        const str = this.buffer;
        delete this.buffer;
        return str;
      }
      getKey(memberName, xmlName, ec2QueryName, keySource) {
        const {ec2: ec2, capitalizeKeys: capitalizeKeys} = this.settings;
        if (ec2 && ec2QueryName) return ec2QueryName;
        const key = xmlName ?? memberName;
        if (capitalizeKeys && keySource === "struct") return key[0].toUpperCase() + key.slice(1);
        return key;
      }
      writeKey(key) {
        if (key.endsWith(".")) key = key.slice(0, key.length - 1);
        this.buffer += `&${extendedEncodeURIComponent(key)}=`;
      }
      writeValue(value) {
        this.buffer += extendedEncodeURIComponent(value);
      }
    }
    class AwsQueryProtocol extends RpcProtocol {
      options;
      serializer;
      deserializer;
      mixin=new ProtocolLib;
      constructor(options) {
        super({
          defaultNamespace: options.defaultNamespace,
          errorTypeRegistries: options.errorTypeRegistries
        });
        this.options = options;
        const settings = {
          timestampFormat: {
            useTrait: true,
            default: 5
          },
          httpBindings: false,
          xmlNamespace: options.xmlNamespace,
          serviceNamespace: options.defaultNamespace,
          serializeEmptyLists: true
        };
        this.serializer = new QueryShapeSerializer(settings);
        this.deserializer = new XmlShapeDeserializer(settings);
      }
      getShapeId() {
        return "aws.protocols#awsQuery";
      }
      setSerdeContext(serdeContext) {
        this.serializer.setSerdeContext(serdeContext);
        this.deserializer.setSerdeContext(serdeContext);
      }
      getPayloadCodec() {
        throw new Error("AWSQuery protocol has no payload codec.");
      }
      async serializeRequest(operationSchema, input, context) {
        const request = await super.serializeRequest(operationSchema, input, context);
        if (!request.path.endsWith("/")) request.path += "/";
        request.headers["content-type"] = "application/x-www-form-urlencoded";
        if (deref(operationSchema.input) === "unit" || !request.body) request.body = "";
        const action = operationSchema.name.split("#")[1] ?? operationSchema.name;
        request.body = `Action=${action}&Version=${this.options.version}` + request.body;
        if (request.body.endsWith("&")) request.body = request.body.slice(-1);
        return request;
      }
      async deserializeResponse(operationSchema, context, response) {
        const deserializer = this.deserializer;
        const ns = NormalizedSchema.of(operationSchema.output);
        const dataObject = {};
        if (response.statusCode >= 300) {
          const bytes = await collectBody(response.body, context);
          if (bytes.byteLength > 0) Object.assign(dataObject, await deserializer.read(15, bytes));
          await this.handleError(operationSchema, context, response, dataObject, this.deserializeMetadata(response));
        }
        for (const header in response.headers) {
          const value = response.headers[header];
          delete response.headers[header];
          response.headers[header.toLowerCase()] = value;
        }
        const shortName = operationSchema.name.split("#")[1] ?? operationSchema.name;
        const awsQueryResultKey = ns.isStructSchema() && this.useNestedResult() ? shortName + "Result" : void 0;
        const bytes = await collectBody(response.body, context);
        if (bytes.byteLength > 0) Object.assign(dataObject, await deserializer.read(ns, bytes, awsQueryResultKey));
        dataObject.$metadata = this.deserializeMetadata(response);
        return dataObject;
      }
      useNestedResult() {
        return true;
      }
      async handleError(operationSchema, context, response, dataObject, metadata) {
        const errorIdentifier = this.loadQueryErrorCode(response, dataObject) ?? "Unknown";
        this.mixin.compose(this.compositeErrorRegistry, errorIdentifier, this.options.defaultNamespace);
        const errorData = this.loadQueryError(dataObject) ?? {};
        const message = this.loadQueryErrorMessage(dataObject);
        errorData.message = message;
        errorData.Error = {
          Type: errorData.Type,
          Code: errorData.Code,
          Message: message
        };
        const {errorSchema: errorSchema, errorMetadata: errorMetadata} = await this.mixin.getErrorSchemaOrThrowBaseException(errorIdentifier, this.options.defaultNamespace, response, errorData, metadata, this.mixin.findQueryCompatibleError);
        const ns = NormalizedSchema.of(errorSchema);
        const ErrorCtor = this.compositeErrorRegistry.getErrorCtor(errorSchema) ?? Error;
        const exception = new ErrorCtor({});
        const output = {
          Type: errorData.Error.Type,
          Code: errorData.Error.Code,
          Error: errorData.Error
        };
        for (const [name, member] of ns.structIterator()) {
          const target = member.getMergedTraits().xmlName ?? name;
          const value = errorData[target] ?? dataObject[target];
          output[name] = this.deserializer.readSchema(member, value);
        }
        throw this.mixin.decorateServiceException(Object.assign(exception, errorMetadata, {
          $fault: ns.getMergedTraits().error,
          message: message
        }, output), dataObject);
      }
      loadQueryErrorCode(output, data) {
        const code = (data.Errors?.[0]?.Error ?? data.Errors?.Error ?? data.Error)?.Code;
        if (code !== void 0) return code;
        if (output.statusCode == 404) return "NotFound";
      }
      loadQueryError(data) {
        return data.Errors?.[0]?.Error ?? data.Errors?.Error ?? data.Error;
      }
      loadQueryErrorMessage(data) {
        const errorData = this.loadQueryError(data);
        return errorData?.message ?? errorData?.Message ?? data.message ?? data.Message ?? "Unknown";
      }
      getDefaultContentType() {
        return "application/x-www-form-urlencoded";
      }
    }
    const collectBodyString = (streamBody, context) => collectBody(streamBody, context).then(body => (context?.utf8Encoder ?? toUtf8)(body));
    const parseXmlBody = (streamBody, context) => collectBodyString(streamBody, context).then(encoded => {
      if (encoded.length) {
        let parsedObj;
        try {
          parsedObj = parseXML(encoded);
        } catch (e) {
          if (e && typeof e === "object") Object.defineProperty(e, "$responseBodyText", {
            value: encoded
          });
          throw e;
        }
        const textNodeName = "#text";
        const key = Object.keys(parsedObj)[0];
        const parsedObjToReturn = parsedObj[key];
        if (parsedObjToReturn[textNodeName]) {
          parsedObjToReturn[key] = parsedObjToReturn[textNodeName];
          delete parsedObjToReturn[textNodeName];
        }
        return getValueFromTextNode(parsedObjToReturn);
      }
      return {};
    });
    const loadRestXmlErrorCode = (output, data) => {
      if (data?.Error?.Code !== void 0) return data.Error.Code;
      if (data?.Code !== void 0) return data.Code;
      if (output.statusCode == 404) return "NotFound";
    };
    class XmlShapeSerializer extends SerdeContextConfig {
      settings;
      stringBuffer;
      byteBuffer;
      buffer;
      constructor(settings) {
        super();
        this.settings = settings;
      }
      write(schema, value) {
        const ns = NormalizedSchema.of(schema);
        if (ns.isStringSchema() && typeof value === "string") this.stringBuffer = value; else if (ns.isBlobSchema()) this.byteBuffer = "byteLength" in value ? value : (this.serdeContext?.base64Decoder ?? fromBase64)(value); else {
          this.buffer = this.writeStruct(ns, value, void 0);
          const traits = ns.getMergedTraits();
          if (traits.httpPayload && !traits.xmlName) this.buffer.withName(ns.getName());
        }
      }
      flush() {
        if (this.byteBuffer !== void 0) {
          const bytes = this.byteBuffer;
          delete this.byteBuffer;
          return bytes;
        }
        if (this.stringBuffer !== void 0) {
          const str = this.stringBuffer;
          delete this.stringBuffer;
          return str;
        }
        const buffer = this.buffer;
        if (this.settings.xmlNamespace) if (!buffer?.attributes?.["xmlns"]) buffer.addAttribute("xmlns", this.settings.xmlNamespace);
        delete this.buffer;
        return buffer.toString();
      }
      writeStruct(ns, value, parentXmlns) {
        const traits = ns.getMergedTraits();
        const name = ns.isMemberSchema() && !traits.httpPayload ? ns.getMemberTraits().xmlName ?? ns.getMemberName() : traits.xmlName ?? ns.getName();
        if (!name || !ns.isStructSchema()) throw new Error(`@aws-sdk/core/protocols - xml serializer, cannot write struct with empty name or non-struct, schema=${ns.getName(true)}.`);
        const structXmlNode = XmlNode.of(name);
        const [xmlnsAttr, xmlns] = this.getXmlnsAttribute(ns, parentXmlns);
        for (const [memberName, memberSchema] of ns.structIterator()) {
          const val = value[memberName];
          if (val != null || memberSchema.isIdempotencyToken()) {
            if (memberSchema.getMergedTraits().xmlAttribute) {
              structXmlNode.addAttribute(memberSchema.getMergedTraits().xmlName ?? memberName, this.writeSimple(memberSchema, val));
              continue;
            }
            if (memberSchema.isListSchema()) this.writeList(memberSchema, val, structXmlNode, xmlns); else if (memberSchema.isMapSchema()) this.writeMap(memberSchema, val, structXmlNode, xmlns); else if (memberSchema.isStructSchema()) structXmlNode.addChildNode(this.writeStruct(memberSchema, val, xmlns)); else {
              const memberNode = XmlNode.of(memberSchema.getMergedTraits().xmlName ?? memberSchema.getMemberName());
              this.writeSimpleInto(memberSchema, val, memberNode, xmlns);
              structXmlNode.addChildNode(memberNode);
            }
          }
        }
        const {$unknown: $unknown} = value;
        if ($unknown && ns.isUnionSchema() && Array.isArray($unknown) && Object.keys(value).length === 1) {
          const [k, v] = $unknown;
          const node = XmlNode.of(k);
          if (typeof v !== "string") if (value instanceof XmlNode || value instanceof XmlText) structXmlNode.addChildNode(value); else throw new Error(`@aws-sdk - $unknown union member in XML requires ` + `value of type string, @aws-sdk/xml-builder::XmlNode or XmlText.`);
          this.writeSimpleInto(0, v, node, xmlns);
          structXmlNode.addChildNode(node);
        }
        if (xmlns) structXmlNode.addAttribute(xmlnsAttr, xmlns);
        return structXmlNode;
      }
      writeList(listMember, array, container, parentXmlns) {
        if (!listMember.isMemberSchema()) throw new Error(`@aws-sdk/core/protocols - xml serializer, cannot write non-member list: ${listMember.getName(true)}`);
        const listTraits = listMember.getMergedTraits();
        const listValueSchema = listMember.getValueSchema();
        const listValueTraits = listValueSchema.getMergedTraits();
        const sparse = !!listValueTraits.sparse;
        const flat = !!listTraits.xmlFlattened;
        const [xmlnsAttr, xmlns] = this.getXmlnsAttribute(listMember, parentXmlns);
        const writeItem = (container, value) => {
          if (listValueSchema.isListSchema()) this.writeList(listValueSchema, Array.isArray(value) ? value : [ value ], container, xmlns); else if (listValueSchema.isMapSchema()) this.writeMap(listValueSchema, value, container, xmlns); else if (listValueSchema.isStructSchema()) {
            const struct = this.writeStruct(listValueSchema, value, xmlns);
            container.addChildNode(struct.withName(flat ? listTraits.xmlName ?? listMember.getMemberName() : listValueTraits.xmlName ?? "member"));
          } else {
            const listItemNode = XmlNode.of(flat ? listTraits.xmlName ?? listMember.getMemberName() : listValueTraits.xmlName ?? "member");
            this.writeSimpleInto(listValueSchema, value, listItemNode, xmlns);
            container.addChildNode(listItemNode);
          }
        };
        if (flat) {
          for (const value of array) if (sparse || value != null) writeItem(container, value);
        } else {
          const listNode = XmlNode.of(listTraits.xmlName ?? listMember.getMemberName());
          if (xmlns) listNode.addAttribute(xmlnsAttr, xmlns);
          for (const value of array) if (sparse || value != null) writeItem(listNode, value);
          container.addChildNode(listNode);
        }
      }
      writeMap(mapMember, map, container, parentXmlns, containerIsMap = false) {
        if (!mapMember.isMemberSchema()) throw new Error(`@aws-sdk/core/protocols - xml serializer, cannot write non-member map: ${mapMember.getName(true)}`);
        const mapTraits = mapMember.getMergedTraits();
        const mapKeySchema = mapMember.getKeySchema();
        const mapKeyTraits = mapKeySchema.getMergedTraits();
        const keyTag = mapKeyTraits.xmlName ?? "key";
        const mapValueSchema = mapMember.getValueSchema();
        const mapValueTraits = mapValueSchema.getMergedTraits();
        const valueTag = mapValueTraits.xmlName ?? "value";
        const sparse = !!mapValueTraits.sparse;
        const flat = !!mapTraits.xmlFlattened;
        const [xmlnsAttr, xmlns] = this.getXmlnsAttribute(mapMember, parentXmlns);
        const addKeyValue = (entry, key, val) => {
          const keyNode = XmlNode.of(keyTag, key);
          const [keyXmlnsAttr, keyXmlns] = this.getXmlnsAttribute(mapKeySchema, xmlns);
          if (keyXmlns) keyNode.addAttribute(keyXmlnsAttr, keyXmlns);
          entry.addChildNode(keyNode);
          let valueNode = XmlNode.of(valueTag);
          if (mapValueSchema.isListSchema()) this.writeList(mapValueSchema, val, valueNode, xmlns); else if (mapValueSchema.isMapSchema()) this.writeMap(mapValueSchema, val, valueNode, xmlns, true); else if (mapValueSchema.isStructSchema()) valueNode = this.writeStruct(mapValueSchema, val, xmlns); else this.writeSimpleInto(mapValueSchema, val, valueNode, xmlns);
          entry.addChildNode(valueNode);
        };
        if (flat) for (const key in map) {
          const val = map[key];
          if (sparse || val != null) {
            const entry = XmlNode.of(mapTraits.xmlName ?? mapMember.getMemberName());
            addKeyValue(entry, key, val);
            container.addChildNode(entry);
          }
        } else {
          let mapNode;
          if (!containerIsMap) {
            mapNode = XmlNode.of(mapTraits.xmlName ?? mapMember.getMemberName());
            if (xmlns) mapNode.addAttribute(xmlnsAttr, xmlns);
            container.addChildNode(mapNode);
          }
          for (const key in map) {
            const val = map[key];
            if (sparse || val != null) {
              const entry = XmlNode.of("entry");
              addKeyValue(entry, key, val);
              (containerIsMap ? container : mapNode).addChildNode(entry);
            }
          }
        }
      }
      writeSimple(_schema, value) {
        if (null === value) throw new Error("@aws-sdk/core/protocols - (XML serializer) cannot write null value.");
        const ns = NormalizedSchema.of(_schema);
        let nodeContents = null;
        if (value && typeof value === "object") if (ns.isBlobSchema()) nodeContents = (this.serdeContext?.base64Encoder ?? toBase64)(value); else if (ns.isTimestampSchema() && value instanceof Date) {
          const format = determineTimestampFormat(ns, this.settings);
          switch (format) {
           case 5:
            nodeContents = value.toISOString().replace(".000Z", "Z");
            break;

           case 6:
            nodeContents = dateToUtcString(value);
            break;

           case 7:
            nodeContents = String(value.getTime() / 1e3);
            break;

           default:
            console.warn("Missing timestamp format, using http date", value);
            nodeContents = dateToUtcString(value);
            break;
          }
        } else if (ns.isBigDecimalSchema() && value) {
          if (value instanceof NumericValue) return value.string;
          return String(value);
        } else if (ns.isMapSchema() || ns.isListSchema()) throw new Error("@aws-sdk/core/protocols - xml serializer, cannot call _write() on List/Map schema, call writeList or writeMap() instead."); else throw new Error(`@aws-sdk/core/protocols - xml serializer, unhandled schema type for object value and schema: ${ns.getName(true)}`);
        if (ns.isBooleanSchema() || ns.isNumericSchema() || ns.isBigIntegerSchema() || ns.isBigDecimalSchema()) nodeContents = String(value);
        if (ns.isStringSchema()) if (value === void 0 && ns.isIdempotencyToken()) nodeContents = generateIdempotencyToken(); else nodeContents = String(value);
        if (nodeContents === null) throw new Error(`Unhandled schema-value pair ${ns.getName(true)}=${value}`);
        return nodeContents;
      }
      writeSimpleInto(_schema, value, into, parentXmlns) {
        const nodeContents = this.writeSimple(_schema, value);
        const ns = NormalizedSchema.of(_schema);
        const content = new XmlText(nodeContents);
        const [xmlnsAttr, xmlns] = this.getXmlnsAttribute(ns, parentXmlns);
        if (xmlns) into.addAttribute(xmlnsAttr, xmlns);
        into.addChildNode(content);
      }
      getXmlnsAttribute(ns, parentXmlns) {
        const traits = ns.getMergedTraits();
        const [prefix, xmlns] = traits.xmlNamespace ?? [];
        if (xmlns && xmlns !== parentXmlns) return [ prefix ? `xmlns:${prefix}` : "xmlns", xmlns ];
        return [ void 0, void 0 ];
      }
    }
    class XmlCodec extends SerdeContextConfig {
      settings;
      constructor(settings) {
        super();
        this.settings = settings;
      }
      createSerializer() {
        const serializer = new XmlShapeSerializer(this.settings);
        serializer.setSerdeContext(this.serdeContext);
        return serializer;
      }
      createDeserializer() {
        const deserializer = new XmlShapeDeserializer(this.settings);
        deserializer.setSerdeContext(this.serdeContext);
        return deserializer;
      }
    }
    exports.AwsEc2QueryProtocol = class extends AwsQueryProtocol {
      options;
      constructor(options) {
        super(options);
        this.options = options;
        Object.assign(this.serializer.settings, {
          capitalizeKeys: true,
          flattenLists: true,
          serializeEmptyLists: false,
          ec2: true
        });
      }
      getShapeId() {
        return "aws.protocols#ec2Query";
      }
      useNestedResult() {
        return false;
      }
    };
    exports.AwsJson1_0Protocol = class extends AwsJsonRpcProtocol {
      constructor({defaultNamespace: defaultNamespace, errorTypeRegistries: errorTypeRegistries, serviceTarget: serviceTarget, awsQueryCompatible: awsQueryCompatible, jsonCodec: jsonCodec}) {
        super({
          defaultNamespace: defaultNamespace,
          errorTypeRegistries: errorTypeRegistries,
          serviceTarget: serviceTarget,
          awsQueryCompatible: awsQueryCompatible,
          jsonCodec: jsonCodec
        });
      }
      getShapeId() {
        return "aws.protocols#awsJson1_0";
      }
      getJsonRpcVersion() {
        return "1.0";
      }
      getDefaultContentType() {
        return "application/x-amz-json-1.0";
      }
    };
    exports.AwsJson1_1Protocol = class extends AwsJsonRpcProtocol {
      constructor({defaultNamespace: defaultNamespace, errorTypeRegistries: errorTypeRegistries, serviceTarget: serviceTarget, awsQueryCompatible: awsQueryCompatible, jsonCodec: jsonCodec}) {
        super({
          defaultNamespace: defaultNamespace,
          errorTypeRegistries: errorTypeRegistries,
          serviceTarget: serviceTarget,
          awsQueryCompatible: awsQueryCompatible,
          jsonCodec: jsonCodec
        });
      }
      getShapeId() {
        return "aws.protocols#awsJson1_1";
      }
      getJsonRpcVersion() {
        return "1.1";
      }
      getDefaultContentType() {
        return "application/x-amz-json-1.1";
      }
    };
    exports.AwsJsonRpcProtocol = AwsJsonRpcProtocol;
    exports.AwsQueryProtocol = AwsQueryProtocol;
    exports.AwsRestJsonProtocol = class extends HttpBindingProtocol {
      serializer;
      deserializer;
      codec;
      mixin=new ProtocolLib;
      constructor({defaultNamespace: defaultNamespace, errorTypeRegistries: errorTypeRegistries, jsonCodec: jsonCodec}) {
        super({
          defaultNamespace: defaultNamespace,
          errorTypeRegistries: errorTypeRegistries
        });
        const settings = {
          timestampFormat: {
            useTrait: true,
            default: 7
          },
          httpBindings: true,
          jsonName: true
        };
        this.codec = jsonCodec ?? new JsonCodec2(settings);
        this.serializer = new HttpInterceptingShapeSerializer(this.codec.createSerializer(), settings);
        this.deserializer = new HttpInterceptingShapeDeserializer(this.codec.createDeserializer(), settings);
      }
      getShapeId() {
        return "aws.protocols#restJson1";
      }
      getPayloadCodec() {
        return this.codec;
      }
      setSerdeContext(serdeContext) {
        this.codec.setSerdeContext(serdeContext);
        super.setSerdeContext(serdeContext);
      }
      async serializeRequest(operationSchema, input, context) {
        const request = await super.serializeRequest(operationSchema, input, context);
        const inputSchema = NormalizedSchema.of(operationSchema.input);
        if (!request.headers["content-type"]) {
          const contentType = this.mixin.resolveRestContentType(this.getDefaultContentType(), inputSchema);
          if (contentType) request.headers["content-type"] = contentType;
        }
        if (request.body == null && request.headers["content-type"] === this.getDefaultContentType()) request.body = "{}";
        return request;
      }
      async deserializeResponse(operationSchema, context, response) {
        const output = await super.deserializeResponse(operationSchema, context, response);
        const outputSchema = NormalizedSchema.of(operationSchema.output);
        for (const [name, member] of outputSchema.structIterator()) if (member.getMemberTraits().httpPayload && !(name in output)) output[name] = null;
        return output;
      }
      async handleError(operationSchema, context, response, dataObject, metadata) {
        const errorIdentifier = loadRestJsonErrorCode(response, dataObject) ?? "Unknown";
        this.mixin.compose(this.compositeErrorRegistry, errorIdentifier, this.options.defaultNamespace);
        const {errorSchema: errorSchema, errorMetadata: errorMetadata} = await this.mixin.getErrorSchemaOrThrowBaseException(errorIdentifier, this.options.defaultNamespace, response, dataObject, metadata);
        const ns = NormalizedSchema.of(errorSchema);
        const message = dataObject.message ?? dataObject.Message ?? "UnknownError";
        const ErrorCtor = this.compositeErrorRegistry.getErrorCtor(errorSchema) ?? Error;
        const exception = new ErrorCtor({});
        await this.deserializeHttpMessage(errorSchema, context, response, dataObject);
        const output = {};
        const errorDeserializer = this.codec.createDeserializer();
        for (const [name, member] of ns.structIterator()) {
          const target = member.getMergedTraits().jsonName ?? name;
          output[name] = errorDeserializer.readObject(member, dataObject[target]);
        }
        throw this.mixin.decorateServiceException(Object.assign(exception, errorMetadata, {
          $fault: ns.getMergedTraits().error,
          message: message
        }, output), dataObject);
      }
      getDefaultContentType() {
        return "application/json";
      }
    };
    exports.AwsRestXmlProtocol = class extends HttpBindingProtocol {
      codec;
      serializer;
      deserializer;
      mixin=new ProtocolLib;
      constructor(options) {
        super(options);
        const settings = {
          timestampFormat: {
            useTrait: true,
            default: 5
          },
          httpBindings: true,
          xmlNamespace: options.xmlNamespace,
          serviceNamespace: options.defaultNamespace
        };
        this.codec = new XmlCodec(settings);
        this.serializer = new HttpInterceptingShapeSerializer(this.codec.createSerializer(), settings);
        this.deserializer = new HttpInterceptingShapeDeserializer(this.codec.createDeserializer(), settings);
      }
      getPayloadCodec() {
        return this.codec;
      }
      getShapeId() {
        return "aws.protocols#restXml";
      }
      async serializeRequest(operationSchema, input, context) {
        const request = await super.serializeRequest(operationSchema, input, context);
        const inputSchema = NormalizedSchema.of(operationSchema.input);
        if (!request.headers["content-type"]) {
          const contentType = this.mixin.resolveRestContentType(this.getDefaultContentType(), inputSchema);
          if (contentType) request.headers["content-type"] = contentType;
        }
        if (typeof request.body === "string" && request.headers["content-type"] === this.getDefaultContentType() && !request.body.startsWith("<?xml ") && !this.hasUnstructuredPayloadBinding(inputSchema)) request.body = '<?xml version="1.0" encoding="UTF-8"?>' + request.body;
        return request;
      }
      async deserializeResponse(operationSchema, context, response) {
        return super.deserializeResponse(operationSchema, context, response);
      }
      async handleError(operationSchema, context, response, dataObject, metadata) {
        const errorIdentifier = loadRestXmlErrorCode(response, dataObject) ?? "Unknown";
        this.mixin.compose(this.compositeErrorRegistry, errorIdentifier, this.options.defaultNamespace);
        if (dataObject.Error && typeof dataObject.Error === "object") for (const key of Object.keys(dataObject.Error)) {
          dataObject[key] = dataObject.Error[key];
          if (key.toLowerCase() === "message") dataObject.message = dataObject.Error[key];
        }
        if (dataObject.RequestId && !metadata.requestId) metadata.requestId = dataObject.RequestId;
        const {errorSchema: errorSchema, errorMetadata: errorMetadata} = await this.mixin.getErrorSchemaOrThrowBaseException(errorIdentifier, this.options.defaultNamespace, response, dataObject, metadata);
        const ns = NormalizedSchema.of(errorSchema);
        const message = dataObject.Error?.message ?? dataObject.Error?.Message ?? dataObject.message ?? dataObject.Message ?? "UnknownError";
        const ErrorCtor = this.compositeErrorRegistry.getErrorCtor(errorSchema) ?? Error;
        const exception = new ErrorCtor({});
        await this.deserializeHttpMessage(errorSchema, context, response, dataObject);
        const output = {};
        const errorDeserializer = this.codec.createDeserializer();
        for (const [name, member] of ns.structIterator()) {
          const target = member.getMergedTraits().xmlName ?? name;
          const value = dataObject.Error?.[target] ?? dataObject[target];
          output[name] = errorDeserializer.readSchema(member, value);
        }
        throw this.mixin.decorateServiceException(Object.assign(exception, errorMetadata, {
          $fault: ns.getMergedTraits().error,
          message: message
        }, output), dataObject);
      }
      getDefaultContentType() {
        return "application/xml";
      }
      hasUnstructuredPayloadBinding(ns) {
        for (const [, member] of ns.structIterator()) if (member.getMergedTraits().httpPayload) return !(member.isStructSchema() || member.isMapSchema() || member.isListSchema());
        return false;
      }
    };
    exports.AwsSmithyRpcV2CborProtocol = class extends SmithyRpcV2CborProtocol {
      awsQueryCompatible;
      mixin;
      constructor({defaultNamespace: defaultNamespace, errorTypeRegistries: errorTypeRegistries, awsQueryCompatible: awsQueryCompatible}) {
        super({
          defaultNamespace: defaultNamespace,
          errorTypeRegistries: errorTypeRegistries
        });
        this.awsQueryCompatible = !!awsQueryCompatible;
        this.mixin = new ProtocolLib(this.awsQueryCompatible);
      }
      async serializeRequest(operationSchema, input, context) {
        const request = await super.serializeRequest(operationSchema, input, context);
        if (this.awsQueryCompatible) request.headers["x-amzn-query-mode"] = "true";
        return request;
      }
      async handleError(operationSchema, context, response, dataObject, metadata) {
        if (this.awsQueryCompatible) this.mixin.setQueryCompatError(dataObject, response);
        const errorName = (() => {
          const compatHeader = response.headers["x-amzn-query-error"];
          if (compatHeader && this.awsQueryCompatible) return compatHeader.split(";")[0];
          return loadSmithyRpcV2CborErrorCode(response, dataObject) ?? "Unknown";
        })();
        this.mixin.compose(this.compositeErrorRegistry, errorName, this.options.defaultNamespace);
        const {errorSchema: errorSchema, errorMetadata: errorMetadata} = await this.mixin.getErrorSchemaOrThrowBaseException(errorName, this.options.defaultNamespace, response, dataObject, metadata, this.awsQueryCompatible ? this.mixin.findQueryCompatibleError : void 0);
        const ns = NormalizedSchema.of(errorSchema);
        const message = dataObject.message ?? dataObject.Message ?? "UnknownError";
        const ErrorCtor = this.compositeErrorRegistry.getErrorCtor(errorSchema) ?? Error;
        const exception = new ErrorCtor({});
        const output = {};
        for (const [name, member] of ns.structIterator()) if (dataObject[name] != null) output[name] = this.deserializer.readValue(member, dataObject[name]);
        if (this.awsQueryCompatible) this.mixin.queryCompatOutput(dataObject, output);
        throw this.mixin.decorateServiceException(Object.assign(exception, errorMetadata, {
          $fault: ns.getMergedTraits().error,
          message: message
        }, output), dataObject);
      }
    };
    exports.AwsSmithyRpcV2JsonProtocol = class extends SmithyRpcV2JsonProtocol {
      awsQueryCompatible;
      mixin;
      constructor({defaultNamespace: defaultNamespace, errorTypeRegistries: errorTypeRegistries, awsQueryCompatible: awsQueryCompatible}) {
        super({
          defaultNamespace: defaultNamespace,
          errorTypeRegistries: errorTypeRegistries
        });
        this.awsQueryCompatible = !!awsQueryCompatible;
        this.mixin = new ProtocolLib(this.awsQueryCompatible);
      }
      async serializeRequest(operationSchema, input, context) {
        const request = await super.serializeRequest(operationSchema, input, context);
        if (this.awsQueryCompatible) request.headers["x-amzn-query-mode"] = "true";
        return request;
      }
      async handleError(operationSchema, context, response, dataObject, metadata) {
        if (this.awsQueryCompatible) this.mixin.setQueryCompatError(dataObject, response);
        const errorName = (() => {
          const compatHeader = response.headers["x-amzn-query-error"];
          if (compatHeader && this.awsQueryCompatible) return compatHeader.split(";")[0];
          return loadSmithyRpcV2JsonErrorCode(response, dataObject) ?? "Unknown";
        })();
        this.mixin.compose(this.compositeErrorRegistry, errorName, this.options.defaultNamespace);
        const {errorSchema: errorSchema, errorMetadata: errorMetadata} = await this.mixin.getErrorSchemaOrThrowBaseException(errorName, this.options.defaultNamespace, response, dataObject, metadata, this.awsQueryCompatible ? this.mixin.findQueryCompatibleError : void 0);
        const ns = NormalizedSchema.of(errorSchema);
        const message = dataObject.message ?? dataObject.Message ?? "UnknownError";
        const ErrorCtor = this.compositeErrorRegistry.getErrorCtor(errorSchema) ?? Error;
        const exception = new ErrorCtor({});
        const output = {};
        const errorDeserializer = this.getPayloadCodec().createDeserializer();
        for (const [name, member] of ns.structIterator()) if (dataObject[name] != null) output[name] = errorDeserializer.readObject(member, dataObject[name]);
        if (this.awsQueryCompatible) this.mixin.queryCompatOutput(dataObject, output);
        throw this.mixin.decorateServiceException(Object.assign(exception, errorMetadata, {
          $fault: ns.getMergedTraits().error,
          message: message
        }, output), dataObject);
      }
    };
    exports.QueryShapeSerializer = QueryShapeSerializer;
    exports.XmlCodec = XmlCodec;
    exports.XmlShapeDeserializer = XmlShapeDeserializer;
    exports.XmlShapeSerializer = XmlShapeSerializer;
    exports._toBool = val => {
      if (val == null) return val;
      if (typeof val === "string") {
        const lowercase = val.toLowerCase();
        if (val !== "" && lowercase !== "false" && lowercase !== "true") {
          const warning = new Error(`Received string "${val}" where a boolean was expected.`);
          warning.name = "Warning";
          console.warn(warning);
        }
        return val !== "" && lowercase !== "false";
      }
      return val;
    };
    exports._toNum = val => {
      if (val == null) return val;
      if (typeof val === "string") {
        const num = Number(val);
        if (num.toString() !== val) {
          const warning = new Error(`Received string "${val}" where a number was expected.`);
          warning.name = "Warning";
          console.warn(warning);
          return val;
        }
        return num;
      }
      return val;
    };
    exports._toStr = val => {
      if (val == null) return val;
      if (typeof val === "number" || typeof val === "bigint") {
        const warning = new Error(`Received number ${val} where a string was expected.`);
        warning.name = "Warning";
        console.warn(warning);
        return String(val);
      }
      if (typeof val === "boolean") {
        const warning = new Error(`Received boolean ${val} where a string was expected.`);
        warning.name = "Warning";
        console.warn(warning);
        return String(val);
      }
      return val;
    };
    exports.awsExpectUnion = value => {
      if (value == null) return;
      if (typeof value === "object" && "__type" in value) delete value.__type;
      return expectUnion(value);
    };
    exports.loadRestXmlErrorCode = loadRestXmlErrorCode;
    exports.parseXmlBody = parseXmlBody;
    exports.parseXmlErrorBody = async (errorBody, context) => {
      const value = await parseXmlBody(errorBody, context);
      if (value.Error) value.Error.message = value.Error.message ?? value.Error.Message;
      return value;
    };
  },
  5606: (__unused_webpack_module, exports, __webpack_require__) => {
    const {setCredentialFeature: setCredentialFeature} = __webpack_require__(5152);
    const {CredentialsProviderError: CredentialsProviderError} = __webpack_require__(7291);
    const ENV_KEY = "AWS_ACCESS_KEY_ID";
    const ENV_SECRET = "AWS_SECRET_ACCESS_KEY";
    const ENV_SESSION = "AWS_SESSION_TOKEN";
    const ENV_EXPIRATION = "AWS_CREDENTIAL_EXPIRATION";
    const ENV_CREDENTIAL_SCOPE = "AWS_CREDENTIAL_SCOPE";
    const ENV_ACCOUNT_ID = "AWS_ACCOUNT_ID";
    exports.ENV_ACCOUNT_ID = ENV_ACCOUNT_ID;
    exports.ENV_CREDENTIAL_SCOPE = ENV_CREDENTIAL_SCOPE;
    exports.ENV_EXPIRATION = ENV_EXPIRATION;
    exports.ENV_KEY = ENV_KEY;
    exports.ENV_SECRET = ENV_SECRET;
    exports.ENV_SESSION = ENV_SESSION;
    exports.fromEnv = init => async () => {
      init?.logger?.debug("@aws-sdk/credential-provider-env - fromEnv");
      const accessKeyId = process.env[ENV_KEY];
      const secretAccessKey = process.env[ENV_SECRET];
      const sessionToken = process.env[ENV_SESSION];
      const expiry = process.env[ENV_EXPIRATION];
      const credentialScope = process.env[ENV_CREDENTIAL_SCOPE];
      const accountId = process.env[ENV_ACCOUNT_ID];
      if (accessKeyId && secretAccessKey) {
        const credentials = {
          accessKeyId: accessKeyId,
          secretAccessKey: secretAccessKey,
          ...sessionToken && {
            sessionToken: sessionToken
          },
          ...expiry && {
            expiration: new Date(expiry)
          },
          ...credentialScope && {
            credentialScope: credentialScope
          },
          ...accountId && {
            accountId: accountId
          }
        };
        setCredentialFeature(credentials, "CREDENTIALS_ENV_VARS", "g");
        return credentials;
      }
      throw new CredentialsProviderError("Unable to find environment variable credentials.", {
        logger: init?.logger
      });
    };
  },
  8605: (__unused_webpack_module, exports, __webpack_require__) => {
    const {setCredentialFeature: setCredentialFeature} = __webpack_require__(5152);
    const {CredentialsProviderError: CredentialsProviderError} = __webpack_require__(7291);
    const {NodeHttpHandler: NodeHttpHandler} = __webpack_require__(1279);
    const fs = __webpack_require__(1455);
    const {HttpRequest: HttpRequest} = __webpack_require__(3422);
    const {sdkStreamMixin: sdkStreamMixin, parseRfc3339DateTime: parseRfc3339DateTime} = __webpack_require__(2430);
    const ECS_CONTAINER_HOST = "169.254.170.2";
    const EKS_CONTAINER_HOST_IPv4 = "169.254.170.23";
    const EKS_CONTAINER_HOST_IPv6 = "[fd00:ec2::23]";
    const checkUrl = (url, logger) => {
      if (url.protocol === "https:") return;
      if (url.hostname === ECS_CONTAINER_HOST || url.hostname === EKS_CONTAINER_HOST_IPv4 || url.hostname === EKS_CONTAINER_HOST_IPv6) return;
      if (url.hostname.includes("[")) {
        if (url.hostname === "[::1]" || url.hostname === "[0000:0000:0000:0000:0000:0000:0000:0001]") return;
      } else {
        if (url.hostname === "localhost") return;
        const ipComponents = url.hostname.split(".");
        const inRange = component => {
          const num = parseInt(component, 10);
          return 0 <= num && num <= 255;
        };
        if (ipComponents[0] === "127" && inRange(ipComponents[1]) && inRange(ipComponents[2]) && inRange(ipComponents[3]) && ipComponents.length === 4) return;
      }
      throw new CredentialsProviderError(`URL not accepted. It must either be HTTPS or match one of the following:\n  - loopback CIDR 127.0.0.0/8 or [::1/128]\n  - ECS container host 169.254.170.2\n  - EKS container host 169.254.170.23 or [fd00:ec2::23]`, {
        logger: logger
      });
    };
    function createGetRequest(url) {
      return new HttpRequest({
        protocol: url.protocol,
        hostname: url.hostname,
        port: Number(url.port),
        path: url.pathname,
        query: Array.from(url.searchParams.entries()).reduce((acc, [k, v]) => {
          acc[k] = v;
          return acc;
        }, {}),
        fragment: url.hash
      });
    }
    async function getCredentials(response, logger) {
      const stream = sdkStreamMixin(response.body);
      const str = await stream.transformToString();
      if (response.statusCode === 200) {
        const parsed = JSON.parse(str);
        if (typeof parsed.AccessKeyId !== "string" || typeof parsed.SecretAccessKey !== "string" || typeof parsed.Token !== "string" || typeof parsed.Expiration !== "string") throw new CredentialsProviderError("HTTP credential provider response not of the required format, an object matching: " + "{ AccessKeyId: string, SecretAccessKey: string, Token: string, Expiration: string(rfc3339) }", {
          logger: logger
        });
        return {
          accessKeyId: parsed.AccessKeyId,
          secretAccessKey: parsed.SecretAccessKey,
          sessionToken: parsed.Token,
          expiration: parseRfc3339DateTime(parsed.Expiration)
        };
      }
      if (response.statusCode >= 400 && response.statusCode < 500) {
        let parsedBody = {};
        try {
          parsedBody = JSON.parse(str);
        } catch (e) {}
        throw Object.assign(new CredentialsProviderError(`Server responded with status: ${response.statusCode}`, {
          logger: logger
        }), {
          Code: parsedBody.Code,
          Message: parsedBody.Message
        });
      }
      throw new CredentialsProviderError(`Server responded with status: ${response.statusCode}`, {
        logger: logger
      });
    }
    const retryWrapper = (toRetry, maxRetries, delayMs) => async () => {
      for (let i = 0; i < maxRetries; ++i) try {
        return await toRetry();
      } catch (e) {
        await new Promise(resolve => setTimeout(resolve, delayMs));
      }
      return await toRetry();
    };
    const AWS_CONTAINER_CREDENTIALS_RELATIVE_URI = "AWS_CONTAINER_CREDENTIALS_RELATIVE_URI";
    const DEFAULT_LINK_LOCAL_HOST = "http://169.254.170.2";
    const AWS_CONTAINER_CREDENTIALS_FULL_URI = "AWS_CONTAINER_CREDENTIALS_FULL_URI";
    const AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE = "AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE";
    const AWS_CONTAINER_AUTHORIZATION_TOKEN = "AWS_CONTAINER_AUTHORIZATION_TOKEN";
    const validateToken = token => {
      if (token.includes("\r\n")) throw new CredentialsProviderError("Authorization token contains invalid \\r\\n sequence.");
      return token;
    };
    exports.fromHttp = (options = {}) => {
      options.logger?.debug("@aws-sdk/credential-provider-http - fromHttp");
      let host;
      const relative = options.awsContainerCredentialsRelativeUri ?? process.env[AWS_CONTAINER_CREDENTIALS_RELATIVE_URI];
      const full = options.awsContainerCredentialsFullUri ?? process.env[AWS_CONTAINER_CREDENTIALS_FULL_URI];
      const token = options.awsContainerAuthorizationToken ?? process.env[AWS_CONTAINER_AUTHORIZATION_TOKEN];
      const tokenFile = options.awsContainerAuthorizationTokenFile ?? process.env[AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE];
      const warn = options.logger?.constructor?.name === "NoOpLogger" || !options.logger?.warn ? console.warn : options.logger.warn.bind(options.logger);
      if (relative && full) {
        warn("@aws-sdk/credential-provider-http: " + "you have set both awsContainerCredentialsRelativeUri and awsContainerCredentialsFullUri.");
        warn("awsContainerCredentialsRelativeUri will take precedence.");
      }
      if (token && tokenFile) {
        warn("@aws-sdk/credential-provider-http: " + "you have set both awsContainerAuthorizationToken and awsContainerAuthorizationTokenFile.");
        warn("awsContainerAuthorizationTokenFile will take precedence.");
      }
      if (relative) host = `${DEFAULT_LINK_LOCAL_HOST}${relative}`; else if (full) host = full; else throw new CredentialsProviderError(`No HTTP credential provider host provided.\nSet AWS_CONTAINER_CREDENTIALS_FULL_URI or AWS_CONTAINER_CREDENTIALS_RELATIVE_URI.`, {
        logger: options.logger
      });
      const url = new URL(host);
      checkUrl(url, options.logger);
      const requestHandler = NodeHttpHandler.create({
        connectionTimeout: options.timeout ?? 1e3
      });
      const requestTimeout = options.timeout ?? 1e3;
      const provider = retryWrapper(async () => {
        const request = createGetRequest(url);
        if (tokenFile) request.headers.Authorization = validateToken((await fs.readFile(tokenFile)).toString()); else if (token) request.headers.Authorization = validateToken(token);
        try {
          const result = await requestHandler.handle(request, {
            requestTimeout: requestTimeout
          });
          return getCredentials(result.response).then(creds => setCredentialFeature(creds, "CREDENTIALS_HTTP", "z"));
        } catch (e) {
          throw new CredentialsProviderError(String(e), {
            logger: options.logger
          });
        }
      }, options.maxRetries ?? 3, options.timeout ?? 1e3);
      return async () => {
        try {
          return await provider();
        } finally {
          requestHandler.destroy?.();
        }
      };
    };
  },
  5869: (__unused_webpack_module, exports, __webpack_require__) => {
    const {CredentialsProviderError: CredentialsProviderError, chain: chain, getProfileName: getProfileName, parseKnownFiles: parseKnownFiles} = __webpack_require__(7291);
    const {setCredentialFeature: setCredentialFeature} = __webpack_require__(5152);
    const resolveCredentialSource = (credentialSource, profileName, logger) => {
      const sourceProvidersMap = {
        EcsContainer: async options => {
          const {fromHttp: fromHttp} = __webpack_require__(8605);
          const {fromContainerMetadata: fromContainerMetadata} = __webpack_require__(566);
          logger?.debug("@aws-sdk/credential-provider-ini - credential_source is EcsContainer");
          return async () => chain(fromHttp(options ?? {}), fromContainerMetadata(options))().then(setNamedProvider);
        },
        Ec2InstanceMetadata: async options => {
          logger?.debug("@aws-sdk/credential-provider-ini - credential_source is Ec2InstanceMetadata");
          const {fromInstanceMetadata: fromInstanceMetadata} = __webpack_require__(566);
          return async () => fromInstanceMetadata(options)().then(setNamedProvider);
        },
        Environment: async options => {
          logger?.debug("@aws-sdk/credential-provider-ini - credential_source is Environment");
          const {fromEnv: fromEnv} = __webpack_require__(5606);
          return async () => fromEnv(options)().then(setNamedProvider);
        }
      };
      if (credentialSource in sourceProvidersMap) return sourceProvidersMap[credentialSource]; else throw new CredentialsProviderError(`Unsupported credential source in profile ${profileName}. Got ${credentialSource}, ` + `expected EcsContainer or Ec2InstanceMetadata or Environment.`, {
        logger: logger
      });
    };
    const setNamedProvider = creds => setCredentialFeature(creds, "CREDENTIALS_PROFILE_NAMED_PROVIDER", "p");
    const isAssumeRoleProfile = (arg, {profile: profile = "default", logger: logger} = {}) => Boolean(arg) && typeof arg === "object" && typeof arg.role_arn === "string" && [ "undefined", "string" ].indexOf(typeof arg.role_session_name) > -1 && [ "undefined", "string" ].indexOf(typeof arg.external_id) > -1 && [ "undefined", "string" ].indexOf(typeof arg.mfa_serial) > -1 && (isAssumeRoleWithSourceProfile(arg, {
      profile: profile,
      logger: logger
    }) || isCredentialSourceProfile(arg, {
      profile: profile,
      logger: logger
    }));
    const isAssumeRoleWithSourceProfile = (arg, {profile: profile, logger: logger}) => {
      const withSourceProfile = typeof arg.source_profile === "string" && typeof arg.credential_source === "undefined";
      if (withSourceProfile) logger?.debug?.(`    ${profile} isAssumeRoleWithSourceProfile source_profile=${arg.source_profile}`);
      return withSourceProfile;
    };
    const isCredentialSourceProfile = (arg, {profile: profile, logger: logger}) => {
      const withProviderProfile = typeof arg.credential_source === "string" && typeof arg.source_profile === "undefined";
      if (withProviderProfile) logger?.debug?.(`    ${profile} isCredentialSourceProfile credential_source=${arg.credential_source}`);
      return withProviderProfile;
    };
    const resolveAssumeRoleCredentials = async (profileName, profiles, options, callerClientConfig, visitedProfiles = {}, resolveProfileData) => {
      options.logger?.debug("@aws-sdk/credential-provider-ini - resolveAssumeRoleCredentials (STS)");
      const profileData = profiles[profileName];
      const {source_profile: source_profile, region: region} = profileData;
      if (!options.roleAssumer) {
        const {getDefaultRoleAssumer: getDefaultRoleAssumer} = __webpack_require__(1136);
        options.roleAssumer = getDefaultRoleAssumer({
          ...options.clientConfig,
          credentialProviderLogger: options.logger,
          parentClientConfig: {
            ...callerClientConfig,
            ...options?.parentClientConfig,
            region: region ?? options?.parentClientConfig?.region ?? callerClientConfig?.region
          }
        }, options.clientPlugins);
      }
      if (source_profile && source_profile in visitedProfiles) throw new CredentialsProviderError(`Detected a cycle attempting to resolve credentials for profile` + ` ${getProfileName(options)}. Profiles visited: ` + Object.keys(visitedProfiles).join(", "), {
        logger: options.logger
      });
      options.logger?.debug(`@aws-sdk/credential-provider-ini - finding credential resolver using ${source_profile ? `source_profile=[${source_profile}]` : `profile=[${profileName}]`}`);
      const sourceCredsProvider = source_profile ? resolveProfileData(source_profile, profiles, options, callerClientConfig, {
        ...visitedProfiles,
        [source_profile]: true
      }, isCredentialSourceWithoutRoleArn(profiles[source_profile] ?? {})) : (await resolveCredentialSource(profileData.credential_source, profileName, options.logger)(options))();
      if (isCredentialSourceWithoutRoleArn(profileData)) return sourceCredsProvider.then(creds => setCredentialFeature(creds, "CREDENTIALS_PROFILE_SOURCE_PROFILE", "o")); else {
        const params = {
          RoleArn: profileData.role_arn,
          RoleSessionName: profileData.role_session_name || `aws-sdk-js-${Date.now()}`,
          ExternalId: profileData.external_id,
          DurationSeconds: parseInt(profileData.duration_seconds || "3600", 10)
        };
        const {mfa_serial: mfa_serial} = profileData;
        if (mfa_serial) {
          if (!options.mfaCodeProvider) throw new CredentialsProviderError(`Profile ${profileName} requires multi-factor authentication, but no MFA code callback was provided.`, {
            logger: options.logger,
            tryNextLink: false
          });
          params.SerialNumber = mfa_serial;
          params.TokenCode = await options.mfaCodeProvider(mfa_serial);
        }
        const sourceCreds = await sourceCredsProvider;
        return options.roleAssumer(sourceCreds, params).then(creds => setCredentialFeature(creds, "CREDENTIALS_PROFILE_SOURCE_PROFILE", "o"));
      }
    };
    const isCredentialSourceWithoutRoleArn = section => !section.role_arn && !!section.credential_source;
    const isLoginProfile = data => Boolean(data && data.login_session);
    const resolveLoginCredentials = async (profileName, options, callerClientConfig) => {
      const {fromLoginCredentials: fromLoginCredentials} = __webpack_require__(4072);
      const credentials = await fromLoginCredentials({
        ...options,
        profile: profileName
      })({
        callerClientConfig: callerClientConfig
      });
      return setCredentialFeature(credentials, "CREDENTIALS_PROFILE_LOGIN", "AC");
    };
    const isProcessProfile = arg => Boolean(arg) && typeof arg === "object" && typeof arg.credential_process === "string";
    const resolveProcessCredentials = async (options, profile) => {
      const {fromProcess: fromProcess} = __webpack_require__(5360);
      const credentials = await fromProcess({
        ...options,
        profile: profile
      })();
      return setCredentialFeature(credentials, "CREDENTIALS_PROFILE_PROCESS", "v");
    };
    const resolveSsoCredentials = async (profile, profileData, options = {}, callerClientConfig) => {
      const {fromSSO: fromSSO} = __webpack_require__(998);
      return fromSSO({
        profile: profile,
        logger: options.logger,
        parentClientConfig: options.parentClientConfig,
        clientConfig: options.clientConfig
      })({
        callerClientConfig: callerClientConfig
      }).then(creds => {
        if (profileData.sso_session) return setCredentialFeature(creds, "CREDENTIALS_PROFILE_SSO", "r"); else return setCredentialFeature(creds, "CREDENTIALS_PROFILE_SSO_LEGACY", "t");
      });
    };
    const isSsoProfile = arg => arg && (typeof arg.sso_start_url === "string" || typeof arg.sso_account_id === "string" || typeof arg.sso_session === "string" || typeof arg.sso_region === "string" || typeof arg.sso_role_name === "string");
    const isStaticCredsProfile = arg => Boolean(arg) && typeof arg === "object" && typeof arg.aws_access_key_id === "string" && typeof arg.aws_secret_access_key === "string" && [ "undefined", "string" ].indexOf(typeof arg.aws_session_token) > -1 && [ "undefined", "string" ].indexOf(typeof arg.aws_account_id) > -1;
    const resolveStaticCredentials = async (profile, options) => {
      options?.logger?.debug("@aws-sdk/credential-provider-ini - resolveStaticCredentials");
      const credentials = {
        accessKeyId: profile.aws_access_key_id,
        secretAccessKey: profile.aws_secret_access_key,
        sessionToken: profile.aws_session_token,
        ...profile.aws_credential_scope && {
          credentialScope: profile.aws_credential_scope
        },
        ...profile.aws_account_id && {
          accountId: profile.aws_account_id
        }
      };
      return setCredentialFeature(credentials, "CREDENTIALS_PROFILE", "n");
    };
    const isWebIdentityProfile = arg => Boolean(arg) && typeof arg === "object" && typeof arg.web_identity_token_file === "string" && typeof arg.role_arn === "string" && [ "undefined", "string" ].indexOf(typeof arg.role_session_name) > -1;
    const resolveWebIdentityCredentials = async (profile, options, callerClientConfig) => {
      const {fromTokenFile: fromTokenFile} = __webpack_require__(9956);
      const credentials = await fromTokenFile({
        webIdentityTokenFile: profile.web_identity_token_file,
        roleArn: profile.role_arn,
        roleSessionName: profile.role_session_name,
        roleAssumerWithWebIdentity: options.roleAssumerWithWebIdentity,
        logger: options.logger,
        parentClientConfig: options.parentClientConfig
      })({
        callerClientConfig: callerClientConfig
      });
      return setCredentialFeature(credentials, "CREDENTIALS_PROFILE_STS_WEB_ID_TOKEN", "q");
    };
    const resolveProfileData = async (profileName, profiles, options, callerClientConfig, visitedProfiles = {}, isAssumeRoleRecursiveCall = false) => {
      const data = profiles[profileName];
      if (Object.keys(visitedProfiles).length > 0 && isStaticCredsProfile(data)) return resolveStaticCredentials(data, options);
      if (isAssumeRoleRecursiveCall || isAssumeRoleProfile(data, {
        profile: profileName,
        logger: options.logger
      })) return resolveAssumeRoleCredentials(profileName, profiles, options, callerClientConfig, visitedProfiles, resolveProfileData);
      if (isStaticCredsProfile(data)) return resolveStaticCredentials(data, options);
      if (isWebIdentityProfile(data)) return resolveWebIdentityCredentials(data, options, callerClientConfig);
      if (isProcessProfile(data)) return resolveProcessCredentials(options, profileName);
      if (isSsoProfile(data)) return await resolveSsoCredentials(profileName, data, options, callerClientConfig);
      if (isLoginProfile(data)) return resolveLoginCredentials(profileName, options, callerClientConfig);
      throw new CredentialsProviderError(`Could not resolve credentials using profile: [${profileName}] in configuration/credentials file(s).`, {
        logger: options.logger
      });
    };
    exports.fromIni = (init = {}) => async ({callerClientConfig: callerClientConfig} = {}) => {
      init.logger?.debug("@aws-sdk/credential-provider-ini - fromIni");
      const profiles = await parseKnownFiles(init);
      return resolveProfileData(getProfileName({
        profile: init.profile ?? callerClientConfig?.profile
      }), profiles, init, callerClientConfig);
    };
  },
  4072: (__unused_webpack_module, exports, __webpack_require__) => {
    const {setCredentialFeature: setCredentialFeature} = __webpack_require__(5152);
    const {CredentialsProviderError: CredentialsProviderError, parseKnownFiles: parseKnownFiles, getProfileName: getProfileName} = __webpack_require__(7291);
    const {HttpRequest: HttpRequest} = __webpack_require__(3422);
    const {createHash: createHash, createPrivateKey: createPrivateKey, createPublicKey: createPublicKey, sign: sign} = __webpack_require__(7598);
    const {promises: promises} = __webpack_require__(3024);
    const {homedir: homedir} = __webpack_require__(8161);
    const {dirname: dirname, join: join} = __webpack_require__(6760);
    class LoginCredentialsFetcher {
      profileData;
      init;
      callerClientConfig;
      static REFRESH_THRESHOLD=5 * 60 * 1e3;
      constructor(profileData, init, callerClientConfig) {
        this.profileData = profileData;
        this.init = init;
        this.callerClientConfig = callerClientConfig;
      }
      async loadCredentials() {
        const token = await this.loadToken();
        if (!token) throw new CredentialsProviderError(`Failed to load a token for session ${this.loginSession}, please re-authenticate using aws login`, {
          tryNextLink: false,
          logger: this.logger
        });
        const accessToken = token.accessToken;
        const now = Date.now();
        const expiryTime = new Date(accessToken.expiresAt).getTime();
        const timeUntilExpiry = expiryTime - now;
        if (timeUntilExpiry <= LoginCredentialsFetcher.REFRESH_THRESHOLD) return this.refresh(token);
        return this.toCredentials(token.accessToken);
      }
      get logger() {
        return this.init?.logger;
      }
      get loginSession() {
        return this.profileData.login_session;
      }
      toCredentials(token) {
        return {
          accessKeyId: token.accessKeyId,
          secretAccessKey: token.secretAccessKey,
          sessionToken: token.sessionToken,
          accountId: token.accountId,
          expiration: new Date(token.expiresAt)
        };
      }
      async refresh(token) {
        const diskToken = await this.loadToken().catch(() => token);
        const now = Date.now();
        const diskExpiry = new Date(diskToken.accessToken.expiresAt).getTime();
        const tokenExpiry = new Date(token.accessToken.expiresAt).getTime();
        const freshToken = diskExpiry <= now && tokenExpiry > now ? token : diskToken;
        const freshExpiry = new Date(freshToken.accessToken.expiresAt).getTime();
        if (freshExpiry - Date.now() > LoginCredentialsFetcher.REFRESH_THRESHOLD) return this.toCredentials(freshToken.accessToken);
        const {SigninClient: SigninClient, CreateOAuth2TokenCommand: CreateOAuth2TokenCommand} = __webpack_require__(9762);
        const {logger: logger, userAgentAppId: userAgentAppId} = this.callerClientConfig ?? {};
        const requestHandler = (requestHandler => requestHandler?.metadata?.handlerProtocol === "h2")(this.callerClientConfig?.requestHandler) ? void 0 : this.callerClientConfig?.requestHandler;
        const signInRegion = typeof freshToken.signInRegion === "string" && freshToken.signInRegion.length > 0 ? freshToken.signInRegion : void 0;
        const region = signInRegion ?? this.profileData.region ?? await (this.callerClientConfig?.region?.()) ?? process.env.AWS_REGION;
        const client = new SigninClient({
          credentials: {
            accessKeyId: "",
            secretAccessKey: ""
          },
          region: region,
          requestHandler: requestHandler,
          logger: logger,
          userAgentAppId: userAgentAppId,
          ...this.init?.clientConfig,
          ...signInRegion && {
            region: signInRegion
          }
        });
        this.createDPoPInterceptor(client.middlewareStack);
        const commandInput = {
          tokenInput: {
            clientId: freshToken.clientId,
            refreshToken: freshToken.refreshToken,
            grantType: "refresh_token"
          }
        };
        try {
          const response = await client.send(new CreateOAuth2TokenCommand(commandInput));
          const {accessKeyId: accessKeyId, secretAccessKey: secretAccessKey, sessionToken: sessionToken} = response.tokenOutput?.accessToken ?? {};
          const {refreshToken: refreshToken, expiresIn: expiresIn} = response.tokenOutput ?? {};
          if (!accessKeyId || !secretAccessKey || !sessionToken || !refreshToken) throw new CredentialsProviderError("Token refresh response missing required fields", {
            logger: this.logger,
            tryNextLink: false
          });
          const expiresInMs = (expiresIn ?? 900) * 1e3;
          const expiration = new Date(Date.now() + expiresInMs);
          const updatedToken = {
            ...freshToken,
            accessToken: {
              ...freshToken.accessToken,
              accessKeyId: accessKeyId,
              secretAccessKey: secretAccessKey,
              sessionToken: sessionToken,
              expiresAt: expiration.toISOString()
            },
            refreshToken: refreshToken
          };
          await this.saveToken(updatedToken);
          return this.toCredentials(updatedToken.accessToken);
        } catch (error) {
          if (error.name === "AccessDeniedException") {
            const errorType = error.error;
            let message;
            switch (errorType) {
             case "TOKEN_EXPIRED":
              message = "Your session has expired. Please reauthenticate.";
              break;

             case "USER_CREDENTIALS_CHANGED":
              message = "Unable to refresh credentials because of a change in your password. Please reauthenticate with your new password.";
              break;

             case "INSUFFICIENT_PERMISSIONS":
              message = "Unable to refresh credentials due to insufficient permissions. You may be missing permission for the 'CreateOAuth2Token' action.";
              break;

             default:
              message = `Failed to refresh token: ${String(error)}. Please re-authenticate using \`aws login\``;
            }
            throw new CredentialsProviderError(message, {
              logger: this.logger,
              tryNextLink: false
            });
          }
          const tokenExpiry = new Date(freshToken.accessToken.expiresAt).getTime();
          if (tokenExpiry > Date.now()) {
            this.logger?.warn?.(`Failed to refresh token: ${String(error)}. Using existing token until expiry.`);
            return this.toCredentials(freshToken.accessToken);
          }
          throw new CredentialsProviderError(`Failed to refresh token: ${String(error)}. Please re-authenticate using aws login`, {
            logger: this.logger
          });
        }
      }
      async loadToken() {
        const tokenFilePath = this.getTokenFilePath();
        try {
          const tokenData = await promises.readFile(tokenFilePath, "utf8");
          const token = JSON.parse(tokenData);
          const missingFields = [ "accessToken", "clientId", "refreshToken", "dpopKey" ].filter(k => !token[k]);
          if (!token.accessToken?.accountId) missingFields.push("accountId");
          if (missingFields.length > 0) throw new CredentialsProviderError(`Token validation failed, missing fields: ${missingFields.join(", ")}`, {
            logger: this.logger,
            tryNextLink: false
          });
          return token;
        } catch (error) {
          throw new CredentialsProviderError(`Failed to load token from ${tokenFilePath}: ${String(error)}`, {
            logger: this.logger,
            tryNextLink: false
          });
        }
      }
      async saveToken(token) {
        const tokenFilePath = this.getTokenFilePath();
        const directory = dirname(tokenFilePath);
        try {
          await promises.mkdir(directory, {
            recursive: true
          });
        } catch (error) {}
        await promises.writeFile(tokenFilePath, JSON.stringify(token, null, 2), "utf8");
      }
      getTokenFilePath() {
        const directory = process.env.AWS_LOGIN_CACHE_DIRECTORY ?? join(homedir(), ".aws", "login", "cache");
        const loginSessionBytes = Buffer.from(this.loginSession, "utf8");
        const loginSessionSha256 = createHash("sha256").update(loginSessionBytes).digest("hex");
        return join(directory, `${loginSessionSha256}.json`);
      }
      derToRawSignature(derSignature) {
        let offset = 2;
        if (derSignature[offset] !== 2) throw new Error("Invalid DER signature");
        offset++;
        const rLength = derSignature[offset++];
        let r = derSignature.subarray(offset, offset + rLength);
        offset += rLength;
        if (derSignature[offset] !== 2) throw new Error("Invalid DER signature");
        offset++;
        const sLength = derSignature[offset++];
        let s = derSignature.subarray(offset, offset + sLength);
        r = r[0] === 0 ? r.subarray(1) : r;
        s = s[0] === 0 ? s.subarray(1) : s;
        const rPadded = Buffer.concat([ Buffer.alloc(32 - r.length), r ]);
        const sPadded = Buffer.concat([ Buffer.alloc(32 - s.length), s ]);
        return Buffer.concat([ rPadded, sPadded ]);
      }
      createDPoPInterceptor(middlewareStack) {
        middlewareStack.add(next => async args => {
          if (HttpRequest.isInstance(args.request)) {
            const request = args.request;
            const actualEndpoint = `${request.protocol}//${request.hostname}${request.port ? `:${request.port}` : ""}${request.path}`;
            const dpop = await this.generateDpop(request.method, actualEndpoint);
            request.headers = {
              ...request.headers,
              DPoP: dpop
            };
          }
          return next(args);
        }, {
          step: "finalizeRequest",
          name: "dpopInterceptor",
          override: true
        });
      }
      async generateDpop(method = "POST", endpoint) {
        const token = await this.loadToken();
        try {
          const privateKey = createPrivateKey({
            key: token.dpopKey,
            format: "pem",
            type: "sec1"
          });
          const publicKey = createPublicKey(privateKey);
          const publicDer = publicKey.export({
            format: "der",
            type: "spki"
          });
          let pointStart = -1;
          for (let i = 0; i < publicDer.length; i++) if (publicDer[i] === 4) {
            pointStart = i;
            break;
          }
          const x = publicDer.slice(pointStart + 1, pointStart + 33);
          const y = publicDer.slice(pointStart + 33, pointStart + 65);
          const header = {
            alg: "ES256",
            typ: "dpop+jwt",
            jwk: {
              kty: "EC",
              crv: "P-256",
              x: x.toString("base64url"),
              y: y.toString("base64url")
            }
          };
          const payload = {
            jti: crypto.randomUUID(),
            htm: method,
            htu: endpoint,
            iat: Math.floor(Date.now() / 1e3)
          };
          const headerB64 = Buffer.from(JSON.stringify(header)).toString("base64url");
          const payloadB64 = Buffer.from(JSON.stringify(payload)).toString("base64url");
          const message = `${headerB64}.${payloadB64}`;
          const asn1Signature = sign("sha256", Buffer.from(message), privateKey);
          const rawSignature = this.derToRawSignature(asn1Signature);
          const signatureB64 = rawSignature.toString("base64url");
          return `${message}.${signatureB64}`;
        } catch (error) {
          throw new CredentialsProviderError(`Failed to generate Dpop proof: ${error instanceof Error ? error.message : String(error)}`, {
            logger: this.logger,
            tryNextLink: false
          });
        }
      }
    }
    exports.fromLoginCredentials = init => async ({callerClientConfig: callerClientConfig} = {}) => {
      init?.logger?.debug?.("@aws-sdk/credential-providers - fromLoginCredentials");
      const profiles = await parseKnownFiles(init || {});
      const profileName = getProfileName({
        profile: init?.profile ?? callerClientConfig?.profile
      });
      const profile = profiles[profileName];
      if (!profile?.login_session) throw new CredentialsProviderError(`Profile ${profileName} does not contain login_session.`, {
        tryNextLink: true,
        logger: init?.logger
      });
      const fetcher = new LoginCredentialsFetcher(profile, init, callerClientConfig);
      const credentials = await fetcher.loadCredentials();
      return setCredentialFeature(credentials, "CREDENTIALS_LOGIN", "AD");
    };
  },
  5861: (__unused_webpack_module, exports, __webpack_require__) => {
    const {ENV_KEY: ENV_KEY, ENV_SECRET: ENV_SECRET, fromEnv: fromEnv} = __webpack_require__(5606);
    const {chain: chain, CredentialsProviderError: CredentialsProviderError, ENV_PROFILE: ENV_PROFILE} = __webpack_require__(7291);
    const ENV_IMDS_DISABLED = "AWS_EC2_METADATA_DISABLED";
    const remoteProvider = async init => {
      const {ENV_CMDS_FULL_URI: ENV_CMDS_FULL_URI, ENV_CMDS_RELATIVE_URI: ENV_CMDS_RELATIVE_URI, fromContainerMetadata: fromContainerMetadata, fromInstanceMetadata: fromInstanceMetadata} = __webpack_require__(566);
      if (process.env[ENV_CMDS_RELATIVE_URI] || process.env[ENV_CMDS_FULL_URI]) {
        init.logger?.debug("@aws-sdk/credential-provider-node - remoteProvider::fromHttp/fromContainerMetadata");
        const {fromHttp: fromHttp} = __webpack_require__(8605);
        return chain(fromHttp(init), fromContainerMetadata(init));
      }
      if (process.env[ENV_IMDS_DISABLED] && process.env[ENV_IMDS_DISABLED] !== "false") return async () => {
        throw new CredentialsProviderError("EC2 Instance Metadata Service access disabled", {
          logger: init.logger
        });
      };
      init.logger?.debug("@aws-sdk/credential-provider-node - remoteProvider::fromInstanceMetadata");
      return fromInstanceMetadata(init);
    };
    function memoizeChain(providers, treatAsExpired) {
      const chain = internalCreateChain(providers);
      let activeLock;
      let passiveLock;
      let credentials;
      let forceRefreshLock;
      const provider = async options => {
        if (options?.forceRefresh) {
          if (!forceRefreshLock) forceRefreshLock = chain(options).then(c => {
            credentials = c;
          }).finally(() => {
            forceRefreshLock = void 0;
          });
          await forceRefreshLock;
          return credentials;
        }
        if (credentials?.expiration) if (credentials?.expiration?.getTime() < Date.now()) credentials = void 0;
        if (activeLock) await activeLock; else if (!credentials || treatAsExpired?.(credentials)) if (credentials) {
          if (!passiveLock) passiveLock = chain(options).then(c => {
            credentials = c;
          }).catch(() => {}).finally(() => {
            passiveLock = void 0;
          });
        } else {
          activeLock = chain(options).then(c => {
            credentials = c;
          }).finally(() => {
            activeLock = void 0;
          });
          return provider(options);
        }
        return credentials;
      };
      return provider;
    }
    const internalCreateChain = providers => async awsIdentityProperties => {
      let lastProviderError;
      for (const provider of providers) try {
        return await provider(awsIdentityProperties);
      } catch (err) {
        lastProviderError = err;
        if (err?.tryNextLink) continue;
        throw err;
      }
      throw lastProviderError;
    };
    let multipleCredentialSourceWarningEmitted = false;
    const credentialsTreatedAsExpired = credentials => credentials?.expiration !== void 0 && credentials.expiration.getTime() - Date.now() < 3e5;
    exports.v6 = (init = {}) => memoizeChain([ async () => {
      const profile = init.profile ?? process.env[ENV_PROFILE];
      if (profile) {
        const envStaticCredentialsAreSet = process.env[ENV_KEY] && process.env[ENV_SECRET];
        if (envStaticCredentialsAreSet) if (!multipleCredentialSourceWarningEmitted) {
          const warnFn = init.logger?.warn && init.logger?.constructor?.name !== "NoOpLogger" ? init.logger.warn.bind(init.logger) : console.warn;
          warnFn(`@aws-sdk/credential-provider-node - defaultProvider::fromEnv WARNING:\n    Multiple credential sources detected: \n    Both AWS_PROFILE and the pair AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY static credentials are set.\n    This SDK will proceed with the AWS_PROFILE value.\n    \n    However, a future version may change this behavior to prefer the ENV static credentials.\n    Please ensure that your environment only sets either the AWS_PROFILE or the\n    AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY pair.\n`);
          multipleCredentialSourceWarningEmitted = true;
        }
        throw new CredentialsProviderError("AWS_PROFILE is set, skipping fromEnv provider.", {
          logger: init.logger,
          tryNextLink: true
        });
      }
      init.logger?.debug("@aws-sdk/credential-provider-node - defaultProvider::fromEnv");
      return fromEnv(init)();
    }, async awsIdentityProperties => {
      init.logger?.debug("@aws-sdk/credential-provider-node - defaultProvider::fromSSO");
      const {ssoStartUrl: ssoStartUrl, ssoAccountId: ssoAccountId, ssoRegion: ssoRegion, ssoRoleName: ssoRoleName, ssoSession: ssoSession} = init;
      if (!ssoStartUrl && !ssoAccountId && !ssoRegion && !ssoRoleName && !ssoSession) throw new CredentialsProviderError("Skipping SSO provider in default chain (inputs do not include SSO fields).", {
        logger: init.logger
      });
      const {fromSSO: fromSSO} = __webpack_require__(998);
      return fromSSO(init)(awsIdentityProperties);
    }, async awsIdentityProperties => {
      init.logger?.debug("@aws-sdk/credential-provider-node - defaultProvider::fromIni");
      const {fromIni: fromIni} = __webpack_require__(5869);
      return fromIni(init)(awsIdentityProperties);
    }, async awsIdentityProperties => {
      init.logger?.debug("@aws-sdk/credential-provider-node - defaultProvider::fromProcess");
      const {fromProcess: fromProcess} = __webpack_require__(5360);
      return fromProcess(init)(awsIdentityProperties);
    }, async awsIdentityProperties => {
      init.logger?.debug("@aws-sdk/credential-provider-node - defaultProvider::fromTokenFile");
      const {fromTokenFile: fromTokenFile} = __webpack_require__(9956);
      return fromTokenFile(init)(awsIdentityProperties);
    }, async () => {
      init.logger?.debug("@aws-sdk/credential-provider-node - defaultProvider::remoteProvider");
      return (await remoteProvider(init))();
    }, async () => {
      throw new CredentialsProviderError("Could not load credentials from any providers", {
        tryNextLink: false,
        logger: init.logger
      });
    } ], credentialsTreatedAsExpired);
  },
  5360: (__unused_webpack_module, exports, __webpack_require__) => {
    const {externalDataInterceptor: externalDataInterceptor, CredentialsProviderError: CredentialsProviderError, parseKnownFiles: parseKnownFiles, getProfileName: getProfileName} = __webpack_require__(7291);
    const {exec: exec} = __webpack_require__(1421);
    const {promisify: promisify} = __webpack_require__(7975);
    const {setCredentialFeature: setCredentialFeature} = __webpack_require__(5152);
    const getValidatedProcessCredentials = (profileName, data, profiles) => {
      if (data.Version !== 1) throw Error(`Profile ${profileName} credential_process did not return Version 1.`);
      if (data.AccessKeyId === void 0 || data.SecretAccessKey === void 0) throw Error(`Profile ${profileName} credential_process returned invalid credentials.`);
      if (data.Expiration) {
        const currentTime = new Date;
        const expireTime = new Date(data.Expiration);
        if (expireTime < currentTime) throw Error(`Profile ${profileName} credential_process returned expired credentials.`);
      }
      let accountId = data.AccountId;
      if (!accountId && profiles?.[profileName]?.aws_account_id) accountId = profiles[profileName].aws_account_id;
      const credentials = {
        accessKeyId: data.AccessKeyId,
        secretAccessKey: data.SecretAccessKey,
        ...data.SessionToken && {
          sessionToken: data.SessionToken
        },
        ...data.Expiration && {
          expiration: new Date(data.Expiration)
        },
        ...data.CredentialScope && {
          credentialScope: data.CredentialScope
        },
        ...accountId && {
          accountId: accountId
        }
      };
      setCredentialFeature(credentials, "CREDENTIALS_PROCESS", "w");
      return credentials;
    };
    const resolveProcessCredentials = async (profileName, profiles, logger) => {
      const profile = profiles[profileName];
      if (profiles[profileName]) {
        const credentialProcess = profile["credential_process"];
        if (credentialProcess !== void 0) {
          const execPromise = promisify(externalDataInterceptor?.getTokenRecord?.().exec ?? exec);
          try {
            const {stdout: stdout} = await execPromise(credentialProcess);
            let data;
            try {
              data = JSON.parse(stdout.trim());
            } catch {
              throw Error(`Profile ${profileName} credential_process returned invalid JSON.`);
            }
            return getValidatedProcessCredentials(profileName, data, profiles);
          } catch (error) {
            throw new CredentialsProviderError(error.message, {
              logger: logger
            });
          }
        } else throw new CredentialsProviderError(`Profile ${profileName} did not contain credential_process.`, {
          logger: logger
        });
      } else throw new CredentialsProviderError(`Profile ${profileName} could not be found in shared credentials file.`, {
        logger: logger
      });
    };
    exports.fromProcess = (init = {}) => async ({callerClientConfig: callerClientConfig} = {}) => {
      init.logger?.debug("@aws-sdk/credential-provider-process - fromProcess");
      const profiles = await parseKnownFiles(init);
      return resolveProcessCredentials(getProfileName({
        profile: init.profile ?? callerClientConfig?.profile
      }), profiles, init.logger);
    };
  },
  998: (__unused_webpack_module, exports, __webpack_require__) => {
    const {CredentialsProviderError: CredentialsProviderError, getSSOTokenFromFile: getSSOTokenFromFile, getProfileName: getProfileName, parseKnownFiles: parseKnownFiles, loadSsoSessionData: loadSsoSessionData} = __webpack_require__(7291);
    const {setCredentialFeature: setCredentialFeature} = __webpack_require__(5152);
    const {fromSso: fromSso} = __webpack_require__(5433);
    const isSsoProfile = arg => arg && (typeof arg.sso_start_url === "string" || typeof arg.sso_account_id === "string" || typeof arg.sso_session === "string" || typeof arg.sso_region === "string" || typeof arg.sso_role_name === "string");
    const SHOULD_FAIL_CREDENTIAL_CHAIN = false;
    const resolveSSOCredentials = async ({ssoStartUrl: ssoStartUrl, ssoSession: ssoSession, ssoAccountId: ssoAccountId, ssoRegion: ssoRegion, ssoRoleName: ssoRoleName, ssoClient: ssoClient, clientConfig: clientConfig, parentClientConfig: parentClientConfig, callerClientConfig: callerClientConfig, profile: profile, filepath: filepath, configFilepath: configFilepath, ignoreCache: ignoreCache, logger: logger}) => {
      let token;
      const refreshMessage = `To refresh this SSO session run aws sso login with the corresponding profile.`;
      if (ssoSession) try {
        const _token = await fromSso({
          profile: profile,
          filepath: filepath,
          configFilepath: configFilepath,
          ignoreCache: ignoreCache,
          clientConfig: clientConfig,
          parentClientConfig: parentClientConfig,
          logger: logger
        })({
          callerClientConfig: callerClientConfig
        });
        token = {
          accessToken: _token.token,
          expiresAt: new Date(_token.expiration).toISOString()
        };
      } catch (e) {
        throw new CredentialsProviderError(e.message, {
          tryNextLink: SHOULD_FAIL_CREDENTIAL_CHAIN,
          logger: logger
        });
      } else try {
        token = await getSSOTokenFromFile(ssoStartUrl);
      } catch (e) {
        throw new CredentialsProviderError(`The SSO session associated with this profile is invalid. ${refreshMessage}`, {
          tryNextLink: SHOULD_FAIL_CREDENTIAL_CHAIN,
          logger: logger
        });
      }
      if (new Date(token.expiresAt).getTime() - Date.now() <= 0) throw new CredentialsProviderError(`The SSO session associated with this profile has expired. ${refreshMessage}`, {
        tryNextLink: SHOULD_FAIL_CREDENTIAL_CHAIN,
        logger: logger
      });
      const {accessToken: accessToken} = token;
      const {SSOClient: SSOClient, GetRoleCredentialsCommand: GetRoleCredentialsCommand} = __webpack_require__(3707);
      const sso = ssoClient || new SSOClient(Object.assign({}, clientConfig ?? {}, {
        logger: clientConfig?.logger ?? callerClientConfig?.logger ?? parentClientConfig?.logger,
        region: clientConfig?.region ?? ssoRegion,
        userAgentAppId: clientConfig?.userAgentAppId ?? callerClientConfig?.userAgentAppId ?? parentClientConfig?.userAgentAppId
      }));
      let ssoResp;
      try {
        ssoResp = await sso.send(new GetRoleCredentialsCommand({
          accountId: ssoAccountId,
          roleName: ssoRoleName,
          accessToken: accessToken
        }));
      } catch (e) {
        throw new CredentialsProviderError(e, {
          tryNextLink: SHOULD_FAIL_CREDENTIAL_CHAIN,
          logger: logger
        });
      }
      const {roleCredentials: {accessKeyId: accessKeyId, secretAccessKey: secretAccessKey, sessionToken: sessionToken, expiration: expiration, credentialScope: credentialScope, accountId: accountId} = {}} = ssoResp;
      if (!accessKeyId || !secretAccessKey || !sessionToken || !expiration) throw new CredentialsProviderError("SSO returns an invalid temporary credential.", {
        tryNextLink: SHOULD_FAIL_CREDENTIAL_CHAIN,
        logger: logger
      });
      const credentials = {
        accessKeyId: accessKeyId,
        secretAccessKey: secretAccessKey,
        sessionToken: sessionToken,
        expiration: new Date(expiration),
        ...credentialScope && {
          credentialScope: credentialScope
        },
        ...accountId && {
          accountId: accountId
        }
      };
      if (ssoSession) setCredentialFeature(credentials, "CREDENTIALS_SSO", "s"); else setCredentialFeature(credentials, "CREDENTIALS_SSO_LEGACY", "u");
      return credentials;
    };
    const validateSsoProfile = (profile, logger) => {
      const {sso_start_url: sso_start_url, sso_account_id: sso_account_id, sso_region: sso_region, sso_role_name: sso_role_name} = profile;
      if (!sso_start_url || !sso_account_id || !sso_region || !sso_role_name) throw new CredentialsProviderError(`Profile is configured with invalid SSO credentials. Required parameters "sso_account_id", ` + `"sso_region", "sso_role_name", "sso_start_url". Got ${Object.keys(profile).join(", ")}\nReference: https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-sso.html`, {
        tryNextLink: false,
        logger: logger
      });
      return profile;
    };
    exports.fromSSO = (init = {}) => async ({callerClientConfig: callerClientConfig} = {}) => {
      init.logger?.debug("@aws-sdk/credential-provider-sso - fromSSO");
      const {ssoStartUrl: ssoStartUrl, ssoAccountId: ssoAccountId, ssoRegion: ssoRegion, ssoRoleName: ssoRoleName, ssoSession: ssoSession} = init;
      const {ssoClient: ssoClient} = init;
      const profileName = getProfileName({
        profile: init.profile ?? callerClientConfig?.profile
      });
      if (!ssoStartUrl && !ssoAccountId && !ssoRegion && !ssoRoleName && !ssoSession) {
        const profiles = await parseKnownFiles(init);
        const profile = profiles[profileName];
        if (!profile) throw new CredentialsProviderError(`Profile ${profileName} was not found.`, {
          logger: init.logger
        });
        if (!isSsoProfile(profile)) throw new CredentialsProviderError(`Profile ${profileName} is not configured with SSO credentials.`, {
          logger: init.logger
        });
        if (profile?.sso_session) {
          const ssoSessions = await loadSsoSessionData(init);
          const session = ssoSessions[profile.sso_session];
          const conflictMsg = ` configurations in profile ${profileName} and sso-session ${profile.sso_session}`;
          if (ssoRegion && ssoRegion !== session.sso_region) throw new CredentialsProviderError(`Conflicting SSO region` + conflictMsg, {
            tryNextLink: false,
            logger: init.logger
          });
          if (ssoStartUrl && ssoStartUrl !== session.sso_start_url) throw new CredentialsProviderError(`Conflicting SSO start_url` + conflictMsg, {
            tryNextLink: false,
            logger: init.logger
          });
          profile.sso_region = session.sso_region;
          profile.sso_start_url = session.sso_start_url;
        }
        const {sso_start_url: sso_start_url, sso_account_id: sso_account_id, sso_region: sso_region, sso_role_name: sso_role_name, sso_session: sso_session} = validateSsoProfile(profile, init.logger);
        return resolveSSOCredentials({
          ssoStartUrl: sso_start_url,
          ssoSession: sso_session,
          ssoAccountId: sso_account_id,
          ssoRegion: sso_region,
          ssoRoleName: sso_role_name,
          ssoClient: ssoClient,
          clientConfig: init.clientConfig,
          parentClientConfig: init.parentClientConfig,
          callerClientConfig: init.callerClientConfig,
          profile: profileName,
          filepath: init.filepath,
          configFilepath: init.configFilepath,
          ignoreCache: init.ignoreCache,
          logger: init.logger
        });
      } else if (!ssoStartUrl || !ssoAccountId || !ssoRegion || !ssoRoleName) throw new CredentialsProviderError("Incomplete configuration. The fromSSO() argument hash must include " + '"ssoStartUrl", "ssoAccountId", "ssoRegion", "ssoRoleName"', {
        tryNextLink: false,
        logger: init.logger
      }); else return resolveSSOCredentials({
        ssoStartUrl: ssoStartUrl,
        ssoSession: ssoSession,
        ssoAccountId: ssoAccountId,
        ssoRegion: ssoRegion,
        ssoRoleName: ssoRoleName,
        ssoClient: ssoClient,
        clientConfig: init.clientConfig,
        parentClientConfig: init.parentClientConfig,
        callerClientConfig: init.callerClientConfig,
        profile: profileName,
        filepath: init.filepath,
        configFilepath: init.configFilepath,
        ignoreCache: init.ignoreCache,
        logger: init.logger
      });
    };
    exports.isSsoProfile = isSsoProfile;
    exports.validateSsoProfile = validateSsoProfile;
  },
  3707: (__unused_webpack_module, exports, __webpack_require__) => {
    const {GetRoleCredentialsCommand: GetRoleCredentialsCommand, SSOClient: SSOClient} = __webpack_require__(2579);
    exports.GetRoleCredentialsCommand = GetRoleCredentialsCommand;
    exports.SSOClient = SSOClient;
  },
  9956: (__unused_webpack_module, exports, __webpack_require__) => {
    const {setCredentialFeature: setCredentialFeature} = __webpack_require__(5152);
    const {CredentialsProviderError: CredentialsProviderError, externalDataInterceptor: externalDataInterceptor} = __webpack_require__(7291);
    const {readFileSync: readFileSync} = __webpack_require__(3024);
    const fromWebToken = init => async awsIdentityProperties => {
      init.logger?.debug("@aws-sdk/credential-provider-web-identity - fromWebToken");
      const {roleArn: roleArn, roleSessionName: roleSessionName, webIdentityToken: webIdentityToken, providerId: providerId, policyArns: policyArns, policy: policy, durationSeconds: durationSeconds} = init;
      let {roleAssumerWithWebIdentity: roleAssumerWithWebIdentity} = init;
      if (!roleAssumerWithWebIdentity) {
        const {getDefaultRoleAssumerWithWebIdentity: getDefaultRoleAssumerWithWebIdentity} = __webpack_require__(1136);
        roleAssumerWithWebIdentity = getDefaultRoleAssumerWithWebIdentity({
          ...init.clientConfig,
          credentialProviderLogger: init.logger,
          parentClientConfig: {
            ...awsIdentityProperties?.callerClientConfig,
            ...init.parentClientConfig
          }
        }, init.clientPlugins);
      }
      return roleAssumerWithWebIdentity({
        RoleArn: roleArn,
        RoleSessionName: roleSessionName ?? `aws-sdk-js-session-${Date.now()}`,
        WebIdentityToken: webIdentityToken,
        ProviderId: providerId,
        PolicyArns: policyArns,
        Policy: policy,
        DurationSeconds: durationSeconds
      });
    };
    const ENV_TOKEN_FILE = "AWS_WEB_IDENTITY_TOKEN_FILE";
    const ENV_ROLE_ARN = "AWS_ROLE_ARN";
    const ENV_ROLE_SESSION_NAME = "AWS_ROLE_SESSION_NAME";
    exports.fromTokenFile = (init = {}) => async awsIdentityProperties => {
      init.logger?.debug("@aws-sdk/credential-provider-web-identity - fromTokenFile");
      const webIdentityTokenFile = init?.webIdentityTokenFile ?? process.env[ENV_TOKEN_FILE];
      const roleArn = init?.roleArn ?? process.env[ENV_ROLE_ARN];
      const roleSessionName = init?.roleSessionName ?? process.env[ENV_ROLE_SESSION_NAME];
      if (!webIdentityTokenFile || !roleArn) throw new CredentialsProviderError("Web identity configuration not specified", {
        logger: init.logger
      });
      const credentials = await fromWebToken({
        ...init,
        webIdentityToken: externalDataInterceptor?.getTokenRecord?.()[webIdentityTokenFile] ?? readFileSync(webIdentityTokenFile, {
          encoding: "ascii"
        }),
        roleArn: roleArn,
        roleSessionName: roleSessionName
      })(awsIdentityProperties);
      if (webIdentityTokenFile === process.env[ENV_TOKEN_FILE]) setCredentialFeature(credentials, "CREDENTIALS_ENV_VARS_STS_WEB_ID_TOKEN", "h");
      return credentials;
    };
    exports.fromWebToken = fromWebToken;
  },
  9762: (__unused_webpack_module, exports, __webpack_require__) => {
    const {awsEndpointFunctions: awsEndpointFunctions, emitWarningIfUnsupportedVersion: emitWarningIfUnsupportedVersion$1, createDefaultUserAgentProvider: createDefaultUserAgentProvider, getDefaultSocketTimeout: getDefaultSocketTimeout, NODE_APP_ID_CONFIG_OPTIONS: NODE_APP_ID_CONFIG_OPTIONS, getAwsRegionExtensionConfiguration: getAwsRegionExtensionConfiguration, resolveAwsRegionExtensionConfiguration: resolveAwsRegionExtensionConfiguration, resolveUserAgentConfig: resolveUserAgentConfig, resolveHostHeaderConfig: resolveHostHeaderConfig, getUserAgentPlugin: getUserAgentPlugin, getHostHeaderPlugin: getHostHeaderPlugin, getLoggerPlugin: getLoggerPlugin, getRecursionDetectionPlugin: getRecursionDetectionPlugin} = __webpack_require__(5152);
    const {NoAuthSigner: NoAuthSigner, getHttpAuthSchemeEndpointRuleSetPlugin: getHttpAuthSchemeEndpointRuleSetPlugin, DefaultIdentityProviderConfig: DefaultIdentityProviderConfig, getHttpSigningPlugin: getHttpSigningPlugin} = __webpack_require__(402);
    const {normalizeProvider: normalizeProvider, getSmithyContext: getSmithyContext, ServiceException: ServiceException, NoOpLogger: NoOpLogger, emitWarningIfUnsupportedVersion: emitWarningIfUnsupportedVersion, loadConfigsForDefaultMode: loadConfigsForDefaultMode, getDefaultExtensionConfiguration: getDefaultExtensionConfiguration, resolveDefaultRuntimeConfig: resolveDefaultRuntimeConfig, Client: Client, makeBuilder: makeBuilder, createAggregatedClient: createAggregatedClient} = __webpack_require__(2658);
    const {Command: $Command} = __webpack_require__(2658);
    exports.$Command = $Command;
    exports.__Client = Client;
    const {resolveDefaultsModeConfig: resolveDefaultsModeConfig, loadConfig: loadConfig, NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS: NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS, NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS: NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS, NODE_REGION_CONFIG_OPTIONS: NODE_REGION_CONFIG_OPTIONS, NODE_REGION_CONFIG_FILE_OPTIONS: NODE_REGION_CONFIG_FILE_OPTIONS, resolveRegionConfig: resolveRegionConfig} = __webpack_require__(7291);
    const {BinaryDecisionDiagram: BinaryDecisionDiagram, EndpointCache: EndpointCache, decideEndpoint: decideEndpoint, customEndpointFunctions: customEndpointFunctions, resolveEndpointConfig: resolveEndpointConfig, getEndpointPlugin: getEndpointPlugin} = __webpack_require__(2085);
    const {parseUrl: parseUrl, getHttpHandlerExtensionConfiguration: getHttpHandlerExtensionConfiguration, resolveHttpHandlerRuntimeConfig: resolveHttpHandlerRuntimeConfig, getContentLengthPlugin: getContentLengthPlugin} = __webpack_require__(3422);
    const {DEFAULT_RETRY_MODE: DEFAULT_RETRY_MODE, NODE_RETRY_MODE_CONFIG_OPTIONS: NODE_RETRY_MODE_CONFIG_OPTIONS, NODE_MAX_ATTEMPT_CONFIG_OPTIONS: NODE_MAX_ATTEMPT_CONFIG_OPTIONS, resolveRetryConfig: resolveRetryConfig, getRetryPlugin: getRetryPlugin} = __webpack_require__(3609);
    const {TypeRegistry: TypeRegistry, getSchemaSerdePlugin: getSchemaSerdePlugin} = __webpack_require__(6890);
    const {resolveAwsSdkSigV4Config: resolveAwsSdkSigV4Config, AwsSdkSigV4Signer: AwsSdkSigV4Signer, NODE_AUTH_SCHEME_PREFERENCE_OPTIONS: NODE_AUTH_SCHEME_PREFERENCE_OPTIONS} = __webpack_require__(7523);
    const {toUtf8: toUtf8, fromUtf8: fromUtf8, toBase64: toBase64, fromBase64: fromBase64, calculateBodyLength: calculateBodyLength} = __webpack_require__(2430);
    const {streamCollector: streamCollector, NodeHttpHandler: NodeHttpHandler} = __webpack_require__(1279);
    const {AwsRestJsonProtocol: AwsRestJsonProtocol} = __webpack_require__(7288);
    const {Sha256: Sha256} = __webpack_require__(9542);
    const defaultSigninHttpAuthSchemeParametersProvider = async (config, context, input) => ({
      operation: getSmithyContext(context).operation,
      region: await normalizeProvider(config.region)() || (() => {
        throw new Error("expected `region` to be configured for `aws.auth#sigv4`");
      })()
    });
    function createAwsAuthSigv4HttpAuthOption(authParameters) {
      return {
        schemeId: "aws.auth#sigv4",
        signingProperties: {
          name: "signin",
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
    function createSmithyApiNoAuthHttpAuthOption(authParameters) {
      return {
        schemeId: "smithy.api#noAuth"
      };
    }
    const defaultSigninHttpAuthSchemeProvider = authParameters => {
      const options = [];
      switch (authParameters.operation) {
       case "CreateOAuth2Token":
        options.push(createSmithyApiNoAuthHttpAuthOption());
        break;

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
      defaultSigningName: "signin"
    });
    var packageInfo = {
      version: "3.998.2"
    };
    const s = "ref";
    const a = -1, b = false, c = true, d = "isSet", e = "booleanEquals", f = "coalesce", g = "PartitionResult", h = "stringEquals", i = "getAttr", j = "https://signin.{Region}.{PartitionResult#dualStackDnsSuffix}", k = {
      [s]: "Endpoint"
    }, l = {
      fn: i,
      argv: [ {
        [s]: g
      }, "name" ]
    }, m = {
      [s]: "Region"
    }, n = {
      [s]: g
    }, o = {
      authSchemes: [ {
        name: "sigv4",
        signingName: "signin",
        signingRegion: "{Region}"
      } ]
    }, p = {}, q = [ m ];
    const _data = {
      conditions: [ [ d, q ], [ e, [ {
        fn: f,
        argv: [ {
          [s]: "IsControlPlane"
        }, b ]
      }, c ] ], [ d, [ k ] ], [ "aws.partition", q, g ], [ e, [ {
        [s]: "UseFIPS"
      }, c ] ], [ h, [ l, "aws" ] ], [ e, [ {
        fn: f,
        argv: [ {
          [s]: "IsOAuthEndpoint"
        }, b ]
      }, c ] ], [ e, [ {
        [s]: "UseDualStack"
      }, c ] ], [ h, [ l, "aws-cn" ] ], [ h, [ m, "us-gov-west-1" ] ], [ h, [ l, "aws-us-gov" ] ], [ e, [ {
        fn: i,
        argv: [ n, "supportsFIPS" ]
      }, c ] ], [ h, [ l, "aws-iso" ] ], [ h, [ l, "aws-iso-b" ] ], [ h, [ l, "aws-iso-f" ] ], [ h, [ l, "aws-iso-e" ] ], [ h, [ l, "aws-eusc" ] ], [ e, [ {
        fn: i,
        argv: [ n, "supportsDualStack" ]
      }, c ] ] ],
      results: [ [ a ], [ "https://signin.{Region}.api.aws", o ], [ "https://signin.{Region}.api.amazonwebservices.com.cn", o ], [ j, o ], [ a, "FIPS endpoints are not supported for OAuth operations. Disable FIPS or use a non-OAuth operation." ], [ "https://{Region}.oauth.signin.aws", o ], [ "https://{Region}.signin.aws.amazon.com", p ], [ "https://{Region}.signin.amazonaws.cn", p ], [ "https://{Region}.signin.amazonaws-us-gov.com", p ], [ "https://{Region}.signin.c2shome.ic.gov", p ], [ "https://{Region}.signin.sc2shome.sgov.gov", p ], [ "https://{Region}.signin.csphome.hci.ic.gov", p ], [ "https://{Region}.signin.csphome.adc-e.uk", p ], [ "https://{Region}.signin.amazonaws-eusc.eu", p ], [ "https://signin-fips.amazonaws-us-gov.com", p ], [ "https://{Region}.signin-fips.amazonaws-us-gov.com", p ], [ "https://{Region}.signin.{PartitionResult#dnsSuffix}", p ], [ a, "Invalid Configuration: FIPS and custom endpoint are not supported" ], [ a, "Invalid Configuration: Dualstack and custom endpoint are not supported" ], [ k, p ], [ "https://signin-fips.{Region}.{PartitionResult#dualStackDnsSuffix}", p ], [ a, "FIPS and DualStack are enabled, but this partition does not support one or both" ], [ "https://signin-fips.{Region}.{PartitionResult#dnsSuffix}", p ], [ a, "FIPS is enabled but this partition does not support FIPS" ], [ j, p ], [ a, "DualStack is enabled but this partition does not support DualStack" ], [ "https://signin.{Region}.{PartitionResult#dnsSuffix}", p ], [ a, "Invalid Configuration: Missing Region" ] ]
    };
    const r = 1e8;
    const nodes = new Int32Array([ -1, 1, -1, 0, 6, 3, 2, 36, 4, 4, 5, r + 27, 6, r + 4, r + 27, 1, 29, 7, 2, 36, 8, 3, 9, 31, 4, 22, 10, 5, 19, 11, 7, 21, 12, 8, r + 7, 13, 10, r + 8, 14, 12, r + 9, 15, 13, r + 10, 16, 14, r + 11, 17, 15, r + 12, 18, 16, r + 13, r + 16, 6, r + 5, 20, 7, 21, r + 6, 17, r + 24, r + 25, 6, r + 4, 23, 7, 27, 24, 9, r + 14, 25, 10, r + 15, 26, 11, r + 22, r + 23, 11, 28, r + 21, 17, r + 20, r + 21, 2, 35, 30, 3, 39, 31, 4, 32, r + 27, 6, r + 4, 33, 7, r + 27, 34, 9, r + 14, r + 27, 3, 39, 36, 4, 38, 37, 7, r + 18, r + 19, 6, r + 4, r + 17, 5, r + 1, 40, 8, r + 2, r + 3 ]);
    const bdd = BinaryDecisionDiagram.from(nodes, 2, _data.conditions, _data.results);
    const cache = new EndpointCache({
      size: 50,
      params: [ "Endpoint", "IsControlPlane", "IsOAuthEndpoint", "Region", "UseDualStack", "UseFIPS" ]
    });
    const defaultEndpointResolver = (endpointParams, context = {}) => cache.get(endpointParams, () => decideEndpoint(bdd, {
      endpointParams: endpointParams,
      logger: context.logger
    }));
    customEndpointFunctions.aws = awsEndpointFunctions;
    class SigninServiceException extends ServiceException {
      static shapeId="smithy.ts.sdk.synthetic.com.amazonaws.signin#SigninServiceException";
      constructor(options) {
        super(options);
        Object.setPrototypeOf(this, SigninServiceException.prototype);
      }
    }
    class AccessDeniedException extends SigninServiceException {
      static shapeId="com.amazonaws.signin#AccessDeniedException";
      name="AccessDeniedException";
      $fault="client";
      error;
      constructor(opts) {
        super({
          name: "AccessDeniedException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, AccessDeniedException.prototype);
        this.error = opts.error;
      }
    }
    class InternalServerException extends SigninServiceException {
      static shapeId="com.amazonaws.signin#InternalServerException";
      name="InternalServerException";
      $fault="server";
      error;
      constructor(opts) {
        super({
          name: "InternalServerException",
          $fault: "server",
          ...opts
        });
        Object.setPrototypeOf(this, InternalServerException.prototype);
        this.error = opts.error;
      }
    }
    class TooManyRequestsError extends SigninServiceException {
      static shapeId="com.amazonaws.signin#TooManyRequestsError";
      name="TooManyRequestsError";
      $fault="client";
      error;
      constructor(opts) {
        super({
          name: "TooManyRequestsError",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, TooManyRequestsError.prototype);
        this.error = opts.error;
      }
    }
    class ValidationException extends SigninServiceException {
      static shapeId="com.amazonaws.signin#ValidationException";
      name="ValidationException";
      $fault="client";
      error;
      constructor(opts) {
        super({
          name: "ValidationException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, ValidationException.prototype);
        this.error = opts.error;
      }
    }
    const _aKI = "accessKeyId";
    const _aT = "accessToken";
    const _c = "client";
    const _cI = "clientId";
    const _cV = "codeVerifier";
    const _e = "error";
    const _eI = "expiresIn";
    const _gT = "grantType";
    const _h = "http";
    const _hE = "httpError";
    const _iT = "idToken";
    const _jN = "jsonName";
    const _m = "message";
    const _rT = "refreshToken";
    const _rU = "redirectUri";
    const _s = "smithy.ts.sdk.synthetic.com.amazonaws.signin";
    const _sAK = "secretAccessKey";
    const _sT = "sessionToken";
    const _tT = "tokenType";
    const n0 = "com.amazonaws.signin";
    const _s_registry = new TypeRegistry(_s);
    var SigninServiceException$ = [ -3, _s, "SigninServiceException", 0, [], [] ];
    _s_registry.registerError(SigninServiceException$, SigninServiceException);
    const n0_registry = new TypeRegistry(n0);
    var AccessDeniedException$ = [ -3, n0, "AccessDeniedException", {
      [_e]: _c
    }, [ _e, _m ], [ 0, 0 ], 2 ];
    n0_registry.registerError(AccessDeniedException$, AccessDeniedException);
    var InternalServerException$ = [ -3, n0, "InternalServerException", {
      [_e]: "server",
      [_hE]: 500
    }, [ _e, _m ], [ 0, 0 ], 2 ];
    n0_registry.registerError(InternalServerException$, InternalServerException);
    var TooManyRequestsError$ = [ -3, n0, "TooManyRequestsError", {
      [_e]: _c,
      [_hE]: 429
    }, [ _e, _m ], [ 0, 0 ], 2 ];
    n0_registry.registerError(TooManyRequestsError$, TooManyRequestsError);
    var ValidationException$ = [ -3, n0, "ValidationException", {
      [_e]: _c,
      [_hE]: 400
    }, [ _e, _m ], [ 0, 0 ], 2 ];
    n0_registry.registerError(ValidationException$, ValidationException);
    const errorTypeRegistries = [ _s_registry, n0_registry ];
    var OAuthAccessToken = [ 0, n0, "OAuthAccessToken", 8, 0 ];
    var RefreshToken = [ 0, n0, "RefreshToken", 8, 0 ];
    var AccessToken$ = [ 3, n0, "AccessToken", 8, [ _aKI, _sAK, _sT ], [ [ 0, {
      [_jN]: _aKI
    } ], [ 0, {
      [_jN]: _sAK
    } ], [ 0, {
      [_jN]: _sT
    } ] ], 3 ];
    var CreateOAuth2TokenRequest$ = [ 3, n0, "CreateOAuth2TokenRequest", 0, [ "tokenInput" ], [ [ () => CreateOAuth2TokenRequestBody$, 16 ] ], 1 ];
    var CreateOAuth2TokenRequestBody$ = [ 3, n0, "CreateOAuth2TokenRequestBody", 0, [ _cI, _gT, "code", _rU, _cV, _rT ], [ [ 0, {
      [_jN]: _cI
    } ], [ 0, {
      [_jN]: _gT
    } ], 0, [ 0, {
      [_jN]: _rU
    } ], [ 0, {
      [_jN]: _cV
    } ], [ () => RefreshToken, {
      [_jN]: _rT
    } ] ], 2 ];
    var CreateOAuth2TokenResponse$ = [ 3, n0, "CreateOAuth2TokenResponse", 0, [ "tokenOutput" ], [ [ () => CreateOAuth2TokenResponseBody$, 16 ] ], 1 ];
    var CreateOAuth2TokenResponseBody$ = [ 3, n0, "CreateOAuth2TokenResponseBody", 0, [ _aT, _tT, _eI, _rT, _iT ], [ [ () => AccessToken$, {
      [_jN]: _aT
    } ], [ 0, {
      [_jN]: _tT
    } ], [ 1, {
      [_jN]: _eI
    } ], [ () => RefreshToken, {
      [_jN]: _rT
    } ], [ 0, {
      [_jN]: _iT
    } ] ], 4 ];
    var CreateOAuth2TokenWithIAMRequest$ = [ 3, n0, "CreateOAuth2TokenWithIAMRequest", 0, [ _gT, "resource" ], [ [ 0, {
      [_jN]: "grant_type"
    } ], 0 ], 2 ];
    var CreateOAuth2TokenWithIAMResponse$ = [ 3, n0, "CreateOAuth2TokenWithIAMResponse", 0, [ _aT, _tT, _eI ], [ [ () => OAuthAccessToken, {
      [_jN]: "access_token"
    } ], [ 0, {
      [_jN]: "token_type"
    } ], [ 1, {
      [_jN]: "expires_in"
    } ] ], 3 ];
    var CreateOAuth2Token$ = [ 9, n0, "CreateOAuth2Token", {
      [_h]: [ "POST", "/v1/token", 200 ]
    }, () => CreateOAuth2TokenRequest$, () => CreateOAuth2TokenResponse$ ];
    var CreateOAuth2TokenWithIAM$ = [ 9, n0, "CreateOAuth2TokenWithIAM", {
      [_h]: [ "POST", "/v1/token?x-amz-client-auth-method=iam", 200 ]
    }, () => CreateOAuth2TokenWithIAMRequest$, () => CreateOAuth2TokenWithIAMResponse$ ];
    const getRuntimeConfig$1 = config => ({
      apiVersion: "2023-01-01",
      base64Decoder: config?.base64Decoder ?? fromBase64,
      base64Encoder: config?.base64Encoder ?? toBase64,
      disableHostPrefix: config?.disableHostPrefix ?? false,
      endpointProvider: config?.endpointProvider ?? defaultEndpointResolver,
      extensions: config?.extensions ?? [],
      httpAuthSchemeProvider: config?.httpAuthSchemeProvider ?? defaultSigninHttpAuthSchemeProvider,
      httpAuthSchemes: config?.httpAuthSchemes ?? [ {
        schemeId: "aws.auth#sigv4",
        identityProvider: ipc => ipc.getIdentityProvider("aws.auth#sigv4"),
        signer: new AwsSdkSigV4Signer
      }, {
        schemeId: "smithy.api#noAuth",
        identityProvider: ipc => ipc.getIdentityProvider("smithy.api#noAuth") || (async () => ({})),
        signer: new NoAuthSigner
      } ],
      logger: config?.logger ?? new NoOpLogger,
      protocol: config?.protocol ?? AwsRestJsonProtocol,
      protocolSettings: config?.protocolSettings ?? {
        defaultNamespace: "com.amazonaws.signin",
        errorTypeRegistries: errorTypeRegistries,
        version: "2023-01-01",
        serviceTarget: "Signin"
      },
      serviceId: config?.serviceId ?? "Signin",
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
        defaultSocketTimeout: getDefaultSocketTimeout(config?.requestHandler, 3e5),
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
    class SigninClient extends Client {
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
          httpAuthSchemeParametersProvider: defaultSigninHttpAuthSchemeParametersProvider,
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
    }, "Signin", "SigninClient", getEndpointPlugin);
    const _ep0 = {
      IsControlPlane: {
        type: "staticContextParams",
        value: false
      }
    };
    const _ep1 = {
      IsOAuthEndpoint: {
        type: "staticContextParams",
        value: true
      }
    };
    const _mw0 = (Command, cs, config, o) => [];
    class CreateOAuth2TokenCommand extends(command(_ep0, _mw0, "CreateOAuth2Token", CreateOAuth2Token$)){}
    class CreateOAuth2TokenWithIAMCommand extends(command(_ep1, _mw0, "CreateOAuth2TokenWithIAM", CreateOAuth2TokenWithIAM$)){}
    const commands = {
      CreateOAuth2TokenCommand: CreateOAuth2TokenCommand,
      CreateOAuth2TokenWithIAMCommand: CreateOAuth2TokenWithIAMCommand
    };
    class Signin extends SigninClient {}
    createAggregatedClient(commands, Signin);
    exports.AccessDeniedException = AccessDeniedException;
    exports.AccessDeniedException$ = AccessDeniedException$;
    exports.AccessToken$ = AccessToken$;
    exports.CreateOAuth2Token$ = CreateOAuth2Token$;
    exports.CreateOAuth2TokenCommand = CreateOAuth2TokenCommand;
    exports.CreateOAuth2TokenRequest$ = CreateOAuth2TokenRequest$;
    exports.CreateOAuth2TokenRequestBody$ = CreateOAuth2TokenRequestBody$;
    exports.CreateOAuth2TokenResponse$ = CreateOAuth2TokenResponse$;
    exports.CreateOAuth2TokenResponseBody$ = CreateOAuth2TokenResponseBody$;
    exports.CreateOAuth2TokenWithIAM$ = CreateOAuth2TokenWithIAM$;
    exports.CreateOAuth2TokenWithIAMCommand = CreateOAuth2TokenWithIAMCommand;
    exports.CreateOAuth2TokenWithIAMRequest$ = CreateOAuth2TokenWithIAMRequest$;
    exports.CreateOAuth2TokenWithIAMResponse$ = CreateOAuth2TokenWithIAMResponse$;
    exports.InternalServerException = InternalServerException;
    exports.InternalServerException$ = InternalServerException$;
    exports.OAuth2ErrorCode = {
      AUTHCODE_EXPIRED: "AUTHCODE_EXPIRED",
      CONFLICT: "CONFLICT",
      INSUFFICIENT_PERMISSIONS: "INSUFFICIENT_PERMISSIONS",
      INVALID_REQUEST: "INVALID_REQUEST",
      OAUTH_INVALID_GRANT: "invalid_grant",
      OAUTH_INVALID_REQUEST: "invalid_request",
      OAUTH_INVALID_SCOPE: "invalid_scope",
      OAUTH_INVALID_TARGET: "invalid_target",
      OAUTH_RATE_EXCEEDED: "rate_exceeded",
      OAUTH_SERVICE_UNAVAILABLE: "service_unavailable",
      OAUTH_UNSUPPORTED_GRANT_TYPE: "unsupported_grant_type",
      RESOURCE_NOT_FOUND: "RESOURCE_NOT_FOUND",
      SERVER_ERROR: "server_error",
      SERVICE_QUOTA_EXCEEDED: "SERVICE_QUOTA_EXCEEDED",
      TOKEN_EXPIRED: "TOKEN_EXPIRED",
      USER_CREDENTIALS_CHANGED: "USER_CREDENTIALS_CHANGED"
    };
    exports.Signin = Signin;
    exports.SigninClient = SigninClient;
    exports.SigninServiceException = SigninServiceException;
    exports.SigninServiceException$ = SigninServiceException$;
    exports.TooManyRequestsError = TooManyRequestsError;
    exports.TooManyRequestsError$ = TooManyRequestsError$;
    exports.ValidationException = ValidationException;
    exports.ValidationException$ = ValidationException$;
    exports.errorTypeRegistries = errorTypeRegistries;
  },
  9443: (__unused_webpack_module, exports, __webpack_require__) => {
    const {awsEndpointFunctions: awsEndpointFunctions, emitWarningIfUnsupportedVersion: emitWarningIfUnsupportedVersion$1, createDefaultUserAgentProvider: createDefaultUserAgentProvider, getDefaultSocketTimeout: getDefaultSocketTimeout, NODE_APP_ID_CONFIG_OPTIONS: NODE_APP_ID_CONFIG_OPTIONS, getAwsRegionExtensionConfiguration: getAwsRegionExtensionConfiguration, resolveAwsRegionExtensionConfiguration: resolveAwsRegionExtensionConfiguration, resolveUserAgentConfig: resolveUserAgentConfig, resolveHostHeaderConfig: resolveHostHeaderConfig, getUserAgentPlugin: getUserAgentPlugin, getHostHeaderPlugin: getHostHeaderPlugin, getLoggerPlugin: getLoggerPlugin, getRecursionDetectionPlugin: getRecursionDetectionPlugin} = __webpack_require__(5152);
    const {NoAuthSigner: NoAuthSigner, getHttpAuthSchemeEndpointRuleSetPlugin: getHttpAuthSchemeEndpointRuleSetPlugin, DefaultIdentityProviderConfig: DefaultIdentityProviderConfig, getHttpSigningPlugin: getHttpSigningPlugin} = __webpack_require__(402);
    const {normalizeProvider: normalizeProvider, getSmithyContext: getSmithyContext, ServiceException: ServiceException, NoOpLogger: NoOpLogger, emitWarningIfUnsupportedVersion: emitWarningIfUnsupportedVersion, loadConfigsForDefaultMode: loadConfigsForDefaultMode, getDefaultExtensionConfiguration: getDefaultExtensionConfiguration, resolveDefaultRuntimeConfig: resolveDefaultRuntimeConfig, Client: Client, makeBuilder: makeBuilder, createAggregatedClient: createAggregatedClient} = __webpack_require__(2658);
    const {Command: $Command} = __webpack_require__(2658);
    exports.$Command = $Command;
    exports.__Client = Client;
    const {resolveDefaultsModeConfig: resolveDefaultsModeConfig, loadConfig: loadConfig, NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS: NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS, NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS: NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS, NODE_REGION_CONFIG_OPTIONS: NODE_REGION_CONFIG_OPTIONS, NODE_REGION_CONFIG_FILE_OPTIONS: NODE_REGION_CONFIG_FILE_OPTIONS, resolveRegionConfig: resolveRegionConfig} = __webpack_require__(7291);
    const {BinaryDecisionDiagram: BinaryDecisionDiagram, EndpointCache: EndpointCache, decideEndpoint: decideEndpoint, customEndpointFunctions: customEndpointFunctions, resolveEndpointConfig: resolveEndpointConfig, getEndpointPlugin: getEndpointPlugin} = __webpack_require__(2085);
    const {parseUrl: parseUrl, getHttpHandlerExtensionConfiguration: getHttpHandlerExtensionConfiguration, resolveHttpHandlerRuntimeConfig: resolveHttpHandlerRuntimeConfig, getContentLengthPlugin: getContentLengthPlugin} = __webpack_require__(3422);
    const {DEFAULT_RETRY_MODE: DEFAULT_RETRY_MODE, NODE_RETRY_MODE_CONFIG_OPTIONS: NODE_RETRY_MODE_CONFIG_OPTIONS, NODE_MAX_ATTEMPT_CONFIG_OPTIONS: NODE_MAX_ATTEMPT_CONFIG_OPTIONS, resolveRetryConfig: resolveRetryConfig, getRetryPlugin: getRetryPlugin} = __webpack_require__(3609);
    const {TypeRegistry: TypeRegistry, getSchemaSerdePlugin: getSchemaSerdePlugin} = __webpack_require__(6890);
    const {resolveAwsSdkSigV4Config: resolveAwsSdkSigV4Config, AwsSdkSigV4Signer: AwsSdkSigV4Signer, NODE_AUTH_SCHEME_PREFERENCE_OPTIONS: NODE_AUTH_SCHEME_PREFERENCE_OPTIONS} = __webpack_require__(7523);
    const {toUtf8: toUtf8, fromUtf8: fromUtf8, toBase64: toBase64, fromBase64: fromBase64, calculateBodyLength: calculateBodyLength} = __webpack_require__(2430);
    const {streamCollector: streamCollector, NodeHttpHandler: NodeHttpHandler} = __webpack_require__(1279);
    const {AwsRestJsonProtocol: AwsRestJsonProtocol} = __webpack_require__(7288);
    const {Sha256: Sha256} = __webpack_require__(9542);
    const defaultSSOOIDCHttpAuthSchemeParametersProvider = async (config, context, input) => ({
      operation: getSmithyContext(context).operation,
      region: await normalizeProvider(config.region)() || (() => {
        throw new Error("expected `region` to be configured for `aws.auth#sigv4`");
      })()
    });
    function createAwsAuthSigv4HttpAuthOption(authParameters) {
      return {
        schemeId: "aws.auth#sigv4",
        signingProperties: {
          name: "sso-oauth",
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
    function createSmithyApiNoAuthHttpAuthOption(authParameters) {
      return {
        schemeId: "smithy.api#noAuth"
      };
    }
    const defaultSSOOIDCHttpAuthSchemeProvider = authParameters => {
      const options = [];
      switch (authParameters.operation) {
       case "CreateToken":
        options.push(createSmithyApiNoAuthHttpAuthOption());
        break;

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
      defaultSigningName: "sso-oauth"
    });
    var packageInfo = {
      version: "3.998.2"
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
      results: [ [ a ], [ a, "Invalid Configuration: FIPS and custom endpoint are not supported" ], [ a, "Invalid Configuration: Dualstack and custom endpoint are not supported" ], [ g, i ], [ "https://oidc-fips.{Region}.{PartitionResult#dualStackDnsSuffix}", i ], [ a, "FIPS and DualStack are enabled, but this partition does not support one or both" ], [ "https://oidc.{Region}.amazonaws.com", i ], [ "https://oidc-fips.{Region}.{PartitionResult#dnsSuffix}", i ], [ a, "FIPS is enabled but this partition does not support FIPS" ], [ "https://oidc.{Region}.{PartitionResult#dualStackDnsSuffix}", i ], [ a, "DualStack is enabled but this partition does not support DualStack" ], [ "https://oidc.{Region}.{PartitionResult#dnsSuffix}", i ], [ a, "Invalid Configuration: Missing Region" ] ]
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
    class SSOOIDCServiceException extends ServiceException {
      static shapeId="smithy.ts.sdk.synthetic.com.amazonaws.ssooidc#SSOOIDCServiceException";
      constructor(options) {
        super(options);
        Object.setPrototypeOf(this, SSOOIDCServiceException.prototype);
      }
    }
    class AccessDeniedException extends SSOOIDCServiceException {
      static shapeId="com.amazonaws.ssooidc#AccessDeniedException";
      name="AccessDeniedException";
      $fault="client";
      error;
      reason;
      error_description;
      constructor(opts) {
        super({
          name: "AccessDeniedException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, AccessDeniedException.prototype);
        this.error = opts.error;
        this.reason = opts.reason;
        this.error_description = opts.error_description;
      }
    }
    class AuthorizationPendingException extends SSOOIDCServiceException {
      static shapeId="com.amazonaws.ssooidc#AuthorizationPendingException";
      name="AuthorizationPendingException";
      $fault="client";
      error;
      error_description;
      constructor(opts) {
        super({
          name: "AuthorizationPendingException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, AuthorizationPendingException.prototype);
        this.error = opts.error;
        this.error_description = opts.error_description;
      }
    }
    class ExpiredTokenException extends SSOOIDCServiceException {
      static shapeId="com.amazonaws.ssooidc#ExpiredTokenException";
      name="ExpiredTokenException";
      $fault="client";
      error;
      error_description;
      constructor(opts) {
        super({
          name: "ExpiredTokenException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, ExpiredTokenException.prototype);
        this.error = opts.error;
        this.error_description = opts.error_description;
      }
    }
    class InternalServerException extends SSOOIDCServiceException {
      static shapeId="com.amazonaws.ssooidc#InternalServerException";
      name="InternalServerException";
      $fault="server";
      error;
      error_description;
      constructor(opts) {
        super({
          name: "InternalServerException",
          $fault: "server",
          ...opts
        });
        Object.setPrototypeOf(this, InternalServerException.prototype);
        this.error = opts.error;
        this.error_description = opts.error_description;
      }
    }
    class InvalidClientException extends SSOOIDCServiceException {
      static shapeId="com.amazonaws.ssooidc#InvalidClientException";
      name="InvalidClientException";
      $fault="client";
      error;
      error_description;
      constructor(opts) {
        super({
          name: "InvalidClientException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, InvalidClientException.prototype);
        this.error = opts.error;
        this.error_description = opts.error_description;
      }
    }
    class InvalidGrantException extends SSOOIDCServiceException {
      static shapeId="com.amazonaws.ssooidc#InvalidGrantException";
      name="InvalidGrantException";
      $fault="client";
      error;
      error_description;
      constructor(opts) {
        super({
          name: "InvalidGrantException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, InvalidGrantException.prototype);
        this.error = opts.error;
        this.error_description = opts.error_description;
      }
    }
    class InvalidRequestException extends SSOOIDCServiceException {
      static shapeId="com.amazonaws.ssooidc#InvalidRequestException";
      name="InvalidRequestException";
      $fault="client";
      error;
      reason;
      error_description;
      constructor(opts) {
        super({
          name: "InvalidRequestException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, InvalidRequestException.prototype);
        this.error = opts.error;
        this.reason = opts.reason;
        this.error_description = opts.error_description;
      }
    }
    class InvalidScopeException extends SSOOIDCServiceException {
      static shapeId="com.amazonaws.ssooidc#InvalidScopeException";
      name="InvalidScopeException";
      $fault="client";
      error;
      error_description;
      constructor(opts) {
        super({
          name: "InvalidScopeException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, InvalidScopeException.prototype);
        this.error = opts.error;
        this.error_description = opts.error_description;
      }
    }
    class SlowDownException extends SSOOIDCServiceException {
      static shapeId="com.amazonaws.ssooidc#SlowDownException";
      name="SlowDownException";
      $fault="client";
      error;
      error_description;
      constructor(opts) {
        super({
          name: "SlowDownException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, SlowDownException.prototype);
        this.error = opts.error;
        this.error_description = opts.error_description;
      }
    }
    class UnauthorizedClientException extends SSOOIDCServiceException {
      static shapeId="com.amazonaws.ssooidc#UnauthorizedClientException";
      name="UnauthorizedClientException";
      $fault="client";
      error;
      error_description;
      constructor(opts) {
        super({
          name: "UnauthorizedClientException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, UnauthorizedClientException.prototype);
        this.error = opts.error;
        this.error_description = opts.error_description;
      }
    }
    class UnsupportedGrantTypeException extends SSOOIDCServiceException {
      static shapeId="com.amazonaws.ssooidc#UnsupportedGrantTypeException";
      name="UnsupportedGrantTypeException";
      $fault="client";
      error;
      error_description;
      constructor(opts) {
        super({
          name: "UnsupportedGrantTypeException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, UnsupportedGrantTypeException.prototype);
        this.error = opts.error;
        this.error_description = opts.error_description;
      }
    }
    const _c = "client";
    const _e = "error";
    const _ed = "error_description";
    const _hE = "httpError";
    const _r = "reason";
    const _rT = "refreshToken";
    const _s = "smithy.ts.sdk.synthetic.com.amazonaws.ssooidc";
    const n0 = "com.amazonaws.ssooidc";
    const _s_registry = new TypeRegistry(_s);
    var SSOOIDCServiceException$ = [ -3, _s, "SSOOIDCServiceException", 0, [], [] ];
    _s_registry.registerError(SSOOIDCServiceException$, SSOOIDCServiceException);
    const n0_registry = new TypeRegistry(n0);
    var AccessDeniedException$ = [ -3, n0, "AccessDeniedException", {
      [_e]: _c,
      [_hE]: 400
    }, [ _e, _r, _ed ], [ 0, 0, 0 ] ];
    n0_registry.registerError(AccessDeniedException$, AccessDeniedException);
    var AuthorizationPendingException$ = [ -3, n0, "AuthorizationPendingException", {
      [_e]: _c,
      [_hE]: 400
    }, [ _e, _ed ], [ 0, 0 ] ];
    n0_registry.registerError(AuthorizationPendingException$, AuthorizationPendingException);
    var ExpiredTokenException$ = [ -3, n0, "ExpiredTokenException", {
      [_e]: _c,
      [_hE]: 400
    }, [ _e, _ed ], [ 0, 0 ] ];
    n0_registry.registerError(ExpiredTokenException$, ExpiredTokenException);
    var InternalServerException$ = [ -3, n0, "InternalServerException", {
      [_e]: "server",
      [_hE]: 500
    }, [ _e, _ed ], [ 0, 0 ] ];
    n0_registry.registerError(InternalServerException$, InternalServerException);
    var InvalidClientException$ = [ -3, n0, "InvalidClientException", {
      [_e]: _c,
      [_hE]: 401
    }, [ _e, _ed ], [ 0, 0 ] ];
    n0_registry.registerError(InvalidClientException$, InvalidClientException);
    var InvalidGrantException$ = [ -3, n0, "InvalidGrantException", {
      [_e]: _c,
      [_hE]: 400
    }, [ _e, _ed ], [ 0, 0 ] ];
    n0_registry.registerError(InvalidGrantException$, InvalidGrantException);
    var InvalidRequestException$ = [ -3, n0, "InvalidRequestException", {
      [_e]: _c,
      [_hE]: 400
    }, [ _e, _r, _ed ], [ 0, 0, 0 ] ];
    n0_registry.registerError(InvalidRequestException$, InvalidRequestException);
    var InvalidScopeException$ = [ -3, n0, "InvalidScopeException", {
      [_e]: _c,
      [_hE]: 400
    }, [ _e, _ed ], [ 0, 0 ] ];
    n0_registry.registerError(InvalidScopeException$, InvalidScopeException);
    var SlowDownException$ = [ -3, n0, "SlowDownException", {
      [_e]: _c,
      [_hE]: 400
    }, [ _e, _ed ], [ 0, 0 ] ];
    n0_registry.registerError(SlowDownException$, SlowDownException);
    var UnauthorizedClientException$ = [ -3, n0, "UnauthorizedClientException", {
      [_e]: _c,
      [_hE]: 400
    }, [ _e, _ed ], [ 0, 0 ] ];
    n0_registry.registerError(UnauthorizedClientException$, UnauthorizedClientException);
    var UnsupportedGrantTypeException$ = [ -3, n0, "UnsupportedGrantTypeException", {
      [_e]: _c,
      [_hE]: 400
    }, [ _e, _ed ], [ 0, 0 ] ];
    n0_registry.registerError(UnsupportedGrantTypeException$, UnsupportedGrantTypeException);
    const errorTypeRegistries = [ _s_registry, n0_registry ];
    var AccessToken = [ 0, n0, "AccessToken", 8, 0 ];
    var ClientSecret = [ 0, n0, "ClientSecret", 8, 0 ];
    var CodeVerifier = [ 0, n0, "CodeVerifier", 8, 0 ];
    var IdToken = [ 0, n0, "IdToken", 8, 0 ];
    var RefreshToken = [ 0, n0, "RefreshToken", 8, 0 ];
    var CreateTokenRequest$ = [ 3, n0, "CreateTokenRequest", 0, [ "clientId", "clientSecret", "grantType", "deviceCode", "code", _rT, "scope", "redirectUri", "codeVerifier" ], [ 0, [ () => ClientSecret, 0 ], 0, 0, 0, [ () => RefreshToken, 0 ], 64 | 0, 0, [ () => CodeVerifier, 0 ] ], 3 ];
    var CreateTokenResponse$ = [ 3, n0, "CreateTokenResponse", 0, [ "accessToken", "tokenType", "expiresIn", _rT, "idToken" ], [ [ () => AccessToken, 0 ], 0, 1, [ () => RefreshToken, 0 ], [ () => IdToken, 0 ] ] ];
    var CreateToken$ = [ 9, n0, "CreateToken", {
      ["http"]: [ "POST", "/token", 200 ]
    }, () => CreateTokenRequest$, () => CreateTokenResponse$ ];
    const getRuntimeConfig$1 = config => ({
      apiVersion: "2019-06-10",
      base64Decoder: config?.base64Decoder ?? fromBase64,
      base64Encoder: config?.base64Encoder ?? toBase64,
      disableHostPrefix: config?.disableHostPrefix ?? false,
      endpointProvider: config?.endpointProvider ?? defaultEndpointResolver,
      extensions: config?.extensions ?? [],
      httpAuthSchemeProvider: config?.httpAuthSchemeProvider ?? defaultSSOOIDCHttpAuthSchemeProvider,
      httpAuthSchemes: config?.httpAuthSchemes ?? [ {
        schemeId: "aws.auth#sigv4",
        identityProvider: ipc => ipc.getIdentityProvider("aws.auth#sigv4"),
        signer: new AwsSdkSigV4Signer
      }, {
        schemeId: "smithy.api#noAuth",
        identityProvider: ipc => ipc.getIdentityProvider("smithy.api#noAuth") || (async () => ({})),
        signer: new NoAuthSigner
      } ],
      logger: config?.logger ?? new NoOpLogger,
      protocol: config?.protocol ?? AwsRestJsonProtocol,
      protocolSettings: config?.protocolSettings ?? {
        defaultNamespace: "com.amazonaws.ssooidc",
        errorTypeRegistries: errorTypeRegistries,
        version: "2019-06-10",
        serviceTarget: "AWSSSOOIDCService"
      },
      serviceId: config?.serviceId ?? "SSO OIDC",
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
        defaultSocketTimeout: getDefaultSocketTimeout(config?.requestHandler, 3e5),
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
    class SSOOIDCClient extends Client {
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
          httpAuthSchemeParametersProvider: defaultSSOOIDCHttpAuthSchemeParametersProvider,
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
    }, "AWSSSOOIDCService", "SSOOIDCClient", getEndpointPlugin);
    const _ep0 = {};
    const _mw0 = (Command, cs, config, o) => [];
    class CreateTokenCommand extends(command(_ep0, _mw0, "CreateToken", CreateToken$)){}
    const commands = {
      CreateTokenCommand: CreateTokenCommand
    };
    class SSOOIDC extends SSOOIDCClient {}
    createAggregatedClient(commands, SSOOIDC);
    exports.AccessDeniedException = AccessDeniedException;
    exports.AccessDeniedException$ = AccessDeniedException$;
    exports.AccessDeniedExceptionReason = {
      KMS_ACCESS_DENIED: "KMS_AccessDeniedException"
    };
    exports.AuthorizationPendingException = AuthorizationPendingException;
    exports.AuthorizationPendingException$ = AuthorizationPendingException$;
    exports.CreateToken$ = CreateToken$;
    exports.CreateTokenCommand = CreateTokenCommand;
    exports.CreateTokenRequest$ = CreateTokenRequest$;
    exports.CreateTokenResponse$ = CreateTokenResponse$;
    exports.ExpiredTokenException = ExpiredTokenException;
    exports.ExpiredTokenException$ = ExpiredTokenException$;
    exports.InternalServerException = InternalServerException;
    exports.InternalServerException$ = InternalServerException$;
    exports.InvalidClientException = InvalidClientException;
    exports.InvalidClientException$ = InvalidClientException$;
    exports.InvalidGrantException = InvalidGrantException;
    exports.InvalidGrantException$ = InvalidGrantException$;
    exports.InvalidRequestException = InvalidRequestException;
    exports.InvalidRequestException$ = InvalidRequestException$;
    exports.InvalidRequestExceptionReason = {
      KMS_DISABLED_KEY: "KMS_DisabledException",
      KMS_INVALID_KEY_USAGE: "KMS_InvalidKeyUsageException",
      KMS_INVALID_STATE: "KMS_InvalidStateException",
      KMS_KEY_NOT_FOUND: "KMS_NotFoundException"
    };
    exports.InvalidScopeException = InvalidScopeException;
    exports.InvalidScopeException$ = InvalidScopeException$;
    exports.SSOOIDC = SSOOIDC;
    exports.SSOOIDCClient = SSOOIDCClient;
    exports.SSOOIDCServiceException = SSOOIDCServiceException;
    exports.SSOOIDCServiceException$ = SSOOIDCServiceException$;
    exports.SlowDownException = SlowDownException;
    exports.SlowDownException$ = SlowDownException$;
    exports.UnauthorizedClientException = UnauthorizedClientException;
    exports.UnauthorizedClientException$ = UnauthorizedClientException$;
    exports.UnsupportedGrantTypeException = UnsupportedGrantTypeException;
    exports.UnsupportedGrantTypeException$ = UnsupportedGrantTypeException$;
    exports.errorTypeRegistries = errorTypeRegistries;
  },
  2579: (__unused_webpack_module, exports, __webpack_require__) => {
    const {awsEndpointFunctions: awsEndpointFunctions, emitWarningIfUnsupportedVersion: emitWarningIfUnsupportedVersion$1, createDefaultUserAgentProvider: createDefaultUserAgentProvider, getDefaultSocketTimeout: getDefaultSocketTimeout, NODE_APP_ID_CONFIG_OPTIONS: NODE_APP_ID_CONFIG_OPTIONS, getAwsRegionExtensionConfiguration: getAwsRegionExtensionConfiguration, resolveAwsRegionExtensionConfiguration: resolveAwsRegionExtensionConfiguration, resolveUserAgentConfig: resolveUserAgentConfig, resolveHostHeaderConfig: resolveHostHeaderConfig, getUserAgentPlugin: getUserAgentPlugin, getHostHeaderPlugin: getHostHeaderPlugin, getLoggerPlugin: getLoggerPlugin, getRecursionDetectionPlugin: getRecursionDetectionPlugin} = __webpack_require__(5152);
    const {NoAuthSigner: NoAuthSigner, getHttpAuthSchemeEndpointRuleSetPlugin: getHttpAuthSchemeEndpointRuleSetPlugin, DefaultIdentityProviderConfig: DefaultIdentityProviderConfig, getHttpSigningPlugin: getHttpSigningPlugin} = __webpack_require__(402);
    const {normalizeProvider: normalizeProvider, getSmithyContext: getSmithyContext, ServiceException: ServiceException, NoOpLogger: NoOpLogger, emitWarningIfUnsupportedVersion: emitWarningIfUnsupportedVersion, loadConfigsForDefaultMode: loadConfigsForDefaultMode, getDefaultExtensionConfiguration: getDefaultExtensionConfiguration, resolveDefaultRuntimeConfig: resolveDefaultRuntimeConfig, Client: Client, makeBuilder: makeBuilder, createAggregatedClient: createAggregatedClient} = __webpack_require__(2658);
    const {Command: $Command} = __webpack_require__(2658);
    exports.$Command = $Command;
    exports.__Client = Client;
    const {resolveDefaultsModeConfig: resolveDefaultsModeConfig, loadConfig: loadConfig, NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS: NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS, NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS: NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS, NODE_REGION_CONFIG_OPTIONS: NODE_REGION_CONFIG_OPTIONS, NODE_REGION_CONFIG_FILE_OPTIONS: NODE_REGION_CONFIG_FILE_OPTIONS, resolveRegionConfig: resolveRegionConfig} = __webpack_require__(7291);
    const {BinaryDecisionDiagram: BinaryDecisionDiagram, EndpointCache: EndpointCache, decideEndpoint: decideEndpoint, customEndpointFunctions: customEndpointFunctions, resolveEndpointConfig: resolveEndpointConfig, getEndpointPlugin: getEndpointPlugin} = __webpack_require__(2085);
    const {parseUrl: parseUrl, getHttpHandlerExtensionConfiguration: getHttpHandlerExtensionConfiguration, resolveHttpHandlerRuntimeConfig: resolveHttpHandlerRuntimeConfig, getContentLengthPlugin: getContentLengthPlugin} = __webpack_require__(3422);
    const {DEFAULT_RETRY_MODE: DEFAULT_RETRY_MODE, NODE_RETRY_MODE_CONFIG_OPTIONS: NODE_RETRY_MODE_CONFIG_OPTIONS, NODE_MAX_ATTEMPT_CONFIG_OPTIONS: NODE_MAX_ATTEMPT_CONFIG_OPTIONS, resolveRetryConfig: resolveRetryConfig, getRetryPlugin: getRetryPlugin} = __webpack_require__(3609);
    const {TypeRegistry: TypeRegistry, getSchemaSerdePlugin: getSchemaSerdePlugin} = __webpack_require__(6890);
    const {resolveAwsSdkSigV4Config: resolveAwsSdkSigV4Config, AwsSdkSigV4Signer: AwsSdkSigV4Signer, NODE_AUTH_SCHEME_PREFERENCE_OPTIONS: NODE_AUTH_SCHEME_PREFERENCE_OPTIONS} = __webpack_require__(7523);
    const {toUtf8: toUtf8, fromUtf8: fromUtf8, toBase64: toBase64, fromBase64: fromBase64, calculateBodyLength: calculateBodyLength} = __webpack_require__(2430);
    const {streamCollector: streamCollector, NodeHttpHandler: NodeHttpHandler} = __webpack_require__(1279);
    const {AwsRestJsonProtocol: AwsRestJsonProtocol} = __webpack_require__(7288);
    const {Sha256: Sha256} = __webpack_require__(9542);
    const defaultSSOHttpAuthSchemeParametersProvider = async (config, context, input) => ({
      operation: getSmithyContext(context).operation,
      region: await normalizeProvider(config.region)() || (() => {
        throw new Error("expected `region` to be configured for `aws.auth#sigv4`");
      })()
    });
    function createAwsAuthSigv4HttpAuthOption(authParameters) {
      return {
        schemeId: "aws.auth#sigv4",
        signingProperties: {
          name: "awsssoportal",
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
    function createSmithyApiNoAuthHttpAuthOption(authParameters) {
      return {
        schemeId: "smithy.api#noAuth"
      };
    }
    const defaultSSOHttpAuthSchemeProvider = authParameters => {
      const options = [];
      switch (authParameters.operation) {
       case "GetRoleCredentials":
        options.push(createSmithyApiNoAuthHttpAuthOption());
        break;

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
      defaultSigningName: "awsssoportal"
    });
    var packageInfo = {
      version: "3.998.2"
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
      results: [ [ a ], [ a, "Invalid Configuration: FIPS and custom endpoint are not supported" ], [ a, "Invalid Configuration: Dualstack and custom endpoint are not supported" ], [ g, i ], [ "https://portal.sso-fips.{Region}.{PartitionResult#dualStackDnsSuffix}", i ], [ a, "FIPS and DualStack are enabled, but this partition does not support one or both" ], [ "https://portal.sso.{Region}.amazonaws.com", i ], [ "https://portal.sso-fips.{Region}.{PartitionResult#dnsSuffix}", i ], [ a, "FIPS is enabled but this partition does not support FIPS" ], [ "https://portal.sso.{Region}.{PartitionResult#dualStackDnsSuffix}", i ], [ a, "DualStack is enabled but this partition does not support DualStack" ], [ "https://portal.sso.{Region}.{PartitionResult#dnsSuffix}", i ], [ a, "Invalid Configuration: Missing Region" ] ]
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
    class SSOServiceException extends ServiceException {
      static shapeId="smithy.ts.sdk.synthetic.com.amazonaws.sso#SSOServiceException";
      constructor(options) {
        super(options);
        Object.setPrototypeOf(this, SSOServiceException.prototype);
      }
    }
    class InvalidRequestException extends SSOServiceException {
      static shapeId="com.amazonaws.sso#InvalidRequestException";
      name="InvalidRequestException";
      $fault="client";
      constructor(opts) {
        super({
          name: "InvalidRequestException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, InvalidRequestException.prototype);
      }
    }
    class ResourceNotFoundException extends SSOServiceException {
      static shapeId="com.amazonaws.sso#ResourceNotFoundException";
      name="ResourceNotFoundException";
      $fault="client";
      constructor(opts) {
        super({
          name: "ResourceNotFoundException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, ResourceNotFoundException.prototype);
      }
    }
    class TooManyRequestsException extends SSOServiceException {
      static shapeId="com.amazonaws.sso#TooManyRequestsException";
      name="TooManyRequestsException";
      $fault="client";
      constructor(opts) {
        super({
          name: "TooManyRequestsException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, TooManyRequestsException.prototype);
      }
    }
    class UnauthorizedException extends SSOServiceException {
      static shapeId="com.amazonaws.sso#UnauthorizedException";
      name="UnauthorizedException";
      $fault="client";
      constructor(opts) {
        super({
          name: "UnauthorizedException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, UnauthorizedException.prototype);
      }
    }
    const _c = "client";
    const _e = "error";
    const _hE = "httpError";
    const _hQ = "httpQuery";
    const _m = "message";
    const _s = "smithy.ts.sdk.synthetic.com.amazonaws.sso";
    const n0 = "com.amazonaws.sso";
    const _s_registry = new TypeRegistry(_s);
    var SSOServiceException$ = [ -3, _s, "SSOServiceException", 0, [], [] ];
    _s_registry.registerError(SSOServiceException$, SSOServiceException);
    const n0_registry = new TypeRegistry(n0);
    var InvalidRequestException$ = [ -3, n0, "InvalidRequestException", {
      [_e]: _c,
      [_hE]: 400
    }, [ _m ], [ 0 ] ];
    n0_registry.registerError(InvalidRequestException$, InvalidRequestException);
    var ResourceNotFoundException$ = [ -3, n0, "ResourceNotFoundException", {
      [_e]: _c,
      [_hE]: 404
    }, [ _m ], [ 0 ] ];
    n0_registry.registerError(ResourceNotFoundException$, ResourceNotFoundException);
    var TooManyRequestsException$ = [ -3, n0, "TooManyRequestsException", {
      [_e]: _c,
      [_hE]: 429
    }, [ _m ], [ 0 ] ];
    n0_registry.registerError(TooManyRequestsException$, TooManyRequestsException);
    var UnauthorizedException$ = [ -3, n0, "UnauthorizedException", {
      [_e]: _c,
      [_hE]: 401
    }, [ _m ], [ 0 ] ];
    n0_registry.registerError(UnauthorizedException$, UnauthorizedException);
    const errorTypeRegistries = [ _s_registry, n0_registry ];
    var AccessTokenType = [ 0, n0, "AccessTokenType", 8, 0 ];
    var SecretAccessKeyType = [ 0, n0, "SecretAccessKeyType", 8, 0 ];
    var SessionTokenType = [ 0, n0, "SessionTokenType", 8, 0 ];
    var GetRoleCredentialsRequest$ = [ 3, n0, "GetRoleCredentialsRequest", 0, [ "roleName", "accountId", "accessToken" ], [ [ 0, {
      [_hQ]: "role_name"
    } ], [ 0, {
      [_hQ]: "account_id"
    } ], [ () => AccessTokenType, {
      ["httpHeader"]: "x-amz-sso_bearer_token"
    } ] ], 3 ];
    var GetRoleCredentialsResponse$ = [ 3, n0, "GetRoleCredentialsResponse", 0, [ "roleCredentials" ], [ [ () => RoleCredentials$, 0 ] ] ];
    var RoleCredentials$ = [ 3, n0, "RoleCredentials", 0, [ "accessKeyId", "secretAccessKey", "sessionToken", "expiration" ], [ 0, [ () => SecretAccessKeyType, 0 ], [ () => SessionTokenType, 0 ], 1 ] ];
    var GetRoleCredentials$ = [ 9, n0, "GetRoleCredentials", {
      ["http"]: [ "GET", "/federation/credentials", 200 ]
    }, () => GetRoleCredentialsRequest$, () => GetRoleCredentialsResponse$ ];
    const getRuntimeConfig$1 = config => ({
      apiVersion: "2019-06-10",
      base64Decoder: config?.base64Decoder ?? fromBase64,
      base64Encoder: config?.base64Encoder ?? toBase64,
      disableHostPrefix: config?.disableHostPrefix ?? false,
      endpointProvider: config?.endpointProvider ?? defaultEndpointResolver,
      extensions: config?.extensions ?? [],
      httpAuthSchemeProvider: config?.httpAuthSchemeProvider ?? defaultSSOHttpAuthSchemeProvider,
      httpAuthSchemes: config?.httpAuthSchemes ?? [ {
        schemeId: "aws.auth#sigv4",
        identityProvider: ipc => ipc.getIdentityProvider("aws.auth#sigv4"),
        signer: new AwsSdkSigV4Signer
      }, {
        schemeId: "smithy.api#noAuth",
        identityProvider: ipc => ipc.getIdentityProvider("smithy.api#noAuth") || (async () => ({})),
        signer: new NoAuthSigner
      } ],
      logger: config?.logger ?? new NoOpLogger,
      protocol: config?.protocol ?? AwsRestJsonProtocol,
      protocolSettings: config?.protocolSettings ?? {
        defaultNamespace: "com.amazonaws.sso",
        errorTypeRegistries: errorTypeRegistries,
        version: "2019-06-10",
        serviceTarget: "SWBPortalService"
      },
      serviceId: config?.serviceId ?? "SSO",
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
        defaultSocketTimeout: getDefaultSocketTimeout(config?.requestHandler, 3e5),
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
    class SSOClient extends Client {
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
          httpAuthSchemeParametersProvider: defaultSSOHttpAuthSchemeParametersProvider,
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
    }, "SWBPortalService", "SSOClient", getEndpointPlugin);
    const _ep0 = {};
    const _mw0 = (Command, cs, config, o) => [];
    class GetRoleCredentialsCommand extends(command(_ep0, _mw0, "GetRoleCredentials", GetRoleCredentials$)){}
    const commands = {
      GetRoleCredentialsCommand: GetRoleCredentialsCommand
    };
    class SSO extends SSOClient {}
    createAggregatedClient(commands, SSO);
    exports.GetRoleCredentials$ = GetRoleCredentials$;
    exports.GetRoleCredentialsCommand = GetRoleCredentialsCommand;
    exports.GetRoleCredentialsRequest$ = GetRoleCredentialsRequest$;
    exports.GetRoleCredentialsResponse$ = GetRoleCredentialsResponse$;
    exports.InvalidRequestException = InvalidRequestException;
    exports.InvalidRequestException$ = InvalidRequestException$;
    exports.ResourceNotFoundException = ResourceNotFoundException;
    exports.ResourceNotFoundException$ = ResourceNotFoundException$;
    exports.RoleCredentials$ = RoleCredentials$;
    exports.SSO = SSO;
    exports.SSOClient = SSOClient;
    exports.SSOServiceException = SSOServiceException;
    exports.SSOServiceException$ = SSOServiceException$;
    exports.TooManyRequestsException = TooManyRequestsException;
    exports.TooManyRequestsException$ = TooManyRequestsException$;
    exports.UnauthorizedException = UnauthorizedException;
    exports.UnauthorizedException$ = UnauthorizedException$;
    exports.errorTypeRegistries = errorTypeRegistries;
  },
  1136: (__unused_webpack_module, exports, __webpack_require__) => {
    const {awsEndpointFunctions: awsEndpointFunctions, emitWarningIfUnsupportedVersion: emitWarningIfUnsupportedVersion$1, createDefaultUserAgentProvider: createDefaultUserAgentProvider, getDefaultSocketTimeout: getDefaultSocketTimeout, NODE_APP_ID_CONFIG_OPTIONS: NODE_APP_ID_CONFIG_OPTIONS, getAwsRegionExtensionConfiguration: getAwsRegionExtensionConfiguration, resolveAwsRegionExtensionConfiguration: resolveAwsRegionExtensionConfiguration, resolveUserAgentConfig: resolveUserAgentConfig, resolveHostHeaderConfig: resolveHostHeaderConfig, getUserAgentPlugin: getUserAgentPlugin, getHostHeaderPlugin: getHostHeaderPlugin, getLoggerPlugin: getLoggerPlugin, getRecursionDetectionPlugin: getRecursionDetectionPlugin, setCredentialFeature: setCredentialFeature, stsRegionDefaultResolver: stsRegionDefaultResolver} = __webpack_require__(5152);
    const {NoAuthSigner: NoAuthSigner, getHttpAuthSchemeEndpointRuleSetPlugin: getHttpAuthSchemeEndpointRuleSetPlugin, DefaultIdentityProviderConfig: DefaultIdentityProviderConfig, getHttpSigningPlugin: getHttpSigningPlugin} = __webpack_require__(402);
    const {normalizeProvider: normalizeProvider, getSmithyContext: getSmithyContext, ServiceException: ServiceException, NoOpLogger: NoOpLogger, emitWarningIfUnsupportedVersion: emitWarningIfUnsupportedVersion, loadConfigsForDefaultMode: loadConfigsForDefaultMode, getDefaultExtensionConfiguration: getDefaultExtensionConfiguration, resolveDefaultRuntimeConfig: resolveDefaultRuntimeConfig, Client: Client, makeBuilder: makeBuilder, createAggregatedClient: createAggregatedClient} = __webpack_require__(2658);
    const {Command: $Command} = __webpack_require__(2658);
    exports.$Command = $Command;
    exports.__Client = Client;
    const {resolveDefaultsModeConfig: resolveDefaultsModeConfig, loadConfig: loadConfig, NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS: NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS, NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS: NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS, NODE_REGION_CONFIG_OPTIONS: NODE_REGION_CONFIG_OPTIONS, NODE_REGION_CONFIG_FILE_OPTIONS: NODE_REGION_CONFIG_FILE_OPTIONS, resolveRegionConfig: resolveRegionConfig} = __webpack_require__(7291);
    const {BinaryDecisionDiagram: BinaryDecisionDiagram, EndpointCache: EndpointCache, decideEndpoint: decideEndpoint, customEndpointFunctions: customEndpointFunctions, resolveParams: resolveParams, resolveEndpointConfig: resolveEndpointConfig, getEndpointPlugin: getEndpointPlugin} = __webpack_require__(2085);
    const {parseUrl: parseUrl, getHttpHandlerExtensionConfiguration: getHttpHandlerExtensionConfiguration, resolveHttpHandlerRuntimeConfig: resolveHttpHandlerRuntimeConfig, getContentLengthPlugin: getContentLengthPlugin} = __webpack_require__(3422);
    const {DEFAULT_RETRY_MODE: DEFAULT_RETRY_MODE, NODE_RETRY_MODE_CONFIG_OPTIONS: NODE_RETRY_MODE_CONFIG_OPTIONS, NODE_MAX_ATTEMPT_CONFIG_OPTIONS: NODE_MAX_ATTEMPT_CONFIG_OPTIONS, resolveRetryConfig: resolveRetryConfig, getRetryPlugin: getRetryPlugin} = __webpack_require__(3609);
    const {TypeRegistry: TypeRegistry, getSchemaSerdePlugin: getSchemaSerdePlugin} = __webpack_require__(6890);
    const {resolveAwsSdkSigV4Config: resolveAwsSdkSigV4Config, resolveAwsSdkSigV4AConfig: resolveAwsSdkSigV4AConfig, AwsSdkSigV4Signer: AwsSdkSigV4Signer, AwsSdkSigV4ASigner: AwsSdkSigV4ASigner, NODE_SIGV4A_CONFIG_OPTIONS: NODE_SIGV4A_CONFIG_OPTIONS, NODE_AUTH_SCHEME_PREFERENCE_OPTIONS: NODE_AUTH_SCHEME_PREFERENCE_OPTIONS} = __webpack_require__(7523);
    const {SignatureV4MultiRegion: SignatureV4MultiRegion} = __webpack_require__(5785);
    const {toUtf8: toUtf8, fromUtf8: fromUtf8, toBase64: toBase64, fromBase64: fromBase64, calculateBodyLength: calculateBodyLength} = __webpack_require__(2430);
    const {streamCollector: streamCollector, NodeHttpHandler: NodeHttpHandler} = __webpack_require__(1279);
    const {AwsQueryProtocol: AwsQueryProtocol} = __webpack_require__(7288);
    const {Sha256: Sha256} = __webpack_require__(9542);
    const q = "ref";
    const a = -1, b = true, c = "isSet", d = "PartitionResult", e = "booleanEquals", f = "stringEquals", g = "getAttr", h = "us-east-1", i = "sigv4", j = "sts", k = "https://sts.{Region}.{PartitionResult#dnsSuffix}", l = {
      [q]: "Endpoint"
    }, m = {
      [q]: "Region"
    }, n = {
      [q]: d
    }, o = {}, p = [ m ];
    const _data = {
      conditions: [ [ c, [ l ] ], [ c, p ], [ "aws.partition", p, d ], [ e, [ {
        [q]: "UseFIPS"
      }, b ] ], [ e, [ {
        [q]: "UseDualStack"
      }, b ] ], [ f, [ m, "aws-global" ] ], [ e, [ {
        [q]: "UseGlobalEndpoint"
      }, b ] ], [ f, [ m, "eu-central-1" ] ], [ e, [ {
        fn: g,
        argv: [ n, "supportsDualStack" ]
      }, b ] ], [ e, [ {
        fn: g,
        argv: [ n, "supportsFIPS" ]
      }, b ] ], [ f, [ m, "ap-south-1" ] ], [ f, [ m, "eu-north-1" ] ], [ f, [ m, "eu-west-1" ] ], [ f, [ m, "eu-west-2" ] ], [ f, [ m, "eu-west-3" ] ], [ f, [ m, "sa-east-1" ] ], [ f, [ m, h ] ], [ f, [ m, "us-east-2" ] ], [ f, [ m, "us-west-2" ] ], [ f, [ m, "us-west-1" ] ], [ f, [ m, "ca-central-1" ] ], [ f, [ m, "ap-southeast-1" ] ], [ f, [ m, "ap-northeast-1" ] ], [ f, [ m, "ap-southeast-2" ] ], [ f, [ {
        fn: g,
        argv: [ n, "name" ]
      }, "aws-us-gov" ] ] ],
      results: [ [ a ], [ "https://sts.amazonaws.com", {
        authSchemes: [ {
          name: i,
          signingName: j,
          signingRegion: h
        } ]
      } ], [ k, {
        authSchemes: [ {
          name: i,
          signingName: j,
          signingRegion: "{Region}"
        } ]
      } ], [ a, "Invalid Configuration: FIPS and custom endpoint are not supported" ], [ a, "Invalid Configuration: Dualstack and custom endpoint are not supported" ], [ l, o ], [ "https://sts-fips.{Region}.{PartitionResult#dualStackDnsSuffix}", o ], [ a, "FIPS and DualStack are enabled, but this partition does not support one or both" ], [ "https://sts.{Region}.amazonaws.com", o ], [ "https://sts-fips.{Region}.{PartitionResult#dnsSuffix}", o ], [ a, "FIPS is enabled but this partition does not support FIPS" ], [ "https://sts.{Region}.{PartitionResult#dualStackDnsSuffix}", o ], [ a, "DualStack is enabled but this partition does not support DualStack" ], [ k, o ], [ a, "Invalid Configuration: Missing Region" ] ]
    };
    const r = 1e8;
    const nodes = new Int32Array([ -1, 1, -1, 0, 30, 3, 1, 4, r + 14, 2, 5, r + 14, 3, 25, 6, 4, 24, 7, 5, r + 1, 8, 6, 9, r + 13, 7, r + 1, 10, 10, r + 1, 11, 11, r + 1, 12, 12, r + 1, 13, 13, r + 1, 14, 14, r + 1, 15, 15, r + 1, 16, 16, r + 1, 17, 17, r + 1, 18, 18, r + 1, 19, 19, r + 1, 20, 20, r + 1, 21, 21, r + 1, 22, 22, r + 1, 23, 23, r + 1, r + 2, 8, r + 11, r + 12, 4, 28, 26, 9, 27, r + 10, 24, r + 8, r + 9, 8, 29, r + 7, 9, r + 6, r + 7, 3, r + 3, 31, 4, r + 4, r + 5 ]);
    const bdd = BinaryDecisionDiagram.from(nodes, 2, _data.conditions, _data.results);
    const cache = new EndpointCache({
      size: 50,
      params: [ "Endpoint", "Region", "UseDualStack", "UseFIPS", "UseGlobalEndpoint" ]
    });
    const defaultEndpointResolver = (endpointParams, context = {}) => cache.get(endpointParams, () => decideEndpoint(bdd, {
      endpointParams: endpointParams,
      logger: context.logger
    }));
    customEndpointFunctions.aws = awsEndpointFunctions;
    const defaultSTSHttpAuthSchemeParametersProvider = (defaultHttpAuthSchemeParametersProvider => async (config, context, input) => {
      if (!input) throw new Error("Could not find `input` for `defaultEndpointRuleSetHttpAuthSchemeParametersProvider`");
      const defaultParameters = await defaultHttpAuthSchemeParametersProvider(config, context);
      const instructionsFn = getSmithyContext(context)?.commandInstance?.constructor?.getEndpointParameterInstructions;
      if (!instructionsFn) throw new Error(`getEndpointParameterInstructions() is not defined on '${context.commandName}'`);
      const endpointParameters = await resolveParams(input, {
        getEndpointParameterInstructions: instructionsFn
      }, config);
      return Object.assign(defaultParameters, endpointParameters);
    })(async (config, context, input) => ({
      operation: getSmithyContext(context).operation,
      region: await normalizeProvider(config.region)() || (() => {
        throw new Error("expected `region` to be configured for `aws.auth#sigv4`");
      })()
    }));
    function createAwsAuthSigv4HttpAuthOption(authParameters) {
      return {
        schemeId: "aws.auth#sigv4",
        signingProperties: {
          name: "sts",
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
    function createAwsAuthSigv4aHttpAuthOption(authParameters) {
      return {
        schemeId: "aws.auth#sigv4a",
        signingProperties: {
          name: "sts",
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
    function createSmithyApiNoAuthHttpAuthOption(authParameters) {
      return {
        schemeId: "smithy.api#noAuth"
      };
    }
    const defaultSTSHttpAuthSchemeProvider = ((defaultEndpointResolver, defaultHttpAuthSchemeResolver, createHttpAuthOptionFunctions) => authParameters => {
      const endpoint = defaultEndpointResolver(authParameters);
      const authSchemes = endpoint.properties?.authSchemes;
      if (!authSchemes) return defaultHttpAuthSchemeResolver(authParameters);
      const options = [];
      for (const scheme of authSchemes) {
        const {name: resolvedName, properties: properties = {}, ...rest} = scheme;
        const name = resolvedName.toLowerCase();
        if (resolvedName !== name) console.warn(`HttpAuthScheme has been normalized with lowercasing: '${resolvedName}' to '${name}'`);
        let schemeId;
        if (name === "sigv4a") {
          schemeId = "aws.auth#sigv4a";
          const sigv4Present = authSchemes.find(s => {
            const name = s.name.toLowerCase();
            return name !== "sigv4a" && name.startsWith("sigv4");
          });
          if (SignatureV4MultiRegion.sigv4aDependency() === "none" && sigv4Present) continue;
        } else if (name.startsWith("sigv4")) schemeId = "aws.auth#sigv4"; else throw new Error(`Unknown HttpAuthScheme found in '@smithy.rules#endpointRuleSet': '${name}'`);
        const createOption = createHttpAuthOptionFunctions[schemeId];
        if (!createOption) throw new Error(`Could not find HttpAuthOption create function for '${schemeId}'`);
        const option = createOption(authParameters);
        option.schemeId = schemeId;
        option.signingProperties = {
          ...option.signingProperties || {},
          ...rest,
          ...properties
        };
        options.push(option);
      }
      return options;
    })(defaultEndpointResolver, authParameters => {
      const options = [];
      switch (authParameters.operation) {
       case "AssumeRoleWithWebIdentity":
        options.push(createSmithyApiNoAuthHttpAuthOption());
        options.push(createAwsAuthSigv4aHttpAuthOption(authParameters));
        break;

       default:
        options.push(createAwsAuthSigv4HttpAuthOption(authParameters));
        options.push(createAwsAuthSigv4aHttpAuthOption(authParameters));
      }
      return options;
    }, {
      "aws.auth#sigv4": createAwsAuthSigv4HttpAuthOption,
      "aws.auth#sigv4a": createAwsAuthSigv4aHttpAuthOption,
      "smithy.api#noAuth": createSmithyApiNoAuthHttpAuthOption
    });
    const resolveHttpAuthSchemeConfig = config => {
      const config_0 = resolveAwsSdkSigV4Config(config);
      const config_1 = resolveAwsSdkSigV4AConfig(config_0);
      return Object.assign(config_1, {
        authSchemePreference: normalizeProvider(config.authSchemePreference ?? [])
      });
    };
    const resolveClientEndpointParameters = options => Object.assign(options, {
      useDualstackEndpoint: options.useDualstackEndpoint ?? false,
      useFipsEndpoint: options.useFipsEndpoint ?? false,
      useGlobalEndpoint: options.useGlobalEndpoint ?? false,
      defaultSigningName: "sts"
    });
    var packageInfo = {
      version: "3.998.2"
    };
    class STSServiceException extends ServiceException {
      static shapeId="smithy.ts.sdk.synthetic.com.amazonaws.sts#STSServiceException";
      constructor(options) {
        super(options);
        Object.setPrototypeOf(this, STSServiceException.prototype);
      }
    }
    class ExpiredTokenException extends STSServiceException {
      static shapeId="com.amazonaws.sts#ExpiredTokenException";
      name="ExpiredTokenException";
      $fault="client";
      constructor(opts) {
        super({
          name: "ExpiredTokenException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, ExpiredTokenException.prototype);
      }
    }
    class MalformedPolicyDocumentException extends STSServiceException {
      static shapeId="com.amazonaws.sts#MalformedPolicyDocumentException";
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
    class PackedPolicyTooLargeException extends STSServiceException {
      static shapeId="com.amazonaws.sts#PackedPolicyTooLargeException";
      name="PackedPolicyTooLargeException";
      $fault="client";
      constructor(opts) {
        super({
          name: "PackedPolicyTooLargeException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, PackedPolicyTooLargeException.prototype);
      }
    }
    class RegionDisabledException extends STSServiceException {
      static shapeId="com.amazonaws.sts#RegionDisabledException";
      name="RegionDisabledException";
      $fault="client";
      constructor(opts) {
        super({
          name: "RegionDisabledException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, RegionDisabledException.prototype);
      }
    }
    class IDPRejectedClaimException extends STSServiceException {
      static shapeId="com.amazonaws.sts#IDPRejectedClaimException";
      name="IDPRejectedClaimException";
      $fault="client";
      constructor(opts) {
        super({
          name: "IDPRejectedClaimException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, IDPRejectedClaimException.prototype);
      }
    }
    class InvalidIdentityTokenException extends STSServiceException {
      static shapeId="com.amazonaws.sts#InvalidIdentityTokenException";
      name="InvalidIdentityTokenException";
      $fault="client";
      constructor(opts) {
        super({
          name: "InvalidIdentityTokenException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, InvalidIdentityTokenException.prototype);
      }
    }
    class IDPCommunicationErrorException extends STSServiceException {
      static shapeId="com.amazonaws.sts#IDPCommunicationErrorException";
      name="IDPCommunicationErrorException";
      $fault="client";
      $retryable={};
      constructor(opts) {
        super({
          name: "IDPCommunicationErrorException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, IDPCommunicationErrorException.prototype);
      }
    }
    const _ARU = "AssumedRoleUser";
    const _C = "Credentials";
    const _DS = "DurationSeconds";
    const _MSTS = "MinimumSessionTokenSize";
    const _P = "Policy";
    const _PA = "PolicyArns";
    const _PPS = "PackedPolicySize";
    const _RA = "RoleArn";
    const _RSN = "RoleSessionName";
    const _SI = "SourceIdentity";
    const _STS = "SessionTokenSize";
    const _STU = "SessionTokenUtilization";
    const _aQE = "awsQueryError";
    const _c = "client";
    const _e = "error";
    const _hE = "httpError";
    const _m = "message";
    const _s = "smithy.ts.sdk.synthetic.com.amazonaws.sts";
    const n0 = "com.amazonaws.sts";
    const _s_registry = new TypeRegistry(_s);
    var STSServiceException$ = [ -3, _s, "STSServiceException", 0, [], [] ];
    _s_registry.registerError(STSServiceException$, STSServiceException);
    const n0_registry = new TypeRegistry(n0);
    var ExpiredTokenException$ = [ -3, n0, "ExpiredTokenException", {
      [_aQE]: [ `ExpiredTokenException`, 400 ],
      [_e]: _c,
      [_hE]: 400
    }, [ _m ], [ 0 ] ];
    n0_registry.registerError(ExpiredTokenException$, ExpiredTokenException);
    var IDPCommunicationErrorException$ = [ -3, n0, "IDPCommunicationErrorException", {
      [_aQE]: [ `IDPCommunicationError`, 400 ],
      [_e]: _c,
      [_hE]: 400
    }, [ _m ], [ 0 ] ];
    n0_registry.registerError(IDPCommunicationErrorException$, IDPCommunicationErrorException);
    var IDPRejectedClaimException$ = [ -3, n0, "IDPRejectedClaimException", {
      [_aQE]: [ `IDPRejectedClaim`, 403 ],
      [_e]: _c,
      [_hE]: 403
    }, [ _m ], [ 0 ] ];
    n0_registry.registerError(IDPRejectedClaimException$, IDPRejectedClaimException);
    var InvalidIdentityTokenException$ = [ -3, n0, "InvalidIdentityTokenException", {
      [_aQE]: [ `InvalidIdentityToken`, 400 ],
      [_e]: _c,
      [_hE]: 400
    }, [ _m ], [ 0 ] ];
    n0_registry.registerError(InvalidIdentityTokenException$, InvalidIdentityTokenException);
    var MalformedPolicyDocumentException$ = [ -3, n0, "MalformedPolicyDocumentException", {
      [_aQE]: [ `MalformedPolicyDocument`, 400 ],
      [_e]: _c,
      [_hE]: 400
    }, [ _m ], [ 0 ] ];
    n0_registry.registerError(MalformedPolicyDocumentException$, MalformedPolicyDocumentException);
    var PackedPolicyTooLargeException$ = [ -3, n0, "PackedPolicyTooLargeException", {
      [_aQE]: [ `PackedPolicyTooLarge`, 400 ],
      [_e]: _c,
      [_hE]: 400
    }, [ _m ], [ 0 ] ];
    n0_registry.registerError(PackedPolicyTooLargeException$, PackedPolicyTooLargeException);
    var RegionDisabledException$ = [ -3, n0, "RegionDisabledException", {
      [_aQE]: [ `RegionDisabledException`, 403 ],
      [_e]: _c,
      [_hE]: 403
    }, [ _m ], [ 0 ] ];
    n0_registry.registerError(RegionDisabledException$, RegionDisabledException);
    const errorTypeRegistries = [ _s_registry, n0_registry ];
    var accessKeySecretType = [ 0, n0, "accessKeySecretType", 8, 0 ];
    var clientTokenType = [ 0, n0, "clientTokenType", 8, 0 ];
    var AssumedRoleUser$ = [ 3, n0, _ARU, 0, [ "AssumedRoleId", "Arn" ], [ 0, 0 ], 2 ];
    var AssumeRoleRequest$ = [ 3, n0, "AssumeRoleRequest", 0, [ _RA, _RSN, _PA, _P, _DS, "Tags", "TransitiveTagKeys", "ExternalId", "SerialNumber", "TokenCode", _SI, "ProvidedContexts", _MSTS ], [ 0, 0, () => policyDescriptorListType, 0, 1, () => tagListType, 64 | 0, 0, 0, 0, 0, () => ProvidedContextsListType, 1 ], 2 ];
    var AssumeRoleResponse$ = [ 3, n0, "AssumeRoleResponse", 0, [ _C, _ARU, _PPS, _SI, _STU, _STS ], [ [ () => Credentials$, 0 ], () => AssumedRoleUser$, 1, 0, 1, 1 ] ];
    var AssumeRoleWithWebIdentityRequest$ = [ 3, n0, "AssumeRoleWithWebIdentityRequest", 0, [ _RA, _RSN, "WebIdentityToken", "ProviderId", _PA, _P, _DS, _MSTS ], [ 0, 0, [ () => clientTokenType, 0 ], 0, () => policyDescriptorListType, 0, 1, 1 ], 3 ];
    var AssumeRoleWithWebIdentityResponse$ = [ 3, n0, "AssumeRoleWithWebIdentityResponse", 0, [ _C, "SubjectFromWebIdentityToken", _ARU, _PPS, "Provider", "Audience", _SI, _STU, _STS ], [ [ () => Credentials$, 0 ], 0, () => AssumedRoleUser$, 1, 0, 0, 0, 1, 1 ] ];
    var Credentials$ = [ 3, n0, _C, 0, [ "AccessKeyId", "SecretAccessKey", "SessionToken", "Expiration" ], [ 0, [ () => accessKeySecretType, 0 ], 0, 4 ], 4 ];
    var PolicyDescriptorType$ = [ 3, n0, "PolicyDescriptorType", 0, [ "arn" ], [ 0 ] ];
    var ProvidedContext$ = [ 3, n0, "ProvidedContext", 0, [ "ProviderArn", "ContextAssertion" ], [ 0, 0 ] ];
    var Tag$ = [ 3, n0, "Tag", 0, [ "Key", "Value" ], [ 0, 0 ], 2 ];
    var policyDescriptorListType = [ 1, n0, "policyDescriptorListType", 0, () => PolicyDescriptorType$ ];
    var ProvidedContextsListType = [ 1, n0, "ProvidedContextsListType", 0, () => ProvidedContext$ ];
    var tagListType = [ 1, n0, "tagListType", 0, () => Tag$ ];
    var AssumeRole$ = [ 9, n0, "AssumeRole", 0, () => AssumeRoleRequest$, () => AssumeRoleResponse$ ];
    var AssumeRoleWithWebIdentity$ = [ 9, n0, "AssumeRoleWithWebIdentity", 0, () => AssumeRoleWithWebIdentityRequest$, () => AssumeRoleWithWebIdentityResponse$ ];
    const getRuntimeConfig$1 = config => ({
      apiVersion: "2011-06-15",
      base64Decoder: config?.base64Decoder ?? fromBase64,
      base64Encoder: config?.base64Encoder ?? toBase64,
      disableHostPrefix: config?.disableHostPrefix ?? false,
      endpointProvider: config?.endpointProvider ?? defaultEndpointResolver,
      extensions: config?.extensions ?? [],
      httpAuthSchemeProvider: config?.httpAuthSchemeProvider ?? defaultSTSHttpAuthSchemeProvider,
      httpAuthSchemes: config?.httpAuthSchemes ?? [ {
        schemeId: "aws.auth#sigv4",
        identityProvider: ipc => ipc.getIdentityProvider("aws.auth#sigv4"),
        signer: new AwsSdkSigV4Signer
      }, {
        schemeId: "aws.auth#sigv4a",
        identityProvider: ipc => ipc.getIdentityProvider("aws.auth#sigv4a"),
        signer: new AwsSdkSigV4ASigner
      }, {
        schemeId: "smithy.api#noAuth",
        identityProvider: ipc => ipc.getIdentityProvider("smithy.api#noAuth") || (async () => ({})),
        signer: new NoAuthSigner
      } ],
      logger: config?.logger ?? new NoOpLogger,
      protocol: config?.protocol ?? AwsQueryProtocol,
      protocolSettings: config?.protocolSettings ?? {
        defaultNamespace: "com.amazonaws.sts",
        errorTypeRegistries: errorTypeRegistries,
        xmlNamespace: "https://sts.amazonaws.com/doc/2011-06-15/",
        version: "2011-06-15",
        serviceTarget: "AWSSecurityTokenServiceV20110615"
      },
      serviceId: config?.serviceId ?? "STS",
      sha256: config?.sha256 ?? Sha256,
      signerConstructor: config?.signerConstructor ?? SignatureV4MultiRegion,
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
        defaultSocketTimeout: getDefaultSocketTimeout(config?.requestHandler, 3e5),
        defaultUserAgentProvider: config?.defaultUserAgentProvider ?? createDefaultUserAgentProvider({
          serviceId: clientSharedValues.serviceId,
          clientVersion: packageInfo.version
        }),
        httpAuthSchemes: config?.httpAuthSchemes ?? [ {
          schemeId: "aws.auth#sigv4",
          identityProvider: ipc => ipc.getIdentityProvider("aws.auth#sigv4") || (async idProps => await config.credentialDefaultProvider(idProps?.__config || {})()),
          signer: new AwsSdkSigV4Signer
        }, {
          schemeId: "aws.auth#sigv4a",
          identityProvider: ipc => ipc.getIdentityProvider("aws.auth#sigv4a"),
          signer: new AwsSdkSigV4ASigner
        }, {
          schemeId: "smithy.api#noAuth",
          identityProvider: ipc => ipc.getIdentityProvider("smithy.api#noAuth") || (async () => ({})),
          signer: new NoAuthSigner
        } ],
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
        sigv4aSigningRegionSet: config?.sigv4aSigningRegionSet ?? loadConfig(NODE_SIGV4A_CONFIG_OPTIONS, loaderConfig),
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
    class STSClient extends Client {
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
          httpAuthSchemeParametersProvider: defaultSTSHttpAuthSchemeParametersProvider,
          identityProviderConfigProvider: async config => new DefaultIdentityProviderConfig({
            "aws.auth#sigv4": config.credentials,
            "aws.auth#sigv4a": config.credentials
          })
        }));
        this.middlewareStack.use(getHttpSigningPlugin(this.config));
      }
      destroy() {
        super.destroy();
      }
    }
    const command = makeBuilder({
      UseGlobalEndpoint: {
        type: "builtInParams",
        name: "useGlobalEndpoint"
      },
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
    }, "AWSSecurityTokenServiceV20110615", "STSClient", getEndpointPlugin);
    const _ep0 = {};
    const _mw0 = (Command, cs, config, o) => [];
    class AssumeRoleCommand extends(command(_ep0, _mw0, "AssumeRole", AssumeRole$)){}
    class AssumeRoleWithWebIdentityCommand extends(command(_ep0, _mw0, "AssumeRoleWithWebIdentity", AssumeRoleWithWebIdentity$)){}
    const commands = {
      AssumeRoleCommand: AssumeRoleCommand,
      AssumeRoleWithWebIdentityCommand: AssumeRoleWithWebIdentityCommand
    };
    class STS extends STSClient {}
    createAggregatedClient(commands, STS);
    const getAccountIdFromAssumedRoleUser = assumedRoleUser => {
      if (typeof assumedRoleUser?.Arn === "string") {
        const arnComponents = assumedRoleUser.Arn.split(":");
        if (arnComponents.length > 4 && arnComponents[4] !== "") return arnComponents[4];
      }
      return;
    };
    const resolveRegion = async (_region, _parentRegion, credentialProviderLogger, loaderConfig = {}) => {
      const region = typeof _region === "function" ? await _region() : _region;
      const parentRegion = typeof _parentRegion === "function" ? await _parentRegion() : _parentRegion;
      let stsDefaultRegion = "";
      const resolvedRegion = region ?? parentRegion ?? (stsDefaultRegion = await stsRegionDefaultResolver(loaderConfig)());
      credentialProviderLogger?.debug?.("@aws-sdk/client-sts::resolveRegion", "accepting first of:", `${region} (credential provider clientConfig)`, `${parentRegion} (contextual client)`, `${stsDefaultRegion} (STS default: AWS_REGION, profile region, or us-east-1)`);
      return resolvedRegion;
    };
    const getDefaultRoleAssumer$1 = (stsOptions, STSClient) => {
      let stsClient;
      let closureSourceCreds;
      return async (sourceCreds, params) => {
        closureSourceCreds = sourceCreds;
        if (!stsClient) {
          const {logger: logger = stsOptions?.parentClientConfig?.logger, profile: profile = stsOptions?.parentClientConfig?.profile, region: region, requestHandler: requestHandler = stsOptions?.parentClientConfig?.requestHandler, credentialProviderLogger: credentialProviderLogger, userAgentAppId: userAgentAppId = stsOptions?.parentClientConfig?.userAgentAppId} = stsOptions;
          const resolvedRegion = await resolveRegion(region, stsOptions?.parentClientConfig?.region, credentialProviderLogger, {
            logger: logger,
            profile: profile
          });
          const isCompatibleRequestHandler = !isH2(requestHandler);
          stsClient = new STSClient({
            ...stsOptions,
            userAgentAppId: userAgentAppId,
            profile: profile,
            credentialDefaultProvider: () => async () => closureSourceCreds,
            region: resolvedRegion,
            requestHandler: isCompatibleRequestHandler ? requestHandler : void 0,
            logger: logger
          });
        }
        const {Credentials: Credentials, AssumedRoleUser: AssumedRoleUser} = await stsClient.send(new AssumeRoleCommand(params));
        if (!Credentials || !Credentials.AccessKeyId || !Credentials.SecretAccessKey) throw new Error(`Invalid response from STS.assumeRole call with role ${params.RoleArn}`);
        const accountId = getAccountIdFromAssumedRoleUser(AssumedRoleUser);
        const credentials = {
          accessKeyId: Credentials.AccessKeyId,
          secretAccessKey: Credentials.SecretAccessKey,
          sessionToken: Credentials.SessionToken,
          expiration: Credentials.Expiration,
          ...Credentials.CredentialScope && {
            credentialScope: Credentials.CredentialScope
          },
          ...accountId && {
            accountId: accountId
          }
        };
        setCredentialFeature(credentials, "CREDENTIALS_STS_ASSUME_ROLE", "i");
        return credentials;
      };
    };
    const getDefaultRoleAssumerWithWebIdentity$1 = (stsOptions, STSClient) => {
      let stsClient;
      return async params => {
        if (!stsClient) {
          const {logger: logger = stsOptions?.parentClientConfig?.logger, profile: profile = stsOptions?.parentClientConfig?.profile, region: region, requestHandler: requestHandler = stsOptions?.parentClientConfig?.requestHandler, credentialProviderLogger: credentialProviderLogger, userAgentAppId: userAgentAppId = stsOptions?.parentClientConfig?.userAgentAppId} = stsOptions;
          const resolvedRegion = await resolveRegion(region, stsOptions?.parentClientConfig?.region, credentialProviderLogger, {
            logger: logger,
            profile: profile
          });
          const isCompatibleRequestHandler = !isH2(requestHandler);
          stsClient = new STSClient({
            ...stsOptions,
            userAgentAppId: userAgentAppId,
            profile: profile,
            region: resolvedRegion,
            requestHandler: isCompatibleRequestHandler ? requestHandler : void 0,
            logger: logger
          });
        }
        const {Credentials: Credentials, AssumedRoleUser: AssumedRoleUser} = await stsClient.send(new AssumeRoleWithWebIdentityCommand(params));
        if (!Credentials || !Credentials.AccessKeyId || !Credentials.SecretAccessKey) throw new Error(`Invalid response from STS.assumeRoleWithWebIdentity call with role ${params.RoleArn}`);
        const accountId = getAccountIdFromAssumedRoleUser(AssumedRoleUser);
        const credentials = {
          accessKeyId: Credentials.AccessKeyId,
          secretAccessKey: Credentials.SecretAccessKey,
          sessionToken: Credentials.SessionToken,
          expiration: Credentials.Expiration,
          ...Credentials.CredentialScope && {
            credentialScope: Credentials.CredentialScope
          },
          ...accountId && {
            accountId: accountId
          }
        };
        if (accountId) setCredentialFeature(credentials, "RESOLVED_ACCOUNT_ID", "T");
        setCredentialFeature(credentials, "CREDENTIALS_STS_ASSUME_ROLE_WEB_ID", "k");
        return credentials;
      };
    };
    const isH2 = requestHandler => requestHandler?.metadata?.handlerProtocol === "h2";
    const getCustomizableStsClientCtor = (baseCtor, customizations) => {
      if (!customizations) return baseCtor; else return class extends baseCtor {
        constructor(config) {
          super(config);
          for (const customization of customizations) this.middlewareStack.use(customization);
        }
      };
    };
    const getDefaultRoleAssumer = (stsOptions = {}, stsPlugins) => getDefaultRoleAssumer$1(stsOptions, getCustomizableStsClientCtor(STSClient, stsPlugins));
    const getDefaultRoleAssumerWithWebIdentity = (stsOptions = {}, stsPlugins) => getDefaultRoleAssumerWithWebIdentity$1(stsOptions, getCustomizableStsClientCtor(STSClient, stsPlugins));
    exports.AssumeRole$ = AssumeRole$;
    exports.AssumeRoleCommand = AssumeRoleCommand;
    exports.AssumeRoleRequest$ = AssumeRoleRequest$;
    exports.AssumeRoleResponse$ = AssumeRoleResponse$;
    exports.AssumeRoleWithWebIdentity$ = AssumeRoleWithWebIdentity$;
    exports.AssumeRoleWithWebIdentityCommand = AssumeRoleWithWebIdentityCommand;
    exports.AssumeRoleWithWebIdentityRequest$ = AssumeRoleWithWebIdentityRequest$;
    exports.AssumeRoleWithWebIdentityResponse$ = AssumeRoleWithWebIdentityResponse$;
    exports.AssumedRoleUser$ = AssumedRoleUser$;
    exports.Credentials$ = Credentials$;
    exports.ExpiredTokenException = ExpiredTokenException;
    exports.ExpiredTokenException$ = ExpiredTokenException$;
    exports.IDPCommunicationErrorException = IDPCommunicationErrorException;
    exports.IDPCommunicationErrorException$ = IDPCommunicationErrorException$;
    exports.IDPRejectedClaimException = IDPRejectedClaimException;
    exports.IDPRejectedClaimException$ = IDPRejectedClaimException$;
    exports.InvalidIdentityTokenException = InvalidIdentityTokenException;
    exports.InvalidIdentityTokenException$ = InvalidIdentityTokenException$;
    exports.MalformedPolicyDocumentException = MalformedPolicyDocumentException;
    exports.MalformedPolicyDocumentException$ = MalformedPolicyDocumentException$;
    exports.PackedPolicyTooLargeException = PackedPolicyTooLargeException;
    exports.PackedPolicyTooLargeException$ = PackedPolicyTooLargeException$;
    exports.PolicyDescriptorType$ = PolicyDescriptorType$;
    exports.ProvidedContext$ = ProvidedContext$;
    exports.RegionDisabledException = RegionDisabledException;
    exports.RegionDisabledException$ = RegionDisabledException$;
    exports.STS = STS;
    exports.STSClient = STSClient;
    exports.STSServiceException = STSServiceException;
    exports.STSServiceException$ = STSServiceException$;
    exports.Tag$ = Tag$;
    exports.decorateDefaultCredentialProvider = provider => input => provider({
      roleAssumer: getDefaultRoleAssumer(input),
      roleAssumerWithWebIdentity: getDefaultRoleAssumerWithWebIdentity(input),
      ...input
    });
    exports.errorTypeRegistries = errorTypeRegistries;
    exports.getDefaultRoleAssumer = getDefaultRoleAssumer;
    exports.getDefaultRoleAssumerWithWebIdentity = getDefaultRoleAssumerWithWebIdentity;
  },
  5785: (__unused_webpack_module, exports, __webpack_require__) => {
    const {SignatureV4: SignatureV4, signatureV4aContainer: signatureV4aContainer} = __webpack_require__(5118);
    const signatureV4CrtContainer = {
      CrtSignerV4: null
    };
    const SESSION_TOKEN_QUERY_PARAM = "X-Amz-S3session-Token";
    const SESSION_TOKEN_HEADER = SESSION_TOKEN_QUERY_PARAM.toLowerCase();
    class SignatureV4SignWithCredentials extends SignatureV4 {
      async signWithCredentials(requestToSign, credentials, options) {
        const credentialsWithoutSessionToken = getCredentialsWithoutSessionToken(credentials);
        requestToSign.headers[SESSION_TOKEN_HEADER] = credentials.sessionToken;
        setSingleOverride(this, credentialsWithoutSessionToken);
        return this.signRequest(requestToSign, options ?? {});
      }
      async presignWithCredentials(requestToSign, credentials, options) {
        const credentialsWithoutSessionToken = getCredentialsWithoutSessionToken(credentials);
        delete requestToSign.headers[SESSION_TOKEN_HEADER];
        requestToSign.headers[SESSION_TOKEN_QUERY_PARAM] = credentials.sessionToken;
        requestToSign.query = requestToSign.query ?? {};
        requestToSign.query[SESSION_TOKEN_QUERY_PARAM] = credentials.sessionToken;
        setSingleOverride(this, credentialsWithoutSessionToken);
        return this.presign(requestToSign, options);
      }
    }
    function getCredentialsWithoutSessionToken(credentials) {
      return {
        accessKeyId: credentials.accessKeyId,
        secretAccessKey: credentials.secretAccessKey,
        expiration: credentials.expiration
      };
    }
    function setSingleOverride(privateAccess, credentialsWithoutSessionToken) {
      const currentCredentialProvider = privateAccess.credentialProvider;
      privateAccess.credentialProvider = () => {
        privateAccess.credentialProvider = currentCredentialProvider;
        return Promise.resolve(credentialsWithoutSessionToken);
      };
    }
    exports.SignatureV4MultiRegion = class {
      sigv4aSigner;
      sigv4Signer;
      signerOptions;
      static sigv4aDependency() {
        if (typeof signatureV4CrtContainer.CrtSignerV4 === "function") return "crt"; else if (typeof signatureV4aContainer.SignatureV4a === "function") return "js";
        return "none";
      }
      constructor(options) {
        this.sigv4Signer = new SignatureV4SignWithCredentials(options);
        this.signerOptions = options;
      }
      async sign(requestToSign, options = {}) {
        if (options.signingRegion === "*") return this.getSigv4aSigner().sign(requestToSign, options);
        return this.sigv4Signer.sign(requestToSign, options);
      }
      async signWithCredentials(requestToSign, credentials, options = {}) {
        if (options.signingRegion === "*") {
          const signer = this.getSigv4aSigner();
          const CrtSignerV4 = signatureV4CrtContainer.CrtSignerV4;
          if (CrtSignerV4 && signer instanceof CrtSignerV4) return signer.signWithCredentials(requestToSign, credentials, options); else throw new Error(`signWithCredentials with signingRegion '*' is only supported when using the CRT dependency @aws-sdk/signature-v4-crt. ` + `Please check whether you have installed the "@aws-sdk/signature-v4-crt" package explicitly. ` + `You must also register the package by calling [require("@aws-sdk/signature-v4-crt");] ` + `or an ESM equivalent such as [import "@aws-sdk/signature-v4-crt";]. ` + `For more information please go to https://github.com/aws/aws-sdk-js-v3#functionality-requiring-aws-common-runtime-crt`);
        }
        return this.sigv4Signer.signWithCredentials(requestToSign, credentials, options);
      }
      async presign(originalRequest, options = {}) {
        if (options.signingRegion === "*") {
          const signer = this.getSigv4aSigner();
          const CrtSignerV4 = signatureV4CrtContainer.CrtSignerV4;
          if (CrtSignerV4 && signer instanceof CrtSignerV4) return signer.presign(originalRequest, options); else throw new Error(`presign with signingRegion '*' is only supported when using the CRT dependency @aws-sdk/signature-v4-crt. ` + `Please check whether you have installed the "@aws-sdk/signature-v4-crt" package explicitly. ` + `You must also register the package by calling [require("@aws-sdk/signature-v4-crt");] ` + `or an ESM equivalent such as [import "@aws-sdk/signature-v4-crt";]. ` + `For more information please go to https://github.com/aws/aws-sdk-js-v3#functionality-requiring-aws-common-runtime-crt`);
        }
        return this.sigv4Signer.presign(originalRequest, options);
      }
      async presignWithCredentials(originalRequest, credentials, options = {}) {
        if (options.signingRegion === "*") throw new Error("Method presignWithCredentials is not supported for [signingRegion=*].");
        return this.sigv4Signer.presignWithCredentials(originalRequest, credentials, options);
      }
      getSigv4aSigner() {
        if (!this.sigv4aSigner) {
          const CrtSignerV4 = signatureV4CrtContainer.CrtSignerV4;
          const JsSigV4aSigner = signatureV4aContainer.SignatureV4a;
          if (this.signerOptions.runtime === "node") {
            if (!CrtSignerV4 && !JsSigV4aSigner) throw new Error("Neither CRT nor JS SigV4a implementation is available. " + "Please load either @aws-sdk/signature-v4-crt or @aws-sdk/signature-v4a. " + "For more information please go to " + "https://github.com/aws/aws-sdk-js-v3#functionality-requiring-aws-common-runtime-crt");
            if (CrtSignerV4 && typeof CrtSignerV4 === "function") this.sigv4aSigner = new CrtSignerV4({
              ...this.signerOptions,
              signingAlgorithm: 1
            }); else if (JsSigV4aSigner && typeof JsSigV4aSigner === "function") this.sigv4aSigner = new JsSigV4aSigner({
              ...this.signerOptions
            }); else throw new Error("Available SigV4a implementation is not a valid constructor. " + "Please ensure you've properly imported @aws-sdk/signature-v4-crt or @aws-sdk/signature-v4a." + "For more information please go to " + "https://github.com/aws/aws-sdk-js-v3#functionality-requiring-aws-common-runtime-crt");
          } else {
            if (!JsSigV4aSigner || typeof JsSigV4aSigner !== "function") throw new Error("JS SigV4a implementation is not available or not a valid constructor. " + "Please check whether you have installed the @aws-sdk/signature-v4a package explicitly. The CRT implementation is not available for browsers. " + "You must also register the package by calling [require('@aws-sdk/signature-v4a');] " + "or an ESM equivalent such as [import '@aws-sdk/signature-v4a';]. " + "For more information please go to " + "https://github.com/aws/aws-sdk-js-v3#using-javascript-non-crt-implementation-of-sigv4a");
            this.sigv4aSigner = new JsSigV4aSigner({
              ...this.signerOptions
            });
          }
        }
        return this.sigv4aSigner;
      }
    };
    exports.SignatureV4SignWithCredentials = SignatureV4SignWithCredentials;
    exports.signatureV4CrtContainer = signatureV4CrtContainer;
  },
  5433: (__unused_webpack_module, exports, __webpack_require__) => {
    const {setTokenFeature: setTokenFeature} = __webpack_require__(5152);
    const {getBearerTokenEnvKey: getBearerTokenEnvKey} = __webpack_require__(7523);
    const {TokenProviderError: TokenProviderError, getSSOTokenFilepath: getSSOTokenFilepath, parseKnownFiles: parseKnownFiles, getProfileName: getProfileName, loadSsoSessionData: loadSsoSessionData, getSSOTokenFromFile: getSSOTokenFromFile, memoize: memoize, chain: chain} = __webpack_require__(7291);
    const {promises: promises} = __webpack_require__(3024);
    const EXPIRE_WINDOW_MS = 5 * 60 * 1e3;
    const REFRESH_MESSAGE = `To refresh this SSO session run 'aws sso login' with the corresponding profile.`;
    const getSsoOidcClient = async (ssoRegion, init = {}, callerClientConfig) => {
      const {SSOOIDCClient: SSOOIDCClient} = __webpack_require__(9443);
      const coalesce = prop => init.clientConfig?.[prop] ?? init.parentClientConfig?.[prop] ?? callerClientConfig?.[prop];
      const ssoOidcClient = new SSOOIDCClient(Object.assign({}, init.clientConfig ?? {}, {
        region: ssoRegion ?? init.clientConfig?.region,
        logger: coalesce("logger"),
        userAgentAppId: coalesce("userAgentAppId")
      }));
      return ssoOidcClient;
    };
    const getNewSsoOidcToken = async (ssoToken, ssoRegion, init = {}, callerClientConfig) => {
      const {CreateTokenCommand: CreateTokenCommand} = __webpack_require__(9443);
      const ssoOidcClient = await getSsoOidcClient(ssoRegion, init, callerClientConfig);
      return ssoOidcClient.send(new CreateTokenCommand({
        clientId: ssoToken.clientId,
        clientSecret: ssoToken.clientSecret,
        refreshToken: ssoToken.refreshToken,
        grantType: "refresh_token"
      }));
    };
    const validateTokenExpiry = token => {
      if (token.expiration && token.expiration.getTime() < Date.now()) throw new TokenProviderError(`Token is expired. ${REFRESH_MESSAGE}`, false);
    };
    const validateTokenKey = (key, value, forRefresh = false) => {
      if (typeof value === "undefined") throw new TokenProviderError(`Value not present for '${key}' in SSO Token${forRefresh ? ". Cannot refresh" : ""}. ${REFRESH_MESSAGE}`, false);
    };
    const {writeFile: writeFile} = promises;
    const writeSSOTokenToFile = (id, ssoToken) => {
      const tokenFilepath = getSSOTokenFilepath(id);
      const tokenString = JSON.stringify(ssoToken, null, 2);
      return writeFile(tokenFilepath, tokenString);
    };
    const lastRefreshAttemptTimes = new Map;
    const inFlightRefreshes = new Map;
    const fromSso = (init = {}) => async ({callerClientConfig: callerClientConfig} = {}) => {
      init.logger?.debug("@aws-sdk/token-providers - fromSso");
      const profiles = await parseKnownFiles(init);
      const profileName = getProfileName({
        profile: init.profile ?? callerClientConfig?.profile
      });
      const profile = profiles[profileName];
      if (!profile) throw new TokenProviderError(`Profile '${profileName}' could not be found in shared credentials file.`, false); else if (!profile["sso_session"]) throw new TokenProviderError(`Profile '${profileName}' is missing required property 'sso_session'.`);
      const ssoSessionName = profile["sso_session"];
      const inFlightRefresh = inFlightRefreshes.get(ssoSessionName);
      if (inFlightRefresh) return await inFlightRefresh;
      const ssoSessions = await loadSsoSessionData(init);
      const ssoSession = ssoSessions[ssoSessionName];
      if (!ssoSession) throw new TokenProviderError(`Sso session '${ssoSessionName}' could not be found in shared credentials file.`, false);
      for (const ssoSessionRequiredKey of [ "sso_start_url", "sso_region" ]) if (!ssoSession[ssoSessionRequiredKey]) throw new TokenProviderError(`Sso session '${ssoSessionName}' is missing required property '${ssoSessionRequiredKey}'.`, false);
      ssoSession["sso_start_url"];
      const ssoRegion = ssoSession["sso_region"];
      let ssoToken;
      try {
        ssoToken = await getSSOTokenFromFile(ssoSessionName);
      } catch (e) {
        throw new TokenProviderError(`The SSO session token associated with profile=${profileName} was not found or is invalid. ${REFRESH_MESSAGE}`, false);
      }
      validateTokenKey("accessToken", ssoToken.accessToken);
      validateTokenKey("expiresAt", ssoToken.expiresAt);
      const {accessToken: accessToken, expiresAt: expiresAt} = ssoToken;
      const existingToken = {
        token: accessToken,
        expiration: new Date(expiresAt)
      };
      if (existingToken.expiration.getTime() - Date.now() > EXPIRE_WINDOW_MS) return existingToken;
      const inFlightRefreshAfterReadingToken = inFlightRefreshes.get(ssoSessionName);
      if (inFlightRefreshAfterReadingToken) return await inFlightRefreshAfterReadingToken;
      const lastRefreshAttemptTime = lastRefreshAttemptTimes.get(ssoSessionName) ?? 0;
      if (Date.now() - lastRefreshAttemptTime < 30 * 1e3) {
        validateTokenExpiry(existingToken);
        return existingToken;
      }
      validateTokenKey("clientId", ssoToken.clientId, true);
      validateTokenKey("clientSecret", ssoToken.clientSecret, true);
      validateTokenKey("refreshToken", ssoToken.refreshToken, true);
      const refresh = (async () => {
        try {
          lastRefreshAttemptTimes.set(ssoSessionName, Date.now());
          const newSsoOidcToken = await getNewSsoOidcToken(ssoToken, ssoRegion, init, callerClientConfig);
          validateTokenKey("accessToken", newSsoOidcToken.accessToken);
          validateTokenKey("expiresIn", newSsoOidcToken.expiresIn);
          const newTokenExpiration = new Date(Date.now() + newSsoOidcToken.expiresIn * 1e3);
          try {
            await writeSSOTokenToFile(ssoSessionName, {
              ...ssoToken,
              accessToken: newSsoOidcToken.accessToken,
              expiresAt: newTokenExpiration.toISOString(),
              refreshToken: newSsoOidcToken.refreshToken
            });
          } catch (error) {}
          return {
            token: newSsoOidcToken.accessToken,
            expiration: newTokenExpiration
          };
        } catch (error) {
          validateTokenExpiry(existingToken);
          return existingToken;
        }
      })();
      inFlightRefreshes.set(ssoSessionName, refresh);
      try {
        return await refresh;
      } finally {
        inFlightRefreshes.delete(ssoSessionName);
      }
    };
    exports.fromEnvSigningName = ({logger: logger, signingName: signingName} = {}) => async () => {
      logger?.debug?.("@aws-sdk/token-providers - fromEnvSigningName");
      if (!signingName) throw new TokenProviderError("Please pass 'signingName' to compute environment variable key", {
        logger: logger
      });
      const bearerTokenKey = getBearerTokenEnvKey(signingName);
      if (!(bearerTokenKey in process.env)) throw new TokenProviderError(`Token not present in '${bearerTokenKey}' environment variable`, {
        logger: logger
      });
      const token = {
        token: process.env[bearerTokenKey]
      };
      setTokenFeature(token, "BEARER_SERVICE_ENV_VARS", "3");
      return token;
    };
    exports.fromSso = fromSso;
    exports.fromStatic = ({token: token, logger: logger}) => async () => {
      logger?.debug("@aws-sdk/token-providers - fromStatic");
      if (!token || !token.token) throw new TokenProviderError(`Please pass a valid token to fromStatic`, false);
      return token;
    };
    exports.nodeProvider = (init = {}) => memoize(chain(fromSso(init), async () => {
      throw new TokenProviderError("Could not load token from any providers", false);
    }), token => token.expiration !== void 0 && token.expiration.getTime() - Date.now() < 3e5, token => token.expiration !== void 0);
  },
  4274: (__unused_webpack_module, exports) => {
    const ATTR_ESCAPE_RE = /[&<>"]/g;
    const ATTR_ESCAPE_MAP = {
      "&": "&amp;",
      "<": "&lt;",
      ">": "&gt;",
      '"': "&quot;"
    };
    function escapeAttribute(value) {
      return value.replace(ATTR_ESCAPE_RE, ch => ATTR_ESCAPE_MAP[ch]);
    }
    const ELEMENT_ESCAPE_RE = /[&"'<>\r\n\u0085\u2028]/g;
    const ELEMENT_ESCAPE_MAP = {
      "&": "&amp;",
      '"': "&quot;",
      "'": "&apos;",
      "<": "&lt;",
      ">": "&gt;",
      "\r": "&#x0D;",
      "\n": "&#x0A;",
      "": "&#x85;",
      "\u2028": "&#x2028;"
    };
    function escapeElement(value) {
      return value.replace(ELEMENT_ESCAPE_RE, ch => ELEMENT_ESCAPE_MAP[ch]);
    }
    class XmlText {
      value;
      constructor(value) {
        this.value = value;
      }
      toString() {
        return escapeElement("" + this.value);
      }
    }
    class XmlNode {
      name;
      children;
      attributes={};
      static of(name, childText, withName) {
        const node = new XmlNode(name);
        if (childText !== void 0) node.addChildNode(new XmlText(childText));
        if (withName !== void 0) node.withName(withName);
        return node;
      }
      constructor(name, children = []) {
        this.name = name;
        this.children = children;
      }
      withName(name) {
        this.name = name;
        return this;
      }
      addAttribute(name, value) {
        this.attributes[name] = value;
        return this;
      }
      addChildNode(child) {
        this.children.push(child);
        return this;
      }
      removeAttribute(name) {
        delete this.attributes[name];
        return this;
      }
      n(name) {
        this.name = name;
        return this;
      }
      c(child) {
        this.children.push(child);
        return this;
      }
      a(name, value) {
        if (value != null) this.attributes[name] = value;
        return this;
      }
      cc(input, field, withName = field) {
        if (input[field] != null) {
          const node = XmlNode.of(field, input[field]).withName(withName);
          this.c(node);
        }
      }
      l(input, listName, memberName, valueProvider) {
        if (input[listName] != null) {
          const nodes = valueProvider();
          nodes.map(node => {
            node.withName(memberName);
            this.c(node);
          });
        }
      }
      lc(input, listName, memberName, valueProvider) {
        if (input[listName] != null) {
          const nodes = valueProvider();
          const containerNode = new XmlNode(memberName);
          nodes.map(node => {
            containerNode.c(node);
          });
          this.c(containerNode);
        }
      }
      toString() {
        const hasChildren = Boolean(this.children.length);
        let xmlText = `<${this.name}`;
        const attributes = this.attributes;
        for (const attributeName of Object.keys(attributes)) {
          const attribute = attributes[attributeName];
          if (attribute != null) xmlText += ` ${attributeName}="${escapeAttribute("" + attribute)}"`;
        }
        return xmlText + (!hasChildren ? "/>" : `>${this.children.map(c => c.toString()).join("")}</${this.name}>`);
      }
    }
    function writeKey(obj) {
      Object.defineProperty(obj, "__proto__", {
        value: void 0,
        writable: true,
        enumerable: true,
        configurable: true
      });
    }
    class AwsXmlParser {
      x;
      i=0;
      z;
      constructor(x) {
        this.x = x;
        this.x = x.replace(/\r\n?/g, "\n");
        this.z = this.x.length;
      }
      parse() {
        const p = this;
        const {z: z} = p;
        while (p.i < z) {
          p.trim();
          if (p.i >= z) break;
          if (p.isNext("<?")) {
            p.readTo("?>");
            p.trim();
          } else if (p.isNext("\x3c!--")) {
            p.readTo("--\x3e");
            p.trim();
          } else if (p.isNext("<!DOCTYPE", false)) {
            p.skipDoctype();
            p.trim();
          } else if (p.x[p.i] === "<") {
            const root = p.parseTag();
            return {
              [root.tag]: root.value
            };
          } else throw new Error("@aws-sdk XML parse error: unexpected content.");
        }
        throw new Error("@aws-sdk XML parse error: no root element.");
      }
      isNext(s, caseSensitive = true) {
        const p = this;
        if (caseSensitive) return p.x.startsWith(s, p.i);
        return p.x.toLowerCase().startsWith(s.toLowerCase(), p.i);
      }
      readTo(stop) {
        const p = this;
        const _i = p.x.indexOf(stop, p.i);
        if (_i === -1) throw new Error(`@aws-sdk XML parse error: expected "${stop}" not found.`);
        const result = p.x.slice(p.i, _i);
        p.i = _i + stop.length;
        return result;
      }
      trim() {
        const p = this;
        while (p.i < p.z && " \t\r\n".includes(p.x[p.i])) ++p.i;
      }
      readAttrValue() {
        const p = this;
        const quote = p.x[p.i];
        ++p.i;
        let value = "";
        while (p.i < p.z && p.x[p.i] !== quote) value += p.x[p.i++];
        ++p.i;
        return p.decodeEntities(value);
      }
      parseTag() {
        const p = this;
        ++p.i;
        let tag = "";
        while (p.i < p.z && !" \t\r\n>/".includes(p.x[p.i])) tag += p.x[p.i++];
        let hasAttrs = false;
        const attrs = {};
        while (p.i < p.z) {
          p.trim();
          if (">/".includes(p.x[p.i])) break;
          let name = "";
          while (p.i < p.z && !"= \t\r\n>/?".includes(p.x[p.i])) name += p.x[p.i++];
          p.trim();
          if (p.x[p.i] !== "=") break;
          ++p.i;
          p.trim();
          if (name === "__proto__") writeKey(attrs);
          attrs[name] = p.readAttrValue();
          hasAttrs = true;
        }
        if (p.i >= p.z) throw new Error("@aws-sdk XML parse error: unexpected end of input.");
        if (p.x[p.i] === "/") {
          ++p.i;
          if (p.i >= p.z || p.x[p.i] !== ">") throw new Error("@aws-sdk XML parse error: expected > at the end of self-closing tag.");
          ++p.i;
          return {
            tag: tag,
            value: hasAttrs ? attrs : ""
          };
        }
        if (p.x[p.i] !== ">") throw new Error("@aws-sdk XML parse error: expected > at the end of opening tag.");
        ++p.i;
        const textParts = [];
        const childTags = [];
        let hasElementChild = false;
        while (p.i < p.z) {
          if (p.isNext("</")) break;
          if (p.x[p.i] === "<") if (p.isNext("\x3c!--")) p.readTo("--\x3e"); else if (p.isNext("<![CDATA[")) {
            p.i += 9;
            textParts.push(p.readTo("]]>"));
          } else if (p.isNext("<?")) p.readTo("?>"); else {
            hasElementChild = true;
            childTags.push(p.parseTag());
          } else {
            let text = "";
            while (p.i < p.z && p.x[p.i] !== "<") text += p.x[p.i++];
            textParts.push(p.decodeEntities(text));
          }
        }
        if (!p.isNext("</")) throw new Error(`@aws-sdk XML parse error: missing closing tag </${tag}>.`);
        p.i += 2;
        const closeTag = p.readTo(">").trim();
        if (closeTag !== tag) throw new Error(`@aws-sdk XML parse error: mismatched tags <${tag}> and </${closeTag}>.`);
        if (!hasAttrs && textParts.length === 0 && !hasElementChild) return {
          tag: tag,
          value: ""
        };
        if (!hasAttrs && !hasElementChild) {
          const text = textParts.length === 1 ? textParts[0] : textParts.join("");
          if (text.trim() === "" && text.includes("\n")) return {
            tag: tag,
            value: ""
          };
          return {
            tag: tag,
            value: text
          };
        }
        const obj = {};
        for (const text of textParts) {
          if (text.trim() === "" && text.includes("\n")) continue;
          obj["#text"] = "#text" in obj ? obj["#text"] + text : text;
        }
        for (const child of childTags) {
          if (child.tag === "__proto__") writeKey(obj);
          if (child.tag in obj) if (Array.isArray(obj[child.tag])) obj[child.tag].push(child.value); else obj[child.tag] = [ obj[child.tag], child.value ]; else obj[child.tag] = child.value;
        }
        for (const [k, v] of Object.entries(attrs)) {
          if (k === "__proto__") writeKey(obj);
          obj[k] = v;
        }
        return {
          tag: tag,
          value: obj
        };
      }
      static ENTITIES={
        amp: "&",
        lt: "<",
        gt: ">",
        quot: '"',
        apos: "'"
      };
      skipDoctype() {
        const p = this;
        p.i += 9;
        let depth = 0;
        while (p.i < p.z) {
          const c = p.x[p.i];
          if (c === "[") ++depth; else if (c === "]") --depth; else if (c === ">" && depth === 0) {
            ++p.i;
            return;
          }
          ++p.i;
        }
        throw new Error("@aws-sdk XML parse error: unclosed DOCTYPE.");
      }
      decodeEntities(s) {
        return s.replace(/&(?:#x([0-9a-fA-F]{1,6})|#(\d{1,7})|([a-zA-Z][a-zA-Z0-9]{0,30}));/g, (_, hex, dec, named) => {
          if (hex) return String.fromCharCode(parseInt(hex, 16));
          if (dec) return String.fromCharCode(parseInt(dec, 10));
          return AwsXmlParser.ENTITIES[named] ?? "";
        });
      }
    }
    exports.XmlNode = XmlNode;
    exports.XmlText = XmlText;
    exports.parseXML = function(xml) {
      const state = new AwsXmlParser(xml);
      return state.parse();
    };
  },
  9320: (__unused_webpack_module, exports, __webpack_require__) => {
    const PROTECTED_KEYS = {
      REQUEST_ID: Symbol.for("_AWS_LAMBDA_REQUEST_ID"),
      X_RAY_TRACE_ID: Symbol.for("_AWS_LAMBDA_X_RAY_TRACE_ID"),
      TENANT_ID: Symbol.for("_AWS_LAMBDA_TENANT_ID"),
      TRACEPARENT: Symbol.for("_AWS_LAMBDA_TRACEPARENT"),
      TRACESTATE: Symbol.for("_AWS_LAMBDA_TRACESTATE"),
      BAGGAGE: Symbol.for("_AWS_LAMBDA_BAGGAGE")
    };
    const NO_GLOBAL_AWS_LAMBDA = [ "true", "1" ].includes(process.env?.AWS_LAMBDA_NODEJS_NO_GLOBAL_AWSLAMBDA ?? "");
    if (!NO_GLOBAL_AWS_LAMBDA) globalThis.awslambda = globalThis.awslambda || {};
    class InvokeStoreBase {
      static PROTECTED_KEYS=PROTECTED_KEYS;
      isProtectedKey(key) {
        return Object.values(PROTECTED_KEYS).includes(key);
      }
      getRequestId() {
        return this.get(PROTECTED_KEYS.REQUEST_ID) ?? "-";
      }
      getXRayTraceId() {
        return this.get(PROTECTED_KEYS.X_RAY_TRACE_ID);
      }
      getTenantId() {
        return this.get(PROTECTED_KEYS.TENANT_ID);
      }
      getTraceparent() {
        return this.get(PROTECTED_KEYS.TRACEPARENT);
      }
      getTracestate() {
        return this.get(PROTECTED_KEYS.TRACESTATE);
      }
      getBaggage() {
        return this.get(PROTECTED_KEYS.BAGGAGE);
      }
    }
    class InvokeStoreSingle extends InvokeStoreBase {
      currentContext;
      getContext() {
        return this.currentContext;
      }
      hasContext() {
        return this.currentContext !== void 0;
      }
      get(key) {
        return this.currentContext?.[key];
      }
      set(key, value) {
        if (this.isProtectedKey(key)) throw new Error(`Cannot modify protected Lambda context field: ${String(key)}`);
        this.currentContext = this.currentContext || {};
        this.currentContext[key] = value;
      }
      run(context, fn) {
        this.currentContext = context;
        return fn();
      }
    }
    class InvokeStoreMulti extends InvokeStoreBase {
      als;
      static async create() {
        const instance = new InvokeStoreMulti;
        const asyncHooks = await Promise.resolve().then(__webpack_require__.t.bind(__webpack_require__, 6698, 23));
        instance.als = new asyncHooks.AsyncLocalStorage;
        return instance;
      }
      getContext() {
        return this.als.getStore();
      }
      hasContext() {
        return this.als.getStore() !== void 0;
      }
      get(key) {
        return this.als.getStore()?.[key];
      }
      set(key, value) {
        if (this.isProtectedKey(key)) throw new Error(`Cannot modify protected Lambda context field: ${String(key)}`);
        const store = this.als.getStore();
        if (!store) throw new Error("No context available");
        store[key] = value;
      }
      run(context, fn) {
        return this.als.run(context, fn);
      }
    }
    exports.InvokeStore = void 0;
    (function(InvokeStore) {
      let instance = null;
      InvokeStore.getInstanceAsync = async function(forceInvokeStoreMulti) {
        if (!instance) instance = (async () => {
          const isMulti = forceInvokeStoreMulti === true || "AWS_LAMBDA_MAX_CONCURRENCY" in process.env;
          const newInstance = isMulti ? await InvokeStoreMulti.create() : new InvokeStoreSingle;
          if (!NO_GLOBAL_AWS_LAMBDA && globalThis.awslambda?.InvokeStore) return globalThis.awslambda.InvokeStore; else if (!NO_GLOBAL_AWS_LAMBDA && globalThis.awslambda) {
            globalThis.awslambda.InvokeStore = newInstance;
            return newInstance;
          } else return newInstance;
        })();
        return instance;
      };
      InvokeStore._testing = process.env.AWS_LAMBDA_BENCHMARK_MODE === "1" ? {
        reset: () => {
          instance = null;
          if (globalThis.awslambda?.InvokeStore) delete globalThis.awslambda.InvokeStore;
          globalThis.awslambda = {
            InvokeStore: void 0
          };
        }
      } : void 0;
    })(exports.InvokeStore || (exports.InvokeStore = {}));
    exports.InvokeStoreBase = InvokeStoreBase;
  },
  402: (__unused_webpack_module, exports, __webpack_require__) => {
    const {getSmithyContext: getSmithyContext, hasOwn: hasOwn} = __webpack_require__(4534);
    exports.getSmithyContext = getSmithyContext;
    const {HttpRequest: HttpRequest} = __webpack_require__(3422);
    const {requestBuilder: requestBuilder} = __webpack_require__(3422);
    exports.requestBuilder = requestBuilder;
    const {HttpApiKeyAuthLocation: HttpApiKeyAuthLocation} = __webpack_require__(690);
    const resolveAuthOptions = (candidateAuthOptions, authSchemePreference) => {
      if (!authSchemePreference || authSchemePreference.length === 0) return candidateAuthOptions;
      const preferredAuthOptions = [];
      for (const preferredSchemeName of authSchemePreference) for (const candidateAuthOption of candidateAuthOptions) {
        const candidateAuthSchemeName = candidateAuthOption.schemeId.split("#")[1];
        if (candidateAuthSchemeName === preferredSchemeName) preferredAuthOptions.push(candidateAuthOption);
      }
      for (const candidateAuthOption of candidateAuthOptions) if (!preferredAuthOptions.find(({schemeId: schemeId}) => schemeId === candidateAuthOption.schemeId)) preferredAuthOptions.push(candidateAuthOption);
      return preferredAuthOptions;
    };
    function convertHttpAuthSchemesToMap(httpAuthSchemes) {
      const map = new Map;
      for (const scheme of httpAuthSchemes) map.set(scheme.schemeId, scheme);
      return map;
    }
    const httpAuthSchemeMiddleware = (config, mwOptions) => (next, context) => async args => {
      const options = config.httpAuthSchemeProvider(await mwOptions.httpAuthSchemeParametersProvider(config, context, args.input));
      const authSchemePreference = config.authSchemePreference ? await config.authSchemePreference() : [];
      const resolvedOptions = resolveAuthOptions(options, authSchemePreference);
      const authSchemes = convertHttpAuthSchemesToMap(config.httpAuthSchemes);
      const smithyContext = getSmithyContext(context);
      const failureReasons = [];
      for (const option of resolvedOptions) {
        const scheme = authSchemes.get(option.schemeId);
        if (!scheme) {
          failureReasons.push(`HttpAuthScheme \`${option.schemeId}\` was not enabled for this service.`);
          continue;
        }
        const identityProvider = scheme.identityProvider(await mwOptions.identityProviderConfigProvider(config));
        if (!identityProvider) {
          failureReasons.push(`HttpAuthScheme \`${option.schemeId}\` did not have an IdentityProvider configured.`);
          continue;
        }
        const {identityProperties: identityProperties = {}, signingProperties: signingProperties = {}} = option.propertiesExtractor?.(config, context) || {};
        option.identityProperties = Object.assign(option.identityProperties || {}, identityProperties);
        option.signingProperties = Object.assign(option.signingProperties || {}, signingProperties);
        smithyContext.selectedHttpAuthScheme = {
          httpAuthOption: option,
          identity: await identityProvider(option.identityProperties),
          signer: scheme.signer
        };
        break;
      }
      if (!smithyContext.selectedHttpAuthScheme) throw new Error(failureReasons.join("\n"));
      return next(args);
    };
    const httpAuthSchemeEndpointRuleSetMiddlewareOptions = {
      step: "serialize",
      tags: [ "HTTP_AUTH_SCHEME" ],
      name: "httpAuthSchemeMiddleware",
      override: true,
      relation: "before",
      toMiddleware: "endpointV2Middleware"
    };
    const httpAuthSchemeMiddlewareOptions = {
      step: "serialize",
      tags: [ "HTTP_AUTH_SCHEME" ],
      name: "httpAuthSchemeMiddleware",
      override: true,
      relation: "before",
      toMiddleware: "serializerMiddleware"
    };
    const defaultErrorHandler = signingProperties => error => {
      throw error;
    };
    const defaultSuccessHandler = (httpResponse, signingProperties) => {};
    const httpSigningMiddleware = config => (next, context) => async args => {
      if (!HttpRequest.isInstance(args.request)) return next(args);
      const smithyContext = getSmithyContext(context);
      const scheme = smithyContext.selectedHttpAuthScheme;
      if (!scheme) throw new Error(`No HttpAuthScheme was selected: unable to sign request`);
      const {httpAuthOption: {signingProperties: signingProperties = {}}, identity: identity, signer: signer} = scheme;
      const output = await next({
        ...args,
        request: await signer.sign(args.request, identity, signingProperties)
      }).catch((signer.errorHandler || defaultErrorHandler)(signingProperties));
      (signer.successHandler || defaultSuccessHandler)(output.response, signingProperties);
      return output;
    };
    const httpSigningMiddlewareOptions = {
      step: "finalizeRequest",
      tags: [ "HTTP_SIGNING" ],
      name: "httpSigningMiddleware",
      aliases: [ "apiKeyMiddleware", "tokenMiddleware", "awsAuthMiddleware" ],
      override: true,
      relation: "after",
      toMiddleware: "retryMiddleware"
    };
    const makePagedClientRequest = async (CommandCtor, client, input, withCommand = _ => _, ...args) => {
      let command = new CommandCtor(input);
      command = withCommand(command) ?? command;
      return await client.send(command, ...args);
    };
    const get = (fromObject, path) => {
      let cursor = fromObject;
      const pathComponents = path.split(".");
      for (const step of pathComponents) {
        if (!cursor || typeof cursor !== "object") return;
        cursor = cursor[step];
      }
      return cursor;
    };
    const createIsIdentityExpiredFunction = expirationMs => function(identity) {
      return doesIdentityRequireRefresh(identity) && identity.expiration.getTime() - Date.now() < expirationMs;
    };
    const EXPIRATION_MS = 3e5;
    const isIdentityExpired = createIsIdentityExpiredFunction(EXPIRATION_MS);
    const doesIdentityRequireRefresh = identity => identity.expiration !== void 0;
    exports.DefaultIdentityProviderConfig = class {
      authSchemes=new Map;
      constructor(config) {
        for (const key in config) {
          if (!hasOwn(config, key)) continue;
          const value = config[key];
          if (value !== void 0) this.authSchemes.set(key, value);
        }
      }
      getIdentityProvider(schemeId) {
        return this.authSchemes.get(schemeId);
      }
    };
    exports.EXPIRATION_MS = EXPIRATION_MS;
    exports.HttpApiKeyAuthSigner = class {
      async sign(httpRequest, identity, signingProperties) {
        if (!signingProperties) throw new Error("request could not be signed with `apiKey` since the `name` and `in` signer properties are missing");
        if (!signingProperties.name) throw new Error("request could not be signed with `apiKey` since the `name` signer property is missing");
        if (!signingProperties.in) throw new Error("request could not be signed with `apiKey` since the `in` signer property is missing");
        if (!identity.apiKey) throw new Error("request could not be signed with `apiKey` since the `apiKey` is not defined");
        const clonedRequest = HttpRequest.clone(httpRequest);
        if (signingProperties.in === HttpApiKeyAuthLocation.QUERY) clonedRequest.query[signingProperties.name] = identity.apiKey; else if (signingProperties.in === HttpApiKeyAuthLocation.HEADER) clonedRequest.headers[signingProperties.name] = signingProperties.scheme ? `${signingProperties.scheme} ${identity.apiKey}` : identity.apiKey; else throw new Error("request can only be signed with `apiKey` locations `query` or `header`, " + "but found: `" + signingProperties.in + "`");
        return clonedRequest;
      }
    };
    exports.HttpBearerAuthSigner = class {
      async sign(httpRequest, identity, signingProperties) {
        const clonedRequest = HttpRequest.clone(httpRequest);
        if (!identity.token) throw new Error("request could not be signed with `token` since the `token` is not defined");
        clonedRequest.headers["Authorization"] = `Bearer ${identity.token}`;
        return clonedRequest;
      }
    };
    exports.NoAuthSigner = class {
      async sign(httpRequest, identity, signingProperties) {
        return httpRequest;
      }
    };
    exports.createIsIdentityExpiredFunction = createIsIdentityExpiredFunction;
    exports.createPaginator = function(ClientCtor, CommandCtor, inputTokenName, outputTokenName, pageSizeTokenName) {
      return async function*(config, input, ...additionalArguments) {
        const _input = input;
        let token = config.startingToken ?? _input[inputTokenName];
        let hasNext = true;
        let page;
        while (hasNext) {
          _input[inputTokenName] = token;
          if (pageSizeTokenName) _input[pageSizeTokenName] = _input[pageSizeTokenName] ?? config.pageSize;
          if (config.client instanceof ClientCtor) page = await makePagedClientRequest(CommandCtor, config.client, input, config.withCommand, ...additionalArguments); else throw new Error(`Invalid client, expected instance of ${ClientCtor.name}`);
          yield page;
          const prevToken = token;
          token = get(page, outputTokenName);
          hasNext = !!(token && (!config.stopOnSameToken || token !== prevToken));
        }
        return;
      };
    };
    exports.doesIdentityRequireRefresh = doesIdentityRequireRefresh;
    exports.getHttpAuthSchemeEndpointRuleSetPlugin = (config, {httpAuthSchemeParametersProvider: httpAuthSchemeParametersProvider, identityProviderConfigProvider: identityProviderConfigProvider}) => ({
      applyToStack: clientStack => {
        clientStack.addRelativeTo(httpAuthSchemeMiddleware(config, {
          httpAuthSchemeParametersProvider: httpAuthSchemeParametersProvider,
          identityProviderConfigProvider: identityProviderConfigProvider
        }), httpAuthSchemeEndpointRuleSetMiddlewareOptions);
      }
    });
    exports.getHttpAuthSchemePlugin = (config, {httpAuthSchemeParametersProvider: httpAuthSchemeParametersProvider, identityProviderConfigProvider: identityProviderConfigProvider}) => ({
      applyToStack: clientStack => {
        clientStack.addRelativeTo(httpAuthSchemeMiddleware(config, {
          httpAuthSchemeParametersProvider: httpAuthSchemeParametersProvider,
          identityProviderConfigProvider: identityProviderConfigProvider
        }), httpAuthSchemeMiddlewareOptions);
      }
    });
    exports.getHttpSigningPlugin = config => ({
      applyToStack: clientStack => {
        clientStack.addRelativeTo(httpSigningMiddleware(), httpSigningMiddlewareOptions);
      }
    });
    exports.httpAuthSchemeEndpointRuleSetMiddlewareOptions = httpAuthSchemeEndpointRuleSetMiddlewareOptions;
    exports.httpAuthSchemeMiddleware = httpAuthSchemeMiddleware;
    exports.httpAuthSchemeMiddlewareOptions = httpAuthSchemeMiddlewareOptions;
    exports.httpSigningMiddleware = httpSigningMiddleware;
    exports.httpSigningMiddlewareOptions = httpSigningMiddlewareOptions;
    exports.isIdentityExpired = isIdentityExpired;
    exports.memoizeIdentityProvider = (provider, isExpired, requiresRefresh) => {
      if (provider === void 0) return;
      const normalizedProvider = typeof provider !== "function" ? async () => Promise.resolve(provider) : provider;
      let resolved;
      let pending;
      let hasResult;
      let isConstant = false;
      const coalesceProvider = async options => {
        if (!pending) pending = normalizedProvider(options);
        try {
          resolved = await pending;
          hasResult = true;
          isConstant = false;
        } finally {
          pending = void 0;
        }
        return resolved;
      };
      if (isExpired === void 0) return async options => {
        if (!hasResult || options?.forceRefresh) resolved = await coalesceProvider(options);
        return resolved;
      };
      return async options => {
        if (!hasResult || options?.forceRefresh) resolved = await coalesceProvider(options);
        if (isConstant) return resolved;
        if (!requiresRefresh(resolved)) {
          isConstant = true;
          return resolved;
        }
        if (isExpired(resolved)) {
          await coalesceProvider(options);
          return resolved;
        }
        return resolved;
      };
    };
    exports.normalizeProvider = input => {
      if (typeof input === "function") return input;
      const promisified = Promise.resolve(input);
      return () => promisified;
    };
    exports.setFeature = function(context, feature, value) {
      if (!context.__smithy_context) context.__smithy_context = {
        features: {}
      }; else if (!context.__smithy_context.features) context.__smithy_context.features = {};
      context.__smithy_context.features[feature] = value;
    };
  },
  4645: (__unused_webpack_module, exports, __webpack_require__) => {
    const {nv: nv, NumericValue: NumericValue, calculateBodyLength: calculateBodyLength, generateIdempotencyToken: generateIdempotencyToken, fromBase64: fromBase64, _parseEpochTimestamp: _parseEpochTimestamp} = __webpack_require__(2430);
    const {hasOwn: hasOwn} = __webpack_require__(4534);
    const {HttpRequest: HttpRequest, collectBody: collectBody, SerdeContext: SerdeContext, AbstractRpcV2Protocol: AbstractRpcV2Protocol} = __webpack_require__(3422);
    const {NormalizedSchema: NormalizedSchema, TypeRegistry: TypeRegistry} = __webpack_require__(6890);
    const majorUint64 = 0;
    const majorNegativeInt64 = 1;
    const majorUnstructuredByteString = 2;
    const majorUtf8String = 3;
    const majorList = 4;
    const majorMap = 5;
    const majorTag = 6;
    const majorSpecial = 7;
    const specialFalse = 20;
    const specialTrue = 21;
    const specialNull = 22;
    const specialUndefined = 23;
    const extendedOneByte = 24;
    const extendedFloat16 = 25;
    const extendedFloat32 = 26;
    const extendedFloat64 = 27;
    const minorIndefinite = 31;
    function alloc(size) {
      return typeof Buffer !== "undefined" ? Buffer.alloc(size) : new Uint8Array(size);
    }
    const tagSymbol = Symbol("@smithy/core/cbor::tagSymbol");
    function tag(data) {
      data[tagSymbol] = true;
      return data;
    }
    const USE_BUFFER$3 = typeof Buffer !== "undefined";
    const textDecoder$1 = new TextDecoder;
    let payload$1 = alloc(0);
    let isBuffer$1 = false;
    let dataView$2 = new DataView(payload$1.buffer, payload$1.byteOffset, payload$1.byteLength);
    let _offset = 0;
    function setPayload(bytes) {
      payload$1 = bytes;
      isBuffer$1 = USE_BUFFER$3 && payload$1 instanceof Buffer;
      dataView$2 = new DataView(payload$1.buffer, payload$1.byteOffset, payload$1.byteLength);
    }
    function decode(at, to) {
      if (at >= to) throw new Error("unexpected end of (decode) payload.");
      const major = (payload$1[at] & 224) >> 5;
      const minor = payload$1[at] & 31;
      if (minor === minorIndefinite && 2 <= major && major <= 5) return decodeIndefinite(at, to);
      switch (major) {
       case majorUint64:
       case majorNegativeInt64:
       case majorTag:
        {
          let unsignedInt;
          let offset;
          if (minor < 24) {
            unsignedInt = minor;
            offset = 1;
          } else switch (minor) {
           case extendedOneByte:
            if (to - at < 2) overflow$1(1);
            unsignedInt = payload$1[at + 1];
            offset = 2;
            break;

           case extendedFloat16:
            if (to - at < 3) overflow$1(2);
            unsignedInt = dataView$2.getUint16(at + 1);
            offset = 3;
            break;

           case extendedFloat32:
            if (to - at < 5) overflow$1(4);
            unsignedInt = dataView$2.getUint32(at + 1);
            offset = 5;
            break;

           case extendedFloat64:
            if (to - at < 9) overflow$1(8);
            {
              const hi = dataView$2.getUint32(at + 1);
              if (hi < 2097152) unsignedInt = hi * 4294967296 + dataView$2.getUint32(at + 5); else unsignedInt = dataView$2.getBigUint64(at + 1);
            }
            offset = 9;
            break;

           default:
            unexpectedMinor(minor);
          }
          if (major === majorUint64) {
            _offset = offset;
            return castBigInt$1(unsignedInt);
          } else if (major === majorNegativeInt64) {
            let negativeInt;
            if (typeof unsignedInt === "bigint") negativeInt = BigInt(-1) - unsignedInt; else negativeInt = -1 - unsignedInt;
            _offset = offset;
            return castBigInt$1(negativeInt);
          } else return decodeTagValue(at, to, minor, unsignedInt, offset);
        }

       case majorUtf8String:
        return decodeUtf8String(at, to);

       case majorMap:
        return decodeMap(at, to);

       case majorList:
        return decodeList(at, to);

       case majorUnstructuredByteString:
        return decodeUnstructuredByteString(at, to);

       default:
        return decodeSpecial(at, to);
      }
    }
    function decodeIndefinite(at, to) {
      const major = (payload$1[at] & 224) >> 5;
      const minor = payload$1[at] & 31;
      if (minor === minorIndefinite) switch (major) {
       case majorUtf8String:
        return decodeUtf8StringIndefinite(at, to);

       case majorMap:
        return decodeMapIndefinite(at, to);

       case majorList:
        return decodeListIndefinite(at, to);

       case majorUnstructuredByteString:
        return decodeUnstructuredByteStringIndefinite(at, to);
      }
    }
    function bytesToFloat16$1(a, b) {
      const sign = a >> 7;
      const exponent = (a & 124) >> 2;
      const fraction = (a & 3) << 8 | b;
      const scalar = sign === 0 ? 1 : -1;
      if (exponent === 0) {
        if (fraction === 0) return 0;
        return scalar * (Math.pow(2, 1 - 15) * (fraction / 1024));
      } else if (exponent === 31) {
        if (fraction === 0) return scalar * (1 / 0);
        return NaN;
      }
      return scalar * (Math.pow(2, exponent - 15) * (1 + fraction / 1024));
    }
    function decodeMap(at, to) {
      const mapDataLength = decodeCount$1(at, to);
      if (mapDataLength < 25) return decodeMapSmall(at, to, mapDataLength);
      return decodeMapLarge(at, to, mapDataLength);
    }
    function decodeMapLarge(at, to, mapDataLength) {
      const offset = _offset;
      at += offset;
      const base = at;
      const map = Object.create(null);
      for (let i = 0; i < mapDataLength; ++i) {
        const key = decodeUtf8String(at, to);
        at += _offset;
        const valMajor = (payload$1[at] & 224) >> 5;
        if (valMajor === majorUtf8String) map[key] = decodeUtf8String(at, to); else map[key] = decode(at, to);
        at += _offset;
      }
      _offset = offset + (at - base);
      Object.setPrototypeOf(map, Object.prototype);
      return map;
    }
    function decodeMapSmall(at, to, mapDataLength) {
      const offset = _offset;
      at += offset;
      const base = at;
      const map = {};
      for (let i = 0; i < mapDataLength; ++i) {
        const key = decodeUtf8String(at, to);
        at += _offset;
        map[key] = decode(at, to);
        at += _offset;
      }
      _offset = offset + (at - base);
      return map;
    }
    function decodeList(at, to) {
      const listDataLength = decodeCount$1(at, to);
      const offset = _offset;
      at += offset;
      const base = at;
      const list = Array(listDataLength);
      for (let i = 0; i < listDataLength; ++i) {
        list[i] = decode(at, to);
        at += _offset;
      }
      _offset = offset + (at - base);
      return list;
    }
    function decodeUtf8String(at, to) {
      const length = decodeCount$1(at, to);
      const offset = _offset;
      at += offset;
      if (to - at < length) overflow$1(length);
      _offset = offset + length;
      if (length < 24) return decodeUtf8StringCached(at, length);
      if (isBuffer$1) return payload$1.toString("utf-8", at, at + length);
      return textDecoder$1.decode(payload$1.subarray(at, at + length));
    }
    const stringCache$1 = new Array(2048);
    const stringCacheEpochs$1 = new Uint16Array(2048);
    let cacheEpoch$1 = 0;
    function advanceDecodingEpoch() {
      cacheEpoch$1 = cacheEpoch$1 + 1 & 65535;
    }
    function decodeUtf8StringCached(at, length) {
      let h = length;
      for (let i = 0; i < length; ++i) h = h * 31 + payload$1[at + i] | 0;
      const slot = h >>> 0 & 2047;
      const cached = stringCache$1[slot];
      if (cached !== void 0) if (cached.length === length) {
        let match = true;
        for (let i = 0; i < length; ++i) if (cached.charCodeAt(i) !== payload$1[at + i]) {
          match = false;
          break;
        }
        if (match) {
          stringCacheEpochs$1[slot] = cacheEpoch$1;
          return cached;
        }
      }
      const result = isBuffer$1 ? payload$1.toString("utf-8", at, at + length) : textDecoder$1.decode(payload$1.subarray(at, at + length));
      if (stringCacheEpochs$1[slot] !== cacheEpoch$1) {
        stringCache$1[slot] = result;
        stringCacheEpochs$1[slot] = cacheEpoch$1;
      }
      return result;
    }
    function decodeUnstructuredByteString(at, to) {
      const length = decodeCount$1(at, to);
      const offset = _offset;
      at += offset;
      if (to - at < length) overflow$1(length);
      const value = payload$1.subarray(at, at + length);
      _offset = offset + length;
      return value;
    }
    function decodeTagValue(at, to, minor, unsignedInt, offset) {
      if (minor === 2 || minor === 3) {
        const length = decodeCount$1(at + offset, to);
        let b = BigInt(0);
        const start = at + offset + _offset;
        for (let i = start; i < start + length; ++i) b = b << BigInt(8) | BigInt(payload$1[i]);
        _offset = offset + _offset + length;
        return minor === 3 ? -b - BigInt(1) : b;
      } else if (minor === 4) {
        const decimalFraction = decode(at + offset, to);
        const [rawExponent, mantissa] = decimalFraction;
        const normalizer = mantissa < 0 ? -1 : 1;
        const absMantissa = BigInt(normalizer) * BigInt(mantissa);
        const mantissaDigits = String(absMantissa);
        const sign = mantissa < 0 ? "-" : "";
        let numericString;
        const isSmallExponent = typeof rawExponent === "number" && Math.abs(rawExponent) <= 2 ** 28;
        if (isSmallExponent) {
          const exponent = rawExponent;
          const mantissaStr = "0".repeat(Math.abs(exponent) + 1) + mantissaDigits;
          numericString = exponent === 0 ? mantissaStr : mantissaStr.slice(0, mantissaStr.length + exponent) + "." + mantissaStr.slice(exponent);
          numericString = numericString.replace(/^0+/g, "");
          if (numericString === "") numericString = "0";
          if (numericString[0] === ".") numericString = "0" + numericString;
          numericString = sign + numericString;
        } else {
          const bigExponent = BigInt(rawExponent);
          if (mantissaDigits.length === 1) numericString = sign + mantissaDigits + "e" + String(bigExponent); else {
            const adjustedExp = bigExponent + BigInt(mantissaDigits.length - 1);
            numericString = sign + mantissaDigits[0] + "." + mantissaDigits.slice(1) + "e" + String(adjustedExp);
          }
        }
        _offset = offset + _offset;
        return nv(numericString);
      } else {
        const value = decode(at + offset, to);
        const valueOffset = _offset;
        _offset = offset + valueOffset;
        return tag({
          tag: castBigInt$1(unsignedInt),
          value: value
        });
      }
    }
    function decodeSpecial(at, to) {
      const minor = payload$1[at] & 31;
      switch (minor) {
       case specialTrue:
       case specialFalse:
        _offset = 1;
        return minor === specialTrue;

       case specialNull:
        _offset = 1;
        return null;

       case specialUndefined:
        _offset = 1;
        return null;

       case extendedFloat16:
        if (to - at < 3) throw new Error("incomplete float16 at end of buf.");
        _offset = 3;
        return bytesToFloat16$1(payload$1[at + 1], payload$1[at + 2]);

       case extendedFloat32:
        if (to - at < 5) throw new Error("incomplete float32 at end of buf.");
        _offset = 5;
        return dataView$2.getFloat32(at + 1);

       case extendedFloat64:
        if (to - at < 9) throw new Error("incomplete float64 at end of buf.");
        _offset = 9;
        return dataView$2.getFloat64(at + 1);

       default:
        unexpectedMinor(minor);
      }
    }
    function decodeCount$1(at, to) {
      const minor = payload$1[at] & 31;
      if (minor < 24) {
        _offset = 1;
        return minor;
      }
      switch (minor) {
       case extendedOneByte:
        if (to - at < 2) overflow$1(1);
        _offset = 2;
        return payload$1[at + 1];

       case extendedFloat16:
        if (to - at < 3) overflow$1(2);
        _offset = 3;
        return dataView$2.getUint16(at + 1);

       case extendedFloat32:
        if (to - at < 5) overflow$1(4);
        _offset = 5;
        return dataView$2.getUint32(at + 1);

       case extendedFloat64:
        if (to - at < 9) overflow$1(8);
        _offset = 9;
        return demote(dataView$2.getBigUint64(at + 1));

       default:
        unexpectedMinor(minor);
      }
    }
    function decodeMapIndefinite(at, to) {
      at += 1;
      const base = at;
      const map = {};
      for (;at < to; ) {
        if (payload$1[at] === 255) {
          _offset = at - base + 2;
          return map;
        }
        const key = decodeUtf8String(at, to);
        at += _offset;
        map[key] = decode(at, to);
        at += _offset;
      }
      throw new Error("expected break marker.");
    }
    function decodeListIndefinite(at, to) {
      at += 1;
      const list = [];
      for (const base = at; at < to; ) {
        if (payload$1[at] === 255) {
          _offset = at - base + 2;
          return list;
        }
        list.push(decode(at, to));
        at += _offset;
      }
      throw new Error("expected break marker.");
    }
    function decodeUtf8StringIndefinite(at, to) {
      at += 1;
      const vector = [];
      for (const base = at; at < to; ) {
        if (payload$1[at] === 255) {
          const data = alloc(vector.length);
          data.set(vector, 0);
          _offset = at - base + 2;
          if (USE_BUFFER$3) return data.toString("utf-8", 0, data.length);
          return textDecoder$1.decode(data);
        }
        const major = (payload$1[at] & 224) >> 5;
        const minor = payload$1[at] & 31;
        if (major !== majorUtf8String) unexpectedMajorInIndefiniteString(major);
        if (minor === minorIndefinite) throw new Error("nested indefinite string.");
        const bytes = decodeUnstructuredByteString(at, to);
        const length = _offset;
        at += length;
        for (let i = 0; i < bytes.length; ++i) vector.push(bytes[i]);
      }
      throw new Error("expected break marker.");
    }
    function decodeUnstructuredByteStringIndefinite(at, to) {
      at += 1;
      const vector = [];
      for (const base = at; at < to; ) {
        if (payload$1[at] === 255) {
          const data = alloc(vector.length);
          data.set(vector, 0);
          _offset = at - base + 2;
          return data;
        }
        const major = (payload$1[at] & 224) >> 5;
        const minor = payload$1[at] & 31;
        if (major !== majorUnstructuredByteString) unexpectedMajorInIndefiniteString(major);
        if (minor === minorIndefinite) throw new Error("nested indefinite string.");
        const bytes = decodeUnstructuredByteString(at, to);
        const length = _offset;
        at += length;
        for (let i = 0; i < bytes.length; ++i) vector.push(bytes[i]);
      }
      throw new Error("expected break marker.");
    }
    function castBigInt$1(bigInt) {
      if (typeof bigInt === "number") return bigInt;
      const num = Number(bigInt);
      if (Number.MIN_SAFE_INTEGER <= num && num <= Number.MAX_SAFE_INTEGER) return num;
      return bigInt;
    }
    function demote(bigInteger) {
      const num = Number(bigInteger);
      if (num < Number.MIN_SAFE_INTEGER || Number.MAX_SAFE_INTEGER < num) console.warn(new Error(`@smithy/core/cbor - truncating BigInt(${bigInteger}) to ${num} with loss of precision.`));
      return num;
    }
    function overflow$1(n) {
      throw new Error(`length ${n} greater than remaining buf len.`);
    }
    function unexpectedMinor(minor) {
      throw new Error(`unexpected minor value ${minor}.`);
    }
    function unexpectedMajorInIndefiniteString(major) {
      throw new Error(`unexpected major type ${major} in indefinite string.`);
    }
    const USE_BUFFER$2 = typeof Buffer !== "undefined";
    const encodeStringCache = new Map;
    let encodeCacheEpoch$1 = 0;
    let encodeCacheSaturated$1 = false;
    let data = alloc(2048);
    let dataView$1 = new DataView(data.buffer, data.byteOffset, data.byteLength);
    let cursor$1 = 0;
    function encode(_input) {
      const encodeStack = [ _input ];
      while (encodeStack.length) {
        const input = encodeStack.pop();
        if (typeof input === "string") {
          const len = input.length;
          if (USE_BUFFER$2) {
            ensureSpace(len * 3 + 9);
            if (len > 23) {
              encodeHeader$1(majorUtf8String, Buffer.byteLength(input));
              cursor$1 += data.write(input, cursor$1);
            } else encodeStringCached(input);
          } else {
            const maxBytes = len * 3;
            ensureSpace(maxBytes + 9);
            const headerPos = cursor$1;
            const result = (new TextEncoder).encodeInto(input, data.subarray(cursor$1 + 9));
            const byteLen = result.written;
            let headerSize;
            if (byteLen < 24) headerSize = 1; else if (byteLen < 256) headerSize = 2; else if (byteLen < 65536) headerSize = 3; else if (byteLen < 4294967296) headerSize = 5; else headerSize = 9;
            if (headerSize < 9) data.copyWithin(headerPos + headerSize, headerPos + 9, headerPos + 9 + byteLen);
            cursor$1 = headerPos;
            encodeInteger(majorUtf8String, byteLen);
            cursor$1 += byteLen;
          }
          continue;
        }
        if (data.byteLength - cursor$1 < 9) ensureSpace(64);
        if (typeof input === "number") {
          if (Number.isInteger(input) && input >= -9007199254740992 && input <= 9007199254740991) {
            const nonNegative = input >= 0;
            const major = nonNegative ? majorUint64 : majorNegativeInt64;
            const value = nonNegative ? input : -input - 1;
            if (value < 24) data[cursor$1++] = major << 5 | value; else if (value < 256) {
              data[cursor$1++] = major << 5 | 24;
              data[cursor$1++] = value;
            } else if (value < 65536) {
              data[cursor$1++] = major << 5 | extendedFloat16;
              data[cursor$1++] = value >> 8;
              data[cursor$1++] = value & 255;
            } else if (value < 4294967296) {
              data[cursor$1++] = major << 5 | extendedFloat32;
              dataView$1.setUint32(cursor$1, value);
              cursor$1 += 4;
            } else {
              data[cursor$1++] = major << 5 | extendedFloat64;
              const hi = value / 4294967296 | 0;
              const lo = value - hi * 4294967296 | 0;
              dataView$1.setUint32(cursor$1, hi);
              dataView$1.setUint32(cursor$1 + 4, lo);
              cursor$1 += 8;
            }
            continue;
          }
          data[cursor$1++] = majorSpecial << 5 | extendedFloat64;
          dataView$1.setFloat64(cursor$1, input);
          cursor$1 += 8;
          continue;
        } else if (typeof input === "bigint") {
          const nonNegative = input >= 0;
          const major = nonNegative ? majorUint64 : majorNegativeInt64;
          const value = nonNegative ? input : -input - BigInt(1);
          if (value < BigInt("18446744073709551616")) {
            const n = Number(value);
            if (n < 4294967296) encodeInteger(major, n); else {
              data[cursor$1++] = major << 5 | extendedFloat64;
              dataView$1.setBigUint64(cursor$1, value);
              cursor$1 += 8;
            }
          } else {
            const binaryBigInt = value.toString(2);
            const bigIntBytes = new Uint8Array(Math.ceil(binaryBigInt.length / 8));
            let b = value;
            let i = 0;
            while (bigIntBytes.byteLength - ++i >= 0) {
              bigIntBytes[bigIntBytes.byteLength - i] = Number(b & BigInt(255));
              b >>= BigInt(8);
            }
            ensureSpace(bigIntBytes.byteLength * 2 + 16);
            data[cursor$1++] = nonNegative ? 194 : 195;
            encodeHeader$1(majorUnstructuredByteString, bigIntBytes.byteLength);
            data.set(bigIntBytes, cursor$1);
            cursor$1 += bigIntBytes.byteLength;
          }
          continue;
        } else if (input === null) {
          data[cursor$1++] = majorSpecial << 5 | specialNull;
          continue;
        } else if (typeof input === "boolean") {
          data[cursor$1++] = majorSpecial << 5 | (input ? specialTrue : specialFalse);
          continue;
        } else if (typeof input === "undefined") throw new Error("@smithy/core/cbor: client may not serialize undefined value."); else if (Array.isArray(input)) {
          encodeInteger(majorList, input.length);
          ensureSpace(input.length * 9 + 64);
          for (let i = input.length - 1; i >= 0; --i) encodeStack.push(input[i]);
          continue;
        } else if (typeof input.byteLength === "number") {
          ensureSpace(input.length * 2 + 9);
          encodeInteger(majorUnstructuredByteString, input.length);
          data.set(input, cursor$1);
          cursor$1 += input.byteLength;
          continue;
        } else if (typeof input === "object") {
          if (input instanceof NumericValue) {
            let str = input.string;
            let expOffset = BigInt(0);
            const eIndex = str.search(/[eE]/);
            if (eIndex !== -1) {
              expOffset = BigInt(str.slice(eIndex + 1));
              str = str.slice(0, eIndex);
            }
            const decimalIndex = str.indexOf(".");
            const fractionDigits = decimalIndex === -1 ? 0 : str.length - decimalIndex - 1;
            const exponent = expOffset - BigInt(fractionDigits);
            const mantissa = BigInt(str.replace(".", ""));
            data[cursor$1++] = 196;
            encodeInteger(majorList, 2);
            encodeStack.push(mantissa);
            encodeStack.push(exponent >= -0x20000000000000n && exponent <= 0x1fffffffffffffn ? Number(exponent) : exponent);
            continue;
          }
          if (input[tagSymbol]) if ("tag" in input && "value" in input) {
            encodeStack.push(input.value);
            encodeHeader$1(majorTag, input.tag);
            continue;
          } else throw new Error("tag encountered with missing fields, need 'tag' and 'value', found: " + JSON.stringify(input));
          const keys = Object.keys(input);
          const len = keys.length;
          encodeInteger(majorMap, len);
          for (let i = len - 1; i >= 0; --i) {
            encodeStack.push(input[keys[i]]);
            encodeStack.push(keys[i]);
          }
          continue;
        }
        throw new Error(`data type ${input?.constructor?.name ?? typeof input} not compatible for encoding.`);
      }
    }
    function advanceEncodingEpoch() {
      encodeCacheEpoch$1 = encodeCacheEpoch$1 + 1 & 65535;
      encodeCacheSaturated$1 = false;
    }
    function toUint8Array() {
      const out = alloc(cursor$1);
      out.set(data.subarray(0, cursor$1), 0);
      cursor$1 = 0;
      return out;
    }
    function resize(size) {
      const old = data;
      data = alloc(size);
      if (old) if (old.copy) old.copy(data, 0, 0, old.byteLength); else data.set(old, 0);
      dataView$1 = new DataView(data.buffer, data.byteOffset, data.byteLength);
    }
    function encodeStringCached(input) {
      const cached = encodeStringCache.get(input);
      if (cached !== void 0) {
        data.set(cached.bytes, cursor$1);
        cursor$1 += cached.bytes.length;
        cached.epoch = encodeCacheEpoch$1;
        return;
      }
      const start = cursor$1;
      const byteLen = Buffer.byteLength(input);
      encodeInteger(majorUtf8String, byteLen);
      cursor$1 += data.write(input, cursor$1);
      const bytes = Uint8Array.prototype.slice.call(data, start, cursor$1);
      if (encodeStringCache.size >= 2048) {
        if (encodeCacheSaturated$1) return;
        let evicted = 0;
        for (const [key, entry] of encodeStringCache) {
          if (evicted >= 1024) break;
          if (entry.epoch !== encodeCacheEpoch$1) {
            encodeStringCache.delete(key);
            evicted++;
          }
        }
        if (evicted === 0) {
          encodeCacheSaturated$1 = true;
          return;
        }
      }
      if (encodeStringCache.size < 2048) encodeStringCache.set(input, {
        epoch: encodeCacheEpoch$1,
        bytes: bytes
      });
    }
    function ensureSpace(bytes) {
      const remaining = data.byteLength - cursor$1;
      if (remaining < bytes) if (cursor$1 < 16e6) resize(Math.max(data.byteLength * 4, data.byteLength + bytes)); else resize(data.byteLength + bytes + 16e6);
    }
    function encodeHeader$1(major, value) {
      if (value < 24) data[cursor$1++] = major << 5 | value; else if (value < 256) {
        data[cursor$1++] = major << 5 | 24;
        data[cursor$1++] = value;
      } else if (value < 65536) {
        data[cursor$1++] = major << 5 | extendedFloat16;
        dataView$1.setUint16(cursor$1, value);
        cursor$1 += 2;
      } else if (value < 4294967296) {
        data[cursor$1++] = major << 5 | extendedFloat32;
        dataView$1.setUint32(cursor$1, value);
        cursor$1 += 4;
      } else {
        data[cursor$1++] = major << 5 | extendedFloat64;
        dataView$1.setBigUint64(cursor$1, typeof value === "bigint" ? value : BigInt(value));
        cursor$1 += 8;
      }
    }
    function encodeInteger(major, value) {
      if (value < 24) data[cursor$1++] = major << 5 | value; else if (value < 256) {
        data[cursor$1++] = major << 5 | 24;
        data[cursor$1++] = value;
      } else if (value < 65536) {
        data[cursor$1++] = major << 5 | extendedFloat16;
        data[cursor$1++] = value >> 8;
        data[cursor$1++] = value & 255;
      } else if (value < 4294967296) {
        data[cursor$1++] = major << 5 | extendedFloat32;
        dataView$1.setUint32(cursor$1, value);
        cursor$1 += 4;
      } else {
        data[cursor$1++] = major << 5 | extendedFloat64;
        const hi = value / 4294967296 | 0;
        const lo = value - hi * 4294967296 | 0;
        dataView$1.setUint32(cursor$1, hi);
        dataView$1.setUint32(cursor$1 + 4, lo);
        cursor$1 += 8;
      }
    }
    const cbor = {
      deserialize(payload) {
        advanceDecodingEpoch();
        setPayload(payload);
        return decode(0, payload.length);
      },
      serialize(input) {
        advanceEncodingEpoch();
        try {
          encode(input);
          return toUint8Array();
        } catch (e) {
          toUint8Array();
          throw e;
        }
      },
      resizeEncodingBuffer(size) {
        resize(size);
      }
    };
    const parseCborBody = (streamBody, context) => collectBody(streamBody, context).then(async bytes => {
      if (bytes.length) try {
        return cbor.deserialize(bytes);
      } catch (e) {
        Object.defineProperty(e, "$responseBodyText", {
          value: context.utf8Encoder(bytes)
        });
        throw e;
      }
      return {};
    });
    const dateToTag = date => tag({
      tag: 1,
      value: date.getTime() / 1e3
    });
    const loadSmithyRpcV2CborErrorCode = (output, data) => {
      if (data["__type"] !== void 0) return (rawValue => {
        let cleanValue = rawValue;
        if (typeof cleanValue === "number") cleanValue = cleanValue.toString();
        if (cleanValue.indexOf(",") >= 0) cleanValue = cleanValue.split(",")[0];
        if (cleanValue.indexOf(":") >= 0) cleanValue = cleanValue.split(":")[0];
        return cleanValue;
      })(data["__type"]);
    };
    class CborShapeSerializer2 extends SerdeContext {
      write(schema, value) {
        cursor = 0;
        const ns = NormalizedSchema.of(schema);
        writeValue(ns, value, 0, this.serdeContext);
      }
      flush() {
        const result = buf.subarray(0, cursor);
        cursor = 0;
        buf = allocUnsafe(INITIAL_BUFFER_SIZE);
        view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
        return result;
      }
    }
    const CBOR_STRUCT_CACHE = Symbol.for("@smithy/cbor-struct-cache");
    function loadCborStructIterator(ns) {
      const schema = ns.getSchema();
      const existing = schema[CBOR_STRUCT_CACHE];
      if (existing) return existing;
      const memberNames = [];
      const memberSchemas = [];
      for (const [name, memberSchema] of ns.structIterator()) {
        memberNames.push(name);
        memberSchemas.push(memberSchema);
      }
      const encodedKeys = new Array(memberNames.length);
      for (let i = 0; i < memberNames.length; ++i) encodedKeys[i] = encodeCborStringKey(memberNames[i]);
      const cache = {
        memberNames: memberNames,
        memberSchemas: memberSchemas,
        encodedKeys: encodedKeys
      };
      schema[CBOR_STRUCT_CACHE] = cache;
      return cache;
    }
    function encodeCborStringKey(s) {
      let utf8Bytes;
      if (USE_BUFFER$1) utf8Bytes = Buffer.from(s, "utf-8"); else utf8Bytes = (new TextEncoder).encode(s);
      const byteLen = utf8Bytes.length;
      let headerSize;
      if (byteLen < 24) headerSize = 1; else if (byteLen < 256) headerSize = 2; else headerSize = 3;
      const result = new Uint8Array(headerSize + byteLen);
      if (headerSize === 1) result[0] = majorUtf8String << 5 | byteLen; else if (headerSize === 2) {
        result[0] = majorUtf8String << 5 | 24;
        result[1] = byteLen;
      } else {
        result[0] = majorUtf8String << 5 | extendedFloat16;
        result[1] = byteLen >> 8;
        result[2] = byteLen & 255;
      }
      result.set(utf8Bytes, headerSize);
      return result;
    }
    const USE_BUFFER$1 = typeof Buffer !== "undefined";
    const textEncoder = new TextEncoder;
    const INITIAL_BUFFER_SIZE = 2048;
    let buf = USE_BUFFER$1 ? Buffer.allocUnsafe(INITIAL_BUFFER_SIZE) : new Uint8Array(INITIAL_BUFFER_SIZE);
    let view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
    let cursor = 0;
    const STRING_CACHE_MAX = 2048;
    const stringEncodeCache = new Map;
    let encodeCacheEpoch = 0;
    let encodeCacheSaturated = false;
    function allocUnsafe(size) {
      return USE_BUFFER$1 ? Buffer.allocUnsafe(size) : new Uint8Array(size);
    }
    function writeValue(ns, value, container, serdeContext) {
      if (value == null) {
        if (value === void 0 && ns.isIdempotencyToken()) {
          writeString(generateIdempotencyToken());
          return;
        }
        ensure(1);
        buf[cursor++] = majorSpecial << 5 | specialNull;
        return;
      }
      if (ns.isUnitSchema()) {
        ensure(1);
        encodeHeader(majorMap, 0);
        return;
      }
      const isObject = typeof value === "object";
      if (isObject) {
        if (ns.isBlobSchema()) if (value instanceof Uint8Array) {
          writeBytes(value);
          return;
        }
        if (ns.isTimestampSchema()) if (value instanceof Date) {
          writeTimestamp(value);
          return;
        }
        if (ns.isStructSchema()) {
          writeStruct(ns, value, serdeContext);
          return;
        }
        if (Array.isArray(value) && (ns.isListSchema() || ns.isDocumentSchema())) {
          writeList(ns, value, ns.isDocumentSchema(), serdeContext);
          return;
        }
        if (ns.isMapSchema()) {
          writeMap(ns, value, false, serdeContext);
          return;
        }
        if (value instanceof Date) {
          writeTimestamp(value);
          return;
        }
        if (value instanceof Uint8Array) {
          writeBytes(value);
          return;
        }
        if (value instanceof NumericValue) {
          writeNumericValue(value);
          return;
        }
        if (value[tagSymbol]) {
          const tagged = value;
          writeTag(tagged.tag, tagged.value);
          return;
        }
        if (ns.isDocumentSchema()) {
          if (Array.isArray(value)) writeList(ns, value, true, serdeContext); else writeMap(ns, value, true, serdeContext);
          return;
        }
        if (ns.isBigDecimalSchema()) {
          writeUntypedValue(value);
          return;
        }
        writeMap(ns, value, true, serdeContext);
        return;
      }
      if (typeof value === "string") {
        if (ns.isBlobSchema()) {
          const bytes = (serdeContext?.base64Decoder ?? fromBase64)(value);
          writeBytes(bytes);
          return;
        }
        writeString(value);
        return;
      }
      if (typeof value === "number") {
        ensure(9);
        if (Number.isInteger(value) && value >= -9007199254740992 && value <= 9007199254740991) writeInteger(value); else writeFloat64(value);
        return;
      }
      if (typeof value === "boolean") {
        ensure(1);
        buf[cursor++] = majorSpecial << 5 | (value ? specialTrue : specialFalse);
        return;
      }
      if (typeof value === "bigint") {
        writeBigInt(value);
        return;
      }
      writeString(String(value));
    }
    function writeStruct(ns, value, serdeContext) {
      if (ns.isUnionSchema()) {
        let wrote = false;
        for (const [memberName, memberSchema] of ns.structIterator()) {
          const item = value[memberName];
          if (item != null) {
            ensure(9);
            encodeHeader(majorMap, 1);
            writeString(memberName);
            writeValue(memberSchema, item, 0, serdeContext);
            wrote = true;
            break;
          }
        }
        if (!wrote) {
          const {$unknown: $unknown} = value;
          if (Array.isArray($unknown)) {
            ensure(9);
            encodeHeader(majorMap, 1);
            writeString($unknown[0]);
            writeUntypedValue($unknown[1]);
          } else {
            ensure(9);
            encodeHeader(majorMap, 0);
          }
        }
        return;
      }
      const cache = loadCborStructIterator(ns);
      const {memberNames: memberNames, memberSchemas: memberSchemas, encodedKeys: encodedKeys} = cache;
      const z = memberNames.length;
      let headerSize;
      if (z < 24) headerSize = 1; else if (z < 256) headerSize = 2; else headerSize = 3;
      ensure(headerSize);
      const headerPos = cursor;
      cursor += headerSize;
      let count = 0;
      for (let i = 0; i < z; ++i) {
        const item = value[memberNames[i]];
        if (item == null && !memberSchemas[i].isIdempotencyToken()) continue;
        const key = encodedKeys[i];
        ensure(key.length);
        buf.set(key, cursor);
        cursor += key.length;
        writeValue(memberSchemas[i], item, 0, serdeContext);
        ++count;
      }
      if (typeof value.__type === "string") for (const k in value) {
        if (!hasOwn(value, k)) continue;
        if (!memberNames.includes(k)) {
          writeString(k);
          writeUntypedValue(value[k]);
          ++count;
        }
      }
      if (headerSize === 1) buf[headerPos] = majorMap << 5 | count; else if (headerSize === 2) {
        buf[headerPos] = majorMap << 5 | 24;
        buf[headerPos + 1] = count;
      } else {
        buf[headerPos] = majorMap << 5 | extendedFloat16;
        buf[headerPos + 1] = count >> 8;
        buf[headerPos + 2] = count & 255;
      }
    }
    function writeList(ns, value, isDocument, serdeContext) {
      const sparse = !!ns.getMergedTraits().sparse;
      const valueSchema = ns.getValueSchema();
      if (isDocument || sparse) {
        const items = [];
        for (let i = 0; i < value.length; ++i) {
          const item = value[i];
          if (isDocument) {
            if (item !== void 0) items.push(item);
          } else if (item != null || sparse) items.push(item);
        }
        ensure(9);
        encodeHeader(majorList, items.length);
        for (let i = 0; i < items.length; ++i) writeValue(valueSchema, items[i], 0, serdeContext);
      } else {
        let count = 0;
        for (let i = 0; i < value.length; ++i) if (value[i] != null) ++count;
        ensure(9);
        encodeHeader(majorList, count);
        for (let i = 0; i < value.length; ++i) if (value[i] != null) writeValue(valueSchema, value[i], 0, serdeContext);
      }
    }
    function writeMap(ns, value, isDocument, serdeContext) {
      const sparse = !!ns.getMergedTraits().sparse;
      const valueSchema = ns.getValueSchema();
      const keys = [];
      for (const k in value) {
        if (!hasOwn(value, k)) continue;
        const v = value[k];
        if (isDocument ? v !== void 0 : v != null || sparse) keys.push(k);
      }
      ensure(9);
      encodeHeader(majorMap, keys.length);
      for (let i = 0; i < keys.length; ++i) {
        const k = keys[i];
        writeString(k);
        writeValue(valueSchema, value[k], 0, serdeContext);
      }
    }
    function writeUntypedValue(value) {
      if (value == null) {
        ensure(1);
        buf[cursor++] = majorSpecial << 5 | specialNull;
        return;
      }
      if (typeof value === "string") {
        writeString(value);
        return;
      }
      if (typeof value === "number") {
        ensure(9);
        if (Number.isInteger(value) && value >= -9007199254740992 && value <= 9007199254740991) writeInteger(value); else writeFloat64(value);
        return;
      }
      if (typeof value === "boolean") {
        ensure(1);
        buf[cursor++] = majorSpecial << 5 | (value ? specialTrue : specialFalse);
        return;
      }
      if (typeof value === "bigint") {
        writeBigInt(value);
        return;
      }
      if (value instanceof Uint8Array) {
        writeBytes(value);
        return;
      }
      if (value instanceof Date) {
        writeTimestamp(value);
        return;
      }
      if (value instanceof NumericValue) {
        writeNumericValue(value);
        return;
      }
      if (value[tagSymbol]) {
        const tagged = value;
        writeTag(tagged.tag, tagged.value);
        return;
      }
      if (Array.isArray(value)) {
        ensure(9);
        encodeHeader(majorList, value.length);
        for (let i = 0; i < value.length; ++i) writeUntypedValue(value[i]);
        return;
      }
      if (typeof value === "object") {
        const keys = Object.keys(value);
        ensure(9);
        encodeHeader(majorMap, keys.length);
        for (let i = 0; i < keys.length; ++i) {
          writeString(keys[i]);
          writeUntypedValue(value[keys[i]]);
        }
        return;
      }
      writeString(String(value));
    }
    function ensure(n) {
      if (cursor + n > buf.length) {
        let newSize = buf.length * 2;
        while (newSize < cursor + n) newSize *= 2;
        const next = allocUnsafe(newSize);
        next.set(buf.subarray(0, cursor));
        buf = next;
        view = new DataView(next.buffer, next.byteOffset, next.byteLength);
      }
    }
    function encodeHeader(major, value) {
      if (value < 24) buf[cursor++] = major << 5 | value; else if (value < 256) {
        buf[cursor++] = major << 5 | 24;
        buf[cursor++] = value;
      } else if (value < 65536) {
        buf[cursor++] = major << 5 | extendedFloat16;
        buf[cursor++] = value >> 8;
        buf[cursor++] = value & 255;
      } else if (value < 4294967296) {
        buf[cursor++] = major << 5 | extendedFloat32;
        view.setUint32(cursor, value);
        cursor += 4;
      } else {
        buf[cursor++] = major << 5 | extendedFloat64;
        const hi = value / 4294967296 | 0;
        const lo = value - hi * 4294967296 | 0;
        view.setUint32(cursor, hi);
        view.setUint32(cursor + 4, lo);
        cursor += 8;
      }
    }
    function encodeBigHeader(major, value) {
      const n = Number(value);
      if (n < 4294967296) {
        encodeHeader(major, n);
        return;
      }
      buf[cursor++] = major << 5 | extendedFloat64;
      view.setBigUint64(cursor, value);
      cursor += 8;
    }
    function writeString(s) {
      const len = s.length;
      if (len <= 23) {
        const cached = stringEncodeCache.get(s);
        if (cached) {
          ensure(cached.bytes.length);
          buf.set(cached.bytes, cursor);
          cursor += cached.bytes.length;
          cached.epoch = encodeCacheEpoch;
          return;
        }
        const start = cursor;
        writeStringUncached(s, len);
        const end = cursor;
        const bytes = Uint8Array.prototype.slice.call(buf, start, end);
        if (stringEncodeCache.size >= STRING_CACHE_MAX) {
          if (encodeCacheSaturated) return;
          let evicted = 0;
          for (const [key, entry] of stringEncodeCache) {
            if (evicted >= 1024) break;
            if (entry.epoch !== encodeCacheEpoch) {
              stringEncodeCache.delete(key);
              ++evicted;
            }
          }
          if (evicted === 0) {
            encodeCacheSaturated = true;
            return;
          }
        }
        if (stringEncodeCache.size < STRING_CACHE_MAX) stringEncodeCache.set(s, {
          epoch: encodeCacheEpoch,
          bytes: bytes
        });
        return;
      }
      writeStringUncached(s, len);
    }
    function writeStringUncached(s, len) {
      if (USE_BUFFER$1) {
        const maxBytes = len * 3;
        ensure(maxBytes + 9);
        const byteLen = Buffer.byteLength(s);
        encodeHeader(majorUtf8String, byteLen);
        cursor += buf.write(s, cursor);
      } else {
        const maxBytes = len * 3;
        ensure(maxBytes + 9);
        const headerPos = cursor;
        const result = textEncoder.encodeInto(s, buf.subarray(headerPos + 9));
        const byteLen = result.written;
        let headerSize;
        if (byteLen < 24) headerSize = 1; else if (byteLen < 256) headerSize = 2; else if (byteLen < 65536) headerSize = 3; else if (byteLen < 4294967296) headerSize = 5; else headerSize = 9;
        if (headerSize < 9) buf.copyWithin(headerPos + headerSize, headerPos + 9, headerPos + 9 + byteLen);
        cursor = headerPos;
        encodeHeader(majorUtf8String, byteLen);
        cursor += byteLen;
      }
    }
    function writeFloat64(value) {
      ensure(9);
      buf[cursor++] = majorSpecial << 5 | extendedFloat64;
      view.setFloat64(cursor, value);
      cursor += 8;
    }
    function writeInteger(value) {
      ensure(9);
      const nonNegative = value >= 0;
      const major = nonNegative ? majorUint64 : majorNegativeInt64;
      const abs = nonNegative ? value : -value - 1;
      encodeHeader(major, abs);
    }
    function writeBigInt(value) {
      const nonNegative = value >= 0;
      const major = nonNegative ? majorUint64 : majorNegativeInt64;
      const abs = nonNegative ? value : -value - BigInt(1);
      if (abs < BigInt("18446744073709551616")) {
        ensure(9);
        encodeBigHeader(major, abs);
      } else {
        const binaryStr = abs.toString(2);
        const byteLen = Math.ceil(binaryStr.length / 8);
        const bigIntBytes = new Uint8Array(byteLen);
        let b = abs;
        for (let i = byteLen - 1; i >= 0; --i) {
          bigIntBytes[i] = Number(b & BigInt(255));
          b >>= BigInt(8);
        }
        ensure(byteLen + 16);
        buf[cursor++] = nonNegative ? 194 : 195;
        encodeHeader(majorUnstructuredByteString, byteLen);
        buf.set(bigIntBytes, cursor);
        cursor += byteLen;
      }
    }
    function writeBytes(data) {
      ensure(data.length + 9);
      encodeHeader(majorUnstructuredByteString, data.length);
      buf.set(data, cursor);
      cursor += data.length;
    }
    function writeTag(tagValue, innerValue) {
      ensure(9);
      if (typeof tagValue === "bigint") encodeBigHeader(majorTag, tagValue); else encodeHeader(majorTag, tagValue);
      writeUntypedValue(innerValue);
    }
    function writeNumericValue(nv) {
      let str = nv.string;
      let expOffset = BigInt(0);
      const eIndex = str.search(/[eE]/);
      if (eIndex !== -1) {
        expOffset = BigInt(str.slice(eIndex + 1));
        str = str.slice(0, eIndex);
      }
      const decimalIndex = str.indexOf(".");
      const fractionDigits = decimalIndex === -1 ? 0 : str.length - decimalIndex - 1;
      const exponent = expOffset - BigInt(fractionDigits);
      const mantissa = BigInt(str.replace(".", ""));
      ensure(9);
      buf[cursor++] = 196;
      encodeHeader(majorList, 2);
      ensure(9);
      if (exponent >= -0x20000000000000n && exponent <= 0x1fffffffffffffn) writeInteger(Number(exponent)); else writeBigInt(exponent);
      writeBigInt(mantissa);
    }
    function writeTimestamp(date) {
      ensure(18);
      encodeHeader(majorTag, 1);
      const epochSecs = date.getTime() / 1e3;
      if (Number.isInteger(epochSecs)) writeInteger(epochSecs); else writeFloat64(epochSecs);
    }
    class CborShapeDeserializer2 extends SerdeContext {
      read(schema, bytes) {
        payload = bytes;
        isBuffer = USE_BUFFER && bytes instanceof Buffer;
        dataView = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
        pos = 0;
        end = bytes.length;
        cacheEpoch = cacheEpoch + 1 & 65535;
        return readValue(NormalizedSchema.of(schema));
      }
      readValue(_schema, value) {
        return transformObject(NormalizedSchema.of(_schema), value);
      }
    }
    const USE_BUFFER = typeof Buffer !== "undefined";
    const textDecoder = new TextDecoder;
    let payload = new Uint8Array(0);
    let isBuffer = false;
    let dataView = new DataView(new ArrayBuffer(0));
    let pos = 0;
    let end = 0;
    const STRING_CACHE_SIZE = 2048;
    const stringCache = new Array(STRING_CACHE_SIZE);
    const stringCacheEpochs = new Uint16Array(STRING_CACHE_SIZE);
    let cacheEpoch = 0;
    function readValue(ns) {
      if (pos >= end) throw new Error("unexpected end of CBOR payload.");
      const major = (payload[pos] & 224) >> 5;
      const minor = payload[pos] & 31;
      if (minor === minorIndefinite && major >= 2 && major <= 5) return readIndefinite(ns, major);
      switch (major) {
       case majorUint64:
        return readUnsignedInt();

       case majorNegativeInt64:
        return readNegativeInt();

       case majorUnstructuredByteString:
        return readByteString();

       case majorUtf8String:
        return readUtf8String();

       case majorList:
        return readList(ns);

       case majorMap:
        return readMap(ns);

       case majorTag:
        return readTag();

       case majorSpecial:
        return readSpecial();

       default:
        throw new Error(`unexpected CBOR major type ${major}.`);
      }
    }
    function readList(ns) {
      const count = decodeCount();
      const memberSchema = ns.isListSchema() ? ns.getValueSchema() : ns;
      const list = Array(count);
      for (let i = 0; i < count; ++i) list[i] = readValue(memberSchema);
      return list;
    }
    function readMap(ns) {
      const count = decodeCount();
      if (ns.isStructSchema()) {
        const startPos = pos;
        return readStruct(ns, count, startPos);
      }
      const valueSchema = ns.isMapSchema() ? ns.getValueSchema() : ns;
      const map = {};
      for (let i = 0; i < count; ++i) {
        const key = readUtf8String();
        map[key] = readValue(valueSchema);
      }
      return map;
    }
    function readStruct(ns, count, startPos) {
      const isUnion = ns.isUnionSchema();
      const cache = loadCborStructIterator(ns);
      const {memberSchemas: memberSchemas, encodedKeys: encodedKeys, memberNames: memberNames} = cache;
      const z = encodedKeys.length;
      const result = {};
      let unknownKey;
      let unknownValue;
      let unknownCount = 0;
      let hasType = false;
      let hint = 0;
      for (let i = 0; i < count; ++i) {
        const matchIdx = matchStructKey(encodedKeys, z, hint);
        if (matchIdx >= 0) {
          hint = matchIdx + 1;
          if (hint >= z) hint = 0;
          const val = readValue(memberSchemas[matchIdx]);
          if (val != null) result[memberNames[matchIdx]] = val;
        } else {
          const key = readUtf8String();
          const val = readValue(NormalizedSchema.of(15));
          if (key === "__type" && typeof val === "string") hasType = true; else {
            unknownKey = key;
            unknownValue = val;
            ++unknownCount;
          }
        }
      }
      if (isUnion) {
        let resultEmpty = true;
        for (const _ in result) {
          if (!hasOwn(result, _)) continue;
          resultEmpty = false;
          break;
        }
        if (resultEmpty && unknownCount === 1) result.$unknown = [ unknownKey, unknownValue ];
      } else if (hasType) {
        pos = startPos;
        const docSchema = NormalizedSchema.of(15);
        for (let i = 0; i < count; ++i) {
          const key = readUtf8String();
          const val = readValue(docSchema);
          if (!(key in result)) result[key] = val;
        }
      }
      return result;
    }
    function readTag(ns) {
      const tagNum = decodeArgument();
      const tagNumber = typeof tagNum === "bigint" ? Number(tagNum) : tagNum;
      if (tagNumber === 1) {
        const docSchema = NormalizedSchema.of(15);
        const epochValue = readValue(docSchema);
        return _parseEpochTimestamp(epochValue);
      }
      if (tagNumber === 2 || tagNumber === 3) {
        const byteStr = readByteString();
        let b = BigInt(0);
        for (let i = 0; i < byteStr.length; ++i) b = b << BigInt(8) | BigInt(byteStr[i]);
        return tagNumber === 3 ? -b - BigInt(1) : b;
      }
      if (tagNumber === 4) {
        const docSchema = NormalizedSchema.of(15);
        const pair = readValue(docSchema);
        const [rawExponent, mantissa] = pair;
        const normalizer = mantissa < 0 ? -1 : 1;
        const absMantissa = BigInt(normalizer) * BigInt(mantissa);
        const mantissaDigits = String(absMantissa);
        const sign = mantissa < 0 ? "-" : "";
        let numericString;
        const isSmallExponent = typeof rawExponent === "number" && Math.abs(rawExponent) <= 2 ** 28;
        if (isSmallExponent) {
          const exponent = rawExponent;
          const mantissaStr = "0".repeat(Math.abs(exponent) + 1) + mantissaDigits;
          numericString = exponent === 0 ? mantissaStr : mantissaStr.slice(0, mantissaStr.length + exponent) + "." + mantissaStr.slice(exponent);
          numericString = numericString.replace(/^0+/g, "");
          if (numericString === "") numericString = "0";
          if (numericString[0] === ".") numericString = "0" + numericString;
          numericString = sign + numericString;
        } else {
          const bigExponent = BigInt(rawExponent);
          if (mantissaDigits.length === 1) numericString = sign + mantissaDigits + "e" + String(bigExponent); else {
            const adjustedExp = bigExponent + BigInt(mantissaDigits.length - 1);
            numericString = sign + mantissaDigits[0] + "." + mantissaDigits.slice(1) + "e" + String(adjustedExp);
          }
        }
        return nv(numericString);
      }
      const docSchema = NormalizedSchema.of(15);
      const innerValue = readValue(docSchema);
      return {
        tag: castBigInt(tagNum),
        value: innerValue
      };
    }
    function readIndefinite(ns, major) {
      switch (major) {
       case majorUtf8String:
        return readUtf8StringIndefinite();

       case majorUnstructuredByteString:
        return readByteStringIndefinite();

       case majorList:
        return readListIndefinite(ns);

       case majorMap:
        return readMapIndefinite(ns);

       default:
        throw new Error(`unexpected indefinite length for major ${major}.`);
      }
    }
    function readUtf8StringIndefinite() {
      pos += 1;
      const chunks = [];
      let totalLen = 0;
      while (pos < end) {
        if (payload[pos] === 255) {
          pos += 1;
          const combined = new Uint8Array(totalLen);
          let offset = 0;
          for (let i = 0; i < chunks.length; ++i) {
            combined.set(chunks[i], offset);
            offset += chunks[i].length;
          }
          if (USE_BUFFER) return Buffer.from(combined.buffer, combined.byteOffset, combined.byteLength).toString("utf-8");
          return textDecoder.decode(combined);
        }
        const bytes = readByteString();
        chunks.push(bytes);
        totalLen += bytes.length;
      }
      throw new Error("expected break marker.");
    }
    function readByteStringIndefinite() {
      pos += 1;
      const chunks = [];
      let totalLen = 0;
      while (pos < end) {
        if (payload[pos] === 255) {
          pos += 1;
          const combined = new Uint8Array(totalLen);
          let offset = 0;
          for (let i = 0; i < chunks.length; ++i) {
            combined.set(chunks[i], offset);
            offset += chunks[i].length;
          }
          return combined;
        }
        const bytes = readByteString();
        chunks.push(bytes);
        totalLen += bytes.length;
      }
      throw new Error("expected break marker.");
    }
    function readListIndefinite(ns) {
      pos += 1;
      const memberSchema = ns.isListSchema() ? ns.getValueSchema() : ns;
      const list = [];
      while (pos < end) {
        if (payload[pos] === 255) {
          pos += 1;
          return list;
        }
        list.push(readValue(memberSchema));
      }
      throw new Error("expected break marker.");
    }
    function readMapIndefinite(ns) {
      pos += 1;
      if (ns.isStructSchema()) {
        const cache = loadCborStructIterator(ns);
        const {memberSchemas: memberSchemas, encodedKeys: encodedKeys, memberNames: memberNames} = cache;
        const z = encodedKeys.length;
        const isUnion = ns.isUnionSchema();
        const result = {};
        let unknownKey;
        let unknownValue;
        let unknownCount = 0;
        let hint = 0;
        while (pos < end) {
          if (payload[pos] === 255) {
            pos += 1;
            if (isUnion) {
              let resultEmpty = true;
              for (const _ in result) {
                if (!hasOwn(result, _)) continue;
                resultEmpty = false;
                break;
              }
              if (resultEmpty && unknownCount === 1) result.$unknown = [ unknownKey, unknownValue ];
            }
            return result;
          }
          const matchIdx = matchStructKey(encodedKeys, z, hint);
          if (matchIdx >= 0) {
            hint = matchIdx + 1;
            if (hint >= z) hint = 0;
            const val = readValue(memberSchemas[matchIdx]);
            if (val != null) result[memberNames[matchIdx]] = val;
          } else {
            const key = readUtf8String();
            const val = readValue(NormalizedSchema.of(15));
            if (key !== "__type") {
              unknownKey = key;
              unknownValue = val;
              ++unknownCount;
            }
          }
        }
        throw new Error("expected break marker.");
      }
      const valueSchema = ns.isMapSchema() ? ns.getValueSchema() : ns;
      const map = {};
      while (pos < end) {
        if (payload[pos] === 255) {
          pos += 1;
          return map;
        }
        const key = readUtf8String();
        map[key] = readValue(valueSchema);
      }
      throw new Error("expected break marker.");
    }
    function matchStructKey(encodedKeys, z, hint) {
      const hintKey = encodedKeys[hint];
      if (pos + hintKey.length <= end && bytesMatch(pos, hintKey)) {
        pos += hintKey.length;
        return hint;
      }
      for (let i = 0; i < z; ++i) {
        if (i === hint) continue;
        const ek = encodedKeys[i];
        if (pos + ek.length <= end && bytesMatch(pos, ek)) {
          pos += ek.length;
          return i;
        }
      }
      return -1;
    }
    function bytesMatch(at, expected) {
      const len = expected.length;
      if (payload[at] !== expected[0]) return false;
      for (let i = 1; i < len; ++i) if (payload[at + i] !== expected[i]) return false;
      return true;
    }
    function decodeArgument() {
      const minor = payload[pos] & 31;
      if (minor < 24) {
        pos += 1;
        return minor;
      }
      switch (minor) {
       case extendedOneByte:
        if (end - pos < 2) overflow(1);
        pos += 2;
        return payload[pos - 1];

       case extendedFloat16:
        if (end - pos < 3) overflow(2);
        pos += 3;
        return dataView.getUint16(pos - 2);

       case extendedFloat32:
        if (end - pos < 5) overflow(4);
        pos += 5;
        return dataView.getUint32(pos - 4);

       case extendedFloat64:
        {
          if (end - pos < 9) overflow(8);
          pos += 9;
          const hi = dataView.getUint32(pos - 8);
          if (hi < 2097152) return hi * 4294967296 + dataView.getUint32(pos - 4);
          return dataView.getBigUint64(pos - 8);
        }

       default:
        throw new Error(`unexpected minor value ${minor}.`);
      }
    }
    function decodeCount() {
      const val = decodeArgument();
      return typeof val === "bigint" ? Number(val) : val;
    }
    function readUnsignedInt() {
      const val = decodeArgument();
      return castBigInt(val);
    }
    function readNegativeInt() {
      const val = decodeArgument();
      if (typeof val === "bigint") return BigInt(-1) - val;
      return -1 - val;
    }
    function readByteString() {
      const length = decodeCount();
      if (end - pos < length) overflow(length);
      const start = pos;
      pos += length;
      return payload.subarray(start, start + length);
    }
    function readUtf8String() {
      const length = decodeCount();
      if (end - pos < length) overflow(length);
      const start = pos;
      pos += length;
      if (length < 24) return decodeUtf8Cached(start, length);
      if (isBuffer) return payload.toString("utf-8", start, start + length);
      return textDecoder.decode(payload.subarray(start, start + length));
    }
    function decodeUtf8Cached(at, length) {
      let h = length;
      for (let i = 0; i < length; ++i) h = h * 31 + payload[at + i] | 0;
      const slot = h >>> 0 & STRING_CACHE_SIZE - 1;
      const cached = stringCache[slot];
      if (cached !== void 0 && cached.length === length) {
        let match = true;
        for (let i = 0; i < length; ++i) if (cached.charCodeAt(i) !== payload[at + i]) {
          match = false;
          break;
        }
        if (match) {
          stringCacheEpochs[slot] = cacheEpoch;
          return cached;
        }
      }
      const result = isBuffer ? payload.toString("utf-8", at, at + length) : textDecoder.decode(payload.subarray(at, at + length));
      if (stringCacheEpochs[slot] !== cacheEpoch) {
        stringCache[slot] = result;
        stringCacheEpochs[slot] = cacheEpoch;
      }
      return result;
    }
    function readSpecial() {
      const p = pos;
      const minor = payload[p] & 31;
      switch (minor) {
       case specialTrue:
        pos = p + 1;
        return true;

       case specialFalse:
        pos = p + 1;
        return false;

       case specialNull:
        pos = p + 1;
        return null;

       case specialUndefined:
        pos = p + 1;
        return null;

       case extendedFloat16:
        if (end - p < 3) overflow(2);
        pos = p + 3;
        return bytesToFloat16(payload[p + 1], payload[p + 2]);

       case extendedFloat32:
        if (end - p < 5) overflow(4);
        pos = p + 5;
        return dataView.getFloat32(p + 1);

       case extendedFloat64:
        if (end - p < 9) overflow(8);
        pos = p + 9;
        return dataView.getFloat64(p + 1);

       default:
        throw new Error(`unexpected minor value ${minor} for major 7.`);
      }
    }
    function bytesToFloat16(a, b) {
      const sign = a >> 7;
      const exponent = (a & 124) >> 2;
      const fraction = (a & 3) << 8 | b;
      const scalar = sign === 0 ? 1 : -1;
      if (exponent === 0) {
        if (fraction === 0) return 0;
        return scalar * (Math.pow(2, 1 - 15) * (fraction / 1024));
      } else if (exponent === 31) {
        if (fraction === 0) return scalar * (1 / 0);
        return NaN;
      }
      return scalar * (Math.pow(2, exponent - 15) * (1 + fraction / 1024));
    }
    function castBigInt(value) {
      if (typeof value === "number") return value;
      const num = Number(value);
      if (Number.MIN_SAFE_INTEGER <= num && num <= Number.MAX_SAFE_INTEGER) return num;
      return value;
    }
    function overflow(n) {
      throw new Error(`CBOR: length ${n} greater than remaining buffer length.`);
    }
    function transformObject(ns, value) {
      if (ns.isTimestampSchema()) {
        if (typeof value === "number") return _parseEpochTimestamp(value);
        if (typeof value === "object" && value !== null) if (value.tag === 1 && "value" in value) return _parseEpochTimestamp(value.value);
      }
      if (ns.isBlobSchema()) return value;
      if (typeof value === "undefined" || typeof value === "boolean" || typeof value === "number" || typeof value === "string" || typeof value === "bigint" || typeof value === "symbol") return value;
      if (typeof value !== "object" || value === null) return value;
      if ("byteLength" in value) return value;
      if (value instanceof Date) return value;
      if (value instanceof NumericValue) return value;
      if (ns.isDocumentSchema()) return value;
      if (ns.isListSchema()) {
        const memberSchema = ns.getValueSchema();
        const out = [];
        for (const item of value) out.push(transformObject(memberSchema, item));
        return out;
      }
      const newObject = {};
      if (ns.isMapSchema()) {
        const targetSchema = ns.getValueSchema();
        for (const key in value) {
          if (!hasOwn(value, key)) continue;
          newObject[key] = transformObject(targetSchema, value[key]);
        }
      } else if (ns.isStructSchema()) {
        const isUnion = ns.isUnionSchema();
        let keys;
        if (isUnion) {
          keys = new Set;
          for (const k in value) {
            if (!hasOwn(value, k)) continue;
            if (k !== "__type") keys.add(k);
          }
        }
        for (const [key, memberSchema] of ns.structIterator()) {
          if (isUnion) keys.delete(key);
          if (value[key] != null) newObject[key] = transformObject(memberSchema, value[key]);
        }
        if (isUnion && keys?.size === 1) {
          let newObjectEmpty = true;
          for (const _ in newObject) {
            if (!hasOwn(newObject, _)) continue;
            newObjectEmpty = false;
            break;
          }
          if (newObjectEmpty) {
            const k = keys.values().next().value;
            newObject.$unknown = [ k, value[k] ];
          }
        } else if (typeof value.__type === "string") for (const k in value) {
          if (!hasOwn(value, k)) continue;
          if (!(k in newObject)) newObject[k] = value[k];
        }
      }
      return newObject;
    }
    class CborCodec extends SerdeContext {
      createSerializer() {
        const serializer = new CborShapeSerializer2;
        serializer.setSerdeContext(this.serdeContext);
        return serializer;
      }
      createDeserializer() {
        const deserializer = new CborShapeDeserializer2;
        deserializer.setSerdeContext(this.serdeContext);
        return deserializer;
      }
    }
    exports.CborCodec = CborCodec;
    exports.CborShapeDeserializer = class extends SerdeContext {
      read(schema, bytes) {
        const data = cbor.deserialize(bytes);
        return this.readValue(schema, data);
      }
      readValue(_schema, value) {
        const ns = NormalizedSchema.of(_schema);
        if (ns.isTimestampSchema()) {
          if (typeof value === "number") return _parseEpochTimestamp(value);
          if (typeof value === "object") if (value.tag === 1 && "value" in value) return _parseEpochTimestamp(value.value);
        }
        if (ns.isBlobSchema()) {
          if (typeof value === "string") return (this.serdeContext?.base64Decoder ?? fromBase64)(value);
          return value;
        }
        if (typeof value === "undefined" || typeof value === "boolean" || typeof value === "number" || typeof value === "string" || typeof value === "bigint" || typeof value === "symbol") return value; else if (typeof value === "object") {
          if (value === null) return null;
          if ("byteLength" in value) return value;
          if (value instanceof Date) return value;
          if (ns.isDocumentSchema()) return value;
          if (ns.isListSchema()) {
            const newArray = [];
            const memberSchema = ns.getValueSchema();
            for (const item of value) {
              const itemValue = this.readValue(memberSchema, item);
              newArray.push(itemValue);
            }
            return newArray;
          }
          const newObject = {};
          if (ns.isMapSchema()) {
            const targetSchema = ns.getValueSchema();
            for (const key in value) {
              if (!hasOwn(value, key)) continue;
              const itemValue = this.readValue(targetSchema, value[key]);
              newObject[key] = itemValue;
            }
          } else if (ns.isStructSchema()) {
            const isUnion = ns.isUnionSchema();
            let keys;
            if (isUnion) {
              keys = new Set;
              for (const k in value) {
                if (!hasOwn(value, k)) continue;
                if (k !== "__type") keys.add(k);
              }
            }
            for (const [key, memberSchema] of ns.structIterator()) {
              if (isUnion) keys.delete(key);
              if (value[key] != null) newObject[key] = this.readValue(memberSchema, value[key]);
            }
            if (isUnion && keys?.size === 1) {
              let newObjectEmpty = true;
              for (const _ in newObject) {
                if (!hasOwn(newObject, _)) continue;
                newObjectEmpty = false;
                break;
              }
              if (newObjectEmpty) {
                const k = keys.values().next().value;
                newObject.$unknown = [ k, value[k] ];
              }
            } else if (typeof value.__type === "string") for (const k in value) {
              if (!hasOwn(value, k)) continue;
              if (!(k in newObject)) newObject[k] = value[k];
            }
          } else if (value instanceof NumericValue) return value;
          return newObject;
        } else return value;
      }
    };
    exports.CborShapeDeserializer2 = CborShapeDeserializer2;
    exports.CborShapeSerializer = class extends SerdeContext {
      value;
      write(schema, value) {
        this.value = this.serialize(schema, value);
      }
      serialize(schema, source) {
        const ns = NormalizedSchema.of(schema);
        if (source == null) {
          if (ns.isIdempotencyToken()) return generateIdempotencyToken();
          return source;
        }
        if (ns.isBlobSchema()) {
          if (typeof source === "string") return (this.serdeContext?.base64Decoder ?? fromBase64)(source);
          return source;
        }
        if (ns.isTimestampSchema()) {
          if (typeof source === "number" || typeof source === "bigint") return dateToTag(new Date(Number(source) / 1e3 | 0));
          return dateToTag(source);
        }
        if (typeof source === "function" || typeof source === "object") {
          const sourceObject = source;
          if (ns.isListSchema() && Array.isArray(sourceObject)) {
            const sparse = !!ns.getMergedTraits().sparse;
            const newArray = [];
            let i = 0;
            for (const item of sourceObject) {
              const value = this.serialize(ns.getValueSchema(), item);
              if (value != null || sparse) newArray[i++] = value;
            }
            return newArray;
          }
          if (sourceObject instanceof Date) return dateToTag(sourceObject);
          const newObject = {};
          if (ns.isMapSchema()) {
            const sparse = !!ns.getMergedTraits().sparse;
            for (const key in sourceObject) {
              if (!hasOwn(sourceObject, key)) continue;
              const value = this.serialize(ns.getValueSchema(), sourceObject[key]);
              if (value != null || sparse) newObject[key] = value;
            }
          } else if (ns.isStructSchema()) {
            for (const [key, memberSchema] of ns.structIterator()) {
              const value = this.serialize(memberSchema, sourceObject[key]);
              if (value != null) newObject[key] = value;
            }
            const isUnion = ns.isUnionSchema();
            if (isUnion && Array.isArray(sourceObject.$unknown)) {
              const [k, v] = sourceObject.$unknown;
              newObject[k] = v;
            } else if (typeof sourceObject.__type === "string") for (const k in sourceObject) {
              if (!hasOwn(sourceObject, k)) continue;
              if (!(k in newObject)) newObject[k] = this.serialize(15, sourceObject[k]);
            }
          } else if (ns.isDocumentSchema()) {
            if (Array.isArray(sourceObject)) {
              const newArray = [];
              let i = 0;
              for (const item of sourceObject) newArray[i++] = this.serialize(ns.getValueSchema(), item);
              return newArray;
            }
            for (const key in sourceObject) {
              if (!hasOwn(sourceObject, key)) continue;
              newObject[key] = this.serialize(ns.getValueSchema(), sourceObject[key]);
            }
          } else if (ns.isBigDecimalSchema()) return sourceObject;
          return newObject;
        }
        return source;
      }
      flush() {
        const buffer = cbor.serialize(this.value);
        this.value = void 0;
        return buffer;
      }
    };
    exports.CborShapeSerializer2 = CborShapeSerializer2;
    exports.SmithyRpcV2CborProtocol = class extends AbstractRpcV2Protocol {
      codec=new CborCodec;
      serializer=this.codec.createSerializer();
      deserializer=this.codec.createDeserializer();
      getShapeId() {
        return "smithy.protocols#rpcv2Cbor";
      }
      getPayloadCodec() {
        return this.codec;
      }
      getSmithyProtocolHeaderValue() {
        return "rpc-v2-cbor";
      }
      applyEmptyBody(request) {
        if (!request.body) {
          this.serializer.write(15, {});
          request.body = this.serializer.flush();
        }
        if (request.body instanceof Uint8Array) request.headers["content-length"] = String(request.body.byteLength);
      }
      async handleError(operationSchema, context, response, dataObject, metadata) {
        const errorIdentifier = loadSmithyRpcV2CborErrorCode(0, dataObject) ?? "Unknown";
        const preferredNamespaces = [ "*" ];
        const {defaultNamespace: defaultNamespace} = this.options;
        preferredNamespaces.unshift(defaultNamespace);
        const [namespace, errorShapeName] = (() => {
          if (errorIdentifier.includes("#")) return errorIdentifier.split("#");
          return [ void 0, errorIdentifier ];
        })();
        if (namespace) preferredNamespaces.unshift(namespace);
        const errorMetadata = {
          $metadata: metadata,
          $fault: response.statusCode < 500 ? "client" : "server"
        };
        const preferredRegistries = [ this.compositeErrorRegistry ];
        if (namespace) preferredRegistries.push(TypeRegistry.for(namespace));
        preferredRegistries.push(TypeRegistry.for(defaultNamespace));
        const [errorSchema, ErrorCtor, errorMode] = this.resolveError(errorShapeName, preferredNamespaces, preferredRegistries);
        if (errorMode === "native" || errorMode === "synthetic") {
          if (dataObject.Message) dataObject.message = dataObject.Message;
          const error = errorMode === "synthetic" ? new ErrorCtor({
            name: errorShapeName
          }) : new Error(errorShapeName);
          throw Object.assign(error, errorMetadata, dataObject);
        }
        const ns = NormalizedSchema.of(errorSchema);
        const message = dataObject.message ?? dataObject.Message ?? "Unknown";
        const exception = new ErrorCtor({});
        const output = {};
        for (const [name, member] of ns.structIterator()) output[name] = this.deserializer.readValue(member, dataObject[name]);
        throw Object.assign(exception, errorMetadata, {
          $fault: ns.getMergedTraits().error,
          message: message
        }, output);
      }
      getDefaultContentType() {
        return "application/cbor";
      }
    };
    exports.buildHttpRpcRequest = async (context, headers, path, resolvedHostname, body) => {
      const endpoint = await context.endpoint();
      const {hostname: hostname, protocol: protocol = "https", port: port, path: basePath} = endpoint;
      const contents = {
        protocol: protocol,
        hostname: hostname,
        port: port,
        method: "POST",
        path: basePath.endsWith("/") ? basePath.slice(0, -1) + path : basePath + path,
        headers: {
          ...headers
        }
      };
      if (resolvedHostname !== void 0) contents.hostname = resolvedHostname;
      if (endpoint.headers) for (const name in endpoint.headers) {
        if (!hasOwn(endpoint.headers, name)) continue;
        contents.headers[name] = endpoint.headers[name];
      }
      if (body !== void 0) {
        contents.body = body;
        try {
          contents.headers["content-length"] = String(calculateBodyLength(body));
        } catch (ignored) {}
      }
      return new HttpRequest(contents);
    };
    exports.cbor = cbor;
    exports.checkCborResponse = response => {
      if (String(response.headers["smithy-protocol"]).toLowerCase() !== "rpc-v2-cbor") throw new Error("Malformed RPCv2 CBOR response, status: " + response.statusCode);
    };
    exports.dateToTag = dateToTag;
    exports.loadSmithyRpcV2CborErrorCode = loadSmithyRpcV2CborErrorCode;
    exports.parseCborBody = parseCborBody;
    exports.parseCborErrorBody = async (errorBody, context) => {
      const value = await parseCborBody(errorBody, context);
      value.message = value.message ?? value.Message;
      return value;
    };
    exports.tag = tag;
    exports.tagSymbol = tagSymbol;
  },
  9542: (__unused_webpack_module, exports, __webpack_require__) => {
    const {createReadStream: createReadStream} = __webpack_require__(3024);
    const {Writable: Writable} = __webpack_require__(7075);
    const {toUint8Array: toUint8Array, concatBytes: concatBytes} = __webpack_require__(2430);
    const {createHash: createHash, createHmac: createHmac} = __webpack_require__(7598);
    const zlib = __webpack_require__(8522);
    async function blobReader(blob, onChunk, chunkSize = 1024 * 1024) {
      const size = blob.size;
      let totalBytesRead = 0;
      while (totalBytesRead < size) {
        const slice = blob.slice(totalBytesRead, Math.min(size, totalBytesRead + chunkSize));
        onChunk(new Uint8Array(await slice.arrayBuffer()));
        totalBytesRead += slice.size;
      }
    }
    class HashCalculator extends Writable {
      hash;
      constructor(hash, options) {
        super(options);
        this.hash = hash;
      }
      _write(chunk, encoding, callback) {
        try {
          this.hash.update(toUint8Array(chunk));
        } catch (err) {
          return callback(err);
        }
        callback();
      }
    }
    const isReadStream = stream => typeof stream.path === "string";
    class Md5Js {
      digestLength=16;
      state=Uint32Array.from(INIT$1);
      writeBuffer=new DataView(new ArrayBuffer(64));
      bufferLength=0;
      bytesHashed=0;
      update(sourceData) {
        const data = toUint8Array(sourceData);
        let pos = 0;
        let len = data.byteLength;
        this.bytesHashed += len;
        while (len > 0) {
          this.writeBuffer.setUint8(this.bufferLength++, data[pos++]);
          --len;
          if (this.bufferLength === 64) {
            compress(this.state, this.writeBuffer);
            this.bufferLength = 0;
          }
        }
      }
      async digest() {
        const state = Uint32Array.from(this.state);
        const buf = new DataView(this.writeBuffer.buffer.slice(0));
        let bufLen = this.bufferLength;
        const bits = this.bytesHashed * 8;
        buf.setUint8(bufLen++, 128);
        if (this.bufferLength % 64 >= 56) {
          for (let i = bufLen; i < 64; ++i) buf.setUint8(i, 0);
          compress(state, buf);
          bufLen = 0;
        }
        for (let i = bufLen; i < 56; ++i) buf.setUint8(i, 0);
        buf.setUint32(56, bits >>> 0, true);
        buf.setUint32(60, Math.floor(bits / 2 ** 32), true);
        compress(state, buf);
        const out = new Uint8Array(16);
        const view = new DataView(out.buffer);
        for (let i = 0; i < 4; ++i) view.setUint32(i * 4, state[i], true);
        return out;
      }
      reset() {
        this.state.set(INIT$1);
        this.writeBuffer = new DataView(new ArrayBuffer(64));
        this.bufferLength = 0;
        this.bytesHashed = 0;
      }
    }
    const INIT$1 = [ 1732584193, 4023233417, 2562383102, 271733878 ];
    const M = 4294967295;
    const S = Uint8Array.of(7, 12, 17, 22, 5, 9, 14, 20, 4, 11, 16, 23, 6, 10, 15, 21);
    const T = Array.from({
      length: 64
    }, (_, i) => Math.abs(Math.sin(i + 1)) * 2 ** 32 >>> 0);
    function compress(state, block) {
      let a = state[0], b = state[1], c = state[2], d = state[3];
      for (let i = 0; i < 64; ++i) {
        let f, g;
        if (i < 16) {
          f = b & c | ~b & d;
          g = i;
        } else if (i < 32) {
          f = d & b | c & ~d;
          g = (5 * i + 1) % 16;
        } else if (i < 48) {
          f = b ^ c ^ d;
          g = (3 * i + 5) % 16;
        } else {
          f = c ^ (b | ~d);
          g = 7 * i % 16;
        }
        const x = block.getUint32(g * 4, true);
        const tmp = d;
        d = c;
        c = b;
        const s = S[(i >> 4) * 4 + (i & 3)];
        const sum = (a + f & M) + (x + T[i] & M) & M;
        b = b + ((sum << s | sum >>> 32 - s) >>> 0) & M;
        a = tmp;
      }
      state[0] = state[0] + a & M;
      state[1] = state[1] + b & M;
      state[2] = state[2] + c & M;
      state[3] = state[3] + d & M;
    }
    const hasNativeCrypto$1 = (() => {
      try {
        createHash("md5");
        return true;
      } catch {
        return false;
      }
    })();
    const Md5Node = hasNativeCrypto$1 ? function() {
      return class {
        digestLength=16;
        hash=createHash("md5");
        update(data) {
          this.hash.update(toUint8Array(data));
        }
        async digest() {
          const buf = this.hash.copy().digest();
          return new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
        }
        reset() {
          this.hash = createHash("md5");
        }
      };
    }() : Md5Js;
    const CRC32_TABLE = new Uint32Array(256);
    for (let i = 0; i < 256; ++i) {
      let c = i;
      for (let j = 0; j < 8; ++j) c = c & 1 ? 3988292384 ^ c >>> 1 : c >>> 1;
      CRC32_TABLE[i] = c >>> 0;
    }
    const ONES = 4294967295;
    class Crc32Js {
      digestLength=4;
      checksum=ONES;
      update(data) {
        for (let i = 0; i < data.length; ++i) this.checksum = this.checksum >>> 8 ^ CRC32_TABLE[(this.checksum ^ data[i]) & 255];
      }
      digestSync() {
        return (this.checksum ^ ONES) >>> 0;
      }
      async digest() {
        const value = this.digestSync();
        const out = new Uint8Array(4);
        new DataView(out.buffer).setUint32(0, value, false);
        return out;
      }
      reset() {
        this.checksum = ONES;
      }
    }
    const zlibCrc32 = typeof zlib.crc32 === "function" ? zlib.crc32 : void 0;
    const Crc32Node = zlibCrc32 ? function(nativeCrc32) {
      return class {
        digestLength=4;
        value=0;
        update(data) {
          this.value = nativeCrc32(data, this.value);
        }
        digestSync() {
          return this.value >>> 0;
        }
        async digest() {
          const out = new Uint8Array(4);
          new DataView(out.buffer).setUint32(0, this.digestSync(), false);
          return out;
        }
        reset() {
          this.value = 0;
        }
      };
    }(zlibCrc32) : Crc32Js;
    const BLOCK = 64;
    const DIGEST_LENGTH = 32;
    const MAX_HASHABLE_LENGTH = 2 ** 53 - 1;
    class Sha256Js {
      digestLength=DIGEST_LENGTH;
      state=Int32Array.from(INIT);
      w;
      buffer=new Uint8Array(64);
      bufferLength=0;
      bytesHashed=0;
      finished=false;
      inner;
      outer;
      constructor(secret) {
        if (secret) {
          const key = Sha256Js.normalizeKey(secret);
          this.inner = new Sha256Js;
          this.outer = new Sha256Js;
          const {inner: inner, outer: outer} = this;
          const pad = new Uint8Array(BLOCK * 2);
          for (let i = 0; i < BLOCK; ++i) {
            pad[i] = 54 ^ key[i];
            pad[i + BLOCK] = 92 ^ key[i];
          }
          inner.update(pad.subarray(0, BLOCK));
          outer.update(pad.subarray(BLOCK));
        }
      }
      update(data) {
        if (this.finished) throw new Error("Attempted to update an already finished HMAC.");
        if (this.inner) {
          this.inner.update(data);
          return;
        }
        const chunk = toUint8Array(data);
        let position = 0;
        let {byteLength: byteLength} = chunk;
        this.bytesHashed += byteLength;
        if (this.bytesHashed * 8 > MAX_HASHABLE_LENGTH) throw new Error("Cannot hash more than 2^53 - 1 bits");
        while (byteLength > 0) {
          this.buffer[this.bufferLength++] = chunk[position++];
          byteLength--;
          if (this.bufferLength === BLOCK) {
            this.hashBuffer();
            this.bufferLength = 0;
          }
        }
      }
      async digest() {
        const {inner: inner, outer: outer} = this;
        if (inner && outer) {
          if (this.finished) throw new Error("Attempted to digest an already finished HMAC.");
          this.finished = true;
          const innerDigest = inner.digestSync();
          outer.update(innerDigest);
          return outer.digestSync();
        }
        return this.digestSync();
      }
      reset() {
        this.state = Int32Array.from(INIT);
        this.buffer = new Uint8Array(64);
        this.bufferLength = 0;
        this.bytesHashed = 0;
      }
      digestSync() {
        const state = this.state.slice();
        const buffer = this.buffer.slice();
        let bufferLength = this.bufferLength;
        const bitsHashed = this.bytesHashed * 8;
        const bufferView = new DataView(buffer.buffer, buffer.byteOffset, buffer.byteLength);
        bufferView.setUint8(bufferLength++, 128);
        if ((bufferLength - 1) % BLOCK >= BLOCK - 8) {
          for (let i = bufferLength; i < BLOCK; ++i) bufferView.setUint8(i, 0);
          this.hashBufferWith(state, buffer);
          bufferLength = 0;
        }
        for (let i = bufferLength; i < BLOCK - 8; ++i) bufferView.setUint8(i, 0);
        bufferView.setUint32(BLOCK - 8, Math.floor(bitsHashed / 4294967296), false);
        bufferView.setUint32(BLOCK - 4, bitsHashed, false);
        this.hashBufferWith(state, buffer);
        const out = new Uint8Array(DIGEST_LENGTH);
        for (let i = 0; i < 8; ++i) {
          out[i * 4] = state[i] >>> 24 & 255;
          out[i * 4 + 1] = state[i] >>> 16 & 255;
          out[i * 4 + 2] = state[i] >>> 8 & 255;
          out[i * 4 + 3] = state[i] >>> 0 & 255;
        }
        return out;
      }
      static normalizeKey(secret) {
        const key = toUint8Array(secret);
        if (key.byteLength > BLOCK) {
          const h = new Sha256Js;
          h.update(key);
          const out = h.digestSync();
          const padded = new Uint8Array(BLOCK);
          padded.set(out);
          return padded;
        }
        if (key.byteLength < BLOCK) {
          const padded = new Uint8Array(BLOCK);
          padded.set(key);
          return padded;
        }
        return key;
      }
      hashBuffer() {
        this.hashBufferWith(this.state, this.buffer);
      }
      hashBufferWith(state, buffer) {
        const w = this.w ??= new Int32Array(64);
        let s0 = state[0], s1 = state[1], s2 = state[2], s3 = state[3], s4 = state[4], s5 = state[5], s6 = state[6], s7 = state[7];
        for (let i = 0; i < BLOCK; ++i) {
          if (i < 16) w[i] = (buffer[i * 4] & 255) << 24 | (buffer[i * 4 + 1] & 255) << 16 | (buffer[i * 4 + 2] & 255) << 8 | buffer[i * 4 + 3] & 255; else {
            let u = w[i - 2];
            const t1 = (u >>> 17 | u << 15) ^ (u >>> 19 | u << 13) ^ u >>> 10;
            u = w[i - 15];
            const t2 = (u >>> 7 | u << 25) ^ (u >>> 18 | u << 14) ^ u >>> 3;
            w[i] = (t1 + w[i - 7] | 0) + (t2 + w[i - 16] | 0);
          }
          const t1 = (((s4 >>> 6 | s4 << 26) ^ (s4 >>> 11 | s4 << 21) ^ (s4 >>> 25 | s4 << 7)) + (s4 & s5 ^ ~s4 & s6) | 0) + (s7 + (K[i] + w[i] | 0) | 0) | 0;
          const t2 = ((s0 >>> 2 | s0 << 30) ^ (s0 >>> 13 | s0 << 19) ^ (s0 >>> 22 | s0 << 10)) + (s0 & s1 ^ s0 & s2 ^ s1 & s2) | 0;
          s7 = s6;
          s6 = s5;
          s5 = s4;
          s4 = s3 + t1 | 0;
          s3 = s2;
          s2 = s1;
          s1 = s0;
          s0 = t1 + t2 | 0;
        }
        state[0] += s0;
        state[1] += s1;
        state[2] += s2;
        state[3] += s3;
        state[4] += s4;
        state[5] += s5;
        state[6] += s6;
        state[7] += s7;
      }
    }
    const INIT = new Int32Array([ 1779033703, 3144134277, 1013904242, 2773480762, 1359893119, 2600822924, 528734635, 1541459225 ]);
    const K = new Int32Array([ 1116352408, 1899447441, 3049323471, 3921009573, 961987163, 1508970993, 2453635748, 2870763221, 3624381080, 310598401, 607225278, 1426881987, 1925078388, 2162078206, 2614888103, 3248222580, 3835390401, 4022224774, 264347078, 604807628, 770255983, 1249150122, 1555081692, 1996064986, 2554220882, 2821834349, 2952996808, 3210313671, 3336571891, 3584528711, 113926993, 338241895, 666307205, 773529912, 1294757372, 1396182291, 1695183700, 1986661051, 2177026350, 2456956037, 2730485921, 2820302411, 3259730800, 3345764771, 3516065817, 3600352804, 4094571909, 275423344, 430227734, 506948616, 659060556, 883997877, 958139571, 1322822218, 1537002063, 1747873779, 1955562222, 2024104815, 2227730452, 2361852424, 2428436474, 2756734187, 3204031479, 3329325298 ]);
    const hasNativeCrypto = (() => {
      try {
        createHash("sha256");
        return true;
      } catch {
        return false;
      }
    })();
    const Sha256Node = hasNativeCrypto ? function() {
      return class {
        digestLength=32;
        secret;
        hash;
        isHmac;
        finished=false;
        constructor(secret) {
          this.secret = secret;
          this.isHmac = !!secret;
          this.hash = this.createHash();
        }
        update(data) {
          if (this.finished) throw new Error("Attempted to update an already finished hash.");
          this.hash.update(data);
        }
        async digest() {
          let buf;
          if (this.isHmac) {
            this.finished = true;
            buf = this.hash.digest();
          } else buf = this.hash.copy().digest();
          return new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
        }
        reset() {
          this.hash = this.createHash();
          this.finished = false;
        }
        createHash() {
          return this.secret ? createHmac("sha256", toBuffer(this.secret)) : createHash("sha256");
        }
      };
    }() : Sha256Js;
    function toBuffer(data) {
      if (typeof data === "string") return data;
      if (ArrayBuffer.isView(data)) return Buffer.from(data.buffer, data.byteOffset, data.byteLength);
      return Buffer.from(data);
    }
    const {digest: digest, sign: sign, importKey: importKey} = globalThis?.crypto?.subtle ?? {};
    const subtle = typeof digest === "function" && typeof sign === "function" && typeof importKey === "function" ? globalThis.crypto.subtle : void 0;
    const MAX_PENDING_BYTES = 8 * 1024 * 1024;
    exports.Crc32 = Crc32Node;
    exports.Crc32Js = Crc32Js;
    exports.Crc32Node = Crc32Node;
    exports.Md5 = Md5Node;
    exports.Md5Js = Md5Js;
    exports.Md5Node = Md5Node;
    exports.Sha256 = Sha256Node;
    exports.Sha256Js = Sha256Js;
    exports.Sha256Node = Sha256Node;
    exports.Sha256WebCrypto = class {
      digestLength=32;
      secret;
      pending=[];
      pendingBytes=0;
      fallback;
      finished=false;
      constructor(secret) {
        if (secret) this.secret = toUint8Array(secret);
      }
      update(data) {
        if (this.finished) throw new Error("Attempted to update an already finished HMAC.");
        if (this.fallback) {
          this.fallback.update(data);
          return;
        }
        this.pending.push(data.slice());
        this.pendingBytes += data.byteLength;
        if (this.pendingBytes >= MAX_PENDING_BYTES) this.switchToFallback();
      }
      async digest() {
        if (this.fallback) return this.fallback.digest();
        if (this.secret && this.finished) throw new Error("Attempted to digest an already finished HMAC.");
        const data = concatBytes(this.pending);
        if (subtle) {
          if (this.secret) {
            this.finished = true;
            const key = await subtle.importKey("raw", this.secret, {
              name: "HMAC",
              hash: "SHA-256"
            }, false, [ "sign" ]);
            const sig = await subtle.sign("HMAC", key, data);
            return new Uint8Array(sig);
          }
          const hash = await subtle.digest("SHA-256", data);
          return new Uint8Array(hash);
        }
        const sha256 = new Sha256Js(this.secret);
        sha256.update(data);
        return sha256.digest();
      }
      reset() {
        this.pending = [];
        this.pendingBytes = 0;
        this.fallback = void 0;
        this.finished = false;
      }
      switchToFallback() {
        const sha256Js = new Sha256Js(this.secret);
        for (const chunk of this.pending) sha256Js.update(chunk);
        this.fallback = sha256Js;
        this.pending = [];
        this.pendingBytes = 0;
      }
    };
    exports.blobHasher = async function(hashCtor, blob) {
      const hash = new hashCtor;
      await blobReader(blob, chunk => {
        hash.update(chunk);
      });
      return hash.digest();
    };
    exports.blobReader = blobReader;
    exports.fileStreamHasher = (hashCtor, fileStream) => new Promise((resolve, reject) => {
      if (!isReadStream(fileStream)) {
        reject(new Error("Unable to calculate hash for non-file streams."));
        return;
      }
      const fileStreamTee = createReadStream(fileStream.path, {
        start: fileStream.start,
        end: fileStream.end
      });
      const hash = new hashCtor;
      const hashCalculator = new HashCalculator(hash);
      fileStreamTee.pipe(hashCalculator);
      fileStreamTee.on("error", err => {
        hashCalculator.end();
        reject(err);
      });
      hashCalculator.on("error", reject);
      hashCalculator.on("finish", function() {
        hash.digest().then(resolve).catch(reject);
      });
    });
    exports.readableStreamHasher = (hashCtor, readableStream) => {
      if (readableStream.readableFlowing !== null) throw new Error("Unable to calculate hash for flowing readable stream");
      const hash = new hashCtor;
      const hashCalculator = new HashCalculator(hash);
      readableStream.pipe(hashCalculator);
      return new Promise((resolve, reject) => {
        readableStream.on("error", err => {
          hashCalculator.end();
          reject(err);
        });
        hashCalculator.on("error", reject);
        hashCalculator.on("finish", () => {
          hash.digest().then(resolve).catch(reject);
        });
      });
    };
  },
  2658: (__unused_webpack_module, exports, __webpack_require__) => {
    const {hasOwn: hasOwn} = __webpack_require__(4534);
    const {getSmithyContext: getSmithyContext, normalizeProvider: normalizeProvider} = __webpack_require__(4534);
    exports.getSmithyContext = getSmithyContext;
    exports.normalizeProvider = normalizeProvider;
    const {SMITHY_CONTEXT_KEY: SMITHY_CONTEXT_KEY, AlgorithmId: AlgorithmId} = __webpack_require__(690);
    exports.AlgorithmId = AlgorithmId;
    const {NormalizedSchema: NormalizedSchema} = __webpack_require__(6890);
    const getAllAliases = (name, aliases) => {
      const _aliases = [];
      if (name) _aliases.push(name);
      if (aliases) for (const alias of aliases) _aliases.push(alias);
      return _aliases;
    };
    const getMiddlewareNameWithAliases = (name, aliases) => `${name || "anonymous"}${aliases && aliases.length > 0 ? ` (a.k.a. ${aliases.join(",")})` : ""}`;
    const constructStack = () => {
      let absoluteEntries = [];
      let relativeEntries = [];
      let identifyOnResolve = false;
      const entriesNameSet = new Set;
      const sort = entries => entries.sort((a, b) => stepWeights[b.step] - stepWeights[a.step] || priorityWeights[b.priority || "normal"] - priorityWeights[a.priority || "normal"]);
      const removeByName = toRemove => {
        let isRemoved = false;
        const filterCb = entry => {
          const aliases = getAllAliases(entry.name, entry.aliases);
          if (aliases.includes(toRemove)) {
            isRemoved = true;
            for (const alias of aliases) entriesNameSet.delete(alias);
            return false;
          }
          return true;
        };
        absoluteEntries = absoluteEntries.filter(filterCb);
        relativeEntries = relativeEntries.filter(filterCb);
        return isRemoved;
      };
      const removeByReference = toRemove => {
        let isRemoved = false;
        const filterCb = entry => {
          if (entry.middleware === toRemove) {
            isRemoved = true;
            for (const alias of getAllAliases(entry.name, entry.aliases)) entriesNameSet.delete(alias);
            return false;
          }
          return true;
        };
        absoluteEntries = absoluteEntries.filter(filterCb);
        relativeEntries = relativeEntries.filter(filterCb);
        return isRemoved;
      };
      const cloneTo = toStack => {
        absoluteEntries.forEach(entry => {
          toStack.add(entry.middleware, {
            ...entry
          });
        });
        relativeEntries.forEach(entry => {
          toStack.addRelativeTo(entry.middleware, {
            ...entry
          });
        });
        toStack.identifyOnResolve?.(stack.identifyOnResolve());
        return toStack;
      };
      const expandRelativeMiddlewareList = from => {
        const expandedMiddlewareList = [];
        from.before.forEach(entry => {
          if (entry.before.length === 0 && entry.after.length === 0) expandedMiddlewareList.push(entry); else expandedMiddlewareList.push(...expandRelativeMiddlewareList(entry));
        });
        expandedMiddlewareList.push(from);
        from.after.reverse().forEach(entry => {
          if (entry.before.length === 0 && entry.after.length === 0) expandedMiddlewareList.push(entry); else expandedMiddlewareList.push(...expandRelativeMiddlewareList(entry));
        });
        return expandedMiddlewareList;
      };
      const getMiddlewareList = (debug = false) => {
        const normalizedAbsoluteEntries = [];
        const normalizedRelativeEntries = [];
        const normalizedEntriesNameMap = {};
        absoluteEntries.forEach(entry => {
          const normalizedEntry = {
            ...entry,
            before: [],
            after: []
          };
          for (const alias of getAllAliases(normalizedEntry.name, normalizedEntry.aliases)) normalizedEntriesNameMap[alias] = normalizedEntry;
          normalizedAbsoluteEntries.push(normalizedEntry);
        });
        relativeEntries.forEach(entry => {
          const normalizedEntry = {
            ...entry,
            before: [],
            after: []
          };
          for (const alias of getAllAliases(normalizedEntry.name, normalizedEntry.aliases)) normalizedEntriesNameMap[alias] = normalizedEntry;
          normalizedRelativeEntries.push(normalizedEntry);
        });
        normalizedRelativeEntries.forEach(entry => {
          if (entry.toMiddleware) {
            const toMiddleware = normalizedEntriesNameMap[entry.toMiddleware];
            if (toMiddleware === void 0) {
              if (debug) return;
              throw new Error(`${entry.toMiddleware} is not found when adding ` + `${getMiddlewareNameWithAliases(entry.name, entry.aliases)} ` + `middleware ${entry.relation} ${entry.toMiddleware}`);
            }
            if (entry.relation === "after") toMiddleware.after.push(entry);
            if (entry.relation === "before") toMiddleware.before.push(entry);
          }
        });
        const mainChain = sort(normalizedAbsoluteEntries).map(expandRelativeMiddlewareList).reduce((wholeList, expandedMiddlewareList) => {
          wholeList.push(...expandedMiddlewareList);
          return wholeList;
        }, []);
        return mainChain;
      };
      const stack = {
        add: (middleware, options = {}) => {
          const {name: name, override: override, aliases: _aliases} = options;
          const entry = {
            step: "initialize",
            priority: "normal",
            middleware: middleware,
            ...options
          };
          const aliases = getAllAliases(name, _aliases);
          if (aliases.length > 0) {
            if (aliases.some(alias => entriesNameSet.has(alias))) {
              if (!override) throw new Error(`Duplicate middleware name '${getMiddlewareNameWithAliases(name, _aliases)}'`);
              for (const alias of aliases) {
                const toOverrideIndex = absoluteEntries.findIndex(entry => entry.name === alias || entry.aliases?.some(a => a === alias));
                if (toOverrideIndex === -1) continue;
                const toOverride = absoluteEntries[toOverrideIndex];
                if (toOverride.step !== entry.step || entry.priority !== toOverride.priority) throw new Error(`"${getMiddlewareNameWithAliases(toOverride.name, toOverride.aliases)}" middleware with ` + `${toOverride.priority} priority in ${toOverride.step} step cannot ` + `be overridden by "${getMiddlewareNameWithAliases(name, _aliases)}" middleware with ` + `${entry.priority} priority in ${entry.step} step.`);
                absoluteEntries.splice(toOverrideIndex, 1);
              }
            }
            for (const alias of aliases) entriesNameSet.add(alias);
          }
          absoluteEntries.push(entry);
        },
        addRelativeTo: (middleware, options) => {
          const {name: name, override: override, aliases: _aliases} = options;
          const entry = {
            middleware: middleware,
            ...options
          };
          const aliases = getAllAliases(name, _aliases);
          if (aliases.length > 0) {
            if (aliases.some(alias => entriesNameSet.has(alias))) {
              if (!override) throw new Error(`Duplicate middleware name '${getMiddlewareNameWithAliases(name, _aliases)}'`);
              for (const alias of aliases) {
                const toOverrideIndex = relativeEntries.findIndex(entry => entry.name === alias || entry.aliases?.some(a => a === alias));
                if (toOverrideIndex === -1) continue;
                const toOverride = relativeEntries[toOverrideIndex];
                if (toOverride.toMiddleware !== entry.toMiddleware || toOverride.relation !== entry.relation) throw new Error(`"${getMiddlewareNameWithAliases(toOverride.name, toOverride.aliases)}" middleware ` + `${toOverride.relation} "${toOverride.toMiddleware}" middleware cannot be overridden ` + `by "${getMiddlewareNameWithAliases(name, _aliases)}" middleware ${entry.relation} ` + `"${entry.toMiddleware}" middleware.`);
                relativeEntries.splice(toOverrideIndex, 1);
              }
            }
            for (const alias of aliases) entriesNameSet.add(alias);
          }
          relativeEntries.push(entry);
        },
        clone: () => cloneTo(constructStack()),
        use: plugin => {
          plugin.applyToStack(stack);
        },
        remove: toRemove => {
          if (typeof toRemove === "string") return removeByName(toRemove); else return removeByReference(toRemove);
        },
        removeByTag: toRemove => {
          let isRemoved = false;
          const filterCb = entry => {
            const {tags: tags, name: name, aliases: _aliases} = entry;
            if (tags && tags.includes(toRemove)) {
              const aliases = getAllAliases(name, _aliases);
              for (const alias of aliases) entriesNameSet.delete(alias);
              isRemoved = true;
              return false;
            }
            return true;
          };
          absoluteEntries = absoluteEntries.filter(filterCb);
          relativeEntries = relativeEntries.filter(filterCb);
          return isRemoved;
        },
        concat: from => {
          const cloned = cloneTo(constructStack());
          cloned.use(from);
          cloned.identifyOnResolve(identifyOnResolve || cloned.identifyOnResolve() || (from.identifyOnResolve?.() ?? false));
          return cloned;
        },
        applyToStack: cloneTo,
        identify: () => getMiddlewareList(true).map(mw => {
          const step = mw.step ?? mw.relation + " " + mw.toMiddleware;
          return getMiddlewareNameWithAliases(mw.name, mw.aliases) + " - " + step;
        }),
        identifyOnResolve(toggle) {
          if (typeof toggle === "boolean") identifyOnResolve = toggle;
          return identifyOnResolve;
        },
        resolve: (handler, context) => {
          for (const middleware of getMiddlewareList().map(entry => entry.middleware).reverse()) handler = middleware(handler, context);
          if (identifyOnResolve) console.log(stack.identify());
          return handler;
        }
      };
      return stack;
    };
    const stepWeights = {
      initialize: 5,
      serialize: 4,
      build: 3,
      finalizeRequest: 2,
      deserialize: 1
    };
    const priorityWeights = {
      high: 3,
      normal: 2,
      low: 1
    };
    const getCircularReplacer = () => {
      const seen = new WeakSet;
      return (key, value) => {
        if (typeof value === "object" && value !== null) {
          if (seen.has(value)) return "[Circular]";
          seen.add(value);
        }
        return value;
      };
    };
    const sleep = seconds => new Promise(resolve => setTimeout(resolve, seconds * 1e3));
    const waiterServiceDefaults = {
      minDelay: 2,
      maxDelay: 120
    };
    var WaiterState;
    (function(WaiterState) {
      WaiterState["ABORTED"] = "ABORTED";
      WaiterState["FAILURE"] = "FAILURE";
      WaiterState["SUCCESS"] = "SUCCESS";
      WaiterState["RETRY"] = "RETRY";
      WaiterState["TIMEOUT"] = "TIMEOUT";
    })(WaiterState || (WaiterState = {}));
    const runPolling = async ({minDelay: minDelay, maxDelay: maxDelay, maxWaitTime: maxWaitTime, abortController: abortController, client: client, abortSignal: abortSignal}, input, acceptorChecks) => {
      const observedResponses = {};
      const [minDelayMs, maxDelayMs] = [ minDelay * 1e3, maxDelay * 1e3 ];
      let currentAttempt = 0;
      const waitUntil = Date.now() + maxWaitTime * 1e3;
      const warn403Time = Date.now() + 6e4;
      let didWarn403 = false;
      while (true) {
        if (currentAttempt > 0) {
          const delayMs = exponentialBackoffWithJitter(minDelayMs, maxDelayMs, currentAttempt, waitUntil);
          if (abortController?.signal?.aborted || abortSignal?.aborted) {
            const message = "AbortController signal aborted.";
            observedResponses[message] |= 0;
            observedResponses[message] += 1;
            return {
              state: WaiterState.ABORTED,
              observedResponses: observedResponses
            };
          }
          if (Date.now() + delayMs > waitUntil) return {
            state: WaiterState.TIMEOUT,
            observedResponses: observedResponses
          };
          await sleep(delayMs / 1e3);
        }
        const {state: state, reason: reason} = await acceptorChecks(client, input);
        if (reason) {
          const message = createMessageFromResponse(reason);
          observedResponses[message] |= 0;
          observedResponses[message] += 1;
        }
        if (state !== WaiterState.RETRY) return {
          state: state,
          reason: reason,
          final: reason,
          observedResponses: observedResponses
        };
        currentAttempt += 1;
        if (!didWarn403 && Date.now() >= warn403Time) {
          checkWarn403(observedResponses, client);
          didWarn403 = true;
        }
      }
    };
    const checkWarn403 = (observedResponses = {}, client) => {
      const orderedErrors = Object.keys(observedResponses);
      let count403 = 0;
      for (const response of orderedErrors) {
        const n = observedResponses[response] | 0;
        if (response.startsWith("403:")) count403 += n;
      }
      const clientLogger = client?.config?.logger;
      const warningLogger = typeof clientLogger?.warn === "function" && !clientLogger.constructor?.name?.includes?.("NoOpLogger") ? clientLogger : console;
      if (count403 >= 3 || orderedErrors[orderedErrors.length - 1]?.startsWith("403:")) warningLogger.warn(`@smithy/util-waiter WARN - 403 status code encountered during waiter polling.`);
    };
    const createMessageFromResponse = reason => {
      const status = reason?.$response?.statusCode ?? reason?.$metadata?.httpStatusCode;
      if (reason?.$responseBodyText) return `${status ? status + ": " : ""}Deserialization error for body: ${reason.$responseBodyText}`;
      if (status) {
        if (reason?.$response || reason?.message) return `${status ?? "Unknown"}: ${reason?.message}`;
        return `${status}: OK`;
      }
      return String(reason?.message ?? JSON.stringify(reason, getCircularReplacer()) ?? "Unknown");
    };
    const exponentialBackoffWithJitter = (minDelayMs, maxDelayMs, attempt, waitUntil) => {
      const attemptCountCeiling = Math.log(maxDelayMs / minDelayMs) / Math.log(2) + 1;
      if (attempt > attemptCountCeiling) return maxDelayMs;
      const delay = minDelayMs * 2 ** (attempt - 1);
      const capped = Math.min(delay, maxDelayMs);
      const waitFor = randomInRange(minDelayMs, capped);
      if (Date.now() + waitFor > waitUntil) {
        const timeRemaining = waitUntil - Date.now();
        return Math.max(0, timeRemaining - 500);
      }
      return waitFor;
    };
    const randomInRange = (min, max) => min + Math.random() * (max - min);
    const validateWaiterOptions = options => {
      if (options.maxWaitTime <= 0) throw new Error(`WaiterConfiguration.maxWaitTime must be greater than 0`); else if (options.minDelay <= 0) throw new Error(`WaiterConfiguration.minDelay must be greater than 0`); else if (options.maxDelay <= 0) throw new Error(`WaiterConfiguration.maxDelay must be greater than 0`); else if (options.maxWaitTime <= options.minDelay) throw new Error(`WaiterConfiguration.maxWaitTime [${options.maxWaitTime}] must be greater than WaiterConfiguration.minDelay [${options.minDelay}] for this waiter`); else if (options.maxDelay < options.minDelay) throw new Error(`WaiterConfiguration.maxDelay [${options.maxDelay}] must be greater than WaiterConfiguration.minDelay [${options.minDelay}] for this waiter`);
    };
    const abortTimeout = abortSignal => {
      let onAbort;
      const promise = new Promise(resolve => {
        onAbort = () => resolve({
          state: WaiterState.ABORTED
        });
        if (typeof abortSignal.addEventListener === "function") abortSignal.addEventListener("abort", onAbort); else abortSignal.onabort = onAbort;
      });
      return {
        clearListener() {
          if (typeof abortSignal.removeEventListener === "function") abortSignal.removeEventListener("abort", onAbort);
        },
        aborted: promise
      };
    };
    const SENSITIVE_STRING$1 = "***SensitiveInformation***";
    function schemaLogFilter(schema, data) {
      if (data == null) return data;
      const ns = NormalizedSchema.of(schema);
      if (ns.getMergedTraits().sensitive) return SENSITIVE_STRING$1;
      if (ns.isListSchema()) {
        const valueSchema = ns.getValueSchema();
        if (valueSchema.getMergedTraits().sensitive) return SENSITIVE_STRING$1;
        if (Array.isArray(data)) return data.map(value => schemaLogFilter(valueSchema, value));
      } else if (ns.isMapSchema()) {
        const valueSchema = ns.getValueSchema();
        if (ns.getKeySchema().getMergedTraits().sensitive || valueSchema.getMergedTraits().sensitive) return SENSITIVE_STRING$1;
        if (typeof data === "object") return Object.fromEntries(Object.entries(data).map(([key, value]) => [ key, schemaLogFilter(valueSchema, value) ]));
      } else if (ns.isStructSchema() && typeof data === "object") {
        const object = data;
        const newObject = {};
        for (const [member, memberNs] of ns.structIterator()) if (object[member] != null) newObject[member] = schemaLogFilter(memberNs, object[member]);
        return newObject;
      }
      return data;
    }
    const operationEventStreamMarker = Symbol.for("@smithy/op-event-stream");
    class Command {
      middlewareStack=constructStack();
      schema;
      static classBuilder() {
        return new ClassBuilder;
      }
      resolveMiddlewareWithContext(clientStack, configuration, options, {middlewareFn: middlewareFn, clientName: clientName, commandName: commandName, inputFilterSensitiveLog: inputFilterSensitiveLog, outputFilterSensitiveLog: outputFilterSensitiveLog, smithyContext: smithyContext, additionalContext: additionalContext, CommandCtor: CommandCtor}) {
        for (const mw of middlewareFn.bind(this)(CommandCtor, clientStack, configuration, options)) this.middlewareStack.use(mw);
        const stack = clientStack.concat(this.middlewareStack);
        const {logger: logger} = configuration;
        const additionalSmithyContext = additionalContext[SMITHY_CONTEXT_KEY];
        const handlerExecutionContext = {
          logger: logger,
          clientName: clientName,
          commandName: commandName,
          inputFilterSensitiveLog: inputFilterSensitiveLog,
          outputFilterSensitiveLog: outputFilterSensitiveLog,
          ...additionalContext,
          [SMITHY_CONTEXT_KEY]: {
            ...additionalSmithyContext,
            commandInstance: this,
            ...smithyContext,
            ...options?.metricsRecorder === void 0 ? {} : {
              metricsRecorder: options.metricsRecorder
            },
            ...options?.abortSignal === void 0 ? {} : {
              abortSignal: options.abortSignal
            }
          }
        };
        const {requestHandler: requestHandler} = configuration;
        let requestOptions = options ?? {};
        if (requestOptions.metricsRecorder) {
          requestOptions = {
            ...requestOptions
          };
          delete requestOptions.metricsRecorder;
        }
        let isEventStream;
        const schema = this.schema;
        const marker = schema?.[operationEventStreamMarker];
        if (marker !== void 0) isEventStream = marker; else if (schema) if (Array.isArray(schema) && schema[0] === 9) {
          const [, , , , input$, output$] = schema;
          isEventStream = schema[operationEventStreamMarker] = Boolean(NormalizedSchema.of(input$).getEventStreamMember() || NormalizedSchema.of(output$).getEventStreamMember());
        }
        if (isEventStream) requestOptions = {
          isEventStream: isEventStream,
          ...requestOptions
        };
        return stack.resolve(request => requestHandler.handle(request.request, requestOptions), handlerExecutionContext);
      }
    }
    class ClassBuilder {
      _init=() => {};
      _ep={};
      _middlewareFn=() => [];
      _commandName="";
      _clientName="";
      _additionalContext={};
      _smithyContext={};
      _inputFilterSensitiveLog=void 0;
      _outputFilterSensitiveLog=void 0;
      _serializer=null;
      _deserializer=null;
      _operationSchema;
      init(cb) {
        this._init = cb;
      }
      ep(endpointParameterInstructions) {
        this._ep = endpointParameterInstructions;
        return this;
      }
      m(middlewareSupplier) {
        this._middlewareFn = middlewareSupplier;
        return this;
      }
      s(service, operation, smithyContext = {}) {
        this._smithyContext = {
          service: service,
          operation: operation,
          ...smithyContext
        };
        return this;
      }
      c(additionalContext = {}) {
        this._additionalContext = additionalContext;
        return this;
      }
      n(clientName, commandName) {
        this._clientName = clientName;
        this._commandName = commandName;
        return this;
      }
      f(inputFilter = _ => _, outputFilter = _ => _) {
        this._inputFilterSensitiveLog = inputFilter;
        this._outputFilterSensitiveLog = outputFilter;
        return this;
      }
      ser(serializer) {
        this._serializer = serializer;
        return this;
      }
      de(deserializer) {
        this._deserializer = deserializer;
        return this;
      }
      sc(operation) {
        this._operationSchema = operation;
        this._smithyContext.operationSchema = operation;
        return this;
      }
      build() {
        const closure = this;
        let CommandRef;
        return CommandRef = class extends Command {
          input;
          static getEndpointParameterInstructions() {
            return closure._ep;
          }
          constructor(...[input]) {
            super();
            this.input = input ?? {};
            closure._init(this);
            this.schema = closure._operationSchema;
          }
          resolveMiddleware(stack, configuration, options) {
            const op = closure._operationSchema;
            const input = op?.[4] ?? op?.input;
            const output = op?.[5] ?? op?.output;
            return this.resolveMiddlewareWithContext(stack, configuration, options, {
              CommandCtor: CommandRef,
              middlewareFn: closure._middlewareFn,
              clientName: closure._clientName,
              commandName: closure._commandName,
              inputFilterSensitiveLog: closure._inputFilterSensitiveLog ?? (op ? schemaLogFilter.bind(null, input) : _ => _),
              outputFilterSensitiveLog: closure._outputFilterSensitiveLog ?? (op ? schemaLogFilter.bind(null, output) : _ => _),
              smithyContext: closure._smithyContext,
              additionalContext: closure._additionalContext
            });
          }
          serialize=closure._serializer;
          deserialize=closure._deserializer;
        };
      }
    }
    class ServiceException extends Error {
      static shapeId="smithy.ts.sdk.synthetic.nonamespace.client#ServiceException";
      $fault;
      $response;
      $retryable;
      $metadata;
      constructor(options) {
        super(options.message);
        Object.setPrototypeOf(this, Object.getPrototypeOf(this).constructor.prototype);
        this.name = options.name;
        this.$fault = options.$fault;
        this.$metadata = options.$metadata;
      }
      static isInstance(value) {
        if (!value) return false;
        const candidate = value;
        return ServiceException.prototype.isPrototypeOf(candidate) || Boolean(candidate.$fault) && Boolean(candidate.$metadata) && (candidate.$fault === "client" || candidate.$fault === "server");
      }
      static [Symbol.hasInstance](instance) {
        if (!instance) return false;
        const candidate = instance;
        if (this === ServiceException) return ServiceException.isInstance(instance);
        if (ServiceException.isInstance(instance)) {
          if (this.prototype.isPrototypeOf(instance)) return true;
          const targetId = Object.prototype.hasOwnProperty.call(this, "shapeId") ? this.shapeId : void 0;
          let candidateHasShapeId = false;
          if (targetId) {
            let proto = Object.getPrototypeOf(candidate);
            while (proto && proto !== Object.prototype) {
              const ctor = proto.constructor;
              const candidateId = ctor !== ServiceException && Object.prototype.hasOwnProperty.call(ctor, "shapeId") ? ctor?.shapeId : void 0;
              if (candidateId) {
                candidateHasShapeId = true;
                if (candidateId === targetId) return true;
              }
              proto = Object.getPrototypeOf(proto);
            }
          }
          if (targetId && candidateHasShapeId) return false;
          const targetName = this.name;
          if (targetName && targetName.length >= 6) {
            if (candidate.name === targetName) return true;
            let proto = Object.getPrototypeOf(candidate);
            while (proto && proto !== Object.prototype) {
              const ctorName = proto.constructor?.name;
              if (ctorName && ctorName !== "Error" && ctorName === targetName) return true;
              proto = Object.getPrototypeOf(proto);
            }
          }
        }
        return false;
      }
    }
    const decorateServiceException = (exception, additions = {}) => {
      Object.entries(additions).filter(([, v]) => v !== void 0).forEach(([k, v]) => {
        if (exception[k] == void 0 || exception[k] === "") exception[k] = v;
      });
      const message = exception.message || exception.Message || "UnknownError";
      exception.message = message;
      delete exception.Message;
      return exception;
    };
    const throwDefaultError = ({output: output, parsedBody: parsedBody, exceptionCtor: exceptionCtor, errorCode: errorCode}) => {
      const $metadata = deserializeMetadata(output);
      const statusCode = $metadata.httpStatusCode ? $metadata.httpStatusCode + "" : void 0;
      const response = new exceptionCtor({
        name: parsedBody?.code || parsedBody?.Code || errorCode || statusCode || "UnknownError",
        $fault: "client",
        $metadata: $metadata
      });
      throw decorateServiceException(response, parsedBody);
    };
    const deserializeMetadata = output => ({
      httpStatusCode: output.statusCode,
      requestId: output.headers["x-amzn-requestid"] ?? output.headers["x-amzn-request-id"] ?? output.headers["x-amz-request-id"],
      extendedRequestId: output.headers["x-amz-id-2"],
      cfId: output.headers["x-amz-cf-id"]
    });
    let warningEmitted = false;
    const knownAlgorithms = Object.values(AlgorithmId);
    const getChecksumConfiguration = runtimeConfig => {
      const checksumAlgorithms = [];
      for (const id in AlgorithmId) {
        if (!hasOwn(AlgorithmId, id)) continue;
        const algorithmId = AlgorithmId[id];
        if (runtimeConfig[algorithmId] === void 0) continue;
        checksumAlgorithms.push({
          algorithmId: () => algorithmId,
          checksumConstructor: () => runtimeConfig[algorithmId]
        });
      }
      for (const [id, ChecksumCtor] of Object.entries(runtimeConfig.checksumAlgorithms ?? {})) checksumAlgorithms.push({
        algorithmId: () => id,
        checksumConstructor: () => ChecksumCtor
      });
      return {
        addChecksumAlgorithm(algo) {
          runtimeConfig.checksumAlgorithms = runtimeConfig.checksumAlgorithms ?? {};
          const id = algo.algorithmId();
          const ctor = algo.checksumConstructor();
          if (knownAlgorithms.includes(id)) runtimeConfig.checksumAlgorithms[id.toUpperCase()] = ctor; else runtimeConfig.checksumAlgorithms[id] = ctor;
          checksumAlgorithms.push(algo);
        },
        checksumAlgorithms() {
          return checksumAlgorithms;
        }
      };
    };
    const resolveChecksumRuntimeConfig = clientConfig => {
      const runtimeConfig = {};
      clientConfig.checksumAlgorithms().forEach(checksumAlgorithm => {
        const id = checksumAlgorithm.algorithmId();
        if (knownAlgorithms.includes(id)) runtimeConfig[id] = checksumAlgorithm.checksumConstructor();
      });
      return runtimeConfig;
    };
    const getRetryConfiguration = runtimeConfig => ({
      setRetryStrategy(retryStrategy) {
        runtimeConfig.retryStrategy = retryStrategy;
      },
      retryStrategy() {
        return runtimeConfig.retryStrategy;
      }
    });
    const resolveRetryRuntimeConfig = retryStrategyConfiguration => {
      const runtimeConfig = {};
      runtimeConfig.retryStrategy = retryStrategyConfiguration.retryStrategy();
      return runtimeConfig;
    };
    const getDefaultExtensionConfiguration = runtimeConfig => Object.assign(getChecksumConfiguration(runtimeConfig), getRetryConfiguration(runtimeConfig));
    const getDefaultClientConfiguration = getDefaultExtensionConfiguration;
    const getValueFromTextNode = obj => {
      const textNodeName = "#text";
      for (const key in obj) {
        if (!hasOwn(obj, key)) continue;
        if (obj[key][textNodeName] !== void 0) obj[key] = obj[key][textNodeName]; else if (typeof obj[key] === "object" && obj[key] !== null) obj[key] = getValueFromTextNode(obj[key]);
      }
      return obj;
    };
    function map(arg0, arg1, arg2) {
      let target;
      let filter;
      let instructions;
      if (typeof arg1 === "undefined" && typeof arg2 === "undefined") {
        target = {};
        instructions = arg0;
      } else {
        target = arg0;
        if (typeof arg1 === "function") {
          filter = arg1;
          instructions = arg2;
          return mapWithFilter(target, filter, instructions);
        } else instructions = arg1;
      }
      for (const key in instructions) {
        if (!hasOwn(instructions, key)) continue;
        if (!Array.isArray(instructions[key])) {
          target[key] = instructions[key];
          continue;
        }
        applyInstruction(target, null, instructions, key);
      }
      return target;
    }
    const mapWithFilter = (target, filter, instructions) => map(target, Object.entries(instructions).reduce((_instructions, [key, value]) => {
      if (Array.isArray(value)) _instructions[key] = value; else if (typeof value === "function") _instructions[key] = [ filter, value() ]; else _instructions[key] = [ filter, value ];
      return _instructions;
    }, {}));
    const applyInstruction = (target, source, instructions, targetKey) => {
      if (source !== null) {
        let instruction = instructions[targetKey];
        if (typeof instruction === "function") instruction = [ , instruction ];
        const [filter = nonNullish, valueFn = pass, sourceKey = targetKey] = instruction;
        if (typeof filter === "function" && filter(source[sourceKey]) || typeof filter !== "function" && !!filter) target[targetKey] = valueFn(source[sourceKey]);
        return;
      }
      let [filter, value] = instructions[targetKey];
      if (typeof value === "function") {
        let _value;
        const defaultFilterPassed = filter === void 0 && (_value = value()) != null;
        const customFilterPassed = typeof filter === "function" && !!filter(void 0) || typeof filter !== "function" && !!filter;
        if (defaultFilterPassed) target[targetKey] = _value; else if (customFilterPassed) target[targetKey] = value();
      } else {
        const defaultFilterPassed = filter === void 0 && value != null;
        const customFilterPassed = typeof filter === "function" && !!filter(value) || typeof filter !== "function" && !!filter;
        if (defaultFilterPassed || customFilterPassed) target[targetKey] = value;
      }
    };
    const nonNullish = _ => _ != null;
    const pass = _ => _;
    const _json = obj => {
      if (obj == null) return {};
      if (Array.isArray(obj)) return obj.filter(_ => _ != null).map(_json);
      if (typeof obj === "object") {
        const target = {};
        for (const key in obj) {
          if (!hasOwn(obj, key)) continue;
          if (obj[key] == null) continue;
          target[key] = _json(obj[key]);
        }
        return target;
      }
      return obj;
    };
    exports.Client = class {
      config;
      middlewareStack=constructStack();
      initConfig;
      handlers;
      constructor(config) {
        this.config = config;
        const {protocol: protocol, protocolSettings: protocolSettings} = config;
        if (protocolSettings) if (typeof protocol === "function") config.protocol = new protocol(protocolSettings);
      }
      send(command, optionsOrCb, cb) {
        const options = typeof optionsOrCb !== "function" ? optionsOrCb : void 0;
        const callback = typeof optionsOrCb === "function" ? optionsOrCb : cb;
        const useHandlerCache = options === void 0 && this.config.cacheMiddleware === true;
        let handler;
        if (useHandlerCache) {
          if (!this.handlers) this.handlers = new WeakMap;
          const handlers = this.handlers;
          if (handlers.has(command.constructor)) handler = handlers.get(command.constructor); else {
            handler = command.resolveMiddleware(this.middlewareStack, this.config, options);
            handlers.set(command.constructor, handler);
          }
        } else {
          delete this.handlers;
          handler = command.resolveMiddleware(this.middlewareStack, this.config, options);
        }
        if (callback) handler(command).then(result => callback(null, result.output), err => callback(err)).catch(() => {}); else return handler(command).then(result => result.output);
      }
      destroy() {
        this.config?.requestHandler?.destroy?.();
        delete this.handlers;
      }
    };
    exports.Command = Command;
    exports.NoOpLogger = class {
      trace() {}
      debug() {}
      info() {}
      warn() {}
      error() {}
    };
    exports.SENSITIVE_STRING = "***SensitiveInformation***";
    exports.ServiceException = ServiceException;
    exports.WaiterState = WaiterState;
    exports._json = _json;
    exports.checkExceptions = result => {
      if (result.state === WaiterState.ABORTED) {
        const abortError = new Error(`${JSON.stringify({
          ...result,
          reason: "Request was aborted"
        }, getCircularReplacer())}`);
        abortError.name = "AbortError";
        throw abortError;
      } else if (result.state === WaiterState.TIMEOUT) {
        const timeoutError = new Error(`${JSON.stringify({
          ...result,
          reason: "Waiter has timed out"
        }, getCircularReplacer())}`);
        timeoutError.name = "TimeoutError";
        throw timeoutError;
      } else if (result.state !== WaiterState.SUCCESS) throw new Error(`${JSON.stringify(result, getCircularReplacer())}`);
      return result;
    };
    exports.constructStack = constructStack;
    exports.convertMap = target => {
      const output = {};
      for (const [k, v] of Object.entries(target || {})) output[k] = [ , v ];
      return output;
    };
    exports.createAggregatedClient = (commands, Client, options) => {
      for (const [command, CommandCtor] of Object.entries(commands)) {
        const methodImpl = async function(args, optionsOrCb, cb) {
          const command = new CommandCtor(args);
          if (typeof optionsOrCb === "function") this.send(command, optionsOrCb); else if (typeof cb === "function") {
            if (typeof optionsOrCb !== "object") throw new Error(`Expected http options but got ${typeof optionsOrCb}`);
            this.send(command, optionsOrCb || {}, cb);
          } else return this.send(command, optionsOrCb);
        };
        const methodName = (command[0].toLowerCase() + command.slice(1)).replace(/Command$/, "");
        Client.prototype[methodName] = methodImpl;
      }
      const {paginators: paginators = {}, waiters: waiters = {}} = options ?? {};
      for (const [paginatorName, paginatorFn] of Object.entries(paginators)) if (Client.prototype[paginatorName] === void 0) Client.prototype[paginatorName] = function(commandInput = {}, paginationConfiguration, ...rest) {
        return paginatorFn({
          ...paginationConfiguration,
          client: this
        }, commandInput, ...rest);
      };
      for (const [waiterName, waiterFn] of Object.entries(waiters)) if (Client.prototype[waiterName] === void 0) Client.prototype[waiterName] = async function(commandInput = {}, waiterConfiguration, ...rest) {
        let config = waiterConfiguration;
        if (typeof waiterConfiguration === "number") config = {
          maxWaitTime: waiterConfiguration
        };
        return waiterFn({
          ...config,
          client: this
        }, commandInput, ...rest);
      };
    };
    exports.createWaiter = async (options, input, acceptorChecks) => {
      const params = {
        ...waiterServiceDefaults,
        ...options
      };
      validateWaiterOptions(params);
      const exitConditions = [ runPolling(params, input, acceptorChecks) ];
      const finalize = [];
      if (options.abortSignal) {
        const {aborted: aborted, clearListener: clearListener} = abortTimeout(options.abortSignal);
        finalize.push(clearListener);
        exitConditions.push(aborted);
      }
      if (options.abortController?.signal) {
        const {aborted: aborted, clearListener: clearListener} = abortTimeout(options.abortController.signal);
        finalize.push(clearListener);
        exitConditions.push(aborted);
      }
      return Promise.race(exitConditions).then(result => {
        for (const fn of finalize) fn();
        return result;
      });
    };
    exports.decorateServiceException = decorateServiceException;
    exports.emitWarningIfUnsupportedVersion = version => {
      if (version && !warningEmitted && parseInt(version.substring(1, version.indexOf("."))) < 16) warningEmitted = true;
    };
    exports.getArrayIfSingleItem = mayBeArray => Array.isArray(mayBeArray) ? mayBeArray : [ mayBeArray ];
    exports.getChecksumConfiguration = getChecksumConfiguration;
    exports.getDefaultClientConfiguration = getDefaultClientConfiguration;
    exports.getDefaultExtensionConfiguration = getDefaultExtensionConfiguration;
    exports.getRetryConfiguration = getRetryConfiguration;
    exports.getValueFromTextNode = getValueFromTextNode;
    exports.invalidFunction = message => () => {
      throw new Error(message);
    };
    exports.invalidProvider = message => () => Promise.reject(message);
    exports.isSerializableHeaderValue = value => value != null;
    exports.loadConfigsForDefaultMode = mode => {
      switch (mode) {
       case "standard":
        return {
          retryMode: "standard",
          connectionTimeout: 3100
        };

       case "in-region":
        return {
          retryMode: "standard",
          connectionTimeout: 1100
        };

       case "cross-region":
        return {
          retryMode: "standard",
          connectionTimeout: 3100
        };

       case "mobile":
        return {
          retryMode: "standard",
          connectionTimeout: 3e4
        };

       default:
        return {};
      }
    };
    exports.makeBuilder = function(common, service, name, ep) {
      return function(added, plugins, op, $, smithyContext = {}) {
        const epMerged = Object.assign({}, common, added);
        return Command.classBuilder().ep(epMerged).m(function(CommandCtor, clientStack, config, options) {
          const list = plugins.call(this, CommandCtor, clientStack, config, options);
          list.unshift(ep(config, CommandCtor.getEndpointParameterInstructions()));
          return list;
        }).s(service, op, smithyContext).n(name, op.charAt(0).toUpperCase() + op.slice(1) + "Command").sc($).build();
      };
    };
    exports.map = map;
    exports.resolveChecksumRuntimeConfig = resolveChecksumRuntimeConfig;
    exports.resolveDefaultRuntimeConfig = config => Object.assign(resolveChecksumRuntimeConfig(config), resolveRetryRuntimeConfig(config));
    exports.resolveRetryRuntimeConfig = resolveRetryRuntimeConfig;
    exports.schemaLogFilter = schemaLogFilter;
    exports.serializeDateTime = date => date.toISOString().replace(".000Z", "Z");
    exports.serializeFloat = value => {
      if (value !== value) return "NaN";
      switch (value) {
       case 1 / 0:
        return "Infinity";

       case -1 / 0:
        return "-Infinity";

       default:
        return value;
      }
    };
    exports.take = (source, instructions) => {
      const out = {};
      for (const key in instructions) {
        if (!hasOwn(instructions, key)) continue;
        applyInstruction(out, source, instructions, key);
      }
      return out;
    };
    exports.throwDefaultError = throwDefaultError;
    exports.waiterServiceDefaults = waiterServiceDefaults;
    exports.withBaseException = ExceptionCtor => ({output: output, parsedBody: parsedBody, errorCode: errorCode}) => {
      throwDefaultError({
        output: output,
        parsedBody: parsedBody,
        exceptionCtor: ExceptionCtor,
        errorCode: errorCode
      });
    };
  },
  7291: (__unused_webpack_module, exports, __webpack_require__) => {
    const {homedir: homedir} = __webpack_require__(8161);
    const {sep: sep, join: join} = __webpack_require__(6760);
    const {createHash: createHash} = __webpack_require__(7598);
    const {readFile: readFile$1} = __webpack_require__(1455);
    const {IniSectionType: IniSectionType} = __webpack_require__(690);
    const {normalizeProvider: normalizeProvider} = __webpack_require__(2658);
    const {isValidHostLabel: isValidHostLabel} = __webpack_require__(4534);
    class ProviderError extends Error {
      name="ProviderError";
      tryNextLink;
      constructor(message, options = true) {
        let logger;
        let tryNextLink = true;
        if (typeof options === "boolean") {
          logger = void 0;
          tryNextLink = options;
        } else if (options != null && typeof options === "object") {
          logger = options.logger;
          tryNextLink = options.tryNextLink ?? true;
        }
        super(message);
        this.tryNextLink = tryNextLink;
        Object.setPrototypeOf(this, ProviderError.prototype);
        logger?.debug?.(`@smithy/property-provider ${tryNextLink ? "->" : "(!)"} ${message}`);
      }
      static from(error, options = true) {
        return Object.assign(new this(error.message, options), error);
      }
    }
    class CredentialsProviderError extends ProviderError {
      name="CredentialsProviderError";
      constructor(message, options = true) {
        super(message, options);
        Object.setPrototypeOf(this, CredentialsProviderError.prototype);
      }
    }
    class TokenProviderError extends ProviderError {
      name="TokenProviderError";
      constructor(message, options = true) {
        super(message, options);
        Object.setPrototypeOf(this, TokenProviderError.prototype);
      }
    }
    const chain = (...providers) => async () => {
      if (providers.length === 0) throw new ProviderError("No providers in chain");
      let lastProviderError;
      for (const provider of providers) try {
        const credentials = await provider();
        return credentials;
      } catch (err) {
        lastProviderError = err;
        if (err?.tryNextLink) continue;
        throw err;
      }
      throw lastProviderError;
    };
    const fromValue = staticValue => () => Promise.resolve(staticValue);
    const memoize = (provider, isExpired, requiresRefresh) => {
      let resolved;
      let pending;
      let hasResult;
      let isConstant = false;
      const coalesceProvider = async () => {
        if (!pending) pending = provider();
        try {
          resolved = await pending;
          hasResult = true;
          isConstant = false;
        } finally {
          pending = void 0;
        }
        return resolved;
      };
      if (isExpired === void 0) return async options => {
        if (!hasResult || options?.forceRefresh) resolved = await coalesceProvider();
        return resolved;
      };
      return async options => {
        if (!hasResult || options?.forceRefresh) resolved = await coalesceProvider();
        if (isConstant) return resolved;
        if (requiresRefresh && !requiresRefresh(resolved)) {
          isConstant = true;
          return resolved;
        }
        if (isExpired(resolved)) {
          await coalesceProvider();
          return resolved;
        }
        return resolved;
      };
    };
    const booleanSelector = (obj, key, type) => {
      if (!(key in obj)) return;
      if (obj[key] === "true") return true;
      if (obj[key] === "false") return false;
      throw new Error(`Cannot load ${type} "${key}". Expected "true" or "false", got ${obj[key]}.`);
    };
    var SelectorType;
    (function(SelectorType) {
      SelectorType["ENV"] = "env";
      SelectorType["CONFIG"] = "shared config entry";
    })(SelectorType || (SelectorType = {}));
    const homeDirCache = {};
    const getHomeDirCacheKey = () => {
      if (process && process.geteuid) return `${process.geteuid()}`;
      return "DEFAULT";
    };
    const getHomeDir = () => {
      const {HOME: HOME, USERPROFILE: USERPROFILE, HOMEPATH: HOMEPATH, HOMEDRIVE: HOMEDRIVE = `C:${sep}`} = process.env;
      if (HOME) return HOME;
      if (USERPROFILE) return USERPROFILE;
      if (HOMEPATH) return `${HOMEDRIVE}${HOMEPATH}`;
      const homeDirCacheKey = getHomeDirCacheKey();
      if (!homeDirCache[homeDirCacheKey]) homeDirCache[homeDirCacheKey] = homedir();
      return homeDirCache[homeDirCacheKey];
    };
    const ENV_PROFILE = "AWS_PROFILE";
    const DEFAULT_PROFILE = "default";
    const getProfileName = init => init.profile || process.env[ENV_PROFILE] || DEFAULT_PROFILE;
    const getSSOTokenFilepath = id => {
      const hasher = createHash("sha1");
      const cacheName = hasher.update(id).digest("hex");
      return join(getHomeDir(), ".aws", "sso", "cache", `${cacheName}.json`);
    };
    const tokenIntercept = {};
    const CONFIG_PREFIX_SEPARATOR = ".";
    const getConfigData = data => Object.entries(data).filter(([key]) => {
      const indexOfSeparator = key.indexOf(CONFIG_PREFIX_SEPARATOR);
      if (indexOfSeparator === -1) return false;
      return Object.values(IniSectionType).includes(key.substring(0, indexOfSeparator));
    }).reduce((acc, [key, value]) => {
      const indexOfSeparator = key.indexOf(CONFIG_PREFIX_SEPARATOR);
      const updatedKey = key.substring(0, indexOfSeparator) === IniSectionType.PROFILE ? key.substring(indexOfSeparator + 1) : key;
      acc[updatedKey] = value;
      return acc;
    }, {
      ...data.default && {
        default: data.default
      }
    });
    const ENV_CONFIG_PATH = "AWS_CONFIG_FILE";
    const getConfigFilepath = () => process.env[ENV_CONFIG_PATH] || join(getHomeDir(), ".aws", "config");
    const ENV_CREDENTIALS_PATH = "AWS_SHARED_CREDENTIALS_FILE";
    const getCredentialsFilepath = () => process.env[ENV_CREDENTIALS_PATH] || join(getHomeDir(), ".aws", "credentials");
    const prefixKeyRegex = /^([\w-]+)\s(["'])?([\w-@+.%:/]+)\2$/;
    const profileNameBlockList = [ "__proto__", "profile __proto__" ];
    const parseIni = iniData => {
      const map = {};
      let currentSection;
      let currentSubSection;
      for (const iniLine of iniData.split(/\r?\n/)) {
        const trimmedLine = iniLine.split(/(^|\s)[;#]/)[0].trim();
        const isSection = trimmedLine[0] === "[" && trimmedLine[trimmedLine.length - 1] === "]";
        if (isSection) {
          currentSection = void 0;
          currentSubSection = void 0;
          const sectionName = trimmedLine.substring(1, trimmedLine.length - 1);
          const matches = prefixKeyRegex.exec(sectionName);
          if (matches) {
            const [, prefix, , name] = matches;
            if (Object.values(IniSectionType).includes(prefix)) currentSection = [ prefix, name ].join(CONFIG_PREFIX_SEPARATOR);
          } else currentSection = sectionName;
          if (profileNameBlockList.includes(sectionName)) throw new Error(`Found invalid profile name "${sectionName}"`);
        } else if (currentSection) {
          const indexOfEqualsSign = trimmedLine.indexOf("=");
          if (![ 0, -1 ].includes(indexOfEqualsSign)) {
            const [name, value] = [ trimmedLine.substring(0, indexOfEqualsSign).trim(), trimmedLine.substring(indexOfEqualsSign + 1).trim() ];
            if (value === "") currentSubSection = name; else {
              if (currentSubSection && iniLine.trimStart() === iniLine) currentSubSection = void 0;
              map[currentSection] = map[currentSection] || {};
              const key = currentSubSection ? [ currentSubSection, name ].join(CONFIG_PREFIX_SEPARATOR) : name;
              map[currentSection][key] = value;
            }
          }
        }
      }
      return map;
    };
    const filePromises = {};
    const fileIntercept = {};
    const readFile = (path, options) => {
      if (fileIntercept[path] !== void 0) return fileIntercept[path];
      if (!filePromises[path] || options?.ignoreCache) filePromises[path] = readFile$1(path, "utf8");
      return filePromises[path];
    };
    const swallowError$1 = () => ({});
    const loadSharedConfigFiles = async (init = {}) => {
      const {filepath: filepath = getCredentialsFilepath(), configFilepath: configFilepath = getConfigFilepath()} = init;
      const homeDir = getHomeDir();
      const relativeHomeDirPrefix = "~/";
      let resolvedFilepath = filepath;
      if (filepath.startsWith(relativeHomeDirPrefix)) resolvedFilepath = join(homeDir, filepath.slice(2));
      let resolvedConfigFilepath = configFilepath;
      if (configFilepath.startsWith(relativeHomeDirPrefix)) resolvedConfigFilepath = join(homeDir, configFilepath.slice(2));
      const parsedFiles = await Promise.all([ readFile(resolvedConfigFilepath, {
        ignoreCache: init.ignoreCache
      }).then(parseIni).then(getConfigData).catch(swallowError$1), readFile(resolvedFilepath, {
        ignoreCache: init.ignoreCache
      }).then(parseIni).catch(swallowError$1) ]);
      return {
        configFile: parsedFiles[0],
        credentialsFile: parsedFiles[1]
      };
    };
    const getSsoSessionData = data => Object.entries(data).filter(([key]) => key.startsWith(IniSectionType.SSO_SESSION + CONFIG_PREFIX_SEPARATOR)).reduce((acc, [key, value]) => ({
      ...acc,
      [key.substring(key.indexOf(CONFIG_PREFIX_SEPARATOR) + 1)]: value
    }), {});
    const swallowError = () => ({});
    const mergeConfigFiles = (...files) => {
      const merged = {};
      for (const file of files) for (const [key, values] of Object.entries(file)) if (merged[key] !== void 0) Object.assign(merged[key], values); else merged[key] = values;
      return merged;
    };
    const externalDataInterceptor = {
      getFileRecord() {
        return fileIntercept;
      },
      interceptFile(path, contents) {
        fileIntercept[path] = Promise.resolve(contents);
      },
      getTokenRecord() {
        return tokenIntercept;
      },
      interceptToken(id, contents) {
        tokenIntercept[id] = contents;
      }
    };
    function getSelectorName(functionString) {
      try {
        const constants = new Set(Array.from(functionString.match(/([A-Z_]){3,}/g) ?? []));
        constants.delete("CONFIG");
        constants.delete("CONFIG_PREFIX_SEPARATOR");
        constants.delete("ENV");
        return [ ...constants ].join(", ");
      } catch (ignored) {
        return functionString;
      }
    }
    const fromEnv = (envVarSelector, options) => async () => {
      try {
        const config = envVarSelector(process.env, options);
        if (config === void 0) throw new Error;
        return config;
      } catch (e) {
        throw new CredentialsProviderError(e.message || `Not found in ENV: ${getSelectorName(envVarSelector.toString())}`, {
          logger: options?.logger
        });
      }
    };
    const fromSharedConfigFiles = (configSelector, {preferredFile: preferredFile = "config", ...init} = {}) => async () => {
      const profile = getProfileName(init);
      const {configFile: configFile, credentialsFile: credentialsFile} = await loadSharedConfigFiles(init);
      const profileFromCredentials = credentialsFile[profile] || {};
      const profileFromConfig = configFile[profile] || {};
      const mergedProfile = preferredFile === "config" ? {
        ...profileFromCredentials,
        ...profileFromConfig
      } : {
        ...profileFromConfig,
        ...profileFromCredentials
      };
      try {
        const cfgFile = preferredFile === "config" ? configFile : credentialsFile;
        const configValue = configSelector(mergedProfile, cfgFile);
        if (configValue === void 0) throw new Error;
        return configValue;
      } catch (e) {
        throw new CredentialsProviderError(e.message || `Not found in config files w/ profile [${profile}]: ${getSelectorName(configSelector.toString())}`, {
          logger: init.logger
        });
      }
    };
    const isFunction = func => typeof func === "function";
    const fromStatic = defaultValue => isFunction(defaultValue) ? async () => await defaultValue() : fromValue(defaultValue);
    const loadConfig = ({environmentVariableSelector: environmentVariableSelector, configFileSelector: configFileSelector, default: defaultValue}, configuration = {}) => {
      const {signingName: signingName, logger: logger} = configuration;
      const envOptions = {
        signingName: signingName,
        logger: logger
      };
      return memoize(chain(fromEnv(environmentVariableSelector, envOptions), fromSharedConfigFiles(configFileSelector, configuration), fromStatic(defaultValue)));
    };
    const ENV_USE_DUALSTACK_ENDPOINT = "AWS_USE_DUALSTACK_ENDPOINT";
    const CONFIG_USE_DUALSTACK_ENDPOINT = "use_dualstack_endpoint";
    const NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS = {
      environmentVariableSelector: env => booleanSelector(env, ENV_USE_DUALSTACK_ENDPOINT, SelectorType.ENV),
      configFileSelector: profile => booleanSelector(profile, CONFIG_USE_DUALSTACK_ENDPOINT, SelectorType.CONFIG),
      default: false
    };
    const nodeDualstackConfigSelectors = {
      environmentVariableSelector: env => booleanSelector(env, ENV_USE_DUALSTACK_ENDPOINT, SelectorType.ENV),
      configFileSelector: profile => booleanSelector(profile, CONFIG_USE_DUALSTACK_ENDPOINT, SelectorType.CONFIG),
      default: void 0
    };
    const ENV_USE_FIPS_ENDPOINT = "AWS_USE_FIPS_ENDPOINT";
    const CONFIG_USE_FIPS_ENDPOINT = "use_fips_endpoint";
    const NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS = {
      environmentVariableSelector: env => booleanSelector(env, ENV_USE_FIPS_ENDPOINT, SelectorType.ENV),
      configFileSelector: profile => booleanSelector(profile, CONFIG_USE_FIPS_ENDPOINT, SelectorType.CONFIG),
      default: false
    };
    const nodeFipsConfigSelectors = {
      environmentVariableSelector: env => booleanSelector(env, ENV_USE_FIPS_ENDPOINT, SelectorType.ENV),
      configFileSelector: profile => booleanSelector(profile, CONFIG_USE_FIPS_ENDPOINT, SelectorType.CONFIG),
      default: void 0
    };
    const getEndpointFromRegion = async input => {
      const {tls: tls = true} = input;
      const region = await input.region();
      const dnsHostRegex = new RegExp(/^([a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]{0,61}[a-zA-Z0-9])$/);
      if (!dnsHostRegex.test(region)) throw new Error("Invalid region in client config");
      const useDualstackEndpoint = await input.useDualstackEndpoint();
      const useFipsEndpoint = await input.useFipsEndpoint();
      const {hostname: hostname} = await input.regionInfoProvider(region, {
        useDualstackEndpoint: useDualstackEndpoint,
        useFipsEndpoint: useFipsEndpoint
      }) ?? {};
      if (!hostname) throw new Error("Cannot resolve hostname from client config");
      return input.urlParser(`${tls ? "https:" : "http:"}//${hostname}`);
    };
    const AWS_EXECUTION_ENV = "AWS_EXECUTION_ENV";
    const AWS_REGION_ENV = "AWS_REGION";
    const AWS_DEFAULT_REGION_ENV = "AWS_DEFAULT_REGION";
    const ENV_IMDS_DISABLED = "AWS_EC2_METADATA_DISABLED";
    const DEFAULTS_MODE_OPTIONS = [ "in-region", "cross-region", "mobile", "standard", "legacy" ];
    const IMDS_REGION_PATH = "/latest/meta-data/placement/region";
    const IMDS_TOKEN_PATH = "/latest/api/token";
    const X_AWS_EC2_METADATA_TOKEN = "x-aws-ec2-metadata-token";
    const X_AWS_EC2_METADATA_TOKEN_TTL = "x-aws-ec2-metadata-token-ttl-seconds";
    const TIMEOUT_MS = 1e3;
    const NEG_CACHE_TTL_MS = 6e4;
    let negativeCacheUntil = 0;
    const getInstanceMetadataRegion = async () => {
      if (process.env[ENV_IMDS_DISABLED]) return;
      if (Date.now() < negativeCacheUntil) return;
      try {
        const endpoint = resolveImdsEndpoint();
        const token = (await imdsRequest({
          ...endpoint,
          path: IMDS_TOKEN_PATH,
          method: "PUT",
          headers: {
            [X_AWS_EC2_METADATA_TOKEN_TTL]: "21600"
          }
        })).toString();
        const region = (await imdsRequest({
          ...endpoint,
          path: IMDS_REGION_PATH,
          method: "GET",
          headers: {
            [X_AWS_EC2_METADATA_TOKEN]: token
          }
        })).toString().trim();
        return region || cacheNegativeAndReturnUndefined();
      } catch {
        return cacheNegativeAndReturnUndefined();
      }
    };
    const cacheNegativeAndReturnUndefined = () => {
      negativeCacheUntil = Date.now() + NEG_CACHE_TTL_MS;
      return;
    };
    const resolveImdsEndpoint = () => {
      const envEndpoint = process.env.AWS_EC2_METADATA_SERVICE_ENDPOINT;
      if (envEndpoint) {
        const url = new URL(envEndpoint);
        return {
          hostname: url.hostname.replace(/^\[(.+)]$/, "$1"),
          port: url.port ? Number(url.port) : void 0
        };
      }
      if (process.env.AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE === "IPv6") return {
        hostname: "fd00:ec2::254"
      };
      return {
        hostname: "169.254.169.254"
      };
    };
    const imdsRequest = async options => {
      const {request: request} = __webpack_require__(7067);
      return new Promise((resolve, reject) => {
        const req = request({
          hostname: options.hostname,
          port: options.port,
          path: options.path,
          method: options.method,
          headers: options.headers,
          timeout: TIMEOUT_MS,
          signal: AbortSignal.timeout(TIMEOUT_MS)
        });
        req.on("error", err => {
          reject(err);
          req.destroy();
        });
        req.on("timeout", () => {
          reject(new Error("TimeoutError from instance metadata service"));
          req.destroy();
        });
        req.on("response", res => {
          const {statusCode: statusCode = 400} = res;
          if (statusCode < 200 || statusCode >= 300) {
            reject(Object.assign(new Error("Error response received from instance metadata service"), {
              statusCode: statusCode
            }));
            req.destroy();
            return;
          }
          const chunks = [];
          res.on("data", chunk => chunks.push(chunk));
          res.on("end", () => {
            resolve(Buffer.concat(chunks));
            req.destroy();
          });
        });
        req.end();
      });
    };
    const REGION_ENV_NAME = "AWS_REGION";
    const REGION_INI_NAME = "region";
    const NODE_REGION_CONFIG_OPTIONS = {
      environmentVariableSelector: env => env[REGION_ENV_NAME],
      configFileSelector: profile => profile[REGION_INI_NAME],
      default: async () => {
        const region = await getInstanceMetadataRegion();
        if (region) return region;
        throw new Error("Region is missing");
      }
    };
    const validRegions = new Set;
    const checkRegion = (region, check = isValidHostLabel) => {
      if (!validRegions.has(region) && !check(region)) if (region === "*") console.warn(`@smithy/config-resolver WARN - Please use the caller region instead of "*". See "sigv4a" in https://github.com/aws/aws-sdk-js-v3/blob/main/supplemental-docs/CLIENTS.md.`); else throw new Error(`Region not accepted: region="${region}" is not a valid hostname component.`); else validRegions.add(region);
    };
    const isFipsRegion = region => typeof region === "string" && (region.startsWith("fips-") || region.endsWith("-fips"));
    const getRealRegion = region => isFipsRegion(region) ? [ "fips-aws-global", "aws-fips" ].includes(region) ? "us-east-1" : region.replace(/fips-(dkr-|prod-)?|-fips/, "") : region;
    const getHostnameFromVariants = (variants = [], {useFipsEndpoint: useFipsEndpoint, useDualstackEndpoint: useDualstackEndpoint}) => variants.find(({tags: tags}) => useFipsEndpoint === tags.includes("fips") && useDualstackEndpoint === tags.includes("dualstack"))?.hostname;
    const getResolvedHostname = (resolvedRegion, {regionHostname: regionHostname, partitionHostname: partitionHostname}) => regionHostname ? regionHostname : partitionHostname ? partitionHostname.replace("{region}", resolvedRegion) : void 0;
    const getResolvedPartition = (region, {partitionHash: partitionHash}) => Object.keys(partitionHash || {}).find(key => partitionHash[key].regions.includes(region)) ?? "aws";
    const getResolvedSigningRegion = (hostname, {signingRegion: signingRegion, regionRegex: regionRegex, useFipsEndpoint: useFipsEndpoint}) => {
      if (signingRegion) return signingRegion; else if (useFipsEndpoint) {
        const regionRegexJs = regionRegex.replace("\\\\", "\\").replace(/^\^/g, "\\.").replace(/\$$/g, "\\.");
        const regionRegexmatchArray = hostname.match(regionRegexJs);
        if (regionRegexmatchArray) return regionRegexmatchArray[0].slice(1, -1);
      }
    };
    const AWS_DEFAULTS_MODE_ENV = "AWS_DEFAULTS_MODE";
    const AWS_DEFAULTS_MODE_CONFIG = "defaults_mode";
    const NODE_DEFAULTS_MODE_CONFIG_OPTIONS = {
      environmentVariableSelector: env => env[AWS_DEFAULTS_MODE_ENV],
      configFileSelector: profile => profile[AWS_DEFAULTS_MODE_CONFIG],
      default: "legacy"
    };
    const resolveNodeDefaultsModeAuto = async clientRegion => {
      if (clientRegion) {
        const resolvedRegion = typeof clientRegion === "function" ? await clientRegion() : clientRegion;
        const inferredRegion = await inferPhysicalRegion();
        if (!inferredRegion) return "standard";
        if (resolvedRegion === inferredRegion) return "in-region"; else return "cross-region";
      }
      return "standard";
    };
    const inferPhysicalRegion = async () => {
      if (process.env[AWS_EXECUTION_ENV] && (process.env[AWS_REGION_ENV] || process.env[AWS_DEFAULT_REGION_ENV])) return process.env[AWS_REGION_ENV] ?? process.env[AWS_DEFAULT_REGION_ENV];
      return getInstanceMetadataRegion();
    };
    exports.CONFIG_PREFIX_SEPARATOR = CONFIG_PREFIX_SEPARATOR;
    exports.CONFIG_USE_DUALSTACK_ENDPOINT = CONFIG_USE_DUALSTACK_ENDPOINT;
    exports.CONFIG_USE_FIPS_ENDPOINT = CONFIG_USE_FIPS_ENDPOINT;
    exports.CredentialsProviderError = CredentialsProviderError;
    exports.DEFAULT_PROFILE = DEFAULT_PROFILE;
    exports.DEFAULT_USE_DUALSTACK_ENDPOINT = false;
    exports.DEFAULT_USE_FIPS_ENDPOINT = false;
    exports.ENV_PROFILE = ENV_PROFILE;
    exports.ENV_USE_DUALSTACK_ENDPOINT = ENV_USE_DUALSTACK_ENDPOINT;
    exports.ENV_USE_FIPS_ENDPOINT = ENV_USE_FIPS_ENDPOINT;
    exports.NODE_REGION_CONFIG_FILE_OPTIONS = {
      preferredFile: "credentials"
    };
    exports.NODE_REGION_CONFIG_OPTIONS = NODE_REGION_CONFIG_OPTIONS;
    exports.NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS = NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS;
    exports.NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS = NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS;
    exports.ProviderError = ProviderError;
    exports.REGION_ENV_NAME = REGION_ENV_NAME;
    exports.REGION_INI_NAME = REGION_INI_NAME;
    exports.SelectorType = SelectorType;
    exports.TokenProviderError = TokenProviderError;
    exports.booleanSelector = booleanSelector;
    exports.chain = chain;
    exports.externalDataInterceptor = externalDataInterceptor;
    exports.fromStatic = fromStatic;
    exports.fromValue = fromValue;
    exports.getHomeDir = getHomeDir;
    exports.getProfileName = getProfileName;
    exports.getRegionInfo = (region, {useFipsEndpoint: useFipsEndpoint = false, useDualstackEndpoint: useDualstackEndpoint = false, signingService: signingService, regionHash: regionHash, partitionHash: partitionHash}) => {
      const partition = getResolvedPartition(region, {
        partitionHash: partitionHash
      });
      const resolvedRegion = region in regionHash ? region : partitionHash[partition]?.endpoint ?? region;
      const hostnameOptions = {
        useFipsEndpoint: useFipsEndpoint,
        useDualstackEndpoint: useDualstackEndpoint
      };
      const regionHostname = getHostnameFromVariants(regionHash[resolvedRegion]?.variants, hostnameOptions);
      const partitionHostname = getHostnameFromVariants(partitionHash[partition]?.variants, hostnameOptions);
      const hostname = getResolvedHostname(resolvedRegion, {
        regionHostname: regionHostname,
        partitionHostname: partitionHostname
      });
      if (hostname === void 0) throw new Error(`Endpoint resolution failed for: ${{
        resolvedRegion: resolvedRegion,
        useFipsEndpoint: useFipsEndpoint,
        useDualstackEndpoint: useDualstackEndpoint
      }}`);
      const signingRegion = getResolvedSigningRegion(hostname, {
        signingRegion: regionHash[resolvedRegion]?.signingRegion,
        regionRegex: partitionHash[partition].regionRegex,
        useFipsEndpoint: useFipsEndpoint
      });
      return {
        partition: partition,
        signingService: signingService,
        hostname: hostname,
        ...signingRegion && {
          signingRegion: signingRegion
        },
        ...regionHash[resolvedRegion]?.signingService && {
          signingService: regionHash[resolvedRegion].signingService
        }
      };
    };
    exports.getSSOTokenFilepath = getSSOTokenFilepath;
    exports.getSSOTokenFromFile = async id => {
      if (tokenIntercept[id]) return tokenIntercept[id];
      const ssoTokenFilepath = getSSOTokenFilepath(id);
      const ssoTokenText = await readFile$1(ssoTokenFilepath, "utf8");
      return JSON.parse(ssoTokenText);
    };
    exports.loadConfig = loadConfig;
    exports.loadSharedConfigFiles = loadSharedConfigFiles;
    exports.loadSsoSessionData = async (init = {}) => readFile(init.configFilepath ?? getConfigFilepath()).then(parseIni).then(getSsoSessionData).catch(swallowError);
    exports.memoize = memoize;
    exports.nodeDualstackConfigSelectors = nodeDualstackConfigSelectors;
    exports.nodeFipsConfigSelectors = nodeFipsConfigSelectors;
    exports.numberSelector = (obj, key, type) => {
      if (!(key in obj)) return;
      const numberValue = parseInt(obj[key], 10);
      if (Number.isNaN(numberValue)) throw new TypeError(`Cannot load ${type} '${key}'. Expected number, got '${obj[key]}'.`);
      return numberValue;
    };
    exports.parseKnownFiles = async init => {
      const parsedFiles = await loadSharedConfigFiles(init);
      return mergeConfigFiles(parsedFiles.configFile, parsedFiles.credentialsFile);
    };
    exports.readFile = readFile;
    exports.resolveCustomEndpointsConfig = input => {
      const {tls: tls, endpoint: endpoint, urlParser: urlParser, useDualstackEndpoint: useDualstackEndpoint} = input;
      return Object.assign(input, {
        tls: tls ?? true,
        endpoint: normalizeProvider(typeof endpoint === "string" ? urlParser(endpoint) : endpoint),
        isCustomEndpoint: true,
        useDualstackEndpoint: normalizeProvider(useDualstackEndpoint ?? false)
      });
    };
    exports.resolveDefaultsModeConfig = ({region: region = loadConfig(NODE_REGION_CONFIG_OPTIONS), defaultsMode: defaultsMode = loadConfig(NODE_DEFAULTS_MODE_CONFIG_OPTIONS)} = {}) => memoize(async () => {
      const mode = typeof defaultsMode === "function" ? await defaultsMode() : defaultsMode;
      switch (mode?.toLowerCase()) {
       case "auto":
        return resolveNodeDefaultsModeAuto(region);

       case "in-region":
       case "cross-region":
       case "mobile":
       case "standard":
       case "legacy":
        return Promise.resolve(mode?.toLocaleLowerCase());

       case void 0:
        return Promise.resolve("legacy");

       default:
        throw new Error(`Invalid parameter for "defaultsMode", expect ${DEFAULTS_MODE_OPTIONS.join(", ")}, got ${mode}`);
      }
    });
    exports.resolveEndpointsConfig = input => {
      const useDualstackEndpoint = normalizeProvider(input.useDualstackEndpoint ?? false);
      const {endpoint: endpoint, useFipsEndpoint: useFipsEndpoint, urlParser: urlParser, tls: tls} = input;
      return Object.assign(input, {
        tls: tls ?? true,
        endpoint: endpoint ? normalizeProvider(typeof endpoint === "string" ? urlParser(endpoint) : endpoint) : () => getEndpointFromRegion({
          ...input,
          useDualstackEndpoint: useDualstackEndpoint,
          useFipsEndpoint: useFipsEndpoint
        }),
        isCustomEndpoint: !!endpoint,
        useDualstackEndpoint: useDualstackEndpoint
      });
    };
    exports.resolveRegionConfig = input => {
      const {region: region, useFipsEndpoint: useFipsEndpoint} = input;
      if (!region) throw new Error("Region is missing");
      return Object.assign(input, {
        region: async () => {
          const providedRegion = typeof region === "function" ? await region() : region;
          const realRegion = getRealRegion(providedRegion);
          checkRegion(realRegion);
          return realRegion;
        },
        useFipsEndpoint: async () => {
          const providedRegion = typeof region === "string" ? region : await region();
          if (isFipsRegion(providedRegion)) return true;
          return typeof useFipsEndpoint !== "function" ? Promise.resolve(!!useFipsEndpoint) : useFipsEndpoint();
        }
      });
    };
  },
  2085: (__unused_webpack_module, exports, __webpack_require__) => {
    const {CONFIG_PREFIX_SEPARATOR: CONFIG_PREFIX_SEPARATOR, booleanSelector: booleanSelector, SelectorType: SelectorType, loadConfig: loadConfig} = __webpack_require__(7291);
    const {toEndpointV1: toEndpointV1, getSmithyContext: getSmithyContext, normalizeProvider: normalizeProvider, isValidHostLabel: isValidHostLabel, hasOwn: hasOwn} = __webpack_require__(4534);
    exports.isValidHostLabel = isValidHostLabel;
    exports.middlewareEndpointToEndpointV1 = toEndpointV1;
    exports.toEndpointV1 = toEndpointV1;
    const {EndpointURLScheme: EndpointURLScheme} = __webpack_require__(690);
    const ENV_ENDPOINT_URL = "AWS_ENDPOINT_URL";
    const CONFIG_ENDPOINT_URL = "endpoint_url";
    const getEndpointUrlConfig = serviceId => ({
      environmentVariableSelector: env => {
        const serviceSuffixParts = serviceId.split(" ").map(w => w.toUpperCase());
        const serviceEndpointUrl = env[[ ENV_ENDPOINT_URL, ...serviceSuffixParts ].join("_")];
        if (serviceEndpointUrl) return serviceEndpointUrl;
        const endpointUrl = env[ENV_ENDPOINT_URL];
        if (endpointUrl) return endpointUrl;
        return;
      },
      configFileSelector: (profile, config) => {
        if (profile.services) {
          const servicesSectionKey = [ "services", profile.services ].join(CONFIG_PREFIX_SEPARATOR);
          if (!config || !config[servicesSectionKey]) throw new Error(`The services section "${profile.services}" specified in the profile is not present in the shared configuration file.`);
          const servicesSection = config[servicesSectionKey];
          const servicePrefixParts = serviceId.split(" ").map(w => w.toLowerCase());
          const endpointUrl = servicesSection[[ servicePrefixParts.join("_"), CONFIG_ENDPOINT_URL ].join(CONFIG_PREFIX_SEPARATOR)];
          if (endpointUrl) return endpointUrl;
        }
        const endpointUrl = profile[CONFIG_ENDPOINT_URL];
        if (endpointUrl) return endpointUrl;
        return;
      },
      default: void 0
    });
    const ENV_IGNORE_CONFIGURED_ENDPOINT_URLS = "AWS_IGNORE_CONFIGURED_ENDPOINT_URLS";
    const CONFIG_IGNORE_CONFIGURED_ENDPOINT_URLS = "ignore_configured_endpoint_urls";
    const ignoreConfiguredEndpointUrlsConfigSelectors = {
      environmentVariableSelector: env => booleanSelector(env, ENV_IGNORE_CONFIGURED_ENDPOINT_URLS, SelectorType.ENV),
      configFileSelector: profile => booleanSelector(profile, CONFIG_IGNORE_CONFIGURED_ENDPOINT_URLS, SelectorType.CONFIG),
      default: false
    };
    const getEndpointFromConfig = async serviceId => {
      const ignore = await loadConfig(ignoreConfiguredEndpointUrlsConfigSelectors)();
      if (ignore) return;
      return loadConfig(getEndpointUrlConfig(serviceId ?? ""))();
    };
    const resolveParamsForS3 = async endpointParams => {
      const bucket = endpointParams?.Bucket || "";
      if (typeof endpointParams.Bucket === "string") endpointParams.Bucket = bucket.replace(/#/g, encodeURIComponent("#")).replace(/\?/g, encodeURIComponent("?"));
      if (isArnBucketName(bucket)) {
        if (endpointParams.ForcePathStyle === true) throw new Error("Path-style addressing cannot be used with ARN buckets");
      } else if (!isDnsCompatibleBucketName(bucket) || bucket.indexOf(".") !== -1 && !String(endpointParams.Endpoint).startsWith("http:") || bucket.toLowerCase() !== bucket || bucket.length < 3) endpointParams.ForcePathStyle = true;
      if (endpointParams.DisableMultiRegionAccessPoints) {
        endpointParams.disableMultiRegionAccessPoints = true;
        endpointParams.DisableMRAP = true;
      }
      return endpointParams;
    };
    const DOMAIN_PATTERN = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;
    const IP_ADDRESS_PATTERN = /(\d+\.){3}\d+/;
    const DOTS_PATTERN = /\.\./;
    const isDnsCompatibleBucketName = bucketName => DOMAIN_PATTERN.test(bucketName) && !IP_ADDRESS_PATTERN.test(bucketName) && !DOTS_PATTERN.test(bucketName);
    const isArnBucketName = bucketName => {
      const [arn, partition, service, , , bucket] = bucketName.split(":");
      const isArn = arn === "arn" && bucketName.split(":").length >= 6;
      const isValidArn = Boolean(isArn && partition && service && bucket);
      if (isArn && !isValidArn) throw new Error(`Invalid ARN: ${bucketName} was an invalid ARN.`);
      return isValidArn;
    };
    const createConfigValueProvider = (configKey, canonicalEndpointParamKey, config, isClientContextParam = false) => {
      const configProvider = async () => {
        let configValue;
        if (isClientContextParam) {
          const clientContextParams = config.clientContextParams;
          const nestedValue = clientContextParams?.[configKey];
          configValue = nestedValue ?? config[configKey] ?? config[canonicalEndpointParamKey];
        } else configValue = config[configKey] ?? config[canonicalEndpointParamKey];
        if (typeof configValue === "function") return configValue();
        return configValue;
      };
      if (configKey === "credentialScope" || canonicalEndpointParamKey === "CredentialScope") return async () => {
        const credentials = typeof config.credentials === "function" ? await config.credentials() : config.credentials;
        const configValue = credentials?.credentialScope ?? credentials?.CredentialScope;
        return configValue;
      };
      if (configKey === "accountId" || canonicalEndpointParamKey === "AccountId") return async () => {
        const credentials = typeof config.credentials === "function" ? await config.credentials() : config.credentials;
        const configValue = credentials?.accountId ?? credentials?.AccountId;
        return configValue;
      };
      if (configKey === "endpoint" || canonicalEndpointParamKey === "endpoint") return async () => {
        if (config.isCustomEndpoint === false) return;
        const endpoint = await configProvider();
        if (endpoint && typeof endpoint === "object") {
          if ("url" in endpoint) return endpoint.url.href;
          if ("hostname" in endpoint) {
            const {protocol: protocol, hostname: hostname, port: port, path: path} = endpoint;
            return `${protocol}//${hostname}${port ? ":" + port : ""}${path}`;
          }
        }
        return endpoint;
      };
      return configProvider;
    };
    function bindGetEndpointFromInstructions(getEndpointFromConfig) {
      return async (commandInput, instructionsSupplier, clientConfig, context) => {
        if (!clientConfig.isCustomEndpoint && !clientConfig.ignoreConfiguredEndpointUrls) {
          let endpointFromConfig;
          if (clientConfig.serviceConfiguredEndpoint) endpointFromConfig = await clientConfig.serviceConfiguredEndpoint(); else endpointFromConfig = await getEndpointFromConfig(clientConfig.serviceId);
          if (endpointFromConfig) {
            clientConfig.endpoint = () => Promise.resolve(toEndpointV1(endpointFromConfig));
            clientConfig.isCustomEndpoint = true;
            context?.logger?.debug?.(`@smithy/core/endpoints - resolved endpoint from config: ${endpointFromConfig}`);
          }
        }
        const endpointParams = await resolveParams(commandInput, instructionsSupplier, clientConfig);
        if (typeof clientConfig.endpointProvider !== "function") throw new Error("config.endpointProvider is not set.");
        const endpoint = clientConfig.endpointProvider(endpointParams, context);
        if (clientConfig.isCustomEndpoint && clientConfig.endpoint) {
          const customEndpoint = await clientConfig.endpoint();
          if (customEndpoint?.headers) {
            endpoint.headers ??= {};
            for (const [name, value] of Object.entries(customEndpoint.headers)) endpoint.headers[name] = Array.isArray(value) ? value : [ value ];
          }
        }
        return endpoint;
      };
    }
    const resolveParams = async (commandInput, instructionsSupplier, clientConfig) => {
      const endpointParams = {};
      const instructions = instructionsSupplier?.getEndpointParameterInstructions?.() || {};
      for (const [name, instruction] of Object.entries(instructions)) switch (instruction.type) {
       case "staticContextParams":
        endpointParams[name] = instruction.value;
        break;

       case "contextParams":
        endpointParams[name] = commandInput[instruction.name];
        break;

       case "clientContextParams":
       case "builtInParams":
        endpointParams[name] = await createConfigValueProvider(instruction.name, name, clientConfig, instruction.type !== "builtInParams")();
        break;

       case "operationContextParams":
        endpointParams[name] = instruction.get(commandInput);
        break;

       default:
        throw new Error("Unrecognized endpoint parameter instruction: " + JSON.stringify(instruction));
      }
      if (Object.keys(instructions).length === 0) Object.assign(endpointParams, clientConfig);
      if (String(clientConfig.serviceId).toLowerCase() === "s3") await resolveParamsForS3(endpointParams);
      return endpointParams;
    };
    function setFeature(context, feature, value) {
      if (!context.__smithy_context) context.__smithy_context = {
        features: {}
      }; else if (!context.__smithy_context.features) context.__smithy_context.features = {};
      context.__smithy_context.features[feature] = value;
    }
    function bindEndpointMiddleware(getEndpointFromConfig) {
      const getEndpointFromInstructions = bindGetEndpointFromInstructions(getEndpointFromConfig);
      return ({config: config, instructions: instructions}) => (next, context) => async args => {
        if (config.isCustomEndpoint) setFeature(context, "ENDPOINT_OVERRIDE", "N");
        const endpoint = await getEndpointFromInstructions(args.input, {
          getEndpointParameterInstructions() {
            return instructions;
          }
        }, {
          ...config
        }, context);
        context.endpointV2 = endpoint;
        context.authSchemes = endpoint.properties?.authSchemes;
        const authScheme = context.authSchemes?.[0];
        if (authScheme) {
          context["signing_region"] = authScheme.signingRegion;
          context["signing_service"] = authScheme.signingName;
          const smithyContext = getSmithyContext(context);
          const httpAuthOption = smithyContext?.selectedHttpAuthScheme?.httpAuthOption;
          if (httpAuthOption) httpAuthOption.signingProperties = Object.assign(httpAuthOption.signingProperties || {}, {
            signing_region: authScheme.signingRegion,
            signingRegion: authScheme.signingRegion,
            signing_service: authScheme.signingName,
            signingName: authScheme.signingName,
            signingRegionSet: authScheme.signingRegionSet
          }, authScheme.properties);
        }
        return next({
          ...args
        });
      };
    }
    const endpointMiddlewareOptions = {
      step: "serialize",
      tags: [ "ENDPOINT_PARAMETERS", "ENDPOINT_V2", "ENDPOINT" ],
      name: "endpointV2Middleware",
      override: true,
      relation: "before",
      toMiddleware: {
        name: "serializerMiddleware"
      }.name
    };
    class BinaryDecisionDiagram {
      nodes;
      root;
      conditions;
      results;
      constructor(bdd, root, conditions, results) {
        this.nodes = bdd;
        this.root = root;
        this.conditions = conditions;
        this.results = results;
      }
      static from(bdd, root, conditions, results) {
        return new BinaryDecisionDiagram(bdd, root, conditions, results);
      }
    }
    class EndpointError extends Error {
      constructor(message) {
        super(message);
        this.name = "EndpointError";
      }
    }
    const debugId = "endpoints";
    function toDebugString(input) {
      if (typeof input !== "object" || input == null) return input;
      if ("ref" in input) return `$${toDebugString(input.ref)}`;
      if ("fn" in input) return `${input.fn}(${(input.argv || []).map(toDebugString).join(", ")})`;
      return JSON.stringify(input, null, 2);
    }
    const customEndpointFunctions = {};
    const getAttrPathList = path => {
      const parts = path.split(".");
      const pathList = [];
      for (const part of parts) {
        const squareBracketIndex = part.indexOf("[");
        if (squareBracketIndex !== -1) {
          if (part.indexOf("]") !== part.length - 1) throw new EndpointError(`Path: '${path}' does not end with ']'`);
          const arrayIndex = part.slice(squareBracketIndex + 1, -1);
          if (Number.isNaN(parseInt(arrayIndex))) throw new EndpointError(`Invalid array index: '${arrayIndex}' in path: '${path}'`);
          if (squareBracketIndex !== 0) pathList.push(part.slice(0, squareBracketIndex));
          pathList.push(arrayIndex);
        } else pathList.push(part);
      }
      return pathList;
    };
    const getAttr = (value, path) => getAttrPathList(path).reduce((acc, index) => {
      if (typeof acc !== "object") throw new EndpointError(`Index '${index}' in '${path}' not found in '${JSON.stringify(value)}'`); else if (Array.isArray(acc)) {
        const i = parseInt(index);
        return acc[i < 0 ? acc.length + i : i];
      }
      return acc[index];
    }, value);
    const IP_V4_REGEX = new RegExp(`^(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]\\d|\\d)(?:\\.(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]\\d|\\d)){3}$`);
    const isIpAddress = value => IP_V4_REGEX.test(value) || value.startsWith("[") && value.endsWith("]");
    const DEFAULT_PORTS = {
      [EndpointURLScheme.HTTP]: 80,
      [EndpointURLScheme.HTTPS]: 443
    };
    const endpointFunctions = {
      booleanEquals: (value1, value2) => value1 === value2,
      coalesce: function(...args) {
        for (const arg of args) if (arg != null) return arg;
        return;
      },
      getAttr: getAttr,
      isSet: value => value != null,
      isValidHostLabel: isValidHostLabel,
      ite: function(condition, trueValue, falseValue) {
        return condition ? trueValue : falseValue;
      },
      not: value => !value,
      parseURL: value => {
        const whatwgURL = (() => {
          try {
            if (value instanceof URL) return value;
            if (typeof value === "object" && "hostname" in value) {
              const {hostname: hostname, port: port, protocol: protocol = "", path: path = "", query: query = {}} = value;
              const url = new URL(`${protocol}//${hostname}${port ? `:${port}` : ""}${path}`);
              url.search = Object.entries(query).map(([k, v]) => `${k}=${v}`).join("&");
              return url;
            }
            return new URL(value);
          } catch (ignored) {
            return null;
          }
        })();
        if (!whatwgURL) {
          console.error(`Unable to parse ${JSON.stringify(value)} as a whatwg URL.`);
          return null;
        }
        const urlString = whatwgURL.href;
        const {host: host, hostname: hostname, pathname: pathname, protocol: protocol, search: search} = whatwgURL;
        if (search) return null;
        const scheme = protocol.slice(0, -1);
        if (!Object.values(EndpointURLScheme).includes(scheme)) return null;
        const isIp = isIpAddress(hostname);
        const inputContainsDefaultPort = urlString.includes(`${host}:${DEFAULT_PORTS[scheme]}`) || typeof value === "string" && value.includes(`${host}:${DEFAULT_PORTS[scheme]}`);
        const authority = `${host}${inputContainsDefaultPort ? `:${DEFAULT_PORTS[scheme]}` : ``}`;
        return {
          scheme: scheme,
          authority: authority,
          path: pathname,
          normalizedPath: pathname.endsWith("/") ? pathname : `${pathname}/`,
          isIp: isIp
        };
      },
      split: function(value, delimiter, limit) {
        if (limit === 1) return [ value ];
        if (value === "") return [ "" ];
        const parts = value.split(delimiter);
        if (limit === 0) return parts;
        return parts.slice(0, limit - 1).concat(parts.slice(1).join(delimiter));
      },
      stringEquals: (value1, value2) => value1 === value2,
      substring: (input, start, stop, reverse) => {
        if (input == null || start >= stop || input.length < stop || /[^\u0000-\u007f]/.test(input)) return null;
        if (!reverse) return input.substring(start, stop);
        return input.substring(input.length - stop, input.length - start);
      },
      uriEncode: value => encodeURIComponent(value).replace(/[!*'()]/g, c => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
    };
    const evaluateTemplate = (template, options) => {
      const evaluatedTemplateArr = [];
      const {referenceRecord: referenceRecord, endpointParams: endpointParams} = options;
      let currentIndex = 0;
      while (currentIndex < template.length) {
        const openingBraceIndex = template.indexOf("{", currentIndex);
        if (openingBraceIndex === -1) {
          evaluatedTemplateArr.push(template.slice(currentIndex));
          break;
        }
        evaluatedTemplateArr.push(template.slice(currentIndex, openingBraceIndex));
        const closingBraceIndex = template.indexOf("}", openingBraceIndex);
        if (closingBraceIndex === -1) {
          evaluatedTemplateArr.push(template.slice(openingBraceIndex));
          break;
        }
        if (template[openingBraceIndex + 1] === "{" && template[closingBraceIndex + 1] === "}") {
          evaluatedTemplateArr.push(template.slice(openingBraceIndex + 1, closingBraceIndex));
          currentIndex = closingBraceIndex + 2;
        }
        const parameterName = template.substring(openingBraceIndex + 1, closingBraceIndex);
        if (parameterName.includes("#")) {
          const [refName, attrName] = parameterName.split("#");
          evaluatedTemplateArr.push(getAttr(referenceRecord[refName] ?? endpointParams[refName], attrName));
        } else evaluatedTemplateArr.push(referenceRecord[parameterName] ?? endpointParams[parameterName]);
        currentIndex = closingBraceIndex + 1;
      }
      return evaluatedTemplateArr.join("");
    };
    const getReferenceValue = ({ref: ref}, options) => options.referenceRecord[ref] ?? options.endpointParams[ref];
    const evaluateExpression = (obj, keyName, options) => {
      if (typeof obj === "string") return evaluateTemplate(obj, options); else if (obj["fn"]) return group$2.callFunction(obj, options); else if (obj["ref"]) return getReferenceValue(obj, options);
      throw new EndpointError(`'${keyName}': ${String(obj)} is not a string, function or reference.`);
    };
    const callFunction = ({fn: fn, argv: argv}, options) => {
      const evaluatedArgs = Array(argv.length);
      for (let i = 0; i < evaluatedArgs.length; ++i) {
        const arg = argv[i];
        if (typeof arg === "boolean" || typeof arg === "number") evaluatedArgs[i] = arg; else evaluatedArgs[i] = group$2.evaluateExpression(arg, "arg", options);
      }
      const namespaceSeparatorIndex = fn.indexOf(".");
      if (namespaceSeparatorIndex !== -1) {
        const namespaceFunctions = customEndpointFunctions[fn.slice(0, namespaceSeparatorIndex)];
        const customFunction = namespaceFunctions?.[fn.slice(namespaceSeparatorIndex + 1)];
        if (typeof customFunction === "function") return customFunction(...evaluatedArgs);
      }
      const callable = endpointFunctions[fn];
      if (typeof callable === "function") return callable(...evaluatedArgs);
      throw new Error(`function ${fn} not loaded in endpointFunctions.`);
    };
    const group$2 = {
      evaluateExpression: evaluateExpression,
      callFunction: callFunction
    };
    const evaluateCondition = (condition, options) => {
      const {assign: assign} = condition;
      if (assign && assign in options.referenceRecord) throw new EndpointError(`'${assign}' is already defined in Reference Record.`);
      const value = callFunction(condition, options);
      options.logger?.debug?.(`${debugId} evaluateCondition: ${toDebugString(condition)} = ${toDebugString(value)}`);
      const result = value === "" ? true : !!value;
      if (assign != null) return {
        result: result,
        toAssign: {
          name: assign,
          value: value
        }
      };
      return {
        result: result
      };
    };
    const getEndpointHeaders = (headers, options) => Object.entries(headers ?? {}).reduce((acc, [headerKey, headerVal]) => {
      acc[headerKey] = headerVal.map(headerValEntry => {
        const processedExpr = evaluateExpression(headerValEntry, "Header value entry", options);
        if (typeof processedExpr !== "string") throw new EndpointError(`Header '${headerKey}' value '${processedExpr}' is not a string`);
        return processedExpr;
      });
      return acc;
    }, {});
    const getEndpointProperties = (properties, options) => Object.entries(properties).reduce((acc, [propertyKey, propertyVal]) => {
      acc[propertyKey] = group$1.getEndpointProperty(propertyVal, options);
      return acc;
    }, {});
    const getEndpointProperty = (property, options) => {
      if (Array.isArray(property)) return property.map(propertyEntry => getEndpointProperty(propertyEntry, options));
      switch (typeof property) {
       case "string":
        return evaluateTemplate(property, options);

       case "object":
        if (property === null) throw new EndpointError(`Unexpected endpoint property: ${property}`);
        return group$1.getEndpointProperties(property, options);

       case "boolean":
        return property;

       default:
        throw new EndpointError(`Unexpected endpoint property type: ${typeof property}`);
      }
    };
    const group$1 = {
      getEndpointProperty: getEndpointProperty,
      getEndpointProperties: getEndpointProperties
    };
    const getEndpointUrl = (endpointUrl, options) => {
      const expression = evaluateExpression(endpointUrl, "Endpoint URL", options);
      if (typeof expression === "string") try {
        return new URL(expression);
      } catch (error) {
        console.error(`Failed to construct URL with ${expression}`, error);
        throw error;
      }
      throw new EndpointError(`Endpoint URL must be a string, got ${typeof expression}`);
    };
    const RESULT = 1e8;
    const evaluateConditions = (conditions = [], options) => {
      const conditionsReferenceRecord = {};
      const conditionOptions = {
        ...options,
        referenceRecord: {
          ...options.referenceRecord
        }
      };
      let didAssign = false;
      for (const condition of conditions) {
        const {result: result, toAssign: toAssign} = evaluateCondition(condition, conditionOptions);
        if (!result) return {
          result: result
        };
        if (toAssign) {
          didAssign = true;
          conditionsReferenceRecord[toAssign.name] = toAssign.value;
          conditionOptions.referenceRecord[toAssign.name] = toAssign.value;
          options.logger?.debug?.(`${debugId} assign: ${toAssign.name} := ${toDebugString(toAssign.value)}`);
        }
      }
      if (didAssign) return {
        result: true,
        referenceRecord: conditionsReferenceRecord
      };
      return {
        result: true
      };
    };
    const evaluateEndpointRule = (endpointRule, options) => {
      const {conditions: conditions, endpoint: endpoint} = endpointRule;
      const {result: result, referenceRecord: referenceRecord} = evaluateConditions(conditions, options);
      if (!result) return;
      const endpointRuleOptions = referenceRecord ? {
        ...options,
        referenceRecord: {
          ...options.referenceRecord,
          ...referenceRecord
        }
      } : options;
      const {url: url, properties: properties, headers: headers} = endpoint;
      options.logger?.debug?.(`${debugId} Resolving endpoint from template: ${toDebugString(endpoint)}`);
      const endpointToReturn = {
        url: getEndpointUrl(url, endpointRuleOptions)
      };
      if (headers != null) endpointToReturn.headers = getEndpointHeaders(headers, endpointRuleOptions);
      if (properties != null) endpointToReturn.properties = getEndpointProperties(properties, endpointRuleOptions);
      return endpointToReturn;
    };
    const evaluateErrorRule = (errorRule, options) => {
      const {conditions: conditions, error: error} = errorRule;
      const {result: result, referenceRecord: referenceRecord} = evaluateConditions(conditions, options);
      if (!result) return;
      const errorRuleOptions = referenceRecord ? {
        ...options,
        referenceRecord: {
          ...options.referenceRecord,
          ...referenceRecord
        }
      } : options;
      throw new EndpointError(evaluateExpression(error, "Error", errorRuleOptions));
    };
    const evaluateRules = (rules, options) => {
      for (const rule of rules) if (rule.type === "endpoint") {
        const endpointOrUndefined = evaluateEndpointRule(rule, options);
        if (endpointOrUndefined) return endpointOrUndefined;
      } else if (rule.type === "error") evaluateErrorRule(rule, options); else if (rule.type === "tree") {
        const endpointOrUndefined = group.evaluateTreeRule(rule, options);
        if (endpointOrUndefined) return endpointOrUndefined;
      } else throw new EndpointError(`Unknown endpoint rule: ${rule}`);
      throw new EndpointError(`Rules evaluation failed`);
    };
    const group = {
      evaluateRules: evaluateRules,
      evaluateTreeRule: (treeRule, options) => {
        const {conditions: conditions, rules: rules} = treeRule;
        const {result: result, referenceRecord: referenceRecord} = evaluateConditions(conditions, options);
        if (!result) return;
        const treeRuleOptions = referenceRecord ? {
          ...options,
          referenceRecord: {
            ...options.referenceRecord,
            ...referenceRecord
          }
        } : options;
        return group.evaluateRules(rules, treeRuleOptions);
      }
    };
    const getEndpointFromInstructions = bindGetEndpointFromInstructions(getEndpointFromConfig);
    const resolveEndpointConfig = function(getEndpointFromConfig) {
      return input => {
        const tls = input.tls ?? true;
        const {endpoint: endpoint, useDualstackEndpoint: useDualstackEndpoint, useFipsEndpoint: useFipsEndpoint} = input;
        const customEndpointProvider = endpoint != null ? async () => toEndpointV1(await normalizeProvider(endpoint)()) : void 0;
        const isCustomEndpoint = !!endpoint;
        const resolvedConfig = Object.assign(input, {
          endpoint: customEndpointProvider,
          tls: tls,
          isCustomEndpoint: isCustomEndpoint,
          useDualstackEndpoint: normalizeProvider(useDualstackEndpoint ?? false),
          useFipsEndpoint: normalizeProvider(useFipsEndpoint ?? false),
          ignoreConfiguredEndpointUrls: !!input.ignoreConfiguredEndpointUrls
        });
        let configuredEndpointPromise;
        resolvedConfig.serviceConfiguredEndpoint = async () => {
          if (input.serviceId && !configuredEndpointPromise) configuredEndpointPromise = getEndpointFromConfig(input.serviceId);
          return configuredEndpointPromise;
        };
        return resolvedConfig;
      };
    }(getEndpointFromConfig);
    const endpointMiddleware = bindEndpointMiddleware(getEndpointFromConfig);
    const getEndpointPlugin = function(getEndpointFromConfig) {
      const endpointMiddleware = bindEndpointMiddleware(getEndpointFromConfig);
      return (config, instructions) => ({
        applyToStack: clientStack => {
          clientStack.addRelativeTo(endpointMiddleware({
            config: config,
            instructions: instructions
          }), endpointMiddlewareOptions);
        }
      });
    }(getEndpointFromConfig);
    exports.BinaryDecisionDiagram = BinaryDecisionDiagram;
    exports.EndpointCache = class {
      capacity;
      data=new Map;
      parameters=[];
      constructor({size: size, params: params}) {
        this.capacity = size ?? 50;
        if (params) this.parameters = params;
      }
      get(endpointParams, resolver) {
        const key = this.hash(endpointParams);
        if (key === false) return resolver();
        if (!this.data.has(key)) {
          if (this.data.size > this.capacity + 10) {
            const keys = this.data.keys();
            let i = 0;
            while (true) {
              const {value: value, done: done} = keys.next();
              this.data.delete(value);
              if (done || ++i > 10) break;
            }
          }
          this.data.set(key, resolver());
        }
        return this.data.get(key);
      }
      size() {
        return this.data.size;
      }
      hash(endpointParams) {
        let buffer = "";
        const {parameters: parameters} = this;
        if (parameters.length === 0) return false;
        for (const param of parameters) {
          const raw = endpointParams[param];
          const val = raw == null ? "\0" : String(raw);
          if (val.includes("|;")) return false;
          buffer += val + "|;";
        }
        return buffer;
      }
    };
    exports.EndpointError = EndpointError;
    exports.customEndpointFunctions = customEndpointFunctions;
    exports.decideEndpoint = (bdd, options) => {
      const {nodes: nodes, root: root, results: results, conditions: conditions} = bdd;
      let ref = root;
      const referenceRecord = {};
      const closure = {
        referenceRecord: referenceRecord,
        endpointParams: options.endpointParams,
        logger: options.logger
      };
      while (ref !== 1 && ref !== -1 && ref < RESULT) {
        const node_i = 3 * (Math.abs(ref) - 1);
        const [condition_i, highRef, lowRef] = [ nodes[node_i], nodes[node_i + 1], nodes[node_i + 2] ];
        const [fn, argv, assign] = conditions[condition_i];
        const evaluation = evaluateCondition({
          fn: fn,
          assign: assign,
          argv: argv
        }, closure);
        if (evaluation.toAssign) {
          const {name: name, value: value} = evaluation.toAssign;
          referenceRecord[name] = value;
        }
        ref = ref >= 0 === evaluation.result ? highRef : lowRef;
      }
      if (ref >= RESULT) {
        const result = results[ref - RESULT];
        if (result[0] === -1) {
          const [, errorExpression] = result;
          throw new EndpointError(evaluateExpression(errorExpression, "Error", closure));
        }
        const [url, properties, headers] = result;
        return {
          url: getEndpointUrl(url, closure),
          properties: getEndpointProperties(properties, closure),
          headers: getEndpointHeaders(headers ?? {}, closure)
        };
      }
      throw new EndpointError(`No matching endpoint.`);
    };
    exports.endpointMiddleware = endpointMiddleware;
    exports.endpointMiddlewareOptions = endpointMiddlewareOptions;
    exports.getEndpointFromInstructions = getEndpointFromInstructions;
    exports.getEndpointPlugin = getEndpointPlugin;
    exports.isIpAddress = isIpAddress;
    exports.resolveEndpoint = (ruleSetObject, options) => {
      const {endpointParams: endpointParams, logger: logger} = options;
      const {parameters: parameters, rules: rules} = ruleSetObject;
      options.logger?.debug?.(`${debugId} Initial EndpointParams: ${toDebugString(endpointParams)}`);
      for (const paramKey in parameters) {
        if (!hasOwn(parameters, paramKey)) continue;
        const parameter = parameters[paramKey];
        const endpointParam = endpointParams[paramKey];
        if (endpointParam == null && parameter.default != null) {
          endpointParams[paramKey] = parameter.default;
          continue;
        }
        if (parameter.required && endpointParam == null) throw new EndpointError(`Missing required parameter: '${paramKey}'`);
      }
      const endpoint = evaluateRules(rules, {
        endpointParams: endpointParams,
        logger: logger,
        referenceRecord: {}
      });
      options.logger?.debug?.(`${debugId} Resolved endpoint: ${toDebugString(endpoint)}`);
      return endpoint;
    };
    exports.resolveEndpointConfig = resolveEndpointConfig;
    exports.resolveEndpointRequiredConfig = input => {
      const {endpoint: endpoint} = input;
      if (endpoint === void 0) input.endpoint = async () => {
        throw new Error("@smithy/middleware-endpoint: (default endpointRuleSet) endpoint is not set - you must configure an endpoint.");
      };
      return input;
    };
    exports.resolveParams = resolveParams;
  },
  6579: (__unused_webpack_module, exports, __webpack_require__) => {
    const {Crc32: Crc32} = __webpack_require__(9542);
    const {hasOwn: hasOwn} = __webpack_require__(4534);
    const {toHex: toHex, fromHex: fromHex, toUtf8: toUtf8, fromUtf8: fromUtf8} = __webpack_require__(2430);
    const {Readable: Readable} = __webpack_require__(7075);
    const {TypeRegistry: TypeRegistry} = __webpack_require__(6890);
    class Int64 {
      bytes;
      constructor(bytes) {
        this.bytes = bytes;
        if (bytes.byteLength !== 8) throw new Error("Int64 buffers must be exactly 8 bytes");
      }
      static fromNumber(number) {
        if (number > 0x8000000000000000 || number < -0x8000000000000000) throw new Error(`${number} is too large (or, if negative, too small) to represent as an Int64`);
        const bytes = new Uint8Array(8);
        for (let i = 7, remaining = Math.abs(Math.round(number)); i > -1 && remaining > 0; i--, 
        remaining /= 256) bytes[i] = remaining;
        if (number < 0) negate(bytes);
        return new Int64(bytes);
      }
      valueOf() {
        const bytes = this.bytes.slice(0);
        const negative = bytes[0] & 128;
        if (negative) negate(bytes);
        return parseInt(toHex(bytes), 16) * (negative ? -1 : 1);
      }
      toString() {
        return String(this.valueOf());
      }
    }
    function negate(bytes) {
      for (let i = 0; i < 8; i++) bytes[i] ^= 255;
      for (let i = 7; i > -1; i--) {
        bytes[i]++;
        if (bytes[i] !== 0) break;
      }
    }
    class HeaderMarshaller {
      toUtf8;
      fromUtf8;
      constructor(toUtf8, fromUtf8) {
        this.toUtf8 = toUtf8;
        this.fromUtf8 = fromUtf8;
      }
      format(headers) {
        const chunks = [];
        for (const headerName in headers) {
          if (!hasOwn(headers, headerName)) continue;
          const bytes = this.fromUtf8(headerName);
          if (bytes.byteLength > 255) throw new Error(`@smithy/core/event-streams - header name exceeds 255 bytes: ${bytes.byteLength}`);
          chunks.push(Uint8Array.from([ bytes.byteLength ]), bytes, this.formatHeaderValue(headers[headerName]));
        }
        const out = new Uint8Array(chunks.reduce((carry, bytes) => carry + bytes.byteLength, 0));
        let position = 0;
        for (const chunk of chunks) {
          out.set(chunk, position);
          position += chunk.byteLength;
        }
        return out;
      }
      formatHeaderValue(header) {
        switch (header.type) {
         case "boolean":
          return Uint8Array.from([ header.value ? 0 : 1 ]);

         case "byte":
          return Uint8Array.from([ 2, header.value ]);

         case "short":
          const shortView = new DataView(new ArrayBuffer(3));
          shortView.setUint8(0, 3);
          shortView.setInt16(1, header.value, false);
          return new Uint8Array(shortView.buffer);

         case "integer":
          const intView = new DataView(new ArrayBuffer(5));
          intView.setUint8(0, 4);
          intView.setInt32(1, header.value, false);
          return new Uint8Array(intView.buffer);

         case "long":
          const longBytes = new Uint8Array(9);
          longBytes[0] = 5;
          longBytes.set(header.value.bytes, 1);
          return longBytes;

         case "binary":
          if (header.value.byteLength > MAX_HEADER_VALUE_BYTES) throw new Error(`@smithy/core/event-streams - header value (binary) exceeds ${MAX_HEADER_VALUE_BYTES} bytes: ${header.value.byteLength}`);
          const binView = new DataView(new ArrayBuffer(3 + header.value.byteLength));
          binView.setUint8(0, 6);
          binView.setUint16(1, header.value.byteLength, false);
          const binBytes = new Uint8Array(binView.buffer);
          binBytes.set(header.value, 3);
          return binBytes;

         case "string":
          const utf8Bytes = this.fromUtf8(header.value);
          if (utf8Bytes.byteLength > MAX_HEADER_VALUE_BYTES) throw new Error(`@smithy/core/event-streams - header value (string) exceeds ${MAX_HEADER_VALUE_BYTES} bytes: ${utf8Bytes.byteLength}`);
          const strView = new DataView(new ArrayBuffer(3 + utf8Bytes.byteLength));
          strView.setUint8(0, 7);
          strView.setUint16(1, utf8Bytes.byteLength, false);
          const strBytes = new Uint8Array(strView.buffer);
          strBytes.set(utf8Bytes, 3);
          return strBytes;

         case "timestamp":
          const tsBytes = new Uint8Array(9);
          tsBytes[0] = 8;
          tsBytes.set(Int64.fromNumber(header.value.valueOf()).bytes, 1);
          return tsBytes;

         case "uuid":
          if (!UUID_PATTERN.test(header.value)) throw new Error(`Invalid UUID received: ${header.value}`);
          const uuidBytes = new Uint8Array(17);
          uuidBytes[0] = 9;
          uuidBytes.set(fromHex(header.value.replace(/-/g, "")), 1);
          return uuidBytes;
        }
      }
      parse(headers) {
        const out = {};
        let position = 0;
        while (position < headers.byteLength) {
          const nameLength = headers.getUint8(position++);
          const name = this.toUtf8(new Uint8Array(headers.buffer, headers.byteOffset + position, nameLength));
          position += nameLength;
          switch (headers.getUint8(position++)) {
           case 0:
            out[name] = {
              type: BOOLEAN_TAG,
              value: true
            };
            break;

           case 1:
            out[name] = {
              type: BOOLEAN_TAG,
              value: false
            };
            break;

           case 2:
            out[name] = {
              type: BYTE_TAG,
              value: headers.getInt8(position++)
            };
            break;

           case 3:
            out[name] = {
              type: SHORT_TAG,
              value: headers.getInt16(position, false)
            };
            position += 2;
            break;

           case 4:
            out[name] = {
              type: INT_TAG,
              value: headers.getInt32(position, false)
            };
            position += 4;
            break;

           case 5:
            out[name] = {
              type: LONG_TAG,
              value: new Int64(new Uint8Array(headers.buffer, headers.byteOffset + position, 8))
            };
            position += 8;
            break;

           case 6:
            const binaryLength = headers.getUint16(position, false);
            position += 2;
            out[name] = {
              type: BINARY_TAG,
              value: new Uint8Array(headers.buffer, headers.byteOffset + position, binaryLength)
            };
            position += binaryLength;
            break;

           case 7:
            const stringLength = headers.getUint16(position, false);
            position += 2;
            out[name] = {
              type: STRING_TAG,
              value: this.toUtf8(new Uint8Array(headers.buffer, headers.byteOffset + position, stringLength))
            };
            position += stringLength;
            break;

           case 8:
            out[name] = {
              type: TIMESTAMP_TAG,
              value: new Date(new Int64(new Uint8Array(headers.buffer, headers.byteOffset + position, 8)).valueOf())
            };
            position += 8;
            break;

           case 9:
            const uuidBytes = new Uint8Array(headers.buffer, headers.byteOffset + position, 16);
            position += 16;
            out[name] = {
              type: UUID_TAG,
              value: `${toHex(uuidBytes.subarray(0, 4))}-${toHex(uuidBytes.subarray(4, 6))}-${toHex(uuidBytes.subarray(6, 8))}-${toHex(uuidBytes.subarray(8, 10))}-${toHex(uuidBytes.subarray(10))}`
            };
            break;

           default:
            throw new Error(`Unrecognized header type tag`);
          }
        }
        return out;
      }
    }
    var HEADER_VALUE_TYPE;
    (function(HEADER_VALUE_TYPE) {
      HEADER_VALUE_TYPE[HEADER_VALUE_TYPE["boolTrue"] = 0] = "boolTrue";
      HEADER_VALUE_TYPE[HEADER_VALUE_TYPE["boolFalse"] = 1] = "boolFalse";
      HEADER_VALUE_TYPE[HEADER_VALUE_TYPE["byte"] = 2] = "byte";
      HEADER_VALUE_TYPE[HEADER_VALUE_TYPE["short"] = 3] = "short";
      HEADER_VALUE_TYPE[HEADER_VALUE_TYPE["integer"] = 4] = "integer";
      HEADER_VALUE_TYPE[HEADER_VALUE_TYPE["long"] = 5] = "long";
      HEADER_VALUE_TYPE[HEADER_VALUE_TYPE["byteArray"] = 6] = "byteArray";
      HEADER_VALUE_TYPE[HEADER_VALUE_TYPE["string"] = 7] = "string";
      HEADER_VALUE_TYPE[HEADER_VALUE_TYPE["timestamp"] = 8] = "timestamp";
      HEADER_VALUE_TYPE[HEADER_VALUE_TYPE["uuid"] = 9] = "uuid";
    })(HEADER_VALUE_TYPE || (HEADER_VALUE_TYPE = {}));
    const BOOLEAN_TAG = "boolean";
    const BYTE_TAG = "byte";
    const SHORT_TAG = "short";
    const INT_TAG = "integer";
    const LONG_TAG = "long";
    const BINARY_TAG = "binary";
    const STRING_TAG = "string";
    const TIMESTAMP_TAG = "timestamp";
    const UUID_TAG = "uuid";
    const UUID_PATTERN = /^[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}$/;
    const MAX_HEADER_VALUE_BYTES = 32767;
    const PRELUDE_MEMBER_LENGTH = 4;
    const PRELUDE_LENGTH = PRELUDE_MEMBER_LENGTH * 2;
    const CHECKSUM_LENGTH = 4;
    const MINIMUM_MESSAGE_LENGTH = PRELUDE_LENGTH + CHECKSUM_LENGTH * 2;
    function splitMessage({byteLength: byteLength, byteOffset: byteOffset, buffer: buffer}) {
      if (byteLength < MINIMUM_MESSAGE_LENGTH) throw new Error("Provided message too short to accommodate event stream message overhead");
      const view = new DataView(buffer, byteOffset, byteLength);
      const messageLength = view.getUint32(0, false);
      if (byteLength !== messageLength) throw new Error("Reported message length does not match received message length");
      const headerLength = view.getUint32(PRELUDE_MEMBER_LENGTH, false);
      const expectedPreludeChecksum = view.getUint32(PRELUDE_LENGTH, false);
      const expectedMessageChecksum = view.getUint32(byteLength - CHECKSUM_LENGTH, false);
      const checksummer = new Crc32;
      checksummer.update(new Uint8Array(buffer, byteOffset, PRELUDE_LENGTH));
      if (expectedPreludeChecksum !== checksummer.digestSync()) throw new Error(`The prelude checksum specified in the message (${expectedPreludeChecksum}) does not match the calculated CRC32 checksum (${checksummer.digestSync()})`);
      checksummer.update(new Uint8Array(buffer, byteOffset + PRELUDE_LENGTH, byteLength - (PRELUDE_LENGTH + CHECKSUM_LENGTH)));
      if (expectedMessageChecksum !== checksummer.digestSync()) throw new Error(`The message checksum (${checksummer.digestSync()}) did not match the expected value of ${expectedMessageChecksum}`);
      return {
        headers: new DataView(buffer, byteOffset + PRELUDE_LENGTH + CHECKSUM_LENGTH, headerLength),
        body: new Uint8Array(buffer, byteOffset + PRELUDE_LENGTH + CHECKSUM_LENGTH + headerLength, messageLength - headerLength - (PRELUDE_LENGTH + CHECKSUM_LENGTH + CHECKSUM_LENGTH))
      };
    }
    class EventStreamCodec {
      headerMarshaller;
      messageBuffer;
      isEndOfStream;
      constructor(toUtf8, fromUtf8) {
        this.headerMarshaller = new HeaderMarshaller(toUtf8, fromUtf8);
        this.messageBuffer = [];
        this.isEndOfStream = false;
      }
      feed(message) {
        this.messageBuffer.push(this.decode(message));
      }
      endOfStream() {
        this.isEndOfStream = true;
      }
      getMessage() {
        const message = this.messageBuffer.pop();
        const isEndOfStream = this.isEndOfStream;
        return {
          getMessage() {
            return message;
          },
          isEndOfStream() {
            return isEndOfStream;
          }
        };
      }
      getAvailableMessages() {
        const messages = this.messageBuffer;
        this.messageBuffer = [];
        const isEndOfStream = this.isEndOfStream;
        return {
          getMessages() {
            return messages;
          },
          isEndOfStream() {
            return isEndOfStream;
          }
        };
      }
      encode({headers: rawHeaders, body: body}) {
        const headers = this.headerMarshaller.format(rawHeaders);
        const length = headers.byteLength + body.byteLength + 16;
        const out = new Uint8Array(length);
        const view = new DataView(out.buffer, out.byteOffset, out.byteLength);
        const checksum = new Crc32;
        view.setUint32(0, length, false);
        view.setUint32(4, headers.byteLength, false);
        checksum.update(out.subarray(0, 8));
        view.setUint32(8, checksum.digestSync(), false);
        out.set(headers, 12);
        out.set(body, headers.byteLength + 12);
        checksum.update(out.subarray(8, length - 4));
        view.setUint32(length - 4, checksum.digestSync(), false);
        return out;
      }
      decode(message) {
        const {headers: headers, body: body} = splitMessage(message);
        return {
          headers: this.headerMarshaller.parse(headers),
          body: body
        };
      }
      formatHeaders(rawHeaders) {
        return this.headerMarshaller.format(rawHeaders);
      }
    }
    class MessageDecoderStream {
      options;
      constructor(options) {
        this.options = options;
      }
      [Symbol.asyncIterator]() {
        return this.asyncIterator();
      }
      async* asyncIterator() {
        for await (const bytes of this.options.inputStream) {
          const decoded = this.options.decoder.decode(bytes);
          yield decoded;
        }
      }
    }
    class MessageEncoderStream {
      options;
      constructor(options) {
        this.options = options;
      }
      [Symbol.asyncIterator]() {
        return this.asyncIterator();
      }
      async* asyncIterator() {
        for await (const msg of this.options.messageStream) {
          const encoded = this.options.encoder.encode(msg);
          yield encoded;
        }
        if (this.options.includeEndFrame) yield new Uint8Array(0);
      }
    }
    class SmithyMessageDecoderStream {
      options;
      constructor(options) {
        this.options = options;
      }
      [Symbol.asyncIterator]() {
        return this.asyncIterator();
      }
      async* asyncIterator() {
        for await (const message of this.options.messageStream) {
          const deserialized = await this.options.deserializer(message);
          if (deserialized === void 0) continue;
          yield deserialized;
        }
      }
    }
    class SmithyMessageEncoderStream {
      options;
      constructor(options) {
        this.options = options;
      }
      [Symbol.asyncIterator]() {
        return this.asyncIterator();
      }
      async* asyncIterator() {
        for await (const chunk of this.options.inputStream) {
          const payloadBuf = this.options.serializer(chunk);
          yield payloadBuf;
        }
      }
    }
    function getChunkedStream(source) {
      let currentMessageTotalLength = 0;
      let currentMessagePendingLength = 0;
      let currentMessage = null;
      let messageLengthBuffer = null;
      const allocateMessage = size => {
        if (typeof size !== "number") throw new Error("Attempted to allocate an event message where size was not a number: " + size);
        currentMessageTotalLength = size;
        currentMessagePendingLength = 4;
        currentMessage = new Uint8Array(size);
        const currentMessageView = new DataView(currentMessage.buffer);
        currentMessageView.setUint32(0, size, false);
      };
      return {
        [Symbol.asyncIterator]: async function*() {
          const sourceIterator = source[Symbol.asyncIterator]();
          while (true) {
            const {value: value, done: done} = await sourceIterator.next();
            if (done) {
              if (!currentMessageTotalLength) return; else if (currentMessageTotalLength === currentMessagePendingLength) yield currentMessage; else throw new Error("Truncated event message received.");
              return;
            }
            const chunkLength = value.length;
            let currentOffset = 0;
            while (currentOffset < chunkLength) {
              if (!currentMessage) {
                const bytesRemaining = chunkLength - currentOffset;
                if (!messageLengthBuffer) messageLengthBuffer = new Uint8Array(4);
                const numBytesForTotal = Math.min(4 - currentMessagePendingLength, bytesRemaining);
                messageLengthBuffer.set(value.slice(currentOffset, currentOffset + numBytesForTotal), currentMessagePendingLength);
                currentMessagePendingLength += numBytesForTotal;
                currentOffset += numBytesForTotal;
                if (currentMessagePendingLength < 4) break;
                allocateMessage(new DataView(messageLengthBuffer.buffer).getUint32(0, false));
                messageLengthBuffer = null;
              }
              const numBytesToWrite = Math.min(currentMessageTotalLength - currentMessagePendingLength, chunkLength - currentOffset);
              currentMessage.set(value.slice(currentOffset, currentOffset + numBytesToWrite), currentMessagePendingLength);
              currentMessagePendingLength += numBytesToWrite;
              currentOffset += numBytesToWrite;
              if (currentMessageTotalLength && currentMessageTotalLength === currentMessagePendingLength) {
                yield currentMessage;
                currentMessage = null;
                currentMessageTotalLength = 0;
                currentMessagePendingLength = 0;
              }
            }
          }
        }
      };
    }
    function getMessageUnmarshaller(deserializer, toUtf8) {
      return async function(message) {
        const {value: messageType} = message.headers[":message-type"];
        if (messageType === "error") {
          const unmodeledError = new Error(message.headers[":error-message"].value || "UnknownError");
          unmodeledError.name = message.headers[":error-code"].value;
          throw unmodeledError;
        } else if (messageType === "exception") {
          const code = message.headers[":exception-type"].value;
          const exception = {
            [code]: message
          };
          const deserializedException = await deserializer(exception);
          if (deserializedException.$unknown) {
            const error = new Error(toUtf8(message.body));
            error.name = code;
            throw error;
          }
          throw deserializedException[code];
        } else if (messageType === "event") {
          const event = {
            [message.headers[":event-type"].value]: message
          };
          const deserialized = await deserializer(event);
          if (deserialized.$unknown) return;
          return deserialized;
        } else throw Error(`Unrecognizable event type: ${message.headers[":event-type"].value}`);
      };
    }
    let EventStreamMarshaller$1 = class {
      eventStreamCodec;
      utfEncoder;
      constructor({utf8Encoder: utf8Encoder, utf8Decoder: utf8Decoder}) {
        this.eventStreamCodec = new EventStreamCodec(utf8Encoder, utf8Decoder);
        this.utfEncoder = utf8Encoder;
      }
      deserialize(body, deserializer) {
        const inputStream = getChunkedStream(body);
        return new SmithyMessageDecoderStream({
          messageStream: new MessageDecoderStream({
            inputStream: inputStream,
            decoder: this.eventStreamCodec
          }),
          deserializer: getMessageUnmarshaller(deserializer, this.utfEncoder)
        });
      }
      serialize(inputStream, serializer) {
        return new MessageEncoderStream({
          messageStream: new SmithyMessageEncoderStream({
            inputStream: inputStream,
            serializer: serializer
          }),
          encoder: this.eventStreamCodec,
          includeEndFrame: true
        });
      }
    };
    class EventStreamMarshaller {
      universalMarshaller;
      constructor({utf8Encoder: utf8Encoder, utf8Decoder: utf8Decoder}) {
        this.universalMarshaller = new EventStreamMarshaller$1({
          utf8Decoder: utf8Decoder,
          utf8Encoder: utf8Encoder
        });
      }
      deserialize(body, deserializer) {
        const bodyIterable = typeof body[Symbol.asyncIterator] === "function" ? body : readableToIterable(body);
        return this.universalMarshaller.deserialize(bodyIterable, deserializer);
      }
      serialize(input, serializer) {
        return Readable.from(this.universalMarshaller.serialize(input, serializer));
      }
    }
    async function* readableToIterable(readStream) {
      let streamEnded = false;
      let generationEnded = false;
      const records = new Array;
      readStream.on("error", err => {
        if (!streamEnded) streamEnded = true;
        if (err) throw err;
      });
      readStream.on("data", data => {
        records.push(data);
      });
      readStream.on("end", () => {
        streamEnded = true;
      });
      while (!generationEnded) {
        const value = await new Promise(resolve => setTimeout(() => resolve(records.shift()), 0));
        if (value) yield value;
        generationEnded = streamEnded && records.length === 0;
      }
    }
    exports.EventStreamCodec = EventStreamCodec;
    exports.EventStreamMarshaller = EventStreamMarshaller;
    exports.EventStreamSerde = class {
      marshaller;
      serializer;
      deserializer;
      serdeContext;
      defaultContentType;
      compositeErrorRegistry;
      constructor({marshaller: marshaller, serializer: serializer, deserializer: deserializer, serdeContext: serdeContext, defaultContentType: defaultContentType, compositeErrorRegistry: compositeErrorRegistry}) {
        this.marshaller = marshaller;
        this.serializer = serializer;
        this.deserializer = deserializer;
        this.serdeContext = serdeContext;
        this.defaultContentType = defaultContentType;
        this.compositeErrorRegistry = compositeErrorRegistry;
      }
      async serializeEventStream({eventStream: eventStream, requestSchema: requestSchema, initialRequest: initialRequest, initialMessageType: initialMessageType}) {
        const marshaller = this.marshaller;
        const eventStreamMember = requestSchema.getEventStreamMember();
        const unionSchema = requestSchema.getMemberSchema(eventStreamMember);
        const serializer = this.serializer;
        const defaultContentType = this.defaultContentType;
        const initialRequestMarker = Symbol("initialRequestMarker");
        const eventStreamIterable = {
          async* [Symbol.asyncIterator]() {
            if (initialRequest) {
              const headers = {
                ":event-type": {
                  type: "string",
                  value: initialMessageType ?? "initial-request"
                },
                ":message-type": {
                  type: "string",
                  value: "event"
                },
                ":content-type": {
                  type: "string",
                  value: defaultContentType
                }
              };
              serializer.write(requestSchema, initialRequest);
              const body = serializer.flush();
              yield {
                [initialRequestMarker]: true,
                headers: headers,
                body: body
              };
            }
            for await (const page of eventStream) yield page;
          }
        };
        return marshaller.serialize(eventStreamIterable, event => {
          if (event[initialRequestMarker]) return {
            headers: event.headers,
            body: event.body
          };
          let unionMember = "";
          for (const key in event) {
            if (!hasOwn(event, key)) continue;
            if (key !== "__type") {
              unionMember = key;
              break;
            }
          }
          const {additionalHeaders: additionalHeaders, body: body, eventType: eventType, explicitPayloadContentType: explicitPayloadContentType} = this.writeEventBody(unionMember, unionSchema, event);
          const headers = {
            ":event-type": {
              type: "string",
              value: eventType
            },
            ":message-type": {
              type: "string",
              value: "event"
            },
            ":content-type": {
              type: "string",
              value: explicitPayloadContentType ?? defaultContentType
            },
            ...additionalHeaders
          };
          return {
            headers: headers,
            body: body
          };
        });
      }
      async deserializeEventStream({response: response, responseSchema: responseSchema, initialResponseContainer: initialResponseContainer, initialMessageType: initialMessageType}) {
        const marshaller = this.marshaller;
        const eventStreamMember = responseSchema.getEventStreamMember();
        const unionSchema = responseSchema.getMemberSchema(eventStreamMember);
        const memberSchemas = unionSchema.getMemberSchemas();
        const initialResponseMarker = Symbol("initialResponseMarker");
        const asyncIterable = marshaller.deserialize(response.body, async event => {
          let unionMember = "";
          for (const key in event) {
            if (!hasOwn(event, key)) continue;
            if (key !== "__type") {
              unionMember = key;
              break;
            }
          }
          const body = event[unionMember].body;
          if (unionMember === (initialMessageType ?? "initial-response")) {
            const dataObject = await this.deserializer.read(responseSchema, body);
            delete dataObject[eventStreamMember];
            return {
              [initialResponseMarker]: true,
              ...dataObject
            };
          } else if (unionMember in memberSchemas) {
            const eventStreamSchema = memberSchemas[unionMember];
            if (eventStreamSchema.isStructSchema()) {
              const out = {};
              let hasBindings = false;
              for (const [name, member] of eventStreamSchema.structIterator()) {
                const {eventHeader: eventHeader, eventPayload: eventPayload} = member.getMergedTraits();
                hasBindings = hasBindings || Boolean(eventHeader || eventPayload);
                if (eventPayload) {
                  if (member.isBlobSchema()) out[name] = body; else if (member.isStringSchema()) out[name] = (this.serdeContext?.utf8Encoder ?? toUtf8)(body); else if (member.isStructSchema()) out[name] = await this.deserializer.read(member, body);
                } else if (eventHeader) {
                  const value = event[unionMember].headers[name]?.value;
                  if (value != null) if (member.isNumericSchema()) if (value && typeof value === "object" && "bytes" in value) out[name] = BigInt(value.toString()); else out[name] = Number(value); else out[name] = value;
                }
              }
              return {
                [unionMember]: await this.readEventMember(eventStreamSchema, body, hasBindings, out)
              };
            }
            return {
              [unionMember]: await this.deserializer.read(eventStreamSchema, body)
            };
          } else return {
            $unknown: event
          };
        });
        const asyncIterator = asyncIterable[Symbol.asyncIterator]();
        const firstEvent = await asyncIterator.next();
        if (firstEvent.done) return asyncIterable;
        if (firstEvent.value?.[initialResponseMarker]) {
          if (!responseSchema) throw new Error("@smithy::core/protocols - initial-response event encountered in event stream but no response schema given.");
          for (const key in firstEvent.value) {
            if (!hasOwn(firstEvent.value, key)) continue;
            initialResponseContainer[key] = firstEvent.value[key];
          }
        }
        return {
          async* [Symbol.asyncIterator]() {
            if (!firstEvent?.value?.[initialResponseMarker]) yield firstEvent.value;
            while (true) {
              const {done: done, value: value} = await asyncIterator.next();
              if (done) break;
              yield value;
            }
          }
        };
      }
      async readEventMember(eventStreamSchema, body, hasBindings, out) {
        let ErrCtor;
        const staticStructuralSchema = eventStreamSchema.getSchema();
        if (Array.isArray(staticStructuralSchema) && staticStructuralSchema[0] === -3) {
          const namespace = staticStructuralSchema[1];
          const nsRegistry = TypeRegistry.for(namespace);
          this.compositeErrorRegistry?.copyFrom(nsRegistry);
          ErrCtor = (this.compositeErrorRegistry ?? nsRegistry)?.getErrorCtor(staticStructuralSchema);
        }
        const dataObject = hasBindings ? out : body.byteLength === 0 ? {} : await this.deserializer.read(eventStreamSchema, body);
        if (ErrCtor) {
          const message = dataObject.message ?? dataObject.Message ?? "Unknown";
          const metadata = {};
          const $fault = eventStreamSchema.getMergedTraits().error;
          if ($fault) metadata.$fault = $fault;
          return Object.assign(new ErrCtor({}), metadata, {
            message: message
          }, dataObject);
        }
        return dataObject;
      }
      writeEventBody(unionMember, unionSchema, event) {
        const serializer = this.serializer;
        let eventType = unionMember;
        let explicitPayloadMember = null;
        let explicitPayloadContentType;
        const isKnownSchema = (() => {
          const struct = unionSchema.getSchema();
          return struct[4].includes(unionMember);
        })();
        const additionalHeaders = {};
        if (!isKnownSchema) {
          const [type, value] = event[unionMember];
          eventType = type;
          serializer.write(15, value);
        } else {
          const eventSchema = unionSchema.getMemberSchema(unionMember);
          if (eventSchema.isStructSchema()) {
            for (const [memberName, memberSchema] of eventSchema.structIterator()) {
              const {eventHeader: eventHeader, eventPayload: eventPayload} = memberSchema.getMergedTraits();
              if (eventPayload) explicitPayloadMember = memberName; else if (eventHeader) {
                const value = event[unionMember][memberName];
                let type = "binary";
                if (memberSchema.isNumericSchema()) if ((-2) ** 31 <= value && value <= 2 ** 31 - 1) type = "integer"; else type = "long"; else if (memberSchema.isTimestampSchema()) type = "timestamp"; else if (memberSchema.isStringSchema()) type = "string"; else if (memberSchema.isBooleanSchema()) type = "boolean";
                if (value != null) {
                  additionalHeaders[memberName] = {
                    type: type,
                    value: value
                  };
                  delete event[unionMember][memberName];
                }
              }
            }
            if (explicitPayloadMember !== null) {
              const payloadSchema = eventSchema.getMemberSchema(explicitPayloadMember);
              if (payloadSchema.isBlobSchema()) explicitPayloadContentType = "application/octet-stream"; else if (payloadSchema.isStringSchema()) explicitPayloadContentType = "text/plain";
              serializer.write(payloadSchema, event[unionMember][explicitPayloadMember]);
            } else serializer.write(eventSchema, event[unionMember]);
          } else if (eventSchema.isUnitSchema()) serializer.write(eventSchema, {}); else throw new Error("@smithy/core/event-streams - non-struct member not supported in event stream union.");
        }
        const messageSerialization = serializer.flush() ?? new Uint8Array;
        const body = typeof messageSerialization === "string" ? (this.serdeContext?.utf8Decoder ?? fromUtf8)(messageSerialization) : messageSerialization;
        return {
          body: body,
          eventType: eventType,
          explicitPayloadContentType: explicitPayloadContentType,
          additionalHeaders: additionalHeaders
        };
      }
    };
    exports.HeaderMarshaller = HeaderMarshaller;
    exports.Int64 = Int64;
    exports.MessageDecoderStream = MessageDecoderStream;
    exports.MessageEncoderStream = MessageEncoderStream;
    exports.SmithyMessageDecoderStream = SmithyMessageDecoderStream;
    exports.SmithyMessageEncoderStream = SmithyMessageEncoderStream;
    exports.UniversalEventStreamMarshaller = EventStreamMarshaller$1;
    exports.eventStreamSerdeProvider = options => new EventStreamMarshaller(options);
    exports.getChunkedStream = getChunkedStream;
    exports.getMessageUnmarshaller = getMessageUnmarshaller;
    exports.getUnmarshalledStream = function(source, options) {
      const messageUnmarshaller = getMessageUnmarshaller(options.deserializer, options.toUtf8);
      return {
        [Symbol.asyncIterator]: async function*() {
          for await (const chunk of source) {
            const message = options.eventStreamCodec.decode(chunk);
            const type = await messageUnmarshaller(message);
            if (type === void 0) continue;
            yield type;
          }
        }
      };
    };
    exports.iterableToReadableStream = asyncIterable => {
      const iterator = asyncIterable[Symbol.asyncIterator]();
      return new ReadableStream({
        async pull(controller) {
          const {done: done, value: value} = await iterator.next();
          if (done) return controller.close();
          controller.enqueue(value);
        }
      });
    };
    exports.readableStreamToIterable = readableStream => ({
      [Symbol.asyncIterator]: async function*() {
        const reader = readableStream.getReader();
        try {
          while (true) {
            const {done: done, value: value} = await reader.read();
            if (done) return;
            yield value;
          }
        } finally {
          reader.releaseLock();
        }
      }
    });
    exports.resolveEventStreamSerdeConfig = input => Object.assign(input, {
      eventStreamMarshaller: input.eventStreamSerdeProvider(input)
    });
    exports.universalEventStreamSerdeProvider = options => new EventStreamMarshaller$1(options);
  },
  3422: (__unused_webpack_module, exports, __webpack_require__) => {
    const {Uint8ArrayBlobAdapter: Uint8ArrayBlobAdapter, writeKey: writeKey, sdkStreamMixin: sdkStreamMixin, splitEvery: splitEvery, splitHeader: splitHeader, NumericValue: NumericValue, toUtf8: toUtf8, fromBase64: fromBase64, LazyJsonString: LazyJsonString, _parseEpochTimestamp: _parseEpochTimestamp, _parseRfc7231DateTime: _parseRfc7231DateTime, _parseRfc3339DateTimeWithOffset: _parseRfc3339DateTimeWithOffset, fromUtf8: fromUtf8, generateIdempotencyToken: generateIdempotencyToken, toBase64: toBase64, dateToUtcString: dateToUtcString, quoteHeader: quoteHeader, parseEpochTimestamp: parseEpochTimestamp, parseRfc7231DateTime: parseRfc7231DateTime, parseRfc3339DateTimeWithOffset: parseRfc3339DateTimeWithOffset} = __webpack_require__(2430);
    const {HttpRequest: HttpRequest, HttpResponse: HttpResponse, hasOwn: hasOwn, isValidHostname: isValidHostname, getSmithyContext: getSmithyContext} = __webpack_require__(4534);
    const {parseQueryString: parseQueryString, parseUrl: parseUrl} = __webpack_require__(4534);
    exports.HttpRequest = HttpRequest;
    exports.HttpResponse = HttpResponse;
    exports.isValidHostname = isValidHostname;
    exports.parseQueryString = parseQueryString;
    exports.parseUrl = parseUrl;
    const {NormalizedSchema: NormalizedSchema, translateTraits: translateTraits, TypeRegistry: TypeRegistry, deref: deref} = __webpack_require__(6890);
    const {FieldPosition: FieldPosition} = __webpack_require__(690);
    const collectBody = async (streamBody = new Uint8Array, context) => {
      if (streamBody instanceof Uint8Array) return Uint8ArrayBlobAdapter.mutate(streamBody);
      if (!streamBody) return Uint8ArrayBlobAdapter.mutate(new Uint8Array);
      const fromContext = context.streamCollector(streamBody);
      return Uint8ArrayBlobAdapter.mutate(await fromContext);
    };
    function extendedEncodeURIComponent(str) {
      if (/^[\w.~-]+$/.test(str)) return str;
      return encodeURIComponent(str).replace(/[!'()*]/g, function(c) {
        return "%" + c.charCodeAt(0).toString(16).toUpperCase();
      });
    }
    const HTTP_BINDINGS = Symbol.for("@smithy/schema-x");
    class HttpBindingNormalizedSchema extends NormalizedSchema {
      static identity=Symbol.for("@smithy/HttpBindingNormalizedSchema");
      identity=HttpBindingNormalizedSchema.identity;
      bindings;
      constructor(schema) {
        super(schema);
      }
      static of(schema) {
        const ns = NormalizedSchema.of(schema);
        if (ns.identity === HttpBindingNormalizedSchema.identity) return ns;
        const schemaCache = ns.isMemberSchema() ? ns : ns.getSchema();
        const cache = typeof schemaCache === "object" && schemaCache !== null ? schemaCache : ns;
        return cache[HTTP_BINDINGS] ??= new HttpBindingNormalizedSchema(ns);
      }
      getHttpBindingLocation(traits) {
        if (traits.httpPayload) return 36;
        if (traits.httpLabel) return 33;
        if (traits.httpHeader) return 38;
        if (typeof traits.httpPrefixHeaders === "string") return 39;
        if (traits.httpQuery) return 34;
        if (traits.httpQueryParams) return 35;
        if (traits.httpResponseCode) return 37;
        return 32;
      }
      getHttpBindingValue(location, traits, nested = false) {
        const raw = this.getSchema();
        const type = typeof raw === "number" ? raw & 255 : this.isListSchema() ? 64 : 255;
        const slot = location & 7;
        const media = traits.mediaType ? traits.mediaType === "application/json" || traits.mediaType.endsWith("+json") ? 2 : 1 : 0;
        const stream = traits.streaming || type === 42 ? this.isStructSchema() ? 2 : 1 : 0;
        const timestamp = type >= 4 && type <= 7 ? slot >= 6 ? 2 : slot > 0 && slot < 4 ? 1 : 0 : 0;
        let flags = type | media << 8 | (traits.idempotencyToken ? 1 : 0) << 10 | stream << 11 | (traits.sparse ? 1 : 0) << 13 | timestamp << 14 | (traits.hostLabel ? 1 : 0) << 17 | (location === 36 && typeof raw !== "object" ? 1 : 0) << 18;
        const category = type & 192;
        const collectionValue = slot & 2 && (category === 64 || !nested && slot & 1) ? this.getHttpBindingCollectionValue(location, traits) : void 0;
        const valueType = (collectionValue?.[1] ?? 0) & 255;
        flags |= (slot >= 6 && (valueType === 4 || valueType === 6) ? 1 : 0) << 16;
        return [ this, flags, collectionValue ];
      }
      getHttpBindingCollectionValue(location, traits = this.getMergedTraits()) {
        const valueSchema = HttpBindingNormalizedSchema.of(this.getValueSchema());
        return valueSchema.getHttpBindingValue(location, {
          ...valueSchema.getMergedTraits(),
          ...traits
        }, true);
      }
      getHttpBindings() {
        const source = this.getSchema();
        return typeof source !== "object" || source === null ? EMPTY_BINDINGS : this.bindings ??= buildHttpBindings(this);
      }
    }
    const buildHttpBindings = schema => {
      const bodyMemberNames = [];
      const bodyMemberSchemas = [];
      const requestBodyMemberNames = [];
      const requestBodyMemberSchemas = [];
      const memberBindings = [];
      const byName = {};
      const headers = {};
      const prefixHeaders = [];
      const responseBindings = {
        headers: headers,
        prefixHeaders: prefixHeaders
      };
      const bindings = {
        request: {
          memberBindings: memberBindings,
          byName: byName
        },
        response: {
          bodyMemberNames: bodyMemberNames,
          bindings: responseBindings
        }
      };
      const {request: request, response: response} = bindings;
      for (const [name, member] of schema.structIterator()) {
        const bindingSchema = HttpBindingNormalizedSchema.of(member);
        const traits = bindingSchema.getMergedTraits();
        const location = bindingSchema.getHttpBindingLocation(traits);
        const wireName = traits.httpHeader?.toLowerCase() ?? traits.httpPrefixHeaders?.toLowerCase() ?? traits.httpQuery;
        const value = bindingSchema.getHttpBindingValue(location, traits);
        const binding = [ name, value, location, wireName ];
        if (name === "__proto__") writeKey(byName);
        byName[name] = binding;
        if (value[1] >> 10 & 1) request.hasIdempotency = true;
        memberBindings.push(binding);
        const slot = location & 7;
        if (slot === 0) {
          requestBodyMemberNames.push(name);
          requestBodyMemberSchemas.push(member);
        }
        if ((slot & 4) === 0) {
          bodyMemberNames.push(name);
          bodyMemberSchemas.push(member);
        } else if ((slot & 6) === 4) if (slot & 1) responseBindings.statusCode = binding; else {
          responseBindings.payload = binding;
          const type = value[1] & 255;
          request.contentTypeInstruction = traits.mediaType ?? (type === 0 ? "text/plain" : type === 21 || type === 42 ? "application/octet-stream" : null);
        } else if (slot & 1) {
          request.hasPrefixHeaders = true;
          prefixHeaders.push(binding);
        } else {
          if (wireName === "__proto__") writeKey(headers);
          headers[wireName] = binding;
        }
      }
      if (request.contentTypeInstruction === void 0 && requestBodyMemberNames.length) request.contentTypeInstruction = null;
      request.syntheticBodySchema = createBodySchema(schema, requestBodyMemberNames, requestBodyMemberSchemas);
      response.syntheticBodySchema = createBodySchema(schema, bodyMemberNames, bodyMemberSchemas);
      return bindings;
    };
    const buildPathSegments = path => {
      const segments = [];
      let offset = 0;
      for (const match of path.matchAll(/\{([^{}+]+)(\+)?\}/g)) {
        if (match.index > offset) segments.push([ path.slice(offset, match.index), 0 ]);
        segments.push([ match[1], match[2] ? 2 : 1 ]);
        offset = match.index + match[0].length;
      }
      if (segments.length && offset < path.length) segments.push([ path.slice(offset), 0 ]);
      return segments.length ? segments : void 0;
    };
    const buildHttpOperationBindings = schema => {
      const {http: http, endpoint: endpoint} = translateTraits(schema.traits ?? {});
      const [path, search] = http?.[1].split("?") ?? [];
      return [ http?.[0], path, search ? [ ...new URLSearchParams(search) ] : [], path ? buildPathSegments(path) : void 0, endpoint?.[0] ];
    };
    const EMPTY_BINDINGS = {
      request: {
        memberBindings: [],
        byName: {}
      },
      response: {
        bodyMemberNames: [],
        bindings: {
          headers: {},
          prefixHeaders: []
        }
      }
    };
    const getHttpOperationBindings = schema => schema[HTTP_BINDINGS] ??= buildHttpOperationBindings(schema);
    const createBodySchema = (schema, memberNames, memberSchemas) => {
      if (!memberNames.length) return;
      const source = schema.getSchema();
      const body = [ 3, source[1], source[2], schema.getMergedTraits(), memberNames, memberSchemas ];
      const required = source[6];
      const bodyRequired = required && memberNames.reduce((count, name) => count + (source[4].indexOf(name) < required ? 1 : 0), 0);
      if (bodyRequired) body[6] = bodyRequired;
      return body;
    };
    class SerdeContext {
      serdeContext;
      setSerdeContext(serdeContext) {
        this.serdeContext = serdeContext;
      }
    }
    class HttpProtocol extends SerdeContext {
      options;
      compositeErrorRegistry;
      constructor(options) {
        super();
        this.options = options;
        this.compositeErrorRegistry = new TypeRegistry(options.defaultNamespace);
        for (const etr of options.errorTypeRegistries ?? []) this.compositeErrorRegistry.copyFrom(etr);
      }
      getRequestType() {
        return HttpRequest;
      }
      getResponseType() {
        return HttpResponse;
      }
      setSerdeContext(serdeContext) {
        this.serdeContext = serdeContext;
        this.serializer.setSerdeContext(serdeContext);
        this.deserializer.setSerdeContext(serdeContext);
        if (this.getPayloadCodec()) this.getPayloadCodec().setSerdeContext(serdeContext);
      }
      updateServiceEndpoint(request, endpoint) {
        if ("url" in endpoint) {
          request.protocol = endpoint.url.protocol;
          request.hostname = endpoint.url.hostname;
          request.port = endpoint.url.port ? Number(endpoint.url.port) : void 0;
          request.path = endpoint.url.pathname;
          request.fragment = endpoint.url.hash || void 0;
          request.username = endpoint.url.username || void 0;
          request.password = endpoint.url.password || void 0;
          if (!request.query) request.query = {};
          for (const [k, v] of endpoint.url.searchParams.entries()) request.query[k] = v;
          if (endpoint.headers) for (const name in endpoint.headers) {
            if (!hasOwn(endpoint.headers, name)) continue;
            request.headers[name] = endpoint.headers[name].join(", ");
          }
          return request;
        } else {
          request.protocol = endpoint.protocol;
          request.hostname = endpoint.hostname;
          request.port = endpoint.port ? Number(endpoint.port) : void 0;
          request.path = endpoint.path;
          request.query = {
            ...endpoint.query
          };
          if (endpoint.headers) for (const name in endpoint.headers) {
            if (!hasOwn(endpoint.headers, name)) continue;
            request.headers[name] = endpoint.headers[name];
          }
          return request;
        }
      }
      setHostPrefix(request, operationSchema, input, operation = getHttpOperationBindings(operationSchema)) {
        if (this.serdeContext?.disableHostPrefix) return;
        const hostPrefix = operation[4];
        if (typeof hostPrefix !== "string") return;
        let resolvedHostPrefix = hostPrefix;
        for (const [name, [, flags]] of HttpBindingNormalizedSchema.of(operationSchema.input).getHttpBindings().request.memberBindings) {
          if (!(flags >> 17 & 1)) continue;
          const replacement = input[name];
          if (typeof replacement !== "string") throw new Error(`@smithy/core/schema - ${name} in input must be a string as hostLabel.`);
          resolvedHostPrefix = resolvedHostPrefix.replace(`{${name}}`, replacement);
        }
        request.hostname = resolvedHostPrefix + request.hostname;
        if (!isValidHostname(request.hostname)) throw new Error(`[${request.hostname}] is not a valid hostname.`);
      }
      deserializeMetadata(output) {
        return {
          httpStatusCode: output.statusCode,
          requestId: output.headers["x-amzn-requestid"] ?? output.headers["x-amzn-request-id"] ?? output.headers["x-amz-request-id"],
          extendedRequestId: output.headers["x-amz-id-2"],
          cfId: output.headers["x-amz-cf-id"]
        };
      }
      resolveError(name, namespaces, registries) {
        let schema;
        for (const registry of registries) for (const ns of namespaces) try {
          if (ns === "*") schema = registry.getSchema(name); else schema = registry.getSchema(ns + "#" + name);
          const errorCtor = registry.getErrorCtor(schema);
          if (errorCtor) return [ schema, errorCtor, "modeled" ]; else {
            const syntheticErrorSchema = registry.getBaseException();
            if (syntheticErrorSchema) {
              const syntheticErrorCtor = registry.getErrorCtor(syntheticErrorSchema);
              if (syntheticErrorCtor) return [ schema, syntheticErrorCtor, "synthetic" ];
            }
          }
        } catch (ignored) {}
        for (const registry of registries) {
          const syntheticErrorSchema = registry.getBaseException();
          if (syntheticErrorSchema) {
            const syntheticErrorCtor = registry.getErrorCtor(syntheticErrorSchema);
            if (syntheticErrorCtor) return [ syntheticErrorSchema, syntheticErrorCtor, "synthetic" ];
          }
        }
        return [ [ -3, "", "Error", 0, [], [], 0 ], Error, "native" ];
      }
      async serializeEventStream({eventStream: eventStream, requestSchema: requestSchema, initialRequest: initialRequest}) {
        const eventStreamSerde = await this.loadEventStreamCapability();
        return eventStreamSerde.serializeEventStream({
          eventStream: eventStream,
          requestSchema: requestSchema,
          initialRequest: initialRequest
        });
      }
      async deserializeEventStream({response: response, responseSchema: responseSchema, initialResponseContainer: initialResponseContainer}) {
        const eventStreamSerde = await this.loadEventStreamCapability();
        return eventStreamSerde.deserializeEventStream({
          response: response,
          responseSchema: responseSchema,
          initialResponseContainer: initialResponseContainer
        });
      }
      async loadEventStreamCapability() {
        const {EventStreamSerde: EventStreamSerde, eventStreamSerdeProvider: eventStreamSerdeProvider} = __webpack_require__(6579);
        const marshaller = this.resolveEventStreamMarshaller(eventStreamSerdeProvider);
        return new EventStreamSerde({
          marshaller: marshaller,
          serializer: this.serializer,
          deserializer: this.deserializer,
          serdeContext: this.serdeContext,
          defaultContentType: this.getDefaultContentType(),
          compositeErrorRegistry: this.compositeErrorRegistry
        });
      }
      getDefaultContentType() {
        throw new Error(`@smithy/core/protocols - ${this.constructor.name} getDefaultContentType() implementation missing.`);
      }
      async deserializeHttpMessage(schema, context, response, arg4, arg5) {
        return [];
      }
      getEventStreamMarshaller() {
        const context = this.serdeContext;
        if (!context.eventStreamMarshaller) throw new Error("@smithy/core - HttpProtocol: eventStreamMarshaller missing in serdeContext.");
        return context.eventStreamMarshaller;
      }
      resolveEventStreamMarshaller(importedProvider) {
        const context = this.serdeContext;
        if (context.eventStreamMarshaller) return context.eventStreamMarshaller;
        return importedProvider(this.serdeContext);
      }
    }
    class RpcProtocol extends HttpProtocol {
      async serializeRequest(operationSchema, _input, context) {
        const serializer = this.serializer;
        const query = {};
        const headers = {};
        const endpoint = await context.endpoint();
        const ns = NormalizedSchema.of(operationSchema?.input);
        const schema = ns.getSchema();
        let payload;
        const input = _input && typeof _input === "object" ? _input : {};
        const request = new HttpRequest({
          protocol: "",
          hostname: "",
          port: void 0,
          path: "/",
          fragment: void 0,
          query: query,
          headers: headers,
          body: void 0
        });
        if (endpoint) {
          this.updateServiceEndpoint(request, endpoint);
          this.setHostPrefix(request, operationSchema, input);
        }
        if (input) {
          const eventStreamMember = ns.getEventStreamMember();
          if (eventStreamMember) {
            if (input[eventStreamMember]) {
              const initialRequest = {};
              for (const [memberName] of ns.structIterator()) if (memberName !== eventStreamMember && input[memberName] != null) initialRequest[memberName] = input[memberName];
              payload = await this.serializeEventStream({
                eventStream: input[eventStreamMember],
                requestSchema: ns,
                initialRequest: initialRequest
              });
            }
          } else {
            serializer.write(schema, input);
            payload = serializer.flush();
          }
        }
        request.headers = Object.assign(request.headers, headers);
        request.query = query;
        request.body = payload;
        request.method = "POST";
        return request;
      }
      async deserializeResponse(operationSchema, context, response) {
        const deserializer = this.deserializer;
        const ns = NormalizedSchema.of(operationSchema.output);
        const dataObject = {};
        if (this.isErrorResponse(response.statusCode)) {
          const bytes = await collectBody(response.body, context);
          if (bytes.byteLength > 0) Object.assign(dataObject, await deserializer.read(15, bytes));
          await this.handleError(operationSchema, context, response, dataObject, this.deserializeMetadata(response));
          throw new Error("@smithy/core/protocols - RPC Protocol error handler failed to throw.");
        }
        for (const header in response.headers) {
          if (!hasOwn(response.headers, header)) continue;
          const value = response.headers[header];
          delete response.headers[header];
          response.headers[header.toLowerCase()] = value;
        }
        const eventStreamMember = ns.getEventStreamMember();
        if (eventStreamMember) dataObject[eventStreamMember] = await this.deserializeEventStream({
          response: response,
          responseSchema: ns,
          initialResponseContainer: dataObject
        }); else {
          const bytes = await collectBody(response.body, context);
          if (bytes.byteLength > 0) Object.assign(dataObject, await deserializer.read(ns, bytes));
        }
        dataObject.$metadata = this.deserializeMetadata(response);
        return dataObject;
      }
      isErrorResponse(statusCode) {
        return statusCode >= 300;
      }
    }
    class AbstractRpcV2Protocol extends RpcProtocol {
      constructor({defaultNamespace: defaultNamespace, errorTypeRegistries: errorTypeRegistries}) {
        super({
          defaultNamespace: defaultNamespace,
          errorTypeRegistries: errorTypeRegistries
        });
      }
      async serializeRequest(operationSchema, input, context) {
        const request = await super.serializeRequest(operationSchema, input, context);
        Object.assign(request.headers, {
          "content-type": this.getDefaultContentType(),
          "smithy-protocol": this.getSmithyProtocolHeaderValue(),
          accept: this.getDefaultContentType()
        });
        if (deref(operationSchema.input) === "unit") {
          delete request.body;
          delete request.headers["content-type"];
        } else this.applyEmptyBody(request);
        const {service: service, operation: operation} = getSmithyContext(context);
        const path = `/service/${service}/operation/${operation}`;
        if (request.path.endsWith("/")) request.path += path.slice(1); else request.path += path;
        return request;
      }
      isErrorResponse(statusCode) {
        return statusCode !== 200;
      }
    }
    const resolvedPath = (resolvedPath, input, memberName, labelValueProvider, uriLabel, isGreedyLabel) => {
      if (input != null && input[memberName] !== void 0) {
        const labelValue = labelValueProvider();
        if (labelValue == null || labelValue.length <= 0) throw new Error("Empty value provided for input HTTP label: " + memberName + ".");
        resolvedPath = resolvedPath.replace(uriLabel, isGreedyLabel ? labelValue.split("/").map(segment => extendedEncodeURIComponent(segment)).join("/") : extendedEncodeURIComponent(labelValue));
      } else throw new Error("No value provided for input HTTP label: " + memberName + ".");
      return resolvedPath;
    };
    class RequestBuilder {
      input;
      context;
      query={};
      method="";
      headers={};
      path="";
      body=null;
      hostname="";
      resolvePathStack=[];
      constructor(input, context) {
        this.input = input;
        this.context = context;
      }
      async build() {
        const {hostname: hostname, protocol: protocol = "https", port: port, path: basePath} = await this.context.endpoint();
        this.path = basePath;
        for (const resolvePath of this.resolvePathStack) resolvePath(this.path);
        return new HttpRequest({
          protocol: protocol,
          hostname: this.hostname || hostname,
          port: port,
          method: this.method,
          path: this.path,
          query: this.query,
          body: this.body,
          headers: this.headers
        });
      }
      hn(hostname) {
        this.hostname = hostname;
        return this;
      }
      bp(uriLabel) {
        this.resolvePathStack.push(basePath => {
          this.path = `${basePath?.endsWith("/") ? basePath.slice(0, -1) : basePath || ""}` + uriLabel;
        });
        return this;
      }
      p(memberName, labelValueProvider, uriLabel, isGreedyLabel) {
        this.resolvePathStack.push(path => {
          this.path = resolvedPath(path, this.input, memberName, labelValueProvider, uriLabel, isGreedyLabel);
        });
        return this;
      }
      h(headers) {
        this.headers = headers;
        return this;
      }
      q(query) {
        this.query = query;
        return this;
      }
      b(body) {
        this.body = body;
        return this;
      }
      m(method) {
        this.method = method;
        return this;
      }
    }
    class FromStringShapeDeserializer extends SerdeContext {
      settings;
      constructor(settings) {
        super();
        this.settings = settings;
      }
      read(_schema, data) {
        const ns = HttpBindingNormalizedSchema.of(_schema);
        const traits = ns.getMergedTraits();
        const location = ns.getHttpBindingLocation(traits);
        return this.readHttpBinding(ns.getHttpBindingValue(location, traits), data, location);
      }
      readHttpBinding([ns, flags, collectionValue], data, location) {
        const schema = flags & 255;
        if ((schema & 192) === 64) {
          collectionValue ??= ns.getHttpBindingCollectionValue(location);
          return splitHeader(data).map(item => this.readHttpBinding(collectionValue, item, location));
        }
        switch (schema) {
         case 21:
         case 42:
          return (this.serdeContext?.base64Decoder ?? fromBase64)(data);

         case 4:
         case 5:
         case 6:
         case 7:
          {
            const bindingFormat = this.settings.httpBindings ? flags >> 14 & 3 : 0;
            const format = this.settings.timestampFormat.useTrait && schema > 4 ? schema : bindingFormat ? bindingFormat + 4 : this.settings.timestampFormat.default;
            switch (format) {
             case 5:
              return _parseRfc3339DateTimeWithOffset(data);

             case 6:
              return _parseRfc7231DateTime(data);

             case 7:
              return _parseEpochTimestamp(data);

             default:
              console.warn("Missing timestamp format, parsing value with Date constructor:", data);
              return new Date(data);
            }
          }

         case 0:
          {
            const media = flags >> 8 & 3;
            if (!media) return data;
            let intermediateValue = data;
            if ((location & 6) === 6) intermediateValue = (this.serdeContext?.utf8Encoder ?? toUtf8)((this.serdeContext?.base64Decoder ?? fromBase64)(intermediateValue));
            return media === 2 ? LazyJsonString.from(intermediateValue) : intermediateValue;
          }

         case 1:
          return Number(data);

         case 2:
          return data.toLowerCase() === "true";

         case 17:
          return BigInt(data);

         case 19:
          return new NumericValue(data, "bigDecimal");

         default:
          return data;
        }
      }
    }
    class ToStringShapeSerializer extends SerdeContext {
      settings;
      stringBuffer="";
      constructor(settings) {
        super();
        this.settings = settings;
      }
      write(schema, value) {
        const ns = HttpBindingNormalizedSchema.of(schema);
        const traits = ns.getMergedTraits();
        const location = ns.getHttpBindingLocation(traits);
        this.writeHttpBinding(ns.getHttpBindingValue(location, traits), value, location);
      }
      writeHttpBinding([ns, flags, collectionValue], value, location) {
        const schema = flags & 255;
        switch (typeof value) {
         case "object":
          if (value === null) {
            this.stringBuffer = "null";
            return;
          }
          if (schema >= 4 && schema <= 7) {
            if (!(value instanceof Date)) throw new Error(`@smithy/core/protocols - received non-Date value ${value} when schema expected Date in ${ns.getName(true)}`);
            const bindingFormat = this.settings.httpBindings ? flags >> 14 & 3 : 0;
            const format = this.settings.timestampFormat.useTrait && schema > 4 ? schema : bindingFormat ? bindingFormat + 4 : this.settings.timestampFormat.default;
            switch (format) {
             case 5:
              this.stringBuffer = value.toISOString().replace(".000Z", "Z");
              break;

             case 6:
              this.stringBuffer = dateToUtcString(value);
              break;

             case 7:
              this.stringBuffer = String(value.getTime() / 1e3);
              break;

             default:
              console.warn("Missing timestamp format, using epoch seconds", value);
              this.stringBuffer = String(value.getTime() / 1e3);
            }
            return;
          }
          if ((schema === 21 || schema === 42) && "byteLength" in value) {
            this.stringBuffer = (this.serdeContext?.base64Encoder ?? toBase64)(value);
            return;
          }
          if ((schema & 192) === 64 && Array.isArray(value)) {
            collectionValue ??= ns.getHttpBindingCollectionValue(location);
            const valueSchemaType = collectionValue[1] & 255;
            const isTimestamp = valueSchemaType >= 4 && valueSchemaType <= 7;
            let buffer = "";
            for (const item of value) {
              this.writeHttpBinding(collectionValue, item, location);
              const headerItem = this.flush();
              if (buffer) buffer += ", ";
              buffer += isTimestamp ? headerItem : quoteHeader(headerItem);
            }
            this.stringBuffer = buffer;
            return;
          }
          this.stringBuffer = JSON.stringify(value, null, 2);
          break;

         case "string":
          const media = flags >> 8 & 3;
          let intermediateValue = value;
          if (media === 2) intermediateValue = LazyJsonString.from(intermediateValue);
          if (media && (location & 6) === 6) {
            this.stringBuffer = (this.serdeContext?.base64Encoder ?? toBase64)(intermediateValue.toString());
            return;
          }
          this.stringBuffer = value;
          break;

         default:
          this.stringBuffer = flags >> 10 & 1 ? generateIdempotencyToken() : String(value);
        }
      }
      flush() {
        const buffer = this.stringBuffer;
        this.stringBuffer = "";
        return buffer;
      }
    }
    function determineTimestampFormat(ns, settings) {
      if (settings.timestampFormat.useTrait) {
        const schema = ns.getSchema();
        if (schema === 5 || schema === 6 || schema === 7) return schema;
      }
      const {httpLabel: httpLabel, httpPrefixHeaders: httpPrefixHeaders, httpHeader: httpHeader, httpQuery: httpQuery} = ns.getMergedTraits();
      const bindingFormat = settings.httpBindings ? typeof httpPrefixHeaders === "string" || Boolean(httpHeader) ? 6 : Boolean(httpQuery) || Boolean(httpLabel) ? 5 : void 0 : void 0;
      return bindingFormat ?? settings.timestampFormat.default;
    }
    const CONTENT_LENGTH_HEADER = "content-length";
    function contentLengthMiddleware(bodyLengthChecker) {
      return next => async args => {
        const request = args.request;
        if (HttpRequest.isInstance(request)) {
          const {body: body, headers: headers} = request;
          if (body && Object.keys(headers).map(str => str.toLowerCase()).indexOf(CONTENT_LENGTH_HEADER) === -1) try {
            const length = bodyLengthChecker(body);
            if (length != null) request.headers = {
              ...request.headers,
              [CONTENT_LENGTH_HEADER]: String(length)
            };
          } catch (ignored) {}
        }
        return next({
          ...args,
          request: request
        });
      };
    }
    const contentLengthMiddlewareOptions = {
      step: "build",
      tags: [ "SET_CONTENT_LENGTH", "CONTENT_LENGTH" ],
      name: "contentLengthMiddleware",
      override: true
    };
    const escapeUri = uri => encodeURIComponent(uri).replace(/[!'()*]/g, hexEncode);
    const hexEncode = c => `%${c.charCodeAt(0).toString(16).toUpperCase()}`;
    class SerdeContextConfig {
      serdeContext;
      setSerdeContext(serdeContext) {
        this.serdeContext = serdeContext;
      }
    }
    class UnionSerde {
      from;
      to;
      keys;
      constructor(from, to) {
        this.from = from;
        this.to = to;
        const keys = Object.keys(this.from);
        const set = new Set(keys);
        set.delete("__type");
        this.keys = set;
      }
      mark(key) {
        this.keys.delete(key);
      }
      hasUnknown() {
        return this.keys.size === 1 && Object.keys(this.to).length === 0;
      }
      writeUnknown() {
        if (this.hasUnknown()) {
          const k = this.keys.values().next().value;
          const v = this.from[k];
          this.to.$unknown = [ k, v ];
        }
      }
    }
    let canParseBuffer;
    function detectBufferParsing() {
      if (canParseBuffer === void 0) try {
        if (typeof Buffer !== "function") canParseBuffer = false; else {
          const result = JSON.parse(Buffer.from([ 123, 125 ]));
          canParseBuffer = result !== null && typeof result === "object";
        }
      } catch {
        canParseBuffer = false;
      }
      return canParseBuffer;
    }
    function jsonReviver(key, value, context) {
      if (context?.source) {
        const numericString = context.source;
        if (typeof value === "number") {
          const inSafeRange = value <= Number.MAX_SAFE_INTEGER && value >= Number.MIN_SAFE_INTEGER;
          if (inSafeRange) {
            if (isRepresentable(numericString, value)) return value;
            return new NumericValue(numericString, "bigDecimal");
          } else {
            if (isFractionalBigNumeric(numericString)) return new NumericValue(numericString, "bigDecimal");
            if (/[eE]/.test(numericString)) return expandExponentToBigInt(numericString);
            return BigInt(numericString);
          }
        }
      }
      return value;
    }
    function isFractionalBigNumeric(s) {
      const dotIndex = s.indexOf(".");
      if (dotIndex === -1) return false;
      const eIndex = s.search(/[eE]/);
      if (eIndex === -1) return true;
      const fracDigits = eIndex - dotIndex - 1;
      const exp = parseInt(s.slice(eIndex + 1), 10);
      return exp < fracDigits;
    }
    function isRepresentable(numericString, value) {
      if (numericString === String(value)) return true;
      if (Object.is(value, -0)) return true;
      if (/[eE]/.test(numericString)) return expandToDecimal(numericString) === expandToDecimal(String(value));
      const normalized = numericString.replace(/(\.\d*?)0+$/, "$1").replace(/\.$/, "");
      const canonical = String(value);
      if (normalized === canonical) return true;
      if (/[eE]/.test(canonical)) return normalized === expandToDecimal(canonical);
      return false;
    }
    function expandToDecimal(s) {
      const negative = s.startsWith("-");
      const abs = negative ? s.slice(1) : s;
      const eIndex = abs.search(/[eE]/);
      let result;
      if (eIndex === -1) result = abs; else {
        const exp = parseInt(abs.slice(eIndex + 1), 10);
        const mantissa = abs.slice(0, eIndex);
        const dotIndex = mantissa.indexOf(".");
        let digits;
        let intLen;
        if (dotIndex === -1) {
          digits = mantissa;
          intLen = mantissa.length;
        } else {
          digits = mantissa.slice(0, dotIndex) + mantissa.slice(dotIndex + 1);
          intLen = dotIndex;
        }
        digits = digits.replace(/0+$/, "") || "0";
        const newDotPos = intLen + exp;
        if (digits === "0") result = "0"; else if (newDotPos <= 0) result = "0." + "0".repeat(-newDotPos) + digits; else if (newDotPos >= digits.length) result = digits + "0".repeat(newDotPos - digits.length); else result = digits.slice(0, newDotPos) + "." + digits.slice(newDotPos);
      }
      if (result.includes(".")) result = result.replace(/(\.\d*?)0+$/, "$1").replace(/\.$/, "");
      return (negative ? "-" : "") + result;
    }
    function expandExponentToBigInt(s) {
      const eIndex = s.search(/[eE]/);
      const exp = parseInt(s.slice(eIndex + 1), 10);
      const negative = s.startsWith("-");
      const mantissa = s.slice(negative ? 1 : 0, eIndex);
      const dotIndex = mantissa.indexOf(".");
      let digits;
      let shift;
      if (dotIndex === -1) {
        digits = mantissa;
        shift = exp;
      } else {
        digits = mantissa.slice(0, dotIndex) + mantissa.slice(dotIndex + 1);
        const fracDigits = mantissa.length - dotIndex - 1;
        shift = exp - fracDigits;
      }
      digits = digits.replace(/0+$/, "") || "0";
      const result = BigInt(digits) * 10n ** BigInt(shift + (mantissa.replace(".", "").length - digits.length));
      return negative ? -result : result;
    }
    const REVIVER_SYMBOL = Symbol.for("@aws-sdk/reviver");
    function needsReviver(schema) {
      const ns = NormalizedSchema.of(schema);
      const raw = ns.getSchema();
      if (Array.isArray(raw) && ns.isStructSchema()) {
        if (REVIVER_SYMBOL in raw) return raw[REVIVER_SYMBOL];
        const result = _check(ns, new Set);
        raw[REVIVER_SYMBOL] = result;
        return result;
      }
      return _check(ns, new Set);
    }
    function _check(ns, seen) {
      const raw = ns.getSchema();
      if (seen.has(raw)) return false;
      seen.add(raw);
      if (ns.isBigIntegerSchema() || ns.isBigDecimalSchema()) return true;
      if (ns.isStructSchema()) {
        for (const [, memberSchema] of ns.structIterator()) if (_check(memberSchema, seen)) return true;
      } else if (ns.isListSchema() || ns.isMapSchema()) {
        if (_check(ns.getValueSchema(), seen)) return true;
      } else if (ns.isDocumentSchema()) return true;
      return false;
    }
    const collectBodyString = (streamBody, context) => collectBody(streamBody, context).then(body => (context?.utf8Encoder ?? toUtf8)(body));
    async function parseJsonBody(streamBody, context, schema) {
      let parsingInput;
      if (detectBufferParsing() && typeof streamBody?.[Symbol.asyncIterator] === "function") {
        const buffer = await collectBody(streamBody, context);
        if (typeof Buffer === "function") if (Buffer.isBuffer(buffer)) parsingInput = buffer; else parsingInput = Buffer.from(buffer.buffer, buffer.byteOffset, buffer.byteLength);
      }
      if (!parsingInput) parsingInput = await collectBodyString(streamBody, context);
      if (parsingInput.length === 0) return {};
      const reviver = schema && needsReviver(schema) ? jsonReviver : void 0;
      try {
        return JSON.parse(parsingInput, reviver);
      } catch (e) {
        if (e?.name === "SyntaxError") Object.defineProperty(e, "$responseBodyText", {
          value: typeof parsingInput === "string" ? parsingInput : parsingInput.toString("utf8")
        });
        throw e;
      }
    }
    const findKey = (object, key) => Object.keys(object).find(k => k.toLowerCase() === key.toLowerCase());
    const sanitizeErrorCode = rawValue => {
      let cleanValue = rawValue;
      if (typeof cleanValue === "number") cleanValue = cleanValue.toString();
      if (cleanValue.indexOf(",") >= 0) cleanValue = cleanValue.split(",")[0];
      if (cleanValue.indexOf(":") >= 0) cleanValue = cleanValue.split(":")[0];
      if (cleanValue.indexOf("#") >= 0) cleanValue = cleanValue.split("#")[1];
      return cleanValue;
    };
    const loadSmithyRpcV2JsonErrorCode = (output, data) => {
      if (data?.__type !== void 0) {
        let cleanValue = data.__type;
        if (typeof cleanValue === "number") cleanValue = cleanValue.toString();
        if (cleanValue.indexOf(",") >= 0) cleanValue = cleanValue.split(",")[0];
        if (cleanValue.indexOf(":") >= 0) cleanValue = cleanValue.split(":")[0];
        return cleanValue;
      }
    };
    const loadErrorCode = ({headers: headers}, data, order) => {
      while (order.length > 0) {
        const location = order.shift();
        switch (location) {
         case "header":
          const headerKey = findKey(headers ?? {}, "x-amzn-errortype");
          if (headerKey !== void 0) return sanitizeErrorCode(headers[headerKey]);
          break;

         case "code":
          const codeKey = findKey(data ?? {}, "code");
          if (codeKey && data[codeKey] !== void 0) return sanitizeErrorCode(data[codeKey]);
          break;

         case "type":
          if (data?.__type !== void 0) return sanitizeErrorCode(data.__type);
          break;
        }
      }
    };
    class JsonShapeDeserializer2 extends SerdeContextConfig {
      settings;
      constructor(settings) {
        super();
        this.settings = settings;
      }
      async read(schema, data) {
        const reviver = needsReviver(schema) ? jsonReviver : void 0;
        let parsed;
        if (typeof data === "string") {
          if (data.length === 0) return {};
          parsed = JSON.parse(data, reviver);
        } else if (data instanceof Uint8Array && detectBufferParsing()) {
          if (data.byteLength === 0) return {};
          const buf = Buffer.isBuffer(data) ? data : Buffer.from(data.buffer, data.byteOffset, data.byteLength);
          parsed = JSON.parse(buf, reviver);
        } else parsed = await parseJsonBody(data, this.serdeContext, schema);
        return this._read(schema, parsed);
      }
      readObject(schema, data) {
        return this._read(schema, data);
      }
      _read(schema, value) {
        const isObject = value !== null && typeof value === "object";
        const ns = NormalizedSchema.of(schema);
        if (isObject) {
          if (ns.isStructSchema()) return this._readStruct(ns, value);
          if (Array.isArray(value) && ns.isListSchema()) {
            const listMember = ns.getValueSchema();
            if (this.needsTransform(listMember)) for (let i = 0; i < value.length; ++i) value[i] = this._read(listMember, value[i]);
            return value;
          }
          if (ns.isMapSchema()) {
            const mapMember = ns.getValueSchema();
            const map = value;
            if (this.needsTransform(mapMember)) for (const k in map) {
              if (!hasOwn(map, k)) continue;
              if (k === "__proto__") writeKey(map);
              map[k] = this._read(mapMember, map[k]);
            }
            return map;
          }
        }
        if (ns.isBlobSchema() && typeof value === "string") return fromBase64(value);
        const mediaType = ns.getMergedTraits().mediaType;
        if (ns.isStringSchema() && typeof value === "string" && mediaType) {
          const isJson = mediaType === "application/json" || mediaType.endsWith("+json");
          if (isJson) return LazyJsonString.from(value);
          return value;
        }
        if (ns.isTimestampSchema() && value != null) {
          const format = determineTimestampFormat(ns, this.settings);
          switch (format) {
           case 5:
            return parseRfc3339DateTimeWithOffset(value);

           case 6:
            return parseRfc7231DateTime(value);

           case 7:
            return parseEpochTimestamp(value);

           default:
            console.warn("Missing timestamp format, parsing value with Date constructor:", value);
            return new Date(value);
          }
        }
        if (ns.isBigIntegerSchema() && (typeof value === "number" || typeof value === "string")) return BigInt(value);
        if (ns.isBigDecimalSchema() && value != void 0) {
          if (value instanceof NumericValue) return value;
          const untyped = value;
          if (untyped.type === "bigDecimal" && "string" in untyped) return new NumericValue(untyped.string, untyped.type);
          return new NumericValue(String(value), "bigDecimal");
        }
        if (ns.isNumericSchema() && typeof value === "string") {
          switch (value) {
           case "Infinity":
            return 1 / 0;

           case "-Infinity":
            return -1 / 0;

           case "NaN":
            return NaN;
          }
          return value;
        }
        if (ns.isDocumentSchema()) if (isObject) if (Array.isArray(value)) for (let i = 0; i < value.length; ++i) {
          const v = value[i];
          if (!(v instanceof NumericValue)) value[i] = this._read(ns, v);
        } else {
          const doc = value;
          for (const k in doc) {
            if (!hasOwn(doc, k)) continue;
            if (k === "__proto__") writeKey(doc);
            const v = doc[k];
            if (!(v instanceof NumericValue)) doc[k] = this._read(ns, v);
          }
        }
        return value;
      }
      _readStruct(ns, record) {
        const union = ns.isUnionSchema();
        const out = {};
        let nameMap;
        const hasType = typeof record.__type === "string";
        const {jsonName: jsonName} = this.settings;
        if (jsonName && hasType) nameMap = {};
        let unionSerde;
        if (union) unionSerde = new UnionSerde(record, out);
        for (const [memberName, memberSchema] of ns.structIterator()) {
          let fromKey = memberName;
          if (jsonName) {
            fromKey = memberSchema.getMergedTraits().jsonName ?? fromKey;
            if (hasType) nameMap[fromKey] = memberName;
          }
          if (union) unionSerde.mark(fromKey);
          if (record[fromKey] != null) out[memberName] = this._read(memberSchema, record[fromKey]);
        }
        if (union) unionSerde.writeUnknown(); else if (hasType) for (const k in record) {
          if (!hasOwn(record, k)) continue;
          const v = record[k];
          const t = jsonName ? nameMap[k] ?? k : k;
          if (!(t in out)) out[t] = v;
        }
        return out;
      }
      needsTransform(ns) {
        if (ns.isBlobSchema() || ns.isTimestampSchema() || ns.isBigIntegerSchema() || ns.isBigDecimalSchema() || ns.isNumericSchema()) return true;
        if (ns.isDocumentSchema() || ns.isStructSchema() || ns.isListSchema() || ns.isMapSchema()) return true;
        if (ns.isStringSchema() && ns.getMergedTraits().mediaType) return true;
        return false;
      }
    }
    class JsonBytesStringAdapter extends Uint8Array {
      string=null;
      static allocUnsafe(bytes) {
        if (typeof Buffer === "function") {
          const buffer = Buffer.allocUnsafe(bytes);
          return new JsonBytesStringAdapter(buffer.buffer, buffer.byteOffset, buffer.byteLength);
        }
        return new JsonBytesStringAdapter(bytes);
      }
      toString() {
        return this.s();
      }
      valueOf() {
        return this.s();
      }
      includes(searchString, position) {
        if (typeof searchString === "string") return this.s().includes(searchString, position);
        return Uint8Array.prototype.includes.call(this, searchString, position);
      }
      indexOf(searchString, position) {
        if (typeof searchString === "string") return this.s().indexOf(searchString, position);
        return Uint8Array.prototype.indexOf.call(this, searchString, position);
      }
      lastIndexOf(searchString, position) {
        if (typeof searchString === "string") return this.s().lastIndexOf(searchString, position);
        const fn = Uint8Array.prototype.lastIndexOf;
        if (position !== void 0) return fn.call(this, searchString, position);
        return fn.call(this, searchString);
      }
      startsWith(searchString, position) {
        return this.s().startsWith(searchString, position);
      }
      endsWith(searchString, endPosition) {
        return this.s().endsWith(searchString, endPosition);
      }
      match(regexp) {
        return this.s().match(regexp);
      }
      replace(searchValue, replaceValue) {
        return this.s().replace(searchValue, replaceValue);
      }
      search(regexp) {
        return this.s().search(regexp);
      }
      split(separator, limit) {
        return this.s().split(separator, limit);
      }
      substring(start, end) {
        return this.s().substring(start, end);
      }
      trim() {
        return this.s().trim();
      }
      trimStart() {
        return this.s().trimStart();
      }
      trimEnd() {
        return this.s().trimEnd();
      }
      charAt(pos) {
        return this.s().charAt(pos);
      }
      charCodeAt(index) {
        return this.s().charCodeAt(index);
      }
      padStart(maxLength, fillString) {
        return this.s().padStart(maxLength, fillString);
      }
      padEnd(maxLength, fillString) {
        return this.s().padEnd(maxLength, fillString);
      }
      repeat(count) {
        return this.s().repeat(count);
      }
      toUpperCase() {
        return this.s().toUpperCase();
      }
      toLowerCase() {
        return this.s().toLowerCase();
      }
      s() {
        if (this.string == null) {
          const n = Date.now();
          if (n > warned + 6e4) {
            console.warn("@aws-sdk/core/protocols - WARN - JsonCodec2: you have called a string method on a Uint8Array request body. " + "It has been automatically converted to string. In a future version this will throw an error.");
            warned = n;
          }
          this.string = toUtf8(this);
        }
        return this.string;
      }
    }
    var warned = 0;
    const encoder = new TextEncoder;
    const OPEN_BRACE = 123;
    const CLOSE_BRACE = 125;
    const OPEN_BRACKET = 91;
    const CLOSE_BRACKET = 93;
    const QUOTE = 34;
    const COLON = 58;
    const COMMA = 44;
    const BACKSLASH = 92;
    const TRUE = new Uint8Array([ 116, 114, 117, 101 ]);
    const FALSE = new Uint8Array([ 102, 97, 108, 115, 101 ]);
    const NULL = new Uint8Array([ 110, 117, 108, 108 ]);
    const ESCAPE_TABLE = new Array(128).fill(null);
    ESCAPE_TABLE[8] = "b";
    ESCAPE_TABLE[9] = "t";
    ESCAPE_TABLE[10] = "n";
    ESCAPE_TABLE[12] = "f";
    ESCAPE_TABLE[13] = "r";
    ESCAPE_TABLE[34] = '"';
    ESCAPE_TABLE[92] = "\\";
    for (let i = 0; i < 32; i++) if (ESCAPE_TABLE[i] === null) ESCAPE_TABLE[i] = "u00" + i.toString(16).padStart(2, "0");
    const INITIAL_BUFFER_SIZE = 2048;
    function alloc(size) {
      return JsonBytesStringAdapter.allocUnsafe(size);
    }
    class JsonShapeSerializer2 extends SerdeContextConfig {
      settings;
      json;
      i=0;
      rootSchema;
      rawValue;
      passthrough=false;
      constructor(settings) {
        super();
        this.settings = settings;
        this.json = alloc(INITIAL_BUFFER_SIZE);
      }
      write(schema, value) {
        this.i = 0;
        this.rawValue = value;
        this.rootSchema = NormalizedSchema.of(schema);
        this.passthrough = this.rootSchema.isBlobSchema() || this.rootSchema.isStringSchema();
        if (!this.passthrough) this.writeValue(this.rootSchema, value, void 0);
      }
      writeDiscriminatedDocument(schema, value) {
        this.i = 0;
        this.rootSchema = NormalizedSchema.of(schema);
        const ns = this.rootSchema;
        if (ns.isStructSchema() && value != null && typeof value === "object") {
          this.writeValue(ns, value, void 0);
          const prefix = `"__type":"${ns.getName(true) ?? "Unknown"}",`;
          const z = prefix.length;
          this.ensure(z);
          this.json.copyWithin(1 + z, 1, this.i);
          encoder.encodeInto(prefix, this.json.subarray(1));
          this.i += z;
        } else this.writeValue(ns, value, void 0);
      }
      flush() {
        this.rootSchema = void 0;
        const finalPosition = this.i;
        this.i = 0;
        const raw = this.rawValue;
        this.rawValue = void 0;
        if (finalPosition === 0) return raw;
        const result = this.json.subarray(0, finalPosition);
        this.json = alloc(INITIAL_BUFFER_SIZE);
        return result;
      }
      ensure(byteCount) {
        const {i: i, json: json} = this;
        if (i + byteCount > json.length) {
          let newSize = json.length * 2;
          while (newSize < i + byteCount) newSize *= 2;
          const next = alloc(newSize);
          next.set(this.json);
          this.json = next;
        }
      }
      writeAscii(s) {
        const z = s.length;
        this.ensure(z);
        let {i: i, json: json} = this;
        for (let j = 0; j < z; ++j) {
          json[i] = s.charCodeAt(j);
          i += 1;
        }
        this.i = i;
      }
      writeAsciiQuoted(s) {
        const z = s.length;
        this.ensure(z + 4);
        let {json: json, i: i} = this;
        json[i++] = QUOTE;
        for (let j = 0; j < z; ++j) json[i++] = s.charCodeAt(j);
        json[i++] = QUOTE;
        this.i = i;
      }
      writeJsonString(s) {
        const z = s.length;
        this.ensure(z * 3 + 2);
        this.json[this.i++] = QUOTE;
        for (let j = 0; j < z; ++j) {
          const c = s.charCodeAt(j);
          if (c > 34 && c < 92) this.json[this.i++] = c; else if (c < 128) {
            const esc = ESCAPE_TABLE[c];
            if (esc !== null) {
              this.ensure(esc.length + 1 + (z - j - 1) * 3 + 1);
              this.json[this.i++] = BACKSLASH;
              for (let k = 0; k < esc.length; k++) this.json[this.i++] = esc.charCodeAt(k);
            } else this.json[this.i++] = c;
          } else if (c >= 55296 && c <= 56319) {
            const next = j + 1 < z ? s.charCodeAt(j + 1) : 0;
            if (next >= 56320 && next <= 57343) {
              this.ensure(4);
              const {written: written} = encoder.encodeInto(s.substring(j, j + 2), this.json.subarray(this.i));
              this.i += written;
              ++j;
            } else {
              this.ensure(6 + (z - j - 1) * 3 + 1);
              this.writeUnicodeEscape(c);
            }
          } else if (c >= 56320 && c <= 57343) {
            this.ensure(6 + (z - j - 1) * 3 + 1);
            this.writeUnicodeEscape(c);
          } else {
            let {i: i, json: json} = this;
            if (c < 2048) {
              json[i++] = 192 | c >> 6;
              json[i++] = 128 | c & 63;
            } else {
              json[i++] = 224 | c >> 12;
              json[i++] = 128 | c >> 6 & 63;
              json[i++] = 128 | c & 63;
            }
            this.i = i;
          }
        }
        this.json[this.i++] = QUOTE;
      }
      writeUnicodeEscape(code) {
        let {json: json, i: i} = this;
        json[i++] = BACKSLASH;
        json[i++] = 117;
        const hex = code.toString(16).padStart(4, "0");
        for (let j = 0; j < 4; ++j) json[i++] = hex.charCodeAt(j);
        this.i = i;
      }
      static B64=(() => {
        const chars = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        const table = new Uint8Array(64);
        for (let i = 0; i < 64; ++i) table[i] = chars.charCodeAt(i);
        return table;
      })();
      writeBase64(data) {
        const b64Len = Math.ceil(data.length / 3) * 4;
        this.ensure(b64Len + 2);
        const json = this.json;
        const B64 = JsonShapeSerializer2.B64;
        let i = this.i;
        json[i++] = QUOTE;
        const len = data.length;
        const remainder = len % 3;
        const mainLen = len - remainder;
        for (let j = 0; j < mainLen; j += 3) {
          const a = data[j];
          const b = data[j + 1];
          const c = data[j + 2];
          json[i++] = B64[a >> 2];
          json[i++] = B64[(a & 3) << 4 | b >> 4];
          json[i++] = B64[(b & 15) << 2 | c >> 6];
          json[i++] = B64[c & 63];
        }
        if (remainder === 2) {
          const a = data[mainLen];
          const b = data[mainLen + 1];
          json[i++] = B64[a >> 2];
          json[i++] = B64[(a & 3) << 4 | b >> 4];
          json[i++] = B64[(b & 15) << 2];
          json[i++] = 61;
        } else if (remainder === 1) {
          const a = data[mainLen];
          json[i++] = B64[a >> 2];
          json[i++] = B64[(a & 3) << 4];
          json[i++] = 61;
          json[i++] = 61;
        }
        json[i++] = QUOTE;
        this.i = i;
      }
      writeValue(schema, value, container) {
        if (value == null) {
          if (container?.isStructSchema()) {
            if (value === void 0) {
              const ns = NormalizedSchema.of(schema);
              if (ns.isIdempotencyToken()) {
                this.writeAsciiQuoted(generateIdempotencyToken());
                return;
              }
            }
            return;
          }
          this.ensure(4);
          this.json.set(NULL, this.i);
          this.i += 4;
          return;
        }
        const ns = NormalizedSchema.of(schema);
        const isObject = typeof value === "object";
        if (ns.isStringSchema()) {
          const mediaType = ns.getMergedTraits().mediaType;
          if (mediaType) {
            const isJson = mediaType === "application/json" || mediaType.endsWith("+json");
            if (isJson) {
              this.writeJsonString(LazyJsonString.from(value).toString());
              return;
            }
          }
        }
        if (this.settings.bigNumberAsString && value != null && (ns.isBigIntegerSchema() || ns.isBigDecimalSchema())) {
          const asString = value instanceof NumericValue ? value.string : String(value);
          this.writeAsciiQuoted(asString);
          return;
        }
        if (isObject) {
          if (ns.isStructSchema()) {
            this.writeStruct(ns, value);
            return;
          }
          if (Array.isArray(value) && (ns.isListSchema() || ns.isDocumentSchema())) {
            this.writeList(ns, value, ns.isDocumentSchema());
            return;
          }
          if (ns.isMapSchema()) {
            this.writeMap(ns, value, false);
            return;
          }
          if (value instanceof Uint8Array && (ns.isBlobSchema() || ns.isDocumentSchema())) {
            this.writeBase64(value);
            return;
          }
          if (value instanceof Date && (ns.isTimestampSchema() || ns.isDocumentSchema())) {
            this.writeTimestamp(ns, value);
            return;
          }
          if (value instanceof NumericValue) {
            this.writeAscii(value.string);
            return;
          }
          if (ns.isDocumentSchema()) {
            if (Array.isArray(value)) this.writeList(ns, value, true); else this.writeMap(ns, value, true);
            return;
          }
          const json = JSON.stringify(value);
          this.writeAscii(json);
          return;
        }
        if (typeof value === "string") {
          if (ns.isBlobSchema()) {
            const b64 = (this.serdeContext?.base64Encoder ?? toBase64)(value);
            this.writeAsciiQuoted(b64);
            return;
          }
          this.writeJsonString(value);
          return;
        }
        if (typeof value === "number") {
          if (Math.abs(value) === 1 / 0 || Number.isNaN(value)) {
            this.writeAsciiQuoted(String(value));
            return;
          }
          const numStr = String(value);
          this.writeAscii(numStr);
          return;
        }
        if (typeof value === "boolean") {
          this.ensure(5);
          let {i: i, json: json} = this;
          if (value) {
            json.set(TRUE, i);
            i += 4;
          } else {
            json.set(FALSE, i);
            i += 5;
          }
          this.i = i;
          return;
        }
        if (typeof value === "bigint") {
          this.writeAscii(value.toString());
          return;
        }
        this.writeAscii(String(value));
      }
      writeStruct(ns, value) {
        this.ensure(2);
        this.json[this.i++] = OPEN_BRACE;
        let wroteAny = false;
        const hasType = typeof value.__type === "string";
        let writtenKeys;
        if (hasType) writtenKeys = new Set;
        for (const [memberName, memberSchema] of ns.structIterator()) {
          const item = value[memberName];
          if (item == null && !memberSchema.isIdempotencyToken()) continue;
          if (wroteAny) {
            this.ensure(1);
            this.json[this.i++] = COMMA;
          }
          wroteAny = true;
          const targetKey = this.settings.jsonName ? memberSchema.getMergedTraits().jsonName ?? memberName : memberName;
          if (writtenKeys) {
            writtenKeys.add(memberName);
            writtenKeys.add(targetKey);
          }
          this.writeAsciiQuoted(targetKey);
          this.json[this.i++] = COLON;
          this.writeValue(memberSchema, item, ns);
        }
        if (!wroteAny && ns.isUnionSchema()) {
          const {$unknown: $unknown} = value;
          if (Array.isArray($unknown)) {
            const [k, v] = $unknown;
            this.writeAsciiQuoted(k);
            this.ensure(1);
            this.json[this.i++] = COLON;
            this.writeValue(15, v, ns);
          }
        } else if (hasType) for (const k in value) {
          if (writtenKeys.has(k)) continue;
          writtenKeys.add(k);
          const v = value[k];
          if (wroteAny) {
            this.ensure(1);
            this.json[this.i++] = COMMA;
          }
          wroteAny = true;
          this.writeAsciiQuoted(k);
          this.ensure(1);
          this.json[this.i++] = COLON;
          this.writeValue(15, v, void 0);
        }
        this.ensure(1);
        this.json[this.i++] = CLOSE_BRACE;
      }
      writeList(ns, value, isDocument) {
        const sparse = !!ns.getMergedTraits().sparse;
        const valueSchema = ns.getValueSchema();
        if (!isDocument) if (valueSchema.isStringSchema() || valueSchema.isNumericSchema() || valueSchema.isBooleanSchema()) {
          let hasSpecials = false;
          for (let i = 0; i < value.length; ++i) {
            const v = value[i];
            if (Number.isNaN(v) || v === 1 / 0 || v === -1 / 0 || v == null && !sparse) {
              hasSpecials = true;
              break;
            }
          }
          let json;
          if (!hasSpecials) json = JSON.stringify(value); else {
            const out = [];
            for (let i = 0; i < value.length; ++i) {
              const v = value[i];
              if (v == null && !sparse) continue;
              if (Number.isNaN(v) || v === 1 / 0 || v === -1 / 0) out.push(String(v)); else out.push(v);
            }
            json = JSON.stringify(out);
          }
          this.ensure(json.length * 3);
          this.i += encoder.encodeInto(json, this.json.subarray(this.i)).written;
          return;
        }
        this.ensure(2);
        this.json[this.i++] = OPEN_BRACKET;
        let wroteFirstItem = false;
        for (let i = 0; i < value.length; ++i) {
          const item = value[i];
          if (isDocument ? item === void 0 : item == null && !sparse) continue;
          if (wroteFirstItem) {
            this.ensure(1);
            this.json[this.i++] = COMMA;
          }
          this.writeValue(valueSchema, item, void 0);
          wroteFirstItem = true;
        }
        this.ensure(1);
        this.json[this.i++] = CLOSE_BRACKET;
      }
      writeMap(ns, value, isDocument) {
        const sparse = !!ns.getMergedTraits().sparse;
        const valueSchema = ns.getValueSchema();
        if (!isDocument) if (valueSchema.isStringSchema() || valueSchema.isNumericSchema() || valueSchema.isBooleanSchema()) {
          let modifications;
          for (const k in value) {
            if (!hasOwn(value, k)) continue;
            const v = value[k];
            if (Number.isNaN(v) || v === 1 / 0 || v === -1 / 0) {
              (modifications ??= {})[k] = v;
              value[k] = String(v);
            } else if (v === null && !sparse) {
              (modifications ??= {})[k] = null;
              value[k] = void 0;
            }
          }
          const json = JSON.stringify(value);
          if (modifications) Object.assign(value, modifications);
          this.ensure(json.length * 3);
          this.i += encoder.encodeInto(json, this.json.subarray(this.i)).written;
          return;
        }
        this.ensure(2);
        this.json[this.i++] = OPEN_BRACE;
        let first = true;
        for (const k in value) {
          if (!hasOwn(value, k)) continue;
          const v = value[k];
          if (isDocument ? v === void 0 : v == null && !sparse) continue;
          if (!first) {
            this.ensure(1);
            this.json[this.i++] = COMMA;
          }
          first = false;
          this.writeJsonString(k);
          this.ensure(1);
          this.json[this.i++] = COLON;
          this.writeValue(valueSchema, v, void 0);
        }
        this.ensure(1);
        this.json[this.i++] = CLOSE_BRACE;
      }
      writeTimestamp(ns, value) {
        const format = determineTimestampFormat(ns, this.settings);
        switch (format) {
         case 5:
          {
            const iso = value.toISOString().replace(".000Z", "Z");
            this.writeAsciiQuoted(iso);
            return;
          }

         case 6:
          this.writeAsciiQuoted(dateToUtcString(value));
          return;

         case 7:
          {
            const epochSecs = String(value.getTime() / 1e3);
            this.writeAscii(epochSecs);
            return;
          }

         default:
          {
            const epochSecs = String(value.getTime() / 1e3);
            this.writeAscii(epochSecs);
            return;
          }
        }
      }
    }
    class JsonCodec2 extends SerdeContextConfig {
      settings;
      constructor(settings) {
        super();
        this.settings = settings;
      }
      createSerializer() {
        const serializer = new JsonShapeSerializer2(this.settings);
        serializer.setSerdeContext(this.serdeContext);
        return serializer;
      }
      createDeserializer() {
        const deserializer = new JsonShapeDeserializer2(this.settings);
        deserializer.setSerdeContext(this.serdeContext);
        return deserializer;
      }
    }
    class JsonShapeDeserializer extends SerdeContextConfig {
      settings;
      constructor(settings) {
        super();
        this.settings = settings;
      }
      async read(schema, data) {
        const reviver = needsReviver(schema) ? jsonReviver : void 0;
        return this._read(schema, typeof data === "string" ? JSON.parse(data, reviver) : await parseJsonBody(data, this.serdeContext, schema));
      }
      readObject(schema, data) {
        return this._read(schema, data);
      }
      _read(schema, value) {
        const isObject = value !== null && typeof value === "object";
        const ns = NormalizedSchema.of(schema);
        if (isObject) {
          if (ns.isStructSchema()) {
            const record = value;
            const union = ns.isUnionSchema();
            const out = {};
            let nameMap;
            const {jsonName: jsonName} = this.settings;
            if (jsonName) nameMap = {};
            let unionSerde;
            if (union) unionSerde = new UnionSerde(record, out);
            for (const [memberName, memberSchema] of ns.structIterator()) {
              let fromKey = memberName;
              if (jsonName) {
                fromKey = memberSchema.getMergedTraits().jsonName ?? fromKey;
                nameMap[fromKey] = memberName;
              }
              if (union) unionSerde.mark(fromKey);
              if (record[fromKey] != null) out[memberName] = this._read(memberSchema, record[fromKey]);
            }
            if (union) unionSerde.writeUnknown(); else if (typeof record.__type === "string") for (const k in record) {
              if (!hasOwn(record, k)) continue;
              const v = record[k];
              const t = jsonName ? nameMap[k] ?? k : k;
              if (!(t in out)) out[t] = v;
            }
            return out;
          }
          if (Array.isArray(value) && ns.isListSchema()) {
            const listMember = ns.getValueSchema();
            const out = [];
            for (const item of value) out.push(this._read(listMember, item));
            return out;
          }
          if (ns.isMapSchema()) {
            const mapMember = ns.getValueSchema();
            const out = {};
            for (const _k in value) {
              if (!hasOwn(value, _k)) continue;
              if (_k === "__proto__") writeKey(out);
              out[_k] = this._read(mapMember, value[_k]);
            }
            return out;
          }
        }
        if (ns.isBlobSchema() && typeof value === "string") return fromBase64(value);
        const mediaType = ns.getMergedTraits().mediaType;
        if (ns.isStringSchema() && typeof value === "string" && mediaType) {
          const isJson = mediaType === "application/json" || mediaType.endsWith("+json");
          if (isJson) return LazyJsonString.from(value);
          return value;
        }
        if (ns.isTimestampSchema() && value != null) {
          const format = determineTimestampFormat(ns, this.settings);
          switch (format) {
           case 5:
            return parseRfc3339DateTimeWithOffset(value);

           case 6:
            return parseRfc7231DateTime(value);

           case 7:
            return parseEpochTimestamp(value);

           default:
            console.warn("Missing timestamp format, parsing value with Date constructor:", value);
            return new Date(value);
          }
        }
        if (ns.isBigIntegerSchema() && (typeof value === "number" || typeof value === "string")) return BigInt(value);
        if (ns.isBigDecimalSchema() && value != void 0) {
          if (value instanceof NumericValue) return value;
          const untyped = value;
          if (untyped.type === "bigDecimal" && "string" in untyped) return new NumericValue(untyped.string, untyped.type);
          return new NumericValue(String(value), "bigDecimal");
        }
        if (ns.isNumericSchema() && typeof value === "string") {
          switch (value) {
           case "Infinity":
            return 1 / 0;

           case "-Infinity":
            return -1 / 0;

           case "NaN":
            return NaN;
          }
          return value;
        }
        if (ns.isDocumentSchema()) if (isObject) {
          const out = Array.isArray(value) ? [] : {};
          for (const k in value) {
            if (!hasOwn(value, k)) continue;
            if (k === "__proto__") writeKey(out);
            const v = value[k];
            if (v instanceof NumericValue) out[k] = v; else out[k] = this._read(ns, v);
          }
          return out;
        } else return structuredClone(value);
        return value;
      }
    }
    const NUMERIC_CONTROL_CHAR = String.fromCharCode(925);
    class JsonReplacer {
      values=new Map;
      counter=0;
      stage=0;
      createReplacer() {
        if (this.stage === 1) throw new Error("@aws-sdk/core/protocols - JsonReplacer already created.");
        if (this.stage === 2) throw new Error("@aws-sdk/core/protocols - JsonReplacer exhausted.");
        this.stage = 1;
        return (key, value) => {
          if (value instanceof NumericValue) {
            const v = `${NUMERIC_CONTROL_CHAR + "nv" + this.counter++}_` + value.string;
            this.values.set(`"${v}"`, value.string);
            return v;
          }
          if (typeof value === "bigint") {
            const s = value.toString();
            const v = `${NUMERIC_CONTROL_CHAR + "b" + this.counter++}_` + s;
            this.values.set(`"${v}"`, s);
            return v;
          }
          return value;
        };
      }
      replaceInJson(json) {
        if (this.stage === 0) throw new Error("@aws-sdk/core/protocols - JsonReplacer not created yet.");
        if (this.stage === 2) throw new Error("@aws-sdk/core/protocols - JsonReplacer exhausted.");
        this.stage = 2;
        if (this.counter === 0) return json;
        for (const [key, value] of this.values) json = json.replace(key, value);
        return json;
      }
    }
    class JsonShapeSerializer extends SerdeContextConfig {
      settings;
      buffer;
      useReplacer=false;
      rootSchema;
      constructor(settings) {
        super();
        this.settings = settings;
      }
      write(schema, value) {
        this.rootSchema = NormalizedSchema.of(schema);
        this.buffer = this._write(this.rootSchema, value);
      }
      flush() {
        const {rootSchema: rootSchema, useReplacer: useReplacer} = this;
        this.rootSchema = void 0;
        this.useReplacer = false;
        if (rootSchema?.isStructSchema() || rootSchema?.isDocumentSchema()) {
          if (!useReplacer) return JSON.stringify(this.buffer);
          const replacer = new JsonReplacer;
          return replacer.replaceInJson(JSON.stringify(this.buffer, replacer.createReplacer(), 0));
        }
        return this.buffer;
      }
      writeDiscriminatedDocument(schema, value) {
        this.write(schema, value);
        if (typeof this.buffer === "object") this.buffer.__type = NormalizedSchema.of(schema).getName(true);
      }
      _write(schema, value, container) {
        const isObject = value !== null && typeof value === "object";
        const ns = NormalizedSchema.of(schema);
        if (isObject) {
          if (ns.isStructSchema()) {
            const record = value;
            const out = {};
            const {jsonName: jsonName} = this.settings;
            let nameMap;
            if (jsonName) nameMap = {};
            let outCount = 0;
            for (const [memberName, memberSchema] of ns.structIterator()) {
              const serializableValue = this._write(memberSchema, record[memberName], ns);
              if (serializableValue !== void 0) {
                let targetKey = memberName;
                if (jsonName) {
                  targetKey = memberSchema.getMergedTraits().jsonName ?? memberName;
                  nameMap[memberName] = targetKey;
                }
                out[targetKey] = serializableValue;
                outCount++;
              }
            }
            if (ns.isUnionSchema() && outCount === 0) {
              const {$unknown: $unknown} = record;
              if (Array.isArray($unknown)) {
                const [k, v] = $unknown;
                if (k === "__proto__") writeKey(out);
                out[k] = this._write(15, v);
              }
            } else if (typeof record.__type === "string") for (const k in record) {
              if (!hasOwn(record, k)) continue;
              const v = record[k];
              const targetKey = jsonName ? nameMap[k] ?? k : k;
              if (!(targetKey in out)) out[targetKey] = this._write(15, v);
            }
            return out;
          }
          if (Array.isArray(value) && ns.isListSchema()) {
            const listMember = ns.getValueSchema();
            const out = [];
            const sparse = !!ns.getMergedTraits().sparse;
            for (const item of value) if (sparse || item != null) out.push(this._write(listMember, item));
            return out;
          }
          if (ns.isMapSchema()) {
            const mapMember = ns.getValueSchema();
            const out = {};
            const sparse = !!ns.getMergedTraits().sparse;
            for (const _k in value) {
              if (!hasOwn(value, _k)) continue;
              const _v = value[_k];
              if (sparse || _v != null) {
                if (_k === "__proto__") writeKey(out);
                out[_k] = this._write(mapMember, _v);
              }
            }
            return out;
          }
          if (value instanceof Uint8Array && ns.isBlobSchema()) {
            if (ns === this.rootSchema) return value;
            return (this.serdeContext?.base64Encoder ?? toBase64)(value);
          }
          if (value instanceof Date && (ns.isTimestampSchema() || ns.isDocumentSchema())) {
            const format = determineTimestampFormat(ns, this.settings);
            switch (format) {
             case 5:
              return value.toISOString().replace(".000Z", "Z");

             case 6:
              return dateToUtcString(value);

             case 7:
              return value.getTime() / 1e3;

             default:
              console.warn("Missing timestamp format, using epoch seconds", value);
              return value.getTime() / 1e3;
            }
          }
          if (value instanceof NumericValue) this.useReplacer = true;
        }
        if (value === null && container?.isStructSchema()) return;
        if (ns.isStringSchema()) {
          if (typeof value === "undefined" && ns.isIdempotencyToken()) return generateIdempotencyToken();
          const mediaType = ns.getMergedTraits().mediaType;
          if (value != null && mediaType) {
            const isJson = mediaType === "application/json" || mediaType.endsWith("+json");
            if (isJson) return LazyJsonString.from(value);
          }
          return value;
        }
        if (typeof value === "number") {
          if (Math.abs(value) === 1 / 0 || isNaN(value)) return String(value);
          return value;
        }
        if (typeof value === "string" && ns.isBlobSchema()) {
          if (ns === this.rootSchema) return value;
          return (this.serdeContext?.base64Encoder ?? toBase64)(value);
        }
        if (typeof value === "bigint") this.useReplacer = true;
        if (ns.isDocumentSchema()) if (isObject) {
          if (value instanceof Uint8Array) return (this.serdeContext?.base64Encoder ?? toBase64)(value);
          const out = Array.isArray(value) ? [] : {};
          for (const k in value) {
            if (!hasOwn(value, k)) continue;
            const v = value[k];
            if (k === "__proto__") writeKey(out);
            if (v instanceof NumericValue) {
              this.useReplacer = true;
              out[k] = v;
            } else out[k] = this._write(ns, v);
          }
          return out;
        } else return structuredClone(value);
        return value;
      }
    }
    exports.AbstractRpcV2Protocol = AbstractRpcV2Protocol;
    exports.Field = class {
      name;
      kind;
      values;
      constructor({name: name, kind: kind = FieldPosition.HEADER, values: values = []}) {
        this.name = name;
        this.kind = kind;
        this.values = values;
      }
      add(value) {
        this.values.push(value);
      }
      set(values) {
        this.values = values;
      }
      remove(value) {
        this.values = this.values.filter(v => v !== value);
      }
      toString() {
        return this.values.map(v => v.includes(",") || v.includes(" ") ? `"${v}"` : v).join(", ");
      }
      get() {
        return this.values;
      }
    };
    exports.Fields = class {
      entries={};
      encoding;
      constructor({fields: fields = [], encoding: encoding = "utf-8"}) {
        fields.forEach(this.setField.bind(this));
        this.encoding = encoding;
      }
      setField(field) {
        this.entries[field.name.toLowerCase()] = field;
      }
      getField(name) {
        return this.entries[name.toLowerCase()];
      }
      removeField(name) {
        delete this.entries[name.toLowerCase()];
      }
      getByType(kind) {
        return Object.values(this.entries).filter(field => field.kind === kind);
      }
    };
    exports.FromStringShapeDeserializer = FromStringShapeDeserializer;
    exports.HttpBindingProtocol = class extends HttpProtocol {
      async serializeRequest(operationSchema, _input, context) {
        const input = _input && typeof _input === "object" ? _input : {};
        const query = {};
        const endpoint = await context.endpoint();
        const ns = HttpBindingNormalizedSchema.of(operationSchema?.input);
        const bindings = ns.getHttpBindings().request;
        const operation = getHttpOperationBindings(operationSchema);
        const request = new HttpRequest({
          query: query,
          headers: {}
        });
        if (endpoint) {
          this.updateServiceEndpoint(request, endpoint);
          this.setHostPrefix(request, operationSchema, input, operation);
          const [method, path, staticQuery] = operation;
          if (method) {
            request.method = method;
            request.path = request.path === "/" ? path : request.path + path;
            for (const [key, value] of staticQuery) query[key] = value;
          }
        }
        request.query = query;
        const eventStream = this.serializeHttpBindings(input, request, bindings, operation);
        if (eventStream) request.body = await this.serializeEventStream({
          eventStream: eventStream,
          requestSchema: ns
        });
        return request;
      }
      serializeHttpBindings(input, request, bindings, operation) {
        const serializer = this.serializer;
        const directSerializer = typeof serializer.writeCodec === "function" ? serializer : void 0;
        const query = request.query;
        const headers = request.headers;
        const bodySchema = bindings.syntheticBodySchema;
        let hasBodyValue = false;
        let payload;
        let eventStream;
        let labels;
        const names = Object.getOwnPropertyNames(input);
        const prototype = Object.getPrototypeOf(input);
        const sparse = (prototype === Object.prototype || prototype === null) && !bindings.hasIdempotency && !bindings.hasPrefixHeaders && names.length * 2 < bindings.memberBindings.length;
        const length = sparse ? names.length : bindings.memberBindings.length;
        for (let i = 0; i < length; ++i) {
          const binding = sparse ? hasOwn(bindings.byName, names[i]) ? bindings.byName[names[i]] : void 0 : bindings.memberBindings[i];
          if (!binding) continue;
          const value = binding[1];
          const memberName = binding[0];
          const memberNs = value[0];
          const flags = value[1];
          const collectionValue = value[2];
          const location = binding[2];
          const wireName = binding[3];
          const inputMemberValue = input[memberName];
          if (inputMemberValue == null && !(flags >> 10 & 1)) continue;
          if (location === 36) {
            const stream = flags >> 11 & 3;
            if (stream) if (stream === 2) eventStream = inputMemberValue || void 0; else payload = inputMemberValue; else {
              if (directSerializer) directSerializer.writeCodec(memberNs, inputMemberValue); else serializer.write(memberNs, inputMemberValue);
              payload = serializer.flush();
            }
          } else if (location === 33 || location === 38) {
            const serialized = this.serializeHttpValue(value, inputMemberValue, location, directSerializer);
            if (location === 33) (labels ??= Object.create(null))[memberName] = serialized; else headers[wireName] = serialized;
          } else if (location === 39) for (const key in inputMemberValue) {
            if (!hasOwn(inputMemberValue, key)) continue;
            const amalgam = wireName + key;
            headers[amalgam.toLowerCase()] = this.serializeHttpValue(collectionValue, inputMemberValue[key], 38, directSerializer, directSerializer ? collectionValue[0] : [ collectionValue[0], {
              httpHeader: amalgam
            } ]);
          } else if ((location & 62) === 34) this.serializeQuery(value, inputMemberValue, wireName, query, directSerializer); else hasBodyValue = true;
        }
        const operationPath = operation[1];
        const pathSegments = operation[3];
        if (operationPath && pathSegments && request.path.endsWith(operationPath)) request.path = request.path.slice(0, -operationPath.length) + this.serializePath(pathSegments, labels, bindings);
        if (hasBodyValue && bodySchema) {
          if (directSerializer) directSerializer.writeCodec(bodySchema, input); else serializer.write(bodySchema, input);
          payload = serializer.flush();
        }
        request.body = payload;
        return eventStream;
      }
      serializeQuery(value, data, wireName, query, directSerializer) {
        const [ns, flags, collectionValue] = value;
        const traits = directSerializer ? void 0 : ns.getMergedTraits();
        if (wireName === void 0) {
          for (const key in data) {
            if (!hasOwn(data, key) || key in query) continue;
            if (!directSerializer) Object.assign(collectionValue[0].getMergedTraits(), {
              ...traits,
              httpQuery: key,
              httpQueryParams: void 0
            });
            this.serializeQuery(collectionValue, data[key], key, query, directSerializer);
          }
          return;
        }
        if ((flags & 192) === 64) {
          const buffer = [];
          for (const item of data) {
            const serialized = this.serializeHttpValue(collectionValue, item, 34, directSerializer, directSerializer ? collectionValue[0] : [ collectionValue[0], traits ]);
            if (flags >> 13 & 1 || serialized !== void 0) buffer.push(serialized);
          }
          query[wireName] = buffer;
        } else query[wireName] = this.serializeHttpValue(value, data, 34, directSerializer, directSerializer ? ns : [ ns, traits ]);
      }
      serializeHttpValue(value, data, location, directSerializer, schema = value[0]) {
        const flags = value[1];
        const type = flags & 255;
        if (directSerializer && !(flags & 1792) && (type <= 2 || type === 17 || type === 19)) return String(data);
        if (directSerializer) directSerializer.writeHttpBinding(value, data, location); else this.serializer.write(schema, data);
        return this.serializer.flush();
      }
      serializePath(segments, labels, bindings) {
        let path = "";
        for (const [value, kind] of segments) {
          if (kind === 0) {
            path += value;
            continue;
          }
          const replacement = labels?.[value];
          if (replacement === void 0) {
            if (hasOwn(bindings.byName, value) && bindings.byName[value][2] === 33) throw new Error(`No value provided for input HTTP label: ${value}.`);
            path += `{${value}${kind === 2 ? "+" : ""}}`;
          } else path += kind === 2 ? replacement.split("/").map(extendedEncodeURIComponent).join("/") : extendedEncodeURIComponent(replacement);
        }
        return path;
      }
      async deserializeResponse(operationSchema, context, response) {
        const deserializer = this.deserializer;
        const directDeserializer = typeof deserializer.readCodec === "function" ? deserializer : void 0;
        const ns = HttpBindingNormalizedSchema.of(operationSchema.output);
        const responseBindings = ns.getHttpBindings().response;
        const dataObject = {};
        if (response.statusCode >= 300) {
          const bytes = await collectBody(response.body, context);
          if (bytes.byteLength > 0) Object.assign(dataObject, await deserializer.read(15, bytes));
          await this.handleError(operationSchema, context, response, dataObject, this.deserializeMetadata(response));
          throw new Error("@smithy/core/protocols - HTTP Protocol error handler failed to throw.");
        }
        const nonHttpBindingMembers = await this.deserializeHttpMessage(ns, context, response, dataObject);
        if (nonHttpBindingMembers.length) {
          const bytes = await collectBody(response.body, context);
          if (bytes.byteLength > 0) {
            const dataFromBody = await (directDeserializer ? directDeserializer.readCodec(responseBindings.syntheticBodySchema, bytes) : deserializer.read(responseBindings.syntheticBodySchema, bytes));
            for (const member of nonHttpBindingMembers) if (dataFromBody[member] != null) dataObject[member] = dataFromBody[member];
          }
        } else if (!responseBindings.bindings.payload) await collectBody(response.body, context);
        dataObject.$metadata = this.deserializeMetadata(response);
        return dataObject;
      }
      async deserializeHttpMessage(schema, context, response, arg4, arg5) {
        const dataObject = arg4 instanceof Set ? arg5 : arg4;
        const deserializer = this.deserializer;
        const directDeserializer = typeof deserializer.readCodec === "function" ? deserializer : void 0;
        const ns = HttpBindingNormalizedSchema.of(schema);
        const {bodyMemberNames: bodyMemberNames, bindings: {payload: payload, statusCode: statusCode, headers: responseHeaders, prefixHeaders: prefixHeaders}} = ns.getHttpBindings().response;
        const headers = response.headers;
        if (payload) {
          const [memberName, value] = payload;
          const [memberSchema, flags] = value;
          const stream = flags >> 11 & 3;
          if (stream) if (stream === 2) dataObject[memberName] = await this.deserializeEventStream({
            response: response,
            responseSchema: ns
          }); else dataObject[memberName] = sdkStreamMixin(response.body); else if (response.body) {
            const bytes = await collectBody(response.body, context);
            if (bytes.byteLength > 0) dataObject[memberName] = await (directDeserializer ? directDeserializer.readPayload(value, bytes) : deserializer.read(memberSchema, bytes));
          }
        }
        for (const header in headers) {
          if (!hasOwn(headers, header)) continue;
          const lower = header.toLowerCase();
          const headerValue = headers[header];
          if (lower !== header) {
            delete headers[header];
            headers[lower] = headerValue;
          }
          const binding = hasOwn(responseHeaders, lower) ? responseHeaders[lower] : void 0;
          if (!binding) continue;
          const [memberName, [memberSchema, flags, collectionValue], , wireName] = binding;
          if (collectionValue) {
            const sections = flags >> 16 & 1 ? splitEvery(headerValue, ",", 2) : splitHeader(headerValue);
            const list = [];
            for (const section of sections) list.push(directDeserializer ? directDeserializer.readHttpBinding(collectionValue, section.trim(), 38) : await deserializer.read([ collectionValue[0], {
              httpHeader: wireName
            } ], section.trim()));
            dataObject[memberName] = list;
          } else dataObject[memberName] = directDeserializer ? directDeserializer.readHttpBinding(binding[1], headerValue, 38) : await deserializer.read(memberSchema, headerValue);
        }
        for (const [memberName, [, , collectionValue], , wireName] of prefixHeaders) {
          dataObject[memberName] = {};
          for (const header in headers) {
            if (!hasOwn(headers, header)) continue;
            if (!header.startsWith(wireName)) continue;
            const headerValue = headers[header];
            dataObject[memberName][header.slice(wireName.length)] = directDeserializer ? directDeserializer.readHttpBinding(collectionValue, headerValue, 38) : await deserializer.read([ collectionValue[0], {
              httpHeader: header
            } ], headerValue);
          }
        }
        if (statusCode) dataObject[statusCode[0]] = response.statusCode;
        return bodyMemberNames;
      }
    };
    exports.HttpInterceptingShapeDeserializer = class extends SerdeContext {
      codecDeserializer;
      stringDeserializer;
      constructor(codecDeserializer, codecSettings) {
        super();
        this.codecDeserializer = codecDeserializer;
        this.stringDeserializer = new FromStringShapeDeserializer(codecSettings);
      }
      setSerdeContext(serdeContext) {
        this.stringDeserializer.setSerdeContext(serdeContext);
        this.codecDeserializer.setSerdeContext(serdeContext);
        this.serdeContext = serdeContext;
      }
      read(schema, data) {
        const ns = HttpBindingNormalizedSchema.of(schema);
        const traits = ns.getMergedTraits();
        if (traits.httpHeader || traits.httpResponseCode) {
          const value = ns.getHttpBindingValue(38, traits);
          return this.readHttpBinding(value, data, 38);
        }
        if (traits.httpPayload) return this.readPayload(ns.getHttpBindingValue(36, traits), data);
        return this.readCodec(ns, data);
      }
      readHttpBinding(binding, data, location) {
        const value = typeof data === "string" ? data : (this.serdeContext?.utf8Encoder ?? toUtf8)(data);
        return this.stringDeserializer.readHttpBinding(binding, value, location);
      }
      readPayload([schema, flags], data) {
        const type = flags & 255;
        if (type === 21 || type === 42) return typeof data === "string" ? (this.serdeContext?.utf8Decoder ?? fromUtf8)(data) : data;
        if (type === 0) return typeof data === "string" ? data : (this.serdeContext?.utf8Encoder ?? toUtf8)(data);
        return this.readCodec(schema, data);
      }
      readCodec(schema, data) {
        return this.codecDeserializer.read(schema, data);
      }
    };
    exports.HttpInterceptingShapeSerializer = class {
      codecSerializer;
      stringSerializer;
      buffer;
      constructor(codecSerializer, codecSettings, stringSerializer = new ToStringShapeSerializer(codecSettings)) {
        this.codecSerializer = codecSerializer;
        this.stringSerializer = stringSerializer;
      }
      setSerdeContext(serdeContext) {
        this.codecSerializer.setSerdeContext(serdeContext);
        this.stringSerializer.setSerdeContext(serdeContext);
      }
      write(schema, value) {
        const ns = HttpBindingNormalizedSchema.of(schema);
        const traits = ns.getMergedTraits();
        if (traits.httpHeader || traits.httpLabel || traits.httpQuery) {
          const location = ns.getHttpBindingLocation(traits);
          this.writeHttpBinding(ns.getHttpBindingValue(location, traits), value, location);
          return;
        }
        this.writeCodec(ns, value);
      }
      writeHttpBinding(binding, value, location) {
        this.stringSerializer.writeHttpBinding(binding, value, location);
        this.buffer = this.stringSerializer.flush();
      }
      writeCodec(schema, value) {
        this.codecSerializer.write(schema, value);
      }
      flush() {
        if (this.buffer !== void 0) {
          const buffer = this.buffer;
          this.buffer = void 0;
          return buffer;
        }
        return this.codecSerializer.flush();
      }
    };
    exports.HttpProtocol = HttpProtocol;
    exports.JsonCodec = class extends SerdeContextConfig {
      settings;
      constructor(settings) {
        super();
        this.settings = settings;
      }
      createSerializer() {
        const serializer = new JsonShapeSerializer(this.settings);
        serializer.setSerdeContext(this.serdeContext);
        return serializer;
      }
      createDeserializer() {
        const deserializer = new JsonShapeDeserializer(this.settings);
        deserializer.setSerdeContext(this.serdeContext);
        return deserializer;
      }
    };
    exports.JsonCodec2 = JsonCodec2;
    exports.JsonShapeDeserializer = JsonShapeDeserializer;
    exports.JsonShapeDeserializer2 = JsonShapeDeserializer2;
    exports.JsonShapeSerializer = JsonShapeSerializer;
    exports.JsonShapeSerializer2 = JsonShapeSerializer2;
    exports.RequestBuilder = RequestBuilder;
    exports.RpcProtocol = RpcProtocol;
    exports.SerdeContext = SerdeContext;
    exports.SmithyRpcV2JsonProtocol = class extends AbstractRpcV2Protocol {
      codec=new JsonCodec2({
        timestampFormat: {
          useTrait: false,
          default: 7
        },
        jsonName: false,
        bigNumberAsString: true
      });
      serializer=this.codec.createSerializer();
      deserializer=this.codec.createDeserializer();
      getShapeId() {
        return "smithy.protocols#rpcv2Json";
      }
      getPayloadCodec() {
        return this.codec;
      }
      getSmithyProtocolHeaderValue() {
        return "rpc-v2-json";
      }
      applyEmptyBody(request) {
        if (!request.body) request.body = "{}";
      }
      async handleError(operationSchema, context, response, dataObject, metadata) {
        const errorName = loadSmithyRpcV2JsonErrorCode(0, dataObject) ?? "Unknown";
        const errorMetadata = {
          $metadata: metadata,
          $fault: response.statusCode <= 500 ? "client" : "server"
        };
        let namespace = this.options.defaultNamespace;
        if (errorName.includes("#")) [namespace] = errorName.split("#");
        const registry = this.compositeErrorRegistry;
        const nsRegistry = TypeRegistry.for(namespace);
        registry.copyFrom(nsRegistry);
        let errorSchema;
        try {
          errorSchema = registry.getSchema(errorName);
        } catch (ignored) {
          if (dataObject.Message) dataObject.message = dataObject.Message;
          const syntheticRegistry = TypeRegistry.for("smithy.ts.sdk.synthetic." + namespace);
          registry.copyFrom(syntheticRegistry);
          const baseExceptionSchema = registry.getBaseException();
          if (baseExceptionSchema) {
            const ErrorCtor = registry.getErrorCtor(baseExceptionSchema);
            throw Object.assign(new ErrorCtor({
              name: errorName
            }), errorMetadata, dataObject);
          }
          throw Object.assign(new Error(errorName), errorMetadata, dataObject);
        }
        const ns = NormalizedSchema.of(errorSchema);
        const ErrorCtor = registry.getErrorCtor(errorSchema);
        const message = dataObject.message ?? dataObject.Message ?? "Unknown";
        const exception = new ErrorCtor({});
        const output = {};
        const errorDeserializer = this.codec.createDeserializer();
        for (const [name, member] of ns.structIterator()) if (dataObject[name] != null) output[name] = errorDeserializer.readObject(member, dataObject[name]);
        throw Object.assign(exception, errorMetadata, {
          $fault: ns.getMergedTraits().error,
          message: message
        }, output);
      }
      getDefaultContentType() {
        return "application/json";
      }
    };
    exports.ToStringShapeSerializer = ToStringShapeSerializer;
    exports.buildQueryString = function(query) {
      const parts = [];
      for (let key of Object.keys(query).sort()) {
        const value = query[key];
        key = escapeUri(key);
        if (Array.isArray(value)) for (let i = 0, iLen = value.length; i < iLen; i++) parts.push(`${key}=${escapeUri(value[i])}`); else {
          let qsEntry = key;
          if (value || typeof value === "string") qsEntry += `=${escapeUri(value)}`;
          parts.push(qsEntry);
        }
      }
      return parts.join("&");
    };
    exports.collectBody = collectBody;
    exports.contentLengthMiddleware = contentLengthMiddleware;
    exports.contentLengthMiddlewareOptions = contentLengthMiddlewareOptions;
    exports.determineTimestampFormat = determineTimestampFormat;
    exports.escapeUri = escapeUri;
    exports.escapeUriPath = uri => uri.split("/").map(escapeUri).join("/");
    exports.extendedEncodeURIComponent = extendedEncodeURIComponent;
    exports.getContentLengthPlugin = options => ({
      applyToStack: clientStack => {
        clientStack.add(contentLengthMiddleware(options.bodyLengthChecker), contentLengthMiddlewareOptions);
      }
    });
    exports.getHttpHandlerExtensionConfiguration = runtimeConfig => {
      if (runtimeConfig.logger && runtimeConfig.logger.constructor?.name !== "NoOpLogger") runtimeConfig.requestHandler?.updateHttpClientConfig?.(Symbol.for("logger"), runtimeConfig.logger);
      if (runtimeConfig.defaultSocketTimeout) runtimeConfig.requestHandler?.updateHttpClientConfig?.(Symbol.for("@smithy/defaultSocketTimeout"), runtimeConfig.defaultSocketTimeout);
      return {
        setHttpHandler(handler) {
          runtimeConfig.requestHandler = handler;
        },
        httpHandler() {
          return runtimeConfig.requestHandler;
        },
        updateHttpClientConfig(key, value) {
          runtimeConfig.requestHandler?.updateHttpClientConfig(key, value);
        },
        httpHandlerConfigs() {
          return runtimeConfig.requestHandler.httpHandlerConfigs();
        }
      };
    };
    exports.loadJsonRpcErrorCode = (output, data, queryCompat = false) => loadErrorCode(output, data, queryCompat ? [ "code", "header", "type" ] : [ "type", "code", "header" ]);
    exports.loadRestJsonErrorCode = (output, data) => loadErrorCode(output, data, [ "header", "code", "type" ]);
    exports.loadSmithyRpcV2JsonErrorCode = loadSmithyRpcV2JsonErrorCode;
    exports.parseJsonBody = parseJsonBody;
    exports.parseJsonErrorBody = async (errorBody, context) => {
      const value = await parseJsonBody(errorBody, context);
      value.message = value.message ?? value.Message;
      return value;
    };
    exports.requestBuilder = function(input, context) {
      return new RequestBuilder(input, context);
    };
    exports.resolveHttpHandlerRuntimeConfig = httpHandlerExtensionConfiguration => ({
      requestHandler: httpHandlerExtensionConfiguration.httpHandler()
    });
    exports.resolvedPath = resolvedPath;
  },
  3609: (__unused_webpack_module, exports, __webpack_require__) => {
    const {Readable: Readable} = __webpack_require__(7075);
    const {NoOpLogger: NoOpLogger, normalizeProvider: normalizeProvider} = __webpack_require__(2658);
    const {HttpResponse: HttpResponse, HttpRequest: HttpRequest} = __webpack_require__(3422);
    const {parseRfc7231DateTime: parseRfc7231DateTime, v4: v4} = __webpack_require__(2430);
    const {SMITHY_CONTEXT_KEY: SMITHY_CONTEXT_KEY} = __webpack_require__(690);
    const {hasOwn: hasOwn} = __webpack_require__(4534);
    const isStreamingPayload = request => request?.body instanceof Readable || typeof ReadableStream !== "undefined" && request?.body instanceof ReadableStream;
    const CLOCK_SKEW_ERROR_CODES = [ "AccessDeniedException", "AuthFailure", "InvalidSignatureException", "RequestExpired", "RequestInTheFuture", "RequestTimeTooSkewed", "SignatureDoesNotMatch" ];
    const THROTTLING_ERROR_CODES = [ "BandwidthLimitExceeded", "EC2ThrottledException", "LimitExceededException", "PriorRequestNotComplete", "ProvisionedThroughputExceededException", "RequestLimitExceeded", "RequestThrottled", "RequestThrottledException", "SlowDown", "ThrottledException", "Throttling", "ThrottlingException", "TooManyRequestsException", "TransactionInProgressException" ];
    const TRANSIENT_ERROR_CODES = [ "TimeoutError", "RequestTimeout", "RequestTimeoutException" ];
    const TRANSIENT_ERROR_STATUS_CODES = [ 500, 502, 503, 504 ];
    const NODEJS_TIMEOUT_ERROR_CODES = [ "ECONNRESET", "ECONNREFUSED", "EPIPE", "ETIMEDOUT" ];
    const NODEJS_NETWORK_ERROR_CODES = [ "EHOSTUNREACH", "ENETUNREACH", "ENOTFOUND", "EAI_AGAIN" ];
    const isRetryableByTrait = error => error?.$retryable !== void 0;
    const isClockSkewError = error => CLOCK_SKEW_ERROR_CODES.includes(error.name);
    const isClockSkewCorrectedError = error => error.$metadata?.clockSkewCorrected;
    const isBrowserNetworkError = error => {
      const errorMessages = new Set([ "Failed to fetch", "NetworkError when attempting to fetch resource", "The Internet connection appears to be offline", "Load failed", "Network request failed" ]);
      const isValid = error && error instanceof TypeError;
      if (!isValid) return false;
      return errorMessages.has(error.message);
    };
    const isThrottlingError = error => error.$metadata?.httpStatusCode === 429 || THROTTLING_ERROR_CODES.includes(error.name) || error.$retryable?.throttling == true;
    const isTransientError = (error, depth = 0) => error?.name !== "AbortError" && (isRetryableByTrait(error) || isClockSkewCorrectedError(error) || error.name === "InvalidSignatureException" && error.message?.includes("Signature expired") || TRANSIENT_ERROR_CODES.includes(error.name) || NODEJS_TIMEOUT_ERROR_CODES.includes(error?.code || "") || NODEJS_NETWORK_ERROR_CODES.includes(error?.code || "") || TRANSIENT_ERROR_STATUS_CODES.includes(error.$metadata?.httpStatusCode || 0) || isBrowserNetworkError(error) || isNodeJsHttp2TransientError(error) || error.cause !== void 0 && depth <= 10 && isTransientError(error.cause, depth + 1));
    const isServerError = error => {
      if (error.$metadata?.httpStatusCode !== void 0) {
        const statusCode = error.$metadata.httpStatusCode;
        if (500 <= statusCode && statusCode <= 599 && !isTransientError(error)) return true;
        return false;
      }
      return false;
    };
    function isNodeJsHttp2TransientError(error) {
      return error.code === "ERR_HTTP2_STREAM_ERROR" && error.message.includes("NGHTTP2_REFUSED_STREAM");
    }
    const race = (promise, signal) => {
      if (!signal) return promise;
      let cleanup = () => {};
      const aborted = new Promise((_, reject) => {
        const handler = () => reject(createAbortError());
        if (signal.aborted) handler(); else if (typeof signal.addEventListener === "function") {
          signal.addEventListener("abort", handler, {
            once: true
          });
          cleanup = () => signal.removeEventListener("abort", handler);
        } else signal.onabort = handler;
      });
      return Promise.race([ promise, aborted ]).finally(cleanup);
    };
    const createAbortError = () => Object.assign(new Error("Request aborted"), {
      name: "AbortError"
    });
    const isAbortError = error => typeof error === "object" && error !== null && "name" in error && error.name === "AbortError";
    const DEFAULT_RETRY_DELAY_BASE = 100;
    const MAXIMUM_RETRY_DELAY = 20 * 1e3;
    const THROTTLING_RETRY_DELAY_BASE = 500;
    const INITIAL_RETRY_TOKENS = 500;
    const RETRY_COST = 5;
    const TIMEOUT_RETRY_COST = 10;
    const NO_RETRY_INCREMENT = 1;
    const INVOCATION_ID_HEADER = "amz-sdk-invocation-id";
    const REQUEST_HEADER = "amz-sdk-request";
    function parseRetryAfterHeader(response, logger) {
      if (!HttpResponse.isInstance(response)) return;
      for (const header in response.headers) {
        if (!hasOwn(response.headers, header)) continue;
        const h = header.toLowerCase();
        if (h === "retry-after") {
          const retryAfter = response.headers[header];
          let retryAfterSeconds = NaN;
          if (retryAfter.endsWith("GMT")) try {
            const date = parseRfc7231DateTime(retryAfter);
            retryAfterSeconds = (date.getTime() - Date.now()) / 1e3;
          } catch (e) {
            logger?.trace?.("Failed to parse retry-after header");
            logger?.trace?.(e);
          } else if (retryAfter.match(/ GMT, ((\d+)|(\d+\.\d+))$/)) retryAfterSeconds = Number(retryAfter.match(/ GMT, ([\d.]+)$/)?.[1]); else if (retryAfter.match(/^((\d+)|(\d+\.\d+))$/)) retryAfterSeconds = Number(retryAfter); else if (Date.parse(retryAfter) >= Date.now()) retryAfterSeconds = (Date.parse(retryAfter) - Date.now()) / 1e3;
          if (isNaN(retryAfterSeconds)) return;
          return new Date(Date.now() + retryAfterSeconds * 1e3);
        } else if (h === "x-amz-retry-after") {
          const v = response.headers[header];
          const backoffMilliseconds = Number(v);
          if (isNaN(backoffMilliseconds)) {
            logger?.trace?.(`Failed to parse x-amz-retry-after=${v}`);
            return;
          }
          return new Date(Date.now() + backoffMilliseconds);
        }
      }
    }
    const asSdkError = error => {
      if (error instanceof Error) return error;
      if (error instanceof Object) return Object.assign(new Error, error);
      if (typeof error === "string") return new Error(error);
      return new Error(`AWS SDK error wrapper for ${error}`);
    };
    function bindRetryMiddleware(isStreamingPayload) {
      return options => (next, context) => async args => {
        let retryStrategy = await options.retryStrategy();
        const maxAttempts = await options.maxAttempts();
        const abortSignal = context[SMITHY_CONTEXT_KEY]?.abortSignal;
        if (isRetryStrategyV2(retryStrategy)) {
          const retryTokenScope = (context["partition_id"] ?? "") + (context.__retryLongPoll ? ":longpoll" : "");
          let retryToken = await race(retryStrategy.acquireInitialRetryToken(retryTokenScope), abortSignal);
          let lastError = new Error;
          let attempts = 0;
          let totalRetryDelay = 0;
          const {request: request} = args;
          const isRequest = HttpRequest.isInstance(request);
          if (isRequest) request.headers[INVOCATION_ID_HEADER] = v4();
          while (true) try {
            if (isRequest) request.headers[REQUEST_HEADER] = `attempt=${attempts + 1}; max=${maxAttempts}`;
            const {response: response, output: output} = await next(args);
            retryStrategy.recordSuccess(retryToken);
            output.$metadata.attempts = attempts + 1;
            output.$metadata.totalRetryDelay = totalRetryDelay;
            return {
              response: response,
              output: output
            };
          } catch (e) {
            const retryErrorInfo = getRetryErrorInfo(e, options.logger);
            lastError = asSdkError(e);
            if (isRequest && isStreamingPayload(request)) {
              (context.logger instanceof NoOpLogger ? console : context.logger)?.warn("An error was encountered in a non-retryable streaming request.");
              throw lastError;
            }
            try {
              retryToken = await race(retryStrategy.refreshRetryTokenForRetry(retryToken, retryErrorInfo), abortSignal);
            } catch (refreshError) {
              if (abortSignal?.aborted && isAbortError(refreshError)) throw refreshError;
              if (!lastError.$metadata) lastError.$metadata = {};
              lastError.$metadata.attempts = attempts + 1;
              lastError.$metadata.totalRetryDelay = totalRetryDelay;
              throw lastError;
            }
            attempts = retryToken.getRetryCount();
            const delay = retryToken.getRetryDelay();
            totalRetryDelay += (retryToken?.$retryLog?.acquisitionDelay ?? 0) + delay;
            if (delay > 0) await race(new Promise(resolve => setTimeout(resolve, delay)), abortSignal);
          }
        } else {
          if (retryStrategy?.mode) context.userAgent = [ ...context.userAgent || [], [ "cfg/retry-mode", retryStrategy.mode ] ];
          return retryStrategy.retry(next, args);
        }
      };
    }
    const isRetryStrategyV2 = retryStrategy => typeof retryStrategy.acquireInitialRetryToken !== "undefined" && typeof retryStrategy.refreshRetryTokenForRetry !== "undefined" && typeof retryStrategy.recordSuccess !== "undefined";
    const getRetryErrorInfo = (error, logger) => {
      const errorInfo = {
        error: error,
        errorType: getRetryErrorType(error)
      };
      const retryAfterHint = parseRetryAfterHeader(error.$response, logger);
      if (retryAfterHint) errorInfo.retryAfterHint = retryAfterHint;
      return errorInfo;
    };
    const getRetryErrorType = error => {
      if (isThrottlingError(error)) return "THROTTLING";
      if (isTransientError(error)) return "TRANSIENT";
      if (isServerError(error)) return "SERVER_ERROR";
      return "CLIENT_ERROR";
    };
    const retryMiddlewareOptions = {
      name: "retryMiddleware",
      tags: [ "RETRY" ],
      step: "finalizeRequest",
      priority: "high",
      override: true
    };
    class DefaultRateLimiter {
      static setTimeoutFn=(fn, delay) => setTimeout(fn, delay);
      beta;
      minCapacity;
      minFillRate;
      scaleConstant;
      smooth;
      enabled=false;
      availableTokens=0;
      lastMaxRate=0;
      measuredTxRate=0;
      requestCount=0;
      fillRate;
      lastThrottleTime;
      lastTimestamp=0;
      lastTxRateBucket;
      maxCapacity;
      timeWindow=0;
      constructor(options) {
        this.beta = options?.beta ?? .7;
        this.minCapacity = options?.minCapacity ?? 1;
        this.minFillRate = options?.minFillRate ?? .5;
        this.scaleConstant = options?.scaleConstant ?? .4;
        this.smooth = options?.smooth ?? .8;
        this.lastThrottleTime = this.getCurrentTimeInSeconds();
        this.lastTxRateBucket = Math.floor(this.getCurrentTimeInSeconds());
        this.fillRate = this.minFillRate;
        this.maxCapacity = this.minCapacity;
      }
      async getSendToken() {
        return this.acquireTokenBucket(1);
      }
      updateClientSendingRate(response) {
        let calculatedRate;
        this.updateMeasuredRate();
        const retryErrorInfo = response;
        const isThrottling = retryErrorInfo?.errorType === "THROTTLING" || isThrottlingError(retryErrorInfo?.error ?? response);
        if (isThrottling) {
          const rateToUse = !this.enabled ? this.measuredTxRate : Math.min(this.measuredTxRate, this.fillRate);
          this.lastMaxRate = rateToUse;
          this.calculateTimeWindow();
          this.lastThrottleTime = this.getCurrentTimeInSeconds();
          calculatedRate = this.cubicThrottle(rateToUse);
          this.enableTokenBucket();
        } else {
          this.calculateTimeWindow();
          calculatedRate = this.cubicSuccess(this.getCurrentTimeInSeconds());
        }
        const newRate = Math.min(calculatedRate, 2 * this.measuredTxRate);
        this.updateTokenBucketRate(newRate);
      }
      getCurrentTimeInSeconds() {
        return Date.now() / 1e3;
      }
      async acquireTokenBucket(amount) {
        if (!this.enabled) return;
        this.refillTokenBucket();
        while (amount > this.availableTokens) {
          const delay = (amount - this.availableTokens) / this.fillRate * 1e3;
          await new Promise(resolve => DefaultRateLimiter.setTimeoutFn(resolve, delay));
          this.refillTokenBucket();
        }
        this.availableTokens = this.availableTokens - amount;
      }
      refillTokenBucket() {
        const timestamp = this.getCurrentTimeInSeconds();
        if (!this.lastTimestamp) {
          this.lastTimestamp = timestamp;
          return;
        }
        const fillAmount = (timestamp - this.lastTimestamp) * this.fillRate;
        this.availableTokens = Math.min(this.maxCapacity, this.availableTokens + fillAmount);
        this.lastTimestamp = timestamp;
      }
      calculateTimeWindow() {
        this.timeWindow = this.getPrecise(Math.pow(this.lastMaxRate * (1 - this.beta) / this.scaleConstant, 1 / 3));
      }
      cubicThrottle(rateToUse) {
        return this.getPrecise(rateToUse * this.beta);
      }
      cubicSuccess(timestamp) {
        return this.getPrecise(this.scaleConstant * Math.pow(timestamp - this.lastThrottleTime - this.timeWindow, 3) + this.lastMaxRate);
      }
      enableTokenBucket() {
        this.enabled = true;
      }
      updateTokenBucketRate(newRate) {
        this.refillTokenBucket();
        this.fillRate = Math.max(newRate, this.minFillRate);
        this.maxCapacity = Math.max(newRate, this.minCapacity);
        this.availableTokens = Math.min(this.availableTokens, this.maxCapacity);
      }
      updateMeasuredRate() {
        const t = this.getCurrentTimeInSeconds();
        const timeBucket = Math.floor(t * 2) / 2;
        this.requestCount++;
        if (timeBucket > this.lastTxRateBucket) {
          const currentRate = this.requestCount / (timeBucket - this.lastTxRateBucket);
          this.measuredTxRate = this.getPrecise(currentRate * this.smooth + this.measuredTxRate * (1 - this.smooth));
          this.requestCount = 0;
          this.lastTxRateBucket = timeBucket;
        }
      }
      getPrecise(num) {
        return parseFloat(num.toFixed(8));
      }
    }
    class Retry {
      static v2026=true;
      static delay() {
        return 50;
      }
      static throttlingDelay() {
        return 1e3;
      }
      static cost() {
        return 14;
      }
      static throttlingCost() {
        return 5;
      }
      static modifiedCostType() {
        return "THROTTLING";
      }
    }
    class DefaultRetryBackoffStrategy {
      x=Retry.delay();
      computeNextBackoffDelay(i) {
        const b = Math.random();
        const t_i = b * Math.min(this.x * 2 ** i, MAXIMUM_RETRY_DELAY);
        return Math.floor(t_i);
      }
      setDelayBase(delay) {
        this.x = delay;
      }
    }
    class DefaultRetryToken {
      delay;
      count;
      cost;
      longPoll;
      $retryLog={
        acquisitionDelay: 0
      };
      constructor(delay, count, cost, longPoll) {
        this.delay = delay;
        this.count = count;
        this.cost = cost;
        this.longPoll = longPoll;
      }
      getRetryCount() {
        return this.count;
      }
      getRetryDelay() {
        return Math.min(MAXIMUM_RETRY_DELAY, this.delay);
      }
      getRetryCost() {
        return this.cost;
      }
      isLongPoll() {
        return this.longPoll;
      }
    }
    var RETRY_MODES;
    (function(RETRY_MODES) {
      RETRY_MODES["STANDARD"] = "standard";
      RETRY_MODES["ADAPTIVE"] = "adaptive";
    })(RETRY_MODES || (RETRY_MODES = {}));
    const DEFAULT_MAX_ATTEMPTS = 3;
    const DEFAULT_RETRY_MODE = RETRY_MODES.STANDARD;
    const refusal = {
      incompatible: 1,
      attempts: 2,
      capacity: 3
    };
    let StandardRetryStrategy$1 = class {
      mode=RETRY_MODES.STANDARD;
      retryBackoffStrategy;
      capacity=INITIAL_RETRY_TOKENS;
      maxAttemptsProvider;
      baseDelay;
      constructor(arg1) {
        if (typeof arg1 === "number") this.maxAttemptsProvider = async () => arg1; else if (typeof arg1 === "function") this.maxAttemptsProvider = arg1; else if (arg1 && typeof arg1 === "object") {
          this.maxAttemptsProvider = async () => arg1.maxAttempts;
          this.baseDelay = arg1.baseDelay;
          this.retryBackoffStrategy = arg1.backoff;
        }
        this.maxAttemptsProvider ??= async () => DEFAULT_MAX_ATTEMPTS;
        this.baseDelay ??= Retry.delay();
        this.retryBackoffStrategy ??= new DefaultRetryBackoffStrategy;
      }
      async acquireInitialRetryToken(retryTokenScope) {
        return new DefaultRetryToken(Retry.delay(), 0, void 0, retryTokenScope.includes(":longpoll"));
      }
      async refreshRetryTokenForRetry(token, errorInfo) {
        const maxAttempts = await this.getMaxAttempts();
        const retryCode = this.retryCode(token, errorInfo, maxAttempts);
        const shouldRetry = retryCode === 0;
        const isLongPoll = token.isLongPoll?.();
        if (shouldRetry || isLongPoll) {
          const errorType = errorInfo.errorType;
          this.retryBackoffStrategy.setDelayBase(errorType === "THROTTLING" ? Retry.throttlingDelay() : this.baseDelay);
          const delayFromErrorType = this.retryBackoffStrategy.computeNextBackoffDelay(token.getRetryCount());
          let retryDelay = delayFromErrorType;
          if (errorInfo.retryAfterHint instanceof Date) retryDelay = Math.max(delayFromErrorType, Math.min(errorInfo.retryAfterHint.getTime() - Date.now(), delayFromErrorType + 5e3));
          if (!shouldRetry) {
            const longPollBackoff = retryCode === refusal.capacity && isLongPoll ? retryDelay : 0;
            if (longPollBackoff > 0) await new Promise(r => setTimeout(r, longPollBackoff));
          } else {
            const capacityCost = this.getCapacityCost(errorType);
            this.capacity -= capacityCost;
            const nextToken = new DefaultRetryToken(0, token.getRetryCount() + 1, capacityCost, token.isLongPoll?.() ?? false);
            await new Promise(r => setTimeout(r, retryDelay));
            nextToken.$retryLog.acquisitionDelay = retryDelay;
            return nextToken;
          }
        }
        throw new Error("No retry token available");
      }
      recordSuccess(token) {
        this.capacity = Math.min(INITIAL_RETRY_TOKENS, this.capacity + (token.getRetryCost() ?? NO_RETRY_INCREMENT));
      }
      getCapacity() {
        return this.capacity;
      }
      async maxAttempts() {
        return this.maxAttemptsProvider();
      }
      async getMaxAttempts() {
        try {
          return await this.maxAttemptsProvider();
        } catch (ignored) {
          console.warn(`Max attempts provider could not resolve. Using default of ${DEFAULT_MAX_ATTEMPTS}`);
          return DEFAULT_MAX_ATTEMPTS;
        }
      }
      retryCode(tokenToRenew, errorInfo, maxAttempts) {
        const attempts = tokenToRenew.getRetryCount() + 1;
        const retryableStatus = this.isRetryableError(errorInfo.errorType) ? 0 : refusal.incompatible;
        const attemptStatus = attempts < maxAttempts ? 0 : refusal.attempts;
        const capacityStatus = this.capacity >= this.getCapacityCost(errorInfo.errorType) ? 0 : refusal.capacity;
        return retryableStatus || attemptStatus || capacityStatus;
      }
      getCapacityCost(errorType) {
        return errorType === Retry.modifiedCostType() ? Retry.throttlingCost() : Retry.cost();
      }
      isRetryableError(errorType) {
        return errorType === "THROTTLING" || errorType === "TRANSIENT";
      }
    };
    let AdaptiveRetryStrategy$1 = class {
      mode=RETRY_MODES.ADAPTIVE;
      rateLimiter;
      standardRetryStrategy;
      constructor(maxAttemptsProvider, options) {
        const {rateLimiter: rateLimiter} = options ?? {};
        this.rateLimiter = rateLimiter ?? new DefaultRateLimiter;
        this.standardRetryStrategy = options ? new StandardRetryStrategy$1({
          maxAttempts: typeof maxAttemptsProvider === "number" ? maxAttemptsProvider : 3,
          ...options
        }) : new StandardRetryStrategy$1(maxAttemptsProvider);
      }
      async acquireInitialRetryToken(retryTokenScope) {
        const token = await this.standardRetryStrategy.acquireInitialRetryToken(retryTokenScope);
        await this.rateLimiter.getSendToken();
        return token;
      }
      async refreshRetryTokenForRetry(tokenToRenew, errorInfo) {
        this.rateLimiter.updateClientSendingRate(errorInfo);
        const token = await this.standardRetryStrategy.refreshRetryTokenForRetry(tokenToRenew, errorInfo);
        await this.rateLimiter.getSendToken();
        return token;
      }
      recordSuccess(token) {
        this.rateLimiter.updateClientSendingRate({});
        this.standardRetryStrategy.recordSuccess(token);
      }
      async maxAttemptsProvider() {
        return this.standardRetryStrategy.maxAttempts();
      }
    };
    const getDefaultRetryQuota = (initialRetryTokens, options) => {
      const MAX_CAPACITY = initialRetryTokens;
      const noRetryIncrement = NO_RETRY_INCREMENT;
      const retryCost = RETRY_COST;
      const timeoutRetryCost = TIMEOUT_RETRY_COST;
      let availableCapacity = initialRetryTokens;
      const getCapacityAmount = error => error.name === "TimeoutError" ? timeoutRetryCost : retryCost;
      const hasRetryTokens = error => getCapacityAmount(error) <= availableCapacity;
      return Object.freeze({
        hasRetryTokens: hasRetryTokens,
        retrieveRetryTokens: error => {
          if (!hasRetryTokens(error)) throw new Error("No retry token available");
          const capacityAmount = getCapacityAmount(error);
          availableCapacity -= capacityAmount;
          return capacityAmount;
        },
        releaseRetryTokens: capacityReleaseAmount => {
          availableCapacity += capacityReleaseAmount ?? noRetryIncrement;
          availableCapacity = Math.min(availableCapacity, MAX_CAPACITY);
        }
      });
    };
    const defaultDelayDecider = (delayBase, attempts) => Math.floor(Math.min(MAXIMUM_RETRY_DELAY, Math.random() * 2 ** attempts * delayBase));
    const defaultRetryDecider = error => {
      if (!error) return false;
      return isRetryableByTrait(error) || isClockSkewError(error) || isThrottlingError(error) || isTransientError(error);
    };
    class StandardRetryStrategy {
      maxAttemptsProvider;
      retryDecider;
      delayDecider;
      retryQuota;
      mode=RETRY_MODES.STANDARD;
      constructor(maxAttemptsProvider, options) {
        this.maxAttemptsProvider = maxAttemptsProvider;
        this.retryDecider = options?.retryDecider ?? defaultRetryDecider;
        this.delayDecider = options?.delayDecider ?? defaultDelayDecider;
        this.retryQuota = options?.retryQuota ?? getDefaultRetryQuota(INITIAL_RETRY_TOKENS);
      }
      shouldRetry(error, attempts, maxAttempts) {
        return attempts < maxAttempts && this.retryDecider(error) && this.retryQuota.hasRetryTokens(error);
      }
      async getMaxAttempts() {
        let maxAttempts;
        try {
          maxAttempts = await this.maxAttemptsProvider();
        } catch (ignored) {
          maxAttempts = DEFAULT_MAX_ATTEMPTS;
        }
        return maxAttempts;
      }
      async retry(next, args, options) {
        let retryTokenAmount;
        let attempts = 0;
        let totalDelay = 0;
        const maxAttempts = await this.getMaxAttempts();
        const {request: request} = args;
        if (HttpRequest.isInstance(request)) request.headers[INVOCATION_ID_HEADER] = v4();
        while (true) try {
          if (HttpRequest.isInstance(request)) request.headers[REQUEST_HEADER] = `attempt=${attempts + 1}; max=${maxAttempts}`;
          if (options?.beforeRequest) await options.beforeRequest();
          const {response: response, output: output} = await next(args);
          if (options?.afterRequest) options.afterRequest(response);
          this.retryQuota.releaseRetryTokens(retryTokenAmount);
          output.$metadata.attempts = attempts + 1;
          output.$metadata.totalRetryDelay = totalDelay;
          return {
            response: response,
            output: output
          };
        } catch (e) {
          const err = asSdkError(e);
          attempts++;
          if (this.shouldRetry(err, attempts, maxAttempts)) {
            retryTokenAmount = this.retryQuota.retrieveRetryTokens(err);
            const delayFromDecider = this.delayDecider(isThrottlingError(err) ? THROTTLING_RETRY_DELAY_BASE : DEFAULT_RETRY_DELAY_BASE, attempts);
            const delayFromResponse = getDelayFromRetryAfterHeader(err.$response);
            const delay = Math.max(delayFromResponse || 0, delayFromDecider);
            totalDelay += delay;
            await new Promise(resolve => setTimeout(resolve, delay));
            continue;
          }
          if (!err.$metadata) err.$metadata = {};
          err.$metadata.attempts = attempts;
          err.$metadata.totalRetryDelay = totalDelay;
          throw err;
        }
      }
    }
    const getDelayFromRetryAfterHeader = response => {
      if (!HttpResponse.isInstance(response)) return;
      const retryAfterHeaderName = Object.keys(response.headers).find(key => key.toLowerCase() === "retry-after");
      if (!retryAfterHeaderName) return;
      const retryAfter = response.headers[retryAfterHeaderName];
      const retryAfterSeconds = Number(retryAfter);
      if (!Number.isNaN(retryAfterSeconds)) return Math.min(retryAfterSeconds * 1e3, 2e4);
      const retryAfterDate = new Date(retryAfter);
      return Math.min(retryAfterDate.getTime() - Date.now(), 2e4);
    };
    const ENV_MAX_ATTEMPTS = "AWS_MAX_ATTEMPTS";
    const CONFIG_MAX_ATTEMPTS = "max_attempts";
    const NODE_MAX_ATTEMPT_CONFIG_OPTIONS = {
      environmentVariableSelector: env => {
        const value = env[ENV_MAX_ATTEMPTS];
        if (!value) return;
        const maxAttempt = parseInt(value);
        if (Number.isNaN(maxAttempt)) throw new Error(`Environment variable ${ENV_MAX_ATTEMPTS} mast be a number, got "${value}"`);
        return maxAttempt;
      },
      configFileSelector: profile => {
        const value = profile[CONFIG_MAX_ATTEMPTS];
        if (!value) return;
        const maxAttempt = parseInt(value);
        if (Number.isNaN(maxAttempt)) throw new Error(`Shared config file entry ${CONFIG_MAX_ATTEMPTS} mast be a number, got "${value}"`);
        return maxAttempt;
      },
      default: DEFAULT_MAX_ATTEMPTS
    };
    const ENV_RETRY_MODE = "AWS_RETRY_MODE";
    const CONFIG_RETRY_MODE = "retry_mode";
    const NODE_RETRY_MODE_CONFIG_OPTIONS = {
      environmentVariableSelector: env => env[ENV_RETRY_MODE],
      configFileSelector: profile => profile[CONFIG_RETRY_MODE],
      default: DEFAULT_RETRY_MODE
    };
    const omitRetryHeadersMiddleware = () => next => async args => {
      const {request: request} = args;
      if (HttpRequest.isInstance(request)) {
        delete request.headers[INVOCATION_ID_HEADER];
        delete request.headers[REQUEST_HEADER];
      }
      return next(args);
    };
    const omitRetryHeadersMiddlewareOptions = {
      name: "omitRetryHeadersMiddleware",
      tags: [ "RETRY", "HEADERS", "OMIT_RETRY_HEADERS" ],
      relation: "before",
      toMiddleware: "awsAuthMiddleware",
      override: true
    };
    const retryMiddleware = bindRetryMiddleware(isStreamingPayload);
    const getRetryPlugin = function(isStreamingPayload) {
      const retryMiddleware = bindRetryMiddleware(isStreamingPayload);
      return options => ({
        applyToStack: clientStack => {
          clientStack.add(retryMiddleware(options), retryMiddlewareOptions);
        }
      });
    }(isStreamingPayload);
    exports.AdaptiveRetryStrategy = AdaptiveRetryStrategy$1;
    exports.CONFIG_MAX_ATTEMPTS = CONFIG_MAX_ATTEMPTS;
    exports.CONFIG_RETRY_MODE = CONFIG_RETRY_MODE;
    exports.ConfiguredRetryStrategy = class extends StandardRetryStrategy$1 {
      computeNextBackoffDelay;
      constructor(maxAttempts, computeNextBackoffDelay = Retry.delay()) {
        super(typeof maxAttempts === "function" ? maxAttempts : async () => maxAttempts);
        if (typeof computeNextBackoffDelay === "number") this.computeNextBackoffDelay = () => computeNextBackoffDelay; else this.computeNextBackoffDelay = computeNextBackoffDelay;
        this.retryBackoffStrategy.computeNextBackoffDelay = completedAttempt => {
          const nextAttempt = completedAttempt + 1;
          return this.computeNextBackoffDelay(nextAttempt);
        };
      }
    };
    exports.DEFAULT_MAX_ATTEMPTS = DEFAULT_MAX_ATTEMPTS;
    exports.DEFAULT_RETRY_DELAY_BASE = DEFAULT_RETRY_DELAY_BASE;
    exports.DEFAULT_RETRY_MODE = DEFAULT_RETRY_MODE;
    exports.DefaultRateLimiter = DefaultRateLimiter;
    exports.DeprecatedAdaptiveRetryStrategy = class extends StandardRetryStrategy {
      rateLimiter;
      constructor(maxAttemptsProvider, options) {
        const {rateLimiter: rateLimiter, ...superOptions} = options ?? {};
        super(maxAttemptsProvider, superOptions);
        this.rateLimiter = rateLimiter ?? new DefaultRateLimiter;
        this.mode = RETRY_MODES.ADAPTIVE;
      }
      async retry(next, args) {
        return super.retry(next, args, {
          beforeRequest: async () => this.rateLimiter.getSendToken(),
          afterRequest: response => {
            this.rateLimiter.updateClientSendingRate(response);
          }
        });
      }
    };
    exports.DeprecatedStandardRetryStrategy = StandardRetryStrategy;
    exports.ENV_MAX_ATTEMPTS = ENV_MAX_ATTEMPTS;
    exports.ENV_RETRY_MODE = ENV_RETRY_MODE;
    exports.INITIAL_RETRY_TOKENS = INITIAL_RETRY_TOKENS;
    exports.INVOCATION_ID_HEADER = INVOCATION_ID_HEADER;
    exports.MAXIMUM_RETRY_DELAY = MAXIMUM_RETRY_DELAY;
    exports.NODE_MAX_ATTEMPT_CONFIG_OPTIONS = NODE_MAX_ATTEMPT_CONFIG_OPTIONS;
    exports.NODE_RETRY_MODE_CONFIG_OPTIONS = NODE_RETRY_MODE_CONFIG_OPTIONS;
    exports.NO_RETRY_INCREMENT = NO_RETRY_INCREMENT;
    exports.REQUEST_HEADER = REQUEST_HEADER;
    exports.RETRY_COST = RETRY_COST;
    exports.RETRY_MODES = RETRY_MODES;
    exports.Retry = Retry;
    exports.StandardRetryStrategy = StandardRetryStrategy$1;
    exports.THROTTLING_RETRY_DELAY_BASE = THROTTLING_RETRY_DELAY_BASE;
    exports.TIMEOUT_RETRY_COST = TIMEOUT_RETRY_COST;
    exports.defaultDelayDecider = defaultDelayDecider;
    exports.defaultRetryDecider = defaultRetryDecider;
    exports.getOmitRetryHeadersPlugin = options => ({
      applyToStack: clientStack => {
        clientStack.addRelativeTo(omitRetryHeadersMiddleware(), omitRetryHeadersMiddlewareOptions);
      }
    });
    exports.getRetryAfterHint = function(response, logger) {
      return parseRetryAfterHeader(response, logger);
    };
    exports.getRetryPlugin = getRetryPlugin;
    exports.isBrowserNetworkError = isBrowserNetworkError;
    exports.isClockSkewCorrectedError = isClockSkewCorrectedError;
    exports.isClockSkewError = isClockSkewError;
    exports.isNodeJsHttp2TransientError = isNodeJsHttp2TransientError;
    exports.isRetryableByTrait = isRetryableByTrait;
    exports.isServerError = isServerError;
    exports.isThrottlingError = isThrottlingError;
    exports.isTransientError = isTransientError;
    exports.omitRetryHeadersMiddleware = omitRetryHeadersMiddleware;
    exports.omitRetryHeadersMiddlewareOptions = omitRetryHeadersMiddlewareOptions;
    exports.resolveRetryConfig = (input, defaults) => {
      const {retryStrategy: retryStrategy, retryMode: retryMode} = input;
      const {defaultMaxAttempts: defaultMaxAttempts = DEFAULT_MAX_ATTEMPTS, defaultBaseDelay: defaultBaseDelay = Retry.delay()} = defaults ?? {};
      const maxAttemptsProvider = normalizeProvider(input.maxAttempts ?? defaultMaxAttempts);
      let controller = retryStrategy ? Promise.resolve(retryStrategy) : void 0;
      const getDefault = async () => {
        const maxAttempts = await maxAttemptsProvider();
        const adaptive = await normalizeProvider(retryMode)() === RETRY_MODES.ADAPTIVE;
        if (adaptive) return new AdaptiveRetryStrategy$1(maxAttemptsProvider, {
          maxAttempts: maxAttempts,
          baseDelay: defaultBaseDelay
        });
        return new StandardRetryStrategy$1({
          maxAttempts: maxAttempts,
          baseDelay: defaultBaseDelay
        });
      };
      return Object.assign(input, {
        maxAttempts: maxAttemptsProvider,
        retryStrategy: () => controller ??= getDefault()
      });
    };
    exports.retryMiddleware = retryMiddleware;
    exports.retryMiddlewareOptions = retryMiddlewareOptions;
  },
  6890: (__unused_webpack_module, exports, __webpack_require__) => {
    const {getSmithyContext: getSmithyContext, HttpResponse: HttpResponse, toEndpointV1: toEndpointV1} = __webpack_require__(4534);
    const deref = schemaRef => {
      if (typeof schemaRef === "function") return schemaRef();
      return schemaRef;
    };
    const operation = (namespace, name, traits, input, output) => ({
      name: name,
      namespace: namespace,
      traits: traits,
      input: input,
      output: output
    });
    const schemaDeserializationMiddleware = config => (next, context) => async args => {
      const {response: response} = await next(args);
      const {operationSchema: operationSchema} = getSmithyContext(context);
      const [, ns, n, t, i, o] = operationSchema ?? [];
      try {
        const parsed = await config.protocol.deserializeResponse(operation(ns, n, t, i, o), {
          ...config,
          ...context
        }, response);
        return {
          response: response,
          output: parsed
        };
      } catch (error) {
        Object.defineProperty(error, "$response", {
          value: response,
          enumerable: false,
          writable: false,
          configurable: false
        });
        if (!("$metadata" in error)) {
          const hint = `Deserialization error: to see the raw response, inspect the hidden field {error}.$response on this object.`;
          try {
            error.message += "\n  " + hint;
          } catch (ignored) {
            if (!context.logger || context.logger?.constructor?.name === "NoOpLogger") console.warn(hint); else context.logger?.warn?.(hint);
          }
          if (typeof error.$responseBodyText !== "undefined") if (error.$response) error.$response.body = error.$responseBodyText;
          try {
            if (HttpResponse.isInstance(response)) {
              const {headers: headers = {}, statusCode: statusCode} = response;
              const headerEntries = Object.entries(headers);
              error.$metadata = {
                httpStatusCode: statusCode,
                requestId: findHeader(/^x-[\w-]+-request-?id$/, headerEntries),
                extendedRequestId: findHeader(/^x-[\w-]+-id-2$/, headerEntries),
                cfId: findHeader(/^x-[\w-]+-cf-id$/, headerEntries)
              };
            }
          } catch (ignored) {}
        }
        throw error;
      }
    };
    const findHeader = (pattern, headers) => (headers.find(([k]) => k.match(pattern)) || [ void 0, void 0 ])[1];
    const schemaSerializationMiddleware = config => (next, context) => async args => {
      const {operationSchema: operationSchema} = getSmithyContext(context);
      const [, ns, n, t, i, o] = operationSchema ?? [];
      const endpoint = context.endpointV2 ? async () => toEndpointV1(context.endpointV2) : config.endpoint;
      const request = await config.protocol.serializeRequest(operation(ns, n, t, i, o), args.input, {
        ...config,
        ...context,
        endpoint: endpoint
      });
      return next({
        ...args,
        request: request
      });
    };
    const deserializerMiddlewareOption = {
      name: "deserializerMiddleware",
      step: "deserialize",
      tags: [ "DESERIALIZER" ],
      override: true
    };
    const serializerMiddlewareOption = {
      name: "serializerMiddleware",
      step: "serialize",
      tags: [ "SERIALIZER" ],
      override: true
    };
    class Schema {
      name;
      namespace;
      traits;
      static assign(instance, values) {
        const schema = Object.assign(instance, values);
        return schema;
      }
      static [Symbol.hasInstance](lhs) {
        const isPrototype = this.prototype.isPrototypeOf(lhs);
        if (!isPrototype && typeof lhs === "object" && lhs !== null) {
          const list = lhs;
          return list.symbol === this.symbol;
        }
        return isPrototype;
      }
      getName() {
        return this.namespace + "#" + this.name;
      }
    }
    class ListSchema extends Schema {
      static symbol=Symbol.for("@smithy/lis");
      valueSchema;
      symbol=ListSchema.symbol;
    }
    class MapSchema extends Schema {
      static symbol=Symbol.for("@smithy/map");
      keySchema;
      valueSchema;
      symbol=MapSchema.symbol;
    }
    class OperationSchema extends Schema {
      static symbol=Symbol.for("@smithy/ope");
      input;
      output;
      symbol=OperationSchema.symbol;
    }
    class StructureSchema extends Schema {
      static symbol=Symbol.for("@smithy/str");
      memberNames;
      memberList;
      symbol=StructureSchema.symbol;
    }
    class ErrorSchema extends StructureSchema {
      static symbol=Symbol.for("@smithy/err");
      ctor;
      symbol=ErrorSchema.symbol;
    }
    const traitsCache = [];
    function translateTraits(indicator) {
      if (typeof indicator === "object") return indicator;
      indicator |= 0;
      if (traitsCache[indicator]) return traitsCache[indicator];
      const traits = {};
      let i = 0;
      for (const trait of [ "httpLabel", "idempotent", "idempotencyToken", "sensitive", "httpPayload", "httpResponseCode", "httpQueryParams" ]) if ((indicator >> i++ & 1) === 1) traits[trait] = 1;
      return traitsCache[indicator] = traits;
    }
    const anno = {
      it: Symbol.for("@smithy/nor-struct-it"),
      ns: Symbol.for("@smithy/ns")
    };
    const simpleSchemaCacheN = [];
    const simpleSchemaCacheS = {};
    class NormalizedSchema {
      ref;
      memberName;
      static symbol=Symbol.for("@smithy/nor");
      symbol=NormalizedSchema.symbol;
      name;
      schema;
      _isMemberSchema;
      traits;
      memberTraits;
      normalizedTraits;
      constructor(ref, memberName) {
        this.ref = ref;
        this.memberName = memberName;
        const traitStack = [];
        let _ref = ref;
        let schema = ref;
        this._isMemberSchema = false;
        while (isMemberSchema(_ref)) {
          traitStack.push(_ref[1]);
          _ref = _ref[0];
          schema = deref(_ref);
          this._isMemberSchema = true;
        }
        if (traitStack.length > 0) {
          this.memberTraits = {};
          for (let i = traitStack.length - 1; i >= 0; --i) {
            const traitSet = traitStack[i];
            Object.assign(this.memberTraits, translateTraits(traitSet));
          }
        } else this.memberTraits = 0;
        if (schema instanceof NormalizedSchema) {
          const computedMemberTraits = this.memberTraits;
          Object.assign(this, schema);
          this.memberTraits = Object.assign({}, computedMemberTraits, schema.getMemberTraits(), this.getMemberTraits());
          this.normalizedTraits = void 0;
          this.memberName = memberName ?? schema.memberName;
          return;
        }
        this.schema = deref(schema);
        if (isStaticSchema(this.schema)) {
          this.name = `${this.schema[1]}#${this.schema[2]}`;
          this.traits = this.schema[3];
        } else {
          this.name = this.memberName ?? String(schema);
          this.traits = 0;
        }
        if (this._isMemberSchema && !memberName) throw new Error(`@smithy/core/schema - NormalizedSchema member init ${this.getName(true)} missing member name.`);
      }
      static [Symbol.hasInstance](lhs) {
        const isPrototype = this.prototype.isPrototypeOf(lhs);
        if (!isPrototype && typeof lhs === "object" && lhs !== null) {
          const ns = lhs;
          return ns.symbol === this.symbol;
        }
        return isPrototype;
      }
      static of(ref) {
        const keyAble = typeof ref === "function" || typeof ref === "object" && ref !== null;
        if (typeof ref === "number") {
          if (simpleSchemaCacheN[ref]) return simpleSchemaCacheN[ref];
        } else if (typeof ref === "string") {
          if (simpleSchemaCacheS[ref]) return simpleSchemaCacheS[ref];
        } else if (keyAble) if (ref[anno.ns]) return ref[anno.ns];
        const sc = deref(ref);
        if (sc instanceof NormalizedSchema) return sc;
        if (isMemberSchema(sc)) {
          const [ns, traits] = sc;
          if (ns instanceof NormalizedSchema) {
            Object.assign(ns.getMergedTraits(), translateTraits(traits));
            return ns;
          }
          throw new Error(`@smithy/core/schema - may not init unwrapped member schema=${JSON.stringify(ref, null, 2)}.`);
        }
        const ns = new NormalizedSchema(sc);
        if (keyAble) return ref[anno.ns] = ns;
        if (typeof sc === "string") return simpleSchemaCacheS[sc] = ns;
        if (typeof sc === "number") return simpleSchemaCacheN[sc] = ns;
        return ns;
      }
      getSchema() {
        const sc = this.schema;
        if (Array.isArray(sc) && sc[0] === 0) return sc[4];
        return sc;
      }
      getName(withNamespace = false) {
        const {name: name} = this;
        const short = !withNamespace && name && name.includes("#");
        return short ? name.split("#")[1] : name || void 0;
      }
      getMemberName() {
        return this.memberName;
      }
      isMemberSchema() {
        return this._isMemberSchema;
      }
      isListSchema() {
        const sc = this.getSchema();
        return typeof sc === "number" ? sc >= 64 && sc < 128 : sc[0] === 1;
      }
      isMapSchema() {
        const sc = this.getSchema();
        return typeof sc === "number" ? sc >= 128 && sc <= 255 : sc[0] === 2;
      }
      isStructSchema() {
        const sc = this.getSchema();
        if (typeof sc !== "object") return false;
        const id = sc[0];
        return id === 3 || id === -3 || id === 4;
      }
      isUnionSchema() {
        const sc = this.getSchema();
        if (typeof sc !== "object") return false;
        return sc[0] === 4;
      }
      isBlobSchema() {
        const sc = this.getSchema();
        return sc === 21 || sc === 42;
      }
      isTimestampSchema() {
        const sc = this.getSchema();
        return typeof sc === "number" && sc >= 4 && sc <= 7;
      }
      isUnitSchema() {
        return this.getSchema() === "unit";
      }
      isDocumentSchema() {
        return this.getSchema() === 15;
      }
      isStringSchema() {
        return this.getSchema() === 0;
      }
      isBooleanSchema() {
        return this.getSchema() === 2;
      }
      isNumericSchema() {
        return this.getSchema() === 1;
      }
      isBigIntegerSchema() {
        return this.getSchema() === 17;
      }
      isBigDecimalSchema() {
        return this.getSchema() === 19;
      }
      isStreaming() {
        const {streaming: streaming} = this.getMergedTraits();
        return !!streaming || this.getSchema() === 42;
      }
      isIdempotencyToken() {
        return !!this.getMergedTraits().idempotencyToken;
      }
      getMergedTraits() {
        return this.normalizedTraits ?? (this.normalizedTraits = {
          ...this.getOwnTraits(),
          ...this.getMemberTraits()
        });
      }
      getMemberTraits() {
        return translateTraits(this.memberTraits);
      }
      getOwnTraits() {
        return translateTraits(this.traits);
      }
      getKeySchema() {
        const [isDoc, isMap] = [ this.isDocumentSchema(), this.isMapSchema() ];
        if (!isDoc && !isMap) throw new Error(`@smithy/core/schema - cannot get key for non-map: ${this.getName(true)}`);
        const schema = this.getSchema();
        const memberSchema = isDoc ? 15 : schema[4] ?? 0;
        return member([ memberSchema, 0 ], "key");
      }
      getValueSchema() {
        const sc = this.getSchema();
        const [isDoc, isMap, isList] = [ this.isDocumentSchema(), this.isMapSchema(), this.isListSchema() ];
        const memberSchema = typeof sc === "number" ? 63 & sc : sc && typeof sc === "object" && (isMap || isList) ? sc[3 + sc[0]] : isDoc ? 15 : void 0;
        if (memberSchema != null) return member([ memberSchema, 0 ], isMap ? "value" : "member");
        throw new Error(`@smithy/core/schema - ${this.getName(true)} has no value member.`);
      }
      getMemberSchema(memberName) {
        const struct = this.getSchema();
        if (this.isStructSchema() && struct[4].includes(memberName)) {
          const i = struct[4].indexOf(memberName);
          const memberSchema = struct[5][i];
          return member(isMemberSchema(memberSchema) ? memberSchema : [ memberSchema, 0 ], memberName);
        }
        if (this.isDocumentSchema()) return member([ 15, 0 ], memberName);
        throw new Error(`@smithy/core/schema - ${this.getName(true)} has no member=${memberName}.`);
      }
      getMemberSchemas() {
        const buffer = {};
        try {
          for (const [k, v] of this.structIterator()) buffer[k] = v;
        } catch (ignored) {}
        return buffer;
      }
      getEventStreamMember() {
        if (this.isStructSchema()) for (const [memberName, memberSchema] of this.structIterator()) if (memberSchema.isStreaming() && memberSchema.isStructSchema()) return memberName;
        return "";
      }
      * structIterator() {
        if (this.isUnitSchema()) return;
        if (!this.isStructSchema()) throw new Error("@smithy/core/schema - cannot iterate non-struct schema.");
        const struct = this.getSchema();
        const z = struct[4].length;
        let it = struct[anno.it];
        if (it && z === it.length) {
          yield* it;
          return;
        }
        it = Array(z);
        for (let i = 0; i < z; ++i) {
          const k = struct[4][i];
          const v = member([ struct[5][i], 0 ], k);
          yield it[i] = [ k, v ];
        }
        struct[anno.it] = it;
      }
    }
    function member(memberSchema, memberName) {
      if (memberSchema instanceof NormalizedSchema) return Object.assign(memberSchema, {
        memberName: memberName,
        _isMemberSchema: true
      });
      const internalCtorAccess = NormalizedSchema;
      return new internalCtorAccess(memberSchema, memberName);
    }
    const isMemberSchema = sc => Array.isArray(sc) && sc.length === 2;
    const isStaticSchema = sc => Array.isArray(sc) && sc.length >= 5;
    class SimpleSchema extends Schema {
      static symbol=Symbol.for("@smithy/sim");
      schemaRef;
      symbol=SimpleSchema.symbol;
    }
    class TypeRegistry {
      namespace;
      schemas;
      exceptions;
      static registries=new Map;
      constructor(namespace, schemas = new Map, exceptions = new Map) {
        this.namespace = namespace;
        this.schemas = schemas;
        this.exceptions = exceptions;
        if (!TypeRegistry.registries.has(namespace)) TypeRegistry.registries.set(namespace, this);
      }
      static for(namespace) {
        return TypeRegistry.registries.get(namespace) ?? new TypeRegistry(namespace);
      }
      copyFrom(other) {
        const {schemas: schemas, exceptions: exceptions} = this;
        for (const [k, v] of other.schemas) if (!schemas.has(k)) schemas.set(k, v);
        for (const [k, v] of other.exceptions) if (!exceptions.has(k)) exceptions.set(k, v);
      }
      register(shapeId, schema) {
        const qualifiedName = this.normalizeShapeId(shapeId);
        for (const r of [ this, TypeRegistry.for(qualifiedName.split("#")[0]) ]) if (!r.schemas.has(qualifiedName)) r.schemas.set(qualifiedName, schema);
      }
      getSchema(shapeId) {
        const id = this.normalizeShapeId(shapeId);
        if (!this.schemas.has(id)) {
          if (!shapeId.includes("#")) {
            const suffix = "#" + shapeId;
            const candidates = [];
            for (const [shapeId, schema] of this.schemas.entries()) if (shapeId.endsWith(suffix)) candidates.push(schema);
            if (candidates.length === 1) return candidates[0];
          }
          throw new Error(`@smithy/core/schema - schema not found for ${id}`);
        }
        return this.schemas.get(id);
      }
      registerError(es, ctor) {
        const $error = es;
        const ns = $error[1];
        const qualifiedName = ns + "#" + $error[2];
        if (!ctor.hasOwnProperty?.("shapeId")) ctor.shapeId = qualifiedName;
        for (const r of [ this, TypeRegistry.for(ns) ]) if (!r.schemas.has(qualifiedName) && !r.exceptions.has($error)) {
          r.schemas.set(qualifiedName, $error);
          r.exceptions.set($error, ctor);
        }
      }
      getErrorCtor(es) {
        const $error = es;
        if (this.exceptions.has($error)) return this.exceptions.get($error);
        const registry = TypeRegistry.for($error[1]);
        return registry.exceptions.get($error);
      }
      getBaseException() {
        for (const exceptionKey of this.exceptions.keys()) if (Array.isArray(exceptionKey)) {
          const [, ns, name] = exceptionKey;
          const id = ns + "#" + name;
          if (id.startsWith("smithy.ts.sdk.synthetic.") && id.endsWith("ServiceException")) return exceptionKey;
        }
        return;
      }
      find(predicate) {
        for (const schema of this.schemas.values()) if (predicate(schema)) return schema;
        return;
      }
      clear() {
        this.schemas.clear();
        this.exceptions.clear();
      }
      normalizeShapeId(shapeId) {
        if (shapeId.includes("#")) return shapeId;
        return this.namespace + "#" + shapeId;
      }
    }
    exports.ErrorSchema = ErrorSchema;
    exports.ListSchema = ListSchema;
    exports.MapSchema = MapSchema;
    exports.NormalizedSchema = NormalizedSchema;
    exports.OperationSchema = OperationSchema;
    exports.SCHEMA = {
      BLOB: 21,
      STREAMING_BLOB: 42,
      BOOLEAN: 2,
      STRING: 0,
      NUMERIC: 1,
      BIG_INTEGER: 17,
      BIG_DECIMAL: 19,
      DOCUMENT: 15,
      TIMESTAMP_DEFAULT: 4,
      TIMESTAMP_DATE_TIME: 5,
      TIMESTAMP_HTTP_DATE: 6,
      TIMESTAMP_EPOCH_SECONDS: 7,
      LIST_MODIFIER: 64,
      MAP_MODIFIER: 128
    };
    exports.Schema = Schema;
    exports.SimpleSchema = SimpleSchema;
    exports.StructureSchema = StructureSchema;
    exports.TypeRegistry = TypeRegistry;
    exports.deref = deref;
    exports.deserializerMiddlewareOption = deserializerMiddlewareOption;
    exports.error = (namespace, name, traits, memberNames, memberList, _ctor) => Schema.assign(new ErrorSchema, {
      name: name,
      namespace: namespace,
      traits: traits,
      memberNames: memberNames,
      memberList: memberList,
      ctor: null
    });
    exports.getSchemaSerdePlugin = function(config) {
      return {
        applyToStack: commandStack => {
          commandStack.add(schemaSerializationMiddleware(config), serializerMiddlewareOption);
          commandStack.add(schemaDeserializationMiddleware(config), deserializerMiddlewareOption);
          config.protocol.setSerdeContext(config);
        }
      };
    };
    exports.isStaticSchema = isStaticSchema;
    exports.list = (namespace, name, traits, valueSchema) => Schema.assign(new ListSchema, {
      name: name,
      namespace: namespace,
      traits: traits,
      valueSchema: valueSchema
    });
    exports.map = (namespace, name, traits, keySchema, valueSchema) => Schema.assign(new MapSchema, {
      name: name,
      namespace: namespace,
      traits: traits,
      keySchema: keySchema,
      valueSchema: valueSchema
    });
    exports.op = (namespace, name, traits, input, output) => Schema.assign(new OperationSchema, {
      name: name,
      namespace: namespace,
      traits: traits,
      input: input,
      output: output
    });
    exports.operation = operation;
    exports.serializerMiddlewareOption = serializerMiddlewareOption;
    exports.sim = (namespace, name, schemaRef, traits) => Schema.assign(new SimpleSchema, {
      name: name,
      namespace: namespace,
      traits: traits,
      schemaRef: schemaRef
    });
    exports.simAdapter = (namespace, name, traits, schemaRef) => Schema.assign(new SimpleSchema, {
      name: name,
      namespace: namespace,
      traits: traits,
      schemaRef: schemaRef
    });
    exports.simpleSchemaCacheN = simpleSchemaCacheN;
    exports.simpleSchemaCacheS = simpleSchemaCacheS;
    exports.struct = (namespace, name, traits, memberNames, memberList) => Schema.assign(new StructureSchema, {
      name: name,
      namespace: namespace,
      traits: traits,
      memberNames: memberNames,
      memberList: memberList
    });
    exports.traitsCache = traitsCache;
    exports.translateTraits = translateTraits;
  },
  2430: (__unused_webpack_module, exports, __webpack_require__) => {
    const {createHmac: createHmac, createHash: createHash, getRandomValues: getRandomValues} = __webpack_require__(7598);
    const {hasOwn: hasOwn, HttpResponse: HttpResponse} = __webpack_require__(4534);
    exports.hasOwn = hasOwn;
    const {ReadStream: ReadStream, lstatSync: lstatSync, fstatSync: fstatSync} = __webpack_require__(3024);
    const {toEndpointV1: toEndpointV1} = __webpack_require__(2085);
    const {Readable: Readable, Writable: Writable, PassThrough: PassThrough} = __webpack_require__(7075);
    const isArrayBuffer = arg => typeof ArrayBuffer === "function" && arg instanceof ArrayBuffer || Object.prototype.toString.call(arg) === "[object ArrayBuffer]";
    const fromArrayBuffer = (input, offset = 0, length = input.byteLength - offset) => {
      if (!isArrayBuffer(input)) throw new TypeError(`The "input" argument must be ArrayBuffer. Received type ${typeof input} (${input})`);
      return Buffer.from(input, offset, length);
    };
    const fromString = (input, encoding) => {
      if (typeof input !== "string") throw new TypeError(`The "input" argument must be of type string. Received type ${typeof input} (${input})`);
      return encoding ? Buffer.from(input, encoding) : Buffer.from(input);
    };
    const BASE64_REGEX = /^[A-Za-z0-9+/]*={0,2}$/;
    const fromBase64 = input => {
      if (input.length * 3 % 4 !== 0) throw new TypeError(`Incorrect padding on base64 string.`);
      if (!BASE64_REGEX.exec(input)) throw new TypeError(`Invalid base64 string.`);
      const buffer = fromString(input, "base64");
      return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
    };
    const fromUtf8$1 = input => {
      const buf = fromString(input, "utf8");
      return new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength / Uint8Array.BYTES_PER_ELEMENT);
    };
    const toBase64$1 = _input => {
      let input;
      if (typeof _input === "string") input = fromUtf8$1(_input); else input = _input;
      if (typeof input !== "object" || typeof input.byteOffset !== "number" || typeof input.byteLength !== "number") throw new Error("@smithy/util-base64: toBase64 encoder function only accepts string | Uint8Array.");
      return fromArrayBuffer(input.buffer, input.byteOffset, input.byteLength).toString("base64");
    };
    function bindUint8ArrayBlobAdapter(toUtf8, fromUtf8, toBase64, fromBase64) {
      return class Uint8ArrayBlobAdapter extends Uint8Array {
        static fromString(source, encoding = "utf-8") {
          if (typeof source === "string") {
            if (encoding === "base64") return Uint8ArrayBlobAdapter.mutate(fromBase64(source));
            return Uint8ArrayBlobAdapter.mutate(fromUtf8(source));
          }
          throw new Error(`Unsupported conversion from ${typeof source} to Uint8ArrayBlobAdapter.`);
        }
        static mutate(source) {
          Object.setPrototypeOf(source, Uint8ArrayBlobAdapter.prototype);
          return source;
        }
        transformToString(encoding = "utf-8") {
          if (encoding === "base64") return toBase64(this);
          return toUtf8(this);
        }
      };
    }
    const toUtf8$1 = input => {
      if (typeof input === "string") return input;
      if (typeof input !== "object" || typeof input.byteOffset !== "number" || typeof input.byteLength !== "number") throw new Error("@smithy/util-utf8: toUtf8 encoder function only accepts string | Uint8Array.");
      return fromArrayBuffer(input.buffer, input.byteOffset, input.byteLength).toString("utf8");
    };
    const decimalToHex = Array.from({
      length: 256
    }, (_, i) => i.toString(16).padStart(2, "0"));
    const expectNumber = value => {
      if (value === null || value === void 0) return;
      if (typeof value === "string") {
        const parsed = parseFloat(value);
        if (!Number.isNaN(parsed)) {
          if (String(parsed) !== String(value)) logger.warn(stackTraceWarning(`Expected number but observed string: ${value}`));
          return parsed;
        }
      }
      if (typeof value === "number") return value;
      throw new TypeError(`Expected number, got ${typeof value}: ${value}`);
    };
    const MAX_FLOAT = Math.ceil(2 ** 127 * (2 - 2 ** -23));
    const expectFloat32 = value => {
      const expected = expectNumber(value);
      if (expected !== void 0 && !Number.isNaN(expected) && expected !== 1 / 0 && expected !== -1 / 0) if (Math.abs(expected) > MAX_FLOAT) throw new TypeError(`Expected 32-bit float, got ${value}`);
      return expected;
    };
    const expectLong = value => {
      if (value === null || value === void 0) return;
      if (Number.isInteger(value) && !Number.isNaN(value)) return value;
      throw new TypeError(`Expected integer, got ${typeof value}: ${value}`);
    };
    const expectInt = expectLong;
    const expectInt32 = value => expectSizedInt(value, 32);
    const expectShort = value => expectSizedInt(value, 16);
    const expectByte = value => expectSizedInt(value, 8);
    const expectSizedInt = (value, size) => {
      const expected = expectLong(value);
      if (expected !== void 0 && castInt(expected, size) !== expected) throw new TypeError(`Expected ${size}-bit integer, got ${value}`);
      return expected;
    };
    const castInt = (value, size) => {
      switch (size) {
       case 32:
        return Int32Array.of(value)[0];

       case 16:
        return Int16Array.of(value)[0];

       case 8:
        return Int8Array.of(value)[0];
      }
    };
    const expectObject = value => {
      if (value === null || value === void 0) return;
      if (typeof value === "object" && !Array.isArray(value)) return value;
      const receivedType = Array.isArray(value) ? "array" : typeof value;
      throw new TypeError(`Expected object, got ${receivedType}: ${value}`);
    };
    const strictParseDouble = value => {
      if (typeof value == "string") return expectNumber(parseNumber(value));
      return expectNumber(value);
    };
    const strictParseFloat = strictParseDouble;
    const strictParseFloat32 = value => {
      if (typeof value == "string") return expectFloat32(parseNumber(value));
      return expectFloat32(value);
    };
    const NUMBER_REGEX = /(-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)|(-?Infinity)|(NaN)/g;
    const parseNumber = value => {
      const matches = value.match(NUMBER_REGEX);
      if (matches === null || matches[0].length !== value.length) throw new TypeError(`Expected real number, got implicit NaN`);
      return parseFloat(value);
    };
    const limitedParseDouble = value => {
      if (typeof value == "string") return parseFloatString(value);
      return expectNumber(value);
    };
    const handleFloat = limitedParseDouble;
    const limitedParseFloat = limitedParseDouble;
    const parseFloatString = value => {
      switch (value) {
       case "NaN":
        return NaN;

       case "Infinity":
        return 1 / 0;

       case "-Infinity":
        return -1 / 0;

       default:
        throw new Error(`Unable to parse float value: ${value}`);
      }
    };
    const strictParseLong = value => {
      if (typeof value === "string") return expectLong(parseNumber(value));
      return expectLong(value);
    };
    const strictParseInt = strictParseLong;
    const strictParseShort = value => {
      if (typeof value === "string") return expectShort(parseNumber(value));
      return expectShort(value);
    };
    const strictParseByte = value => {
      if (typeof value === "string") return expectByte(parseNumber(value));
      return expectByte(value);
    };
    const stackTraceWarning = message => String(new TypeError(message).stack || message).split("\n").slice(0, 5).filter(s => !s.includes("stackTraceWarning")).join("\n");
    const logger = {
      warn: console.warn
    };
    const DAYS = [ "Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat" ];
    const MONTHS = [ "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec" ];
    const RFC3339 = new RegExp(/^(\d{4})-(\d{2})-(\d{2})[tT](\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?[zZ]$/);
    const RFC3339_WITH_OFFSET$1 = new RegExp(/^(\d{4})-(\d{2})-(\d{2})[tT](\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?(([-+]\d{2}:\d{2})|[zZ])$/);
    const IMF_FIXDATE$1 = new RegExp(/^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), (\d{2}) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (\d{4}) (\d{1,2}):(\d{2}):(\d{2})(?:\.(\d+))? GMT$/);
    const RFC_850_DATE$1 = new RegExp(/^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), (\d{2})-(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)-(\d{2}) (\d{1,2}):(\d{2}):(\d{2})(?:\.(\d+))? GMT$/);
    const ASC_TIME$1 = new RegExp(/^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) ( [1-9]|\d{2}) (\d{1,2}):(\d{2}):(\d{2})(?:\.(\d+))? (\d{4})$/);
    const buildDate = (year, month, day, time) => {
      const adjustedMonth = month - 1;
      validateDayOfMonth(year, adjustedMonth, day);
      return new Date(Date.UTC(year, adjustedMonth, day, parseDateValue(time.hours, "hour", 0, 23), parseDateValue(time.minutes, "minute", 0, 59), parseDateValue(time.seconds, "seconds", 0, 60), parseMilliseconds(time.fractionalMilliseconds)));
    };
    const parseTwoDigitYear = value => {
      const thisYear = (new Date).getUTCFullYear();
      const valueInThisCentury = Math.floor(thisYear / 100) * 100 + strictParseShort(stripLeadingZeroes(value));
      if (valueInThisCentury < thisYear) return valueInThisCentury + 100;
      return valueInThisCentury;
    };
    const FIFTY_YEARS_IN_MILLIS = 50 * 365 * 24 * 60 * 60 * 1e3;
    const adjustRfc850Year = input => {
      if (input.getTime() - (new Date).getTime() > FIFTY_YEARS_IN_MILLIS) return new Date(Date.UTC(input.getUTCFullYear() - 100, input.getUTCMonth(), input.getUTCDate(), input.getUTCHours(), input.getUTCMinutes(), input.getUTCSeconds(), input.getUTCMilliseconds()));
      return input;
    };
    const parseMonthByShortName = value => {
      const monthIdx = MONTHS.indexOf(value);
      if (monthIdx < 0) throw new TypeError(`Invalid month: ${value}`);
      return monthIdx + 1;
    };
    const DAYS_IN_MONTH = [ 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 ];
    const validateDayOfMonth = (year, month, day) => {
      let maxDays = DAYS_IN_MONTH[month];
      if (month === 1 && isLeapYear(year)) maxDays = 29;
      if (day > maxDays) throw new TypeError(`Invalid day for ${MONTHS[month]} in ${year}: ${day}`);
    };
    const isLeapYear = year => year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
    const parseDateValue = (value, type, lower, upper) => {
      const dateVal = strictParseByte(stripLeadingZeroes(value));
      if (dateVal < lower || dateVal > upper) throw new TypeError(`${type} must be between ${lower} and ${upper}, inclusive`);
      return dateVal;
    };
    const parseMilliseconds = value => {
      if (value === null || value === void 0) return 0;
      return strictParseFloat32("0." + value) * 1e3;
    };
    const parseOffsetToMilliseconds = value => {
      const directionStr = value[0];
      let direction = 1;
      if (directionStr == "+") direction = 1; else if (directionStr == "-") direction = -1; else throw new TypeError(`Offset direction, ${directionStr}, must be "+" or "-"`);
      const hour = Number(value.substring(1, 3));
      const minute = Number(value.substring(4, 6));
      return direction * (hour * 60 + minute) * 60 * 1e3;
    };
    const stripLeadingZeroes = value => {
      let idx = 0;
      while (idx < value.length - 1 && value.charAt(idx) === "0") idx++;
      if (idx === 0) return value;
      return value.slice(idx);
    };
    const LazyJsonString = function(val) {
      const str = Object.assign(new String(val), {
        deserializeJSON() {
          return JSON.parse(String(val));
        },
        toString() {
          return String(val);
        },
        toJSON() {
          return String(val);
        }
      });
      return str;
    };
    LazyJsonString.from = object => {
      if (object && typeof object === "object" && (object instanceof LazyJsonString || "deserializeJSON" in object)) return object; else if (typeof object === "string" || Object.getPrototypeOf(object) === String.prototype) return LazyJsonString(String(object));
      return LazyJsonString(JSON.stringify(object));
    };
    LazyJsonString.fromObject = LazyJsonString.from;
    const ddd = `(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)(?:[ne|u?r]?s?day)?`;
    const mmm = `(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)`;
    const time = `(\\d?\\d):(\\d{2}):(\\d{2})(?:\\.(\\d+))?`;
    const date = `(\\d?\\d)`;
    const year = `(\\d{4})`;
    const RFC3339_WITH_OFFSET = new RegExp(/^(\d{4})-(\d\d)-(\d\d)[tT](\d\d):(\d\d):(\d\d)(\.(\d+))?(([-+]\d\d:\d\d)|[zZ])$/);
    const IMF_FIXDATE_NATIVE = /^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), (?:0[1-9]|[12]\d|3[01]) (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) [1-9]\d{3} (?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d GMT$/;
    const IMF_FIXDATE = new RegExp(`^${ddd}, ${date} ${mmm} ${year} ${time} GMT$`);
    const RFC_850_DATE = new RegExp(`^${ddd}, ${date}-${mmm}-(\\d\\d) ${time} GMT$`);
    const ASC_TIME = new RegExp(`^${ddd} ${mmm} ( [1-9]|\\d\\d) ${time} ${year}$`);
    const months = [ "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec" ];
    function range(v, min, max) {
      const _v = Number(v);
      if (_v < min || _v > max) throw new Error(`Value ${_v} out of range [${min}, ${max}]`);
    }
    const format = /^-?((0|[1-9]\d*)(\.\d+)?|\.\d+)([eE][+-]?\d+)?$/;
    class NumericValue {
      string;
      type;
      constructor(string, type) {
        this.string = string;
        this.type = type;
        if (!format.test(string)) throw new Error(`@smithy/core/serde - NumericValue string must conform to the Smithy bigDecimal format. Received: "${string}"`);
      }
      toString() {
        return this.string;
      }
      static [Symbol.hasInstance](object) {
        if (!object || typeof object !== "object") return false;
        const _nv = object;
        return NumericValue.prototype.isPrototypeOf(object) || _nv.type === "bigDecimal" && format.test(_nv.string);
      }
    }
    const SHORT_TO_HEX = {};
    const HEX_TO_SHORT = {};
    for (let i = 0; i < 256; i++) {
      let encodedByte = i.toString(16).toLowerCase();
      if (encodedByte.length === 1) encodedByte = `0${encodedByte}`;
      SHORT_TO_HEX[i] = encodedByte;
      HEX_TO_SHORT[encodedByte] = i;
    }
    function toHex(bytes) {
      let out = "";
      for (let i = 0; i < bytes.byteLength; i++) out += SHORT_TO_HEX[bytes[i]];
      return out;
    }
    const toUint8Array = data => {
      if (data instanceof Uint8Array) return data;
      if (typeof data === "string") return fromUtf8$1(data);
      if (ArrayBuffer.isView(data)) return new Uint8Array(data.buffer, data.byteOffset, data.byteLength / Uint8Array.BYTES_PER_ELEMENT);
      return new Uint8Array(data);
    };
    function concatBytes(arrays, length) {
      if (length === void 0) {
        length = 0;
        for (const bytes of arrays) length += bytes.byteLength;
      }
      const result = new Uint8Array(length);
      let offset = 0;
      for (const buf of arrays) {
        result.set(buf, offset);
        offset += buf.byteLength;
      }
      return result;
    }
    const deserializerMiddleware = (options, deserializer) => (next, context) => async args => {
      const {response: response} = await next(args);
      try {
        const parsed = await deserializer(response, options);
        return {
          response: response,
          output: parsed
        };
      } catch (error) {
        Object.defineProperty(error, "$response", {
          value: response,
          enumerable: false,
          writable: false,
          configurable: false
        });
        if (!("$metadata" in error)) {
          const hint = `Deserialization error: to see the raw response, inspect the hidden field {error}.$response on this object.`;
          try {
            error.message += "\n  " + hint;
          } catch (ignored) {
            if (!context.logger || context.logger?.constructor?.name === "NoOpLogger") console.warn(hint); else context.logger?.warn?.(hint);
          }
          if (typeof error.$responseBodyText !== "undefined") if (error.$response) error.$response.body = error.$responseBodyText;
          try {
            if (HttpResponse.isInstance(response)) {
              const {headers: headers = {}} = response;
              const headerEntries = Object.entries(headers);
              error.$metadata = {
                httpStatusCode: response.statusCode,
                requestId: findHeader(/^x-[\w-]+-request-?id$/, headerEntries),
                extendedRequestId: findHeader(/^x-[\w-]+-id-2$/, headerEntries),
                cfId: findHeader(/^x-[\w-]+-cf-id$/, headerEntries)
              };
            }
          } catch (ignored) {}
        }
        throw error;
      }
    };
    const findHeader = (pattern, headers) => (headers.find(([k]) => k.match(pattern)) || [ void 0, void 0 ])[1];
    const serializerMiddleware = (options, serializer) => (next, context) => async args => {
      const endpointConfig = options;
      const endpoint = context.endpointV2 ? async () => toEndpointV1(context.endpointV2) : endpointConfig.endpoint;
      if (!endpoint) throw new Error("No valid endpoint provider available.");
      const request = await serializer(args.input, {
        ...options,
        endpoint: endpoint
      });
      return next({
        ...args,
        request: request
      });
    };
    const deserializerMiddlewareOption = {
      name: "deserializerMiddleware",
      step: "deserialize",
      tags: [ "DESERIALIZER" ],
      override: true
    };
    const serializerMiddlewareOption = {
      name: "serializerMiddleware",
      step: "serialize",
      tags: [ "SERIALIZER" ],
      override: true
    };
    function castSourceData(toCast, encoding) {
      if (Buffer.isBuffer(toCast)) return toCast;
      if (typeof toCast === "string") return fromString(toCast, encoding);
      if (ArrayBuffer.isView(toCast)) return fromArrayBuffer(toCast.buffer, toCast.byteOffset, toCast.byteLength);
      return fromArrayBuffer(toCast);
    }
    let ChecksumStream$1 = class extends Readable {
      expectedChecksum;
      checksumSourceLocation;
      checksum;
      source;
      base64Encoder;
      constructor({expectedChecksum: expectedChecksum, checksum: checksum, source: source, checksumSourceLocation: checksumSourceLocation, base64Encoder: base64Encoder}) {
        super();
        if (typeof source.pipe !== "function") throw new Error(`@smithy/util-stream: unsupported source type ${source?.constructor?.name ?? source} in ChecksumStream.`);
        this.source = source;
        this.base64Encoder = base64Encoder ?? toBase64$1;
        this.expectedChecksum = expectedChecksum;
        this.checksum = checksum;
        this.checksumSourceLocation = checksumSourceLocation;
        this.source.on("data", this.onSourceData);
        this.source.on("end", this.onSourceEnd);
        this.source.on("error", this.onSourceError);
        this.source.on("close", this.onSourceClose);
        this.source.pause();
      }
      onSourceData=chunk => {
        if (this.destroyed) return;
        try {
          this.checksum.update(chunk);
        } catch (e) {
          this.destroy(e);
          return;
        }
        if (!this.push(chunk)) this.source.pause();
      };
      onSourceEnd=async () => {
        if (this.destroyed) return;
        try {
          const digest = await this.checksum.digest();
          const received = this.base64Encoder(digest);
          if (this.expectedChecksum !== received) {
            this.destroy(new Error(`Checksum mismatch: expected "${this.expectedChecksum}" but received "${received}"` + ` in response header "${this.checksumSourceLocation}".`));
            return;
          }
        } catch (e) {
          this.destroy(e);
          return;
        }
        this.push(null);
      };
      onSourceError=error => {
        this.destroy(error);
      };
      onSourceClose=() => {
        if (!this.destroyed && !this.source.readableEnded) this.destroy(new Error("Connection lost or stream closed before all data was received."));
      };
      _read(_size) {
        this.source.resume();
      }
      _destroy(error, callback) {
        this.source?.removeListener("data", this.onSourceData);
        this.source?.removeListener("end", this.onSourceEnd);
        this.source?.removeListener("error", this.onSourceError);
        this.source?.removeListener("close", this.onSourceClose);
        this.source?.destroy();
        callback(error);
      }
    };
    const isReadableStream = stream => typeof ReadableStream === "function" && (stream?.constructor?.name === ReadableStream.name || stream instanceof ReadableStream);
    const isBlob = blob => typeof Blob === "function" && (blob?.constructor?.name === Blob.name || blob instanceof Blob);
    const fromUtf8 = input => (new TextEncoder).encode(input);
    const chars = `ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/`;
    Object.entries(chars).reduce((acc, [i, c]) => {
      acc[c] = Number(i);
      return acc;
    }, {});
    const alphabetByValue = chars.split("");
    const bitsPerLetter = 6;
    const bitsPerByte = 8;
    const maxLetterValue = 63;
    function toBase64(_input) {
      let input;
      if (typeof _input === "string") input = fromUtf8(_input); else input = _input;
      const isArrayLike = typeof input === "object" && typeof input.length === "number";
      const isUint8Array = typeof input === "object" && typeof input.byteOffset === "number" && typeof input.byteLength === "number";
      if (!isArrayLike && !isUint8Array) throw new Error("@smithy/util-base64: toBase64 encoder function only accepts string | Uint8Array.");
      let str = "";
      for (let i = 0; i < input.length; i += 3) {
        let bits = 0;
        let bitLength = 0;
        for (let j = i, limit = Math.min(i + 3, input.length); j < limit; j++) {
          bits |= input[j] << (limit - j - 1) * bitsPerByte;
          bitLength += bitsPerByte;
        }
        const bitClusterCount = Math.ceil(bitLength / bitsPerLetter);
        bits <<= bitClusterCount * bitsPerLetter - bitLength;
        for (let k = 1; k <= bitClusterCount; k++) {
          const offset = (bitClusterCount - k) * bitsPerLetter;
          str += alphabetByValue[(bits & maxLetterValue << offset) >> offset];
        }
        str += "==".slice(0, 4 - bitClusterCount);
      }
      return str;
    }
    const ReadableStreamRef = typeof ReadableStream === "function" ? ReadableStream : function() {};
    class ChecksumStream extends ReadableStreamRef {}
    const createChecksumStream$1 = ({expectedChecksum: expectedChecksum, checksum: checksum, source: source, checksumSourceLocation: checksumSourceLocation, base64Encoder: base64Encoder}) => {
      if (!isReadableStream(source)) throw new Error(`@smithy/util-stream: unsupported source type ${source?.constructor?.name ?? source} in ChecksumStream.`);
      const encoder = base64Encoder ?? toBase64;
      if (typeof TransformStream !== "function") throw new Error("@smithy/util-stream: unable to instantiate ChecksumStream because API unavailable: ReadableStream/TransformStream.");
      const transform = new TransformStream({
        start() {},
        async transform(chunk, controller) {
          checksum.update(chunk);
          controller.enqueue(chunk);
        },
        async flush(controller) {
          const digest = await checksum.digest();
          const received = encoder(digest);
          if (expectedChecksum !== received) {
            const error = new Error(`Checksum mismatch: expected "${expectedChecksum}" but received "${received}"` + ` in response header "${checksumSourceLocation}".`);
            controller.error(error);
          } else controller.terminate();
        }
      });
      source.pipeThrough(transform);
      const readable = transform.readable;
      Object.setPrototypeOf(readable, ChecksumStream.prototype);
      return readable;
    };
    class ByteArrayCollector {
      allocByteArray;
      byteLength=0;
      byteArrays=[];
      constructor(allocByteArray) {
        this.allocByteArray = allocByteArray;
      }
      push(byteArray) {
        this.byteArrays.push(byteArray);
        this.byteLength += byteArray.byteLength;
      }
      flush() {
        if (this.byteArrays.length === 1) {
          const bytes = this.byteArrays[0];
          this.reset();
          return bytes;
        }
        const aggregation = this.allocByteArray(this.byteLength);
        let cursor = 0;
        for (let i = 0; i < this.byteArrays.length; ++i) {
          const bytes = this.byteArrays[i];
          aggregation.set(bytes, cursor);
          cursor += bytes.byteLength;
        }
        this.reset();
        return aggregation;
      }
      reset() {
        this.byteArrays = [];
        this.byteLength = 0;
      }
    }
    function createBufferedReadableStream(upstream, size, logger) {
      const reader = upstream.getReader();
      let streamBufferingLoggedWarning = false;
      let bytesSeen = 0;
      const buffers = [ "", new ByteArrayCollector(size => new Uint8Array(size)) ];
      let mode = -1;
      const pull = async controller => {
        const {value: value, done: done} = await reader.read();
        const chunk = value;
        if (done) {
          if (mode !== -1) {
            const remainder = flush(buffers, mode);
            if (sizeOf(remainder) > 0) controller.enqueue(remainder);
          }
          controller.close();
        } else {
          const chunkMode = modeOf(chunk, false);
          if (mode !== chunkMode) {
            if (mode >= 0) controller.enqueue(flush(buffers, mode));
            mode = chunkMode;
          }
          if (mode === -1) {
            controller.enqueue(chunk);
            return;
          }
          const chunkSize = sizeOf(chunk);
          bytesSeen += chunkSize;
          const bufferSize = sizeOf(buffers[mode]);
          if (chunkSize >= size && bufferSize === 0) controller.enqueue(chunk); else {
            const newSize = merge(buffers, mode, chunk);
            if (!streamBufferingLoggedWarning && bytesSeen > size * 2) {
              streamBufferingLoggedWarning = true;
              logger?.warn(`@smithy/util-stream - stream chunk size ${chunkSize} is below threshold of ${size}, automatically buffering.`);
            }
            if (newSize >= size) controller.enqueue(flush(buffers, mode)); else await pull(controller);
          }
        }
      };
      return new ReadableStream({
        pull: pull
      });
    }
    function merge(buffers, mode, chunk) {
      switch (mode) {
       case 0:
        buffers[0] += chunk;
        return sizeOf(buffers[0]);

       case 1:
       case 2:
        buffers[mode].push(chunk);
        return sizeOf(buffers[mode]);
      }
    }
    function flush(buffers, mode) {
      switch (mode) {
       case 0:
        const s = buffers[0];
        buffers[0] = "";
        return s;

       case 1:
       case 2:
        return buffers[mode].flush();
      }
      throw new Error(`@smithy/util-stream - invalid index ${mode} given to flush()`);
    }
    function sizeOf(chunk) {
      return chunk?.byteLength ?? chunk?.length ?? 0;
    }
    function modeOf(chunk, allowBuffer = true) {
      if (allowBuffer && typeof Buffer !== "undefined" && chunk instanceof Buffer) return 2;
      if (chunk instanceof Uint8Array) return 1;
      if (typeof chunk === "string") return 0;
      return -1;
    }
    const getAwsChunkedEncodingStream$1 = (readableStream, options) => {
      const {base64Encoder: base64Encoder, bodyLengthChecker: bodyLengthChecker, checksumAlgorithmFn: checksumAlgorithmFn, checksumLocationName: checksumLocationName, streamHasher: streamHasher} = options;
      const checksumRequired = base64Encoder !== void 0 && bodyLengthChecker !== void 0 && checksumAlgorithmFn !== void 0 && checksumLocationName !== void 0 && streamHasher !== void 0;
      const digest = checksumRequired ? streamHasher(checksumAlgorithmFn, readableStream) : void 0;
      Promise.resolve(digest).catch(() => {});
      const reader = readableStream.getReader();
      return new ReadableStream({
        async pull(controller) {
          const {value: value, done: done} = await reader.read();
          if (done) {
            controller.enqueue(`0\r\n`);
            if (checksumRequired) {
              const checksum = base64Encoder(await digest);
              controller.enqueue(`${checksumLocationName}:${checksum}\r\n`);
              controller.enqueue(`\r\n`);
            }
            controller.close();
          } else controller.enqueue(`${(bodyLengthChecker(value) || 0).toString(16)}\r\n${value}\r\n`);
        }
      });
    };
    async function headStream$1(stream, bytes) {
      let byteLengthCounter = 0;
      const chunks = [];
      const reader = stream.getReader();
      let isDone = false;
      while (!isDone) {
        const {done: done, value: value} = await reader.read();
        if (value) {
          chunks.push(value);
          byteLengthCounter += value?.byteLength ?? 0;
        }
        if (byteLengthCounter >= bytes) break;
        isDone = done;
      }
      reader.releaseLock();
      const collected = new Uint8Array(Math.min(bytes, byteLengthCounter));
      let offset = 0;
      for (const chunk of chunks) {
        if (chunk.byteLength > collected.byteLength - offset) {
          collected.set(chunk.subarray(0, collected.byteLength - offset), offset);
          break;
        } else collected.set(chunk, offset);
        offset += chunk.length;
      }
      return collected;
    }
    let Collector$1 = class extends Writable {
      buffers=[];
      limit=1 / 0;
      bytesBuffered=0;
      _write(chunk, encoding, callback) {
        this.buffers.push(chunk);
        this.bytesBuffered += chunk.byteLength ?? 0;
        if (this.bytesBuffered >= this.limit) {
          const excess = this.bytesBuffered - this.limit;
          const tailBuffer = this.buffers[this.buffers.length - 1];
          this.buffers[this.buffers.length - 1] = tailBuffer.subarray(0, tailBuffer.byteLength - excess);
          this.emit("finish");
        }
        callback();
      }
    };
    const toUtf8 = input => {
      if (typeof input === "string") return input;
      if (typeof input !== "object" || typeof input.byteOffset !== "number" || typeof input.byteLength !== "number") throw new Error("@smithy/util-utf8: toUtf8 encoder function only accepts string | Uint8Array.");
      return new TextDecoder("utf-8").decode(input);
    };
    const streamCollector$1 = async stream => {
      if (isBlob(stream)) return collectBlob(stream);
      return collectReadableStream(stream);
    };
    async function collectBlob(blob) {
      return blob.arrayBuffer().then(ab => new Uint8Array(ab));
    }
    async function collectReadableStream(stream) {
      const chunks = [];
      const reader = stream.getReader();
      let length = 0;
      while (true) {
        const {done: done, value: value} = await reader.read();
        if (value) {
          chunks.push(value);
          length += value.length;
        }
        if (done) break;
      }
      return concatBytes(chunks, length);
    }
    const ERR_MSG_STREAM_HAS_BEEN_TRANSFORMED$1 = "The stream has already been transformed.";
    const sdkStreamMixin$1 = stream => {
      if (!isBlobInstance(stream) && !isReadableStream(stream)) {
        const name = stream?.__proto__?.constructor?.name || stream;
        throw new Error(`Unexpected stream implementation, expect Blob or ReadableStream, got ${name}`);
      }
      let transformed = false;
      const transformToByteArray = async () => {
        if (transformed) throw new Error(ERR_MSG_STREAM_HAS_BEEN_TRANSFORMED$1);
        transformed = true;
        return await streamCollector$1(stream);
      };
      const blobToWebStream = blob => {
        if (typeof blob.stream !== "function") throw new Error("Cannot transform payload Blob to web stream. Please make sure the Blob.stream() is polyfilled.\n" + "If you are using React Native, this API is not yet supported, see: https://react-native.canny.io/feature-requests/p/fetch-streaming-body");
        return blob.stream();
      };
      return Object.assign(stream, {
        transformToByteArray: transformToByteArray,
        transformToString: async encoding => {
          const buf = await transformToByteArray();
          if (encoding === "base64") return toBase64(buf); else if (encoding === "hex") return toHex(buf); else if (encoding === void 0 || encoding === "utf8" || encoding === "utf-8") return toUtf8(buf); else if (typeof TextDecoder === "function") return new TextDecoder(encoding).decode(buf); else throw new Error("TextDecoder is not available, please make sure polyfill is provided.");
        },
        transformToWebStream: () => {
          if (transformed) throw new Error(ERR_MSG_STREAM_HAS_BEEN_TRANSFORMED$1);
          transformed = true;
          if (isBlobInstance(stream)) return blobToWebStream(stream); else if (isReadableStream(stream)) return stream; else throw new Error(`Cannot transform payload to web stream, got ${stream}`);
        }
      });
    };
    const isBlobInstance = stream => typeof Blob === "function" && stream instanceof Blob;
    const streamCollector = stream => {
      if (isBlob(stream)) return collectBlob(stream);
      if (isReadableStream(stream)) return collectReadableStream(stream);
      return new Promise((resolve, reject) => {
        const collector = new Collector;
        const nodeStream = stream;
        nodeStream.pipe(collector);
        nodeStream.on("error", err => {
          collector.end();
          reject(err);
        });
        collector.on("error", reject);
        collector.on("finish", function() {
          const bytes = concatBytes(this.bufferedBytes);
          resolve(bytes);
        });
      });
    };
    class Collector extends Writable {
      bufferedBytes=[];
      _write(chunk, encoding, callback) {
        this.bufferedBytes.push(chunk);
        callback();
      }
    }
    const ERR_MSG_STREAM_HAS_BEEN_TRANSFORMED = "The stream has already been transformed.";
    async function splitStream$1(stream) {
      if (typeof stream.stream === "function") stream = stream.stream();
      const readableStream = stream;
      return readableStream.tee();
    }
    class Uint8ArrayBlobAdapter extends(bindUint8ArrayBlobAdapter(toUtf8$1, fromUtf8$1, toBase64$1, fromBase64)){}
    const _getRandomValues = getRandomValues;
    const v4 = function(getRandomValues) {
      if (typeof crypto !== "undefined" && typeof crypto.randomUUID === "function") return () => crypto.randomUUID();
      return () => {
        const rnds = new Uint8Array(16);
        getRandomValues(rnds);
        rnds[6] = rnds[6] & 15 | 64;
        rnds[8] = rnds[8] & 63 | 128;
        return decimalToHex[rnds[0]] + decimalToHex[rnds[1]] + decimalToHex[rnds[2]] + decimalToHex[rnds[3]] + "-" + decimalToHex[rnds[4]] + decimalToHex[rnds[5]] + "-" + decimalToHex[rnds[6]] + decimalToHex[rnds[7]] + "-" + decimalToHex[rnds[8]] + decimalToHex[rnds[9]] + "-" + decimalToHex[rnds[10]] + decimalToHex[rnds[11]] + decimalToHex[rnds[12]] + decimalToHex[rnds[13]] + decimalToHex[rnds[14]] + decimalToHex[rnds[15]];
      };
    }(_getRandomValues);
    const generateIdempotencyToken = v4;
    exports.ChecksumStream = ChecksumStream$1;
    exports.Hash = class {
      algorithmIdentifier;
      secret;
      hash;
      constructor(algorithmIdentifier, secret) {
        this.algorithmIdentifier = algorithmIdentifier;
        this.secret = secret;
        this.reset();
      }
      update(toHash, encoding) {
        this.hash.update(toUint8Array(castSourceData(toHash, encoding)));
      }
      digest() {
        return Promise.resolve(this.hash.digest());
      }
      reset() {
        this.hash = this.secret ? createHmac(this.algorithmIdentifier, castSourceData(this.secret)) : createHash(this.algorithmIdentifier);
      }
    };
    exports.LazyJsonString = LazyJsonString;
    exports.NumericValue = NumericValue;
    exports.Uint8ArrayBlobAdapter = Uint8ArrayBlobAdapter;
    exports._parseEpochTimestamp = value => {
      if (value == null) return;
      let num = NaN;
      if (typeof value === "number") num = value; else if (typeof value === "string") {
        if (!/^-?\d*\.?\d+$/.test(value)) throw new TypeError(`parseEpochTimestamp - numeric string invalid.`);
        num = Number.parseFloat(value);
      } else if (typeof value === "object" && value.tag === 1) num = value.value;
      if (isNaN(num) || Math.abs(num) === 1 / 0) throw new TypeError("Epoch timestamps must be valid finite numbers.");
      return new Date(Math.round(num * 1e3));
    };
    exports._parseRfc3339DateTimeWithOffset = value => {
      if (value == null) return;
      if (typeof value !== "string") throw new TypeError("RFC3339 timestamps must be strings");
      const matches = RFC3339_WITH_OFFSET.exec(value);
      if (!matches) throw new TypeError(`Invalid RFC3339 timestamp format ${value}`);
      const [, yearStr, monthStr, dayStr, hours, minutes, seconds, , ms, offsetStr] = matches;
      range(monthStr, 1, 12);
      range(dayStr, 1, 31);
      range(hours, 0, 23);
      range(minutes, 0, 59);
      range(seconds, 0, 60);
      const date = new Date(Date.UTC(Number(yearStr), Number(monthStr) - 1, Number(dayStr), Number(hours), Number(minutes), Number(seconds), Number(ms) ? Math.round(parseFloat(`0.${ms}`) * 1e3) : 0));
      date.setUTCFullYear(Number(yearStr));
      if (offsetStr.toUpperCase() != "Z") {
        const [, sign, offsetH, offsetM] = /([+-])(\d\d):(\d\d)/.exec(offsetStr) || [ void 0, "+", 0, 0 ];
        const scalar = sign === "-" ? 1 : -1;
        date.setTime(date.getTime() + scalar * (Number(offsetH) * 60 * 60 * 1e3 + Number(offsetM) * 60 * 1e3));
      }
      return date;
    };
    exports._parseRfc7231DateTime = value => {
      if (value == null) return;
      if (typeof value !== "string") throw new TypeError("RFC7231 timestamps must be strings.");
      if (IMF_FIXDATE_NATIVE.test(value)) return new Date(value);
      let day;
      let month;
      let year;
      let hour;
      let minute;
      let second;
      let fraction;
      let matches;
      if (matches = IMF_FIXDATE.exec(value)) [, day, month, year, hour, minute, second, fraction] = matches; else if (matches = RFC_850_DATE.exec(value)) {
        [, day, month, year, hour, minute, second, fraction] = matches;
        year = (Number(year) + 1900).toString();
      } else if (matches = ASC_TIME.exec(value)) [, month, day, hour, minute, second, fraction, year] = matches;
      if (year && second) {
        const timestamp = Date.UTC(Number(year), months.indexOf(month), Number(day), Number(hour), Number(minute), Number(second), fraction ? Math.round(parseFloat(`0.${fraction}`) * 1e3) : 0);
        range(day, 1, 31);
        range(hour, 0, 23);
        range(minute, 0, 59);
        range(second, 0, 60);
        const date = new Date(timestamp);
        date.setUTCFullYear(Number(year));
        return date;
      }
      throw new TypeError(`Invalid RFC7231 date-time value ${value}.`);
    };
    exports.calculateBodyLength = body => {
      if (!body) return 0;
      if (typeof body === "string") return Buffer.byteLength(body); else if (typeof body.byteLength === "number") return body.byteLength; else if (typeof body.size === "number") return body.size; else if (typeof body.start === "number" && typeof body.end === "number") return body.end + 1 - body.start; else if (body instanceof ReadStream) if (body.path != null) return lstatSync(body.path).size; else if (typeof body.fd === "number") return fstatSync(body.fd).size;
      throw new Error(`Body Length computation failed for ${body}`);
    };
    exports.concatBytes = concatBytes;
    exports.copyDocumentWithTransform = (source, _schemaRef, _transform = _ => _) => source;
    exports.createBufferedReadable = function(upstream, size, logger) {
      if (isReadableStream(upstream)) return createBufferedReadableStream(upstream, size, logger);
      const downstream = new Readable({
        read() {}
      });
      let streamBufferingLoggedWarning = false;
      let bytesSeen = 0;
      const buffers = [ "", new ByteArrayCollector(size => new Uint8Array(size)), new ByteArrayCollector(size => Buffer.from(new Uint8Array(size))) ];
      let mode = -1;
      upstream.on("data", chunk => {
        const chunkMode = modeOf(chunk, true);
        if (mode !== chunkMode) {
          if (mode >= 0) downstream.push(flush(buffers, mode));
          mode = chunkMode;
        }
        if (mode === -1) {
          downstream.push(chunk);
          return;
        }
        const chunkSize = sizeOf(chunk);
        bytesSeen += chunkSize;
        const bufferSize = sizeOf(buffers[mode]);
        if (chunkSize >= size && bufferSize === 0) downstream.push(chunk); else {
          const newSize = merge(buffers, mode, chunk);
          if (!streamBufferingLoggedWarning && bytesSeen > size * 2) {
            streamBufferingLoggedWarning = true;
            logger?.warn(`@smithy/util-stream - stream chunk size ${chunkSize} is below threshold of ${size}, automatically buffering.`);
          }
          if (newSize >= size) downstream.push(flush(buffers, mode));
        }
      });
      upstream.on("end", () => {
        if (mode !== -1) {
          const remainder = flush(buffers, mode);
          if (sizeOf(remainder) > 0) downstream.push(remainder);
        }
        downstream.push(null);
      });
      return downstream;
    };
    exports.createChecksumStream = function(init) {
      if (typeof ReadableStream === "function" && isReadableStream(init.source)) return createChecksumStream$1(init);
      return new ChecksumStream$1(init);
    };
    exports.dateToUtcString = function(date) {
      const year = date.getUTCFullYear();
      const month = date.getUTCMonth();
      const dayOfWeek = date.getUTCDay();
      const dayOfMonthInt = date.getUTCDate();
      const hoursInt = date.getUTCHours();
      const minutesInt = date.getUTCMinutes();
      const secondsInt = date.getUTCSeconds();
      const dayOfMonthString = dayOfMonthInt < 10 ? `0${dayOfMonthInt}` : `${dayOfMonthInt}`;
      const hoursString = hoursInt < 10 ? `0${hoursInt}` : `${hoursInt}`;
      const minutesString = minutesInt < 10 ? `0${minutesInt}` : `${minutesInt}`;
      const secondsString = secondsInt < 10 ? `0${secondsInt}` : `${secondsInt}`;
      return `${DAYS[dayOfWeek]}, ${dayOfMonthString} ${MONTHS[month]} ${year} ${hoursString}:${minutesString}:${secondsString} GMT`;
    };
    exports.deserializerMiddleware = deserializerMiddleware;
    exports.deserializerMiddlewareOption = deserializerMiddlewareOption;
    exports.expectBoolean = value => {
      if (value === null || value === void 0) return;
      if (typeof value === "number") {
        if (value === 0 || value === 1) logger.warn(stackTraceWarning(`Expected boolean, got ${typeof value}: ${value}`));
        if (value === 0) return false;
        if (value === 1) return true;
      }
      if (typeof value === "string") {
        const lower = value.toLowerCase();
        if (lower === "false" || lower === "true") logger.warn(stackTraceWarning(`Expected boolean, got ${typeof value}: ${value}`));
        if (lower === "false") return false;
        if (lower === "true") return true;
      }
      if (typeof value === "boolean") return value;
      throw new TypeError(`Expected boolean, got ${typeof value}: ${value}`);
    };
    exports.expectByte = expectByte;
    exports.expectFloat32 = expectFloat32;
    exports.expectInt = expectInt;
    exports.expectInt32 = expectInt32;
    exports.expectLong = expectLong;
    exports.expectNonNull = (value, location) => {
      if (value === null || value === void 0) {
        if (location) throw new TypeError(`Expected a non-null value for ${location}`);
        throw new TypeError("Expected a non-null value");
      }
      return value;
    };
    exports.expectNumber = expectNumber;
    exports.expectObject = expectObject;
    exports.expectShort = expectShort;
    exports.expectString = value => {
      if (value === null || value === void 0) return;
      if (typeof value === "string") return value;
      if ([ "boolean", "number", "bigint" ].includes(typeof value)) {
        logger.warn(stackTraceWarning(`Expected string, got ${typeof value}: ${value}`));
        return String(value);
      }
      throw new TypeError(`Expected string, got ${typeof value}: ${value}`);
    };
    exports.expectUnion = value => {
      if (value === null || value === void 0) return;
      const asObject = expectObject(value);
      const setKeys = [];
      for (const k in asObject) {
        if (!hasOwn(asObject, k)) continue;
        if (asObject[k] != null) setKeys.push(k);
      }
      if (setKeys.length === 0) throw new TypeError(`Unions must have exactly one non-null member. None were found.`);
      if (setKeys.length > 1) throw new TypeError(`Unions must have exactly one non-null member. Keys ${setKeys} were not null.`);
      return asObject;
    };
    exports.fromArrayBuffer = fromArrayBuffer;
    exports.fromBase64 = fromBase64;
    exports.fromHex = function(encoded) {
      if (encoded.length % 2 !== 0) throw new Error("Hex encoded strings must have an even number length");
      const out = new Uint8Array(encoded.length / 2);
      for (let i = 0; i < encoded.length; i += 2) {
        const encodedByte = encoded.slice(i, i + 2).toLowerCase();
        if (encodedByte in HEX_TO_SHORT) out[i / 2] = HEX_TO_SHORT[encodedByte]; else throw new Error(`Cannot decode unrecognized sequence ${encodedByte} as hexadecimal`);
      }
      return out;
    };
    exports.fromString = fromString;
    exports.fromUtf8 = fromUtf8$1;
    exports.generateIdempotencyToken = generateIdempotencyToken;
    exports.getAwsChunkedEncodingStream = function(stream, options) {
      const readable = stream;
      const readableStream = stream;
      if (isReadableStream(readableStream)) return getAwsChunkedEncodingStream$1(readableStream, options);
      const {base64Encoder: base64Encoder, bodyLengthChecker: bodyLengthChecker, checksumAlgorithmFn: checksumAlgorithmFn, checksumLocationName: checksumLocationName, streamHasher: streamHasher} = options;
      const checksumRequired = base64Encoder !== void 0 && checksumAlgorithmFn !== void 0 && checksumLocationName !== void 0 && streamHasher !== void 0;
      const digest = checksumRequired ? streamHasher(checksumAlgorithmFn, readable) : void 0;
      Promise.resolve(digest).catch(() => {});
      const awsChunkedEncodingStream = new Readable({
        read() {
          readable.resume();
        }
      });
      readable.on("data", data => {
        const length = bodyLengthChecker(data) || 0;
        if (length === 0) return;
        awsChunkedEncodingStream.push(`${length.toString(16)}\r\n`);
        awsChunkedEncodingStream.push(data);
        if (!awsChunkedEncodingStream.push("\r\n")) readable.pause();
      });
      readable.on("error", err => {
        awsChunkedEncodingStream.destroy(err);
      });
      readable.pause();
      readable.on("end", async () => {
        try {
          awsChunkedEncodingStream.push(`0\r\n`);
          if (checksumRequired) {
            const checksum = base64Encoder(await digest);
            awsChunkedEncodingStream.push(`${checksumLocationName}:${checksum}\r\n`);
            awsChunkedEncodingStream.push(`\r\n`);
          }
          awsChunkedEncodingStream.push(null);
        } catch (err) {
          awsChunkedEncodingStream.destroy(err);
        }
      });
      return awsChunkedEncodingStream;
    };
    exports.getSerdePlugin = function(config, serializer, deserializer) {
      return {
        applyToStack: commandStack => {
          commandStack.add(deserializerMiddleware(config, deserializer), deserializerMiddlewareOption);
          commandStack.add(serializerMiddleware(config, serializer), serializerMiddlewareOption);
        }
      };
    };
    exports.handleFloat = handleFloat;
    exports.headStream = (stream, bytes) => {
      if (isReadableStream(stream)) return headStream$1(stream, bytes);
      return new Promise((resolve, reject) => {
        const collector = new Collector$1;
        collector.limit = bytes;
        stream.pipe(collector);
        stream.on("error", err => {
          collector.end();
          reject(err);
        });
        collector.on("error", reject);
        collector.on("finish", function() {
          const bytes = concatBytes(this.buffers);
          resolve(bytes);
        });
      });
    };
    exports.isArrayBuffer = isArrayBuffer;
    exports.isBlob = isBlob;
    exports.isReadableStream = isReadableStream;
    exports.limitedParseDouble = limitedParseDouble;
    exports.limitedParseFloat = limitedParseFloat;
    exports.limitedParseFloat32 = value => {
      if (typeof value == "string") return parseFloatString(value);
      return expectFloat32(value);
    };
    exports.logger = logger;
    exports.nv = function(input) {
      return new NumericValue(String(input), "bigDecimal");
    };
    exports.parseBoolean = value => {
      switch (value) {
       case "true":
        return true;

       case "false":
        return false;

       default:
        throw new Error(`Unable to parse boolean value "${value}"`);
      }
    };
    exports.parseEpochTimestamp = value => {
      if (value === null || value === void 0) return;
      let valueAsDouble;
      if (typeof value === "number") valueAsDouble = value; else if (typeof value === "string") valueAsDouble = strictParseDouble(value); else if (typeof value === "object" && value.tag === 1) valueAsDouble = value.value; else throw new TypeError("Epoch timestamps must be expressed as floating point numbers or their string representation");
      if (Number.isNaN(valueAsDouble) || valueAsDouble === 1 / 0 || valueAsDouble === -1 / 0) throw new TypeError("Epoch timestamps must be valid, non-Infinite, non-NaN numerics");
      return new Date(Math.round(valueAsDouble * 1e3));
    };
    exports.parseRfc3339DateTime = value => {
      if (value === null || value === void 0) return;
      if (typeof value !== "string") throw new TypeError("RFC-3339 date-times must be expressed as strings");
      const match = RFC3339.exec(value);
      if (!match) throw new TypeError("Invalid RFC-3339 date-time value");
      const [_, yearStr, monthStr, dayStr, hours, minutes, seconds, fractionalMilliseconds] = match;
      const year = strictParseShort(stripLeadingZeroes(yearStr));
      const month = parseDateValue(monthStr, "month", 1, 12);
      const day = parseDateValue(dayStr, "day", 1, 31);
      return buildDate(year, month, day, {
        hours: hours,
        minutes: minutes,
        seconds: seconds,
        fractionalMilliseconds: fractionalMilliseconds
      });
    };
    exports.parseRfc3339DateTimeWithOffset = value => {
      if (value === null || value === void 0) return;
      if (typeof value !== "string") throw new TypeError("RFC-3339 date-times must be expressed as strings");
      const match = RFC3339_WITH_OFFSET$1.exec(value);
      if (!match) throw new TypeError("Invalid RFC-3339 date-time value");
      const [_, yearStr, monthStr, dayStr, hours, minutes, seconds, fractionalMilliseconds, offsetStr] = match;
      const year = strictParseShort(stripLeadingZeroes(yearStr));
      const month = parseDateValue(monthStr, "month", 1, 12);
      const day = parseDateValue(dayStr, "day", 1, 31);
      const date = buildDate(year, month, day, {
        hours: hours,
        minutes: minutes,
        seconds: seconds,
        fractionalMilliseconds: fractionalMilliseconds
      });
      if (offsetStr.toUpperCase() != "Z") date.setTime(date.getTime() - parseOffsetToMilliseconds(offsetStr));
      return date;
    };
    exports.parseRfc7231DateTime = value => {
      if (value === null || value === void 0) return;
      if (typeof value !== "string") throw new TypeError("RFC-7231 date-times must be expressed as strings");
      let match = IMF_FIXDATE$1.exec(value);
      if (match) {
        const [_, dayStr, monthStr, yearStr, hours, minutes, seconds, fractionalMilliseconds] = match;
        return buildDate(strictParseShort(stripLeadingZeroes(yearStr)), parseMonthByShortName(monthStr), parseDateValue(dayStr, "day", 1, 31), {
          hours: hours,
          minutes: minutes,
          seconds: seconds,
          fractionalMilliseconds: fractionalMilliseconds
        });
      }
      match = RFC_850_DATE$1.exec(value);
      if (match) {
        const [_, dayStr, monthStr, yearStr, hours, minutes, seconds, fractionalMilliseconds] = match;
        return adjustRfc850Year(buildDate(parseTwoDigitYear(yearStr), parseMonthByShortName(monthStr), parseDateValue(dayStr, "day", 1, 31), {
          hours: hours,
          minutes: minutes,
          seconds: seconds,
          fractionalMilliseconds: fractionalMilliseconds
        }));
      }
      match = ASC_TIME$1.exec(value);
      if (match) {
        const [_, monthStr, dayStr, hours, minutes, seconds, fractionalMilliseconds, yearStr] = match;
        return buildDate(strictParseShort(stripLeadingZeroes(yearStr)), parseMonthByShortName(monthStr), parseDateValue(dayStr.trimLeft(), "day", 1, 31), {
          hours: hours,
          minutes: minutes,
          seconds: seconds,
          fractionalMilliseconds: fractionalMilliseconds
        });
      }
      throw new TypeError("Invalid RFC-7231 date-time value");
    };
    exports.quoteHeader = function(part) {
      if (part.includes(",") || part.includes('"')) part = `"${part.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`;
      return part;
    };
    exports.sdkStreamMixin = stream => {
      if (!(stream instanceof Readable)) try {
        return sdkStreamMixin$1(stream);
      } catch (ignored) {
        const name = stream?.__proto__?.constructor?.name || stream;
        throw new Error(`Unexpected stream implementation, expect Stream.Readable instance, got ${name}`);
      }
      let transformed = false;
      const transformToByteArray = async () => {
        if (transformed) throw new Error(ERR_MSG_STREAM_HAS_BEEN_TRANSFORMED);
        transformed = true;
        return await streamCollector(stream);
      };
      return Object.assign(stream, {
        transformToByteArray: transformToByteArray,
        transformToString: async encoding => {
          const buf = await transformToByteArray();
          if (encoding === void 0 || Buffer.isEncoding(encoding)) return fromArrayBuffer(buf.buffer, buf.byteOffset, buf.byteLength).toString(encoding); else {
            const decoder = new TextDecoder(encoding);
            return decoder.decode(buf);
          }
        },
        transformToWebStream: () => {
          if (transformed) throw new Error(ERR_MSG_STREAM_HAS_BEEN_TRANSFORMED);
          if (stream.readableFlowing !== null) throw new Error("The stream has been consumed by other callbacks.");
          if (typeof Readable.toWeb !== "function") throw new Error("Readable.toWeb() is not supported. Please ensure a polyfill is available.");
          transformed = true;
          return Readable.toWeb(stream);
        }
      });
    };
    exports.serializerMiddleware = serializerMiddleware;
    exports.serializerMiddlewareOption = serializerMiddlewareOption;
    exports.splitEvery = function(value, delimiter, numDelimiters) {
      if (numDelimiters <= 0 || !Number.isInteger(numDelimiters)) throw new Error("Invalid number of delimiters (" + numDelimiters + ") for splitEvery.");
      const segments = value.split(delimiter);
      if (numDelimiters === 1) return segments;
      const compoundSegments = [];
      let currentSegment = "";
      for (let i = 0; i < segments.length; i++) {
        if (currentSegment === "") currentSegment = segments[i]; else currentSegment += delimiter + segments[i];
        if ((i + 1) % numDelimiters === 0) {
          compoundSegments.push(currentSegment);
          currentSegment = "";
        }
      }
      if (currentSegment !== "") compoundSegments.push(currentSegment);
      return compoundSegments;
    };
    exports.splitHeader = value => {
      const z = value.length;
      const values = [];
      let withinQuotes = false;
      let escaped = false;
      let anchor = 0;
      for (let i = 0; i < z; ++i) {
        const char = value[i];
        switch (char) {
         case `"`:
          if (!escaped) withinQuotes = !withinQuotes;
          break;

         case ",":
          if (!withinQuotes) {
            values.push(value.slice(anchor, i));
            anchor = i + 1;
          }
          break;
        }
        escaped = char === "\\" && !escaped;
      }
      values.push(value.slice(anchor));
      return values.map(v => {
        v = v.trim();
        const z = v.length;
        if (z < 2) return v;
        if (v[0] === `"` && v[z - 1] === `"`) {
          v = v.slice(1, z - 1);
          return v.replace(/\\(["\\])/g, "$1");
        }
        return v.replace(/\\"/g, '"');
      });
    };
    exports.splitStream = async function(stream) {
      if (isReadableStream(stream) || isBlob(stream)) return splitStream$1(stream);
      const stream1 = new PassThrough;
      const stream2 = new PassThrough;
      stream.pipe(stream1);
      stream.pipe(stream2);
      return [ stream1, stream2 ];
    };
    exports.streamCollector = streamCollector;
    exports.strictParseByte = strictParseByte;
    exports.strictParseDouble = strictParseDouble;
    exports.strictParseFloat = strictParseFloat;
    exports.strictParseFloat32 = strictParseFloat32;
    exports.strictParseInt = strictParseInt;
    exports.strictParseInt32 = value => {
      if (typeof value === "string") return expectInt32(parseNumber(value));
      return expectInt32(value);
    };
    exports.strictParseLong = strictParseLong;
    exports.strictParseShort = strictParseShort;
    exports.toBase64 = toBase64$1;
    exports.toHex = toHex;
    exports.toUint8Array = toUint8Array;
    exports.toUtf8 = toUtf8$1;
    exports.v4 = v4;
    exports.writeKey = function(obj) {
      Object.defineProperty(obj, "__proto__", {
        value: void 0,
        writable: true,
        enumerable: true,
        configurable: true
      });
    };
  },
  4534: (__unused_webpack_module, exports, __webpack_require__) => {
    const {SMITHY_CONTEXT_KEY: SMITHY_CONTEXT_KEY} = __webpack_require__(690);
    function hasOwn(o, k) {
      return Object.prototype.hasOwnProperty.call(o, k);
    }
    class HttpRequest {
      method;
      protocol;
      hostname;
      port;
      path;
      query;
      headers;
      username;
      password;
      fragment;
      body;
      constructor(options) {
        this.method = options.method || "GET";
        this.hostname = options.hostname || "localhost";
        this.port = options.port;
        this.query = options.query || {};
        this.headers = options.headers || {};
        this.body = options.body;
        this.protocol = options.protocol ? options.protocol.slice(-1) !== ":" ? `${options.protocol}:` : options.protocol : "https:";
        this.path = options.path ? options.path.charAt(0) !== "/" ? `/${options.path}` : options.path : "/";
        this.username = options.username;
        this.password = options.password;
        this.fragment = options.fragment;
      }
      static clone(request) {
        const cloned = new HttpRequest({
          ...request,
          headers: {
            ...request.headers
          }
        });
        if (cloned.query) cloned.query = cloneQuery(cloned.query);
        return cloned;
      }
      static isInstance(request) {
        if (!request) return false;
        const req = request;
        return "method" in req && "protocol" in req && "hostname" in req && "path" in req && typeof req["query"] === "object" && typeof req["headers"] === "object";
      }
      clone() {
        return HttpRequest.clone(this);
      }
    }
    function cloneQuery(query) {
      return Object.keys(query).reduce((carry, paramName) => {
        const param = query[paramName];
        return {
          ...carry,
          [paramName]: Array.isArray(param) ? [ ...param ] : param
        };
      }, {});
    }
    const VALID_HOST_LABEL_REGEX = new RegExp(`^(?!.*-$)(?!-)[a-zA-Z0-9-]{1,63}$`);
    const isValidHostLabel = (value, allowSubDomains = false) => {
      if (!allowSubDomains) return VALID_HOST_LABEL_REGEX.test(value);
      const labels = value.split(".");
      for (const label of labels) if (!isValidHostLabel(label)) return false;
      return true;
    };
    function parseQueryString(querystring) {
      const query = {};
      querystring = querystring.replace(/^\?/, "");
      if (querystring) for (const pair of querystring.split("&")) {
        let [key, value = null] = pair.split("=");
        key = decodeURIComponent(key);
        if (value) value = decodeURIComponent(value);
        if (!(key in query)) query[key] = value; else if (Array.isArray(query[key])) query[key].push(value); else query[key] = [ query[key], value ];
      }
      return query;
    }
    const parseUrl = url => {
      if (typeof url === "string") return parseUrl(new URL(url));
      const {hostname: hostname, pathname: pathname, port: port, protocol: protocol, search: search} = url;
      let query;
      if (search) query = parseQueryString(search);
      return {
        hostname: hostname,
        port: port ? parseInt(port) : void 0,
        protocol: protocol,
        path: pathname,
        query: query
      };
    };
    exports.HttpRequest = HttpRequest;
    exports.HttpResponse = class {
      statusCode;
      reason;
      headers;
      body;
      constructor(options) {
        this.statusCode = options.statusCode;
        this.reason = options.reason;
        this.headers = options.headers || {};
        this.body = options.body;
      }
      static isInstance(response) {
        if (!response) return false;
        const resp = response;
        return typeof resp.statusCode === "number" && typeof resp.headers === "object";
      }
    };
    exports.getSmithyContext = context => context[SMITHY_CONTEXT_KEY] || (context[SMITHY_CONTEXT_KEY] = {});
    exports.hasOwn = hasOwn;
    exports.isValidHostLabel = isValidHostLabel;
    exports.isValidHostname = function(hostname) {
      return /^[a-z0-9][a-z0-9.-]*[a-z0-9]$/.test(hostname);
    };
    exports.normalizeProvider = input => {
      if (typeof input === "function") return input;
      const promisified = Promise.resolve(input);
      return () => promisified;
    };
    exports.parseQueryString = parseQueryString;
    exports.parseUrl = parseUrl;
    exports.toEndpointV1 = endpoint => {
      if (typeof endpoint === "object") {
        if ("url" in endpoint) {
          const v1Endpoint = parseUrl(endpoint.url);
          if (endpoint.headers) {
            v1Endpoint.headers = {};
            for (const name in endpoint.headers) {
              if (!hasOwn(endpoint.headers, name)) continue;
              v1Endpoint.headers[name.toLowerCase()] = endpoint.headers[name].join(", ");
            }
          }
          return v1Endpoint;
        }
        return endpoint;
      }
      return parseUrl(endpoint);
    };
  },
  566: (__unused_webpack_module, exports, __webpack_require__) => {
    const {ProviderError: ProviderError, CredentialsProviderError: CredentialsProviderError, loadConfig: loadConfig} = __webpack_require__(7291);
    const node_http = __webpack_require__(7067);
    const {parseUrl: parseUrl} = __webpack_require__(3422);
    const isImdsCredentials = arg => Boolean(arg) && typeof arg === "object" && typeof arg.AccessKeyId === "string" && typeof arg.SecretAccessKey === "string" && typeof arg.Token === "string" && typeof arg.Expiration === "string";
    const fromImdsCredentials = creds => ({
      accessKeyId: creds.AccessKeyId,
      secretAccessKey: creds.SecretAccessKey,
      sessionToken: creds.Token,
      expiration: new Date(creds.Expiration),
      ...creds.AccountId && {
        accountId: creds.AccountId
      }
    });
    const DEFAULT_TIMEOUT = 1e3;
    const DEFAULT_MAX_RETRIES = 0;
    const providerConfigFromInit = ({maxRetries: maxRetries = DEFAULT_MAX_RETRIES, timeout: timeout = DEFAULT_TIMEOUT}) => ({
      maxRetries: maxRetries,
      timeout: timeout
    });
    function httpRequest(options) {
      return new Promise((resolve, reject) => {
        const req = node_http.request({
          method: "GET",
          ...options,
          hostname: options.hostname?.replace(/^\[(.+)\]$/, "$1")
        });
        req.on("error", err => {
          reject(Object.assign(new ProviderError("Unable to connect to instance metadata service"), err));
          req.destroy();
        });
        req.on("timeout", () => {
          reject(new ProviderError("TimeoutError from instance metadata service"));
          req.destroy();
        });
        req.on("response", res => {
          const {statusCode: statusCode = 400} = res;
          if (statusCode < 200 || 300 <= statusCode) {
            reject(Object.assign(new ProviderError("Error response received from instance metadata service"), {
              statusCode: statusCode
            }));
            req.destroy();
          }
          const chunks = [];
          res.on("data", chunk => {
            chunks.push(chunk);
          });
          res.on("end", () => {
            resolve(Buffer.concat(chunks));
            req.destroy();
          });
        });
        req.end();
      });
    }
    const retry = (toRetry, maxRetries) => {
      let promise = toRetry();
      for (let i = 0; i < maxRetries; i++) promise = promise.catch(toRetry);
      return promise;
    };
    const ENV_CMDS_FULL_URI = "AWS_CONTAINER_CREDENTIALS_FULL_URI";
    const ENV_CMDS_RELATIVE_URI = "AWS_CONTAINER_CREDENTIALS_RELATIVE_URI";
    const ENV_CMDS_AUTH_TOKEN = "AWS_CONTAINER_AUTHORIZATION_TOKEN";
    const requestFromEcsImds = async (timeout, options) => {
      if (process.env[ENV_CMDS_AUTH_TOKEN]) options.headers = {
        ...options.headers,
        Authorization: process.env[ENV_CMDS_AUTH_TOKEN]
      };
      const buffer = await httpRequest({
        ...options,
        timeout: timeout
      });
      return buffer.toString();
    };
    const CMDS_IP = "169.254.170.2";
    const GREENGRASS_HOSTS = new Set([ "localhost", "127.0.0.1" ]);
    const GREENGRASS_PROTOCOLS = new Set([ "http:", "https:" ]);
    const getCmdsUri = async ({logger: logger}) => {
      if (process.env[ENV_CMDS_RELATIVE_URI]) return {
        hostname: CMDS_IP,
        path: process.env[ENV_CMDS_RELATIVE_URI]
      };
      if (process.env[ENV_CMDS_FULL_URI]) {
        let parsed;
        try {
          parsed = new URL(process.env[ENV_CMDS_FULL_URI]);
        } catch {
          throw new CredentialsProviderError(`${process.env[ENV_CMDS_FULL_URI]} is not a valid container metadata service URL`, {
            tryNextLink: false,
            logger: logger
          });
        }
        if (!parsed.hostname || !GREENGRASS_HOSTS.has(parsed.hostname)) throw new CredentialsProviderError(`${parsed.hostname} is not a valid container metadata service hostname`, {
          tryNextLink: false,
          logger: logger
        });
        if (!parsed.protocol || !GREENGRASS_PROTOCOLS.has(parsed.protocol)) throw new CredentialsProviderError(`${parsed.protocol} is not a valid container metadata service protocol`, {
          tryNextLink: false,
          logger: logger
        });
        return {
          protocol: parsed.protocol,
          hostname: parsed.hostname,
          path: parsed.pathname + parsed.search,
          port: parsed.port ? parseInt(parsed.port, 10) : void 0
        };
      }
      throw new CredentialsProviderError("The container metadata credential provider cannot be used unless" + ` the ${ENV_CMDS_RELATIVE_URI} or ${ENV_CMDS_FULL_URI} environment` + " variable is set", {
        tryNextLink: false,
        logger: logger
      });
    };
    class InstanceMetadataV1FallbackError extends CredentialsProviderError {
      tryNextLink;
      name="InstanceMetadataV1FallbackError";
      constructor(message, tryNextLink = true) {
        super(message, tryNextLink);
        this.tryNextLink = tryNextLink;
        Object.setPrototypeOf(this, InstanceMetadataV1FallbackError.prototype);
      }
    }
    var Endpoint;
    (function(Endpoint) {
      Endpoint["IPv4"] = "http://169.254.169.254";
      Endpoint["IPv6"] = "http://[fd00:ec2::254]";
    })(Endpoint || (Endpoint = {}));
    const ENV_ENDPOINT_NAME = "AWS_EC2_METADATA_SERVICE_ENDPOINT";
    const CONFIG_ENDPOINT_NAME = "ec2_metadata_service_endpoint";
    const ENDPOINT_CONFIG_OPTIONS = {
      environmentVariableSelector: env => env[ENV_ENDPOINT_NAME],
      configFileSelector: profile => profile[CONFIG_ENDPOINT_NAME],
      default: void 0
    };
    var EndpointMode;
    (function(EndpointMode) {
      EndpointMode["IPv4"] = "IPv4";
      EndpointMode["IPv6"] = "IPv6";
    })(EndpointMode || (EndpointMode = {}));
    const ENV_ENDPOINT_MODE_NAME = "AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE";
    const CONFIG_ENDPOINT_MODE_NAME = "ec2_metadata_service_endpoint_mode";
    const ENDPOINT_MODE_CONFIG_OPTIONS = {
      environmentVariableSelector: env => env[ENV_ENDPOINT_MODE_NAME],
      configFileSelector: profile => profile[CONFIG_ENDPOINT_MODE_NAME],
      default: EndpointMode.IPv4
    };
    const getInstanceMetadataEndpoint = async () => parseUrl(await getFromEndpointConfig() || await getFromEndpointModeConfig());
    const getFromEndpointConfig = async () => loadConfig(ENDPOINT_CONFIG_OPTIONS)();
    const getFromEndpointModeConfig = async () => {
      const endpointMode = await loadConfig(ENDPOINT_MODE_CONFIG_OPTIONS)();
      switch (endpointMode) {
       case EndpointMode.IPv4:
        return Endpoint.IPv4;

       case EndpointMode.IPv6:
        return Endpoint.IPv6;

       default:
        throw new Error(`Unsupported endpoint mode: ${endpointMode}.` + ` Select from ${Object.values(EndpointMode)}`);
      }
    };
    const STATIC_STABILITY_REFRESH_INTERVAL_SECONDS = 5 * 60;
    const STATIC_STABILITY_REFRESH_INTERVAL_JITTER_WINDOW_SECONDS = 5 * 60;
    const STATIC_STABILITY_DOC_URL = "https://docs.aws.amazon.com/sdkref/latest/guide/feature-static-credentials.html";
    const getExtendedInstanceMetadataCredentials = (credentials, logger) => {
      const refreshInterval = STATIC_STABILITY_REFRESH_INTERVAL_SECONDS + Math.floor(Math.random() * STATIC_STABILITY_REFRESH_INTERVAL_JITTER_WINDOW_SECONDS);
      const newExpiration = new Date(Date.now() + refreshInterval * 1e3);
      logger.warn("Attempting credential expiration extension due to a credential service availability issue. A refresh of these " + `credentials will be attempted after ${new Date(newExpiration)}.\nFor more information, please visit: ` + STATIC_STABILITY_DOC_URL);
      const originalExpiration = credentials.originalExpiration ?? credentials.expiration;
      return {
        ...credentials,
        ...originalExpiration ? {
          originalExpiration: originalExpiration
        } : {},
        expiration: newExpiration
      };
    };
    const staticStabilityProvider = (provider, options = {}) => {
      const logger = options?.logger || console;
      let pastCredentials;
      return async () => {
        let credentials;
        try {
          credentials = await provider();
          if (credentials.expiration && credentials.expiration.getTime() < Date.now()) credentials = getExtendedInstanceMetadataCredentials(credentials, logger);
        } catch (e) {
          if (pastCredentials) {
            logger.warn("Credential renew failed: ", e);
            credentials = getExtendedInstanceMetadataCredentials(pastCredentials, logger);
          } else throw e;
        }
        pastCredentials = credentials;
        return credentials;
      };
    };
    const IMDS_PATH = "/latest/meta-data/iam/security-credentials/";
    const IMDS_TOKEN_PATH = "/latest/api/token";
    const AWS_EC2_METADATA_V1_DISABLED = "AWS_EC2_METADATA_V1_DISABLED";
    const PROFILE_AWS_EC2_METADATA_V1_DISABLED = "ec2_metadata_v1_disabled";
    const X_AWS_EC2_METADATA_TOKEN = "x-aws-ec2-metadata-token";
    const getInstanceMetadataProvider = (init = {}) => {
      let disableFetchToken = false;
      const {logger: logger, profile: profile} = init;
      const {timeout: timeout, maxRetries: maxRetries} = providerConfigFromInit(init);
      const getCredentials = async (maxRetries, options) => {
        const isImdsV1Fallback = disableFetchToken || options.headers?.[X_AWS_EC2_METADATA_TOKEN] == null;
        if (isImdsV1Fallback) {
          let fallbackBlockedFromProfile = false;
          let fallbackBlockedFromProcessEnv = false;
          const configValue = await loadConfig({
            environmentVariableSelector: env => {
              const envValue = env[AWS_EC2_METADATA_V1_DISABLED];
              fallbackBlockedFromProcessEnv = !!envValue && envValue !== "false";
              if (envValue === void 0) throw new CredentialsProviderError(`${AWS_EC2_METADATA_V1_DISABLED} not set in env, checking config file next.`, {
                logger: init.logger
              });
              return fallbackBlockedFromProcessEnv;
            },
            configFileSelector: profile => {
              const profileValue = profile[PROFILE_AWS_EC2_METADATA_V1_DISABLED];
              fallbackBlockedFromProfile = !!profileValue && profileValue !== "false";
              return fallbackBlockedFromProfile;
            },
            default: false
          }, {
            profile: profile
          })();
          if (init.ec2MetadataV1Disabled || configValue) {
            const causes = [];
            if (init.ec2MetadataV1Disabled) causes.push("credential provider initialization (runtime option ec2MetadataV1Disabled)");
            if (fallbackBlockedFromProfile) causes.push(`config file profile (${PROFILE_AWS_EC2_METADATA_V1_DISABLED})`);
            if (fallbackBlockedFromProcessEnv) causes.push(`process environment variable (${AWS_EC2_METADATA_V1_DISABLED})`);
            throw new InstanceMetadataV1FallbackError(`AWS EC2 Metadata v1 fallback has been blocked by AWS SDK configuration in the following: [${causes.join(", ")}].`);
          }
        }
        const imdsProfile = (await retry(async () => {
          let profile;
          try {
            profile = await getProfile(options);
          } catch (err) {
            if (err.statusCode === 401) disableFetchToken = false;
            throw err;
          }
          return profile;
        }, maxRetries)).trim();
        return retry(async () => {
          let creds;
          try {
            creds = await getCredentialsFromProfile(imdsProfile, options, init);
          } catch (err) {
            if (err.statusCode === 401) disableFetchToken = false;
            throw err;
          }
          return creds;
        }, maxRetries);
      };
      return async () => {
        const endpoint = await getInstanceMetadataEndpoint();
        if (disableFetchToken) {
          logger?.debug("AWS SDK Instance Metadata", "using v1 fallback (no token fetch)");
          return getCredentials(maxRetries, {
            ...endpoint,
            timeout: timeout
          });
        } else {
          let token;
          try {
            token = (await getMetadataToken({
              ...endpoint,
              timeout: timeout
            })).toString();
          } catch (error) {
            if (error?.statusCode === 400) throw Object.assign(error, {
              message: "EC2 Metadata token request returned error"
            }); else if (error.message === "TimeoutError" || [ 403, 404, 405 ].includes(error.statusCode)) disableFetchToken = true;
            logger?.debug("AWS SDK Instance Metadata", "using v1 fallback (initial)");
            return getCredentials(maxRetries, {
              ...endpoint,
              timeout: timeout
            });
          }
          return getCredentials(maxRetries, {
            ...endpoint,
            headers: {
              [X_AWS_EC2_METADATA_TOKEN]: token
            },
            timeout: timeout
          });
        }
      };
    };
    const getMetadataToken = async options => httpRequest({
      ...options,
      path: IMDS_TOKEN_PATH,
      method: "PUT",
      headers: {
        "x-aws-ec2-metadata-token-ttl-seconds": "21600"
      }
    });
    const getProfile = async options => (await httpRequest({
      ...options,
      path: IMDS_PATH
    })).toString();
    const getCredentialsFromProfile = async (profile, options, init) => {
      const credentialsResponse = JSON.parse((await httpRequest({
        ...options,
        path: IMDS_PATH + profile
      })).toString());
      if (!isImdsCredentials(credentialsResponse)) throw new CredentialsProviderError("Invalid response received from instance metadata service.", {
        logger: init.logger
      });
      return fromImdsCredentials(credentialsResponse);
    };
    exports.DEFAULT_MAX_RETRIES = DEFAULT_MAX_RETRIES;
    exports.DEFAULT_TIMEOUT = DEFAULT_TIMEOUT;
    exports.ENV_CMDS_AUTH_TOKEN = ENV_CMDS_AUTH_TOKEN;
    exports.ENV_CMDS_FULL_URI = ENV_CMDS_FULL_URI;
    exports.ENV_CMDS_RELATIVE_URI = ENV_CMDS_RELATIVE_URI;
    exports.Endpoint = Endpoint;
    exports.fromContainerMetadata = (init = {}) => {
      const {timeout: timeout, maxRetries: maxRetries} = providerConfigFromInit(init);
      return () => retry(async () => {
        const requestOptions = await getCmdsUri({
          logger: init.logger
        });
        const credsResponse = JSON.parse(await requestFromEcsImds(timeout, requestOptions));
        if (!isImdsCredentials(credsResponse)) throw new CredentialsProviderError("Invalid response received from instance metadata service.", {
          logger: init.logger
        });
        return fromImdsCredentials(credsResponse);
      }, maxRetries);
    };
    exports.fromInstanceMetadata = (init = {}) => staticStabilityProvider(getInstanceMetadataProvider(init), {
      logger: init.logger
    });
    exports.getInstanceMetadataEndpoint = getInstanceMetadataEndpoint;
    exports.httpRequest = httpRequest;
    exports.providerConfigFromInit = providerConfigFromInit;
  },
  1279: (__unused_webpack_module, exports, __webpack_require__) => {
    const {hasOwn: hasOwn} = __webpack_require__(2430);
    const {streamCollector: streamCollector} = __webpack_require__(2430);
    exports.streamCollector = streamCollector;
    const {buildQueryString: buildQueryString, HttpResponse: HttpResponse} = __webpack_require__(3422);
    const node_https = __webpack_require__(4708);
    const {Readable: Readable} = __webpack_require__(7075);
    const http2 = __webpack_require__(2467);
    function buildAbortError(abortSignal) {
      const reason = abortSignal && typeof abortSignal === "object" && "reason" in abortSignal ? abortSignal.reason : void 0;
      if (reason) {
        if (reason instanceof Error) {
          const abortError = new Error("Request aborted");
          abortError.name = "AbortError";
          abortError.cause = reason;
          return abortError;
        }
        const abortError = new Error(String(reason));
        abortError.name = "AbortError";
        return abortError;
      }
      const abortError = new Error("Request aborted");
      abortError.name = "AbortError";
      return abortError;
    }
    const NODEJS_TIMEOUT_ERROR_CODES = [ "ECONNRESET", "EPIPE", "ETIMEDOUT" ];
    const getTransformedHeaders = headers => {
      const transformedHeaders = {};
      for (const name in headers) {
        if (!hasOwn(headers, name)) continue;
        const headerValues = headers[name];
        transformedHeaders[name] = Array.isArray(headerValues) ? headerValues.join(",") : headerValues;
      }
      return transformedHeaders;
    };
    const timing = {
      setTimeout: (cb, ms) => setTimeout(cb, ms),
      clearTimeout: timeoutId => clearTimeout(timeoutId)
    };
    const DEFER_EVENT_LISTENER_TIME$2 = 1e3;
    const setConnectionTimeout = (request, reject, timeoutInMs = 0) => {
      if (!timeoutInMs) return -1;
      const registerTimeout = offset => {
        const timeoutId = timing.setTimeout(() => {
          request.destroy();
          reject(Object.assign(new Error(`@smithy/node-http-handler - the request socket did not establish a connection with the server within the configured timeout of ${timeoutInMs} ms.`), {
            name: "TimeoutError"
          }));
        }, timeoutInMs - offset);
        const doWithSocket = socket => {
          if (socket?.connecting) socket.on("connect", () => {
            timing.clearTimeout(timeoutId);
          }); else timing.clearTimeout(timeoutId);
        };
        if (request.socket) doWithSocket(request.socket); else request.on("socket", doWithSocket);
      };
      if (timeoutInMs < 2e3) {
        registerTimeout(0);
        return 0;
      }
      return timing.setTimeout(registerTimeout.bind(null, DEFER_EVENT_LISTENER_TIME$2), DEFER_EVENT_LISTENER_TIME$2);
    };
    const setRequestTimeout = (req, reject, timeoutInMs = 0, throwOnRequestTimeout, logger) => {
      if (timeoutInMs) return timing.setTimeout(() => {
        let msg = `@smithy/node-http-handler - [${throwOnRequestTimeout ? "ERROR" : "WARN"}] a request has exceeded the configured ${timeoutInMs} ms requestTimeout.`;
        if (throwOnRequestTimeout) {
          const error = Object.assign(new Error(msg), {
            name: "TimeoutError",
            code: "ETIMEDOUT"
          });
          req.destroy(error);
          reject(error);
        } else {
          msg += ` Init client requestHandler with throwOnRequestTimeout=true to turn this into an error.`;
          logger?.warn?.(msg);
        }
      }, timeoutInMs);
      return -1;
    };
    const DEFER_EVENT_LISTENER_TIME$1 = 3e3;
    const setSocketKeepAlive = (request, {keepAlive: keepAlive, keepAliveMsecs: keepAliveMsecs}, deferTimeMs = DEFER_EVENT_LISTENER_TIME$1) => {
      if (keepAlive !== true) return -1;
      const registerListener = () => {
        if (request.socket) request.socket.setKeepAlive(keepAlive, keepAliveMsecs || 0); else request.on("socket", socket => {
          socket.setKeepAlive(keepAlive, keepAliveMsecs || 0);
        });
      };
      if (deferTimeMs === 0) {
        registerListener();
        return 0;
      }
      return timing.setTimeout(registerListener, deferTimeMs);
    };
    const resolveDefaultSocketTimeout = config => {
      const value = config?.defaultSocketTimeout;
      return typeof value === "number" && Number.isFinite(value) && value > 0 ? value : void 0;
    };
    const DEFER_EVENT_LISTENER_TIME = 3e3;
    const setSocketTimeout = (request, reject, timeoutInMs = 0, isServiceDefault = false) => {
      if (!Number.isFinite(timeoutInMs) || timeoutInMs <= 0) return;
      let response;
      request.once("response", res => response = res);
      const onTimeout = () => {
        if (response?.complete) {
          request.socket?.destroy();
          return;
        }
        const error = Object.assign(new Error(`@smithy/node-http-handler - the request socket timed out after ${timeoutInMs} ms of inactivity (${isServiceDefault ? "service default socket timeout" : "configured by client requestHandler"}).`), {
          name: "TimeoutError"
        });
        response?.destroy(error);
        request.destroy();
        reject(error);
      };
      const registerTimeout = () => {
        const {socket: socket} = request;
        if (!socket) request.once("socket", registerTimeout); else if (socket.connecting) socket.once("connect", registerTimeout); else {
          socket.setTimeout(timeoutInMs, onTimeout);
          request.on("close", () => socket.removeListener("timeout", onTimeout));
        }
      };
      if (timeoutInMs < 6e3) {
        registerTimeout();
        return;
      }
      const deferralId = timing.setTimeout(registerTimeout, DEFER_EVENT_LISTENER_TIME);
      request.once("close", () => timing.clearTimeout(deferralId));
    };
    const MIN_WAIT_TIME = 6e3;
    async function writeRequestBody(httpRequest, request, maxContinueTimeoutMs = MIN_WAIT_TIME, externalAgent = false) {
      const headers = request.headers;
      const expect = headers ? headers.Expect || headers.expect : void 0;
      let timeoutId = -1;
      let sendBody = true;
      if (!externalAgent && expect === "100-continue") sendBody = await Promise.race([ new Promise(resolve => {
        timeoutId = Number(timing.setTimeout(() => resolve(true), Math.max(MIN_WAIT_TIME, maxContinueTimeoutMs)));
      }), new Promise(resolve => {
        httpRequest.on("continue", () => {
          timing.clearTimeout(timeoutId);
          resolve(true);
        });
        httpRequest.on("response", () => {
          timing.clearTimeout(timeoutId);
          resolve(false);
        });
        httpRequest.on("error", () => {
          timing.clearTimeout(timeoutId);
          resolve(false);
        });
      }) ]);
      if (sendBody) writeBody(httpRequest, request.body);
    }
    function writeBody(httpRequest, body) {
      if (body instanceof Readable) {
        body.pipe(httpRequest);
        return;
      }
      if (body) {
        const isBuffer = Buffer.isBuffer(body);
        const isString = typeof body === "string";
        if (isBuffer || isString) {
          if (isBuffer && body.byteLength === 0) httpRequest.end(); else httpRequest.end(body);
          return;
        }
        const uint8 = body;
        if (typeof uint8 === "object" && uint8.buffer && typeof uint8.byteOffset === "number" && typeof uint8.byteLength === "number") {
          httpRequest.end(Buffer.from(uint8.buffer, uint8.byteOffset, uint8.byteLength));
          return;
        }
        httpRequest.end(Buffer.from(body));
        return;
      }
      httpRequest.end();
    }
    let hAgent;
    let hRequest;
    class NodeHttpHandler {
      config;
      configProvider;
      socketWarningTimestamp=0;
      externalAgent=false;
      metadata={
        handlerProtocol: "http/1.1"
      };
      static create(instanceOrOptions) {
        if (typeof instanceOrOptions?.handle === "function") return instanceOrOptions;
        return new NodeHttpHandler(instanceOrOptions);
      }
      static checkSocketUsage(agent, socketWarningTimestamp, logger = console) {
        const {sockets: sockets, requests: requests, maxSockets: maxSockets} = agent;
        if (typeof maxSockets !== "number" || maxSockets === 1 / 0) return socketWarningTimestamp;
        if (Date.now() - 15e3 < socketWarningTimestamp) return socketWarningTimestamp;
        if (sockets && requests) for (const origin in sockets) {
          if (!hasOwn(sockets, origin)) continue;
          const socketsInUse = sockets[origin]?.length ?? 0;
          const requestsEnqueued = requests[origin]?.length ?? 0;
          if (socketsInUse >= maxSockets && requestsEnqueued >= 2 * maxSockets) {
            logger?.warn?.(`@smithy/node-http-handler:WARN - socket usage at capacity=${socketsInUse} and ${requestsEnqueued} additional requests are enqueued.\nSee https://docs.aws.amazon.com/sdk-for-javascript/v3/developer-guide/node-configuring-maxsockets.html\nor increase socketAcquisitionWarningTimeout=(millis) in the NodeHttpHandler config.`);
            return Date.now();
          }
        }
        return socketWarningTimestamp;
      }
      constructor(options) {
        this.configProvider = new Promise((resolve, reject) => {
          if (typeof options === "function") options().then(_options => {
            resolve(this.resolveDefaultConfig(_options));
          }).catch(reject); else resolve(this.resolveDefaultConfig(options));
        });
      }
      destroy() {
        this.config?.httpAgent?.destroy();
        this.config?.httpsAgent?.destroy();
      }
      async handle(request, {abortSignal: abortSignal, requestTimeout: requestTimeout} = {}) {
        if (!this.config) this.config = await this.configProvider;
        const config = this.config;
        const logger = config.logger;
        const isSSL = request.protocol === "https:";
        if (!isSSL && !this.config.httpAgent) this.config.httpAgent = await this.config.httpAgentProvider();
        return new Promise((_resolve, _reject) => {
          let writeRequestBodyPromise;
          let socketWarningTimeoutId = -1;
          let connectionTimeoutId = -1;
          let requestTimeoutId = -1;
          let keepAliveTimeoutId = -1;
          const clearTimeouts = () => {
            timing.clearTimeout(socketWarningTimeoutId);
            timing.clearTimeout(connectionTimeoutId);
            timing.clearTimeout(requestTimeoutId);
            timing.clearTimeout(keepAliveTimeoutId);
          };
          const resolve = async arg => {
            await writeRequestBodyPromise;
            clearTimeouts();
            _resolve(arg);
          };
          const reject = async arg => {
            await writeRequestBodyPromise;
            clearTimeouts();
            _reject(arg);
          };
          if (abortSignal?.aborted) {
            const abortError = buildAbortError(abortSignal);
            reject(abortError);
            return;
          }
          const headers = request.headers;
          const expectContinue = headers ? (headers.Expect ?? headers.expect) === "100-continue" : false;
          let agent = isSSL ? config.httpsAgent : config.httpAgent;
          if (expectContinue && !this.externalAgent) agent = new (isSSL ? node_https.Agent : hAgent)({
            keepAlive: false,
            maxSockets: 1 / 0
          });
          socketWarningTimeoutId = timing.setTimeout(() => {
            this.socketWarningTimestamp = NodeHttpHandler.checkSocketUsage(agent, this.socketWarningTimestamp, logger);
          }, config.socketAcquisitionWarningTimeout ?? (config.requestTimeout ?? 2e3) + (config.connectionTimeout ?? 1e3));
          const queryString = request.query ? buildQueryString(request.query) : "";
          let auth;
          if (request.username != null || request.password != null) {
            const username = request.username ?? "";
            const password = request.password ?? "";
            auth = `${username}:${password}`;
          }
          let path = request.path;
          if (queryString) path += `?${queryString}`;
          if (request.fragment) path += `#${request.fragment}`;
          let hostname = request.hostname ?? "";
          if (hostname[0] === "[" && hostname.endsWith("]")) hostname = request.hostname.slice(1, -1); else hostname = request.hostname;
          const nodeHttpsOptions = {
            headers: request.headers,
            host: hostname,
            method: request.method,
            path: path,
            port: request.port,
            agent: agent,
            auth: auth
          };
          const requestFunc = isSSL ? node_https.request : hRequest;
          const req = requestFunc(nodeHttpsOptions, res => {
            const httpResponse = new HttpResponse({
              statusCode: res.statusCode || -1,
              reason: res.statusMessage,
              headers: getTransformedHeaders(res.headers),
              body: res
            });
            resolve({
              response: httpResponse
            });
          });
          req.on("error", err => {
            if (NODEJS_TIMEOUT_ERROR_CODES.includes(err.code)) reject(Object.assign(err, {
              name: "TimeoutError"
            })); else reject(err);
          });
          if (abortSignal) {
            const onAbort = () => {
              req.destroy();
              const abortError = buildAbortError(abortSignal);
              reject(abortError);
            };
            if (typeof abortSignal.addEventListener === "function") {
              const signal = abortSignal;
              signal.addEventListener("abort", onAbort, {
                once: true
              });
              req.once("close", () => signal.removeEventListener("abort", onAbort));
            } else abortSignal.onabort = onAbort;
          }
          const effectiveRequestTimeout = requestTimeout ?? config.requestTimeout;
          connectionTimeoutId = setConnectionTimeout(req, reject, config.connectionTimeout);
          requestTimeoutId = setRequestTimeout(req, reject, effectiveRequestTimeout, config.throwOnRequestTimeout, logger ?? console);
          const defaultSocketTimeout = config.socketTimeout === void 0 ? resolveDefaultSocketTimeout(config) : void 0;
          if (defaultSocketTimeout) setSocketTimeout(req, reject, defaultSocketTimeout, true); else setSocketTimeout(req, reject, config.socketTimeout);
          const httpAgent = nodeHttpsOptions.agent;
          if (typeof httpAgent === "object" && "keepAlive" in httpAgent) keepAliveTimeoutId = setSocketKeepAlive(req, {
            keepAlive: httpAgent.keepAlive,
            keepAliveMsecs: httpAgent.keepAliveMsecs
          });
          writeRequestBodyPromise = writeRequestBody(req, request, effectiveRequestTimeout, this.externalAgent).catch(e => {
            clearTimeouts();
            return _reject(e);
          });
        });
      }
      updateHttpClientConfig(key, value) {
        this.config = void 0;
        this.configProvider = this.configProvider.then(config => {
          switch (key) {
           case Symbol.for("logger"):
            key = "logger";
            value = config.logger ?? value;
            break;

           case Symbol.for("@smithy/defaultSocketTimeout"):
            key = "defaultSocketTimeout";
            value = resolveDefaultSocketTimeout(config) ?? value;
            break;
          }
          return {
            ...config,
            [key]: value
          };
        });
      }
      httpHandlerConfigs() {
        return this.config ?? {};
      }
      resolveDefaultConfig(options) {
        const {requestTimeout: requestTimeout, connectionTimeout: connectionTimeout, socketTimeout: socketTimeout, socketAcquisitionWarningTimeout: socketAcquisitionWarningTimeout, httpAgent: httpAgent, httpsAgent: httpsAgent, throwOnRequestTimeout: throwOnRequestTimeout, logger: logger} = options || {};
        const keepAlive = true;
        const maxSockets = 50;
        let httpAgentPromise;
        return {
          connectionTimeout: connectionTimeout,
          requestTimeout: requestTimeout,
          socketTimeout: socketTimeout,
          defaultSocketTimeout: resolveDefaultSocketTimeout(options),
          socketAcquisitionWarningTimeout: socketAcquisitionWarningTimeout,
          throwOnRequestTimeout: throwOnRequestTimeout,
          httpAgentProvider: () => httpAgentPromise ??= (async () => {
            const node_http = __webpack_require__(7067);
            const {Agent: Agent, request: request} = node_http.default ?? node_http;
            hRequest = request;
            hAgent = Agent;
            if (httpAgent instanceof hAgent || typeof httpAgent?.destroy === "function") {
              this.externalAgent = true;
              return httpAgent;
            }
            return new hAgent({
              keepAlive: keepAlive,
              maxSockets: maxSockets,
              ...httpAgent
            });
          })(),
          httpsAgent: (() => {
            if (httpsAgent instanceof node_https.Agent || typeof httpsAgent?.destroy === "function") {
              this.externalAgent = true;
              return httpsAgent;
            }
            return new node_https.Agent({
              keepAlive: keepAlive,
              maxSockets: maxSockets,
              ...httpsAgent
            });
          })(),
          logger: logger
        };
      }
    }
    const ids = new Uint16Array(1);
    class ClientHttp2SessionRef {
      id=ids[0]++;
      total=0;
      max=0;
      session;
      refs=0;
      constructor(session) {
        session.unref();
        this.session = session;
      }
      retain() {
        if (this.session.destroyed) throw new Error("@smithy/node-http-handler - cannot acquire reference to destroyed session.");
        this.refs += 1;
        this.total += 1;
        this.max = Math.max(this.refs, this.max);
        this.session.ref();
      }
      free() {
        if (this.session.destroyed) return;
        this.refs -= 1;
        if (this.refs === 0) this.session.unref();
        if (this.refs < 0) throw new Error("@smithy/node-http-handler - ClientHttp2Session refcount at zero, cannot decrement.");
      }
      deref() {
        return this.session;
      }
      close() {
        if (!this.session.closed) this.session.close();
      }
      destroy() {
        this.refs = 0;
        if (!this.session.destroyed) {
          this.session.setTimeout(0);
          this.session.destroy();
        }
      }
      useCount() {
        return this.refs;
      }
    }
    class NodeHttp2ConnectionPool {
      sessions=[];
      maxConcurrency=0;
      constructor(sessions) {
        this.sessions = (sessions ?? []).map(session => new ClientHttp2SessionRef(session));
      }
      poll() {
        let cleanup = false;
        for (const session of this.sessions) {
          if (session.deref().destroyed) {
            cleanup = true;
            continue;
          }
          if (!this.maxConcurrency || session.useCount() < this.maxConcurrency) return session;
        }
        if (cleanup) for (const session of this.sessions) if (session.deref().destroyed) this.remove(session);
      }
      offerLast(ref) {
        this.sessions.push(ref);
      }
      remove(ref) {
        const ix = this.sessions.indexOf(ref);
        if (ix > -1) this.sessions.splice(ix, 1);
      }
      [Symbol.iterator]() {
        return this.sessions[Symbol.iterator]();
      }
      setMaxConcurrency(maxConcurrency) {
        this.maxConcurrency = maxConcurrency;
      }
      destroy(ref) {
        this.remove(ref);
        ref.destroy();
      }
    }
    class NodeHttp2ConnectionManager {
      config;
      connectOptions;
      connectionPools=new Map;
      constructor(config) {
        this.config = config;
        if (this.config.maxConcurrency && this.config.maxConcurrency <= 0) throw new RangeError("maxConcurrency must be greater than zero.");
      }
      lease(requestContext, connectionConfiguration) {
        const url = this.getUrlString(requestContext);
        const pool = this.getPool(url);
        if (!this.config.disableConcurrency && !connectionConfiguration.isEventStream) {
          const available = pool.poll();
          if (available) {
            available.retain();
            return available;
          }
        }
        const ref = new ClientHttp2SessionRef(this.connect(url));
        const session = ref.deref();
        if (this.config.maxConcurrency) session.settings({
          maxConcurrentStreams: this.config.maxConcurrency
        }, err => {
          if (err) throw new Error("Fail to set maxConcurrentStreams to " + this.config.maxConcurrency + "when creating new session for " + requestContext.destination.toString());
        });
        const ensureDestroyed = () => {
          this.removeFromPoolAndCheckedDestroy(url, ref);
        };
        session.on("goaway", () => {
          this.removeFromPoolAndClose(url, ref);
        });
        session.on("error", ensureDestroyed);
        session.on("frameError", ensureDestroyed);
        session.on("close", ensureDestroyed);
        if (connectionConfiguration.requestTimeout) session.setTimeout(connectionConfiguration.requestTimeout, ensureDestroyed);
        pool.offerLast(ref);
        ref.retain();
        return ref;
      }
      release(_requestContext, ref) {
        ref.free();
      }
      createIsolatedSession(requestContext, connectionConfiguration) {
        const url = this.getUrlString(requestContext);
        const ref = new ClientHttp2SessionRef(this.connect(url));
        const session = ref.deref();
        session.settings({
          maxConcurrentStreams: 1
        });
        const ensureDestroyed = () => {
          ref.destroy();
        };
        session.on("error", ensureDestroyed);
        session.on("frameError", ensureDestroyed);
        session.on("close", ensureDestroyed);
        const timeout = connectionConfiguration.requestTimeout ?? 3e5;
        session.setTimeout(timeout, ensureDestroyed);
        ref.retain();
        return ref;
      }
      destroy() {
        for (const [url, connectionPool] of this.connectionPools) {
          for (const session of [ ...connectionPool ]) session.destroy();
          this.connectionPools.delete(url);
        }
      }
      setMaxConcurrentStreams(maxConcurrentStreams) {
        if (maxConcurrentStreams && maxConcurrentStreams <= 0) throw new RangeError("maxConcurrentStreams must be greater than zero.");
        this.config.maxConcurrency = maxConcurrentStreams;
        for (const pool of this.connectionPools.values()) pool.setMaxConcurrency(maxConcurrentStreams);
      }
      setDisableConcurrentStreams(disableConcurrentStreams) {
        this.config.disableConcurrency = disableConcurrentStreams;
      }
      setNodeHttp2ConnectOptions(nodeHttp2ConnectOptions) {
        this.connectOptions = nodeHttp2ConnectOptions;
      }
      debug() {
        const pools = {};
        for (const [url, pool] of this.connectionPools) {
          const sessions = [];
          for (const ref of pool) sessions.push({
            id: ref.id,
            active: ref.useCount(),
            maxConcurrent: ref.max,
            totalRequests: ref.total
          });
          pools[url] = {
            sessions: sessions
          };
        }
        return pools;
      }
      removeFromPoolAndClose(authority, ref) {
        this.connectionPools.get(authority)?.remove(ref);
        ref.close();
      }
      removeFromPoolAndCheckedDestroy(authority, ref) {
        this.connectionPools.get(authority)?.remove(ref);
        ref.destroy();
      }
      getPool(url) {
        if (!this.connectionPools.has(url)) {
          const pool = new NodeHttp2ConnectionPool;
          if (this.config.maxConcurrency) pool.setMaxConcurrency(this.config.maxConcurrency);
          this.connectionPools.set(url, pool);
        }
        return this.connectionPools.get(url);
      }
      getUrlString(request) {
        return request.destination.toString();
      }
      connect(url) {
        return this.connectOptions === void 0 ? http2.connect(url) : http2.connect(url, this.connectOptions);
      }
    }
    const {constants: constants} = http2;
    class NodeHttp2Handler {
      config;
      configProvider;
      metadata={
        handlerProtocol: "h2"
      };
      connectionManager=new NodeHttp2ConnectionManager({});
      static create(instanceOrOptions) {
        if (typeof instanceOrOptions?.handle === "function") return instanceOrOptions;
        return new NodeHttp2Handler(instanceOrOptions);
      }
      constructor(options) {
        this.configProvider = new Promise((resolve, reject) => {
          if (typeof options === "function") options().then(opts => {
            resolve(opts || {});
          }).catch(reject); else resolve(options || {});
        });
      }
      destroy() {
        this.connectionManager.destroy();
      }
      async handle(request, {abortSignal: abortSignal, requestTimeout: requestTimeout, isEventStream: isEventStream} = {}) {
        if (!this.config) {
          const config = await this.configProvider;
          this.config = {
            ...config,
            defaultSocketTimeout: resolveDefaultSocketTimeout(config)
          };
          const {disableConcurrentStreams: disableConcurrentStreams, maxConcurrentStreams: maxConcurrentStreams, nodeHttp2ConnectOptions: nodeHttp2ConnectOptions} = this.config;
          this.connectionManager.setDisableConcurrentStreams(disableConcurrentStreams ?? false);
          if (maxConcurrentStreams) this.connectionManager.setMaxConcurrentStreams(maxConcurrentStreams);
          if (nodeHttp2ConnectOptions) this.connectionManager.setNodeHttp2ConnectOptions(nodeHttp2ConnectOptions);
        }
        const {requestTimeout: configRequestTimeout, disableConcurrentStreams: disableConcurrentStreams, sessionTimeout: sessionTimeout} = this.config;
        const useIsolatedSession = disableConcurrentStreams || isEventStream;
        const effectiveRequestTimeout = requestTimeout ?? configRequestTimeout;
        const defaultSocketTimeout = effectiveRequestTimeout === void 0 && sessionTimeout === void 0 ? this.config.defaultSocketTimeout : void 0;
        return new Promise((_resolve, _reject) => {
          let fulfilled = false;
          let writeRequestBodyPromise;
          const resolve = async arg => {
            await writeRequestBodyPromise;
            _resolve(arg);
          };
          const reject = async arg => {
            await writeRequestBodyPromise;
            _reject(arg);
          };
          if (abortSignal?.aborted) {
            fulfilled = true;
            const abortError = buildAbortError(abortSignal);
            reject(abortError);
            return;
          }
          const {hostname: hostname, method: method, port: port, protocol: protocol, query: query} = request;
          let auth = "";
          if (request.username != null || request.password != null) {
            const username = request.username ?? "";
            const password = request.password ?? "";
            auth = `${username}:${password}@`;
          }
          const authority = `${protocol}//${auth}${hostname}${port ? `:${port}` : ""}`;
          const requestContext = {
            destination: new URL(authority)
          };
          const connectConfig = {
            requestTimeout: this.config?.sessionTimeout,
            isEventStream: isEventStream
          };
          const ref = useIsolatedSession ? this.connectionManager.createIsolatedSession(requestContext, connectConfig) : this.connectionManager.lease(requestContext, connectConfig);
          const session = ref.deref();
          const rejectWithDestroy = err => {
            if (useIsolatedSession) ref.destroy();
            fulfilled = true;
            reject(err);
          };
          const queryString = query ? buildQueryString(query) : "";
          let path = request.path;
          if (queryString) path += `?${queryString}`;
          if (request.fragment) path += `#${request.fragment}`;
          const clientHttp2Stream = session.request({
            ...request.headers,
            [constants.HTTP2_HEADER_PATH]: path,
            [constants.HTTP2_HEADER_METHOD]: method
          });
          if (effectiveRequestTimeout) clientHttp2Stream.setTimeout(effectiveRequestTimeout, () => {
            clientHttp2Stream.close();
            const timeoutError = new Error(`Stream timed out because of no activity for ${effectiveRequestTimeout} ms`);
            timeoutError.name = "TimeoutError";
            rejectWithDestroy(timeoutError);
          }); else if (defaultSocketTimeout) {
            clientHttp2Stream.setTimeout(defaultSocketTimeout, () => {
              const timeoutError = new Error(`Stream timed out because of no activity for ${defaultSocketTimeout} ms`);
              timeoutError.name = "TimeoutError";
              fulfilled = true;
              reject(timeoutError);
              clientHttp2Stream.destroy(timeoutError);
              if (useIsolatedSession) ref.destroy();
            });
            clientHttp2Stream.once("response", () => clientHttp2Stream.setTimeout(defaultSocketTimeout));
          }
          if (abortSignal) {
            const onAbort = () => {
              clientHttp2Stream.close();
              const abortError = buildAbortError(abortSignal);
              rejectWithDestroy(abortError);
            };
            if (typeof abortSignal.addEventListener === "function") {
              const signal = abortSignal;
              signal.addEventListener("abort", onAbort, {
                once: true
              });
              clientHttp2Stream.once("close", () => signal.removeEventListener("abort", onAbort));
            } else abortSignal.onabort = onAbort;
          }
          clientHttp2Stream.on("frameError", (type, code, id) => {
            rejectWithDestroy(new Error(`Frame type id ${type} in stream id ${id} has failed with code ${code}.`));
          });
          clientHttp2Stream.on("error", rejectWithDestroy);
          clientHttp2Stream.on("aborted", () => {
            rejectWithDestroy(new Error(`HTTP/2 stream is abnormally aborted in mid-communication with result code ${clientHttp2Stream.rstCode}.`));
          });
          clientHttp2Stream.on("response", headers => {
            const httpResponse = new HttpResponse({
              statusCode: headers[":status"] ?? -1,
              headers: getTransformedHeaders(headers),
              body: clientHttp2Stream
            });
            fulfilled = true;
            resolve({
              response: httpResponse
            });
            if (useIsolatedSession) {
              session.close();
              clientHttp2Stream.on("end", () => {
                ref.destroy();
              });
            }
          });
          clientHttp2Stream.on("close", () => {
            if (useIsolatedSession) ref.destroy(); else this.connectionManager.release(requestContext, ref);
            if (!fulfilled) {
              const error = new Error("Unexpected error: http2 request did not get a response");
              if (session.destroyed) error.name = "TimeoutError";
              rejectWithDestroy(error);
            }
          });
          writeRequestBodyPromise = writeRequestBody(clientHttp2Stream, request, effectiveRequestTimeout);
        });
      }
      updateHttpClientConfig(key, value) {
        this.config = void 0;
        this.configProvider = this.configProvider.then(config => {
          switch (key) {
           case Symbol.for("@smithy/defaultSocketTimeout"):
            key = "defaultSocketTimeout";
            value = resolveDefaultSocketTimeout(config) ?? value;
            break;
          }
          return {
            ...config,
            [key]: value
          };
        });
      }
      httpHandlerConfigs() {
        return this.config ?? {};
      }
    }
    exports.DEFAULT_REQUEST_TIMEOUT = 0;
    exports.NodeHttp2Handler = NodeHttp2Handler;
    exports.NodeHttpHandler = NodeHttpHandler;
  },
  5118: (__unused_webpack_module, exports, __webpack_require__) => {
    const {hasOwn: hasOwn, fromUtf8: fromUtf8, fromHex: fromHex, toHex: toHex, toUint8Array: toUint8Array, writeKey: writeKey, isArrayBuffer: isArrayBuffer} = __webpack_require__(2430);
    const {normalizeProvider: normalizeProvider} = __webpack_require__(2658);
    const {escapeUri: escapeUri, HttpRequest: HttpRequest} = __webpack_require__(3422);
    class HeaderFormatter {
      format(headers) {
        const chunks = [];
        for (const headerName in headers) {
          if (!hasOwn(headers, headerName)) continue;
          const bytes = fromUtf8(headerName);
          chunks.push(Uint8Array.from([ bytes.byteLength ]), bytes, this.formatHeaderValue(headers[headerName]));
        }
        const out = new Uint8Array(chunks.reduce((carry, bytes) => carry + bytes.byteLength, 0));
        let position = 0;
        for (const chunk of chunks) {
          out.set(chunk, position);
          position += chunk.byteLength;
        }
        return out;
      }
      formatHeaderValue(header) {
        switch (header.type) {
         case "boolean":
          return Uint8Array.from([ header.value ? 0 : 1 ]);

         case "byte":
          return Uint8Array.from([ 2, header.value ]);

         case "short":
          const shortView = new DataView(new ArrayBuffer(3));
          shortView.setUint8(0, 3);
          shortView.setInt16(1, header.value, false);
          return new Uint8Array(shortView.buffer);

         case "integer":
          const intView = new DataView(new ArrayBuffer(5));
          intView.setUint8(0, 4);
          intView.setInt32(1, header.value, false);
          return new Uint8Array(intView.buffer);

         case "long":
          const longBytes = new Uint8Array(9);
          longBytes[0] = 5;
          longBytes.set(header.value.bytes, 1);
          return longBytes;

         case "binary":
          const binView = new DataView(new ArrayBuffer(3 + header.value.byteLength));
          binView.setUint8(0, 6);
          binView.setUint16(1, header.value.byteLength, false);
          const binBytes = new Uint8Array(binView.buffer);
          binBytes.set(header.value, 3);
          return binBytes;

         case "string":
          const utf8Bytes = fromUtf8(header.value);
          const strView = new DataView(new ArrayBuffer(3 + utf8Bytes.byteLength));
          strView.setUint8(0, 7);
          strView.setUint16(1, utf8Bytes.byteLength, false);
          const strBytes = new Uint8Array(strView.buffer);
          strBytes.set(utf8Bytes, 3);
          return strBytes;

         case "timestamp":
          const tsBytes = new Uint8Array(9);
          tsBytes[0] = 8;
          tsBytes.set(Int64.fromNumber(header.value.valueOf()).bytes, 1);
          return tsBytes;

         case "uuid":
          if (!UUID_PATTERN.test(header.value)) throw new Error(`Invalid UUID received: ${header.value}`);
          const uuidBytes = new Uint8Array(17);
          uuidBytes[0] = 9;
          uuidBytes.set(fromHex(header.value.replace(/-/g, "")), 1);
          return uuidBytes;
        }
      }
    }
    var HEADER_VALUE_TYPE;
    (function(HEADER_VALUE_TYPE) {
      HEADER_VALUE_TYPE[HEADER_VALUE_TYPE["boolTrue"] = 0] = "boolTrue";
      HEADER_VALUE_TYPE[HEADER_VALUE_TYPE["boolFalse"] = 1] = "boolFalse";
      HEADER_VALUE_TYPE[HEADER_VALUE_TYPE["byte"] = 2] = "byte";
      HEADER_VALUE_TYPE[HEADER_VALUE_TYPE["short"] = 3] = "short";
      HEADER_VALUE_TYPE[HEADER_VALUE_TYPE["integer"] = 4] = "integer";
      HEADER_VALUE_TYPE[HEADER_VALUE_TYPE["long"] = 5] = "long";
      HEADER_VALUE_TYPE[HEADER_VALUE_TYPE["byteArray"] = 6] = "byteArray";
      HEADER_VALUE_TYPE[HEADER_VALUE_TYPE["string"] = 7] = "string";
      HEADER_VALUE_TYPE[HEADER_VALUE_TYPE["timestamp"] = 8] = "timestamp";
      HEADER_VALUE_TYPE[HEADER_VALUE_TYPE["uuid"] = 9] = "uuid";
    })(HEADER_VALUE_TYPE || (HEADER_VALUE_TYPE = {}));
    const UUID_PATTERN = /^[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}$/;
    class Int64 {
      bytes;
      constructor(bytes) {
        this.bytes = bytes;
        if (bytes.byteLength !== 8) throw new Error("Int64 buffers must be exactly 8 bytes");
      }
      static fromNumber(number) {
        if (number > 0x8000000000000000 || number < -0x8000000000000000) throw new Error(`${number} is too large (or, if negative, too small) to represent as an Int64`);
        const bytes = new Uint8Array(8);
        for (let i = 7, remaining = Math.abs(Math.round(number)); i > -1 && remaining > 0; i--, 
        remaining /= 256) bytes[i] = remaining;
        if (number < 0) negate(bytes);
        return new Int64(bytes);
      }
      valueOf() {
        const bytes = this.bytes.slice(0);
        const negative = bytes[0] & 128;
        if (negative) negate(bytes);
        return parseInt(toHex(bytes), 16) * (negative ? -1 : 1);
      }
      toString() {
        return String(this.valueOf());
      }
    }
    function negate(bytes) {
      for (let i = 0; i < 8; i++) bytes[i] ^= 255;
      for (let i = 7; i > -1; i--) {
        bytes[i]++;
        if (bytes[i] !== 0) break;
      }
    }
    const ALGORITHM_QUERY_PARAM = "X-Amz-Algorithm";
    const CREDENTIAL_QUERY_PARAM = "X-Amz-Credential";
    const AMZ_DATE_QUERY_PARAM = "X-Amz-Date";
    const SIGNED_HEADERS_QUERY_PARAM = "X-Amz-SignedHeaders";
    const EXPIRES_QUERY_PARAM = "X-Amz-Expires";
    const SIGNATURE_QUERY_PARAM = "X-Amz-Signature";
    const TOKEN_QUERY_PARAM = "X-Amz-Security-Token";
    const AUTH_HEADER = "authorization";
    const AMZ_DATE_HEADER = AMZ_DATE_QUERY_PARAM.toLowerCase();
    const DATE_HEADER = "date";
    const GENERATED_HEADERS = [ AUTH_HEADER, AMZ_DATE_HEADER, DATE_HEADER ];
    const SIGNATURE_HEADER = SIGNATURE_QUERY_PARAM.toLowerCase();
    const SHA256_HEADER = "x-amz-content-sha256";
    const TOKEN_HEADER = TOKEN_QUERY_PARAM.toLowerCase();
    const ALWAYS_UNSIGNABLE_HEADERS = {
      authorization: true,
      "cache-control": true,
      connection: true,
      expect: true,
      from: true,
      "keep-alive": true,
      "max-forwards": true,
      pragma: true,
      referer: true,
      te: true,
      trailer: true,
      "transfer-encoding": true,
      upgrade: true,
      "user-agent": true,
      "x-amzn-trace-id": true
    };
    const PROXY_HEADER_PATTERN = /^proxy-/;
    const SEC_HEADER_PATTERN = /^sec-/;
    const ALGORITHM_IDENTIFIER = "AWS4-HMAC-SHA256";
    const EVENT_ALGORITHM_IDENTIFIER = "AWS4-HMAC-SHA256-PAYLOAD";
    const UNSIGNED_PAYLOAD = "UNSIGNED-PAYLOAD";
    const MAX_CACHE_SIZE = 50;
    const KEY_TYPE_IDENTIFIER = "aws4_request";
    const MAX_PRESIGNED_TTL = 60 * 60 * 24 * 7;
    const getCanonicalQuery = ({query: query = {}}) => {
      const keys = [];
      const serialized = {};
      for (const key in query) {
        if (!hasOwn(query, key)) continue;
        if (key.toLowerCase() === SIGNATURE_HEADER) continue;
        const encodedKey = escapeUri(key);
        keys.push(encodedKey);
        const value = query[key];
        if (typeof value === "string") serialized[encodedKey] = `${encodedKey}=${escapeUri(value)}`; else if (Array.isArray(value)) serialized[encodedKey] = value.slice(0).reduce((encoded, value) => encoded.concat([ `${encodedKey}=${escapeUri(value)}` ]), []).sort().join("&");
      }
      return keys.sort().map(key => serialized[key]).filter(serialized => serialized).join("&");
    };
    const iso8601 = time => toDate(time).toISOString().replace(/\.\d{3}Z$/, "Z");
    const toDate = time => {
      if (typeof time === "number") return new Date(time * 1e3);
      if (typeof time === "string") {
        if (Number(time)) return new Date(Number(time) * 1e3);
        return new Date(time);
      }
      return time;
    };
    class SignatureV4Base {
      service;
      regionProvider;
      credentialProvider;
      sha256;
      uriEscapePath;
      applyChecksum;
      constructor({applyChecksum: applyChecksum, credentials: credentials, region: region, service: service, sha256: sha256, uriEscapePath: uriEscapePath = true}) {
        this.service = service;
        this.sha256 = sha256;
        this.uriEscapePath = uriEscapePath;
        this.applyChecksum = typeof applyChecksum === "boolean" ? applyChecksum : true;
        this.regionProvider = normalizeProvider(region);
        this.credentialProvider = normalizeProvider(credentials);
      }
      createCanonicalRequest(request, canonicalHeaders, payloadHash) {
        const sortedHeaders = Object.keys(canonicalHeaders).sort();
        return `${request.method}\n${this.getCanonicalPath(request)}\n${getCanonicalQuery(request)}\n${sortedHeaders.map(name => `${name}:${canonicalHeaders[name]}`).join("\n")}\n\n${sortedHeaders.join(";")}\n${payloadHash}`;
      }
      async createStringToSign(longDate, credentialScope, canonicalRequest, algorithmIdentifier) {
        const hash = new this.sha256;
        hash.update(toUint8Array(canonicalRequest));
        const hashedRequest = await hash.digest();
        return `${algorithmIdentifier}\n${longDate}\n${credentialScope}\n${toHex(hashedRequest)}`;
      }
      getCanonicalPath({path: path}) {
        if (this.uriEscapePath) {
          const normalizedPathSegments = [];
          for (const pathSegment of path.split("/")) {
            if (pathSegment?.length === 0) continue;
            if (pathSegment === ".") continue;
            if (pathSegment === "..") normalizedPathSegments.pop(); else normalizedPathSegments.push(pathSegment);
          }
          const normalizedPath = `${path?.startsWith("/") ? "/" : ""}${normalizedPathSegments.join("/")}${normalizedPathSegments.length > 0 && path?.endsWith("/") ? "/" : ""}`;
          const doubleEncoded = escapeUri(normalizedPath);
          return doubleEncoded.replace(/%2F/g, "/");
        }
        return path;
      }
      validateResolvedCredentials(credentials) {
        if (typeof credentials !== "object" || typeof credentials.accessKeyId !== "string" || typeof credentials.secretAccessKey !== "string") throw new Error("Resolved credential object is not valid");
      }
      formatDate(now) {
        const longDate = iso8601(now).replace(/[-:]/g, "");
        return {
          longDate: longDate,
          shortDate: longDate.slice(0, 8)
        };
      }
      getCanonicalHeaderList(headers) {
        return Object.keys(headers).sort().join(";");
      }
    }
    const signingKeyCache = {};
    const cacheQueue = [];
    const createScope = (shortDate, region, service) => `${shortDate}/${region}/${service}/${KEY_TYPE_IDENTIFIER}`;
    const getSigningKey = async (sha256Constructor, credentials, shortDate, region, service) => {
      const credsHash = await hmac(sha256Constructor, credentials.secretAccessKey, credentials.accessKeyId);
      const cacheKey = `${shortDate}:${region}:${service}:${toHex(credsHash)}:${credentials.sessionToken}`;
      if (cacheKey in signingKeyCache) return signingKeyCache[cacheKey];
      cacheQueue.push(cacheKey);
      while (cacheQueue.length > MAX_CACHE_SIZE) delete signingKeyCache[cacheQueue.shift()];
      let key = `AWS4${credentials.secretAccessKey}`;
      for (const signable of [ shortDate, region, service, KEY_TYPE_IDENTIFIER ]) key = await hmac(sha256Constructor, key, signable);
      return signingKeyCache[cacheKey] = key;
    };
    const hmac = (ctor, secret, data) => {
      const hash = new ctor(secret);
      hash.update(toUint8Array(data));
      return hash.digest();
    };
    const getCanonicalHeaders = ({headers: headers}, unsignableHeaders, signableHeaders) => {
      const canonical = {};
      for (const headerName of Object.keys(headers).sort()) {
        if (headers[headerName] == void 0) continue;
        const canonicalHeaderName = headerName.toLowerCase();
        if (hasOwn(ALWAYS_UNSIGNABLE_HEADERS, canonicalHeaderName) || unsignableHeaders?.has(canonicalHeaderName) || PROXY_HEADER_PATTERN.test(canonicalHeaderName) || SEC_HEADER_PATTERN.test(canonicalHeaderName)) if (!signableHeaders || signableHeaders && !signableHeaders.has(canonicalHeaderName)) continue;
        if (canonicalHeaderName === "__proto__") writeKey(canonical);
        canonical[canonicalHeaderName] = headers[headerName].replace(/[\r\n]/g, " ").replace(/[ \t]+/g, " ").replace(/^ | $/g, "");
      }
      return canonical;
    };
    const getPayloadHash = async ({headers: headers, body: body}, hashConstructor) => {
      for (const headerName in headers) {
        if (!hasOwn(headers, headerName)) continue;
        if (headerName.toLowerCase() === SHA256_HEADER) return headers[headerName];
      }
      if (body == void 0) return "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"; else if (typeof body === "string" || ArrayBuffer.isView(body) || isArrayBuffer(body)) {
        const hashCtor = new hashConstructor;
        hashCtor.update(toUint8Array(body));
        return toHex(await hashCtor.digest());
      }
      return UNSIGNED_PAYLOAD;
    };
    const hasHeader = (soughtHeader, headers) => {
      soughtHeader = soughtHeader.toLowerCase();
      for (const headerName in headers) {
        if (!hasOwn(headers, headerName)) continue;
        if (soughtHeader === headerName.toLowerCase()) return true;
      }
      return false;
    };
    const moveHeadersToQuery = (request, options = {}) => {
      const {headers: headers, query: query = {}} = HttpRequest.clone(request);
      for (const name in headers) {
        if (!hasOwn(headers, name)) continue;
        const lname = name.toLowerCase();
        if (lname.slice(0, 6) === "x-amz-" && !options.unhoistableHeaders?.has(lname) || options.hoistableHeaders?.has(lname)) {
          query[name] = headers[name];
          delete headers[name];
        }
      }
      return {
        ...request,
        headers: headers,
        query: query
      };
    };
    const prepareRequest = request => {
      request = HttpRequest.clone(request);
      for (const headerName in request.headers) {
        if (!hasOwn(request.headers, headerName)) continue;
        if (GENERATED_HEADERS.indexOf(headerName.toLowerCase()) > -1) delete request.headers[headerName];
      }
      return request;
    };
    exports.ALGORITHM_IDENTIFIER = ALGORITHM_IDENTIFIER;
    exports.ALGORITHM_IDENTIFIER_V4A = "AWS4-ECDSA-P256-SHA256";
    exports.ALGORITHM_QUERY_PARAM = ALGORITHM_QUERY_PARAM;
    exports.ALWAYS_UNSIGNABLE_HEADERS = ALWAYS_UNSIGNABLE_HEADERS;
    exports.AMZ_DATE_HEADER = AMZ_DATE_HEADER;
    exports.AMZ_DATE_QUERY_PARAM = AMZ_DATE_QUERY_PARAM;
    exports.AUTH_HEADER = AUTH_HEADER;
    exports.CREDENTIAL_QUERY_PARAM = CREDENTIAL_QUERY_PARAM;
    exports.DATE_HEADER = DATE_HEADER;
    exports.EVENT_ALGORITHM_IDENTIFIER = EVENT_ALGORITHM_IDENTIFIER;
    exports.EXPIRES_QUERY_PARAM = EXPIRES_QUERY_PARAM;
    exports.GENERATED_HEADERS = GENERATED_HEADERS;
    exports.HOST_HEADER = "host";
    exports.KEY_TYPE_IDENTIFIER = KEY_TYPE_IDENTIFIER;
    exports.MAX_CACHE_SIZE = MAX_CACHE_SIZE;
    exports.MAX_PRESIGNED_TTL = MAX_PRESIGNED_TTL;
    exports.PROXY_HEADER_PATTERN = PROXY_HEADER_PATTERN;
    exports.REGION_SET_PARAM = "X-Amz-Region-Set";
    exports.SEC_HEADER_PATTERN = SEC_HEADER_PATTERN;
    exports.SHA256_HEADER = SHA256_HEADER;
    exports.SIGNATURE_HEADER = SIGNATURE_HEADER;
    exports.SIGNATURE_QUERY_PARAM = SIGNATURE_QUERY_PARAM;
    exports.SIGNED_HEADERS_QUERY_PARAM = SIGNED_HEADERS_QUERY_PARAM;
    exports.SignatureV4 = class extends SignatureV4Base {
      headerFormatter=new HeaderFormatter;
      constructor({applyChecksum: applyChecksum, credentials: credentials, region: region, service: service, sha256: sha256, uriEscapePath: uriEscapePath = true}) {
        super({
          applyChecksum: applyChecksum,
          credentials: credentials,
          region: region,
          service: service,
          sha256: sha256,
          uriEscapePath: uriEscapePath
        });
      }
      async presign(originalRequest, options = {}) {
        const {signingDate: signingDate = new Date, expiresIn: expiresIn = 3600, unsignableHeaders: unsignableHeaders, unhoistableHeaders: unhoistableHeaders, signableHeaders: signableHeaders, hoistableHeaders: hoistableHeaders, signingRegion: signingRegion, signingService: signingService} = options;
        const credentials = await this.credentialProvider();
        this.validateResolvedCredentials(credentials);
        const region = signingRegion ?? await this.regionProvider();
        const {longDate: longDate, shortDate: shortDate} = this.formatDate(signingDate);
        if (expiresIn > MAX_PRESIGNED_TTL) return Promise.reject("Signature version 4 presigned URLs" + " must have an expiration date less than one week in" + " the future");
        const scope = createScope(shortDate, region, signingService ?? this.service);
        const request = moveHeadersToQuery(prepareRequest(originalRequest), {
          unhoistableHeaders: unhoistableHeaders,
          hoistableHeaders: hoistableHeaders
        });
        if (credentials.sessionToken) request.query[TOKEN_QUERY_PARAM] = credentials.sessionToken;
        request.query[ALGORITHM_QUERY_PARAM] = ALGORITHM_IDENTIFIER;
        request.query[CREDENTIAL_QUERY_PARAM] = `${credentials.accessKeyId}/${scope}`;
        request.query[AMZ_DATE_QUERY_PARAM] = longDate;
        request.query[EXPIRES_QUERY_PARAM] = expiresIn.toString(10);
        const canonicalHeaders = getCanonicalHeaders(request, unsignableHeaders, signableHeaders);
        request.query[SIGNED_HEADERS_QUERY_PARAM] = this.getCanonicalHeaderList(canonicalHeaders);
        request.query[SIGNATURE_QUERY_PARAM] = await this.getSignature(longDate, scope, this.getSigningKey(credentials, region, shortDate, signingService), this.createCanonicalRequest(request, canonicalHeaders, await getPayloadHash(originalRequest, this.sha256)));
        return request;
      }
      async sign(toSign, options) {
        if (typeof toSign === "string") return this.signString(toSign, options); else if (toSign.headers && toSign.payload) return this.signEvent(toSign, options); else if (toSign.message) return this.signMessage(toSign, options); else return this.signRequest(toSign, options);
      }
      async signEvent({headers: headers, payload: payload}, {signingDate: signingDate = new Date, priorSignature: priorSignature, signingRegion: signingRegion, signingService: signingService, eventStreamCredentials: eventStreamCredentials}) {
        const region = signingRegion ?? await this.regionProvider();
        const {shortDate: shortDate, longDate: longDate} = this.formatDate(signingDate);
        const scope = createScope(shortDate, region, signingService ?? this.service);
        const hashedPayload = await getPayloadHash({
          headers: {},
          body: payload
        }, this.sha256);
        const hash = new this.sha256;
        hash.update(headers);
        const hashedHeaders = toHex(await hash.digest());
        const stringToSign = [ EVENT_ALGORITHM_IDENTIFIER, longDate, scope, priorSignature, hashedHeaders, hashedPayload ].join("\n");
        return this.signString(stringToSign, {
          signingDate: signingDate,
          signingRegion: region,
          signingService: signingService,
          eventStreamCredentials: eventStreamCredentials
        });
      }
      async signMessage(signableMessage, {signingDate: signingDate = new Date, signingRegion: signingRegion, signingService: signingService, eventStreamCredentials: eventStreamCredentials}) {
        const promise = this.signEvent({
          headers: this.headerFormatter.format(signableMessage.message.headers),
          payload: signableMessage.message.body
        }, {
          signingDate: signingDate,
          signingRegion: signingRegion,
          signingService: signingService,
          priorSignature: signableMessage.priorSignature,
          eventStreamCredentials: eventStreamCredentials
        });
        return promise.then(signature => ({
          message: signableMessage.message,
          signature: signature
        }));
      }
      async signString(stringToSign, {signingDate: signingDate = new Date, signingRegion: signingRegion, signingService: signingService, eventStreamCredentials: eventStreamCredentials} = {}) {
        const credentials = eventStreamCredentials ?? await this.credentialProvider();
        this.validateResolvedCredentials(credentials);
        const region = signingRegion ?? await this.regionProvider();
        const {shortDate: shortDate} = this.formatDate(signingDate);
        const hash = new this.sha256(await this.getSigningKey(credentials, region, shortDate, signingService));
        hash.update(toUint8Array(stringToSign));
        return toHex(await hash.digest());
      }
      async signRequest(requestToSign, {signingDate: signingDate = new Date, signableHeaders: signableHeaders, unsignableHeaders: unsignableHeaders, signingRegion: signingRegion, signingService: signingService} = {}) {
        const credentials = await this.credentialProvider();
        this.validateResolvedCredentials(credentials);
        const region = signingRegion ?? await this.regionProvider();
        const request = prepareRequest(requestToSign);
        const {longDate: longDate, shortDate: shortDate} = this.formatDate(signingDate);
        const scope = createScope(shortDate, region, signingService ?? this.service);
        request.headers[AMZ_DATE_HEADER] = longDate;
        if (credentials.sessionToken) request.headers[TOKEN_HEADER] = credentials.sessionToken;
        const payloadHash = await getPayloadHash(request, this.sha256);
        if (!hasHeader(SHA256_HEADER, request.headers) && this.applyChecksum) request.headers[SHA256_HEADER] = payloadHash;
        const canonicalHeaders = getCanonicalHeaders(request, unsignableHeaders, signableHeaders);
        const signature = await this.getSignature(longDate, scope, this.getSigningKey(credentials, region, shortDate, signingService), this.createCanonicalRequest(request, canonicalHeaders, payloadHash));
        request.headers[AUTH_HEADER] = `${ALGORITHM_IDENTIFIER} ` + `Credential=${credentials.accessKeyId}/${scope}, ` + `SignedHeaders=${this.getCanonicalHeaderList(canonicalHeaders)}, ` + `Signature=${signature}`;
        return request;
      }
      async getSignature(longDate, credentialScope, keyPromise, canonicalRequest) {
        const stringToSign = await this.createStringToSign(longDate, credentialScope, canonicalRequest, ALGORITHM_IDENTIFIER);
        const hash = new this.sha256(await keyPromise);
        hash.update(toUint8Array(stringToSign));
        return toHex(await hash.digest());
      }
      getSigningKey(credentials, region, shortDate, service) {
        return getSigningKey(this.sha256, credentials, shortDate, region, service || this.service);
      }
    };
    exports.SignatureV4Base = SignatureV4Base;
    exports.TOKEN_HEADER = TOKEN_HEADER;
    exports.TOKEN_QUERY_PARAM = TOKEN_QUERY_PARAM;
    exports.UNSIGNABLE_PATTERNS = [ /^proxy-/i, /^sec-/i ];
    exports.UNSIGNED_PAYLOAD = UNSIGNED_PAYLOAD;
    exports.clearCredentialCache = () => {
      cacheQueue.length = 0;
      Object.keys(signingKeyCache).forEach(cacheKey => {
        delete signingKeyCache[cacheKey];
      });
    };
    exports.createScope = createScope;
    exports.getCanonicalHeaders = getCanonicalHeaders;
    exports.getCanonicalQuery = getCanonicalQuery;
    exports.getPayloadHash = getPayloadHash;
    exports.getSigningKey = getSigningKey;
    exports.hasHeader = hasHeader;
    exports.moveHeadersToQuery = moveHeadersToQuery;
    exports.prepareRequest = prepareRequest;
    exports.signatureV4aContainer = {
      SignatureV4a: null
    };
  },
  690: (__unused_webpack_module, exports) => {
    var HttpAuthLocation;
    (function(HttpAuthLocation) {
      HttpAuthLocation["HEADER"] = "header";
      HttpAuthLocation["QUERY"] = "query";
    })(HttpAuthLocation || (HttpAuthLocation = {}));
    var HttpApiKeyAuthLocation;
    (function(HttpApiKeyAuthLocation) {
      HttpApiKeyAuthLocation["HEADER"] = "header";
      HttpApiKeyAuthLocation["QUERY"] = "query";
    })(HttpApiKeyAuthLocation || (HttpApiKeyAuthLocation = {}));
    var EndpointURLScheme;
    (function(EndpointURLScheme) {
      EndpointURLScheme["HTTP"] = "http";
      EndpointURLScheme["HTTPS"] = "https";
    })(EndpointURLScheme || (EndpointURLScheme = {}));
    var AlgorithmId;
    (function(AlgorithmId) {
      AlgorithmId["MD5"] = "md5";
      AlgorithmId["CRC32"] = "crc32";
      AlgorithmId["CRC32C"] = "crc32c";
      AlgorithmId["SHA1"] = "sha1";
      AlgorithmId["SHA256"] = "sha256";
    })(AlgorithmId || (AlgorithmId = {}));
    const getChecksumConfiguration = runtimeConfig => {
      const checksumAlgorithms = [];
      if (runtimeConfig.sha256 !== void 0) checksumAlgorithms.push({
        algorithmId: () => AlgorithmId.SHA256,
        checksumConstructor: () => runtimeConfig.sha256
      });
      if (runtimeConfig.md5 != void 0) checksumAlgorithms.push({
        algorithmId: () => AlgorithmId.MD5,
        checksumConstructor: () => runtimeConfig.md5
      });
      return {
        addChecksumAlgorithm(algo) {
          checksumAlgorithms.push(algo);
        },
        checksumAlgorithms() {
          return checksumAlgorithms;
        }
      };
    };
    const resolveChecksumRuntimeConfig = clientConfig => {
      const runtimeConfig = {};
      clientConfig.checksumAlgorithms().forEach(checksumAlgorithm => {
        runtimeConfig[checksumAlgorithm.algorithmId()] = checksumAlgorithm.checksumConstructor();
      });
      return runtimeConfig;
    };
    var FieldPosition;
    (function(FieldPosition) {
      FieldPosition[FieldPosition["HEADER"] = 0] = "HEADER";
      FieldPosition[FieldPosition["TRAILER"] = 1] = "TRAILER";
    })(FieldPosition || (FieldPosition = {}));
    var IniSectionType;
    (function(IniSectionType) {
      IniSectionType["PROFILE"] = "profile";
      IniSectionType["SSO_SESSION"] = "sso-session";
      IniSectionType["SERVICES"] = "services";
    })(IniSectionType || (IniSectionType = {}));
    var RequestHandlerProtocol;
    (function(RequestHandlerProtocol) {
      RequestHandlerProtocol["HTTP_0_9"] = "http/0.9";
      RequestHandlerProtocol["HTTP_1_0"] = "http/1.0";
      RequestHandlerProtocol["TDS_8_0"] = "tds/8.0";
    })(RequestHandlerProtocol || (RequestHandlerProtocol = {}));
    exports.AlgorithmId = AlgorithmId;
    exports.EndpointURLScheme = EndpointURLScheme;
    exports.FieldPosition = FieldPosition;
    exports.HttpApiKeyAuthLocation = HttpApiKeyAuthLocation;
    exports.HttpAuthLocation = HttpAuthLocation;
    exports.IniSectionType = IniSectionType;
    exports.RequestHandlerProtocol = RequestHandlerProtocol;
    exports.SMITHY_CONTEXT_KEY = "__smithy_context";
    exports.getDefaultClientConfiguration = runtimeConfig => getChecksumConfiguration(runtimeConfig);
    exports.resolveDefaultRuntimeConfig = config => resolveChecksumRuntimeConfig(config);
  },
  9449: function(module) {
    /*!
 * Bowser - a browser detector
 * https://github.com/lancedikson/bowser
 * MIT License | (c) Dustin Diaz 2012-2015
 * MIT License | (c) Denis Demchenko 2015-2026
 */
    !function() {
      true && (module.exports = function() {
        var e = {
          AmazonBot: "amazonbot",
          "Amazon Silk": "amazon_silk",
          "Android Browser": "android",
          BaiduSpider: "baiduspider",
          Bada: "bada",
          BingCrawler: "bingcrawler",
          Brave: "brave",
          BlackBerry: "blackberry",
          "ChatGPT-User": "chatgpt_user",
          Chrome: "chrome",
          ClaudeBot: "claudebot",
          Chromium: "chromium",
          Diffbot: "diffbot",
          DuckDuckBot: "duckduckbot",
          DuckDuckGo: "duckduckgo",
          Electron: "electron",
          Epiphany: "epiphany",
          FacebookExternalHit: "facebookexternalhit",
          Firefox: "firefox",
          Focus: "focus",
          Generic: "generic",
          "Google Search": "google_search",
          Googlebot: "googlebot",
          GPTBot: "gptbot",
          "HeyTap Browser": "heytap",
          "Internet Explorer": "ie",
          InternetArchiveCrawler: "internetarchivecrawler",
          "K-Meleon": "k_meleon",
          Ladybird: "ladybird",
          LibreWolf: "librewolf",
          Linespider: "linespider",
          Maxthon: "maxthon",
          "Meta-ExternalAds": "meta_externalads",
          "Meta-ExternalAgent": "meta_externalagent",
          "Meta-ExternalFetcher": "meta_externalfetcher",
          "Meta-WebIndexer": "meta_webindexer",
          "Microsoft Edge": "edge",
          "MZ Browser": "mz",
          "NAVER Whale Browser": "naver",
          "OAI-SearchBot": "oai_searchbot",
          Omgilibot: "omgilibot",
          Opera: "opera",
          "Opera Coast": "opera_coast",
          "Pale Moon": "pale_moon",
          PerplexityBot: "perplexitybot",
          "Perplexity-User": "perplexity_user",
          PhantomJS: "phantomjs",
          PingdomBot: "pingdombot",
          Puffin: "puffin",
          QQ: "qq",
          QQLite: "qqlite",
          QupZilla: "qupzilla",
          Roku: "roku",
          Safari: "safari",
          Sailfish: "sailfish",
          "Samsung Internet for Android": "samsung_internet",
          SlackBot: "slackbot",
          SeaMonkey: "seamonkey",
          Sleipnir: "sleipnir",
          "Sogou Browser": "sogou",
          Swing: "swing",
          Tizen: "tizen",
          "UC Browser": "uc",
          "Vivo Browser": "vivo",
          Vivaldi: "vivaldi",
          "WebOS Browser": "webos",
          WeChat: "wechat",
          YahooSlurp: "yahooslurp",
          "Yandex Browser": "yandex",
          YandexBot: "yandexbot",
          YouBot: "youbot"
        }, t = {
          amazonbot: "AmazonBot",
          amazon_silk: "Amazon Silk",
          android: "Android Browser",
          baiduspider: "BaiduSpider",
          bada: "Bada",
          bingcrawler: "BingCrawler",
          blackberry: "BlackBerry",
          brave: "Brave",
          chatgpt_user: "ChatGPT-User",
          chrome: "Chrome",
          claudebot: "ClaudeBot",
          chromium: "Chromium",
          diffbot: "Diffbot",
          duckduckbot: "DuckDuckBot",
          duckduckgo: "DuckDuckGo",
          edge: "Microsoft Edge",
          electron: "Electron",
          epiphany: "Epiphany",
          facebookexternalhit: "FacebookExternalHit",
          firefox: "Firefox",
          focus: "Focus",
          generic: "Generic",
          google_search: "Google Search",
          googlebot: "Googlebot",
          gptbot: "GPTBot",
          heytap: "HeyTap Browser",
          ie: "Internet Explorer",
          internetarchivecrawler: "InternetArchiveCrawler",
          k_meleon: "K-Meleon",
          ladybird: "Ladybird",
          librewolf: "LibreWolf",
          linespider: "Linespider",
          maxthon: "Maxthon",
          meta_externalads: "Meta-ExternalAds",
          meta_externalagent: "Meta-ExternalAgent",
          meta_externalfetcher: "Meta-ExternalFetcher",
          meta_webindexer: "Meta-WebIndexer",
          mz: "MZ Browser",
          naver: "NAVER Whale Browser",
          oai_searchbot: "OAI-SearchBot",
          omgilibot: "Omgilibot",
          opera: "Opera",
          opera_coast: "Opera Coast",
          pale_moon: "Pale Moon",
          perplexitybot: "PerplexityBot",
          perplexity_user: "Perplexity-User",
          phantomjs: "PhantomJS",
          pingdombot: "PingdomBot",
          puffin: "Puffin",
          qq: "QQ Browser",
          qqlite: "QQ Browser Lite",
          qupzilla: "QupZilla",
          roku: "Roku",
          safari: "Safari",
          sailfish: "Sailfish",
          samsung_internet: "Samsung Internet for Android",
          seamonkey: "SeaMonkey",
          slackbot: "SlackBot",
          sleipnir: "Sleipnir",
          sogou: "Sogou Browser",
          swing: "Swing",
          tizen: "Tizen",
          uc: "UC Browser",
          vivo: "Vivo Browser",
          vivaldi: "Vivaldi",
          webos: "WebOS Browser",
          wechat: "WeChat",
          yahooslurp: "YahooSlurp",
          yandex: "Yandex Browser",
          yandexbot: "YandexBot",
          youbot: "YouBot"
        }, r = {
          bot: "bot",
          desktop: "desktop",
          mobile: "mobile",
          tablet: "tablet",
          tv: "tv"
        }, i = {
          Android: "Android",
          Bada: "Bada",
          BlackBerry: "BlackBerry",
          ChromeOS: "Chrome OS",
          HarmonyOS: "HarmonyOS",
          iOS: "iOS",
          Linux: "Linux",
          MacOS: "macOS",
          PlayStation4: "PlayStation 4",
          Roku: "Roku",
          Tizen: "Tizen",
          WebOS: "WebOS",
          Windows: "Windows",
          WindowsPhone: "Windows Phone"
        }, n = {
          Blink: "Blink",
          EdgeHTML: "EdgeHTML",
          Gecko: "Gecko",
          LibWeb: "LibWeb",
          Presto: "Presto",
          Trident: "Trident",
          WebKit: "WebKit"
        }, s = function() {
          function r() {}
          return r.getFirstMatch = function(e, t) {
            var r = t.match(e);
            return r && r.length > 0 && r[1] || "";
          }, r.getSecondMatch = function(e, t) {
            var r = t.match(e);
            return r && r.length > 1 && r[2] || "";
          }, r.matchAndReturnConst = function(e, t, r) {
            if (e.test(t)) return r;
          }, r.isFirefoxOnIpad = function(e) {
            var t = e.indexOf("Macintosh");
            if (-1 === t) return !1;
            var r = e.indexOf(" FxiOS", t + 9);
            return -1 !== r && -1 !== e.indexOf("/", r + 6);
          }, r.getWindowsVersionName = function(e) {
            switch (e) {
             case "NT":
              return "NT";

             case "XP":
             case "NT 5.1":
              return "XP";

             case "NT 5.0":
              return "2000";

             case "NT 5.2":
              return "2003";

             case "NT 6.0":
              return "Vista";

             case "NT 6.1":
              return "7";

             case "NT 6.2":
              return "8";

             case "NT 6.3":
              return "8.1";

             case "NT 10.0":
              return "10";

             default:
              return;
            }
          }, r.getMacOSVersionName = function(e) {
            var t = e.split(".").splice(0, 2).map(function(e) {
              return parseInt(e, 10) || 0;
            });
            t.push(0);
            var r = t[0], i = t[1];
            if (10 === r) switch (i) {
             case 5:
              return "Leopard";

             case 6:
              return "Snow Leopard";

             case 7:
              return "Lion";

             case 8:
              return "Mountain Lion";

             case 9:
              return "Mavericks";

             case 10:
              return "Yosemite";

             case 11:
              return "El Capitan";

             case 12:
              return "Sierra";

             case 13:
              return "High Sierra";

             case 14:
              return "Mojave";

             case 15:
              return "Catalina";

             default:
              return;
            }
            switch (r) {
             case 11:
              return "Big Sur";

             case 12:
              return "Monterey";

             case 13:
              return "Ventura";

             case 14:
              return "Sonoma";

             case 15:
              return "Sequoia";

             default:
              return;
            }
          }, r.getAndroidVersionName = function(e) {
            var t = e.split(".").splice(0, 2).map(function(e) {
              return parseInt(e, 10) || 0;
            });
            if (t.push(0), !(1 === t[0] && t[1] < 5)) return 1 === t[0] && t[1] < 6 ? "Cupcake" : 1 === t[0] && t[1] >= 6 ? "Donut" : 2 === t[0] && t[1] < 2 ? "Eclair" : 2 === t[0] && 2 === t[1] ? "Froyo" : 2 === t[0] && t[1] > 2 ? "Gingerbread" : 3 === t[0] ? "Honeycomb" : 4 === t[0] && t[1] < 1 ? "Ice Cream Sandwich" : 4 === t[0] && t[1] < 4 ? "Jelly Bean" : 4 === t[0] && t[1] >= 4 ? "KitKat" : 5 === t[0] ? "Lollipop" : 6 === t[0] ? "Marshmallow" : 7 === t[0] ? "Nougat" : 8 === t[0] ? "Oreo" : 9 === t[0] ? "Pie" : void 0;
          }, r.getVersionPrecision = function(e) {
            return e.split(".").length;
          }, r.compareVersions = function(e, t, i) {
            void 0 === i && (i = !1);
            var n = r.getVersionPrecision(e), s = r.getVersionPrecision(t), o = Math.max(n, s), a = 0, c = r.map([ e, t ], function(e) {
              var t = o - r.getVersionPrecision(e), i = e + new Array(t + 1).join(".0");
              return r.map(i.split("."), function(e) {
                return new Array(20 - e.length).join("0") + e;
              }).reverse();
            });
            for (i && (a = o - Math.min(n, s)), o -= 1; o >= a; ) {
              if (c[0][o] > c[1][o]) return 1;
              if (c[0][o] === c[1][o]) {
                if (o === a) return 0;
                o -= 1;
              } else if (c[0][o] < c[1][o]) return -1;
            }
          }, r.map = function(e, t) {
            var r, i = [];
            if (Array.prototype.map) return Array.prototype.map.call(e, t);
            for (r = 0; r < e.length; r += 1) i.push(t(e[r]));
            return i;
          }, r.find = function(e, t) {
            var r, i;
            if (Array.prototype.find) return Array.prototype.find.call(e, t);
            for (r = 0, i = e.length; r < i; r += 1) {
              var n = e[r];
              if (t(n, r)) return n;
            }
          }, r.assign = function(e) {
            for (var t, r, i = e, n = arguments.length, s = new Array(n > 1 ? n - 1 : 0), o = 1; o < n; o++) s[o - 1] = arguments[o];
            if (Object.assign) return Object.assign.apply(Object, [ e ].concat(s));
            var a = function() {
              var e = s[t];
              "object" == typeof e && null !== e && Object.keys(e).forEach(function(t) {
                i[t] = e[t];
              });
            };
            for (t = 0, r = s.length; t < r; t += 1) a();
            return e;
          }, r.getBrowserAlias = function(t) {
            return e[t];
          }, r.getBrowserTypeByAlias = function(e) {
            return t[e] || "";
          }, r;
        }(), o = /version\/(\d+(\.?_?\d+)+)/i, a = [ {
          test: [ /gptbot/i ],
          describe: function(e) {
            var t = {
              name: "GPTBot"
            }, r = s.getFirstMatch(/gptbot\/(\d+(\.\d+)+)/i, e) || s.getFirstMatch(o, e);
            return r && (t.version = r), t;
          }
        }, {
          test: [ /chatgpt-user/i ],
          describe: function(e) {
            var t = {
              name: "ChatGPT-User"
            }, r = s.getFirstMatch(/chatgpt-user\/(\d+(\.\d+)+)/i, e) || s.getFirstMatch(o, e);
            return r && (t.version = r), t;
          }
        }, {
          test: [ /oai-searchbot/i ],
          describe: function(e) {
            var t = {
              name: "OAI-SearchBot"
            }, r = s.getFirstMatch(/oai-searchbot\/(\d+(\.\d+)+)/i, e) || s.getFirstMatch(o, e);
            return r && (t.version = r), t;
          }
        }, {
          test: [ /claudebot/i, /claude-web/i, /claude-user/i, /claude-searchbot/i ],
          describe: function(e) {
            var t = {
              name: "ClaudeBot"
            }, r = s.getFirstMatch(/(?:claudebot|claude-web|claude-user|claude-searchbot)\/(\d+(\.\d+)+)/i, e) || s.getFirstMatch(o, e);
            return r && (t.version = r), t;
          }
        }, {
          test: [ /omgilibot/i, /webzio-extended/i ],
          describe: function(e) {
            var t = {
              name: "Omgilibot"
            }, r = s.getFirstMatch(/(?:omgilibot|webzio-extended)\/(\d+(\.\d+)+)/i, e) || s.getFirstMatch(o, e);
            return r && (t.version = r), t;
          }
        }, {
          test: [ /diffbot/i ],
          describe: function(e) {
            var t = {
              name: "Diffbot"
            }, r = s.getFirstMatch(/diffbot\/(\d+(\.\d+)+)/i, e) || s.getFirstMatch(o, e);
            return r && (t.version = r), t;
          }
        }, {
          test: [ /perplexitybot/i ],
          describe: function(e) {
            var t = {
              name: "PerplexityBot"
            }, r = s.getFirstMatch(/perplexitybot\/(\d+(\.\d+)+)/i, e) || s.getFirstMatch(o, e);
            return r && (t.version = r), t;
          }
        }, {
          test: [ /perplexity-user/i ],
          describe: function(e) {
            var t = {
              name: "Perplexity-User"
            }, r = s.getFirstMatch(/perplexity-user\/(\d+(\.\d+)+)/i, e) || s.getFirstMatch(o, e);
            return r && (t.version = r), t;
          }
        }, {
          test: [ /youbot/i ],
          describe: function(e) {
            var t = {
              name: "YouBot"
            }, r = s.getFirstMatch(/youbot\/(\d+(\.\d+)+)/i, e) || s.getFirstMatch(o, e);
            return r && (t.version = r), t;
          }
        }, {
          test: [ /meta-webindexer/i ],
          describe: function(e) {
            var t = {
              name: "Meta-WebIndexer"
            }, r = s.getFirstMatch(/meta-webindexer\/(\d+(\.\d+)+)/i, e) || s.getFirstMatch(o, e);
            return r && (t.version = r), t;
          }
        }, {
          test: [ /meta-externalads/i ],
          describe: function(e) {
            var t = {
              name: "Meta-ExternalAds"
            }, r = s.getFirstMatch(/meta-externalads\/(\d+(\.\d+)+)/i, e) || s.getFirstMatch(o, e);
            return r && (t.version = r), t;
          }
        }, {
          test: [ /meta-externalagent/i ],
          describe: function(e) {
            var t = {
              name: "Meta-ExternalAgent"
            }, r = s.getFirstMatch(/meta-externalagent\/(\d+(\.\d+)+)/i, e) || s.getFirstMatch(o, e);
            return r && (t.version = r), t;
          }
        }, {
          test: [ /meta-externalfetcher/i ],
          describe: function(e) {
            var t = {
              name: "Meta-ExternalFetcher"
            }, r = s.getFirstMatch(/meta-externalfetcher\/(\d+(\.\d+)+)/i, e) || s.getFirstMatch(o, e);
            return r && (t.version = r), t;
          }
        }, {
          test: [ /googlebot/i ],
          describe: function(e) {
            var t = {
              name: "Googlebot"
            }, r = s.getFirstMatch(/googlebot\/(\d+(\.\d+))/i, e) || s.getFirstMatch(o, e);
            return r && (t.version = r), t;
          }
        }, {
          test: [ /linespider/i ],
          describe: function(e) {
            var t = {
              name: "Linespider"
            }, r = s.getFirstMatch(/(?:linespider)(?:-[-\w]{1,64})?[\s/](\d+(\.\d+)+)/i, e) || s.getFirstMatch(o, e);
            return r && (t.version = r), t;
          }
        }, {
          test: [ /amazonbot/i ],
          describe: function(e) {
            var t = {
              name: "AmazonBot"
            }, r = s.getFirstMatch(/amazonbot\/(\d+(\.\d+)+)/i, e) || s.getFirstMatch(o, e);
            return r && (t.version = r), t;
          }
        }, {
          test: [ /bingbot/i ],
          describe: function(e) {
            var t = {
              name: "BingCrawler"
            }, r = s.getFirstMatch(/bingbot\/(\d+(\.\d+)+)/i, e) || s.getFirstMatch(o, e);
            return r && (t.version = r), t;
          }
        }, {
          test: [ /baiduspider/i ],
          describe: function(e) {
            var t = {
              name: "BaiduSpider"
            }, r = s.getFirstMatch(/baiduspider\/(\d+(\.\d+)+)/i, e) || s.getFirstMatch(o, e);
            return r && (t.version = r), t;
          }
        }, {
          test: [ /duckduckbot/i ],
          describe: function(e) {
            var t = {
              name: "DuckDuckBot"
            }, r = s.getFirstMatch(/duckduckbot\/(\d+(\.\d+)+)/i, e) || s.getFirstMatch(o, e);
            return r && (t.version = r), t;
          }
        }, {
          test: [ /ia_archiver/i ],
          describe: function(e) {
            var t = {
              name: "InternetArchiveCrawler"
            }, r = s.getFirstMatch(/ia_archiver\/(\d+(\.\d+)+)/i, e) || s.getFirstMatch(o, e);
            return r && (t.version = r), t;
          }
        }, {
          test: [ /facebookexternalhit/i, /facebookcatalog/i ],
          describe: function() {
            return {
              name: "FacebookExternalHit"
            };
          }
        }, {
          test: [ /slackbot/i, /slack-imgProxy/i ],
          describe: function(e) {
            var t = {
              name: "SlackBot"
            }, r = s.getFirstMatch(/(?:slackbot|slack-imgproxy)(?:-[-\w]{1,64})?[\s/](\d+(\.\d+)+)/i, e) || s.getFirstMatch(o, e);
            return r && (t.version = r), t;
          }
        }, {
          test: [ /yahoo!?[\s/]*slurp/i ],
          describe: function() {
            return {
              name: "YahooSlurp"
            };
          }
        }, {
          test: [ /yandexbot/i, /yandexmobilebot/i ],
          describe: function() {
            return {
              name: "YandexBot"
            };
          }
        }, {
          test: [ /pingdom/i ],
          describe: function() {
            return {
              name: "PingdomBot"
            };
          }
        }, {
          test: [ /opera/i ],
          describe: function(e) {
            var t = {
              name: "Opera"
            }, r = s.getFirstMatch(o, e) || s.getFirstMatch(/(?:opera)[\s/](\d+(\.?_?\d+)+)/i, e);
            return r && (t.version = r), t;
          }
        }, {
          test: [ /opr\/|opios/i ],
          describe: function(e) {
            var t = {
              name: "Opera"
            }, r = s.getFirstMatch(/(?:opr|opios)[\s/](\S+)/i, e) || s.getFirstMatch(o, e);
            return r && (t.version = r), t;
          }
        }, {
          test: [ /SamsungBrowser/i ],
          describe: function(e) {
            var t = {
              name: "Samsung Internet for Android"
            }, r = s.getFirstMatch(o, e) || s.getFirstMatch(/(?:SamsungBrowser)[\s/](\d+(\.?_?\d+)+)/i, e);
            return r && (t.version = r), t;
          }
        }, {
          test: [ /Whale/i ],
          describe: function(e) {
            var t = {
              name: "NAVER Whale Browser"
            }, r = s.getFirstMatch(o, e) || s.getFirstMatch(/(?:whale)[\s/](\d+(?:\.\d+)+)/i, e);
            return r && (t.version = r), t;
          }
        }, {
          test: [ /PaleMoon/i ],
          describe: function(e) {
            var t = {
              name: "Pale Moon"
            }, r = s.getFirstMatch(o, e) || s.getFirstMatch(/(?:PaleMoon)[\s/](\d+(?:\.\d+)+)/i, e);
            return r && (t.version = r), t;
          }
        }, {
          test: [ /HeyTapBrowser/i ],
          describe: function(e) {
            var t = {
              name: "HeyTap Browser"
            }, r = s.getFirstMatch(/(?:HeyTapBrowser)[\s/](\d+(?:\.\d+)*)/i, e) || s.getFirstMatch(o, e);
            return r && (t.version = r), t;
          }
        }, {
          test: [ /VivoBrowser/i ],
          describe: function(e) {
            var t = {
              name: "Vivo Browser"
            }, r = s.getFirstMatch(/(?:VivoBrowser)[\s/](\d+(?:\.\d+)*)/i, e) || s.getFirstMatch(o, e);
            return r && (t.version = r), t;
          }
        }, {
          test: [ /MZBrowser/i ],
          describe: function(e) {
            var t = {
              name: "MZ Browser"
            }, r = s.getFirstMatch(/(?:MZBrowser)[\s/](\d+(?:\.\d+)+)/i, e) || s.getFirstMatch(o, e);
            return r && (t.version = r), t;
          }
        }, {
          test: [ /focus/i ],
          describe: function(e) {
            var t = {
              name: "Focus"
            }, r = s.getFirstMatch(/(?:focus)[\s/](\d+(?:\.\d+)+)/i, e) || s.getFirstMatch(o, e);
            return r && (t.version = r), t;
          }
        }, {
          test: [ /swing/i ],
          describe: function(e) {
            var t = {
              name: "Swing"
            }, r = s.getFirstMatch(/(?:swing)[\s/](\d+(?:\.\d+)+)/i, e) || s.getFirstMatch(o, e);
            return r && (t.version = r), t;
          }
        }, {
          test: [ /coast/i ],
          describe: function(e) {
            var t = {
              name: "Opera Coast"
            }, r = s.getFirstMatch(o, e) || s.getFirstMatch(/(?:coast)[\s/](\d+(\.?_?\d+)+)/i, e);
            return r && (t.version = r), t;
          }
        }, {
          test: [ /opt\/\d+(?:.?_?\d+)+/i ],
          describe: function(e) {
            var t = {
              name: "Opera Touch"
            }, r = s.getFirstMatch(/(?:opt)[\s/](\d+(\.?_?\d+)+)/i, e) || s.getFirstMatch(o, e);
            return r && (t.version = r), t;
          }
        }, {
          test: [ /yabrowser/i ],
          describe: function(e) {
            var t = {
              name: "Yandex Browser"
            }, r = s.getFirstMatch(/(?:yabrowser)[\s/](\d+(\.?_?\d+)+)/i, e) || s.getFirstMatch(o, e);
            return r && (t.version = r), t;
          }
        }, {
          test: [ /ucbrowser/i ],
          describe: function(e) {
            var t = {
              name: "UC Browser"
            }, r = s.getFirstMatch(o, e) || s.getFirstMatch(/(?:ucbrowser)[\s/](\d+(\.?_?\d+)+)/i, e);
            return r && (t.version = r), t;
          }
        }, {
          test: [ /Maxthon|mxios/i ],
          describe: function(e) {
            var t = {
              name: "Maxthon"
            }, r = s.getFirstMatch(o, e) || s.getFirstMatch(/(?:Maxthon|mxios)[\s/](\d+(\.?_?\d+)+)/i, e);
            return r && (t.version = r), t;
          }
        }, {
          test: [ /epiphany/i ],
          describe: function(e) {
            var t = {
              name: "Epiphany"
            }, r = s.getFirstMatch(o, e) || s.getFirstMatch(/(?:epiphany)[\s/](\d+(\.?_?\d+)+)/i, e);
            return r && (t.version = r), t;
          }
        }, {
          test: [ /puffin/i ],
          describe: function(e) {
            var t = {
              name: "Puffin"
            }, r = s.getFirstMatch(o, e) || s.getFirstMatch(/(?:puffin)[\s/](\d+(\.?_?\d+)+)/i, e);
            return r && (t.version = r), t;
          }
        }, {
          test: [ /sleipnir/i ],
          describe: function(e) {
            var t = {
              name: "Sleipnir"
            }, r = s.getFirstMatch(o, e) || s.getFirstMatch(/(?:sleipnir)[\s/](\d+(\.?_?\d+)+)/i, e);
            return r && (t.version = r), t;
          }
        }, {
          test: [ /k-meleon/i ],
          describe: function(e) {
            var t = {
              name: "K-Meleon"
            }, r = s.getFirstMatch(o, e) || s.getFirstMatch(/(?:k-meleon)[\s/](\d+(\.?_?\d+)+)/i, e);
            return r && (t.version = r), t;
          }
        }, {
          test: [ /micromessenger/i ],
          describe: function(e) {
            var t = {
              name: "WeChat"
            }, r = s.getFirstMatch(/(?:micromessenger)[\s/](\d+(\.?_?\d+)+)/i, e) || s.getFirstMatch(o, e);
            return r && (t.version = r), t;
          }
        }, {
          test: [ /qqbrowser/i ],
          describe: function(e) {
            var t = {
              name: /qqbrowserlite/i.test(e) ? "QQ Browser Lite" : "QQ Browser"
            }, r = s.getFirstMatch(/(?:qqbrowserlite|qqbrowser)[/](\d+(\.?_?\d+)+)/i, e) || s.getFirstMatch(o, e);
            return r && (t.version = r), t;
          }
        }, {
          test: [ /msie|trident/i ],
          describe: function(e) {
            var t = {
              name: "Internet Explorer"
            }, r = s.getFirstMatch(/(?:msie |rv:)(\d+(\.?_?\d+)+)/i, e);
            return r && (t.version = r), t;
          }
        }, {
          test: [ /\sedg\//i ],
          describe: function(e) {
            var t = {
              name: "Microsoft Edge"
            }, r = s.getFirstMatch(/\sedg\/(\d+(\.?_?\d+)+)/i, e);
            return r && (t.version = r), t;
          }
        }, {
          test: [ /edg([ea]|ios)\//i ],
          describe: function(e) {
            var t = {
              name: "Microsoft Edge"
            }, r = s.getSecondMatch(/edg([ea]|ios)\/(\d+(\.?_?\d+)+)/i, e);
            return r && (t.version = r), t;
          }
        }, {
          test: function(e) {
            return !!e.hasBrand("Vivaldi") || e.test(/vivaldi/i);
          },
          describe: function(e, t) {
            var r = {
              name: "Vivaldi"
            };
            if (t) {
              var i = t.getBrandVersion("Vivaldi");
              if (i) return r.version = i, r;
            }
            var n = s.getFirstMatch(/vivaldi\/(\d+(\.?_?\d+)+)/i, e);
            return n && (r.version = n), r;
          }
        }, {
          test: [ /seamonkey/i ],
          describe: function(e) {
            var t = {
              name: "SeaMonkey"
            }, r = s.getFirstMatch(/seamonkey\/(\d+(\.?_?\d+)+)/i, e);
            return r && (t.version = r), t;
          }
        }, {
          test: [ /sailfish/i ],
          describe: function(e) {
            var t = {
              name: "Sailfish"
            }, r = s.getFirstMatch(/sailfish\s?browser\/(\d+(\.\d+)?)/i, e);
            return r && (t.version = r), t;
          }
        }, {
          test: [ /silk/i ],
          describe: function(e) {
            var t = {
              name: "Amazon Silk"
            }, r = s.getFirstMatch(/silk\/(\d+(\.?_?\d+)+)/i, e);
            return r && (t.version = r), t;
          }
        }, {
          test: [ /phantom/i ],
          describe: function(e) {
            var t = {
              name: "PhantomJS"
            }, r = s.getFirstMatch(/phantomjs\/(\d+(\.?_?\d+)+)/i, e);
            return r && (t.version = r), t;
          }
        }, {
          test: [ /slimerjs/i ],
          describe: function(e) {
            var t = {
              name: "SlimerJS"
            }, r = s.getFirstMatch(/slimerjs\/(\d+(\.?_?\d+)+)/i, e);
            return r && (t.version = r), t;
          }
        }, {
          test: [ /blackberry|\bbb\d+/i, /rim\stablet/i ],
          describe: function(e) {
            var t = {
              name: "BlackBerry"
            }, r = s.getFirstMatch(o, e) || s.getFirstMatch(/blackberry[\d]+\/(\d+(\.?_?\d+)+)/i, e);
            return r && (t.version = r), t;
          }
        }, {
          test: [ /(web|hpw)[o0]s/i ],
          describe: function(e) {
            var t = {
              name: "WebOS Browser"
            }, r = s.getFirstMatch(o, e) || s.getFirstMatch(/w(?:eb)?[o0]sbrowser\/(\d+(\.?_?\d+)+)/i, e);
            return r && (t.version = r), t;
          }
        }, {
          test: [ /bada/i ],
          describe: function(e) {
            var t = {
              name: "Bada"
            }, r = s.getFirstMatch(/dolfin\/(\d+(\.?_?\d+)+)/i, e);
            return r && (t.version = r), t;
          }
        }, {
          test: [ /tizen/i ],
          describe: function(e) {
            var t = {
              name: "Tizen"
            }, r = s.getFirstMatch(/(?:tizen\s?)?browser\/(\d+(\.?_?\d+)+)/i, e) || s.getFirstMatch(o, e);
            return r && (t.version = r), t;
          }
        }, {
          test: [ /qupzilla/i ],
          describe: function(e) {
            var t = {
              name: "QupZilla"
            }, r = s.getFirstMatch(/(?:qupzilla)[\s/](\d+(\.?_?\d+)+)/i, e) || s.getFirstMatch(o, e);
            return r && (t.version = r), t;
          }
        }, {
          test: [ /librewolf/i ],
          describe: function(e) {
            var t = {
              name: "LibreWolf"
            }, r = s.getFirstMatch(/(?:librewolf)[\s/](\d+(\.?_?\d+)+)/i, e);
            return r && (t.version = r), t;
          }
        }, {
          test: [ /firefox|iceweasel|fxios/i ],
          describe: function(e) {
            var t = {
              name: "Firefox"
            }, r = s.getFirstMatch(/(?:firefox|iceweasel|fxios)[\s/](\d+(\.?_?\d+)+)/i, e);
            return r && (t.version = r), t;
          }
        }, {
          test: [ /electron/i ],
          describe: function(e) {
            var t = {
              name: "Electron"
            }, r = s.getFirstMatch(/(?:electron)\/(\d+(\.?_?\d+)+)/i, e);
            return r && (t.version = r), t;
          }
        }, {
          test: [ /sogoumobilebrowser/i, /metasr/i, /se 2\.[x]/i ],
          describe: function(e) {
            var t = {
              name: "Sogou Browser"
            }, r = s.getFirstMatch(/(?:sogoumobilebrowser)[\s/](\d+(\.?_?\d+)+)/i, e), i = s.getFirstMatch(/(?:chrome|crios|crmo)\/(\d+(\.?_?\d+)+)/i, e), n = s.getFirstMatch(/se ([\d.]+)x/i, e), o = r || i || n;
            return o && (t.version = o), t;
          }
        }, {
          test: [ /MiuiBrowser/i ],
          describe: function(e) {
            var t = {
              name: "Miui"
            }, r = s.getFirstMatch(/(?:MiuiBrowser)[\s/](\d+(\.?_?\d+)+)/i, e);
            return r && (t.version = r), t;
          }
        }, {
          test: function(e) {
            return !!e.hasBrand("DuckDuckGo") || e.test(/\sDdg\/[\d.]+$/i);
          },
          describe: function(e, t) {
            var r = {
              name: "DuckDuckGo"
            };
            if (t) {
              var i = t.getBrandVersion("DuckDuckGo");
              if (i) return r.version = i, r;
            }
            var n = s.getFirstMatch(/\sDdg\/([\d.]+)$/i, e);
            return n && (r.version = n), r;
          }
        }, {
          test: function(e) {
            return e.hasBrand("Brave");
          },
          describe: function(e, t) {
            var r = {
              name: "Brave"
            };
            if (t) {
              var i = t.getBrandVersion("Brave");
              if (i) return r.version = i, r;
            }
            return r;
          }
        }, {
          test: [ /chromium/i ],
          describe: function(e) {
            var t = {
              name: "Chromium"
            }, r = s.getFirstMatch(/(?:chromium)[\s/](\d+(\.?_?\d+)+)/i, e) || s.getFirstMatch(o, e);
            return r && (t.version = r), t;
          }
        }, {
          test: [ /ladybird/i ],
          describe: function(e) {
            var t = {
              name: "Ladybird"
            }, r = s.getFirstMatch(/ladybird\/(\d+(\.?_?\d+)+)/i, e);
            return r && (t.version = r), t;
          }
        }, {
          test: [ /chrome|crios|crmo/i ],
          describe: function(e) {
            var t = {
              name: "Chrome"
            }, r = s.getFirstMatch(/(?:chrome|crios|crmo)\/(\d+(\.?_?\d+)+)/i, e);
            return r && (t.version = r), t;
          }
        }, {
          test: [ /GSA/i ],
          describe: function(e) {
            var t = {
              name: "Google Search"
            }, r = s.getFirstMatch(/(?:GSA)\/(\d+(\.?_?\d+)+)/i, e);
            return r && (t.version = r), t;
          }
        }, {
          test: function(e) {
            var t = !e.test(/like android/i), r = e.test(/android/i);
            return t && r;
          },
          describe: function(e) {
            var t = {
              name: "Android Browser"
            }, r = s.getFirstMatch(o, e);
            return r && (t.version = r), t;
          }
        }, {
          test: [ /playstation 4/i ],
          describe: function(e) {
            var t = {
              name: "PlayStation 4"
            }, r = s.getFirstMatch(o, e);
            return r && (t.version = r), t;
          }
        }, {
          test: [ /safari|applewebkit/i ],
          describe: function(e) {
            var t = {
              name: "Safari"
            }, r = s.getFirstMatch(o, e);
            return r && (t.version = r), t;
          }
        }, {
          test: [ /.*/i ],
          describe: function(e) {
            var t = -1 !== e.search("\\(") ? /^(.*)\/([^/]*)[ \t]\((.*)/ : /^(.*)\/([^/]*) /;
            return {
              name: s.getFirstMatch(t, e),
              version: s.getSecondMatch(t, e)
            };
          }
        } ], c = [ {
          test: [ /Roku\/DVP/ ],
          describe: function(e) {
            var t = s.getFirstMatch(/Roku\/DVP-(\d+\.\d+)/i, e);
            return {
              name: i.Roku,
              version: t
            };
          }
        }, {
          test: [ /windows phone/i ],
          describe: function(e) {
            var t = s.getFirstMatch(/windows phone (?:os)?\s?(\d+(\.\d+)*)/i, e);
            return {
              name: i.WindowsPhone,
              version: t
            };
          }
        }, {
          test: [ /windows /i ],
          describe: function(e) {
            var t = s.getFirstMatch(/Windows ((NT|XP)( \d\d?.\d)?)/i, e), r = s.getWindowsVersionName(t);
            return {
              name: i.Windows,
              version: t,
              versionName: r
            };
          }
        }, {
          test: function(e) {
            return s.isFirefoxOnIpad(e.getUA());
          },
          describe: function(e) {
            var t = {
              name: i.iOS
            }, r = s.getSecondMatch(/(Version\/)(\d[\d.]+)/, e);
            return r && (t.version = r), t;
          }
        }, {
          test: [ /macintosh/i ],
          describe: function(e) {
            var t = s.getFirstMatch(/mac os x (\d+(\.?_?\d+)+)/i, e).replace(/[_\s]/g, "."), r = s.getMacOSVersionName(t), n = {
              name: i.MacOS,
              version: t
            };
            return r && (n.versionName = r), n;
          }
        }, {
          test: [ /(ipod|iphone|ipad)/i ],
          describe: function(e) {
            var t = s.getFirstMatch(/os (\d+([_\s]\d+)*) like mac os x/i, e).replace(/[_\s]/g, ".");
            return {
              name: i.iOS,
              version: t
            };
          }
        }, {
          test: [ /OpenHarmony/i ],
          describe: function(e) {
            var t = s.getFirstMatch(/OpenHarmony\s+(\d+(\.\d+)*)/i, e);
            return {
              name: i.HarmonyOS,
              version: t
            };
          }
        }, {
          test: function(e) {
            var t = !e.test(/like android/i), r = e.test(/android/i);
            return t && r;
          },
          describe: function(e) {
            var t = s.getFirstMatch(/android[\s/-](\d+(\.\d+)*)/i, e), r = s.getAndroidVersionName(t), n = {
              name: i.Android,
              version: t
            };
            return r && (n.versionName = r), n;
          }
        }, {
          test: [ /(web|hpw)[o0]s/i ],
          describe: function(e) {
            var t = s.getFirstMatch(/(?:web|hpw)[o0]s\/(\d+(\.\d+)*)/i, e), r = {
              name: i.WebOS
            };
            return t && t.length && (r.version = t), r;
          }
        }, {
          test: [ /blackberry|\bbb\d+/i, /rim\stablet/i ],
          describe: function(e) {
            var t = s.getFirstMatch(/rim\stablet\sos\s(\d+(\.\d+)*)/i, e) || s.getFirstMatch(/blackberry\d+\/(\d+([_\s]\d+)*)/i, e) || s.getFirstMatch(/\bbb(\d+)/i, e);
            return {
              name: i.BlackBerry,
              version: t
            };
          }
        }, {
          test: [ /bada/i ],
          describe: function(e) {
            var t = s.getFirstMatch(/bada\/(\d+(\.\d+)*)/i, e);
            return {
              name: i.Bada,
              version: t
            };
          }
        }, {
          test: [ /tizen/i ],
          describe: function(e) {
            var t = s.getFirstMatch(/tizen[/\s](\d+(\.\d+)*)/i, e);
            return {
              name: i.Tizen,
              version: t
            };
          }
        }, {
          test: [ /linux/i ],
          describe: function() {
            return {
              name: i.Linux
            };
          }
        }, {
          test: [ /CrOS/ ],
          describe: function() {
            return {
              name: i.ChromeOS
            };
          }
        }, {
          test: [ /PlayStation 4/ ],
          describe: function(e) {
            var t = s.getFirstMatch(/PlayStation 4[/\s](\d+(\.\d+)*)/i, e);
            return {
              name: i.PlayStation4,
              version: t
            };
          }
        } ], u = [ {
          test: [ /googlebot/i ],
          describe: function() {
            return {
              type: r.bot,
              vendor: "Google"
            };
          }
        }, {
          test: [ /linespider/i ],
          describe: function() {
            return {
              type: r.bot,
              vendor: "Line"
            };
          }
        }, {
          test: [ /amazonbot/i ],
          describe: function() {
            return {
              type: r.bot,
              vendor: "Amazon"
            };
          }
        }, {
          test: [ /gptbot/i ],
          describe: function() {
            return {
              type: r.bot,
              vendor: "OpenAI"
            };
          }
        }, {
          test: [ /chatgpt-user/i ],
          describe: function() {
            return {
              type: r.bot,
              vendor: "OpenAI"
            };
          }
        }, {
          test: [ /oai-searchbot/i ],
          describe: function() {
            return {
              type: r.bot,
              vendor: "OpenAI"
            };
          }
        }, {
          test: [ /baiduspider/i ],
          describe: function() {
            return {
              type: r.bot,
              vendor: "Baidu"
            };
          }
        }, {
          test: [ /bingbot/i ],
          describe: function() {
            return {
              type: r.bot,
              vendor: "Bing"
            };
          }
        }, {
          test: [ /duckduckbot/i ],
          describe: function() {
            return {
              type: r.bot,
              vendor: "DuckDuckGo"
            };
          }
        }, {
          test: [ /claudebot/i, /claude-web/i, /claude-user/i, /claude-searchbot/i ],
          describe: function() {
            return {
              type: r.bot,
              vendor: "Anthropic"
            };
          }
        }, {
          test: [ /omgilibot/i, /webzio-extended/i ],
          describe: function() {
            return {
              type: r.bot,
              vendor: "Webz.io"
            };
          }
        }, {
          test: [ /diffbot/i ],
          describe: function() {
            return {
              type: r.bot,
              vendor: "Diffbot"
            };
          }
        }, {
          test: [ /perplexitybot/i ],
          describe: function() {
            return {
              type: r.bot,
              vendor: "Perplexity AI"
            };
          }
        }, {
          test: [ /perplexity-user/i ],
          describe: function() {
            return {
              type: r.bot,
              vendor: "Perplexity AI"
            };
          }
        }, {
          test: [ /youbot/i ],
          describe: function() {
            return {
              type: r.bot,
              vendor: "You.com"
            };
          }
        }, {
          test: [ /ia_archiver/i ],
          describe: function() {
            return {
              type: r.bot,
              vendor: "Internet Archive"
            };
          }
        }, {
          test: [ /meta-webindexer/i ],
          describe: function() {
            return {
              type: r.bot,
              vendor: "Meta"
            };
          }
        }, {
          test: [ /meta-externalads/i ],
          describe: function() {
            return {
              type: r.bot,
              vendor: "Meta"
            };
          }
        }, {
          test: [ /meta-externalagent/i ],
          describe: function() {
            return {
              type: r.bot,
              vendor: "Meta"
            };
          }
        }, {
          test: [ /meta-externalfetcher/i ],
          describe: function() {
            return {
              type: r.bot,
              vendor: "Meta"
            };
          }
        }, {
          test: [ /facebookexternalhit/i, /facebookcatalog/i ],
          describe: function() {
            return {
              type: r.bot,
              vendor: "Meta"
            };
          }
        }, {
          test: [ /slackbot/i, /slack-imgProxy/i ],
          describe: function() {
            return {
              type: r.bot,
              vendor: "Slack"
            };
          }
        }, {
          test: [ /yahoo/i ],
          describe: function() {
            return {
              type: r.bot,
              vendor: "Yahoo"
            };
          }
        }, {
          test: [ /yandexbot/i, /yandexmobilebot/i ],
          describe: function() {
            return {
              type: r.bot,
              vendor: "Yandex"
            };
          }
        }, {
          test: [ /pingdom/i ],
          describe: function() {
            return {
              type: r.bot,
              vendor: "Pingdom"
            };
          }
        }, {
          test: [ /huawei/i ],
          describe: function(e) {
            var t = s.getFirstMatch(/(can-l01)/i, e) && "Nova", i = {
              type: r.mobile,
              vendor: "Huawei"
            };
            return t && (i.model = t), i;
          }
        }, {
          test: [ /nexus\s*(?:7|8|9|10).*/i ],
          describe: function() {
            return {
              type: r.tablet,
              vendor: "Nexus"
            };
          }
        }, {
          test: [ /ipad/i ],
          describe: function() {
            return {
              type: r.tablet,
              vendor: "Apple",
              model: "iPad"
            };
          }
        }, {
          test: function(e) {
            return s.isFirefoxOnIpad(e.getUA());
          },
          describe: function() {
            return {
              type: r.tablet,
              vendor: "Apple",
              model: "iPad"
            };
          }
        }, {
          test: [ /kftt build/i ],
          describe: function() {
            return {
              type: r.tablet,
              vendor: "Amazon",
              model: "Kindle Fire HD 7"
            };
          }
        }, {
          test: [ /silk/i ],
          describe: function() {
            return {
              type: r.tablet,
              vendor: "Amazon"
            };
          }
        }, {
          test: [ /tablet(?! pc)/i ],
          describe: function() {
            return {
              type: r.tablet
            };
          }
        }, {
          test: function(e) {
            var t = e.test(/ipod|iphone/i), r = e.test(/like (ipod|iphone)/i);
            return t && !r;
          },
          describe: function(e) {
            var t = s.getFirstMatch(/(ipod|iphone)/i, e);
            return {
              type: r.mobile,
              vendor: "Apple",
              model: t
            };
          }
        }, {
          test: [ /nexus\s*[0-6].*/i, /galaxy nexus/i ],
          describe: function() {
            return {
              type: r.mobile,
              vendor: "Nexus"
            };
          }
        }, {
          test: [ /Nokia/i ],
          describe: function(e) {
            var t = s.getFirstMatch(/Nokia\s+([0-9]+(\.[0-9]+)?)/i, e), i = {
              type: r.mobile,
              vendor: "Nokia"
            };
            return t && (i.model = t), i;
          }
        }, {
          test: [ /[^-]mobi/i ],
          describe: function() {
            return {
              type: r.mobile
            };
          }
        }, {
          test: function(e) {
            return "blackberry" === e.getBrowserName(!0);
          },
          describe: function() {
            return {
              type: r.mobile,
              vendor: "BlackBerry"
            };
          }
        }, {
          test: function(e) {
            return "bada" === e.getBrowserName(!0);
          },
          describe: function() {
            return {
              type: r.mobile
            };
          }
        }, {
          test: function(e) {
            return "windows phone" === e.getBrowserName();
          },
          describe: function() {
            return {
              type: r.mobile,
              vendor: "Microsoft"
            };
          }
        }, {
          test: function(e) {
            var t = Number(String(e.getOSVersion()).split(".")[0]);
            return "android" === e.getOSName(!0) && t >= 3;
          },
          describe: function() {
            return {
              type: r.tablet
            };
          }
        }, {
          test: function(e) {
            return "android" === e.getOSName(!0);
          },
          describe: function() {
            return {
              type: r.mobile
            };
          }
        }, {
          test: [ /smart-?tv|smarttv/i ],
          describe: function() {
            return {
              type: r.tv
            };
          }
        }, {
          test: [ /netcast/i ],
          describe: function() {
            return {
              type: r.tv
            };
          }
        }, {
          test: function(e) {
            return "macos" === e.getOSName(!0);
          },
          describe: function() {
            return {
              type: r.desktop,
              vendor: "Apple"
            };
          }
        }, {
          test: function(e) {
            return "windows" === e.getOSName(!0);
          },
          describe: function() {
            return {
              type: r.desktop
            };
          }
        }, {
          test: function(e) {
            return "linux" === e.getOSName(!0);
          },
          describe: function() {
            return {
              type: r.desktop
            };
          }
        }, {
          test: function(e) {
            return "playstation 4" === e.getOSName(!0);
          },
          describe: function() {
            return {
              type: r.tv
            };
          }
        }, {
          test: function(e) {
            return "roku" === e.getOSName(!0);
          },
          describe: function() {
            return {
              type: r.tv
            };
          }
        } ], d = [ {
          test: function(e) {
            return "microsoft edge" === e.getBrowserName(!0);
          },
          describe: function(e) {
            if (/\sedg\//i.test(e)) return {
              name: n.Blink
            };
            var t = s.getFirstMatch(/edge\/(\d+(\.?_?\d+)+)/i, e);
            return {
              name: n.EdgeHTML,
              version: t
            };
          }
        }, {
          test: function(e) {
            return "ladybird" === e.getBrowserName(!0);
          },
          describe: function() {
            return {
              name: n.LibWeb
            };
          }
        }, {
          test: [ /trident/i ],
          describe: function(e) {
            var t = {
              name: n.Trident
            }, r = s.getFirstMatch(/trident\/(\d+(\.?_?\d+)+)/i, e);
            return r && (t.version = r), t;
          }
        }, {
          test: function(e) {
            return e.test(/presto/i);
          },
          describe: function(e) {
            var t = {
              name: n.Presto
            }, r = s.getFirstMatch(/presto\/(\d+(\.?_?\d+)+)/i, e);
            return r && (t.version = r), t;
          }
        }, {
          test: function(e) {
            var t = e.test(/gecko/i), r = e.test(/like gecko/i);
            return t && !r;
          },
          describe: function(e) {
            var t = {
              name: n.Gecko
            }, r = s.getFirstMatch(/gecko\/(\d+(\.?_?\d+)+)/i, e);
            return r && (t.version = r), t;
          }
        }, {
          test: [ /(apple)?webkit\/537\.36/i ],
          describe: function() {
            return {
              name: n.Blink
            };
          }
        }, {
          test: [ /(apple)?webkit/i ],
          describe: function(e) {
            var t = {
              name: n.WebKit
            }, r = s.getFirstMatch(/webkit\/(\d+(\.?_?\d+)+)/i, e);
            return r && (t.version = r), t;
          }
        } ], f = function() {
          function e(e, t, r) {
            if (void 0 === t && (t = !1), void 0 === r && (r = null), null == e || "" === e) throw new Error("UserAgent parameter can't be empty");
            this._ua = e;
            var i = !1;
            "boolean" == typeof t ? (i = t, this._hints = r) : this._hints = null != t && "object" == typeof t ? t : null, 
            this.parsedResult = {}, !0 !== i && this.parse();
          }
          var t = e.prototype;
          return t.getHints = function() {
            return this._hints;
          }, t.hasBrand = function(e) {
            if (!this._hints || !Array.isArray(this._hints.brands)) return !1;
            var t = e.toLowerCase();
            return this._hints.brands.some(function(e) {
              return e.brand && e.brand.toLowerCase() === t;
            });
          }, t.getBrandVersion = function(e) {
            if (this._hints && Array.isArray(this._hints.brands)) {
              var t = e.toLowerCase(), r = s.find(this._hints.brands, function(e) {
                return e.brand && e.brand.toLowerCase() === t;
              });
              return r ? r.version : void 0;
            }
          }, t.getUA = function() {
            return this._ua;
          }, t.test = function(e) {
            return e.test(this._ua);
          }, t.parseBrowser = function() {
            var e = this;
            this.parsedResult.browser = {};
            var t = s.find(a, function(t) {
              if ("function" == typeof t.test) return t.test(e);
              if (Array.isArray(t.test)) return t.test.some(function(t) {
                return e.test(t);
              });
              throw new Error("Browser's test function is not valid");
            });
            return t && (this.parsedResult.browser = t.describe(this.getUA(), this)), this.parsedResult.browser;
          }, t.getBrowser = function() {
            return this.parsedResult.browser ? this.parsedResult.browser : this.parseBrowser();
          }, t.getBrowserName = function(e) {
            return e ? String(this.getBrowser().name).toLowerCase() || "" : this.getBrowser().name || "";
          }, t.getBrowserVersion = function() {
            return this.getBrowser().version;
          }, t.getOS = function() {
            return this.parsedResult.os ? this.parsedResult.os : this.parseOS();
          }, t.parseOS = function() {
            var e = this;
            this.parsedResult.os = {};
            var t = s.find(c, function(t) {
              if ("function" == typeof t.test) return t.test(e);
              if (Array.isArray(t.test)) return t.test.some(function(t) {
                return e.test(t);
              });
              throw new Error("Browser's test function is not valid");
            });
            return t && (this.parsedResult.os = t.describe(this.getUA())), this.parsedResult.os;
          }, t.getOSName = function(e) {
            var t = this.getOS().name;
            return e ? String(t).toLowerCase() || "" : t || "";
          }, t.getOSVersion = function() {
            return this.getOS().version;
          }, t.getPlatform = function() {
            return this.parsedResult.platform ? this.parsedResult.platform : this.parsePlatform();
          }, t.getPlatformType = function(e) {
            void 0 === e && (e = !1);
            var t = this.getPlatform().type;
            return e ? String(t).toLowerCase() || "" : t || "";
          }, t.parsePlatform = function() {
            var e = this;
            this.parsedResult.platform = {};
            var t = s.find(u, function(t) {
              if ("function" == typeof t.test) return t.test(e);
              if (Array.isArray(t.test)) return t.test.some(function(t) {
                return e.test(t);
              });
              throw new Error("Browser's test function is not valid");
            });
            return t && (this.parsedResult.platform = t.describe(this.getUA())), this.parsedResult.platform;
          }, t.getEngine = function() {
            return this.parsedResult.engine ? this.parsedResult.engine : this.parseEngine();
          }, t.getEngineName = function(e) {
            return e ? String(this.getEngine().name).toLowerCase() || "" : this.getEngine().name || "";
          }, t.parseEngine = function() {
            var e = this;
            this.parsedResult.engine = {};
            var t = s.find(d, function(t) {
              if ("function" == typeof t.test) return t.test(e);
              if (Array.isArray(t.test)) return t.test.some(function(t) {
                return e.test(t);
              });
              throw new Error("Browser's test function is not valid");
            });
            return t && (this.parsedResult.engine = t.describe(this.getUA())), this.parsedResult.engine;
          }, t.parse = function() {
            return this.parseBrowser(), this.parseOS(), this.parsePlatform(), this.parseEngine(), 
            this;
          }, t.getResult = function() {
            return s.assign({}, this.parsedResult);
          }, t.satisfies = function(e) {
            var t = this, r = {}, i = 0, n = {}, o = 0;
            if (Object.keys(e).forEach(function(t) {
              var s = e[t];
              "string" == typeof s || Array.isArray(s) ? (n[t] = s, o += 1) : "object" == typeof s && (r[t] = s, 
              i += 1);
            }), i > 0) {
              var a = Object.keys(r), c = s.find(a, function(e) {
                return t.isOS(e);
              });
              if (c) {
                var u = this.satisfies(r[c]);
                if (void 0 !== u) return u;
              }
              var d = s.find(a, function(e) {
                return t.isPlatform(e);
              });
              if (d) {
                var f = this.satisfies(r[d]);
                if (void 0 !== f) return f;
              }
            }
            if (o > 0) {
              var b = Object.keys(n), l = s.find(b, function(e) {
                return t.isBrowser(e, !0);
              });
              if (void 0 !== l) return this.compareVersions(n[l]);
            }
          }, t.isBrowser = function(e, t) {
            void 0 === t && (t = !1);
            var r = this.getBrowserName().toLowerCase(), i = e.toLowerCase(), n = s.getBrowserTypeByAlias(i);
            return t && n && (i = n.toLowerCase()), i === r;
          }, t.compareVersions = function(e) {
            var t = this;
            return "string" == typeof e ? this.compareVersion(e) : e.some(function(e) {
              return t.compareVersion(e);
            });
          }, t.compareVersion = function(e) {
            var t = [ 0 ], r = e, i = !1, n = this.getBrowserVersion();
            if ("string" == typeof n) return ">" === e[0] || "<" === e[0] ? (r = e.substr(1), 
            "=" === e[1] ? (i = !0, r = e.substr(2)) : t = [], ">" === e[0] ? t.push(1) : t.push(-1)) : "=" === e[0] ? r = e.substr(1) : "~" === e[0] && (i = !0, 
            r = e.substr(1)), t.indexOf(s.compareVersions(n, r, i)) > -1;
          }, t.isOS = function(e) {
            return this.getOSName(!0) === String(e).toLowerCase();
          }, t.isPlatform = function(e) {
            return this.getPlatformType(!0) === String(e).toLowerCase();
          }, t.isEngine = function(e) {
            return this.getEngineName(!0) === String(e).toLowerCase();
          }, t.is = function(e, t) {
            return void 0 === t && (t = !1), this.isBrowser(e, t) || this.isOS(e) || this.isPlatform(e);
          }, t.some = function(e) {
            var t = this;
            return void 0 === e && (e = []), e.some(function(e) {
              return t.is(e);
            });
          }, e;
        }();
        function b(e) {
          var t = function(e) {
            if ("object" != typeof e || !e) return e;
            var t = e[Symbol.toPrimitive];
            if (void 0 !== t) {
              var r = t.call(e, "string");
              if ("object" != typeof r) return r;
              throw new TypeError("@@toPrimitive must return a primitive value.");
            }
            return String(e);
          }(e);
          return "symbol" == typeof t ? t : t + "";
        }
        var l = function() {
          function e() {}
          return e.getParser = function(e, t, r) {
            if (void 0 === t && (t = !1), void 0 === r && (r = null), "string" != typeof e) throw new Error("UserAgent should be a string");
            return new f(e, t, r);
          }, e.parse = function(e, t) {
            return void 0 === t && (t = null), new f(e, t).getResult();
          }, s = e, (o = [ {
            key: "BROWSER_MAP",
            get: function() {
              return t;
            }
          }, {
            key: "ENGINE_MAP",
            get: function() {
              return n;
            }
          }, {
            key: "OS_MAP",
            get: function() {
              return i;
            }
          }, {
            key: "PLATFORMS_MAP",
            get: function() {
              return r;
            }
          } ]) && 
          /*!
  	* Bowser - a browser detector
  	* https://github.com/bowser-js/bowser
  	* MIT License | (c) Dustin Diaz 2012-2015
  	* MIT License | (c) Denis Demchenko 2015-2026
  	*/
          function(e, t) {
            for (var r = 0; r < t.length; r++) {
              var i = t[r];
              i.enumerable = i.enumerable || !1, i.configurable = !0, "value" in i && (i.writable = !0), 
              Object.defineProperty(e, b(i.key), i);
            }
          }(s, o), Object.defineProperty(s, "prototype", {
            writable: !1
          }), s;
          var s, o;
        }();
        return l.parse, l.getParser, l;
      }());
    }();
  }
};