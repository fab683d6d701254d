import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";

var __webpack_modules__ = {
  770: (module, __unused_webpack_exports, __nccwpck_require__) => {
    module.exports = __nccwpck_require__(218);
  },
  218: (__unused_webpack_module, exports, __nccwpck_require__) => {
    __nccwpck_require__(9278);
    var tls = __nccwpck_require__(4756);
    var http = __nccwpck_require__(8611);
    var https = __nccwpck_require__(5692);
    var events = __nccwpck_require__(4434);
    __nccwpck_require__(2613);
    var util = __nccwpck_require__(9023);
    exports.httpOverHttp = function(options) {
      var agent = new TunnelingAgent(options);
      agent.request = http.request;
      return agent;
    };
    exports.httpsOverHttp = function(options) {
      var agent = new TunnelingAgent(options);
      agent.request = http.request;
      agent.createSocket = createSecureSocket;
      agent.defaultPort = 443;
      return agent;
    };
    exports.httpOverHttps = function(options) {
      var agent = new TunnelingAgent(options);
      agent.request = https.request;
      return agent;
    };
    exports.httpsOverHttps = function(options) {
      var agent = new TunnelingAgent(options);
      agent.request = https.request;
      agent.createSocket = createSecureSocket;
      agent.defaultPort = 443;
      return agent;
    };
    function TunnelingAgent(options) {
      var self = this;
      self.options = options || {};
      self.proxyOptions = self.options.proxy || {};
      self.maxSockets = self.options.maxSockets || http.Agent.defaultMaxSockets;
      self.requests = [];
      self.sockets = [];
      self.on("free", function(socket, host, port, localAddress) {
        var options = toOptions(host, port, localAddress);
        for (var i = 0, len = self.requests.length; i < len; ++i) {
          var pending = self.requests[i];
          if (pending.host === options.host && pending.port === options.port) {
            self.requests.splice(i, 1);
            pending.request.onSocket(socket);
            return;
          }
        }
        socket.destroy();
        self.removeSocket(socket);
      });
    }
    util.inherits(TunnelingAgent, events.EventEmitter);
    TunnelingAgent.prototype.addRequest = function(req, host, port, localAddress) {
      var self = this;
      var options = mergeOptions({
        request: req
      }, self.options, toOptions(host, port, localAddress));
      if (self.sockets.length >= this.maxSockets) {
        self.requests.push(options);
        return;
      }
      self.createSocket(options, function(socket) {
        socket.on("free", onFree);
        socket.on("close", onCloseOrRemove);
        socket.on("agentRemove", onCloseOrRemove);
        req.onSocket(socket);
        function onFree() {
          self.emit("free", socket, options);
        }
        function onCloseOrRemove(err) {
          self.removeSocket(socket);
          socket.removeListener("free", onFree);
          socket.removeListener("close", onCloseOrRemove);
          socket.removeListener("agentRemove", onCloseOrRemove);
        }
      });
    };
    TunnelingAgent.prototype.createSocket = function(options, cb) {
      var self = this;
      var placeholder = {};
      self.sockets.push(placeholder);
      var connectOptions = mergeOptions({}, self.proxyOptions, {
        method: "CONNECT",
        path: options.host + ":" + options.port,
        agent: false,
        headers: {
          host: options.host + ":" + options.port
        }
      });
      if (options.localAddress) connectOptions.localAddress = options.localAddress;
      if (connectOptions.proxyAuth) {
        connectOptions.headers = connectOptions.headers || {};
        connectOptions.headers["Proxy-Authorization"] = "Basic " + new Buffer(connectOptions.proxyAuth).toString("base64");
      }
      debug("making CONNECT request");
      var connectReq = self.request(connectOptions);
      connectReq.useChunkedEncodingByDefault = false;
      connectReq.once("response", function(res) {
        res.upgrade = true;
      });
      connectReq.once("upgrade", function(res, socket, head) {
        process.nextTick(function() {
          onConnect(res, socket, head);
        });
      });
      connectReq.once("connect", onConnect);
      connectReq.once("error", function(cause) {
        connectReq.removeAllListeners();
        debug("tunneling socket could not be established, cause=%s\n", cause.message, cause.stack);
        var error = new Error("tunneling socket could not be established, " + "cause=" + cause.message);
        error.code = "ECONNRESET";
        options.request.emit("error", error);
        self.removeSocket(placeholder);
      });
      connectReq.end();
      function onConnect(res, socket, head) {
        connectReq.removeAllListeners();
        socket.removeAllListeners();
        if (res.statusCode !== 200) {
          debug("tunneling socket could not be established, statusCode=%d", res.statusCode);
          socket.destroy();
          var error = new Error("tunneling socket could not be established, " + "statusCode=" + res.statusCode);
          error.code = "ECONNRESET";
          options.request.emit("error", error);
          self.removeSocket(placeholder);
          return;
        }
        if (head.length > 0) {
          debug("got illegal response body from proxy");
          socket.destroy();
          error = new Error("got illegal response body from proxy");
          error.code = "ECONNRESET";
          options.request.emit("error", error);
          self.removeSocket(placeholder);
          return;
        }
        debug("tunneling connection has established");
        self.sockets[self.sockets.indexOf(placeholder)] = socket;
        return cb(socket);
      }
    };
    TunnelingAgent.prototype.removeSocket = function(socket) {
      var pos = this.sockets.indexOf(socket);
      if (pos === -1) return;
      this.sockets.splice(pos, 1);
      var pending = this.requests.shift();
      if (pending) this.createSocket(pending, function(socket) {
        pending.request.onSocket(socket);
      });
    };
    function createSecureSocket(options, cb) {
      var self = this;
      TunnelingAgent.prototype.createSocket.call(self, options, function(socket) {
        var hostHeader = options.request.getHeader("host");
        var tlsOptions = mergeOptions({}, self.options, {
          socket: socket,
          servername: hostHeader ? hostHeader.replace(/:.*$/, "") : options.host
        });
        var secureSocket = tls.connect(0, tlsOptions);
        self.sockets[self.sockets.indexOf(socket)] = secureSocket;
        cb(secureSocket);
      });
    }
    function toOptions(host, port, localAddress) {
      if (typeof host === "string") return {
        host: host,
        port: port,
        localAddress: localAddress
      };
      return host;
    }
    function mergeOptions(target) {
      for (var i = 1, len = arguments.length; i < len; ++i) {
        var overrides = arguments[i];
        if (typeof overrides === "object") {
          var keys = Object.keys(overrides);
          for (var j = 0, keyLen = keys.length; j < keyLen; ++j) {
            var k = keys[j];
            if (overrides[k] !== void 0) target[k] = overrides[k];
          }
        }
      }
      return target;
    }
    var debug;
    if (process.env.NODE_DEBUG && /\btunnel\b/.test(process.env.NODE_DEBUG)) debug = function() {
      var args = Array.prototype.slice.call(arguments);
      if (typeof args[0] === "string") args[0] = "TUNNEL: " + args[0]; else args.unshift("TUNNEL:");
      console.error.apply(console, args);
    }; else debug = function() {};
    exports.debug = debug;
  },
  6752: (module, __unused_webpack_exports, __nccwpck_require__) => {
    const Client = __nccwpck_require__(3701);
    const Dispatcher = __nccwpck_require__(883);
    const Pool = __nccwpck_require__(628);
    const BalancedPool = __nccwpck_require__(837);
    const Agent = __nccwpck_require__(7405);
    const ProxyAgent = __nccwpck_require__(6672);
    const EnvHttpProxyAgent = __nccwpck_require__(3137);
    const RetryAgent = __nccwpck_require__(50);
    const errors = __nccwpck_require__(8707);
    const util = __nccwpck_require__(3440);
    const {InvalidArgumentError: InvalidArgumentError} = errors;
    const api = __nccwpck_require__(6615);
    const buildConnector = __nccwpck_require__(9136);
    const MockClient = __nccwpck_require__(7365);
    const MockAgent = __nccwpck_require__(7501);
    const MockPool = __nccwpck_require__(4004);
    const mockErrors = __nccwpck_require__(2429);
    const RetryHandler = __nccwpck_require__(7816);
    const {getGlobalDispatcher: getGlobalDispatcher, setGlobalDispatcher: setGlobalDispatcher} = __nccwpck_require__(2581);
    const DecoratorHandler = __nccwpck_require__(8155);
    const RedirectHandler = __nccwpck_require__(8754);
    const createRedirectInterceptor = __nccwpck_require__(5092);
    Object.assign(Dispatcher.prototype, api);
    module.exports.Dispatcher = Dispatcher;
    module.exports.Client = Client;
    module.exports.Pool = Pool;
    module.exports.BalancedPool = BalancedPool;
    module.exports.Agent = Agent;
    module.exports.ProxyAgent = ProxyAgent;
    module.exports.EnvHttpProxyAgent = EnvHttpProxyAgent;
    module.exports.RetryAgent = RetryAgent;
    module.exports.RetryHandler = RetryHandler;
    module.exports.DecoratorHandler = DecoratorHandler;
    module.exports.RedirectHandler = RedirectHandler;
    module.exports.createRedirectInterceptor = createRedirectInterceptor;
    module.exports.interceptors = {
      redirect: __nccwpck_require__(1514),
      retry: __nccwpck_require__(2026),
      dump: __nccwpck_require__(8060),
      dns: __nccwpck_require__(379)
    };
    module.exports.buildConnector = buildConnector;
    module.exports.errors = errors;
    module.exports.util = {
      parseHeaders: util.parseHeaders,
      headerNameToString: util.headerNameToString
    };
    function makeDispatcher(fn) {
      return (url, opts, handler) => {
        if (typeof opts === "function") {
          handler = opts;
          opts = null;
        }
        if (!url || typeof url !== "string" && typeof url !== "object" && !(url instanceof URL)) throw new InvalidArgumentError("invalid url");
        if (opts != null && typeof opts !== "object") throw new InvalidArgumentError("invalid opts");
        if (opts && opts.path != null) {
          if (typeof opts.path !== "string") throw new InvalidArgumentError("invalid opts.path");
          let path = opts.path;
          if (!opts.path.startsWith("/")) path = `/${path}`;
          url = new URL(util.parseOrigin(url).origin + path);
        } else {
          if (!opts) opts = typeof url === "object" ? url : {};
          url = util.parseURL(url);
        }
        const {agent: agent, dispatcher: dispatcher = getGlobalDispatcher()} = opts;
        if (agent) throw new InvalidArgumentError("unsupported opts.agent. Did you mean opts.client?");
        return fn.call(dispatcher, {
          ...opts,
          origin: url.origin,
          path: url.search ? `${url.pathname}${url.search}` : url.pathname,
          method: opts.method || (opts.body ? "PUT" : "GET")
        }, handler);
      };
    }
    module.exports.setGlobalDispatcher = setGlobalDispatcher;
    module.exports.getGlobalDispatcher = getGlobalDispatcher;
    const fetchImpl = __nccwpck_require__(4398).fetch;
    module.exports.fetch = async function(init, options = void 0) {
      try {
        return await fetchImpl(init, options);
      } catch (err) {
        if (err && typeof err === "object") Error.captureStackTrace(err);
        throw err;
      }
    };
    module.exports.Headers = __nccwpck_require__(660).Headers;
    module.exports.Response = __nccwpck_require__(9051).Response;
    module.exports.Request = __nccwpck_require__(9967).Request;
    module.exports.FormData = __nccwpck_require__(5910).FormData;
    module.exports.File = globalThis.File ?? __nccwpck_require__(4573).File;
    module.exports.FileReader = __nccwpck_require__(8355).FileReader;
    const {setGlobalOrigin: setGlobalOrigin, getGlobalOrigin: getGlobalOrigin} = __nccwpck_require__(1059);
    module.exports.setGlobalOrigin = setGlobalOrigin;
    module.exports.getGlobalOrigin = getGlobalOrigin;
    const {CacheStorage: CacheStorage} = __nccwpck_require__(3245);
    const {kConstruct: kConstruct} = __nccwpck_require__(109);
    module.exports.caches = new CacheStorage(kConstruct);
    const {deleteCookie: deleteCookie, getCookies: getCookies, getSetCookies: getSetCookies, setCookie: setCookie} = __nccwpck_require__(9061);
    module.exports.deleteCookie = deleteCookie;
    module.exports.getCookies = getCookies;
    module.exports.getSetCookies = getSetCookies;
    module.exports.setCookie = setCookie;
    const {parseMIMEType: parseMIMEType, serializeAMimeType: serializeAMimeType} = __nccwpck_require__(1900);
    module.exports.parseMIMEType = parseMIMEType;
    module.exports.serializeAMimeType = serializeAMimeType;
    const {CloseEvent: CloseEvent, ErrorEvent: ErrorEvent, MessageEvent: MessageEvent} = __nccwpck_require__(5188);
    module.exports.WebSocket = __nccwpck_require__(3726).WebSocket;
    module.exports.CloseEvent = CloseEvent;
    module.exports.ErrorEvent = ErrorEvent;
    module.exports.MessageEvent = MessageEvent;
    module.exports.request = makeDispatcher(api.request);
    module.exports.stream = makeDispatcher(api.stream);
    module.exports.pipeline = makeDispatcher(api.pipeline);
    module.exports.connect = makeDispatcher(api.connect);
    module.exports.upgrade = makeDispatcher(api.upgrade);
    module.exports.MockClient = MockClient;
    module.exports.MockPool = MockPool;
    module.exports.MockAgent = MockAgent;
    module.exports.mockErrors = mockErrors;
    const {EventSource: EventSource} = __nccwpck_require__(1238);
    module.exports.EventSource = EventSource;
  },
  158: (module, __unused_webpack_exports, __nccwpck_require__) => {
    const {addAbortListener: addAbortListener} = __nccwpck_require__(3440);
    const {RequestAbortedError: RequestAbortedError} = __nccwpck_require__(8707);
    const kListener = Symbol("kListener");
    const kSignal = Symbol("kSignal");
    function abort(self) {
      if (self.abort) self.abort(self[kSignal]?.reason); else self.reason = self[kSignal]?.reason ?? new RequestAbortedError;
      removeSignal(self);
    }
    function removeSignal(self) {
      if (!self[kSignal]) return;
      if ("removeEventListener" in self[kSignal]) self[kSignal].removeEventListener("abort", self[kListener]); else self[kSignal].removeListener("abort", self[kListener]);
      self[kSignal] = null;
      self[kListener] = null;
    }
    module.exports = {
      addSignal: function(self, signal) {
        self.reason = null;
        self[kSignal] = null;
        self[kListener] = null;
        if (!signal) return;
        if (signal.aborted) {
          abort(self);
          return;
        }
        self[kSignal] = signal;
        self[kListener] = () => {
          abort(self);
        };
        addAbortListener(self[kSignal], self[kListener]);
      },
      removeSignal: removeSignal
    };
  },
  2279: (module, __unused_webpack_exports, __nccwpck_require__) => {
    const assert = __nccwpck_require__(4589);
    const {AsyncResource: AsyncResource} = __nccwpck_require__(6698);
    const {InvalidArgumentError: InvalidArgumentError, SocketError: SocketError} = __nccwpck_require__(8707);
    const util = __nccwpck_require__(3440);
    const {addSignal: addSignal, removeSignal: removeSignal} = __nccwpck_require__(158);
    class ConnectHandler extends AsyncResource {
      constructor(opts, callback) {
        if (!opts || typeof opts !== "object") throw new InvalidArgumentError("invalid opts");
        if (typeof callback !== "function") throw new InvalidArgumentError("invalid callback");
        const {signal: signal, opaque: opaque, responseHeaders: responseHeaders} = opts;
        if (signal && typeof signal.on !== "function" && typeof signal.addEventListener !== "function") throw new InvalidArgumentError("signal must be an EventEmitter or EventTarget");
        super("UNDICI_CONNECT");
        this.opaque = opaque || null;
        this.responseHeaders = responseHeaders || null;
        this.callback = callback;
        this.abort = null;
        addSignal(this, signal);
      }
      onConnect(abort, context) {
        if (this.reason) {
          abort(this.reason);
          return;
        }
        assert(this.callback);
        this.abort = abort;
        this.context = context;
      }
      onHeaders() {
        throw new SocketError("bad connect", null);
      }
      onUpgrade(statusCode, rawHeaders, socket) {
        const {callback: callback, opaque: opaque, context: context} = this;
        removeSignal(this);
        this.callback = null;
        let headers = rawHeaders;
        if (headers != null) headers = this.responseHeaders === "raw" ? util.parseRawHeaders(rawHeaders) : util.parseHeaders(rawHeaders);
        this.runInAsyncScope(callback, null, null, {
          statusCode: statusCode,
          headers: headers,
          socket: socket,
          opaque: opaque,
          context: context
        });
      }
      onError(err) {
        const {callback: callback, opaque: opaque} = this;
        removeSignal(this);
        if (callback) {
          this.callback = null;
          queueMicrotask(() => {
            this.runInAsyncScope(callback, null, err, {
              opaque: opaque
            });
          });
        }
      }
    }
    module.exports = function connect(opts, callback) {
      if (callback === void 0) return new Promise((resolve, reject) => {
        connect.call(this, opts, (err, data) => err ? reject(err) : resolve(data));
      });
      try {
        const connectHandler = new ConnectHandler(opts, callback);
        this.dispatch({
          ...opts,
          method: "CONNECT"
        }, connectHandler);
      } catch (err) {
        if (typeof callback !== "function") throw err;
        const opaque = opts?.opaque;
        queueMicrotask(() => callback(err, {
          opaque: opaque
        }));
      }
    };
  },
  6862: (module, __unused_webpack_exports, __nccwpck_require__) => {
    const {Readable: Readable, Duplex: Duplex, PassThrough: PassThrough} = __nccwpck_require__(7075);
    const {InvalidArgumentError: InvalidArgumentError, InvalidReturnValueError: InvalidReturnValueError, RequestAbortedError: RequestAbortedError} = __nccwpck_require__(8707);
    const util = __nccwpck_require__(3440);
    const {AsyncResource: AsyncResource} = __nccwpck_require__(6698);
    const {addSignal: addSignal, removeSignal: removeSignal} = __nccwpck_require__(158);
    const assert = __nccwpck_require__(4589);
    const kResume = Symbol("resume");
    class PipelineRequest extends Readable {
      constructor() {
        super({
          autoDestroy: true
        });
        this[kResume] = null;
      }
      _read() {
        const {[kResume]: resume} = this;
        if (resume) {
          this[kResume] = null;
          resume();
        }
      }
      _destroy(err, callback) {
        this._read();
        callback(err);
      }
    }
    class PipelineResponse extends Readable {
      constructor(resume) {
        super({
          autoDestroy: true
        });
        this[kResume] = resume;
      }
      _read() {
        this[kResume]();
      }
      _destroy(err, callback) {
        if (!err && !this._readableState.endEmitted) err = new RequestAbortedError;
        callback(err);
      }
    }
    class PipelineHandler extends AsyncResource {
      constructor(opts, handler) {
        if (!opts || typeof opts !== "object") throw new InvalidArgumentError("invalid opts");
        if (typeof handler !== "function") throw new InvalidArgumentError("invalid handler");
        const {signal: signal, method: method, opaque: opaque, onInfo: onInfo, responseHeaders: responseHeaders} = opts;
        if (signal && typeof signal.on !== "function" && typeof signal.addEventListener !== "function") throw new InvalidArgumentError("signal must be an EventEmitter or EventTarget");
        if (method === "CONNECT") throw new InvalidArgumentError("invalid method");
        if (onInfo && typeof onInfo !== "function") throw new InvalidArgumentError("invalid onInfo callback");
        super("UNDICI_PIPELINE");
        this.opaque = opaque || null;
        this.responseHeaders = responseHeaders || null;
        this.handler = handler;
        this.abort = null;
        this.context = null;
        this.onInfo = onInfo || null;
        this.req = (new PipelineRequest).on("error", util.nop);
        this.ret = new Duplex({
          readableObjectMode: opts.objectMode,
          autoDestroy: true,
          read: () => {
            const {body: body} = this;
            if (body?.resume) body.resume();
          },
          write: (chunk, encoding, callback) => {
            const {req: req} = this;
            if (req.push(chunk, encoding) || req._readableState.destroyed) callback(); else req[kResume] = callback;
          },
          destroy: (err, callback) => {
            const {body: body, req: req, res: res, ret: ret, abort: abort} = this;
            if (!err && !ret._readableState.endEmitted) err = new RequestAbortedError;
            if (abort && err) abort();
            util.destroy(body, err);
            util.destroy(req, err);
            util.destroy(res, err);
            removeSignal(this);
            callback(err);
          }
        }).on("prefinish", () => {
          const {req: req} = this;
          req.push(null);
        });
        this.res = null;
        addSignal(this, signal);
      }
      onConnect(abort, context) {
        const {ret: ret, res: res} = this;
        if (this.reason) {
          abort(this.reason);
          return;
        }
        assert(!res, "pipeline cannot be retried");
        assert(!ret.destroyed);
        this.abort = abort;
        this.context = context;
      }
      onHeaders(statusCode, rawHeaders, resume) {
        const {opaque: opaque, handler: handler, context: context} = this;
        if (statusCode < 200) {
          if (this.onInfo) {
            const headers = this.responseHeaders === "raw" ? util.parseRawHeaders(rawHeaders) : util.parseHeaders(rawHeaders);
            this.onInfo({
              statusCode: statusCode,
              headers: headers
            });
          }
          return;
        }
        this.res = new PipelineResponse(resume);
        let body;
        try {
          this.handler = null;
          const headers = this.responseHeaders === "raw" ? util.parseRawHeaders(rawHeaders) : util.parseHeaders(rawHeaders);
          body = this.runInAsyncScope(handler, null, {
            statusCode: statusCode,
            headers: headers,
            opaque: opaque,
            body: this.res,
            context: context
          });
        } catch (err) {
          this.res.on("error", util.nop);
          throw err;
        }
        if (!body || typeof body.on !== "function") throw new InvalidReturnValueError("expected Readable");
        body.on("data", chunk => {
          const {ret: ret, body: body} = this;
          if (!ret.push(chunk) && body.pause) body.pause();
        }).on("error", err => {
          const {ret: ret} = this;
          util.destroy(ret, err);
        }).on("end", () => {
          const {ret: ret} = this;
          ret.push(null);
        }).on("close", () => {
          const {ret: ret} = this;
          if (!ret._readableState.ended) util.destroy(ret, new RequestAbortedError);
        });
        this.body = body;
      }
      onData(chunk) {
        const {res: res} = this;
        return res.push(chunk);
      }
      onComplete(trailers) {
        const {res: res} = this;
        res.push(null);
      }
      onError(err) {
        const {ret: ret} = this;
        this.handler = null;
        util.destroy(ret, err);
      }
    }
    module.exports = function(opts, handler) {
      try {
        const pipelineHandler = new PipelineHandler(opts, handler);
        this.dispatch({
          ...opts,
          body: pipelineHandler.req
        }, pipelineHandler);
        return pipelineHandler.ret;
      } catch (err) {
        return (new PassThrough).destroy(err);
      }
    };
  },
  4043: (module, __unused_webpack_exports, __nccwpck_require__) => {
    const assert = __nccwpck_require__(4589);
    const {Readable: Readable} = __nccwpck_require__(9927);
    const {InvalidArgumentError: InvalidArgumentError, RequestAbortedError: RequestAbortedError} = __nccwpck_require__(8707);
    const util = __nccwpck_require__(3440);
    const {getResolveErrorBodyCallback: getResolveErrorBodyCallback} = __nccwpck_require__(7655);
    const {AsyncResource: AsyncResource} = __nccwpck_require__(6698);
    class RequestHandler extends AsyncResource {
      constructor(opts, callback) {
        if (!opts || typeof opts !== "object") throw new InvalidArgumentError("invalid opts");
        const {signal: signal, method: method, opaque: opaque, body: body, onInfo: onInfo, responseHeaders: responseHeaders, throwOnError: throwOnError, highWaterMark: highWaterMark} = opts;
        try {
          if (typeof callback !== "function") throw new InvalidArgumentError("invalid callback");
          if (highWaterMark && (typeof highWaterMark !== "number" || highWaterMark < 0)) throw new InvalidArgumentError("invalid highWaterMark");
          if (signal && typeof signal.on !== "function" && typeof signal.addEventListener !== "function") throw new InvalidArgumentError("signal must be an EventEmitter or EventTarget");
          if (method === "CONNECT") throw new InvalidArgumentError("invalid method");
          if (onInfo && typeof onInfo !== "function") throw new InvalidArgumentError("invalid onInfo callback");
          super("UNDICI_REQUEST");
        } catch (err) {
          if (util.isStream(body)) util.destroy(body.on("error", util.nop), err);
          throw err;
        }
        this.method = method;
        this.responseHeaders = responseHeaders || null;
        this.opaque = opaque || null;
        this.callback = callback;
        this.res = null;
        this.abort = null;
        this.body = body;
        this.trailers = {};
        this.context = null;
        this.onInfo = onInfo || null;
        this.throwOnError = throwOnError;
        this.highWaterMark = highWaterMark;
        this.signal = signal;
        this.reason = null;
        this.removeAbortListener = null;
        if (util.isStream(body)) body.on("error", err => {
          this.onError(err);
        });
        if (this.signal) if (this.signal.aborted) this.reason = this.signal.reason ?? new RequestAbortedError; else this.removeAbortListener = util.addAbortListener(this.signal, () => {
          this.reason = this.signal.reason ?? new RequestAbortedError;
          if (this.res) util.destroy(this.res.on("error", util.nop), this.reason); else if (this.abort) this.abort(this.reason);
          if (this.removeAbortListener) {
            this.res?.off("close", this.removeAbortListener);
            this.removeAbortListener();
            this.removeAbortListener = null;
          }
        });
      }
      onConnect(abort, context) {
        if (this.reason) {
          abort(this.reason);
          return;
        }
        assert(this.callback);
        this.abort = abort;
        this.context = context;
      }
      onHeaders(statusCode, rawHeaders, resume, statusMessage) {
        const {callback: callback, opaque: opaque, abort: abort, context: context, responseHeaders: responseHeaders, highWaterMark: highWaterMark} = this;
        const headers = responseHeaders === "raw" ? util.parseRawHeaders(rawHeaders) : util.parseHeaders(rawHeaders);
        if (statusCode < 200) {
          if (this.onInfo) this.onInfo({
            statusCode: statusCode,
            headers: headers
          });
          return;
        }
        const parsedHeaders = responseHeaders === "raw" ? util.parseHeaders(rawHeaders) : headers;
        const contentType = parsedHeaders["content-type"];
        const contentLength = parsedHeaders["content-length"];
        const res = new Readable({
          resume: resume,
          abort: abort,
          contentType: contentType,
          contentLength: this.method !== "HEAD" && contentLength ? Number(contentLength) : null,
          highWaterMark: highWaterMark
        });
        if (this.removeAbortListener) res.on("close", this.removeAbortListener);
        this.callback = null;
        this.res = res;
        if (callback !== null) if (this.throwOnError && statusCode >= 400) this.runInAsyncScope(getResolveErrorBodyCallback, null, {
          callback: callback,
          body: res,
          contentType: contentType,
          statusCode: statusCode,
          statusMessage: statusMessage,
          headers: headers
        }); else this.runInAsyncScope(callback, null, null, {
          statusCode: statusCode,
          headers: headers,
          trailers: this.trailers,
          opaque: opaque,
          body: res,
          context: context
        });
      }
      onData(chunk) {
        return this.res.push(chunk);
      }
      onComplete(trailers) {
        util.parseHeaders(trailers, this.trailers);
        this.res.push(null);
      }
      onError(err) {
        const {res: res, callback: callback, body: body, opaque: opaque} = this;
        if (callback) {
          this.callback = null;
          queueMicrotask(() => {
            this.runInAsyncScope(callback, null, err, {
              opaque: opaque
            });
          });
        }
        if (res) {
          this.res = null;
          queueMicrotask(() => {
            util.destroy(res, err);
          });
        }
        if (body) {
          this.body = null;
          util.destroy(body, err);
        }
        if (this.removeAbortListener) {
          res?.off("close", this.removeAbortListener);
          this.removeAbortListener();
          this.removeAbortListener = null;
        }
      }
    }
    module.exports = function request(opts, callback) {
      if (callback === void 0) return new Promise((resolve, reject) => {
        request.call(this, opts, (err, data) => err ? reject(err) : resolve(data));
      });
      try {
        this.dispatch(opts, new RequestHandler(opts, callback));
      } catch (err) {
        if (typeof callback !== "function") throw err;
        const opaque = opts?.opaque;
        queueMicrotask(() => callback(err, {
          opaque: opaque
        }));
      }
    };
    module.exports.RequestHandler = RequestHandler;
  },
  3560: (module, __unused_webpack_exports, __nccwpck_require__) => {
    const assert = __nccwpck_require__(4589);
    const {finished: finished, PassThrough: PassThrough} = __nccwpck_require__(7075);
    const {InvalidArgumentError: InvalidArgumentError, InvalidReturnValueError: InvalidReturnValueError} = __nccwpck_require__(8707);
    const util = __nccwpck_require__(3440);
    const {getResolveErrorBodyCallback: getResolveErrorBodyCallback} = __nccwpck_require__(7655);
    const {AsyncResource: AsyncResource} = __nccwpck_require__(6698);
    const {addSignal: addSignal, removeSignal: removeSignal} = __nccwpck_require__(158);
    class StreamHandler extends AsyncResource {
      constructor(opts, factory, callback) {
        if (!opts || typeof opts !== "object") throw new InvalidArgumentError("invalid opts");
        const {signal: signal, method: method, opaque: opaque, body: body, onInfo: onInfo, responseHeaders: responseHeaders, throwOnError: throwOnError} = opts;
        try {
          if (typeof callback !== "function") throw new InvalidArgumentError("invalid callback");
          if (typeof factory !== "function") throw new InvalidArgumentError("invalid factory");
          if (signal && typeof signal.on !== "function" && typeof signal.addEventListener !== "function") throw new InvalidArgumentError("signal must be an EventEmitter or EventTarget");
          if (method === "CONNECT") throw new InvalidArgumentError("invalid method");
          if (onInfo && typeof onInfo !== "function") throw new InvalidArgumentError("invalid onInfo callback");
          super("UNDICI_STREAM");
        } catch (err) {
          if (util.isStream(body)) util.destroy(body.on("error", util.nop), err);
          throw err;
        }
        this.responseHeaders = responseHeaders || null;
        this.opaque = opaque || null;
        this.factory = factory;
        this.callback = callback;
        this.res = null;
        this.abort = null;
        this.context = null;
        this.trailers = null;
        this.body = body;
        this.onInfo = onInfo || null;
        this.throwOnError = throwOnError || false;
        if (util.isStream(body)) body.on("error", err => {
          this.onError(err);
        });
        addSignal(this, signal);
      }
      onConnect(abort, context) {
        if (this.reason) {
          abort(this.reason);
          return;
        }
        assert(this.callback);
        this.abort = abort;
        this.context = context;
      }
      onHeaders(statusCode, rawHeaders, resume, statusMessage) {
        const {factory: factory, opaque: opaque, context: context, callback: callback, responseHeaders: responseHeaders} = this;
        const headers = responseHeaders === "raw" ? util.parseRawHeaders(rawHeaders) : util.parseHeaders(rawHeaders);
        if (statusCode < 200) {
          if (this.onInfo) this.onInfo({
            statusCode: statusCode,
            headers: headers
          });
          return;
        }
        this.factory = null;
        let res;
        if (this.throwOnError && statusCode >= 400) {
          const parsedHeaders = responseHeaders === "raw" ? util.parseHeaders(rawHeaders) : headers;
          const contentType = parsedHeaders["content-type"];
          res = new PassThrough;
          this.callback = null;
          this.runInAsyncScope(getResolveErrorBodyCallback, null, {
            callback: callback,
            body: res,
            contentType: contentType,
            statusCode: statusCode,
            statusMessage: statusMessage,
            headers: headers
          });
        } else {
          if (factory === null) return;
          res = this.runInAsyncScope(factory, null, {
            statusCode: statusCode,
            headers: headers,
            opaque: opaque,
            context: context
          });
          if (!res || typeof res.write !== "function" || typeof res.end !== "function" || typeof res.on !== "function") throw new InvalidReturnValueError("expected Writable");
          finished(res, {
            readable: false
          }, err => {
            const {callback: callback, res: res, opaque: opaque, trailers: trailers, abort: abort} = this;
            this.res = null;
            if (err || !res.readable) util.destroy(res, err);
            this.callback = null;
            this.runInAsyncScope(callback, null, err || null, {
              opaque: opaque,
              trailers: trailers
            });
            if (err) abort();
          });
        }
        res.on("drain", resume);
        this.res = res;
        const needDrain = res.writableNeedDrain !== void 0 ? res.writableNeedDrain : res._writableState?.needDrain;
        return needDrain !== true;
      }
      onData(chunk) {
        const {res: res} = this;
        return res ? res.write(chunk) : true;
      }
      onComplete(trailers) {
        const {res: res} = this;
        removeSignal(this);
        if (!res) return;
        this.trailers = util.parseHeaders(trailers);
        res.end();
      }
      onError(err) {
        const {res: res, callback: callback, opaque: opaque, body: body} = this;
        removeSignal(this);
        this.factory = null;
        if (res) {
          this.res = null;
          util.destroy(res, err);
        } else if (callback) {
          this.callback = null;
          queueMicrotask(() => {
            this.runInAsyncScope(callback, null, err, {
              opaque: opaque
            });
          });
        }
        if (body) {
          this.body = null;
          util.destroy(body, err);
        }
      }
    }
    module.exports = function stream(opts, factory, callback) {
      if (callback === void 0) return new Promise((resolve, reject) => {
        stream.call(this, opts, factory, (err, data) => err ? reject(err) : resolve(data));
      });
      try {
        this.dispatch(opts, new StreamHandler(opts, factory, callback));
      } catch (err) {
        if (typeof callback !== "function") throw err;
        const opaque = opts?.opaque;
        queueMicrotask(() => callback(err, {
          opaque: opaque
        }));
      }
    };
  },
  1882: (module, __unused_webpack_exports, __nccwpck_require__) => {
    const {InvalidArgumentError: InvalidArgumentError, SocketError: SocketError} = __nccwpck_require__(8707);
    const {AsyncResource: AsyncResource} = __nccwpck_require__(6698);
    const util = __nccwpck_require__(3440);
    const {addSignal: addSignal, removeSignal: removeSignal} = __nccwpck_require__(158);
    const assert = __nccwpck_require__(4589);
    class UpgradeHandler extends AsyncResource {
      constructor(opts, callback) {
        if (!opts || typeof opts !== "object") throw new InvalidArgumentError("invalid opts");
        if (typeof callback !== "function") throw new InvalidArgumentError("invalid callback");
        const {signal: signal, opaque: opaque, responseHeaders: responseHeaders} = opts;
        if (signal && typeof signal.on !== "function" && typeof signal.addEventListener !== "function") throw new InvalidArgumentError("signal must be an EventEmitter or EventTarget");
        super("UNDICI_UPGRADE");
        this.responseHeaders = responseHeaders || null;
        this.opaque = opaque || null;
        this.callback = callback;
        this.abort = null;
        this.context = null;
        addSignal(this, signal);
      }
      onConnect(abort, context) {
        if (this.reason) {
          abort(this.reason);
          return;
        }
        assert(this.callback);
        this.abort = abort;
        this.context = null;
      }
      onHeaders() {
        throw new SocketError("bad upgrade", null);
      }
      onUpgrade(statusCode, rawHeaders, socket) {
        assert(statusCode === 101);
        const {callback: callback, opaque: opaque, context: context} = this;
        removeSignal(this);
        this.callback = null;
        const headers = this.responseHeaders === "raw" ? util.parseRawHeaders(rawHeaders) : util.parseHeaders(rawHeaders);
        this.runInAsyncScope(callback, null, null, {
          headers: headers,
          socket: socket,
          opaque: opaque,
          context: context
        });
      }
      onError(err) {
        const {callback: callback, opaque: opaque} = this;
        removeSignal(this);
        if (callback) {
          this.callback = null;
          queueMicrotask(() => {
            this.runInAsyncScope(callback, null, err, {
              opaque: opaque
            });
          });
        }
      }
    }
    module.exports = function upgrade(opts, callback) {
      if (callback === void 0) return new Promise((resolve, reject) => {
        upgrade.call(this, opts, (err, data) => err ? reject(err) : resolve(data));
      });
      try {
        const upgradeHandler = new UpgradeHandler(opts, callback);
        this.dispatch({
          ...opts,
          method: opts.method || "GET",
          upgrade: opts.protocol || "Websocket"
        }, upgradeHandler);
      } catch (err) {
        if (typeof callback !== "function") throw err;
        const opaque = opts?.opaque;
        queueMicrotask(() => callback(err, {
          opaque: opaque
        }));
      }
    };
  },
  6615: (module, __unused_webpack_exports, __nccwpck_require__) => {
    module.exports.request = __nccwpck_require__(4043);
    module.exports.stream = __nccwpck_require__(3560);
    module.exports.pipeline = __nccwpck_require__(6862);
    module.exports.upgrade = __nccwpck_require__(1882);
    module.exports.connect = __nccwpck_require__(2279);
  },
  9927: (module, __unused_webpack_exports, __nccwpck_require__) => {
    const assert = __nccwpck_require__(4589);
    const {Readable: Readable} = __nccwpck_require__(7075);
    const {RequestAbortedError: RequestAbortedError, NotSupportedError: NotSupportedError, InvalidArgumentError: InvalidArgumentError, AbortError: AbortError} = __nccwpck_require__(8707);
    const util = __nccwpck_require__(3440);
    const {ReadableStreamFrom: ReadableStreamFrom} = __nccwpck_require__(3440);
    const kConsume = Symbol("kConsume");
    const kReading = Symbol("kReading");
    const kBody = Symbol("kBody");
    const kAbort = Symbol("kAbort");
    const kContentType = Symbol("kContentType");
    const kContentLength = Symbol("kContentLength");
    const noop = () => {};
    function isLocked(self) {
      return self[kBody] && self[kBody].locked === true || self[kConsume];
    }
    function isUnusable(self) {
      return util.isDisturbed(self) || isLocked(self);
    }
    async function consume(stream, type) {
      assert(!stream[kConsume]);
      return new Promise((resolve, reject) => {
        if (isUnusable(stream)) {
          const rState = stream._readableState;
          if (rState.destroyed && rState.closeEmitted === false) stream.on("error", err => {
            reject(err);
          }).on("close", () => {
            reject(new TypeError("unusable"));
          }); else reject(rState.errored ?? new TypeError("unusable"));
        } else queueMicrotask(() => {
          stream[kConsume] = {
            type: type,
            stream: stream,
            resolve: resolve,
            reject: reject,
            length: 0,
            body: []
          };
          stream.on("error", function(err) {
            consumeFinish(this[kConsume], err);
          }).on("close", function() {
            if (this[kConsume].body !== null) consumeFinish(this[kConsume], new RequestAbortedError);
          });
          consumeStart(stream[kConsume]);
        });
      });
    }
    function consumeStart(consume) {
      if (consume.body === null) return;
      const {_readableState: state} = consume.stream;
      if (state.bufferIndex) {
        const start = state.bufferIndex;
        const end = state.buffer.length;
        for (let n = start; n < end; n++) consumePush(consume, state.buffer[n]);
      } else for (const chunk of state.buffer) consumePush(consume, chunk);
      if (state.endEmitted) consumeEnd(this[kConsume]); else consume.stream.on("end", function() {
        consumeEnd(this[kConsume]);
      });
      consume.stream.resume();
      while (consume.stream.read() != null) ;
    }
    function chunksDecode(chunks, length) {
      if (chunks.length === 0 || length === 0) return "";
      const buffer = chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, length);
      const bufferLength = buffer.length;
      const start = bufferLength > 2 && buffer[0] === 239 && buffer[1] === 187 && buffer[2] === 191 ? 3 : 0;
      return buffer.utf8Slice(start, bufferLength);
    }
    function chunksConcat(chunks, length) {
      if (chunks.length === 0 || length === 0) return new Uint8Array(0);
      if (chunks.length === 1) return new Uint8Array(chunks[0]);
      const buffer = new Uint8Array(Buffer.allocUnsafeSlow(length).buffer);
      let offset = 0;
      for (let i = 0; i < chunks.length; ++i) {
        const chunk = chunks[i];
        buffer.set(chunk, offset);
        offset += chunk.length;
      }
      return buffer;
    }
    function consumeEnd(consume) {
      const {type: type, body: body, resolve: resolve, stream: stream, length: length} = consume;
      try {
        if (type === "text") resolve(chunksDecode(body, length)); else if (type === "json") resolve(JSON.parse(chunksDecode(body, length))); else if (type === "arrayBuffer") resolve(chunksConcat(body, length).buffer); else if (type === "blob") resolve(new Blob(body, {
          type: stream[kContentType]
        })); else if (type === "bytes") resolve(chunksConcat(body, length));
        consumeFinish(consume);
      } catch (err) {
        stream.destroy(err);
      }
    }
    function consumePush(consume, chunk) {
      consume.length += chunk.length;
      consume.body.push(chunk);
    }
    function consumeFinish(consume, err) {
      if (consume.body === null) return;
      if (err) consume.reject(err); else consume.resolve();
      consume.type = null;
      consume.stream = null;
      consume.resolve = null;
      consume.reject = null;
      consume.length = 0;
      consume.body = null;
    }
    module.exports = {
      Readable: class extends Readable {
        constructor({resume: resume, abort: abort, contentType: contentType = "", contentLength: contentLength, highWaterMark: highWaterMark = 64 * 1024}) {
          super({
            autoDestroy: true,
            read: resume,
            highWaterMark: highWaterMark
          });
          this._readableState.dataEmitted = false;
          this[kAbort] = abort;
          this[kConsume] = null;
          this[kBody] = null;
          this[kContentType] = contentType;
          this[kContentLength] = contentLength;
          this[kReading] = false;
        }
        destroy(err) {
          if (!err && !this._readableState.endEmitted) err = new RequestAbortedError;
          if (err) this[kAbort]();
          return super.destroy(err);
        }
        _destroy(err, callback) {
          if (!this[kReading]) setImmediate(() => {
            callback(err);
          }); else callback(err);
        }
        on(ev, ...args) {
          if (ev === "data" || ev === "readable") this[kReading] = true;
          return super.on(ev, ...args);
        }
        addListener(ev, ...args) {
          return this.on(ev, ...args);
        }
        off(ev, ...args) {
          const ret = super.off(ev, ...args);
          if (ev === "data" || ev === "readable") this[kReading] = this.listenerCount("data") > 0 || this.listenerCount("readable") > 0;
          return ret;
        }
        removeListener(ev, ...args) {
          return this.off(ev, ...args);
        }
        push(chunk) {
          if (this[kConsume] && chunk !== null) {
            consumePush(this[kConsume], chunk);
            return this[kReading] ? super.push(chunk) : true;
          }
          return super.push(chunk);
        }
        async text() {
          return consume(this, "text");
        }
        async json() {
          return consume(this, "json");
        }
        async blob() {
          return consume(this, "blob");
        }
        async bytes() {
          return consume(this, "bytes");
        }
        async arrayBuffer() {
          return consume(this, "arrayBuffer");
        }
        async formData() {
          throw new NotSupportedError;
        }
        get bodyUsed() {
          return util.isDisturbed(this);
        }
        get body() {
          if (!this[kBody]) {
            this[kBody] = ReadableStreamFrom(this);
            if (this[kConsume]) {
              this[kBody].getReader();
              assert(this[kBody].locked);
            }
          }
          return this[kBody];
        }
        async dump(opts) {
          let limit = Number.isFinite(opts?.limit) ? opts.limit : 128 * 1024;
          const signal = opts?.signal;
          if (signal != null && (typeof signal !== "object" || !("aborted" in signal))) throw new InvalidArgumentError("signal must be an AbortSignal");
          signal?.throwIfAborted();
          if (this._readableState.closeEmitted) return null;
          return await new Promise((resolve, reject) => {
            if (this[kContentLength] > limit) this.destroy(new AbortError);
            const onAbort = () => {
              this.destroy(signal.reason ?? new AbortError);
            };
            signal?.addEventListener("abort", onAbort);
            this.on("close", function() {
              signal?.removeEventListener("abort", onAbort);
              if (signal?.aborted) reject(signal.reason ?? new AbortError); else resolve(null);
            }).on("error", noop).on("data", function(chunk) {
              limit -= chunk.length;
              if (limit <= 0) this.destroy();
            }).resume();
          });
        }
      },
      chunksDecode: chunksDecode
    };
  },
  7655: (module, __unused_webpack_exports, __nccwpck_require__) => {
    const assert = __nccwpck_require__(4589);
    const {ResponseStatusCodeError: ResponseStatusCodeError} = __nccwpck_require__(8707);
    const {chunksDecode: chunksDecode} = __nccwpck_require__(9927);
    const CHUNK_LIMIT = 128 * 1024;
    const isContentTypeApplicationJson = contentType => contentType.length > 15 && contentType[11] === "/" && contentType[0] === "a" && contentType[1] === "p" && contentType[2] === "p" && contentType[3] === "l" && contentType[4] === "i" && contentType[5] === "c" && contentType[6] === "a" && contentType[7] === "t" && contentType[8] === "i" && contentType[9] === "o" && contentType[10] === "n" && contentType[12] === "j" && contentType[13] === "s" && contentType[14] === "o" && contentType[15] === "n";
    const isContentTypeText = contentType => contentType.length > 4 && contentType[4] === "/" && contentType[0] === "t" && contentType[1] === "e" && contentType[2] === "x" && contentType[3] === "t";
    module.exports = {
      getResolveErrorBodyCallback: async function({callback: callback, body: body, contentType: contentType, statusCode: statusCode, statusMessage: statusMessage, headers: headers}) {
        assert(body);
        let chunks = [];
        let length = 0;
        try {
          for await (const chunk of body) {
            chunks.push(chunk);
            length += chunk.length;
            if (length > CHUNK_LIMIT) {
              chunks = [];
              length = 0;
              break;
            }
          }
        } catch {
          chunks = [];
          length = 0;
        }
        const message = `Response status code ${statusCode}${statusMessage ? `: ${statusMessage}` : ""}`;
        if (statusCode === 204 || !contentType || !length) {
          queueMicrotask(() => callback(new ResponseStatusCodeError(message, statusCode, headers)));
          return;
        }
        const stackTraceLimit = Error.stackTraceLimit;
        Error.stackTraceLimit = 0;
        let payload;
        try {
          if (isContentTypeApplicationJson(contentType)) payload = JSON.parse(chunksDecode(chunks, length)); else if (isContentTypeText(contentType)) payload = chunksDecode(chunks, length);
        } catch {} finally {
          Error.stackTraceLimit = stackTraceLimit;
        }
        queueMicrotask(() => callback(new ResponseStatusCodeError(message, statusCode, headers, payload)));
      },
      isContentTypeApplicationJson: isContentTypeApplicationJson,
      isContentTypeText: isContentTypeText
    };
  },
  9136: (module, __unused_webpack_exports, __nccwpck_require__) => {
    const net = __nccwpck_require__(7030);
    const assert = __nccwpck_require__(4589);
    const util = __nccwpck_require__(3440);
    const {InvalidArgumentError: InvalidArgumentError, ConnectTimeoutError: ConnectTimeoutError} = __nccwpck_require__(8707);
    const timers = __nccwpck_require__(6603);
    function noop() {}
    let tls;
    let SessionCache;
    if (global.FinalizationRegistry && !(process.env.NODE_V8_COVERAGE || process.env.UNDICI_NO_FG)) SessionCache = class {
      constructor(maxCachedSessions) {
        this._maxCachedSessions = maxCachedSessions;
        this._sessionCache = new Map;
        this._sessionRegistry = new global.FinalizationRegistry(key => {
          if (this._sessionCache.size < this._maxCachedSessions) return;
          const ref = this._sessionCache.get(key);
          if (ref !== void 0 && ref.deref() === void 0) this._sessionCache.delete(key);
        });
      }
      get(sessionKey) {
        const ref = this._sessionCache.get(sessionKey);
        return ref ? ref.deref() : null;
      }
      set(sessionKey, session) {
        if (this._maxCachedSessions === 0) return;
        this._sessionCache.set(sessionKey, new WeakRef(session));
        this._sessionRegistry.register(session, sessionKey);
      }
    }; else SessionCache = class {
      constructor(maxCachedSessions) {
        this._maxCachedSessions = maxCachedSessions;
        this._sessionCache = new Map;
      }
      get(sessionKey) {
        return this._sessionCache.get(sessionKey);
      }
      set(sessionKey, session) {
        if (this._maxCachedSessions === 0) return;
        if (this._sessionCache.size >= this._maxCachedSessions) {
          const {value: oldestKey} = this._sessionCache.keys().next();
          this._sessionCache.delete(oldestKey);
        }
        this._sessionCache.set(sessionKey, session);
      }
    };
    const setupConnectTimeout = process.platform === "win32" ? (socketWeakRef, opts) => {
      if (!opts.timeout) return noop;
      let s1 = null;
      let s2 = null;
      const fastTimer = timers.setFastTimeout(() => {
        s1 = setImmediate(() => {
          s2 = setImmediate(() => onConnectTimeout(socketWeakRef.deref(), opts));
        });
      }, opts.timeout);
      return () => {
        timers.clearFastTimeout(fastTimer);
        clearImmediate(s1);
        clearImmediate(s2);
      };
    } : (socketWeakRef, opts) => {
      if (!opts.timeout) return noop;
      let s1 = null;
      const fastTimer = timers.setFastTimeout(() => {
        s1 = setImmediate(() => {
          onConnectTimeout(socketWeakRef.deref(), opts);
        });
      }, opts.timeout);
      return () => {
        timers.clearFastTimeout(fastTimer);
        clearImmediate(s1);
      };
    };
    function onConnectTimeout(socket, opts) {
      if (socket == null) return;
      let message = "Connect Timeout Error";
      if (Array.isArray(socket.autoSelectFamilyAttemptedAddresses)) message += ` (attempted addresses: ${socket.autoSelectFamilyAttemptedAddresses.join(", ")},`; else message += ` (attempted address: ${opts.hostname}:${opts.port},`;
      message += ` timeout: ${opts.timeout}ms)`;
      util.destroy(socket, new ConnectTimeoutError(message));
    }
    module.exports = function({allowH2: allowH2, maxCachedSessions: maxCachedSessions, socketPath: socketPath, timeout: timeout, session: customSession, ...opts}) {
      if (maxCachedSessions != null && (!Number.isInteger(maxCachedSessions) || maxCachedSessions < 0)) throw new InvalidArgumentError("maxCachedSessions must be a positive integer or zero");
      const options = {
        path: socketPath,
        ...opts
      };
      const sessionCache = new SessionCache(maxCachedSessions == null ? 100 : maxCachedSessions);
      timeout = timeout == null ? 1e4 : timeout;
      allowH2 = allowH2 != null ? allowH2 : false;
      return function({hostname: hostname, host: host, protocol: protocol, port: port, servername: servername, localAddress: localAddress, httpSocket: httpSocket}, callback) {
        let socket;
        if (protocol === "https:") {
          if (!tls) tls = __nccwpck_require__(1692);
          servername = servername || options.servername || util.getServerName(host) || null;
          const sessionKey = servername || hostname;
          assert(sessionKey);
          const session = customSession || sessionCache.get(sessionKey) || null;
          port = port || 443;
          socket = tls.connect({
            highWaterMark: 16384,
            ...options,
            servername: servername,
            session: session,
            localAddress: localAddress,
            ALPNProtocols: allowH2 ? [ "http/1.1", "h2" ] : [ "http/1.1" ],
            socket: httpSocket,
            port: port,
            host: hostname
          });
          socket.on("session", function(session) {
            sessionCache.set(sessionKey, session);
          });
        } else {
          assert(!httpSocket, "httpSocket can only be sent on TLS update");
          port = port || 80;
          socket = net.connect({
            highWaterMark: 64 * 1024,
            ...options,
            localAddress: localAddress,
            port: port,
            host: hostname
          });
        }
        if (options.keepAlive == null || options.keepAlive) {
          const keepAliveInitialDelay = options.keepAliveInitialDelay === void 0 ? 6e4 : options.keepAliveInitialDelay;
          socket.setKeepAlive(true, keepAliveInitialDelay);
        }
        const clearConnectTimeout = setupConnectTimeout(new WeakRef(socket), {
          timeout: timeout,
          hostname: hostname,
          port: port
        });
        socket.setNoDelay(true).once(protocol === "https:" ? "secureConnect" : "connect", function() {
          queueMicrotask(clearConnectTimeout);
          if (callback) {
            const cb = callback;
            callback = null;
            cb(null, this);
          }
        }).on("error", function(err) {
          queueMicrotask(clearConnectTimeout);
          if (callback) {
            const cb = callback;
            callback = null;
            cb(err);
          }
        });
        return socket;
      };
    };
  },
  735: module => {
    const headerNameLowerCasedRecord = {};
    const wellknownHeaderNames = [ "Accept", "Accept-Encoding", "Accept-Language", "Accept-Ranges", "Access-Control-Allow-Credentials", "Access-Control-Allow-Headers", "Access-Control-Allow-Methods", "Access-Control-Allow-Origin", "Access-Control-Expose-Headers", "Access-Control-Max-Age", "Access-Control-Request-Headers", "Access-Control-Request-Method", "Age", "Allow", "Alt-Svc", "Alt-Used", "Authorization", "Cache-Control", "Clear-Site-Data", "Connection", "Content-Disposition", "Content-Encoding", "Content-Language", "Content-Length", "Content-Location", "Content-Range", "Content-Security-Policy", "Content-Security-Policy-Report-Only", "Content-Type", "Cookie", "Cross-Origin-Embedder-Policy", "Cross-Origin-Opener-Policy", "Cross-Origin-Resource-Policy", "Date", "Device-Memory", "Downlink", "ECT", "ETag", "Expect", "Expect-CT", "Expires", "Forwarded", "From", "Host", "If-Match", "If-Modified-Since", "If-None-Match", "If-Range", "If-Unmodified-Since", "Keep-Alive", "Last-Modified", "Link", "Location", "Max-Forwards", "Origin", "Permissions-Policy", "Pragma", "Proxy-Authenticate", "Proxy-Authorization", "RTT", "Range", "Referer", "Referrer-Policy", "Refresh", "Retry-After", "Sec-WebSocket-Accept", "Sec-WebSocket-Extensions", "Sec-WebSocket-Key", "Sec-WebSocket-Protocol", "Sec-WebSocket-Version", "Server", "Server-Timing", "Service-Worker-Allowed", "Service-Worker-Navigation-Preload", "Set-Cookie", "SourceMap", "Strict-Transport-Security", "Supports-Loading-Mode", "TE", "Timing-Allow-Origin", "Trailer", "Transfer-Encoding", "Upgrade", "Upgrade-Insecure-Requests", "User-Agent", "Vary", "Via", "WWW-Authenticate", "X-Content-Type-Options", "X-DNS-Prefetch-Control", "X-Frame-Options", "X-Permitted-Cross-Domain-Policies", "X-Powered-By", "X-Requested-With", "X-XSS-Protection" ];
    for (let i = 0; i < wellknownHeaderNames.length; ++i) {
      const key = wellknownHeaderNames[i];
      const lowerCasedKey = key.toLowerCase();
      headerNameLowerCasedRecord[key] = headerNameLowerCasedRecord[lowerCasedKey] = lowerCasedKey;
    }
    Object.setPrototypeOf(headerNameLowerCasedRecord, null);
    module.exports = {
      wellknownHeaderNames: wellknownHeaderNames,
      headerNameLowerCasedRecord: headerNameLowerCasedRecord
    };
  },
  2414: (module, __unused_webpack_exports, __nccwpck_require__) => {
    const diagnosticsChannel = __nccwpck_require__(3053);
    const util = __nccwpck_require__(7975);
    const undiciDebugLog = util.debuglog("undici");
    const fetchDebuglog = util.debuglog("fetch");
    const websocketDebuglog = util.debuglog("websocket");
    let isClientSet = false;
    const channels = {
      beforeConnect: diagnosticsChannel.channel("undici:client:beforeConnect"),
      connected: diagnosticsChannel.channel("undici:client:connected"),
      connectError: diagnosticsChannel.channel("undici:client:connectError"),
      sendHeaders: diagnosticsChannel.channel("undici:client:sendHeaders"),
      create: diagnosticsChannel.channel("undici:request:create"),
      bodySent: diagnosticsChannel.channel("undici:request:bodySent"),
      headers: diagnosticsChannel.channel("undici:request:headers"),
      trailers: diagnosticsChannel.channel("undici:request:trailers"),
      error: diagnosticsChannel.channel("undici:request:error"),
      open: diagnosticsChannel.channel("undici:websocket:open"),
      close: diagnosticsChannel.channel("undici:websocket:close"),
      socketError: diagnosticsChannel.channel("undici:websocket:socket_error"),
      ping: diagnosticsChannel.channel("undici:websocket:ping"),
      pong: diagnosticsChannel.channel("undici:websocket:pong")
    };
    if (undiciDebugLog.enabled || fetchDebuglog.enabled) {
      const debuglog = fetchDebuglog.enabled ? fetchDebuglog : undiciDebugLog;
      diagnosticsChannel.channel("undici:client:beforeConnect").subscribe(evt => {
        const {connectParams: {version: version, protocol: protocol, port: port, host: host}} = evt;
        debuglog("connecting to %s using %s%s", `${host}${port ? `:${port}` : ""}`, protocol, version);
      });
      diagnosticsChannel.channel("undici:client:connected").subscribe(evt => {
        const {connectParams: {version: version, protocol: protocol, port: port, host: host}} = evt;
        debuglog("connected to %s using %s%s", `${host}${port ? `:${port}` : ""}`, protocol, version);
      });
      diagnosticsChannel.channel("undici:client:connectError").subscribe(evt => {
        const {connectParams: {version: version, protocol: protocol, port: port, host: host}, error: error} = evt;
        debuglog("connection to %s using %s%s errored - %s", `${host}${port ? `:${port}` : ""}`, protocol, version, error.message);
      });
      diagnosticsChannel.channel("undici:client:sendHeaders").subscribe(evt => {
        const {request: {method: method, path: path, origin: origin}} = evt;
        debuglog("sending request to %s %s/%s", method, origin, path);
      });
      diagnosticsChannel.channel("undici:request:headers").subscribe(evt => {
        const {request: {method: method, path: path, origin: origin}, response: {statusCode: statusCode}} = evt;
        debuglog("received response to %s %s/%s - HTTP %d", method, origin, path, statusCode);
      });
      diagnosticsChannel.channel("undici:request:trailers").subscribe(evt => {
        const {request: {method: method, path: path, origin: origin}} = evt;
        debuglog("trailers received from %s %s/%s", method, origin, path);
      });
      diagnosticsChannel.channel("undici:request:error").subscribe(evt => {
        const {request: {method: method, path: path, origin: origin}, error: error} = evt;
        debuglog("request to %s %s/%s errored - %s", method, origin, path, error.message);
      });
      isClientSet = true;
    }
    if (websocketDebuglog.enabled) {
      if (!isClientSet) {
        const debuglog = undiciDebugLog.enabled ? undiciDebugLog : websocketDebuglog;
        diagnosticsChannel.channel("undici:client:beforeConnect").subscribe(evt => {
          const {connectParams: {version: version, protocol: protocol, port: port, host: host}} = evt;
          debuglog("connecting to %s%s using %s%s", host, port ? `:${port}` : "", protocol, version);
        });
        diagnosticsChannel.channel("undici:client:connected").subscribe(evt => {
          const {connectParams: {version: version, protocol: protocol, port: port, host: host}} = evt;
          debuglog("connected to %s%s using %s%s", host, port ? `:${port}` : "", protocol, version);
        });
        diagnosticsChannel.channel("undici:client:connectError").subscribe(evt => {
          const {connectParams: {version: version, protocol: protocol, port: port, host: host}, error: error} = evt;
          debuglog("connection to %s%s using %s%s errored - %s", host, port ? `:${port}` : "", protocol, version, error.message);
        });
        diagnosticsChannel.channel("undici:client:sendHeaders").subscribe(evt => {
          const {request: {method: method, path: path, origin: origin}} = evt;
          debuglog("sending request to %s %s/%s", method, origin, path);
        });
      }
      diagnosticsChannel.channel("undici:websocket:open").subscribe(evt => {
        const {address: {address: address, port: port}} = evt;
        websocketDebuglog("connection opened %s%s", address, port ? `:${port}` : "");
      });
      diagnosticsChannel.channel("undici:websocket:close").subscribe(evt => {
        const {websocket: websocket, code: code, reason: reason} = evt;
        websocketDebuglog("closed connection to %s - %s %s", websocket.url, code, reason);
      });
      diagnosticsChannel.channel("undici:websocket:socket_error").subscribe(err => {
        websocketDebuglog("connection errored - %s", err.message);
      });
      diagnosticsChannel.channel("undici:websocket:ping").subscribe(evt => {
        websocketDebuglog("ping received");
      });
      diagnosticsChannel.channel("undici:websocket:pong").subscribe(evt => {
        websocketDebuglog("pong received");
      });
    }
    module.exports = {
      channels: channels
    };
  },
  8707: module => {
    const kUndiciError = Symbol.for("undici.error.UND_ERR");
    class UndiciError extends Error {
      constructor(message) {
        super(message);
        this.name = "UndiciError";
        this.code = "UND_ERR";
      }
      static [Symbol.hasInstance](instance) {
        return instance && instance[kUndiciError] === true;
      }
      [kUndiciError]=true;
    }
    const kConnectTimeoutError = Symbol.for("undici.error.UND_ERR_CONNECT_TIMEOUT");
    class ConnectTimeoutError extends UndiciError {
      constructor(message) {
        super(message);
        this.name = "ConnectTimeoutError";
        this.message = message || "Connect Timeout Error";
        this.code = "UND_ERR_CONNECT_TIMEOUT";
      }
      static [Symbol.hasInstance](instance) {
        return instance && instance[kConnectTimeoutError] === true;
      }
      [kConnectTimeoutError]=true;
    }
    const kHeadersTimeoutError = Symbol.for("undici.error.UND_ERR_HEADERS_TIMEOUT");
    class HeadersTimeoutError extends UndiciError {
      constructor(message) {
        super(message);
        this.name = "HeadersTimeoutError";
        this.message = message || "Headers Timeout Error";
        this.code = "UND_ERR_HEADERS_TIMEOUT";
      }
      static [Symbol.hasInstance](instance) {
        return instance && instance[kHeadersTimeoutError] === true;
      }
      [kHeadersTimeoutError]=true;
    }
    const kHeadersOverflowError = Symbol.for("undici.error.UND_ERR_HEADERS_OVERFLOW");
    class HeadersOverflowError extends UndiciError {
      constructor(message) {
        super(message);
        this.name = "HeadersOverflowError";
        this.message = message || "Headers Overflow Error";
        this.code = "UND_ERR_HEADERS_OVERFLOW";
      }
      static [Symbol.hasInstance](instance) {
        return instance && instance[kHeadersOverflowError] === true;
      }
      [kHeadersOverflowError]=true;
    }
    const kBodyTimeoutError = Symbol.for("undici.error.UND_ERR_BODY_TIMEOUT");
    class BodyTimeoutError extends UndiciError {
      constructor(message) {
        super(message);
        this.name = "BodyTimeoutError";
        this.message = message || "Body Timeout Error";
        this.code = "UND_ERR_BODY_TIMEOUT";
      }
      static [Symbol.hasInstance](instance) {
        return instance && instance[kBodyTimeoutError] === true;
      }
      [kBodyTimeoutError]=true;
    }
    const kResponseStatusCodeError = Symbol.for("undici.error.UND_ERR_RESPONSE_STATUS_CODE");
    class ResponseStatusCodeError extends UndiciError {
      constructor(message, statusCode, headers, body) {
        super(message);
        this.name = "ResponseStatusCodeError";
        this.message = message || "Response Status Code Error";
        this.code = "UND_ERR_RESPONSE_STATUS_CODE";
        this.body = body;
        this.status = statusCode;
        this.statusCode = statusCode;
        this.headers = headers;
      }
      static [Symbol.hasInstance](instance) {
        return instance && instance[kResponseStatusCodeError] === true;
      }
      [kResponseStatusCodeError]=true;
    }
    const kInvalidArgumentError = Symbol.for("undici.error.UND_ERR_INVALID_ARG");
    class InvalidArgumentError extends UndiciError {
      constructor(message) {
        super(message);
        this.name = "InvalidArgumentError";
        this.message = message || "Invalid Argument Error";
        this.code = "UND_ERR_INVALID_ARG";
      }
      static [Symbol.hasInstance](instance) {
        return instance && instance[kInvalidArgumentError] === true;
      }
      [kInvalidArgumentError]=true;
    }
    const kInvalidReturnValueError = Symbol.for("undici.error.UND_ERR_INVALID_RETURN_VALUE");
    class InvalidReturnValueError extends UndiciError {
      constructor(message) {
        super(message);
        this.name = "InvalidReturnValueError";
        this.message = message || "Invalid Return Value Error";
        this.code = "UND_ERR_INVALID_RETURN_VALUE";
      }
      static [Symbol.hasInstance](instance) {
        return instance && instance[kInvalidReturnValueError] === true;
      }
      [kInvalidReturnValueError]=true;
    }
    const kAbortError = Symbol.for("undici.error.UND_ERR_ABORT");
    class AbortError extends UndiciError {
      constructor(message) {
        super(message);
        this.name = "AbortError";
        this.message = message || "The operation was aborted";
        this.code = "UND_ERR_ABORT";
      }
      static [Symbol.hasInstance](instance) {
        return instance && instance[kAbortError] === true;
      }
      [kAbortError]=true;
    }
    const kRequestAbortedError = Symbol.for("undici.error.UND_ERR_ABORTED");
    class RequestAbortedError extends AbortError {
      constructor(message) {
        super(message);
        this.name = "AbortError";
        this.message = message || "Request aborted";
        this.code = "UND_ERR_ABORTED";
      }
      static [Symbol.hasInstance](instance) {
        return instance && instance[kRequestAbortedError] === true;
      }
      [kRequestAbortedError]=true;
    }
    const kInformationalError = Symbol.for("undici.error.UND_ERR_INFO");
    class InformationalError extends UndiciError {
      constructor(message) {
        super(message);
        this.name = "InformationalError";
        this.message = message || "Request information";
        this.code = "UND_ERR_INFO";
      }
      static [Symbol.hasInstance](instance) {
        return instance && instance[kInformationalError] === true;
      }
      [kInformationalError]=true;
    }
    const kRequestContentLengthMismatchError = Symbol.for("undici.error.UND_ERR_REQ_CONTENT_LENGTH_MISMATCH");
    class RequestContentLengthMismatchError extends UndiciError {
      constructor(message) {
        super(message);
        this.name = "RequestContentLengthMismatchError";
        this.message = message || "Request body length does not match content-length header";
        this.code = "UND_ERR_REQ_CONTENT_LENGTH_MISMATCH";
      }
      static [Symbol.hasInstance](instance) {
        return instance && instance[kRequestContentLengthMismatchError] === true;
      }
      [kRequestContentLengthMismatchError]=true;
    }
    const kResponseContentLengthMismatchError = Symbol.for("undici.error.UND_ERR_RES_CONTENT_LENGTH_MISMATCH");
    class ResponseContentLengthMismatchError extends UndiciError {
      constructor(message) {
        super(message);
        this.name = "ResponseContentLengthMismatchError";
        this.message = message || "Response body length does not match content-length header";
        this.code = "UND_ERR_RES_CONTENT_LENGTH_MISMATCH";
      }
      static [Symbol.hasInstance](instance) {
        return instance && instance[kResponseContentLengthMismatchError] === true;
      }
      [kResponseContentLengthMismatchError]=true;
    }
    const kClientDestroyedError = Symbol.for("undici.error.UND_ERR_DESTROYED");
    class ClientDestroyedError extends UndiciError {
      constructor(message) {
        super(message);
        this.name = "ClientDestroyedError";
        this.message = message || "The client is destroyed";
        this.code = "UND_ERR_DESTROYED";
      }
      static [Symbol.hasInstance](instance) {
        return instance && instance[kClientDestroyedError] === true;
      }
      [kClientDestroyedError]=true;
    }
    const kClientClosedError = Symbol.for("undici.error.UND_ERR_CLOSED");
    class ClientClosedError extends UndiciError {
      constructor(message) {
        super(message);
        this.name = "ClientClosedError";
        this.message = message || "The client is closed";
        this.code = "UND_ERR_CLOSED";
      }
      static [Symbol.hasInstance](instance) {
        return instance && instance[kClientClosedError] === true;
      }
      [kClientClosedError]=true;
    }
    const kSocketError = Symbol.for("undici.error.UND_ERR_SOCKET");
    class SocketError extends UndiciError {
      constructor(message, socket) {
        super(message);
        this.name = "SocketError";
        this.message = message || "Socket error";
        this.code = "UND_ERR_SOCKET";
        this.socket = socket;
      }
      static [Symbol.hasInstance](instance) {
        return instance && instance[kSocketError] === true;
      }
      [kSocketError]=true;
    }
    const kNotSupportedError = Symbol.for("undici.error.UND_ERR_NOT_SUPPORTED");
    class NotSupportedError extends UndiciError {
      constructor(message) {
        super(message);
        this.name = "NotSupportedError";
        this.message = message || "Not supported error";
        this.code = "UND_ERR_NOT_SUPPORTED";
      }
      static [Symbol.hasInstance](instance) {
        return instance && instance[kNotSupportedError] === true;
      }
      [kNotSupportedError]=true;
    }
    const kBalancedPoolMissingUpstreamError = Symbol.for("undici.error.UND_ERR_BPL_MISSING_UPSTREAM");
    class BalancedPoolMissingUpstreamError extends UndiciError {
      constructor(message) {
        super(message);
        this.name = "MissingUpstreamError";
        this.message = message || "No upstream has been added to the BalancedPool";
        this.code = "UND_ERR_BPL_MISSING_UPSTREAM";
      }
      static [Symbol.hasInstance](instance) {
        return instance && instance[kBalancedPoolMissingUpstreamError] === true;
      }
      [kBalancedPoolMissingUpstreamError]=true;
    }
    const kHTTPParserError = Symbol.for("undici.error.UND_ERR_HTTP_PARSER");
    class HTTPParserError extends Error {
      constructor(message, code, data) {
        super(message);
        this.name = "HTTPParserError";
        this.code = code ? `HPE_${code}` : void 0;
        this.data = data ? data.toString() : void 0;
      }
      static [Symbol.hasInstance](instance) {
        return instance && instance[kHTTPParserError] === true;
      }
      [kHTTPParserError]=true;
    }
    const kResponseExceededMaxSizeError = Symbol.for("undici.error.UND_ERR_RES_EXCEEDED_MAX_SIZE");
    class ResponseExceededMaxSizeError extends UndiciError {
      constructor(message) {
        super(message);
        this.name = "ResponseExceededMaxSizeError";
        this.message = message || "Response content exceeded max size";
        this.code = "UND_ERR_RES_EXCEEDED_MAX_SIZE";
      }
      static [Symbol.hasInstance](instance) {
        return instance && instance[kResponseExceededMaxSizeError] === true;
      }
      [kResponseExceededMaxSizeError]=true;
    }
    const kRequestRetryError = Symbol.for("undici.error.UND_ERR_REQ_RETRY");
    class RequestRetryError extends UndiciError {
      constructor(message, code, {headers: headers, data: data}) {
        super(message);
        this.name = "RequestRetryError";
        this.message = message || "Request retry error";
        this.code = "UND_ERR_REQ_RETRY";
        this.statusCode = code;
        this.data = data;
        this.headers = headers;
      }
      static [Symbol.hasInstance](instance) {
        return instance && instance[kRequestRetryError] === true;
      }
      [kRequestRetryError]=true;
    }
    const kResponseError = Symbol.for("undici.error.UND_ERR_RESPONSE");
    class ResponseError extends UndiciError {
      constructor(message, code, {headers: headers, data: data}) {
        super(message);
        this.name = "ResponseError";
        this.message = message || "Response error";
        this.code = "UND_ERR_RESPONSE";
        this.statusCode = code;
        this.data = data;
        this.headers = headers;
      }
      static [Symbol.hasInstance](instance) {
        return instance && instance[kResponseError] === true;
      }
      [kResponseError]=true;
    }
    const kSecureProxyConnectionError = Symbol.for("undici.error.UND_ERR_PRX_TLS");
    class SecureProxyConnectionError extends UndiciError {
      constructor(cause, message, options) {
        super(message, {
          cause: cause,
          ...options ?? {}
        });
        this.name = "SecureProxyConnectionError";
        this.message = message || "Secure Proxy Connection failed";
        this.code = "UND_ERR_PRX_TLS";
        this.cause = cause;
      }
      static [Symbol.hasInstance](instance) {
        return instance && instance[kSecureProxyConnectionError] === true;
      }
      [kSecureProxyConnectionError]=true;
    }
    const kMessageSizeExceededError = Symbol.for("undici.error.UND_ERR_WS_MESSAGE_SIZE_EXCEEDED");
    class MessageSizeExceededError extends UndiciError {
      constructor(message) {
        super(message);
        this.name = "MessageSizeExceededError";
        this.message = message || "Max decompressed message size exceeded";
        this.code = "UND_ERR_WS_MESSAGE_SIZE_EXCEEDED";
      }
      static [Symbol.hasInstance](instance) {
        return instance && instance[kMessageSizeExceededError] === true;
      }
      get [kMessageSizeExceededError]() {
        return true;
      }
    }
    module.exports = {
      AbortError: AbortError,
      HTTPParserError: HTTPParserError,
      UndiciError: UndiciError,
      HeadersTimeoutError: HeadersTimeoutError,
      HeadersOverflowError: HeadersOverflowError,
      BodyTimeoutError: BodyTimeoutError,
      RequestContentLengthMismatchError: RequestContentLengthMismatchError,
      ConnectTimeoutError: ConnectTimeoutError,
      ResponseStatusCodeError: ResponseStatusCodeError,
      InvalidArgumentError: InvalidArgumentError,
      InvalidReturnValueError: InvalidReturnValueError,
      RequestAbortedError: RequestAbortedError,
      ClientDestroyedError: ClientDestroyedError,
      ClientClosedError: ClientClosedError,
      InformationalError: InformationalError,
      SocketError: SocketError,
      NotSupportedError: NotSupportedError,
      ResponseContentLengthMismatchError: ResponseContentLengthMismatchError,
      BalancedPoolMissingUpstreamError: BalancedPoolMissingUpstreamError,
      ResponseExceededMaxSizeError: ResponseExceededMaxSizeError,
      RequestRetryError: RequestRetryError,
      ResponseError: ResponseError,
      SecureProxyConnectionError: SecureProxyConnectionError,
      MessageSizeExceededError: MessageSizeExceededError
    };
  },
  4655: (module, __unused_webpack_exports, __nccwpck_require__) => {
    const {InvalidArgumentError: InvalidArgumentError, NotSupportedError: NotSupportedError} = __nccwpck_require__(8707);
    const assert = __nccwpck_require__(4589);
    const {isValidHTTPToken: isValidHTTPToken, isValidHeaderValue: isValidHeaderValue, isStream: isStream, destroy: destroy, isBuffer: isBuffer, isFormDataLike: isFormDataLike, isIterable: isIterable, isBlobLike: isBlobLike, buildURL: buildURL, validateHandler: validateHandler, getServerName: getServerName, normalizedMethodRecords: normalizedMethodRecords} = __nccwpck_require__(3440);
    const {channels: channels} = __nccwpck_require__(2414);
    const {headerNameLowerCasedRecord: headerNameLowerCasedRecord} = __nccwpck_require__(735);
    const invalidPathRegex = /[^\u0021-\u00ff]/;
    const kHandler = Symbol("handler");
    function processHeader(request, key, val) {
      if (val && typeof val === "object" && !Array.isArray(val)) throw new InvalidArgumentError(`invalid ${key} header`); else if (val === void 0) return;
      let headerName = headerNameLowerCasedRecord[key];
      if (headerName === void 0) {
        headerName = key.toLowerCase();
        if (headerNameLowerCasedRecord[headerName] === void 0 && !isValidHTTPToken(headerName)) throw new InvalidArgumentError("invalid header key");
      }
      if (Array.isArray(val)) {
        const arr = [];
        for (let i = 0; i < val.length; i++) if (typeof val[i] === "string") {
          if (!isValidHeaderValue(val[i])) throw new InvalidArgumentError(`invalid ${key} header`);
          arr.push(val[i]);
        } else if (val[i] === null) arr.push(""); else if (typeof val[i] === "object") throw new InvalidArgumentError(`invalid ${key} header`); else {
          const str = `${val[i]}`;
          if (!isValidHeaderValue(str)) throw new InvalidArgumentError(`invalid ${key} header`);
          arr.push(str);
        }
        val = arr;
      } else if (typeof val === "string") {
        if (!isValidHeaderValue(val)) throw new InvalidArgumentError(`invalid ${key} header`);
      } else if (val === null) val = ""; else {
        val = `${val}`;
        if (!isValidHeaderValue(val)) throw new InvalidArgumentError(`invalid ${key} header`);
      }
      if (headerName === "host") {
        if (request.host !== null) throw new InvalidArgumentError("duplicate host header");
        if (typeof val !== "string") throw new InvalidArgumentError("invalid host header");
        request.host = val;
      } else if (headerName === "content-length") {
        if (request.contentLength !== null) throw new InvalidArgumentError("duplicate content-length header");
        request.contentLength = parseInt(val, 10);
        if (!Number.isFinite(request.contentLength)) throw new InvalidArgumentError("invalid content-length header");
      } else if (request.contentType === null && headerName === "content-type") {
        request.contentType = val;
        request.headers.push(key, val);
      } else if (headerName === "transfer-encoding" || headerName === "keep-alive" || headerName === "upgrade") throw new InvalidArgumentError(`invalid ${headerName} header`); else if (headerName === "connection") {
        const value = typeof val === "string" ? val.toLowerCase() : null;
        if (value !== "close" && value !== "keep-alive") throw new InvalidArgumentError("invalid connection header");
        if (value === "close") request.reset = true;
      } else if (headerName === "expect") throw new NotSupportedError("expect header not supported"); else request.headers.push(key, val);
    }
    module.exports = class {
      constructor(origin, {path: path, method: method, body: body, headers: headers, query: query, idempotent: idempotent, blocking: blocking, upgrade: upgrade, headersTimeout: headersTimeout, bodyTimeout: bodyTimeout, reset: reset, throwOnError: throwOnError, expectContinue: expectContinue, servername: servername}, handler) {
        if (typeof path !== "string") throw new InvalidArgumentError("path must be a string"); else if (path[0] !== "/" && !(path.startsWith("http://") || path.startsWith("https://")) && method !== "CONNECT") throw new InvalidArgumentError("path must be an absolute URL or start with a slash"); else if (invalidPathRegex.test(path)) throw new InvalidArgumentError("invalid request path");
        if (typeof method !== "string") throw new InvalidArgumentError("method must be a string"); else if (normalizedMethodRecords[method] === void 0 && !isValidHTTPToken(method)) throw new InvalidArgumentError("invalid request method");
        if (upgrade && typeof upgrade !== "string") throw new InvalidArgumentError("upgrade must be a string");
        if (upgrade && !isValidHeaderValue(upgrade)) throw new InvalidArgumentError("invalid upgrade header");
        if (headersTimeout != null && (!Number.isFinite(headersTimeout) || headersTimeout < 0)) throw new InvalidArgumentError("invalid headersTimeout");
        if (bodyTimeout != null && (!Number.isFinite(bodyTimeout) || bodyTimeout < 0)) throw new InvalidArgumentError("invalid bodyTimeout");
        if (reset != null && typeof reset !== "boolean") throw new InvalidArgumentError("invalid reset");
        if (expectContinue != null && typeof expectContinue !== "boolean") throw new InvalidArgumentError("invalid expectContinue");
        this.headersTimeout = headersTimeout;
        this.bodyTimeout = bodyTimeout;
        this.throwOnError = throwOnError === true;
        this.method = method;
        this.abort = null;
        if (body == null) this.body = null; else if (isStream(body)) {
          this.body = body;
          const rState = this.body._readableState;
          if (!rState || !rState.autoDestroy) {
            this.endHandler = function() {
              destroy(this);
            };
            this.body.on("end", this.endHandler);
          }
          this.errorHandler = err => {
            if (this.abort) this.abort(err); else this.error = err;
          };
          this.body.on("error", this.errorHandler);
        } else if (isBuffer(body)) this.body = body.byteLength ? body : null; else if (ArrayBuffer.isView(body)) this.body = body.buffer.byteLength ? Buffer.from(body.buffer, body.byteOffset, body.byteLength) : null; else if (body instanceof ArrayBuffer) this.body = body.byteLength ? Buffer.from(body) : null; else if (typeof body === "string") this.body = body.length ? Buffer.from(body) : null; else if (isFormDataLike(body) || isIterable(body) || isBlobLike(body)) this.body = body; else throw new InvalidArgumentError("body must be a string, a Buffer, a Readable stream, an iterable, or an async iterable");
        this.completed = false;
        this.aborted = false;
        this.upgrade = upgrade || null;
        this.path = query ? buildURL(path, query) : path;
        this.origin = origin;
        this.idempotent = idempotent == null ? method === "HEAD" || method === "GET" : idempotent;
        this.blocking = blocking == null ? false : blocking;
        this.reset = reset == null ? null : reset;
        this.host = null;
        this.contentLength = null;
        this.contentType = null;
        this.headers = [];
        this.expectContinue = expectContinue != null ? expectContinue : false;
        if (Array.isArray(headers)) {
          if (headers.length % 2 !== 0) throw new InvalidArgumentError("headers array must be even");
          for (let i = 0; i < headers.length; i += 2) processHeader(this, headers[i], headers[i + 1]);
        } else if (headers && typeof headers === "object") if (headers[Symbol.iterator]) for (const header of headers) {
          if (!Array.isArray(header) || header.length !== 2) throw new InvalidArgumentError("headers must be in key-value pair format");
          processHeader(this, header[0], header[1]);
        } else {
          const keys = Object.keys(headers);
          for (let i = 0; i < keys.length; ++i) processHeader(this, keys[i], headers[keys[i]]);
        } else if (headers != null) throw new InvalidArgumentError("headers must be an object or an array");
        validateHandler(handler, method, upgrade);
        this.servername = servername || getServerName(this.host);
        this[kHandler] = handler;
        if (channels.create.hasSubscribers) channels.create.publish({
          request: this
        });
      }
      onBodySent(chunk) {
        if (this[kHandler].onBodySent) try {
          return this[kHandler].onBodySent(chunk);
        } catch (err) {
          this.abort(err);
        }
      }
      onRequestSent() {
        if (channels.bodySent.hasSubscribers) channels.bodySent.publish({
          request: this
        });
        if (this[kHandler].onRequestSent) try {
          return this[kHandler].onRequestSent();
        } catch (err) {
          this.abort(err);
        }
      }
      onConnect(abort) {
        assert(!this.aborted);
        assert(!this.completed);
        if (this.error) abort(this.error); else {
          this.abort = abort;
          return this[kHandler].onConnect(abort);
        }
      }
      onResponseStarted() {
        return this[kHandler].onResponseStarted?.();
      }
      onHeaders(statusCode, headers, resume, statusText) {
        assert(!this.aborted);
        assert(!this.completed);
        if (channels.headers.hasSubscribers) channels.headers.publish({
          request: this,
          response: {
            statusCode: statusCode,
            headers: headers,
            statusText: statusText
          }
        });
        try {
          return this[kHandler].onHeaders(statusCode, headers, resume, statusText);
        } catch (err) {
          this.abort(err);
        }
      }
      onData(chunk) {
        assert(!this.aborted);
        assert(!this.completed);
        try {
          return this[kHandler].onData(chunk);
        } catch (err) {
          this.abort(err);
          return false;
        }
      }
      onUpgrade(statusCode, headers, socket, statusText = "") {
        this.onFinally();
        assert(!this.aborted);
        assert(!this.completed);
        if (statusCode !== null) this.#publishUpgradeHeaders(statusCode, headers, statusText);
        const result = this[kHandler].onUpgrade(statusCode, headers, socket);
        if (!this.aborted) {
          this.completed = true;
          if (statusCode !== null) this.#publishUpgradeTrailers();
        }
        return result;
      }
      onUpgradeResponse(statusCode, headers, parseHeaders, statusText = "") {
        assert(!this.aborted);
        assert(this.completed);
        if (channels.headers.hasSubscribers) this.#publishUpgradeHeaders(statusCode, parseHeaders(headers), statusText);
        this.#publishUpgradeTrailers();
      }
      onUpgradeError(error) {
        assert(!this.aborted);
        assert(this.completed);
        if (channels.error.hasSubscribers) channels.error.publish({
          request: this,
          error: error
        });
      }
      #publishUpgradeHeaders(statusCode, headers, statusText) {
        if (channels.headers.hasSubscribers) channels.headers.publish({
          request: this,
          response: {
            statusCode: statusCode,
            headers: headers,
            statusText: statusText
          }
        });
      }
      #publishUpgradeTrailers() {
        if (channels.trailers.hasSubscribers) channels.trailers.publish({
          request: this,
          trailers: []
        });
      }
      onComplete(trailers) {
        this.onFinally();
        assert(!this.aborted);
        this.completed = true;
        if (channels.trailers.hasSubscribers) channels.trailers.publish({
          request: this,
          trailers: trailers
        });
        try {
          return this[kHandler].onComplete(trailers);
        } catch (err) {
          this.onError(err);
        }
      }
      onError(error) {
        this.onFinally();
        if (channels.error.hasSubscribers) channels.error.publish({
          request: this,
          error: error
        });
        if (this.aborted) return;
        this.aborted = true;
        return this[kHandler].onError(error);
      }
      onFinally() {
        if (this.errorHandler) {
          this.body.off("error", this.errorHandler);
          this.errorHandler = null;
        }
        if (this.endHandler) {
          this.body.off("end", this.endHandler);
          this.endHandler = null;
        }
      }
      addHeader(key, value) {
        processHeader(this, key, value);
        return this;
      }
    };
  },
  6443: module => {
    module.exports = {
      kClose: Symbol("close"),
      kDestroy: Symbol("destroy"),
      kDispatch: Symbol("dispatch"),
      kUrl: Symbol("url"),
      kWriting: Symbol("writing"),
      kResuming: Symbol("resuming"),
      kQueue: Symbol("queue"),
      kConnect: Symbol("connect"),
      kConnecting: Symbol("connecting"),
      kKeepAliveDefaultTimeout: Symbol("default keep alive timeout"),
      kKeepAliveMaxTimeout: Symbol("max keep alive timeout"),
      kKeepAliveTimeoutThreshold: Symbol("keep alive timeout threshold"),
      kKeepAliveTimeoutValue: Symbol("keep alive timeout"),
      kKeepAlive: Symbol("keep alive"),
      kHeadersTimeout: Symbol("headers timeout"),
      kBodyTimeout: Symbol("body timeout"),
      kServerName: Symbol("server name"),
      kLocalAddress: Symbol("local address"),
      kHost: Symbol("host"),
      kNoRef: Symbol("no ref"),
      kBodyUsed: Symbol("used"),
      kBody: Symbol("abstracted request body"),
      kRunning: Symbol("running"),
      kBlocking: Symbol("blocking"),
      kPending: Symbol("pending"),
      kSize: Symbol("size"),
      kBusy: Symbol("busy"),
      kQueued: Symbol("queued"),
      kFree: Symbol("free"),
      kConnected: Symbol("connected"),
      kClosed: Symbol("closed"),
      kNeedDrain: Symbol("need drain"),
      kReset: Symbol("reset"),
      kDestroyed: Symbol.for("nodejs.stream.destroyed"),
      kResume: Symbol("resume"),
      kOnError: Symbol("on error"),
      kMaxHeadersSize: Symbol("max headers size"),
      kRunningIdx: Symbol("running index"),
      kPendingIdx: Symbol("pending index"),
      kError: Symbol("error"),
      kClients: Symbol("clients"),
      kClient: Symbol("client"),
      kParser: Symbol("parser"),
      kOnDestroyed: Symbol("destroy callbacks"),
      kPipelining: Symbol("pipelining"),
      kSocket: Symbol("socket"),
      kHostHeader: Symbol("host header"),
      kConnector: Symbol("connector"),
      kStrictContentLength: Symbol("strict content length"),
      kMaxRedirections: Symbol("maxRedirections"),
      kMaxRequests: Symbol("maxRequestsPerClient"),
      kProxy: Symbol("proxy agent options"),
      kCounter: Symbol("socket request counter"),
      kInterceptors: Symbol("dispatch interceptors"),
      kMaxResponseSize: Symbol("max response size"),
      kHTTP2Session: Symbol("http2Session"),
      kHTTP2SessionState: Symbol("http2Session state"),
      kRetryHandlerDefaultRetry: Symbol("retry agent default retry"),
      kConstruct: Symbol("constructable"),
      kListeners: Symbol("listeners"),
      kHTTPContext: Symbol("http context"),
      kMaxConcurrentStreams: Symbol("max concurrent streams"),
      kNoProxyAgent: Symbol("no proxy agent"),
      kHttpProxyAgent: Symbol("http proxy agent"),
      kHttpsProxyAgent: Symbol("https proxy agent")
    };
  },
  7752: (module, __unused_webpack_exports, __nccwpck_require__) => {
    const {wellknownHeaderNames: wellknownHeaderNames, headerNameLowerCasedRecord: headerNameLowerCasedRecord} = __nccwpck_require__(735);
    class TstNode {
      value=null;
      left=null;
      middle=null;
      right=null;
      code;
      constructor(key, value, index) {
        if (index === void 0 || index >= key.length) throw new TypeError("Unreachable");
        const code = this.code = key.charCodeAt(index);
        if (code > 127) throw new TypeError("key must be ascii string");
        if (key.length !== ++index) this.middle = new TstNode(key, value, index); else this.value = value;
      }
      add(key, value) {
        const length = key.length;
        if (length === 0) throw new TypeError("Unreachable");
        let index = 0;
        let node = this;
        while (true) {
          const code = key.charCodeAt(index);
          if (code > 127) throw new TypeError("key must be ascii string");
          if (node.code === code) if (length === ++index) {
            node.value = value;
            break;
          } else if (node.middle !== null) node = node.middle; else {
            node.middle = new TstNode(key, value, index);
            break;
          } else if (node.code < code) if (node.left !== null) node = node.left; else {
            node.left = new TstNode(key, value, index);
            break;
          } else if (node.right !== null) node = node.right; else {
            node.right = new TstNode(key, value, index);
            break;
          }
        }
      }
      search(key) {
        const keylength = key.length;
        let index = 0;
        let node = this;
        while (node !== null && index < keylength) {
          let code = key[index];
          if (code <= 90 && code >= 65) code |= 32;
          while (node !== null) {
            if (code === node.code) {
              if (keylength === ++index) return node;
              node = node.middle;
              break;
            }
            node = node.code < code ? node.left : node.right;
          }
        }
        return null;
      }
    }
    class TernarySearchTree {
      node=null;
      insert(key, value) {
        if (this.node === null) this.node = new TstNode(key, value, 0); else this.node.add(key, value);
      }
      lookup(key) {
        return this.node?.search(key)?.value ?? null;
      }
    }
    const tree = new TernarySearchTree;
    for (let i = 0; i < wellknownHeaderNames.length; ++i) {
      const key = headerNameLowerCasedRecord[wellknownHeaderNames[i]];
      tree.insert(key, key);
    }
    module.exports = {
      TernarySearchTree: TernarySearchTree,
      tree: tree
    };
  },
  3440: (module, __unused_webpack_exports, __nccwpck_require__) => {
    const assert = __nccwpck_require__(4589);
    const {kDestroyed: kDestroyed, kBodyUsed: kBodyUsed, kListeners: kListeners, kBody: kBody} = __nccwpck_require__(6443);
    const {IncomingMessage: IncomingMessage} = __nccwpck_require__(7067);
    const stream = __nccwpck_require__(7075);
    const net = __nccwpck_require__(7030);
    const {Blob: Blob} = __nccwpck_require__(4573);
    const nodeUtil = __nccwpck_require__(7975);
    const {stringify: stringify} = __nccwpck_require__(1792);
    const {EventEmitter: EE} = __nccwpck_require__(8474);
    const {InvalidArgumentError: InvalidArgumentError} = __nccwpck_require__(8707);
    const {headerNameLowerCasedRecord: headerNameLowerCasedRecord} = __nccwpck_require__(735);
    const {tree: tree} = __nccwpck_require__(7752);
    const [nodeMajor, nodeMinor] = process.versions.node.split(".").map(v => Number(v));
    class BodyAsyncIterable {
      constructor(body) {
        this[kBody] = body;
        this[kBodyUsed] = false;
      }
      async* [Symbol.asyncIterator]() {
        assert(!this[kBodyUsed], "disturbed");
        this[kBodyUsed] = true;
        yield* this[kBody];
      }
    }
    function isStream(obj) {
      return obj && typeof obj === "object" && typeof obj.pipe === "function" && typeof obj.on === "function";
    }
    function isBlobLike(object) {
      if (object === null) return false; else if (object instanceof Blob) return true; else if (typeof object !== "object") return false; else {
        const sTag = object[Symbol.toStringTag];
        return (sTag === "Blob" || sTag === "File") && ("stream" in object && typeof object.stream === "function" || "arrayBuffer" in object && typeof object.arrayBuffer === "function");
      }
    }
    function isValidPort(port) {
      const value = parseInt(port, 10);
      return value === Number(port) && value >= 0 && value <= 65535;
    }
    function isHttpOrHttpsPrefixed(value) {
      return value != null && value[0] === "h" && value[1] === "t" && value[2] === "t" && value[3] === "p" && (value[4] === ":" || value[4] === "s" && value[5] === ":");
    }
    function parseURL(url) {
      if (typeof url === "string") {
        url = new URL(url);
        if (!isHttpOrHttpsPrefixed(url.origin || url.protocol)) throw new InvalidArgumentError("Invalid URL protocol: the URL must start with `http:` or `https:`.");
        return url;
      }
      if (!url || typeof url !== "object") throw new InvalidArgumentError("Invalid URL: The URL argument must be a non-null object.");
      if (!(url instanceof URL)) {
        if (url.port != null && url.port !== "" && isValidPort(url.port) === false) throw new InvalidArgumentError("Invalid URL: port must be a valid integer or a string representation of an integer.");
        if (url.path != null && typeof url.path !== "string") throw new InvalidArgumentError("Invalid URL path: the path must be a string or null/undefined.");
        if (url.pathname != null && typeof url.pathname !== "string") throw new InvalidArgumentError("Invalid URL pathname: the pathname must be a string or null/undefined.");
        if (url.hostname != null && typeof url.hostname !== "string") throw new InvalidArgumentError("Invalid URL hostname: the hostname must be a string or null/undefined.");
        if (url.origin != null && typeof url.origin !== "string") throw new InvalidArgumentError("Invalid URL origin: the origin must be a string or null/undefined.");
        if (!isHttpOrHttpsPrefixed(url.origin || url.protocol)) throw new InvalidArgumentError("Invalid URL protocol: the URL must start with `http:` or `https:`.");
        const port = url.port != null ? url.port : url.protocol === "https:" ? 443 : 80;
        let origin = url.origin != null ? url.origin : `${url.protocol || ""}//${url.hostname || ""}:${port}`;
        let path = url.path != null ? url.path : `${url.pathname || ""}${url.search || ""}`;
        if (origin[origin.length - 1] === "/") origin = origin.slice(0, origin.length - 1);
        if (path && path[0] !== "/") path = `/${path}`;
        return new URL(`${origin}${path}`);
      }
      if (!isHttpOrHttpsPrefixed(url.origin || url.protocol)) throw new InvalidArgumentError("Invalid URL protocol: the URL must start with `http:` or `https:`.");
      return url;
    }
    function getHostname(host) {
      if (host[0] === "[") {
        const idx = host.indexOf("]");
        assert(idx !== -1);
        return host.substring(1, idx);
      }
      const idx = host.indexOf(":");
      if (idx === -1) return host;
      return host.substring(0, idx);
    }
    function isIterable(obj) {
      return !!(obj != null && (typeof obj[Symbol.iterator] === "function" || typeof obj[Symbol.asyncIterator] === "function"));
    }
    function bodyLength(body) {
      if (body == null) return 0; else if (isStream(body)) {
        const state = body._readableState;
        return state && state.objectMode === false && state.ended === true && Number.isFinite(state.length) ? state.length : null;
      } else if (isBlobLike(body)) return body.size != null ? body.size : null; else if (isBuffer(body)) return body.byteLength;
      return null;
    }
    function isDestroyed(body) {
      return body && !!(body.destroyed || body[kDestroyed] || stream.isDestroyed?.(body));
    }
    const KEEPALIVE_TIMEOUT_EXPR = /timeout=(\d+)/;
    function headerNameToString(value) {
      return typeof value === "string" ? headerNameLowerCasedRecord[value] ?? value.toLowerCase() : tree.lookup(value) ?? value.toString("latin1").toLowerCase();
    }
    function isBuffer(buffer) {
      return buffer instanceof Uint8Array || Buffer.isBuffer(buffer);
    }
    const hasToWellFormed = typeof String.prototype.toWellFormed === "function";
    const hasIsWellFormed = typeof String.prototype.isWellFormed === "function";
    function toUSVString(val) {
      return hasToWellFormed ? `${val}`.toWellFormed() : nodeUtil.toUSVString(val);
    }
    function isTokenCharCode(c) {
      switch (c) {
       case 34:
       case 40:
       case 41:
       case 44:
       case 47:
       case 58:
       case 59:
       case 60:
       case 61:
       case 62:
       case 63:
       case 64:
       case 91:
       case 92:
       case 93:
       case 123:
       case 125:
        return false;

       default:
        return c >= 33 && c <= 126;
      }
    }
    const headerCharRegex = /[^\t\x20-\x7e\x80-\xff]/;
    const kEnumerableProperty = Object.create(null);
    kEnumerableProperty.enumerable = true;
    const normalizedMethodRecordsBase = {
      delete: "DELETE",
      DELETE: "DELETE",
      get: "GET",
      GET: "GET",
      head: "HEAD",
      HEAD: "HEAD",
      options: "OPTIONS",
      OPTIONS: "OPTIONS",
      post: "POST",
      POST: "POST",
      put: "PUT",
      PUT: "PUT"
    };
    const normalizedMethodRecords = {
      ...normalizedMethodRecordsBase,
      patch: "patch",
      PATCH: "PATCH"
    };
    Object.setPrototypeOf(normalizedMethodRecordsBase, null);
    Object.setPrototypeOf(normalizedMethodRecords, null);
    module.exports = {
      kEnumerableProperty: kEnumerableProperty,
      nop: function() {},
      isDisturbed: function(body) {
        return !!(body && (stream.isDisturbed(body) || body[kBodyUsed]));
      },
      isErrored: function(body) {
        return !!(body && stream.isErrored(body));
      },
      isReadable: function(body) {
        return !!(body && stream.isReadable(body));
      },
      toUSVString: toUSVString,
      isUSVString: function(val) {
        return hasIsWellFormed ? `${val}`.isWellFormed() : toUSVString(val) === `${val}`;
      },
      isBlobLike: isBlobLike,
      parseOrigin: function(url) {
        url = parseURL(url);
        if (url.pathname !== "/" || url.search || url.hash) throw new InvalidArgumentError("invalid url");
        return url;
      },
      parseURL: parseURL,
      getServerName: function(host) {
        if (!host) return null;
        assert(typeof host === "string");
        const servername = getHostname(host);
        if (net.isIP(servername)) return "";
        return servername;
      },
      isStream: isStream,
      isIterable: isIterable,
      isAsyncIterable: function(obj) {
        return !!(obj != null && typeof obj[Symbol.asyncIterator] === "function");
      },
      isDestroyed: isDestroyed,
      headerNameToString: headerNameToString,
      bufferToLowerCasedHeaderName: function(value) {
        return tree.lookup(value) ?? value.toString("latin1").toLowerCase();
      },
      addListener: function(obj, name, listener) {
        const listeners = obj[kListeners] ??= [];
        listeners.push([ name, listener ]);
        obj.on(name, listener);
        return obj;
      },
      removeAllListeners: function(obj) {
        for (const [name, listener] of obj[kListeners] ?? []) obj.removeListener(name, listener);
        obj[kListeners] = null;
      },
      errorRequest: function(client, request, err) {
        try {
          request.onError(err);
          assert(request.aborted);
        } catch (err) {
          client.emit("error", err);
        }
      },
      parseRawHeaders: function(headers) {
        const len = headers.length;
        const ret = new Array(len);
        let hasContentLength = false;
        let contentDispositionIdx = -1;
        let key;
        let val;
        let kLen = 0;
        for (let n = 0; n < headers.length; n += 2) {
          key = headers[n];
          val = headers[n + 1];
          typeof key !== "string" && (key = key.toString());
          typeof val !== "string" && (val = val.toString("utf8"));
          kLen = key.length;
          if (kLen === 14 && key[7] === "-" && (key === "content-length" || key.toLowerCase() === "content-length")) hasContentLength = true; else if (kLen === 19 && key[7] === "-" && (key === "content-disposition" || key.toLowerCase() === "content-disposition")) contentDispositionIdx = n + 1;
          ret[n] = key;
          ret[n + 1] = val;
        }
        if (hasContentLength && contentDispositionIdx !== -1) ret[contentDispositionIdx] = Buffer.from(ret[contentDispositionIdx]).toString("latin1");
        return ret;
      },
      parseHeaders: function(headers, obj) {
        if (obj === void 0) obj = {};
        for (let i = 0; i < headers.length; i += 2) {
          const key = headerNameToString(headers[i]);
          let val = obj[key];
          if (val) {
            if (typeof val === "string") {
              val = [ val ];
              obj[key] = val;
            }
            val.push(headers[i + 1].toString("utf8"));
          } else {
            const headersValue = headers[i + 1];
            if (typeof headersValue === "string") obj[key] = headersValue; else obj[key] = Array.isArray(headersValue) ? headersValue.map(x => x.toString("utf8")) : headersValue.toString("utf8");
          }
        }
        if ("content-length" in obj && "content-disposition" in obj) obj["content-disposition"] = Buffer.from(obj["content-disposition"]).toString("latin1");
        return obj;
      },
      parseKeepAliveTimeout: function(val) {
        const m = val.toString().match(KEEPALIVE_TIMEOUT_EXPR);
        return m ? parseInt(m[1], 10) * 1e3 : null;
      },
      destroy: function(stream, err) {
        if (stream == null || !isStream(stream) || isDestroyed(stream)) return;
        if (typeof stream.destroy === "function") {
          if (Object.getPrototypeOf(stream).constructor === IncomingMessage) stream.socket = null;
          stream.destroy(err);
        } else if (err) queueMicrotask(() => {
          stream.emit("error", err);
        });
        if (stream.destroyed !== true) stream[kDestroyed] = true;
      },
      bodyLength: bodyLength,
      deepClone: function(obj) {
        return JSON.parse(JSON.stringify(obj));
      },
      ReadableStreamFrom: function(iterable) {
        let iterator;
        return new ReadableStream({
          async start() {
            iterator = iterable[Symbol.asyncIterator]();
          },
          async pull(controller) {
            const {done: done, value: value} = await iterator.next();
            if (done) queueMicrotask(() => {
              controller.close();
              controller.byobRequest?.respond(0);
            }); else {
              const buf = Buffer.isBuffer(value) ? value : Buffer.from(value);
              if (buf.byteLength) controller.enqueue(new Uint8Array(buf));
            }
            return controller.desiredSize > 0;
          },
          async cancel(reason) {
            await iterator.return();
          },
          type: "bytes"
        });
      },
      isBuffer: isBuffer,
      validateHandler: function(handler, method, upgrade) {
        if (!handler || typeof handler !== "object") throw new InvalidArgumentError("handler must be an object");
        if (typeof handler.onConnect !== "function") throw new InvalidArgumentError("invalid onConnect method");
        if (typeof handler.onError !== "function") throw new InvalidArgumentError("invalid onError method");
        if (typeof handler.onBodySent !== "function" && handler.onBodySent !== void 0) throw new InvalidArgumentError("invalid onBodySent method");
        if (upgrade || method === "CONNECT") {
          if (typeof handler.onUpgrade !== "function") throw new InvalidArgumentError("invalid onUpgrade method");
        } else {
          if (typeof handler.onHeaders !== "function") throw new InvalidArgumentError("invalid onHeaders method");
          if (typeof handler.onData !== "function") throw new InvalidArgumentError("invalid onData method");
          if (typeof handler.onComplete !== "function") throw new InvalidArgumentError("invalid onComplete method");
        }
      },
      getSocketInfo: function(socket) {
        return {
          localAddress: socket.localAddress,
          localPort: socket.localPort,
          remoteAddress: socket.remoteAddress,
          remotePort: socket.remotePort,
          remoteFamily: socket.remoteFamily,
          timeout: socket.timeout,
          bytesWritten: socket.bytesWritten,
          bytesRead: socket.bytesRead
        };
      },
      isFormDataLike: function(object) {
        return object && typeof object === "object" && typeof object.append === "function" && typeof object.delete === "function" && typeof object.get === "function" && typeof object.getAll === "function" && typeof object.has === "function" && typeof object.set === "function" && object[Symbol.toStringTag] === "FormData";
      },
      buildURL: function(url, queryParams) {
        if (url.includes("?") || url.includes("#")) throw new Error('Query params cannot be passed when url already contains "?" or "#".');
        const stringified = stringify(queryParams);
        if (stringified) url += "?" + stringified;
        return url;
      },
      addAbortListener: function(signal, listener) {
        if ("addEventListener" in signal) {
          signal.addEventListener("abort", listener, {
            once: true
          });
          return () => signal.removeEventListener("abort", listener);
        }
        signal.addListener("abort", listener);
        return () => signal.removeListener("abort", listener);
      },
      isValidHTTPToken: function(characters) {
        if (characters.length === 0) return false;
        for (let i = 0; i < characters.length; ++i) if (!isTokenCharCode(characters.charCodeAt(i))) return false;
        return true;
      },
      isValidHeaderValue: function(characters) {
        return !headerCharRegex.test(characters);
      },
      isTokenCharCode: isTokenCharCode,
      parseRangeHeader: function(range) {
        if (range == null || range === "") return {
          start: 0,
          end: null,
          size: null
        };
        const m = range ? range.match(/^bytes (\d+)-(\d+)\/(\d+)?$/) : null;
        return m ? {
          start: parseInt(m[1]),
          end: m[2] ? parseInt(m[2]) : null,
          size: m[3] ? parseInt(m[3]) : null
        } : null;
      },
      normalizedMethodRecordsBase: normalizedMethodRecordsBase,
      normalizedMethodRecords: normalizedMethodRecords,
      isValidPort: isValidPort,
      isHttpOrHttpsPrefixed: isHttpOrHttpsPrefixed,
      nodeMajor: nodeMajor,
      nodeMinor: nodeMinor,
      safeHTTPMethods: [ "GET", "HEAD", "OPTIONS", "TRACE" ],
      wrapRequestBody: function(body) {
        if (isStream(body)) {
          if (bodyLength(body) === 0) body.on("data", function() {
            assert(false);
          });
          if (typeof body.readableDidRead !== "boolean") {
            body[kBodyUsed] = false;
            EE.prototype.on.call(body, "data", function() {
              this[kBodyUsed] = true;
            });
          }
          return body;
        } else if (body && typeof body.pipeTo === "function") return new BodyAsyncIterable(body); else if (body && typeof body !== "string" && !ArrayBuffer.isView(body) && isIterable(body)) return new BodyAsyncIterable(body); else return body;
      }
    };
  },
  7405: (module, __unused_webpack_exports, __nccwpck_require__) => {
    const {InvalidArgumentError: InvalidArgumentError} = __nccwpck_require__(8707);
    const {kClients: kClients, kRunning: kRunning, kClose: kClose, kDestroy: kDestroy, kDispatch: kDispatch, kInterceptors: kInterceptors} = __nccwpck_require__(6443);
    const DispatcherBase = __nccwpck_require__(1841);
    const Pool = __nccwpck_require__(628);
    const Client = __nccwpck_require__(3701);
    const util = __nccwpck_require__(3440);
    const createRedirectInterceptor = __nccwpck_require__(5092);
    const kOnConnect = Symbol("onConnect");
    const kOnDisconnect = Symbol("onDisconnect");
    const kOnConnectionError = Symbol("onConnectionError");
    const kMaxRedirections = Symbol("maxRedirections");
    const kOnDrain = Symbol("onDrain");
    const kFactory = Symbol("factory");
    const kOptions = Symbol("options");
    function defaultFactory(origin, opts) {
      return opts && opts.connections === 1 ? new Client(origin, opts) : new Pool(origin, opts);
    }
    module.exports = class extends DispatcherBase {
      constructor({factory: factory = defaultFactory, maxRedirections: maxRedirections = 0, connect: connect, tls: tls, ...options} = {}) {
        if (typeof factory !== "function") throw new InvalidArgumentError("factory must be a function.");
        if (connect != null && typeof connect !== "function" && typeof connect !== "object") throw new InvalidArgumentError("connect must be a function or an object");
        if (!Number.isInteger(maxRedirections) || maxRedirections < 0) throw new InvalidArgumentError("maxRedirections must be a positive number");
        super(options);
        if (connect && typeof connect !== "function") connect = {
          ...connect
        };
        if (tls && typeof tls !== "function") tls = {
          ...tls
        };
        this[kInterceptors] = options.interceptors?.Agent && Array.isArray(options.interceptors.Agent) ? options.interceptors.Agent : [ createRedirectInterceptor({
          maxRedirections: maxRedirections
        }) ];
        this[kOptions] = {
          ...util.deepClone(options),
          connect: connect,
          tls: tls
        };
        this[kOptions].interceptors = options.interceptors ? {
          ...options.interceptors
        } : void 0;
        this[kMaxRedirections] = maxRedirections;
        this[kFactory] = factory;
        this[kClients] = new Map;
        this[kOnDrain] = (origin, targets) => {
          this.emit("drain", origin, [ this, ...targets ]);
        };
        this[kOnConnect] = (origin, targets) => {
          this.emit("connect", origin, [ this, ...targets ]);
        };
        this[kOnDisconnect] = (origin, targets, err) => {
          this.emit("disconnect", origin, [ this, ...targets ], err);
        };
        this[kOnConnectionError] = (origin, targets, err) => {
          this.emit("connectionError", origin, [ this, ...targets ], err);
        };
      }
      get [kRunning]() {
        let ret = 0;
        for (const client of this[kClients].values()) ret += client[kRunning];
        return ret;
      }
      [kDispatch](opts, handler) {
        let key;
        if (opts.origin && (typeof opts.origin === "string" || opts.origin instanceof URL)) key = String(opts.origin); else throw new InvalidArgumentError("opts.origin must be a non-empty string or URL.");
        let dispatcher = this[kClients].get(key);
        if (!dispatcher) {
          dispatcher = this[kFactory](opts.origin, this[kOptions]).on("drain", this[kOnDrain]).on("connect", this[kOnConnect]).on("disconnect", this[kOnDisconnect]).on("connectionError", this[kOnConnectionError]);
          this[kClients].set(key, dispatcher);
        }
        return dispatcher.dispatch(opts, handler);
      }
      async [kClose]() {
        const closePromises = [];
        for (const client of this[kClients].values()) closePromises.push(client.close());
        this[kClients].clear();
        await Promise.all(closePromises);
      }
      async [kDestroy](err) {
        const destroyPromises = [];
        for (const client of this[kClients].values()) destroyPromises.push(client.destroy(err));
        this[kClients].clear();
        await Promise.all(destroyPromises);
      }
    };
  },
  837: (module, __unused_webpack_exports, __nccwpck_require__) => {
    const {BalancedPoolMissingUpstreamError: BalancedPoolMissingUpstreamError, InvalidArgumentError: InvalidArgumentError} = __nccwpck_require__(8707);
    const {PoolBase: PoolBase, kClients: kClients, kNeedDrain: kNeedDrain, kAddClient: kAddClient, kRemoveClient: kRemoveClient, kGetDispatcher: kGetDispatcher} = __nccwpck_require__(2128);
    const Pool = __nccwpck_require__(628);
    const {kUrl: kUrl, kInterceptors: kInterceptors} = __nccwpck_require__(6443);
    const {parseOrigin: parseOrigin} = __nccwpck_require__(3440);
    const kFactory = Symbol("factory");
    const kOptions = Symbol("options");
    const kGreatestCommonDivisor = Symbol("kGreatestCommonDivisor");
    const kCurrentWeight = Symbol("kCurrentWeight");
    const kIndex = Symbol("kIndex");
    const kWeight = Symbol("kWeight");
    const kMaxWeightPerServer = Symbol("kMaxWeightPerServer");
    const kErrorPenalty = Symbol("kErrorPenalty");
    function getGreatestCommonDivisor(a, b) {
      if (a === 0) return b;
      while (b !== 0) {
        const t = b;
        b = a % b;
        a = t;
      }
      return a;
    }
    function defaultFactory(origin, opts) {
      return new Pool(origin, opts);
    }
    module.exports = class extends PoolBase {
      constructor(upstreams = [], {factory: factory = defaultFactory, ...opts} = {}) {
        super();
        this[kOptions] = opts;
        this[kIndex] = -1;
        this[kCurrentWeight] = 0;
        this[kMaxWeightPerServer] = this[kOptions].maxWeightPerServer || 100;
        this[kErrorPenalty] = this[kOptions].errorPenalty || 15;
        if (!Array.isArray(upstreams)) upstreams = [ upstreams ];
        if (typeof factory !== "function") throw new InvalidArgumentError("factory must be a function.");
        this[kInterceptors] = opts.interceptors?.BalancedPool && Array.isArray(opts.interceptors.BalancedPool) ? opts.interceptors.BalancedPool : [];
        this[kFactory] = factory;
        for (const upstream of upstreams) this.addUpstream(upstream);
        this._updateBalancedPoolStats();
      }
      addUpstream(upstream) {
        const upstreamOrigin = parseOrigin(upstream).origin;
        if (this[kClients].find(pool => pool[kUrl].origin === upstreamOrigin && pool.closed !== true && pool.destroyed !== true)) return this;
        const pool = this[kFactory](upstreamOrigin, Object.assign({}, this[kOptions]));
        this[kAddClient](pool);
        pool.on("connect", () => {
          pool[kWeight] = Math.min(this[kMaxWeightPerServer], pool[kWeight] + this[kErrorPenalty]);
        });
        pool.on("connectionError", () => {
          pool[kWeight] = Math.max(1, pool[kWeight] - this[kErrorPenalty]);
          this._updateBalancedPoolStats();
        });
        pool.on("disconnect", (...args) => {
          const err = args[2];
          if (err && err.code === "UND_ERR_SOCKET") {
            pool[kWeight] = Math.max(1, pool[kWeight] - this[kErrorPenalty]);
            this._updateBalancedPoolStats();
          }
        });
        for (const client of this[kClients]) client[kWeight] = this[kMaxWeightPerServer];
        this._updateBalancedPoolStats();
        return this;
      }
      _updateBalancedPoolStats() {
        let result = 0;
        for (let i = 0; i < this[kClients].length; i++) result = getGreatestCommonDivisor(this[kClients][i][kWeight], result);
        this[kGreatestCommonDivisor] = result;
      }
      removeUpstream(upstream) {
        const upstreamOrigin = parseOrigin(upstream).origin;
        const pool = this[kClients].find(pool => pool[kUrl].origin === upstreamOrigin && pool.closed !== true && pool.destroyed !== true);
        if (pool) this[kRemoveClient](pool);
        return this;
      }
      get upstreams() {
        return this[kClients].filter(dispatcher => dispatcher.closed !== true && dispatcher.destroyed !== true).map(p => p[kUrl].origin);
      }
      [kGetDispatcher]() {
        if (this[kClients].length === 0) throw new BalancedPoolMissingUpstreamError;
        const dispatcher = this[kClients].find(dispatcher => !dispatcher[kNeedDrain] && dispatcher.closed !== true && dispatcher.destroyed !== true);
        if (!dispatcher) return;
        const allClientsBusy = this[kClients].map(pool => pool[kNeedDrain]).reduce((a, b) => a && b, true);
        if (allClientsBusy) return;
        let counter = 0;
        let maxWeightIndex = this[kClients].findIndex(pool => !pool[kNeedDrain]);
        while (counter++ < this[kClients].length) {
          this[kIndex] = (this[kIndex] + 1) % this[kClients].length;
          const pool = this[kClients][this[kIndex]];
          if (pool[kWeight] > this[kClients][maxWeightIndex][kWeight] && !pool[kNeedDrain]) maxWeightIndex = this[kIndex];
          if (this[kIndex] === 0) {
            this[kCurrentWeight] = this[kCurrentWeight] - this[kGreatestCommonDivisor];
            if (this[kCurrentWeight] <= 0) this[kCurrentWeight] = this[kMaxWeightPerServer];
          }
          if (pool[kWeight] >= this[kCurrentWeight] && !pool[kNeedDrain]) return pool;
        }
        this[kCurrentWeight] = this[kClients][maxWeightIndex][kWeight];
        this[kIndex] = maxWeightIndex;
        return this[kClients][maxWeightIndex];
      }
    };
  },
  637: (module, __unused_webpack_exports, __nccwpck_require__) => {
    const assert = __nccwpck_require__(4589);
    const util = __nccwpck_require__(3440);
    const {channels: channels} = __nccwpck_require__(2414);
    const timers = __nccwpck_require__(6603);
    const {RequestContentLengthMismatchError: RequestContentLengthMismatchError, ResponseContentLengthMismatchError: ResponseContentLengthMismatchError, RequestAbortedError: RequestAbortedError, InvalidArgumentError: InvalidArgumentError, HeadersTimeoutError: HeadersTimeoutError, HeadersOverflowError: HeadersOverflowError, SocketError: SocketError, InformationalError: InformationalError, BodyTimeoutError: BodyTimeoutError, HTTPParserError: HTTPParserError, ResponseExceededMaxSizeError: ResponseExceededMaxSizeError} = __nccwpck_require__(8707);
    const {kUrl: kUrl, kReset: kReset, kClient: kClient, kParser: kParser, kBlocking: kBlocking, kRunning: kRunning, kPending: kPending, kSize: kSize, kWriting: kWriting, kQueue: kQueue, kNoRef: kNoRef, kKeepAliveDefaultTimeout: kKeepAliveDefaultTimeout, kHostHeader: kHostHeader, kPendingIdx: kPendingIdx, kRunningIdx: kRunningIdx, kError: kError, kPipelining: kPipelining, kSocket: kSocket, kKeepAliveTimeoutValue: kKeepAliveTimeoutValue, kMaxHeadersSize: kMaxHeadersSize, kKeepAliveMaxTimeout: kKeepAliveMaxTimeout, kKeepAliveTimeoutThreshold: kKeepAliveTimeoutThreshold, kHeadersTimeout: kHeadersTimeout, kBodyTimeout: kBodyTimeout, kStrictContentLength: kStrictContentLength, kMaxRequests: kMaxRequests, kCounter: kCounter, kMaxResponseSize: kMaxResponseSize, kOnError: kOnError, kResume: kResume, kHTTPContext: kHTTPContext} = __nccwpck_require__(6443);
    const constants = __nccwpck_require__(2824);
    const EMPTY_BUF = Buffer.alloc(0);
    const FastBuffer = Buffer[Symbol.species];
    const addListener = util.addListener;
    const removeAllListeners = util.removeAllListeners;
    const kIdleSocketValidation = Symbol("kIdleSocketValidation");
    const kIdleSocketValidationTimeout = Symbol("kIdleSocketValidationTimeout");
    const kSocketUsed = Symbol("kSocketUsed");
    let extractBody;
    let llhttpInstance = null;
    let llhttpPromise = async function() {
      const llhttpWasmData = process.env.JEST_WORKER_ID ? __nccwpck_require__(3870) : void 0;
      let mod;
      try {
        mod = await WebAssembly.compile(__nccwpck_require__(3434));
      } catch (e) {
        mod = await WebAssembly.compile(llhttpWasmData || __nccwpck_require__(3870));
      }
      return await WebAssembly.instantiate(mod, {
        env: {
          wasm_on_url: (p, at, len) => 0,
          wasm_on_status: (p, at, len) => {
            assert(currentParser.ptr === p);
            const start = at - currentBufferPtr + currentBufferRef.byteOffset;
            return currentParser.onStatus(new FastBuffer(currentBufferRef.buffer, start, len)) || 0;
          },
          wasm_on_message_begin: p => {
            assert(currentParser.ptr === p);
            return currentParser.onMessageBegin() || 0;
          },
          wasm_on_header_field: (p, at, len) => {
            assert(currentParser.ptr === p);
            const start = at - currentBufferPtr + currentBufferRef.byteOffset;
            return currentParser.onHeaderField(new FastBuffer(currentBufferRef.buffer, start, len)) || 0;
          },
          wasm_on_header_value: (p, at, len) => {
            assert(currentParser.ptr === p);
            const start = at - currentBufferPtr + currentBufferRef.byteOffset;
            return currentParser.onHeaderValue(new FastBuffer(currentBufferRef.buffer, start, len)) || 0;
          },
          wasm_on_headers_complete: (p, statusCode, upgrade, shouldKeepAlive) => {
            assert(currentParser.ptr === p);
            return currentParser.onHeadersComplete(statusCode, Boolean(upgrade), Boolean(shouldKeepAlive)) || 0;
          },
          wasm_on_body: (p, at, len) => {
            assert(currentParser.ptr === p);
            const start = at - currentBufferPtr + currentBufferRef.byteOffset;
            return currentParser.onBody(new FastBuffer(currentBufferRef.buffer, start, len)) || 0;
          },
          wasm_on_message_complete: p => {
            assert(currentParser.ptr === p);
            return currentParser.onMessageComplete() || 0;
          }
        }
      });
    }();
    llhttpPromise.catch();
    let currentParser = null;
    let currentBufferRef = null;
    let currentBufferSize = 0;
    let currentBufferPtr = null;
    const USE_FAST_TIMER = 1;
    const TIMEOUT_HEADERS = 2 | USE_FAST_TIMER;
    const TIMEOUT_BODY = 4 | USE_FAST_TIMER;
    const TIMEOUT_KEEP_ALIVE = 8 | 0;
    class Parser {
      constructor(client, socket, {exports: exports}) {
        assert(Number.isFinite(client[kMaxHeadersSize]) && client[kMaxHeadersSize] > 0);
        this.llhttp = exports;
        this.ptr = this.llhttp.llhttp_alloc(constants.TYPE.RESPONSE);
        this.client = client;
        this.socket = socket;
        this.timeout = null;
        this.timeoutValue = null;
        this.timeoutType = null;
        this.statusCode = null;
        this.statusText = "";
        this.upgrade = false;
        this.headers = [];
        this.headersSize = 0;
        this.headersMaxSize = client[kMaxHeadersSize];
        this.shouldKeepAlive = false;
        this.paused = false;
        this.resume = this.resume.bind(this);
        this.bytesRead = 0;
        this.keepAlive = "";
        this.contentLength = "";
        this.connection = "";
        this.maxResponseSize = client[kMaxResponseSize];
      }
      setTimeout(delay, type) {
        if (delay !== this.timeoutValue || type & USE_FAST_TIMER ^ this.timeoutType & USE_FAST_TIMER) {
          if (this.timeout) {
            timers.clearTimeout(this.timeout);
            this.timeout = null;
          }
          if (delay) if (type & USE_FAST_TIMER) this.timeout = timers.setFastTimeout(onParserTimeout, delay, new WeakRef(this)); else {
            this.timeout = setTimeout(onParserTimeout, delay, new WeakRef(this));
            this.timeout.unref();
          }
          this.timeoutValue = delay;
        } else if (this.timeout) if (this.timeout.refresh) this.timeout.refresh();
        this.timeoutType = type;
      }
      resume() {
        if (this.socket.destroyed || !this.paused) return;
        assert(this.ptr != null);
        assert(currentParser == null);
        this.llhttp.llhttp_resume(this.ptr);
        assert(this.timeoutType === TIMEOUT_BODY);
        if (this.timeout) if (this.timeout.refresh) this.timeout.refresh();
        this.paused = false;
        this.execute(this.socket.read() || EMPTY_BUF);
        this.readMore();
      }
      readMore() {
        while (!this.paused && this.ptr) {
          const chunk = this.socket.read();
          if (chunk === null) break;
          this.execute(chunk);
        }
      }
      execute(data) {
        assert(this.ptr != null);
        assert(currentParser == null);
        assert(!this.paused);
        const {socket: socket, llhttp: llhttp} = this;
        if (data.length > currentBufferSize) {
          if (currentBufferPtr) llhttp.free(currentBufferPtr);
          currentBufferSize = Math.ceil(data.length / 4096) * 4096;
          currentBufferPtr = llhttp.malloc(currentBufferSize);
        }
        new Uint8Array(llhttp.memory.buffer, currentBufferPtr, currentBufferSize).set(data);
        try {
          let ret;
          try {
            currentBufferRef = data;
            currentParser = this;
            ret = llhttp.llhttp_execute(this.ptr, currentBufferPtr, data.length);
          } catch (err) {
            throw err;
          } finally {
            currentParser = null;
            currentBufferRef = null;
          }
          const offset = llhttp.llhttp_get_error_pos(this.ptr) - currentBufferPtr;
          if (ret !== constants.ERROR.OK) {
            const body = data.subarray(offset);
            if (ret === constants.ERROR.PAUSED_UPGRADE) this.onUpgrade(body); else if (ret === constants.ERROR.PAUSED) {
              this.paused = true;
              socket.unshift(body);
            } else throw this.createError(ret, body);
          }
        } catch (err) {
          util.destroy(socket, err);
        }
      }
      finish() {
        assert(currentParser === null);
        assert(this.ptr != null);
        assert(!this.paused);
        const {llhttp: llhttp} = this;
        let ret;
        try {
          currentParser = this;
          ret = llhttp.llhttp_finish(this.ptr);
        } finally {
          currentParser = null;
        }
        if (ret === constants.ERROR.OK) return null;
        if (ret === constants.ERROR.PAUSED || ret === constants.ERROR.PAUSED_UPGRADE) {
          this.paused = true;
          return null;
        }
        return this.createError(ret, EMPTY_BUF);
      }
      createError(ret, data) {
        const {llhttp: llhttp, contentLength: contentLength, bytesRead: bytesRead} = this;
        if (contentLength && bytesRead !== parseInt(contentLength, 10)) return new ResponseContentLengthMismatchError;
        const ptr = llhttp.llhttp_get_error_reason(this.ptr);
        let message = "";
        if (ptr) {
          const len = new Uint8Array(llhttp.memory.buffer, ptr).indexOf(0);
          message = "Response does not match the HTTP/1.1 protocol (" + Buffer.from(llhttp.memory.buffer, ptr, len).toString() + ")";
        }
        return new HTTPParserError(message, constants.ERROR[ret], data);
      }
      destroy() {
        assert(this.ptr != null);
        assert(currentParser == null);
        this.llhttp.llhttp_free(this.ptr);
        this.ptr = null;
        this.timeout && timers.clearTimeout(this.timeout);
        this.timeout = null;
        this.timeoutValue = null;
        this.timeoutType = null;
        this.paused = false;
      }
      onStatus(buf) {
        this.statusText = buf.toString();
      }
      onMessageBegin() {
        const {socket: socket, client: client} = this;
        if (socket.destroyed) return -1;
        if (client[kRunning] === 0) {
          util.destroy(socket, new SocketError("bad response", util.getSocketInfo(socket)));
          return -1;
        }
        const request = client[kQueue][client[kRunningIdx]];
        if (!request) return -1;
        request.onResponseStarted();
      }
      onHeaderField(buf) {
        const len = this.headers.length;
        if ((len & 1) === 0) this.headers.push(buf); else this.headers[len - 1] = Buffer.concat([ this.headers[len - 1], buf ]);
        this.trackHeader(buf.length);
      }
      onHeaderValue(buf) {
        let len = this.headers.length;
        if ((len & 1) === 1) {
          this.headers.push(buf);
          len += 1;
        } else this.headers[len - 1] = Buffer.concat([ this.headers[len - 1], buf ]);
        const key = this.headers[len - 2];
        if (key.length === 10) {
          const headerName = util.bufferToLowerCasedHeaderName(key);
          if (headerName === "keep-alive") this.keepAlive += buf.toString(); else if (headerName === "connection") this.connection += buf.toString();
        } else if (key.length === 14 && util.bufferToLowerCasedHeaderName(key) === "content-length") this.contentLength += buf.toString();
        this.trackHeader(buf.length);
      }
      trackHeader(len) {
        this.headersSize += len;
        if (this.headersSize >= this.headersMaxSize) util.destroy(this.socket, new HeadersOverflowError);
      }
      onUpgrade(head) {
        const {upgrade: upgrade, client: client, socket: socket, headers: headers, statusCode: statusCode, statusText: statusText} = this;
        assert(upgrade);
        assert(client[kSocket] === socket);
        assert(!socket.destroyed);
        assert(!this.paused);
        assert((headers.length & 1) === 0);
        const request = client[kQueue][client[kRunningIdx]];
        assert(request);
        assert(request.upgrade || request.method === "CONNECT");
        this.statusCode = null;
        this.statusText = "";
        this.shouldKeepAlive = null;
        this.headers = [];
        this.headersSize = 0;
        socket.unshift(head);
        socket[kParser].destroy();
        socket[kParser] = null;
        socket[kClient] = null;
        socket[kError] = null;
        removeAllListeners(socket);
        client[kSocket] = null;
        client[kHTTPContext] = null;
        client[kQueue][client[kRunningIdx]++] = null;
        client.emit("disconnect", client[kUrl], [ client ], new InformationalError("upgrade"));
        try {
          request.onUpgrade(statusCode, headers, socket, statusText);
        } catch (error) {
          util.errorRequest(client, request, error);
          util.destroy(socket, error);
        }
        client[kResume]();
      }
      onHeadersComplete(statusCode, upgrade, shouldKeepAlive) {
        const {client: client, socket: socket, headers: headers, statusText: statusText} = this;
        if (socket.destroyed) return -1;
        if (client[kRunning] === 0) {
          util.destroy(socket, new SocketError("bad response", util.getSocketInfo(socket)));
          return -1;
        }
        const request = client[kQueue][client[kRunningIdx]];
        if (!request) return -1;
        assert(!this.upgrade);
        assert(this.statusCode < 200);
        if (statusCode === 100) {
          util.destroy(socket, new SocketError("bad response", util.getSocketInfo(socket)));
          return -1;
        }
        if (upgrade && !request.upgrade) {
          util.destroy(socket, new SocketError("bad upgrade", util.getSocketInfo(socket)));
          return -1;
        }
        assert(this.timeoutType === TIMEOUT_HEADERS);
        this.statusCode = statusCode;
        this.shouldKeepAlive = shouldKeepAlive || request.method === "HEAD" && !socket[kReset] && this.connection.toLowerCase() === "keep-alive";
        if (this.statusCode >= 200) {
          const bodyTimeout = request.bodyTimeout != null ? request.bodyTimeout : client[kBodyTimeout];
          this.setTimeout(bodyTimeout, TIMEOUT_BODY);
        } else if (this.timeout) if (this.timeout.refresh) this.timeout.refresh();
        if (request.method === "CONNECT") {
          assert(client[kRunning] === 1);
          this.upgrade = true;
          return 2;
        }
        if (upgrade) {
          assert(client[kRunning] === 1);
          this.upgrade = true;
          return 2;
        }
        assert((this.headers.length & 1) === 0);
        this.headers = [];
        this.headersSize = 0;
        if (this.shouldKeepAlive && client[kPipelining]) {
          const keepAliveTimeout = this.keepAlive ? util.parseKeepAliveTimeout(this.keepAlive) : null;
          if (keepAliveTimeout != null) {
            const timeout = Math.min(keepAliveTimeout - client[kKeepAliveTimeoutThreshold], client[kKeepAliveMaxTimeout]);
            if (timeout <= 0) socket[kReset] = true; else client[kKeepAliveTimeoutValue] = timeout;
          } else client[kKeepAliveTimeoutValue] = client[kKeepAliveDefaultTimeout];
        } else socket[kReset] = true;
        const pause = request.onHeaders(statusCode, headers, this.resume, statusText) === false;
        if (request.aborted) return -1;
        if (request.method === "HEAD") return 1;
        if (statusCode < 200) return 1;
        if (socket[kBlocking]) {
          socket[kBlocking] = false;
          client[kResume]();
        }
        return pause ? constants.ERROR.PAUSED : 0;
      }
      onBody(buf) {
        const {client: client, socket: socket, statusCode: statusCode, maxResponseSize: maxResponseSize} = this;
        if (socket.destroyed) return -1;
        const request = client[kQueue][client[kRunningIdx]];
        assert(request);
        assert(this.timeoutType === TIMEOUT_BODY);
        if (this.timeout) if (this.timeout.refresh) this.timeout.refresh();
        assert(statusCode >= 200);
        if (maxResponseSize > -1 && this.bytesRead + buf.length > maxResponseSize) {
          util.destroy(socket, new ResponseExceededMaxSizeError);
          return -1;
        }
        this.bytesRead += buf.length;
        if (request.onData(buf) === false) return constants.ERROR.PAUSED;
      }
      onMessageComplete() {
        const {client: client, socket: socket, statusCode: statusCode, upgrade: upgrade, headers: headers, contentLength: contentLength, bytesRead: bytesRead, shouldKeepAlive: shouldKeepAlive} = this;
        if (socket.destroyed && (!statusCode || shouldKeepAlive)) return -1;
        if (upgrade) return;
        assert(statusCode >= 100);
        assert((this.headers.length & 1) === 0);
        const request = client[kQueue][client[kRunningIdx]];
        assert(request);
        this.statusCode = null;
        this.statusText = "";
        this.bytesRead = 0;
        this.contentLength = "";
        this.keepAlive = "";
        this.connection = "";
        this.headers = [];
        this.headersSize = 0;
        if (statusCode < 200) return;
        if (request.method !== "HEAD" && contentLength && bytesRead !== parseInt(contentLength, 10)) {
          util.destroy(socket, new ResponseContentLengthMismatchError);
          return -1;
        }
        request.onComplete(headers);
        client[kQueue][client[kRunningIdx]++] = null;
        socket[kSocketUsed] = true;
        if (socket[kWriting]) {
          assert(client[kRunning] === 0);
          util.destroy(socket, new InformationalError("reset"));
          return constants.ERROR.PAUSED;
        } else if (!shouldKeepAlive) {
          util.destroy(socket, new InformationalError("reset"));
          return constants.ERROR.PAUSED;
        } else if (socket[kReset] && client[kRunning] === 0) {
          util.destroy(socket, new InformationalError("reset"));
          return constants.ERROR.PAUSED;
        } else if (client[kPipelining] == null || client[kPipelining] === 1) setImmediate(() => client[kResume]()); else client[kResume]();
      }
    }
    function onParserTimeout(parser) {
      const {socket: socket, timeoutType: timeoutType, client: client, paused: paused} = parser.deref();
      if (timeoutType === TIMEOUT_HEADERS) {
        if (!socket[kWriting] || socket.writableNeedDrain || client[kRunning] > 1) {
          assert(!paused, "cannot be paused while waiting for headers");
          util.destroy(socket, new HeadersTimeoutError);
        }
      } else if (timeoutType === TIMEOUT_BODY) {
        if (!paused) util.destroy(socket, new BodyTimeoutError);
      } else if (timeoutType === TIMEOUT_KEEP_ALIVE) {
        assert(client[kRunning] === 0 && client[kKeepAliveTimeoutValue]);
        util.destroy(socket, new InformationalError("socket idle timeout"));
      }
    }
    function clearIdleSocketValidation(socket) {
      if (socket[kIdleSocketValidationTimeout]) {
        clearImmediate(socket[kIdleSocketValidationTimeout]);
        socket[kIdleSocketValidationTimeout] = null;
      }
      socket[kIdleSocketValidation] = 0;
    }
    function scheduleIdleSocketValidation(client, socket) {
      socket[kIdleSocketValidation] = 1;
      socket[kIdleSocketValidationTimeout] = setImmediate(() => {
        socket[kIdleSocketValidationTimeout] = null;
        socket[kIdleSocketValidation] = 2;
        if (client[kSocket] === socket && !socket.destroyed) client[kResume]();
      });
    }
    function resumeH1(client) {
      const socket = client[kSocket];
      if (socket && !socket.destroyed) {
        if (client[kSize] === 0) {
          if (!socket[kNoRef] && socket.unref) {
            socket.unref();
            socket[kNoRef] = true;
          }
        } else if (socket[kNoRef] && socket.ref) {
          socket.ref();
          socket[kNoRef] = false;
        }
        if (client[kRunning] === 0 && client[kPending] > 0 && socket[kSocketUsed]) {
          if (socket[kIdleSocketValidation] === 0) {
            scheduleIdleSocketValidation(client, socket);
            socket[kParser].readMore();
            if (socket.destroyed) return;
            return;
          }
          if (socket[kIdleSocketValidation] === 1) {
            socket[kParser].readMore();
            if (socket.destroyed) return;
            return;
          }
        }
        if (client[kRunning] === 0) {
          socket[kParser].readMore();
          if (socket.destroyed) return;
        }
        if (client[kSize] === 0) {
          if (socket[kParser].timeoutType !== TIMEOUT_KEEP_ALIVE) socket[kParser].setTimeout(client[kKeepAliveTimeoutValue], TIMEOUT_KEEP_ALIVE);
        } else if (client[kRunning] > 0 && socket[kParser].statusCode < 200) if (socket[kParser].timeoutType !== TIMEOUT_HEADERS) {
          const request = client[kQueue][client[kRunningIdx]];
          const headersTimeout = request.headersTimeout != null ? request.headersTimeout : client[kHeadersTimeout];
          socket[kParser].setTimeout(headersTimeout, TIMEOUT_HEADERS);
        }
      }
    }
    function shouldSendContentLength(method) {
      return method !== "GET" && method !== "HEAD" && method !== "OPTIONS" && method !== "TRACE" && method !== "CONNECT";
    }
    function writeH1(client, request) {
      const {method: method, path: path, host: host, upgrade: upgrade, blocking: blocking, reset: reset} = request;
      let {body: body, headers: headers, contentLength: contentLength} = request;
      const expectsPayload = method === "PUT" || method === "POST" || method === "PATCH" || method === "QUERY" || method === "PROPFIND" || method === "PROPPATCH";
      if (util.isFormDataLike(body)) {
        if (!extractBody) extractBody = __nccwpck_require__(4492).extractBody;
        const [bodyStream, contentType] = extractBody(body);
        if (request.contentType == null) headers.push("content-type", contentType);
        body = bodyStream.stream;
        contentLength = bodyStream.length;
      } else if (util.isBlobLike(body) && request.contentType == null) {
        const contentType = body.type;
        if (contentType) {
          const contentTypeValue = `${contentType}`;
          if (!util.isValidHeaderValue(contentTypeValue)) {
            util.errorRequest(client, request, new InvalidArgumentError("invalid content-type header"));
            return false;
          }
          headers.push("content-type", contentTypeValue);
        }
      }
      if (body && typeof body.read === "function") body.read(0);
      const bodyLength = util.bodyLength(body);
      contentLength = bodyLength ?? contentLength;
      if (contentLength === null) contentLength = request.contentLength;
      if (contentLength === 0 && !expectsPayload) contentLength = null;
      if (shouldSendContentLength(method) && contentLength > 0 && request.contentLength !== null && request.contentLength !== contentLength) {
        if (client[kStrictContentLength]) {
          util.errorRequest(client, request, new RequestContentLengthMismatchError);
          return false;
        }
        process.emitWarning(new RequestContentLengthMismatchError);
      }
      const socket = client[kSocket];
      clearIdleSocketValidation(socket);
      const abort = error => {
        if (request.aborted) return;
        if (request.completed) {
          if (request.upgrade || request.method === "CONNECT") util.destroy(socket, new InformationalError("aborted"));
          return;
        }
        util.errorRequest(client, request, error || new RequestAbortedError);
        util.destroy(body);
        util.destroy(socket, new InformationalError("aborted"));
      };
      try {
        request.onConnect(abort);
      } catch (err) {
        util.errorRequest(client, request, err);
      }
      if (request.aborted) return false;
      if (method === "HEAD") socket[kReset] = true;
      if (upgrade || method === "CONNECT") socket[kReset] = true;
      if (reset != null) socket[kReset] = reset;
      if (client[kMaxRequests] && socket[kCounter]++ >= client[kMaxRequests]) socket[kReset] = true;
      if (blocking) socket[kBlocking] = true;
      let header = `${method} ${path} HTTP/1.1\r\n`;
      if (typeof host === "string") header += `host: ${host}\r\n`; else header += client[kHostHeader];
      if (upgrade) header += `connection: upgrade\r\nupgrade: ${upgrade}\r\n`; else if (client[kPipelining] && !socket[kReset]) header += "connection: keep-alive\r\n"; else header += "connection: close\r\n";
      if (Array.isArray(headers)) for (let n = 0; n < headers.length; n += 2) {
        const key = headers[n + 0];
        const val = headers[n + 1];
        if (Array.isArray(val)) for (let i = 0; i < val.length; i++) header += `${key}: ${val[i]}\r\n`; else header += `${key}: ${val}\r\n`;
      }
      if (channels.sendHeaders.hasSubscribers) channels.sendHeaders.publish({
        request: request,
        headers: header,
        socket: socket
      });
      if (!body || bodyLength === 0) writeBuffer(abort, null, client, request, socket, contentLength, header, expectsPayload); else if (util.isBuffer(body)) writeBuffer(abort, body, client, request, socket, contentLength, header, expectsPayload); else if (util.isBlobLike(body)) if (typeof body.stream === "function") writeIterable(abort, body.stream(), client, request, socket, contentLength, header, expectsPayload); else writeBlob(abort, body, client, request, socket, contentLength, header, expectsPayload); else if (util.isStream(body)) writeStream(abort, body, client, request, socket, contentLength, header, expectsPayload); else if (util.isIterable(body)) writeIterable(abort, body, client, request, socket, contentLength, header, expectsPayload); else assert(false);
      return true;
    }
    function writeStream(abort, body, client, request, socket, contentLength, header, expectsPayload) {
      assert(contentLength !== 0 || client[kRunning] === 0, "stream body cannot be pipelined");
      let finished = false;
      const writer = new AsyncWriter({
        abort: abort,
        socket: socket,
        request: request,
        contentLength: contentLength,
        client: client,
        expectsPayload: expectsPayload,
        header: header
      });
      const onData = function(chunk) {
        if (finished) return;
        try {
          if (!writer.write(chunk) && this.pause) this.pause();
        } catch (err) {
          util.destroy(this, err);
        }
      };
      const onDrain = function() {
        if (finished) return;
        if (body.resume) body.resume();
      };
      const onClose = function() {
        queueMicrotask(() => {
          body.removeListener("error", onFinished);
        });
        if (!finished) {
          const err = new RequestAbortedError;
          queueMicrotask(() => onFinished(err));
        }
      };
      const onFinished = function(err) {
        if (finished) return;
        finished = true;
        assert(socket.destroyed || socket[kWriting] && client[kRunning] <= 1);
        socket.off("drain", onDrain).off("error", onFinished);
        body.removeListener("data", onData).removeListener("end", onFinished).removeListener("close", onClose);
        if (!err) try {
          writer.end();
        } catch (er) {
          err = er;
        }
        writer.destroy(err);
        if (err && (err.code !== "UND_ERR_INFO" || err.message !== "reset")) util.destroy(body, err); else util.destroy(body);
      };
      body.on("data", onData).on("end", onFinished).on("error", onFinished).on("close", onClose);
      if (body.resume) body.resume();
      socket.on("drain", onDrain).on("error", onFinished);
      if (body.errorEmitted ?? body.errored) setImmediate(() => onFinished(body.errored)); else if (body.endEmitted ?? body.readableEnded) setImmediate(() => onFinished(null));
      if (body.closeEmitted ?? body.closed) setImmediate(onClose);
    }
    function writeBuffer(abort, body, client, request, socket, contentLength, header, expectsPayload) {
      try {
        if (!body) if (contentLength === 0) socket.write(`${header}content-length: 0\r\n\r\n`, "latin1"); else {
          assert(contentLength === null, "no body must not have content length");
          socket.write(`${header}\r\n`, "latin1");
        } else if (util.isBuffer(body)) {
          assert(contentLength === body.byteLength, "buffer body must have content length");
          socket.cork();
          socket.write(`${header}content-length: ${contentLength}\r\n\r\n`, "latin1");
          socket.write(body);
          socket.uncork();
          request.onBodySent(body);
          if (!expectsPayload && request.reset !== false) socket[kReset] = true;
        }
        request.onRequestSent();
        client[kResume]();
      } catch (err) {
        abort(err);
      }
    }
    async function writeBlob(abort, body, client, request, socket, contentLength, header, expectsPayload) {
      assert(contentLength === body.size, "blob body must have content length");
      try {
        if (contentLength != null && contentLength !== body.size) throw new RequestContentLengthMismatchError;
        const buffer = Buffer.from(await body.arrayBuffer());
        socket.cork();
        socket.write(`${header}content-length: ${contentLength}\r\n\r\n`, "latin1");
        socket.write(buffer);
        socket.uncork();
        request.onBodySent(buffer);
        request.onRequestSent();
        if (!expectsPayload && request.reset !== false) socket[kReset] = true;
        client[kResume]();
      } catch (err) {
        abort(err);
      }
    }
    async function writeIterable(abort, body, client, request, socket, contentLength, header, expectsPayload) {
      assert(contentLength !== 0 || client[kRunning] === 0, "iterator body cannot be pipelined");
      let callback = null;
      function onDrain() {
        if (callback) {
          const cb = callback;
          callback = null;
          cb();
        }
      }
      const waitForDrain = () => new Promise((resolve, reject) => {
        assert(callback === null);
        if (socket[kError]) reject(socket[kError]); else callback = resolve;
      });
      socket.on("close", onDrain).on("drain", onDrain);
      const writer = new AsyncWriter({
        abort: abort,
        socket: socket,
        request: request,
        contentLength: contentLength,
        client: client,
        expectsPayload: expectsPayload,
        header: header
      });
      try {
        for await (const chunk of body) {
          if (socket[kError]) throw socket[kError];
          if (!writer.write(chunk)) await waitForDrain();
        }
        writer.end();
      } catch (err) {
        writer.destroy(err);
      } finally {
        socket.off("close", onDrain).off("drain", onDrain);
      }
    }
    class AsyncWriter {
      constructor({abort: abort, socket: socket, request: request, contentLength: contentLength, client: client, expectsPayload: expectsPayload, header: header}) {
        this.socket = socket;
        this.request = request;
        this.contentLength = contentLength;
        this.client = client;
        this.bytesWritten = 0;
        this.expectsPayload = expectsPayload;
        this.header = header;
        this.abort = abort;
        socket[kWriting] = true;
      }
      write(chunk) {
        const {socket: socket, request: request, contentLength: contentLength, client: client, bytesWritten: bytesWritten, expectsPayload: expectsPayload, header: header} = this;
        if (socket[kError]) throw socket[kError];
        if (socket.destroyed) return false;
        const len = Buffer.byteLength(chunk);
        if (!len) return true;
        if (contentLength !== null && bytesWritten + len > contentLength) {
          if (client[kStrictContentLength]) throw new RequestContentLengthMismatchError;
          process.emitWarning(new RequestContentLengthMismatchError);
        }
        socket.cork();
        if (bytesWritten === 0) {
          if (!expectsPayload && request.reset !== false) socket[kReset] = true;
          if (contentLength === null) socket.write(`${header}transfer-encoding: chunked\r\n`, "latin1"); else socket.write(`${header}content-length: ${contentLength}\r\n\r\n`, "latin1");
        }
        if (contentLength === null) socket.write(`\r\n${len.toString(16)}\r\n`, "latin1");
        this.bytesWritten += len;
        const ret = socket.write(chunk);
        socket.uncork();
        request.onBodySent(chunk);
        if (!ret) if (socket[kParser].timeout && socket[kParser].timeoutType === TIMEOUT_HEADERS) if (socket[kParser].timeout.refresh) socket[kParser].timeout.refresh();
        return ret;
      }
      end() {
        const {socket: socket, contentLength: contentLength, client: client, bytesWritten: bytesWritten, expectsPayload: expectsPayload, header: header, request: request} = this;
        request.onRequestSent();
        socket[kWriting] = false;
        if (socket[kError]) throw socket[kError];
        if (socket.destroyed) return;
        if (bytesWritten === 0) if (expectsPayload) socket.write(`${header}content-length: 0\r\n\r\n`, "latin1"); else socket.write(`${header}\r\n`, "latin1"); else if (contentLength === null) socket.write("\r\n0\r\n\r\n", "latin1");
        if (contentLength !== null && bytesWritten !== contentLength) if (client[kStrictContentLength]) throw new RequestContentLengthMismatchError; else process.emitWarning(new RequestContentLengthMismatchError);
        if (socket[kParser].timeout && socket[kParser].timeoutType === TIMEOUT_HEADERS) if (socket[kParser].timeout.refresh) socket[kParser].timeout.refresh();
        client[kResume]();
      }
      destroy(err) {
        const {socket: socket, client: client, abort: abort} = this;
        socket[kWriting] = false;
        if (err) {
          assert(client[kRunning] <= 1, "pipeline should only contain this request");
          abort(err);
        }
      }
    }
    module.exports = async function(client, socket) {
      client[kSocket] = socket;
      if (!llhttpInstance) {
        llhttpInstance = await llhttpPromise;
        llhttpPromise = null;
      }
      socket[kNoRef] = false;
      socket[kWriting] = false;
      socket[kReset] = false;
      socket[kBlocking] = false;
      socket[kIdleSocketValidation] = 0;
      socket[kIdleSocketValidationTimeout] = null;
      socket[kSocketUsed] = false;
      socket[kParser] = new Parser(client, socket, llhttpInstance);
      addListener(socket, "error", function(err) {
        const parser = this[kParser];
        if (err.code === "ECONNRESET" && parser.statusCode && !parser.shouldKeepAlive) {
          const parserErr = parser.finish();
          if (parserErr) {
            this[kError] = parserErr;
            this[kClient][kOnError](parserErr);
          }
          return;
        }
        this[kError] = err;
        this[kClient][kOnError](err);
      });
      addListener(socket, "readable", function() {
        const parser = this[kParser];
        if (parser) parser.readMore();
      });
      addListener(socket, "end", function() {
        const parser = this[kParser];
        if (parser.statusCode && !parser.shouldKeepAlive) {
          const parserErr = parser.finish();
          if (parserErr) util.destroy(this, parserErr);
          return;
        }
        util.destroy(this, new SocketError("other side closed", util.getSocketInfo(this)));
      });
      addListener(socket, "close", function() {
        const client = this[kClient];
        const parser = this[kParser];
        clearIdleSocketValidation(this);
        if (parser) {
          if (!this[kError] && parser.statusCode && !parser.shouldKeepAlive) this[kError] = parser.finish() || this[kError];
          this[kParser].destroy();
          this[kParser] = null;
        }
        const err = this[kError] || new SocketError("closed", util.getSocketInfo(this));
        client[kSocket] = null;
        client[kHTTPContext] = null;
        if (client.destroyed) {
          assert(client[kPending] === 0);
          const requests = client[kQueue].splice(client[kRunningIdx]);
          for (let i = 0; i < requests.length; i++) {
            const request = requests[i];
            util.errorRequest(client, request, err);
          }
        } else if (client[kRunning] > 0 && err.code !== "UND_ERR_INFO") {
          const request = client[kQueue][client[kRunningIdx]];
          client[kQueue][client[kRunningIdx]++] = null;
          util.errorRequest(client, request, err);
        }
        client[kPendingIdx] = client[kRunningIdx];
        assert(client[kRunning] === 0);
        client.emit("disconnect", client[kUrl], [ client ], err);
        client[kResume]();
      });
      let closed = false;
      socket.on("close", () => {
        closed = true;
      });
      return {
        version: "h1",
        defaultPipelining: 1,
        write(...args) {
          return writeH1(client, ...args);
        },
        resume() {
          resumeH1(client);
        },
        destroy(err, callback) {
          if (closed) queueMicrotask(callback); else socket.destroy(err).on("close", callback);
        },
        get destroyed() {
          return socket.destroyed;
        },
        busy(request) {
          if (socket[kWriting] || socket[kReset] || socket[kBlocking] || socket[kIdleSocketValidation] === 1) return true;
          if (request) {
            if (client[kRunning] > 0 && !request.idempotent) return true;
            if (client[kRunning] > 0 && (request.upgrade || request.method === "CONNECT")) return true;
            if (client[kRunning] > 0 && util.bodyLength(request.body) !== 0 && (util.isStream(request.body) || util.isAsyncIterable(request.body) || util.isFormDataLike(request.body))) return true;
          }
          return false;
        }
      };
    };
  },
  8788: (module, __unused_webpack_exports, __nccwpck_require__) => {
    const assert = __nccwpck_require__(4589);
    const {errorMonitor: errorMonitor} = __nccwpck_require__(8474);
    const {pipeline: pipeline} = __nccwpck_require__(7075);
    const util = __nccwpck_require__(3440);
    const {RequestContentLengthMismatchError: RequestContentLengthMismatchError, RequestAbortedError: RequestAbortedError, SocketError: SocketError, InformationalError: InformationalError} = __nccwpck_require__(8707);
    const {kUrl: kUrl, kReset: kReset, kClient: kClient, kRunning: kRunning, kPending: kPending, kQueue: kQueue, kPendingIdx: kPendingIdx, kRunningIdx: kRunningIdx, kError: kError, kSocket: kSocket, kStrictContentLength: kStrictContentLength, kOnError: kOnError, kMaxConcurrentStreams: kMaxConcurrentStreams, kHTTP2Session: kHTTP2Session, kResume: kResume, kSize: kSize, kHTTPContext: kHTTPContext} = __nccwpck_require__(6443);
    const kOpenStreams = Symbol("open streams");
    let extractBody;
    let h2ExperimentalWarned = false;
    let http2;
    try {
      http2 = __nccwpck_require__(2467);
    } catch {
      http2 = {
        constants: {}
      };
    }
    const {constants: {HTTP2_HEADER_AUTHORITY: HTTP2_HEADER_AUTHORITY, HTTP2_HEADER_METHOD: HTTP2_HEADER_METHOD, HTTP2_HEADER_PATH: HTTP2_HEADER_PATH, HTTP2_HEADER_SCHEME: HTTP2_HEADER_SCHEME, HTTP2_HEADER_CONTENT_LENGTH: HTTP2_HEADER_CONTENT_LENGTH, HTTP2_HEADER_EXPECT: HTTP2_HEADER_EXPECT, HTTP2_HEADER_STATUS: HTTP2_HEADER_STATUS}} = http2;
    function parseH2Headers(headers) {
      const result = [];
      for (const [name, value] of Object.entries(headers)) if (Array.isArray(value)) for (const subvalue of value) result.push(Buffer.from(name), Buffer.from(subvalue)); else result.push(Buffer.from(name), Buffer.from(value));
      return result;
    }
    function parseH2ResponseHeaders(headers) {
      const {[HTTP2_HEADER_STATUS]: _statusCode, ...realHeaders} = headers;
      return parseH2Headers(realHeaders);
    }
    function resumeH2(client) {
      const socket = client[kSocket];
      if (socket?.destroyed === false) if (client[kSize] === 0 && client[kMaxConcurrentStreams] === 0) {
        socket.unref();
        client[kHTTP2Session].unref();
      } else {
        socket.ref();
        client[kHTTP2Session].ref();
      }
    }
    function onHttp2SessionError(err) {
      this[kSocket][kError] = err;
      this[kClient][kOnError](err);
    }
    function onHttp2FrameError(type, code, id) {
      if (id === 0) {
        const err = new InformationalError(`HTTP/2: "frameError" received - type ${type}, code ${code}`);
        this[kSocket][kError] = err;
        this[kClient][kOnError](err);
      }
    }
    function onHttp2SessionEnd() {
      const err = new SocketError("other side closed", util.getSocketInfo(this[kSocket]));
      this.destroy(err);
      util.destroy(this[kSocket], err);
    }
    function onHTTP2GoAway(code) {
      const err = this[kError] || new SocketError(`HTTP/2: "GOAWAY" frame received with code ${code}`, util.getSocketInfo(this));
      const client = this[kClient];
      client[kSocket] = null;
      client[kHTTPContext] = null;
      if (this[kHTTP2Session] != null) {
        this[kHTTP2Session].destroy(err);
        this[kHTTP2Session] = null;
      }
      util.destroy(this[kSocket], err);
      if (client[kRunningIdx] < client[kQueue].length) {
        const request = client[kQueue][client[kRunningIdx]];
        client[kQueue][client[kRunningIdx]++] = null;
        util.errorRequest(client, request, err);
        client[kPendingIdx] = client[kRunningIdx];
      }
      assert(client[kRunning] === 0);
      client.emit("disconnect", client[kUrl], [ client ], err);
      client[kResume]();
    }
    function shouldSendContentLength(method) {
      return method !== "GET" && method !== "HEAD" && method !== "OPTIONS" && method !== "TRACE" && method !== "CONNECT";
    }
    function writeH2(client, request) {
      const session = client[kHTTP2Session];
      const {method: method, path: path, host: host, upgrade: upgrade, expectContinue: expectContinue, signal: signal, headers: reqHeaders} = request;
      let {body: body} = request;
      if (upgrade) {
        util.errorRequest(client, request, new Error("Upgrade not supported for H2"));
        return false;
      }
      const headers = {};
      for (let n = 0; n < reqHeaders.length; n += 2) {
        const key = reqHeaders[n + 0];
        const val = reqHeaders[n + 1];
        if (Array.isArray(val)) for (let i = 0; i < val.length; i++) if (headers[key]) headers[key] += `,${val[i]}`; else headers[key] = val[i]; else headers[key] = val;
      }
      let stream;
      const {hostname: hostname, port: port} = client[kUrl];
      headers[HTTP2_HEADER_AUTHORITY] = host || `${hostname}${port ? `:${port}` : ""}`;
      headers[HTTP2_HEADER_METHOD] = method;
      const abort = error => {
        if (request.aborted) return;
        if (request.completed) {
          if (method === "CONNECT" && stream != null) util.destroy(stream, error || new RequestAbortedError);
          return;
        }
        error = error || new RequestAbortedError;
        util.errorRequest(client, request, error);
        if (stream != null) util.destroy(stream, error);
        util.destroy(body, error);
        client[kQueue][client[kRunningIdx]++] = null;
        client[kResume]();
      };
      try {
        request.onConnect(abort);
      } catch (err) {
        util.errorRequest(client, request, err);
      }
      if (request.aborted) return false;
      if (method === "CONNECT") {
        session.ref();
        stream = session.request(headers, {
          endStream: false,
          signal: signal
        });
        let upgradeResponseFinished = false;
        const onResponse = headers => {
          upgradeResponseFinished = true;
          stream.off(errorMonitor, onUpgradeError);
          request.onUpgradeResponse(Number(headers[HTTP2_HEADER_STATUS]), headers, parseH2ResponseHeaders);
        };
        const onUpgradeError = error => {
          upgradeResponseFinished = true;
          stream.off("response", onResponse);
          request.onUpgradeError(error);
        };
        const onReady = () => {
          try {
            request.onUpgrade(null, null, stream);
          } catch (error) {
            stream.off("response", onResponse);
            abort(error);
            return;
          }
          if (request.aborted) return;
          stream.off("error", abort);
          stream.once(errorMonitor, onUpgradeError);
          client[kQueue][client[kRunningIdx]++] = null;
        };
        stream.once("response", onResponse);
        stream.once("error", abort);
        ++session[kOpenStreams];
        onReady();
        stream.once("close", () => {
          if (!upgradeResponseFinished && request.completed) {
            stream.off("response", onResponse);
            stream.off(errorMonitor, onUpgradeError);
            request.onUpgradeError(new InformationalError(`HTTP/2: "stream error" received - code ${stream.rstCode}`));
          }
          session[kOpenStreams] -= 1;
          if (session[kOpenStreams] === 0) session.unref();
        });
        return true;
      }
      headers[HTTP2_HEADER_PATH] = path;
      headers[HTTP2_HEADER_SCHEME] = "https";
      const expectsPayload = method === "PUT" || method === "POST" || method === "PATCH";
      if (body && typeof body.read === "function") body.read(0);
      let contentLength = util.bodyLength(body);
      if (util.isFormDataLike(body)) {
        extractBody ??= __nccwpck_require__(4492).extractBody;
        const [bodyStream, contentType] = extractBody(body);
        headers["content-type"] = contentType;
        body = bodyStream.stream;
        contentLength = bodyStream.length;
      }
      if (contentLength == null) contentLength = request.contentLength;
      if (contentLength === 0 || !expectsPayload) contentLength = null;
      if (shouldSendContentLength(method) && contentLength > 0 && request.contentLength != null && request.contentLength !== contentLength) {
        if (client[kStrictContentLength]) {
          util.errorRequest(client, request, new RequestContentLengthMismatchError);
          return false;
        }
        process.emitWarning(new RequestContentLengthMismatchError);
      }
      if (contentLength != null) {
        assert(body, "no body must not have content length");
        headers[HTTP2_HEADER_CONTENT_LENGTH] = `${contentLength}`;
      }
      session.ref();
      const shouldEndStream = method === "GET" || method === "HEAD" || body === null;
      if (expectContinue) {
        headers[HTTP2_HEADER_EXPECT] = "100-continue";
        stream = session.request(headers, {
          endStream: shouldEndStream,
          signal: signal
        });
        stream.once("continue", writeBodyH2);
      } else {
        stream = session.request(headers, {
          endStream: shouldEndStream,
          signal: signal
        });
        writeBodyH2();
      }
      ++session[kOpenStreams];
      stream.once("response", headers => {
        const {[HTTP2_HEADER_STATUS]: statusCode, ...realHeaders} = headers;
        request.onResponseStarted();
        if (request.aborted) {
          const err = new RequestAbortedError;
          util.errorRequest(client, request, err);
          util.destroy(stream, err);
          return;
        }
        if (request.onHeaders(Number(statusCode), parseH2Headers(realHeaders), stream.resume.bind(stream), "") === false) stream.pause();
        stream.on("data", chunk => {
          if (request.onData(chunk) === false) stream.pause();
        });
      });
      stream.once("end", () => {
        if (stream.state?.state == null || stream.state.state < 6) request.onComplete([]);
        if (session[kOpenStreams] === 0) session.unref();
        abort(new InformationalError("HTTP/2: stream half-closed (remote)"));
        client[kQueue][client[kRunningIdx]++] = null;
        client[kPendingIdx] = client[kRunningIdx];
        client[kResume]();
      });
      stream.once("close", () => {
        session[kOpenStreams] -= 1;
        if (session[kOpenStreams] === 0) session.unref();
      });
      stream.once("error", function(err) {
        abort(err);
      });
      stream.once("frameError", (type, code) => {
        abort(new InformationalError(`HTTP/2: "frameError" received - type ${type}, code ${code}`));
      });
      return true;
      function writeBodyH2() {
        if (!body || contentLength === 0) writeBuffer(abort, stream, null, client, request, client[kSocket], contentLength, expectsPayload); else if (util.isBuffer(body)) writeBuffer(abort, stream, body, client, request, client[kSocket], contentLength, expectsPayload); else if (util.isBlobLike(body)) if (typeof body.stream === "function") writeIterable(abort, stream, body.stream(), client, request, client[kSocket], contentLength, expectsPayload); else writeBlob(abort, stream, body, client, request, client[kSocket], contentLength, expectsPayload); else if (util.isStream(body)) writeStream(abort, client[kSocket], expectsPayload, stream, body, client, request, contentLength); else if (util.isIterable(body)) writeIterable(abort, stream, body, client, request, client[kSocket], contentLength, expectsPayload); else assert(false);
      }
    }
    function writeBuffer(abort, h2stream, body, client, request, socket, contentLength, expectsPayload) {
      try {
        if (body != null && util.isBuffer(body)) {
          assert(contentLength === body.byteLength, "buffer body must have content length");
          h2stream.cork();
          h2stream.write(body);
          h2stream.uncork();
          h2stream.end();
          request.onBodySent(body);
        }
        if (!expectsPayload) socket[kReset] = true;
        request.onRequestSent();
        client[kResume]();
      } catch (error) {
        abort(error);
      }
    }
    function writeStream(abort, socket, expectsPayload, h2stream, body, client, request, contentLength) {
      assert(contentLength !== 0 || client[kRunning] === 0, "stream body cannot be pipelined");
      const pipe = pipeline(body, h2stream, err => {
        if (err) {
          util.destroy(pipe, err);
          abort(err);
        } else {
          util.removeAllListeners(pipe);
          request.onRequestSent();
          if (!expectsPayload) socket[kReset] = true;
          client[kResume]();
        }
      });
      util.addListener(pipe, "data", function(chunk) {
        request.onBodySent(chunk);
      });
    }
    async function writeBlob(abort, h2stream, body, client, request, socket, contentLength, expectsPayload) {
      assert(contentLength === body.size, "blob body must have content length");
      try {
        if (contentLength != null && contentLength !== body.size) throw new RequestContentLengthMismatchError;
        const buffer = Buffer.from(await body.arrayBuffer());
        h2stream.cork();
        h2stream.write(buffer);
        h2stream.uncork();
        h2stream.end();
        request.onBodySent(buffer);
        request.onRequestSent();
        if (!expectsPayload) socket[kReset] = true;
        client[kResume]();
      } catch (err) {
        abort(err);
      }
    }
    async function writeIterable(abort, h2stream, body, client, request, socket, contentLength, expectsPayload) {
      assert(contentLength !== 0 || client[kRunning] === 0, "iterator body cannot be pipelined");
      let callback = null;
      function onDrain() {
        if (callback) {
          const cb = callback;
          callback = null;
          cb();
        }
      }
      const waitForDrain = () => new Promise((resolve, reject) => {
        assert(callback === null);
        if (socket[kError]) reject(socket[kError]); else callback = resolve;
      });
      h2stream.on("close", onDrain).on("drain", onDrain);
      try {
        for await (const chunk of body) {
          if (socket[kError]) throw socket[kError];
          const res = h2stream.write(chunk);
          request.onBodySent(chunk);
          if (!res) await waitForDrain();
        }
        h2stream.end();
        request.onRequestSent();
        if (!expectsPayload) socket[kReset] = true;
        client[kResume]();
      } catch (err) {
        abort(err);
      } finally {
        h2stream.off("close", onDrain).off("drain", onDrain);
      }
    }
    module.exports = async function(client, socket) {
      client[kSocket] = socket;
      if (!h2ExperimentalWarned) {
        h2ExperimentalWarned = true;
        process.emitWarning("H2 support is experimental, expect them to change at any time.", {
          code: "UNDICI-H2"
        });
      }
      const session = http2.connect(client[kUrl], {
        createConnection: () => socket,
        peerMaxConcurrentStreams: client[kMaxConcurrentStreams]
      });
      session[kOpenStreams] = 0;
      session[kClient] = client;
      session[kSocket] = socket;
      util.addListener(session, "error", onHttp2SessionError);
      util.addListener(session, "frameError", onHttp2FrameError);
      util.addListener(session, "end", onHttp2SessionEnd);
      util.addListener(session, "goaway", onHTTP2GoAway);
      util.addListener(session, "close", function() {
        const {[kClient]: client} = this;
        const {[kSocket]: socket} = client;
        const err = this[kSocket][kError] || this[kError] || new SocketError("closed", util.getSocketInfo(socket));
        client[kHTTP2Session] = null;
        if (client.destroyed) {
          assert(client[kPending] === 0);
          const requests = client[kQueue].splice(client[kRunningIdx]);
          for (let i = 0; i < requests.length; i++) {
            const request = requests[i];
            util.errorRequest(client, request, err);
          }
        }
      });
      session.unref();
      client[kHTTP2Session] = session;
      socket[kHTTP2Session] = session;
      util.addListener(socket, "error", function(err) {
        this[kError] = err;
        this[kClient][kOnError](err);
      });
      util.addListener(socket, "end", function() {
        util.destroy(this, new SocketError("other side closed", util.getSocketInfo(this)));
      });
      util.addListener(socket, "close", function() {
        const err = this[kError] || new SocketError("closed", util.getSocketInfo(this));
        client[kSocket] = null;
        if (this[kHTTP2Session] != null) this[kHTTP2Session].destroy(err);
        client[kPendingIdx] = client[kRunningIdx];
        assert(client[kRunning] === 0);
        client.emit("disconnect", client[kUrl], [ client ], err);
        client[kResume]();
      });
      let closed = false;
      socket.on("close", () => {
        closed = true;
      });
      return {
        version: "h2",
        defaultPipelining: 1 / 0,
        write(...args) {
          return writeH2(client, ...args);
        },
        resume() {
          resumeH2(client);
        },
        destroy(err, callback) {
          if (closed) queueMicrotask(callback); else socket.destroy(err).on("close", callback);
        },
        get destroyed() {
          return socket.destroyed;
        },
        busy() {
          return false;
        }
      };
    };
  },
  3701: (module, __unused_webpack_exports, __nccwpck_require__) => {
    const assert = __nccwpck_require__(4589);
    const net = __nccwpck_require__(7030);
    const http = __nccwpck_require__(7067);
    const util = __nccwpck_require__(3440);
    const {channels: channels} = __nccwpck_require__(2414);
    const Request = __nccwpck_require__(4655);
    const DispatcherBase = __nccwpck_require__(1841);
    const {InvalidArgumentError: InvalidArgumentError, InformationalError: InformationalError, ClientDestroyedError: ClientDestroyedError} = __nccwpck_require__(8707);
    const buildConnector = __nccwpck_require__(9136);
    const {kUrl: kUrl, kServerName: kServerName, kClient: kClient, kBusy: kBusy, kConnect: kConnect, kResuming: kResuming, kRunning: kRunning, kPending: kPending, kSize: kSize, kQueue: kQueue, kConnected: kConnected, kConnecting: kConnecting, kNeedDrain: kNeedDrain, kKeepAliveDefaultTimeout: kKeepAliveDefaultTimeout, kHostHeader: kHostHeader, kPendingIdx: kPendingIdx, kRunningIdx: kRunningIdx, kError: kError, kPipelining: kPipelining, kKeepAliveTimeoutValue: kKeepAliveTimeoutValue, kMaxHeadersSize: kMaxHeadersSize, kKeepAliveMaxTimeout: kKeepAliveMaxTimeout, kKeepAliveTimeoutThreshold: kKeepAliveTimeoutThreshold, kHeadersTimeout: kHeadersTimeout, kBodyTimeout: kBodyTimeout, kStrictContentLength: kStrictContentLength, kConnector: kConnector, kMaxRedirections: kMaxRedirections, kMaxRequests: kMaxRequests, kCounter: kCounter, kClose: kClose, kDestroy: kDestroy, kDispatch: kDispatch, kInterceptors: kInterceptors, kLocalAddress: kLocalAddress, kMaxResponseSize: kMaxResponseSize, kOnError: kOnError, kHTTPContext: kHTTPContext, kMaxConcurrentStreams: kMaxConcurrentStreams, kResume: kResume} = __nccwpck_require__(6443);
    const connectH1 = __nccwpck_require__(637);
    const connectH2 = __nccwpck_require__(8788);
    let deprecatedInterceptorWarned = false;
    const kClosedResolve = Symbol("kClosedResolve");
    const noop = () => {};
    function getPipelining(client) {
      return client[kPipelining] ?? client[kHTTPContext]?.defaultPipelining ?? 1;
    }
    const createRedirectInterceptor = __nccwpck_require__(5092);
    function onError(client, err) {
      if (client[kRunning] === 0 && err.code !== "UND_ERR_INFO" && err.code !== "UND_ERR_SOCKET") {
        assert(client[kPendingIdx] === client[kRunningIdx]);
        const requests = client[kQueue].splice(client[kRunningIdx]);
        for (let i = 0; i < requests.length; i++) {
          const request = requests[i];
          util.errorRequest(client, request, err);
        }
        assert(client[kSize] === 0);
      }
    }
    async function connect(client) {
      assert(!client[kConnecting]);
      assert(!client[kHTTPContext]);
      let {host: host, hostname: hostname, protocol: protocol, port: port} = client[kUrl];
      if (hostname[0] === "[") {
        const idx = hostname.indexOf("]");
        assert(idx !== -1);
        const ip = hostname.substring(1, idx);
        assert(net.isIP(ip));
        hostname = ip;
      }
      client[kConnecting] = true;
      if (channels.beforeConnect.hasSubscribers) channels.beforeConnect.publish({
        connectParams: {
          host: host,
          hostname: hostname,
          protocol: protocol,
          port: port,
          version: client[kHTTPContext]?.version,
          servername: client[kServerName],
          localAddress: client[kLocalAddress]
        },
        connector: client[kConnector]
      });
      try {
        const socket = await new Promise((resolve, reject) => {
          client[kConnector]({
            host: host,
            hostname: hostname,
            protocol: protocol,
            port: port,
            servername: client[kServerName],
            localAddress: client[kLocalAddress]
          }, (err, socket) => {
            if (err) reject(err); else resolve(socket);
          });
        });
        if (client.destroyed) {
          util.destroy(socket.on("error", noop), new ClientDestroyedError);
          return;
        }
        assert(socket);
        try {
          client[kHTTPContext] = socket.alpnProtocol === "h2" ? await connectH2(client, socket) : await connectH1(client, socket);
        } catch (err) {
          socket.destroy().on("error", noop);
          throw err;
        }
        client[kConnecting] = false;
        socket[kCounter] = 0;
        socket[kMaxRequests] = client[kMaxRequests];
        socket[kClient] = client;
        socket[kError] = null;
        if (channels.connected.hasSubscribers) channels.connected.publish({
          connectParams: {
            host: host,
            hostname: hostname,
            protocol: protocol,
            port: port,
            version: client[kHTTPContext]?.version,
            servername: client[kServerName],
            localAddress: client[kLocalAddress]
          },
          connector: client[kConnector],
          socket: socket
        });
        client.emit("connect", client[kUrl], [ client ]);
      } catch (err) {
        if (client.destroyed) return;
        client[kConnecting] = false;
        if (channels.connectError.hasSubscribers) channels.connectError.publish({
          connectParams: {
            host: host,
            hostname: hostname,
            protocol: protocol,
            port: port,
            version: client[kHTTPContext]?.version,
            servername: client[kServerName],
            localAddress: client[kLocalAddress]
          },
          connector: client[kConnector],
          error: err
        });
        if (err.code === "ERR_TLS_CERT_ALTNAME_INVALID") {
          assert(client[kRunning] === 0);
          while (client[kPending] > 0 && client[kQueue][client[kPendingIdx]].servername === client[kServerName]) {
            const request = client[kQueue][client[kPendingIdx]++];
            util.errorRequest(client, request, err);
          }
        } else onError(client, err);
        client.emit("connectionError", client[kUrl], [ client ], err);
      }
      client[kResume]();
    }
    function emitDrain(client) {
      client[kNeedDrain] = 0;
      client.emit("drain", client[kUrl], [ client ]);
    }
    function resume(client, sync) {
      if (client[kResuming] === 2) return;
      client[kResuming] = 2;
      _resume(client, sync);
      client[kResuming] = 0;
      if (client[kRunningIdx] > 256) {
        client[kQueue].splice(0, client[kRunningIdx]);
        client[kPendingIdx] -= client[kRunningIdx];
        client[kRunningIdx] = 0;
      }
    }
    function _resume(client, sync) {
      while (true) {
        if (client.destroyed) {
          assert(client[kPending] === 0);
          return;
        }
        if (client[kClosedResolve] && !client[kSize]) {
          client[kClosedResolve]();
          client[kClosedResolve] = null;
          return;
        }
        if (client[kHTTPContext]) client[kHTTPContext].resume();
        if (client[kBusy]) client[kNeedDrain] = 2; else if (client[kNeedDrain] === 2) {
          if (sync) {
            client[kNeedDrain] = 1;
            queueMicrotask(() => emitDrain(client));
          } else emitDrain(client);
          continue;
        }
        if (client[kPending] === 0) return;
        if (client[kRunning] >= (getPipelining(client) || 1)) return;
        const request = client[kQueue][client[kPendingIdx]];
        if (client[kUrl].protocol === "https:" && client[kServerName] !== request.servername) {
          if (client[kRunning] > 0) return;
          client[kServerName] = request.servername;
          client[kHTTPContext]?.destroy(new InformationalError("servername changed"), () => {
            client[kHTTPContext] = null;
            resume(client);
          });
        }
        if (client[kConnecting]) return;
        if (!client[kHTTPContext]) {
          connect(client);
          return;
        }
        if (client[kHTTPContext].destroyed) return;
        if (client[kHTTPContext].busy(request)) return;
        if (!request.aborted && client[kHTTPContext].write(request)) client[kPendingIdx]++; else client[kQueue].splice(client[kPendingIdx], 1);
      }
    }
    module.exports = class extends DispatcherBase {
      constructor(url, {interceptors: interceptors, maxHeaderSize: maxHeaderSize, headersTimeout: headersTimeout, socketTimeout: socketTimeout, requestTimeout: requestTimeout, connectTimeout: connectTimeout, bodyTimeout: bodyTimeout, idleTimeout: idleTimeout, keepAlive: keepAlive, keepAliveTimeout: keepAliveTimeout, maxKeepAliveTimeout: maxKeepAliveTimeout, keepAliveMaxTimeout: keepAliveMaxTimeout, keepAliveTimeoutThreshold: keepAliveTimeoutThreshold, socketPath: socketPath, pipelining: pipelining, tls: tls, strictContentLength: strictContentLength, maxCachedSessions: maxCachedSessions, maxRedirections: maxRedirections, connect: connect, maxRequestsPerClient: maxRequestsPerClient, localAddress: localAddress, maxResponseSize: maxResponseSize, autoSelectFamily: autoSelectFamily, autoSelectFamilyAttemptTimeout: autoSelectFamilyAttemptTimeout, maxConcurrentStreams: maxConcurrentStreams, allowH2: allowH2, webSocket: webSocket, eventSource: eventSource} = {}) {
        super({
          webSocket: webSocket,
          eventSource: eventSource
        });
        if (keepAlive !== void 0) throw new InvalidArgumentError("unsupported keepAlive, use pipelining=0 instead");
        if (socketTimeout !== void 0) throw new InvalidArgumentError("unsupported socketTimeout, use headersTimeout & bodyTimeout instead");
        if (requestTimeout !== void 0) throw new InvalidArgumentError("unsupported requestTimeout, use headersTimeout & bodyTimeout instead");
        if (idleTimeout !== void 0) throw new InvalidArgumentError("unsupported idleTimeout, use keepAliveTimeout instead");
        if (maxKeepAliveTimeout !== void 0) throw new InvalidArgumentError("unsupported maxKeepAliveTimeout, use keepAliveMaxTimeout instead");
        if (maxHeaderSize != null && !Number.isFinite(maxHeaderSize)) throw new InvalidArgumentError("invalid maxHeaderSize");
        if (socketPath != null && typeof socketPath !== "string") throw new InvalidArgumentError("invalid socketPath");
        if (connectTimeout != null && (!Number.isFinite(connectTimeout) || connectTimeout < 0)) throw new InvalidArgumentError("invalid connectTimeout");
        if (keepAliveTimeout != null && (!Number.isFinite(keepAliveTimeout) || keepAliveTimeout <= 0)) throw new InvalidArgumentError("invalid keepAliveTimeout");
        if (keepAliveMaxTimeout != null && (!Number.isFinite(keepAliveMaxTimeout) || keepAliveMaxTimeout <= 0)) throw new InvalidArgumentError("invalid keepAliveMaxTimeout");
        if (keepAliveTimeoutThreshold != null && !Number.isFinite(keepAliveTimeoutThreshold)) throw new InvalidArgumentError("invalid keepAliveTimeoutThreshold");
        if (headersTimeout != null && (!Number.isInteger(headersTimeout) || headersTimeout < 0)) throw new InvalidArgumentError("headersTimeout must be a positive integer or zero");
        if (bodyTimeout != null && (!Number.isInteger(bodyTimeout) || bodyTimeout < 0)) throw new InvalidArgumentError("bodyTimeout must be a positive integer or zero");
        if (connect != null && typeof connect !== "function" && typeof connect !== "object") throw new InvalidArgumentError("connect must be a function or an object");
        if (maxRedirections != null && (!Number.isInteger(maxRedirections) || maxRedirections < 0)) throw new InvalidArgumentError("maxRedirections must be a positive number");
        if (maxRequestsPerClient != null && (!Number.isInteger(maxRequestsPerClient) || maxRequestsPerClient < 0)) throw new InvalidArgumentError("maxRequestsPerClient must be a positive number");
        if (localAddress != null && (typeof localAddress !== "string" || net.isIP(localAddress) === 0)) throw new InvalidArgumentError("localAddress must be valid string IP address");
        if (maxResponseSize != null && (!Number.isInteger(maxResponseSize) || maxResponseSize < -1)) throw new InvalidArgumentError("maxResponseSize must be a positive number");
        if (autoSelectFamilyAttemptTimeout != null && (!Number.isInteger(autoSelectFamilyAttemptTimeout) || autoSelectFamilyAttemptTimeout < -1)) throw new InvalidArgumentError("autoSelectFamilyAttemptTimeout must be a positive number");
        if (allowH2 != null && typeof allowH2 !== "boolean") throw new InvalidArgumentError("allowH2 must be a valid boolean value");
        if (maxConcurrentStreams != null && (typeof maxConcurrentStreams !== "number" || maxConcurrentStreams < 1)) throw new InvalidArgumentError("maxConcurrentStreams must be a positive integer, greater than 0");
        if (typeof connect !== "function") connect = buildConnector({
          ...tls,
          maxCachedSessions: maxCachedSessions,
          allowH2: allowH2,
          socketPath: socketPath,
          timeout: connectTimeout,
          ...autoSelectFamily ? {
            autoSelectFamily: autoSelectFamily,
            autoSelectFamilyAttemptTimeout: autoSelectFamilyAttemptTimeout
          } : void 0,
          ...connect
        });
        if (interceptors?.Client && Array.isArray(interceptors.Client)) {
          this[kInterceptors] = interceptors.Client;
          if (!deprecatedInterceptorWarned) {
            deprecatedInterceptorWarned = true;
            process.emitWarning("Client.Options#interceptor is deprecated. Use Dispatcher#compose instead.", {
              code: "UNDICI-CLIENT-INTERCEPTOR-DEPRECATED"
            });
          }
        } else this[kInterceptors] = [ createRedirectInterceptor({
          maxRedirections: maxRedirections
        }) ];
        this[kUrl] = util.parseOrigin(url);
        this[kConnector] = connect;
        this[kPipelining] = pipelining != null ? pipelining : 1;
        this[kMaxHeadersSize] = maxHeaderSize || http.maxHeaderSize;
        this[kKeepAliveDefaultTimeout] = keepAliveTimeout == null ? 4e3 : keepAliveTimeout;
        this[kKeepAliveMaxTimeout] = keepAliveMaxTimeout == null ? 6e5 : keepAliveMaxTimeout;
        this[kKeepAliveTimeoutThreshold] = keepAliveTimeoutThreshold == null ? 2e3 : keepAliveTimeoutThreshold;
        this[kKeepAliveTimeoutValue] = this[kKeepAliveDefaultTimeout];
        this[kServerName] = null;
        this[kLocalAddress] = localAddress != null ? localAddress : null;
        this[kResuming] = 0;
        this[kNeedDrain] = 0;
        this[kHostHeader] = `host: ${this[kUrl].hostname}${this[kUrl].port ? `:${this[kUrl].port}` : ""}\r\n`;
        this[kBodyTimeout] = bodyTimeout != null ? bodyTimeout : 3e5;
        this[kHeadersTimeout] = headersTimeout != null ? headersTimeout : 3e5;
        this[kStrictContentLength] = strictContentLength == null ? true : strictContentLength;
        this[kMaxRedirections] = maxRedirections;
        this[kMaxRequests] = maxRequestsPerClient;
        this[kClosedResolve] = null;
        this[kMaxResponseSize] = maxResponseSize > -1 ? maxResponseSize : -1;
        this[kMaxConcurrentStreams] = maxConcurrentStreams != null ? maxConcurrentStreams : 100;
        this[kHTTPContext] = null;
        this[kQueue] = [];
        this[kRunningIdx] = 0;
        this[kPendingIdx] = 0;
        this[kResume] = sync => resume(this, sync);
        this[kOnError] = err => onError(this, err);
      }
      get pipelining() {
        return this[kPipelining];
      }
      set pipelining(value) {
        this[kPipelining] = value;
        this[kResume](true);
      }
      get [kPending]() {
        return this[kQueue].length - this[kPendingIdx];
      }
      get [kRunning]() {
        return this[kPendingIdx] - this[kRunningIdx];
      }
      get [kSize]() {
        return this[kQueue].length - this[kRunningIdx];
      }
      get [kConnected]() {
        return !!this[kHTTPContext] && !this[kConnecting] && !this[kHTTPContext].destroyed;
      }
      get [kBusy]() {
        return Boolean(this[kHTTPContext]?.busy(null) || this[kSize] >= (getPipelining(this) || 1) || this[kPending] > 0);
      }
      [kConnect](cb) {
        connect(this);
        this.once("connect", cb);
      }
      [kDispatch](opts, handler) {
        const origin = opts.origin || this[kUrl].origin;
        const request = new Request(origin, opts, handler);
        this[kQueue].push(request);
        if (this[kResuming]) ; else if (util.bodyLength(request.body) == null && util.isIterable(request.body)) {
          this[kResuming] = 1;
          queueMicrotask(() => resume(this));
        } else this[kResume](true);
        if (this[kResuming] && this[kNeedDrain] !== 2 && this[kBusy]) this[kNeedDrain] = 2;
        return this[kNeedDrain] < 2;
      }
      async [kClose]() {
        return new Promise(resolve => {
          if (this[kSize]) this[kClosedResolve] = resolve; else resolve(null);
        });
      }
      async [kDestroy](err) {
        return new Promise(resolve => {
          const requests = this[kQueue].splice(this[kPendingIdx]);
          for (let i = 0; i < requests.length; i++) {
            const request = requests[i];
            util.errorRequest(this, request, err);
          }
          const callback = () => {
            if (this[kClosedResolve]) {
              this[kClosedResolve]();
              this[kClosedResolve] = null;
            }
            resolve(null);
          };
          if (this[kHTTPContext]) {
            this[kHTTPContext].destroy(err, callback);
            this[kHTTPContext] = null;
          } else queueMicrotask(callback);
          this[kResume]();
        });
      }
    };
  },
  1841: (module, __unused_webpack_exports, __nccwpck_require__) => {
    const buffer = __nccwpck_require__(4573);
    const Dispatcher = __nccwpck_require__(883);
    const {ClientDestroyedError: ClientDestroyedError, ClientClosedError: ClientClosedError, InvalidArgumentError: InvalidArgumentError} = __nccwpck_require__(8707);
    const {kDestroy: kDestroy, kClose: kClose, kClosed: kClosed, kDestroyed: kDestroyed, kDispatch: kDispatch, kInterceptors: kInterceptors} = __nccwpck_require__(6443);
    const kOnDestroyed = Symbol("onDestroyed");
    const kOnClosed = Symbol("onClosed");
    const kInterceptedDispatch = Symbol("Intercepted Dispatch");
    const kWebSocketOptions = Symbol("webSocketOptions");
    const kEventSourceOptions = Symbol("eventSourceOptions");
    module.exports = class extends Dispatcher {
      constructor(opts) {
        super();
        this[kDestroyed] = false;
        this[kOnDestroyed] = null;
        this[kClosed] = false;
        this[kOnClosed] = [];
        this[kWebSocketOptions] = opts?.webSocket ?? {};
        this[kEventSourceOptions] = opts?.eventSource ?? {};
      }
      get webSocketOptions() {
        return {
          maxFragments: this[kWebSocketOptions].maxFragments ?? 131072,
          maxPayloadSize: this[kWebSocketOptions].maxPayloadSize ?? 128 * 1024 * 1024
        };
      }
      get eventSourceOptions() {
        return {
          maxEventSize: this[kEventSourceOptions].maxEventSize ?? buffer.kStringMaxLength
        };
      }
      get destroyed() {
        return this[kDestroyed];
      }
      get closed() {
        return this[kClosed];
      }
      get interceptors() {
        return this[kInterceptors];
      }
      set interceptors(newInterceptors) {
        if (newInterceptors) for (let i = newInterceptors.length - 1; i >= 0; i--) {
          const interceptor = this[kInterceptors][i];
          if (typeof interceptor !== "function") throw new InvalidArgumentError("interceptor must be an function");
        }
        this[kInterceptors] = newInterceptors;
      }
      close(callback) {
        if (callback === void 0) return new Promise((resolve, reject) => {
          this.close((err, data) => err ? reject(err) : resolve(data));
        });
        if (typeof callback !== "function") throw new InvalidArgumentError("invalid callback");
        if (this[kDestroyed]) {
          queueMicrotask(() => callback(new ClientDestroyedError, null));
          return;
        }
        if (this[kClosed]) {
          if (this[kOnClosed]) this[kOnClosed].push(callback); else queueMicrotask(() => callback(null, null));
          return;
        }
        this[kClosed] = true;
        this[kOnClosed].push(callback);
        const onClosed = () => {
          const callbacks = this[kOnClosed];
          this[kOnClosed] = null;
          for (let i = 0; i < callbacks.length; i++) callbacks[i](null, null);
        };
        this[kClose]().then(() => this.destroy()).then(() => {
          queueMicrotask(onClosed);
        });
      }
      destroy(err, callback) {
        if (typeof err === "function") {
          callback = err;
          err = null;
        }
        if (callback === void 0) return new Promise((resolve, reject) => {
          this.destroy(err, (err, data) => err ? reject(err) : resolve(data));
        });
        if (typeof callback !== "function") throw new InvalidArgumentError("invalid callback");
        if (this[kDestroyed]) {
          if (this[kOnDestroyed]) this[kOnDestroyed].push(callback); else queueMicrotask(() => callback(null, null));
          return;
        }
        if (!err) err = new ClientDestroyedError;
        this[kDestroyed] = true;
        this[kOnDestroyed] = this[kOnDestroyed] || [];
        this[kOnDestroyed].push(callback);
        const onDestroyed = () => {
          const callbacks = this[kOnDestroyed];
          this[kOnDestroyed] = null;
          for (let i = 0; i < callbacks.length; i++) callbacks[i](null, null);
        };
        this[kDestroy](err).then(() => {
          queueMicrotask(onDestroyed);
        });
      }
      [kInterceptedDispatch](opts, handler) {
        if (!this[kInterceptors] || this[kInterceptors].length === 0) {
          this[kInterceptedDispatch] = this[kDispatch];
          return this[kDispatch](opts, handler);
        }
        let dispatch = this[kDispatch].bind(this);
        for (let i = this[kInterceptors].length - 1; i >= 0; i--) dispatch = this[kInterceptors][i](dispatch);
        this[kInterceptedDispatch] = dispatch;
        return dispatch(opts, handler);
      }
      dispatch(opts, handler) {
        if (!handler || typeof handler !== "object") throw new InvalidArgumentError("handler must be an object");
        try {
          if (!opts || typeof opts !== "object") throw new InvalidArgumentError("opts must be an object.");
          if (this[kDestroyed] || this[kOnDestroyed]) throw new ClientDestroyedError;
          if (this[kClosed]) throw new ClientClosedError;
          return this[kInterceptedDispatch](opts, handler);
        } catch (err) {
          if (typeof handler.onError !== "function") throw new InvalidArgumentError("invalid onError method");
          handler.onError(err);
          return false;
        }
      }
    };
  },
  883: (module, __unused_webpack_exports, __nccwpck_require__) => {
    const EventEmitter = __nccwpck_require__(8474);
    class Dispatcher extends EventEmitter {
      dispatch() {
        throw new Error("not implemented");
      }
      close() {
        throw new Error("not implemented");
      }
      destroy() {
        throw new Error("not implemented");
      }
      compose(...args) {
        const interceptors = Array.isArray(args[0]) ? args[0] : args;
        let dispatch = this.dispatch.bind(this);
        for (const interceptor of interceptors) {
          if (interceptor == null) continue;
          if (typeof interceptor !== "function") throw new TypeError(`invalid interceptor, expected function received ${typeof interceptor}`);
          dispatch = interceptor(dispatch);
          if (dispatch == null || typeof dispatch !== "function" || dispatch.length !== 2) throw new TypeError("invalid interceptor");
        }
        return new ComposedDispatcher(this, dispatch);
      }
    }
    class ComposedDispatcher extends Dispatcher {
      #dispatcher=null;
      #dispatch=null;
      constructor(dispatcher, dispatch) {
        super();
        this.#dispatcher = dispatcher;
        this.#dispatch = dispatch;
      }
      dispatch(...args) {
        this.#dispatch(...args);
      }
      close(...args) {
        return this.#dispatcher.close(...args);
      }
      destroy(...args) {
        return this.#dispatcher.destroy(...args);
      }
    }
    module.exports = Dispatcher;
  },
  3137: (module, __unused_webpack_exports, __nccwpck_require__) => {
    const DispatcherBase = __nccwpck_require__(1841);
    const {kClose: kClose, kDestroy: kDestroy, kClosed: kClosed, kDestroyed: kDestroyed, kDispatch: kDispatch, kNoProxyAgent: kNoProxyAgent, kHttpProxyAgent: kHttpProxyAgent, kHttpsProxyAgent: kHttpsProxyAgent} = __nccwpck_require__(6443);
    const ProxyAgent = __nccwpck_require__(6672);
    const Agent = __nccwpck_require__(7405);
    const DEFAULT_PORTS = {
      "http:": 80,
      "https:": 443
    };
    let experimentalWarned = false;
    module.exports = class extends DispatcherBase {
      #noProxyValue=null;
      #noProxyEntries=null;
      #opts=null;
      constructor(opts = {}) {
        super();
        this.#opts = opts;
        if (!experimentalWarned) {
          experimentalWarned = true;
          process.emitWarning("EnvHttpProxyAgent is experimental, expect them to change at any time.", {
            code: "UNDICI-EHPA"
          });
        }
        const {httpProxy: httpProxy, httpsProxy: httpsProxy, noProxy: noProxy, ...agentOpts} = opts;
        this[kNoProxyAgent] = new Agent(agentOpts);
        const HTTP_PROXY = httpProxy ?? process.env.http_proxy ?? process.env.HTTP_PROXY;
        if (HTTP_PROXY) this[kHttpProxyAgent] = new ProxyAgent({
          ...agentOpts,
          uri: HTTP_PROXY
        }); else this[kHttpProxyAgent] = this[kNoProxyAgent];
        const HTTPS_PROXY = httpsProxy ?? process.env.https_proxy ?? process.env.HTTPS_PROXY;
        if (HTTPS_PROXY) this[kHttpsProxyAgent] = new ProxyAgent({
          ...agentOpts,
          uri: HTTPS_PROXY
        }); else this[kHttpsProxyAgent] = this[kHttpProxyAgent];
        this.#parseNoProxy();
      }
      [kDispatch](opts, handler) {
        const url = new URL(opts.origin);
        const agent = this.#getProxyAgentForUrl(url);
        return agent.dispatch(opts, handler);
      }
      async [kClose]() {
        await this[kNoProxyAgent].close();
        if (!this[kHttpProxyAgent][kClosed]) await this[kHttpProxyAgent].close();
        if (!this[kHttpsProxyAgent][kClosed]) await this[kHttpsProxyAgent].close();
      }
      async [kDestroy](err) {
        await this[kNoProxyAgent].destroy(err);
        if (!this[kHttpProxyAgent][kDestroyed]) await this[kHttpProxyAgent].destroy(err);
        if (!this[kHttpsProxyAgent][kDestroyed]) await this[kHttpsProxyAgent].destroy(err);
      }
      #getProxyAgentForUrl(url) {
        let {protocol: protocol, host: hostname, port: port} = url;
        hostname = hostname.replace(/:\d*$/, "").toLowerCase();
        port = Number.parseInt(port, 10) || DEFAULT_PORTS[protocol] || 0;
        if (!this.#shouldProxy(hostname, port)) return this[kNoProxyAgent];
        if (protocol === "https:") return this[kHttpsProxyAgent];
        return this[kHttpProxyAgent];
      }
      #shouldProxy(hostname, port) {
        if (this.#noProxyChanged) this.#parseNoProxy();
        if (this.#noProxyEntries.length === 0) return true;
        if (this.#noProxyValue === "*") return false;
        for (let i = 0; i < this.#noProxyEntries.length; i++) {
          const entry = this.#noProxyEntries[i];
          if (entry.port && entry.port !== port) continue;
          if (!/^[.*]/.test(entry.hostname)) {
            if (hostname === entry.hostname) return false;
          } else if (hostname.endsWith(entry.hostname.replace(/^\*/, ""))) return false;
        }
        return true;
      }
      #parseNoProxy() {
        const noProxyValue = this.#opts.noProxy ?? this.#noProxyEnv;
        const noProxySplit = noProxyValue.split(/[,\s]/);
        const noProxyEntries = [];
        for (let i = 0; i < noProxySplit.length; i++) {
          const entry = noProxySplit[i];
          if (!entry) continue;
          const parsed = entry.match(/^(.+):(\d+)$/);
          noProxyEntries.push({
            hostname: (parsed ? parsed[1] : entry).toLowerCase(),
            port: parsed ? Number.parseInt(parsed[2], 10) : 0
          });
        }
        this.#noProxyValue = noProxyValue;
        this.#noProxyEntries = noProxyEntries;
      }
      get #noProxyChanged() {
        if (this.#opts.noProxy !== void 0) return false;
        return this.#noProxyValue !== this.#noProxyEnv;
      }
      get #noProxyEnv() {
        return process.env.no_proxy ?? process.env.NO_PROXY ?? "";
      }
    };
  },
  4660: module => {
    const kSize = 2048;
    const kMask = kSize - 1;
    class FixedCircularBuffer {
      constructor() {
        this.bottom = 0;
        this.top = 0;
        this.list = new Array(kSize);
        this.next = null;
      }
      isEmpty() {
        return this.top === this.bottom;
      }
      isFull() {
        return (this.top + 1 & kMask) === this.bottom;
      }
      push(data) {
        this.list[this.top] = data;
        this.top = this.top + 1 & kMask;
      }
      shift() {
        const nextItem = this.list[this.bottom];
        if (nextItem === void 0) return null;
        this.list[this.bottom] = void 0;
        this.bottom = this.bottom + 1 & kMask;
        return nextItem;
      }
    }
    module.exports = class {
      constructor() {
        this.head = this.tail = new FixedCircularBuffer;
      }
      isEmpty() {
        return this.head.isEmpty();
      }
      push(data) {
        if (this.head.isFull()) this.head = this.head.next = new FixedCircularBuffer;
        this.head.push(data);
      }
      shift() {
        const tail = this.tail;
        const next = tail.shift();
        if (tail.isEmpty() && tail.next !== null) this.tail = tail.next;
        return next;
      }
    };
  },
  2128: (module, __unused_webpack_exports, __nccwpck_require__) => {
    const DispatcherBase = __nccwpck_require__(1841);
    const FixedQueue = __nccwpck_require__(4660);
    const {kConnected: kConnected, kSize: kSize, kRunning: kRunning, kPending: kPending, kQueued: kQueued, kBusy: kBusy, kFree: kFree, kUrl: kUrl, kClose: kClose, kDestroy: kDestroy, kDispatch: kDispatch} = __nccwpck_require__(6443);
    const PoolStats = __nccwpck_require__(3246);
    const kClients = Symbol("clients");
    const kNeedDrain = Symbol("needDrain");
    const kQueue = Symbol("queue");
    const kClosedResolve = Symbol("closed resolve");
    const kOnDrain = Symbol("onDrain");
    const kOnConnect = Symbol("onConnect");
    const kOnDisconnect = Symbol("onDisconnect");
    const kOnConnectionError = Symbol("onConnectionError");
    const kGetDispatcher = Symbol("get dispatcher");
    const kAddClient = Symbol("add client");
    const kRemoveClient = Symbol("remove client");
    const kStats = Symbol("stats");
    module.exports = {
      PoolBase: class extends DispatcherBase {
        constructor(opts) {
          super(opts);
          this[kQueue] = new FixedQueue;
          this[kClients] = [];
          this[kQueued] = 0;
          const pool = this;
          this[kOnDrain] = function(origin, targets) {
            const queue = pool[kQueue];
            let needDrain = false;
            while (!needDrain) {
              const item = queue.shift();
              if (!item) break;
              pool[kQueued]--;
              needDrain = !this.dispatch(item.opts, item.handler);
            }
            this[kNeedDrain] = needDrain;
            if (!this[kNeedDrain] && pool[kNeedDrain]) {
              pool[kNeedDrain] = false;
              pool.emit("drain", origin, [ pool, ...targets ]);
            }
            if (pool[kClosedResolve] && queue.isEmpty()) Promise.all(pool[kClients].map(c => c.close())).then(pool[kClosedResolve]);
          };
          this[kOnConnect] = (origin, targets) => {
            pool.emit("connect", origin, [ pool, ...targets ]);
          };
          this[kOnDisconnect] = (origin, targets, err) => {
            pool.emit("disconnect", origin, [ pool, ...targets ], err);
          };
          this[kOnConnectionError] = (origin, targets, err) => {
            pool.emit("connectionError", origin, [ pool, ...targets ], err);
          };
          this[kStats] = new PoolStats(this);
        }
        get [kBusy]() {
          return this[kNeedDrain];
        }
        get [kConnected]() {
          return this[kClients].filter(client => client[kConnected]).length;
        }
        get [kFree]() {
          return this[kClients].filter(client => client[kConnected] && !client[kNeedDrain]).length;
        }
        get [kPending]() {
          let ret = this[kQueued];
          for (const {[kPending]: pending} of this[kClients]) ret += pending;
          return ret;
        }
        get [kRunning]() {
          let ret = 0;
          for (const {[kRunning]: running} of this[kClients]) ret += running;
          return ret;
        }
        get [kSize]() {
          let ret = this[kQueued];
          for (const {[kSize]: size} of this[kClients]) ret += size;
          return ret;
        }
        get stats() {
          return this[kStats];
        }
        async [kClose]() {
          if (this[kQueue].isEmpty()) await Promise.all(this[kClients].map(c => c.close())); else await new Promise(resolve => {
            this[kClosedResolve] = resolve;
          });
        }
        async [kDestroy](err) {
          while (true) {
            const item = this[kQueue].shift();
            if (!item) break;
            item.handler.onError(err);
          }
          await Promise.all(this[kClients].map(c => c.destroy(err)));
        }
        [kDispatch](opts, handler) {
          const dispatcher = this[kGetDispatcher]();
          if (!dispatcher) {
            this[kNeedDrain] = true;
            this[kQueue].push({
              opts: opts,
              handler: handler
            });
            this[kQueued]++;
          } else if (!dispatcher.dispatch(opts, handler)) {
            dispatcher[kNeedDrain] = true;
            this[kNeedDrain] = !this[kGetDispatcher]();
          }
          return !this[kNeedDrain];
        }
        [kAddClient](client) {
          client.on("drain", this[kOnDrain]).on("connect", this[kOnConnect]).on("disconnect", this[kOnDisconnect]).on("connectionError", this[kOnConnectionError]);
          this[kClients].push(client);
          if (this[kNeedDrain]) queueMicrotask(() => {
            if (this[kNeedDrain]) this[kOnDrain](client[kUrl], [ this, client ]);
          });
          return this;
        }
        [kRemoveClient](client) {
          client.close(() => {
            const idx = this[kClients].indexOf(client);
            if (idx !== -1) this[kClients].splice(idx, 1);
          });
          this[kNeedDrain] = this[kClients].some(dispatcher => !dispatcher[kNeedDrain] && dispatcher.closed !== true && dispatcher.destroyed !== true);
        }
      },
      kClients: kClients,
      kNeedDrain: kNeedDrain,
      kAddClient: kAddClient,
      kRemoveClient: kRemoveClient,
      kGetDispatcher: kGetDispatcher
    };
  },
  3246: (module, __unused_webpack_exports, __nccwpck_require__) => {
    const {kFree: kFree, kConnected: kConnected, kPending: kPending, kQueued: kQueued, kRunning: kRunning, kSize: kSize} = __nccwpck_require__(6443);
    const kPool = Symbol("pool");
    module.exports = class {
      constructor(pool) {
        this[kPool] = pool;
      }
      get connected() {
        return this[kPool][kConnected];
      }
      get free() {
        return this[kPool][kFree];
      }
      get pending() {
        return this[kPool][kPending];
      }
      get queued() {
        return this[kPool][kQueued];
      }
      get running() {
        return this[kPool][kRunning];
      }
      get size() {
        return this[kPool][kSize];
      }
    };
  },
  628: (module, __unused_webpack_exports, __nccwpck_require__) => {
    const {PoolBase: PoolBase, kClients: kClients, kNeedDrain: kNeedDrain, kAddClient: kAddClient, kGetDispatcher: kGetDispatcher} = __nccwpck_require__(2128);
    const Client = __nccwpck_require__(3701);
    const {InvalidArgumentError: InvalidArgumentError} = __nccwpck_require__(8707);
    const util = __nccwpck_require__(3440);
    const {kUrl: kUrl, kInterceptors: kInterceptors} = __nccwpck_require__(6443);
    const buildConnector = __nccwpck_require__(9136);
    const kOptions = Symbol("options");
    const kConnections = Symbol("connections");
    const kFactory = Symbol("factory");
    function defaultFactory(origin, opts) {
      return new Client(origin, opts);
    }
    module.exports = class extends PoolBase {
      constructor(origin, {connections: connections, factory: factory = defaultFactory, connect: connect, connectTimeout: connectTimeout, tls: tls, maxCachedSessions: maxCachedSessions, socketPath: socketPath, autoSelectFamily: autoSelectFamily, autoSelectFamilyAttemptTimeout: autoSelectFamilyAttemptTimeout, allowH2: allowH2, ...options} = {}) {
        if (connections != null && (!Number.isFinite(connections) || connections < 0)) throw new InvalidArgumentError("invalid connections");
        if (typeof factory !== "function") throw new InvalidArgumentError("factory must be a function.");
        if (connect != null && typeof connect !== "function" && typeof connect !== "object") throw new InvalidArgumentError("connect must be a function or an object");
        if (typeof connect !== "function") connect = buildConnector({
          ...tls,
          maxCachedSessions: maxCachedSessions,
          allowH2: allowH2,
          socketPath: socketPath,
          timeout: connectTimeout,
          ...autoSelectFamily ? {
            autoSelectFamily: autoSelectFamily,
            autoSelectFamilyAttemptTimeout: autoSelectFamilyAttemptTimeout
          } : void 0,
          ...connect
        });
        super(options);
        this[kInterceptors] = options.interceptors?.Pool && Array.isArray(options.interceptors.Pool) ? options.interceptors.Pool : [];
        this[kConnections] = connections || null;
        this[kUrl] = util.parseOrigin(origin);
        this[kOptions] = {
          ...util.deepClone(options),
          connect: connect,
          allowH2: allowH2
        };
        this[kOptions].interceptors = options.interceptors ? {
          ...options.interceptors
        } : void 0;
        this[kFactory] = factory;
        this.on("connectionError", (origin, targets, error) => {
          for (const target of targets) {
            const idx = this[kClients].indexOf(target);
            if (idx !== -1) this[kClients].splice(idx, 1);
          }
        });
      }
      [kGetDispatcher]() {
        for (const client of this[kClients]) if (!client[kNeedDrain]) return client;
        if (!this[kConnections] || this[kClients].length < this[kConnections]) {
          const dispatcher = this[kFactory](this[kUrl], this[kOptions]);
          this[kAddClient](dispatcher);
          return dispatcher;
        }
      }
    };
  },
  6672: (module, __unused_webpack_exports, __nccwpck_require__) => {
    const {kProxy: kProxy, kClose: kClose, kDestroy: kDestroy, kDispatch: kDispatch, kInterceptors: kInterceptors} = __nccwpck_require__(6443);
    const {URL: URL} = __nccwpck_require__(3136);
    const Agent = __nccwpck_require__(7405);
    const Pool = __nccwpck_require__(628);
    const DispatcherBase = __nccwpck_require__(1841);
    const {InvalidArgumentError: InvalidArgumentError, RequestAbortedError: RequestAbortedError, SecureProxyConnectionError: SecureProxyConnectionError} = __nccwpck_require__(8707);
    const buildConnector = __nccwpck_require__(9136);
    const Client = __nccwpck_require__(3701);
    const kAgent = Symbol("proxy agent");
    const kClient = Symbol("proxy client");
    const kProxyHeaders = Symbol("proxy headers");
    const kRequestTls = Symbol("request tls settings");
    const kProxyTls = Symbol("proxy tls settings");
    const kConnectEndpoint = Symbol("connect endpoint function");
    const kTunnelProxy = Symbol("tunnel proxy");
    function defaultProtocolPort(protocol) {
      return protocol === "https:" ? 443 : 80;
    }
    function defaultFactory(origin, opts) {
      return new Pool(origin, opts);
    }
    const noop = () => {};
    function defaultAgentFactory(origin, opts) {
      if (opts.connections === 1) return new Client(origin, opts);
      return new Pool(origin, opts);
    }
    class Http1ProxyWrapper extends DispatcherBase {
      #client;
      constructor(proxyUrl, {headers: headers = {}, connect: connect, factory: factory}) {
        super();
        if (!proxyUrl) throw new InvalidArgumentError("Proxy URL is mandatory");
        this[kProxyHeaders] = headers;
        if (factory) this.#client = factory(proxyUrl, {
          connect: connect
        }); else this.#client = new Client(proxyUrl, {
          connect: connect
        });
      }
      [kDispatch](opts, handler) {
        const onHeaders = handler.onHeaders;
        handler.onHeaders = function(statusCode, data, resume) {
          if (statusCode === 407) {
            if (typeof handler.onError === "function") handler.onError(new InvalidArgumentError("Proxy Authentication Required (407)"));
            return;
          }
          if (onHeaders) onHeaders.call(this, statusCode, data, resume);
        };
        const {origin: origin, path: path = "/", headers: headers = {}} = opts;
        opts.path = origin + path;
        if (!("host" in headers) && !("Host" in headers)) {
          const {host: host} = new URL(origin);
          headers.host = host;
        }
        opts.headers = {
          ...this[kProxyHeaders],
          ...headers
        };
        return this.#client[kDispatch](opts, handler);
      }
      async [kClose]() {
        return this.#client.close();
      }
      async [kDestroy](err) {
        return this.#client.destroy(err);
      }
    }
    function buildHeaders(headers) {
      if (Array.isArray(headers)) {
        const headersPair = {};
        for (let i = 0; i < headers.length; i += 2) headersPair[headers[i]] = headers[i + 1];
        return headersPair;
      }
      return headers;
    }
    function throwIfProxyAuthIsSent(headers) {
      const existProxyAuth = headers && Object.keys(headers).find(key => key.toLowerCase() === "proxy-authorization");
      if (existProxyAuth) throw new InvalidArgumentError("Proxy-Authorization should be sent in ProxyAgent constructor");
    }
    module.exports = class extends DispatcherBase {
      constructor(opts) {
        super();
        if (!opts || typeof opts === "object" && !(opts instanceof URL) && !opts.uri) throw new InvalidArgumentError("Proxy uri is mandatory");
        const {clientFactory: clientFactory = defaultFactory} = opts;
        if (typeof clientFactory !== "function") throw new InvalidArgumentError("Proxy opts.clientFactory must be a function.");
        const {proxyTunnel: proxyTunnel = true} = opts;
        const url = this.#getUrl(opts);
        const {href: href, origin: origin, port: port, protocol: protocol, username: username, password: password, hostname: proxyHostname} = url;
        this[kProxy] = {
          uri: href,
          protocol: protocol
        };
        this[kInterceptors] = opts.interceptors?.ProxyAgent && Array.isArray(opts.interceptors.ProxyAgent) ? opts.interceptors.ProxyAgent : [];
        this[kRequestTls] = opts.requestTls;
        this[kProxyTls] = opts.proxyTls;
        this[kProxyHeaders] = opts.headers || {};
        this[kTunnelProxy] = proxyTunnel;
        if (opts.auth && opts.token) throw new InvalidArgumentError("opts.auth cannot be used in combination with opts.token"); else if (opts.auth) this[kProxyHeaders]["proxy-authorization"] = `Basic ${opts.auth}`; else if (opts.token) this[kProxyHeaders]["proxy-authorization"] = opts.token; else if (username && password) this[kProxyHeaders]["proxy-authorization"] = `Basic ${Buffer.from(`${decodeURIComponent(username)}:${decodeURIComponent(password)}`).toString("base64")}`;
        const connect = buildConnector({
          ...opts.proxyTls
        });
        this[kConnectEndpoint] = buildConnector({
          ...opts.requestTls
        });
        const agentFactory = opts.factory || defaultAgentFactory;
        this[kClient] = clientFactory(url, {
          connect: connect
        });
        this[kAgent] = new Agent({
          ...opts,
          factory: (origin, options) => {
            const {protocol: protocol} = new URL(origin);
            if (!this[kTunnelProxy] && protocol === "http:" && this[kProxy].protocol === "http:") return new Http1ProxyWrapper(this[kProxy].uri, {
              headers: this[kProxyHeaders],
              connect: connect,
              factory: agentFactory
            });
            return agentFactory(origin, options);
          },
          connect: async (opts, callback) => {
            let requestedPath = opts.host;
            if (!opts.port) requestedPath += `:${defaultProtocolPort(opts.protocol)}`;
            try {
              const {socket: socket, statusCode: statusCode} = await this[kClient].connect({
                origin: origin,
                port: port,
                path: requestedPath,
                signal: opts.signal,
                headers: {
                  ...this[kProxyHeaders],
                  host: opts.host
                },
                servername: this[kProxyTls]?.servername || proxyHostname
              });
              if (statusCode !== 200) {
                socket.on("error", noop).destroy();
                callback(new RequestAbortedError(`Proxy response (${statusCode}) !== 200 when HTTP Tunneling`));
              }
              if (opts.protocol !== "https:") {
                callback(null, socket);
                return;
              }
              let servername;
              if (this[kRequestTls]) servername = this[kRequestTls].servername; else servername = opts.servername;
              this[kConnectEndpoint]({
                ...opts,
                servername: servername,
                httpSocket: socket
              }, callback);
            } catch (err) {
              if (err.code === "ERR_TLS_CERT_ALTNAME_INVALID") callback(new SecureProxyConnectionError(err)); else callback(err);
            }
          }
        });
      }
      dispatch(opts, handler) {
        const headers = buildHeaders(opts.headers);
        throwIfProxyAuthIsSent(headers);
        if (headers && !("host" in headers) && !("Host" in headers)) {
          const {host: host} = new URL(opts.origin);
          headers.host = host;
        }
        return this[kAgent].dispatch({
          ...opts,
          headers: headers
        }, handler);
      }
      #getUrl(opts) {
        if (typeof opts === "string") return new URL(opts); else if (opts instanceof URL) return opts; else return new URL(opts.uri);
      }
      async [kClose]() {
        await this[kAgent].close();
        await this[kClient].close();
      }
      async [kDestroy]() {
        await this[kAgent].destroy();
        await this[kClient].destroy();
      }
    };
  },
  50: (module, __unused_webpack_exports, __nccwpck_require__) => {
    const Dispatcher = __nccwpck_require__(883);
    const RetryHandler = __nccwpck_require__(7816);
    module.exports = class extends Dispatcher {
      #agent=null;
      #options=null;
      constructor(agent, options = {}) {
        super(options);
        this.#agent = agent;
        this.#options = options;
      }
      dispatch(opts, handler) {
        const retry = new RetryHandler({
          ...opts,
          retryOptions: this.#options
        }, {
          dispatch: this.#agent.dispatch.bind(this.#agent),
          handler: handler
        });
        return this.#agent.dispatch(opts, retry);
      }
      close() {
        return this.#agent.close();
      }
      destroy() {
        return this.#agent.destroy();
      }
    };
  },
  2581: (module, __unused_webpack_exports, __nccwpck_require__) => {
    const globalDispatcher = Symbol.for("undici.globalDispatcher.1");
    const {InvalidArgumentError: InvalidArgumentError} = __nccwpck_require__(8707);
    const Agent = __nccwpck_require__(7405);
    if (getGlobalDispatcher() === void 0) setGlobalDispatcher(new Agent);
    function setGlobalDispatcher(agent) {
      if (!agent || typeof agent.dispatch !== "function") throw new InvalidArgumentError("Argument agent must implement Agent");
      Object.defineProperty(globalThis, globalDispatcher, {
        value: agent,
        writable: true,
        enumerable: false,
        configurable: false
      });
    }
    function getGlobalDispatcher() {
      return globalThis[globalDispatcher];
    }
    module.exports = {
      setGlobalDispatcher: setGlobalDispatcher,
      getGlobalDispatcher: getGlobalDispatcher
    };
  },
  8155: module => {
    module.exports = class {
      #handler;
      constructor(handler) {
        if (typeof handler !== "object" || handler === null) throw new TypeError("handler must be an object");
        this.#handler = handler;
      }
      onConnect(...args) {
        return this.#handler.onConnect?.(...args);
      }
      onError(...args) {
        return this.#handler.onError?.(...args);
      }
      onUpgrade(...args) {
        return this.#handler.onUpgrade?.(...args);
      }
      onResponseStarted(...args) {
        return this.#handler.onResponseStarted?.(...args);
      }
      onHeaders(...args) {
        return this.#handler.onHeaders?.(...args);
      }
      onData(...args) {
        return this.#handler.onData?.(...args);
      }
      onComplete(...args) {
        return this.#handler.onComplete?.(...args);
      }
      onBodySent(...args) {
        return this.#handler.onBodySent?.(...args);
      }
    };
  },
  8754: (module, __unused_webpack_exports, __nccwpck_require__) => {
    const util = __nccwpck_require__(3440);
    const {kBodyUsed: kBodyUsed} = __nccwpck_require__(6443);
    const assert = __nccwpck_require__(4589);
    const {InvalidArgumentError: InvalidArgumentError} = __nccwpck_require__(8707);
    const EE = __nccwpck_require__(8474);
    const redirectableStatusCodes = [ 300, 301, 302, 303, 307, 308 ];
    const kBody = Symbol("body");
    class BodyAsyncIterable {
      constructor(body) {
        this[kBody] = body;
        this[kBodyUsed] = false;
      }
      async* [Symbol.asyncIterator]() {
        assert(!this[kBodyUsed], "disturbed");
        this[kBodyUsed] = true;
        yield* this[kBody];
      }
    }
    function parseLocation(statusCode, headers) {
      if (redirectableStatusCodes.indexOf(statusCode) === -1) return null;
      for (let i = 0; i < headers.length; i += 2) if (headers[i].length === 8 && util.headerNameToString(headers[i]) === "location") return headers[i + 1];
    }
    function shouldRemoveHeader(header, removeContent, unknownOrigin) {
      if (header.length === 4) return util.headerNameToString(header) === "host";
      if (removeContent && util.headerNameToString(header).startsWith("content-")) return true;
      if (unknownOrigin && (header.length === 13 || header.length === 6 || header.length === 19)) {
        const name = util.headerNameToString(header);
        return name === "authorization" || name === "cookie" || name === "proxy-authorization";
      }
      return false;
    }
    function cleanRequestHeaders(headers, removeContent, unknownOrigin) {
      const ret = [];
      if (Array.isArray(headers)) {
        for (let i = 0; i < headers.length; i += 2) if (!shouldRemoveHeader(headers[i], removeContent, unknownOrigin)) ret.push(headers[i], headers[i + 1]);
      } else if (headers && typeof headers === "object") {
        for (const key of Object.keys(headers)) if (!shouldRemoveHeader(key, removeContent, unknownOrigin)) ret.push(key, headers[key]);
      } else assert(headers == null, "headers must be an object or an array");
      return ret;
    }
    module.exports = class {
      constructor(dispatch, maxRedirections, opts, handler) {
        if (maxRedirections != null && (!Number.isInteger(maxRedirections) || maxRedirections < 0)) throw new InvalidArgumentError("maxRedirections must be a positive number");
        util.validateHandler(handler, opts.method, opts.upgrade);
        this.dispatch = dispatch;
        this.location = null;
        this.abort = null;
        this.opts = {
          ...opts,
          maxRedirections: 0
        };
        this.maxRedirections = maxRedirections;
        this.handler = handler;
        this.history = [];
        this.redirectionLimitReached = false;
        if (util.isStream(this.opts.body)) {
          if (util.bodyLength(this.opts.body) === 0) this.opts.body.on("data", function() {
            assert(false);
          });
          if (typeof this.opts.body.readableDidRead !== "boolean") {
            this.opts.body[kBodyUsed] = false;
            EE.prototype.on.call(this.opts.body, "data", function() {
              this[kBodyUsed] = true;
            });
          }
        } else if (this.opts.body && typeof this.opts.body.pipeTo === "function") this.opts.body = new BodyAsyncIterable(this.opts.body); else if (this.opts.body && typeof this.opts.body !== "string" && !ArrayBuffer.isView(this.opts.body) && util.isIterable(this.opts.body)) this.opts.body = new BodyAsyncIterable(this.opts.body);
      }
      onConnect(abort) {
        this.abort = abort;
        this.handler.onConnect(abort, {
          history: this.history
        });
      }
      onUpgrade(statusCode, headers, socket) {
        this.handler.onUpgrade(statusCode, headers, socket);
      }
      onError(error) {
        this.handler.onError(error);
      }
      onHeaders(statusCode, headers, resume, statusText) {
        this.location = this.history.length >= this.maxRedirections || util.isDisturbed(this.opts.body) ? null : parseLocation(statusCode, headers);
        if (this.opts.throwOnMaxRedirect && this.history.length >= this.maxRedirections) {
          if (this.request) this.request.abort(new Error("max redirects"));
          this.redirectionLimitReached = true;
          this.abort(new Error("max redirects"));
          return;
        }
        if (this.opts.origin) this.history.push(new URL(this.opts.path, this.opts.origin));
        if (!this.location) return this.handler.onHeaders(statusCode, headers, resume, statusText);
        const {origin: origin, pathname: pathname, search: search} = util.parseURL(new URL(this.location, this.opts.origin && new URL(this.opts.path, this.opts.origin)));
        const path = search ? `${pathname}${search}` : pathname;
        this.opts.headers = cleanRequestHeaders(this.opts.headers, statusCode === 303, this.opts.origin !== origin);
        this.opts.path = path;
        this.opts.origin = origin;
        this.opts.maxRedirections = 0;
        this.opts.query = null;
        if (statusCode === 303 && this.opts.method !== "HEAD") {
          this.opts.method = "GET";
          this.opts.body = null;
        }
      }
      onData(chunk) {
        if (this.location) ; else return this.handler.onData(chunk);
      }
      onComplete(trailers) {
        if (this.location) {
          this.location = null;
          this.abort = null;
          this.dispatch(this.opts, this);
        } else this.handler.onComplete(trailers);
      }
      onBodySent(chunk) {
        if (this.handler.onBodySent) this.handler.onBodySent(chunk);
      }
    };
  },
  7816: (module, __unused_webpack_exports, __nccwpck_require__) => {
    const assert = __nccwpck_require__(4589);
    const {kRetryHandlerDefaultRetry: kRetryHandlerDefaultRetry} = __nccwpck_require__(6443);
    const {RequestRetryError: RequestRetryError} = __nccwpck_require__(8707);
    const {isDisturbed: isDisturbed, parseHeaders: parseHeaders, parseRangeHeader: parseRangeHeader, wrapRequestBody: wrapRequestBody} = __nccwpck_require__(3440);
    function calculateRetryAfterHeader(retryAfter) {
      const current = Date.now();
      return new Date(retryAfter).getTime() - current;
    }
    function validatePartialResponseContentLength(headers, range, statusCode, retryCount) {
      const contentLength = headers["content-length"];
      if (contentLength == null) return null;
      if (!Number.isFinite(range.start) || !Number.isFinite(range.end)) return null;
      const length = Number(contentLength);
      const expectedLength = range.end - range.start + 1;
      if (!Number.isFinite(length) || length !== expectedLength) return new RequestRetryError("Content-Length mismatch", statusCode, {
        headers: headers,
        data: {
          count: retryCount
        }
      });
      return null;
    }
    class RetryHandler {
      constructor(opts, handlers) {
        const {retryOptions: retryOptions, ...dispatchOpts} = opts;
        const {retry: retryFn, maxRetries: maxRetries, maxTimeout: maxTimeout, minTimeout: minTimeout, timeoutFactor: timeoutFactor, methods: methods, errorCodes: errorCodes, retryAfter: retryAfter, statusCodes: statusCodes} = retryOptions ?? {};
        this.dispatch = handlers.dispatch;
        this.handler = handlers.handler;
        this.opts = {
          ...dispatchOpts,
          body: wrapRequestBody(opts.body)
        };
        this.abort = null;
        this.aborted = false;
        this.retryOpts = {
          retry: retryFn ?? RetryHandler[kRetryHandlerDefaultRetry],
          retryAfter: retryAfter ?? true,
          maxTimeout: maxTimeout ?? 30 * 1e3,
          minTimeout: minTimeout ?? 500,
          timeoutFactor: timeoutFactor ?? 2,
          maxRetries: maxRetries ?? 5,
          methods: methods ?? [ "GET", "HEAD", "OPTIONS", "PUT", "DELETE", "TRACE" ],
          statusCodes: statusCodes ?? [ 500, 502, 503, 504, 429 ],
          errorCodes: errorCodes ?? [ "ECONNRESET", "ECONNREFUSED", "ENOTFOUND", "ENETDOWN", "ENETUNREACH", "EHOSTDOWN", "EHOSTUNREACH", "EPIPE", "UND_ERR_SOCKET" ]
        };
        this.retryCount = 0;
        this.retryCountCheckpoint = 0;
        this.start = 0;
        this.end = null;
        this.etag = null;
        this.resume = null;
        this.headersSent = false;
        this.handler.onConnect(reason => {
          this.aborted = true;
          if (this.abort) this.abort(reason); else this.reason = reason;
        });
      }
      checkpointResponseEnd(headers, resume) {
        if (this.end == null && this.opts.method !== "HEAD") {
          const contentLength = headers["content-length"];
          this.end = contentLength != null ? Number(contentLength) - 1 : null;
          assert(this.end == null || Number.isFinite(this.end), "invalid content-length");
        }
        this.resume = this.end != null ? resume : null;
      }
      onRequestSent() {
        if (this.handler.onRequestSent) this.handler.onRequestSent();
      }
      onUpgrade(statusCode, headers, socket) {
        if (this.handler.onUpgrade) this.handler.onUpgrade(statusCode, headers, socket);
      }
      onConnect(abort) {
        if (this.aborted) abort(this.reason); else this.abort = abort;
      }
      onBodySent(chunk) {
        if (this.handler.onBodySent) return this.handler.onBodySent(chunk);
      }
      static [kRetryHandlerDefaultRetry](err, {state: state, opts: opts}, cb) {
        const {statusCode: statusCode, code: code, headers: headers} = err;
        const {method: method, retryOptions: retryOptions} = opts;
        const {maxRetries: maxRetries, minTimeout: minTimeout, maxTimeout: maxTimeout, timeoutFactor: timeoutFactor, statusCodes: statusCodes, errorCodes: errorCodes, methods: methods} = retryOptions;
        const {counter: counter} = state;
        if (code && code !== "UND_ERR_REQ_RETRY" && !errorCodes.includes(code)) {
          cb(err);
          return;
        }
        if (Array.isArray(methods) && !methods.includes(method)) {
          cb(err);
          return;
        }
        if (statusCode != null && Array.isArray(statusCodes) && !statusCodes.includes(statusCode)) {
          cb(err);
          return;
        }
        if (counter > maxRetries) {
          cb(err);
          return;
        }
        let retryAfterHeader = headers?.["retry-after"];
        if (retryAfterHeader) {
          retryAfterHeader = Number(retryAfterHeader);
          retryAfterHeader = Number.isNaN(retryAfterHeader) ? calculateRetryAfterHeader(retryAfterHeader) : retryAfterHeader * 1e3;
        }
        const retryTimeout = retryAfterHeader > 0 ? Math.min(retryAfterHeader, maxTimeout) : Math.min(minTimeout * timeoutFactor ** (counter - 1), maxTimeout);
        setTimeout(() => cb(null), retryTimeout);
      }
      onHeaders(statusCode, rawHeaders, resume, statusMessage) {
        const headers = parseHeaders(rawHeaders);
        this.retryCount += 1;
        if (statusCode >= 300) if (!this.headersSent && this.retryOpts.statusCodes.includes(statusCode) === false) {
          this.headersSent = true;
          this.checkpointResponseEnd(headers, resume);
          return this.handler.onHeaders(statusCode, rawHeaders, resume, statusMessage);
        } else {
          this.abort(new RequestRetryError("Request failed", statusCode, {
            headers: headers,
            data: {
              count: this.retryCount
            }
          }));
          return false;
        }
        if (this.resume != null) {
          this.resume = null;
          if (statusCode !== 206 && (this.start > 0 || statusCode !== 200)) {
            this.abort(new RequestRetryError("server does not support the range header and the payload was partially consumed", statusCode, {
              headers: headers,
              data: {
                count: this.retryCount
              }
            }));
            return false;
          }
          const contentRange = parseRangeHeader(headers["content-range"]);
          if (!contentRange) {
            this.abort(new RequestRetryError("Content-Range mismatch", statusCode, {
              headers: headers,
              data: {
                count: this.retryCount
              }
            }));
            return false;
          }
          if (this.etag != null && this.etag !== headers.etag) {
            this.abort(new RequestRetryError("ETag mismatch", statusCode, {
              headers: headers,
              data: {
                count: this.retryCount
              }
            }));
            return false;
          }
          const contentLengthError = validatePartialResponseContentLength(headers, contentRange, statusCode, this.retryCount);
          if (contentLengthError != null) {
            this.abort(contentLengthError);
            return false;
          }
          const {start: start, size: size, end: end = size - 1} = contentRange;
          if (this.start !== start || this.end != null && this.end !== end) {
            this.abort(new RequestRetryError("Content-Range mismatch", statusCode, {
              headers: headers,
              data: {
                count: this.retryCount
              }
            }));
            return false;
          }
          this.resume = resume;
          return true;
        }
        if (this.end == null) {
          if (statusCode === 206) {
            const range = parseRangeHeader(headers["content-range"]);
            if (range == null) {
              this.headersSent = true;
              return this.handler.onHeaders(statusCode, rawHeaders, resume, statusMessage);
            }
            const contentLengthError = validatePartialResponseContentLength(headers, range, statusCode, this.retryCount);
            if (contentLengthError != null) {
              this.abort(contentLengthError);
              return false;
            }
            const {start: start, size: size, end: end = size - 1} = range;
            assert(start != null && Number.isFinite(start), "content-range mismatch");
            assert(end != null && Number.isFinite(end), "invalid content-length");
            this.start = start;
            this.end = end;
          }
          if (this.end == null) {
            const contentLength = headers["content-length"];
            this.end = contentLength != null ? Number(contentLength) - 1 : null;
          }
          assert(Number.isFinite(this.start));
          assert(this.end == null || Number.isFinite(this.end), "invalid content-length");
          this.resume = resume;
          this.headersSent = true;
          this.etag = headers.etag != null ? headers.etag : null;
          if (this.etag != null && this.etag.startsWith("W/")) this.etag = null;
          return this.handler.onHeaders(statusCode, rawHeaders, resume, statusMessage);
        }
        const err = new RequestRetryError("Request failed", statusCode, {
          headers: headers,
          data: {
            count: this.retryCount
          }
        });
        this.abort(err);
        return false;
      }
      onData(chunk) {
        this.start += chunk.length;
        return this.handler.onData(chunk);
      }
      onComplete(rawTrailers) {
        this.retryCount = 0;
        return this.handler.onComplete(rawTrailers);
      }
      onError(err) {
        if (this.aborted || isDisturbed(this.opts.body) || this.headersSent && this.resume == null) return this.handler.onError(err);
        if (this.retryCount - this.retryCountCheckpoint > 0) this.retryCount = this.retryCountCheckpoint + (this.retryCount - this.retryCountCheckpoint); else this.retryCount += 1;
        this.retryOpts.retry(err, {
          state: {
            counter: this.retryCount
          },
          opts: {
            retryOptions: this.retryOpts,
            ...this.opts
          }
        }, function(err) {
          if (err != null || this.aborted || isDisturbed(this.opts.body)) return this.handler.onError(err);
          if (this.start !== 0) {
            const headers = {
              range: `bytes=${this.start}-${this.end ?? ""}`
            };
            if (this.etag != null) headers["if-match"] = this.etag;
            this.opts = {
              ...this.opts,
              headers: {
                ...this.opts.headers,
                ...headers
              }
            };
          }
          try {
            this.retryCountCheckpoint = this.retryCount;
            this.dispatch(this.opts, this);
          } catch (err) {
            this.handler.onError(err);
          }
        }.bind(this));
      }
    }
    module.exports = RetryHandler;
  },
  379: (module, __unused_webpack_exports, __nccwpck_require__) => {
    const {isIP: isIP} = __nccwpck_require__(7030);
    const {lookup: lookup} = __nccwpck_require__(610);
    const DecoratorHandler = __nccwpck_require__(8155);
    const {InvalidArgumentError: InvalidArgumentError, InformationalError: InformationalError} = __nccwpck_require__(8707);
    const maxInt = Math.pow(2, 31) - 1;
    class DNSInstance {
      #maxTTL=0;
      #maxItems=0;
      #records=new Map;
      dualStack=true;
      affinity=null;
      lookup=null;
      pick=null;
      constructor(opts) {
        this.#maxTTL = opts.maxTTL;
        this.#maxItems = opts.maxItems;
        this.dualStack = opts.dualStack;
        this.affinity = opts.affinity;
        this.lookup = opts.lookup ?? this.#defaultLookup;
        this.pick = opts.pick ?? this.#defaultPick;
      }
      get full() {
        return this.#records.size === this.#maxItems;
      }
      runLookup(origin, opts, cb) {
        const ips = this.#records.get(origin.hostname);
        if (ips == null && this.full) {
          cb(null, origin.origin);
          return;
        }
        const newOpts = {
          affinity: this.affinity,
          dualStack: this.dualStack,
          lookup: this.lookup,
          pick: this.pick,
          ...opts.dns,
          maxTTL: this.#maxTTL,
          maxItems: this.#maxItems
        };
        if (ips == null) this.lookup(origin, newOpts, (err, addresses) => {
          if (err || addresses == null || addresses.length === 0) {
            cb(err ?? new InformationalError("No DNS entries found"));
            return;
          }
          this.setRecords(origin, addresses);
          const records = this.#records.get(origin.hostname);
          const ip = this.pick(origin, records, newOpts.affinity);
          let port;
          if (typeof ip.port === "number") port = `:${ip.port}`; else if (origin.port !== "") port = `:${origin.port}`; else port = "";
          cb(null, `${origin.protocol}//${ip.family === 6 ? `[${ip.address}]` : ip.address}${port}`);
        }); else {
          const ip = this.pick(origin, ips, newOpts.affinity);
          if (ip == null) {
            this.#records.delete(origin.hostname);
            this.runLookup(origin, opts, cb);
            return;
          }
          let port;
          if (typeof ip.port === "number") port = `:${ip.port}`; else if (origin.port !== "") port = `:${origin.port}`; else port = "";
          cb(null, `${origin.protocol}//${ip.family === 6 ? `[${ip.address}]` : ip.address}${port}`);
        }
      }
      #defaultLookup(origin, opts, cb) {
        lookup(origin.hostname, {
          all: true,
          family: this.dualStack === false ? this.affinity : 0,
          order: "ipv4first"
        }, (err, addresses) => {
          if (err) return cb(err);
          const results = new Map;
          for (const addr of addresses) results.set(`${addr.address}:${addr.family}`, addr);
          cb(null, results.values());
        });
      }
      #defaultPick(origin, hostnameRecords, affinity) {
        let ip = null;
        const {records: records, offset: offset} = hostnameRecords;
        let family;
        if (this.dualStack) {
          if (affinity == null) if (offset == null || offset === maxInt) {
            hostnameRecords.offset = 0;
            affinity = 4;
          } else {
            hostnameRecords.offset++;
            affinity = (hostnameRecords.offset & 1) === 1 ? 6 : 4;
          }
          if (records[affinity] != null && records[affinity].ips.length > 0) family = records[affinity]; else family = records[affinity === 4 ? 6 : 4];
        } else family = records[affinity];
        if (family == null || family.ips.length === 0) return ip;
        if (family.offset == null || family.offset === maxInt) family.offset = 0; else family.offset++;
        const position = family.offset % family.ips.length;
        ip = family.ips[position] ?? null;
        if (ip == null) return ip;
        if (Date.now() - ip.timestamp > ip.ttl) {
          family.ips.splice(position, 1);
          return this.pick(origin, hostnameRecords, affinity);
        }
        return ip;
      }
      setRecords(origin, addresses) {
        const timestamp = Date.now();
        const records = {
          records: {
            4: null,
            6: null
          }
        };
        for (const record of addresses) {
          record.timestamp = timestamp;
          if (typeof record.ttl === "number") record.ttl = Math.min(record.ttl, this.#maxTTL); else record.ttl = this.#maxTTL;
          const familyRecords = records.records[record.family] ?? {
            ips: []
          };
          familyRecords.ips.push(record);
          records.records[record.family] = familyRecords;
        }
        this.#records.set(origin.hostname, records);
      }
      getHandler(meta, opts) {
        return new DNSDispatchHandler(this, meta, opts);
      }
    }
    class DNSDispatchHandler extends DecoratorHandler {
      #state=null;
      #opts=null;
      #dispatch=null;
      #handler=null;
      #origin=null;
      constructor(state, {origin: origin, handler: handler, dispatch: dispatch}, opts) {
        super(handler);
        this.#origin = origin;
        this.#handler = handler;
        this.#opts = {
          ...opts
        };
        this.#state = state;
        this.#dispatch = dispatch;
      }
      onError(err) {
        switch (err.code) {
         case "ETIMEDOUT":
         case "ECONNREFUSED":
          if (this.#state.dualStack) {
            this.#state.runLookup(this.#origin, this.#opts, (err, newOrigin) => {
              if (err) return this.#handler.onError(err);
              const dispatchOpts = {
                ...this.#opts,
                origin: newOrigin
              };
              this.#dispatch(dispatchOpts, this);
            });
            return;
          }
          this.#handler.onError(err);
          return;

         case "ENOTFOUND":
          this.#state.deleteRecord(this.#origin);

         default:
          this.#handler.onError(err);
          break;
        }
      }
    }
    module.exports = interceptorOpts => {
      if (interceptorOpts?.maxTTL != null && (typeof interceptorOpts?.maxTTL !== "number" || interceptorOpts?.maxTTL < 0)) throw new InvalidArgumentError("Invalid maxTTL. Must be a positive number");
      if (interceptorOpts?.maxItems != null && (typeof interceptorOpts?.maxItems !== "number" || interceptorOpts?.maxItems < 1)) throw new InvalidArgumentError("Invalid maxItems. Must be a positive number and greater than zero");
      if (interceptorOpts?.affinity != null && interceptorOpts?.affinity !== 4 && interceptorOpts?.affinity !== 6) throw new InvalidArgumentError("Invalid affinity. Must be either 4 or 6");
      if (interceptorOpts?.dualStack != null && typeof interceptorOpts?.dualStack !== "boolean") throw new InvalidArgumentError("Invalid dualStack. Must be a boolean");
      if (interceptorOpts?.lookup != null && typeof interceptorOpts?.lookup !== "function") throw new InvalidArgumentError("Invalid lookup. Must be a function");
      if (interceptorOpts?.pick != null && typeof interceptorOpts?.pick !== "function") throw new InvalidArgumentError("Invalid pick. Must be a function");
      const dualStack = interceptorOpts?.dualStack ?? true;
      let affinity;
      if (dualStack) affinity = interceptorOpts?.affinity ?? null; else affinity = interceptorOpts?.affinity ?? 4;
      const opts = {
        maxTTL: interceptorOpts?.maxTTL ?? 1e4,
        lookup: interceptorOpts?.lookup ?? null,
        pick: interceptorOpts?.pick ?? null,
        dualStack: dualStack,
        affinity: affinity,
        maxItems: interceptorOpts?.maxItems ?? 1 / 0
      };
      const instance = new DNSInstance(opts);
      return dispatch => function(origDispatchOpts, handler) {
        const origin = origDispatchOpts.origin.constructor === URL ? origDispatchOpts.origin : new URL(origDispatchOpts.origin);
        if (isIP(origin.hostname) !== 0) return dispatch(origDispatchOpts, handler);
        instance.runLookup(origin, origDispatchOpts, (err, newOrigin) => {
          if (err) return handler.onError(err);
          let dispatchOpts = null;
          dispatchOpts = {
            ...origDispatchOpts,
            servername: origin.hostname,
            origin: newOrigin,
            headers: {
              host: origin.hostname,
              ...origDispatchOpts.headers
            }
          };
          dispatch(dispatchOpts, instance.getHandler({
            origin: origin,
            dispatch: dispatch,
            handler: handler
          }, origDispatchOpts));
        });
        return true;
      };
    };
  },
  8060: (module, __unused_webpack_exports, __nccwpck_require__) => {
    const util = __nccwpck_require__(3440);
    const {InvalidArgumentError: InvalidArgumentError, RequestAbortedError: RequestAbortedError} = __nccwpck_require__(8707);
    const DecoratorHandler = __nccwpck_require__(8155);
    class DumpHandler extends DecoratorHandler {
      #maxSize=1024 * 1024;
      #abort=null;
      #dumped=false;
      #aborted=false;
      #size=0;
      #reason=null;
      #handler=null;
      constructor({maxSize: maxSize}, handler) {
        super(handler);
        if (maxSize != null && (!Number.isFinite(maxSize) || maxSize < 1)) throw new InvalidArgumentError("maxSize must be a number greater than 0");
        this.#maxSize = maxSize ?? this.#maxSize;
        this.#handler = handler;
      }
      onConnect(abort) {
        this.#abort = abort;
        this.#handler.onConnect(this.#customAbort.bind(this));
      }
      #customAbort(reason) {
        this.#aborted = true;
        this.#reason = reason;
      }
      onHeaders(statusCode, rawHeaders, resume, statusMessage) {
        const headers = util.parseHeaders(rawHeaders);
        const contentLength = headers["content-length"];
        if (contentLength != null && contentLength > this.#maxSize) throw new RequestAbortedError(`Response size (${contentLength}) larger than maxSize (${this.#maxSize})`);
        if (this.#aborted) return true;
        return this.#handler.onHeaders(statusCode, rawHeaders, resume, statusMessage);
      }
      onError(err) {
        if (this.#dumped) return;
        err = this.#reason ?? err;
        this.#handler.onError(err);
      }
      onData(chunk) {
        this.#size = this.#size + chunk.length;
        if (this.#size >= this.#maxSize) {
          this.#dumped = true;
          if (this.#aborted) this.#handler.onError(this.#reason); else this.#handler.onComplete([]);
        }
        return true;
      }
      onComplete(trailers) {
        if (this.#dumped) return;
        if (this.#aborted) {
          this.#handler.onError(this.reason);
          return;
        }
        this.#handler.onComplete(trailers);
      }
    }
    module.exports = function({maxSize: defaultMaxSize} = {
      maxSize: 1024 * 1024
    }) {
      return dispatch => function(opts, handler) {
        const {dumpMaxSize: dumpMaxSize = defaultMaxSize} = opts;
        const dumpHandler = new DumpHandler({
          maxSize: dumpMaxSize
        }, handler);
        return dispatch(opts, dumpHandler);
      };
    };
  },
  5092: (module, __unused_webpack_exports, __nccwpck_require__) => {
    const RedirectHandler = __nccwpck_require__(8754);
    module.exports = function({maxRedirections: defaultMaxRedirections}) {
      return dispatch => function(opts, handler) {
        const {maxRedirections: maxRedirections = defaultMaxRedirections} = opts;
        if (!maxRedirections) return dispatch(opts, handler);
        const redirectHandler = new RedirectHandler(dispatch, maxRedirections, opts, handler);
        opts = {
          ...opts,
          maxRedirections: 0
        };
        return dispatch(opts, redirectHandler);
      };
    };
  },
  1514: (module, __unused_webpack_exports, __nccwpck_require__) => {
    const RedirectHandler = __nccwpck_require__(8754);
    module.exports = opts => {
      const globalMaxRedirections = opts?.maxRedirections;
      return dispatch => function(opts, handler) {
        const {maxRedirections: maxRedirections = globalMaxRedirections, ...baseOpts} = opts;
        if (!maxRedirections) return dispatch(opts, handler);
        const redirectHandler = new RedirectHandler(dispatch, maxRedirections, opts, handler);
        return dispatch(baseOpts, redirectHandler);
      };
    };
  },
  2026: (module, __unused_webpack_exports, __nccwpck_require__) => {
    const RetryHandler = __nccwpck_require__(7816);
    module.exports = globalOpts => dispatch => function(opts, handler) {
      return dispatch(opts, new RetryHandler({
        ...opts,
        retryOptions: {
          ...globalOpts,
          ...opts.retryOptions
        }
      }, {
        handler: handler,
        dispatch: dispatch
      }));
    };
  },
  2824: (__unused_webpack_module, exports, __nccwpck_require__) => {
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports.SPECIAL_HEADERS = exports.HEADER_STATE = exports.MINOR = exports.MAJOR = exports.CONNECTION_TOKEN_CHARS = exports.HEADER_CHARS = exports.TOKEN = exports.STRICT_TOKEN = exports.HEX = exports.URL_CHAR = exports.STRICT_URL_CHAR = exports.USERINFO_CHARS = exports.MARK = exports.ALPHANUM = exports.NUM = exports.HEX_MAP = exports.NUM_MAP = exports.ALPHA = exports.FINISH = exports.H_METHOD_MAP = exports.METHOD_MAP = exports.METHODS_RTSP = exports.METHODS_ICE = exports.METHODS_HTTP = exports.METHODS = exports.LENIENT_FLAGS = exports.FLAGS = exports.TYPE = exports.ERROR = void 0;
    const utils_1 = __nccwpck_require__(172);
    (function(ERROR) {
      ERROR[ERROR["OK"] = 0] = "OK";
      ERROR[ERROR["INTERNAL"] = 1] = "INTERNAL";
      ERROR[ERROR["STRICT"] = 2] = "STRICT";
      ERROR[ERROR["LF_EXPECTED"] = 3] = "LF_EXPECTED";
      ERROR[ERROR["UNEXPECTED_CONTENT_LENGTH"] = 4] = "UNEXPECTED_CONTENT_LENGTH";
      ERROR[ERROR["CLOSED_CONNECTION"] = 5] = "CLOSED_CONNECTION";
      ERROR[ERROR["INVALID_METHOD"] = 6] = "INVALID_METHOD";
      ERROR[ERROR["INVALID_URL"] = 7] = "INVALID_URL";
      ERROR[ERROR["INVALID_CONSTANT"] = 8] = "INVALID_CONSTANT";
      ERROR[ERROR["INVALID_VERSION"] = 9] = "INVALID_VERSION";
      ERROR[ERROR["INVALID_HEADER_TOKEN"] = 10] = "INVALID_HEADER_TOKEN";
      ERROR[ERROR["INVALID_CONTENT_LENGTH"] = 11] = "INVALID_CONTENT_LENGTH";
      ERROR[ERROR["INVALID_CHUNK_SIZE"] = 12] = "INVALID_CHUNK_SIZE";
      ERROR[ERROR["INVALID_STATUS"] = 13] = "INVALID_STATUS";
      ERROR[ERROR["INVALID_EOF_STATE"] = 14] = "INVALID_EOF_STATE";
      ERROR[ERROR["INVALID_TRANSFER_ENCODING"] = 15] = "INVALID_TRANSFER_ENCODING";
      ERROR[ERROR["CB_MESSAGE_BEGIN"] = 16] = "CB_MESSAGE_BEGIN";
      ERROR[ERROR["CB_HEADERS_COMPLETE"] = 17] = "CB_HEADERS_COMPLETE";
      ERROR[ERROR["CB_MESSAGE_COMPLETE"] = 18] = "CB_MESSAGE_COMPLETE";
      ERROR[ERROR["CB_CHUNK_HEADER"] = 19] = "CB_CHUNK_HEADER";
      ERROR[ERROR["CB_CHUNK_COMPLETE"] = 20] = "CB_CHUNK_COMPLETE";
      ERROR[ERROR["PAUSED"] = 21] = "PAUSED";
      ERROR[ERROR["PAUSED_UPGRADE"] = 22] = "PAUSED_UPGRADE";
      ERROR[ERROR["PAUSED_H2_UPGRADE"] = 23] = "PAUSED_H2_UPGRADE";
      ERROR[ERROR["USER"] = 24] = "USER";
    })(exports.ERROR || (exports.ERROR = {}));
    (function(TYPE) {
      TYPE[TYPE["BOTH"] = 0] = "BOTH";
      TYPE[TYPE["REQUEST"] = 1] = "REQUEST";
      TYPE[TYPE["RESPONSE"] = 2] = "RESPONSE";
    })(exports.TYPE || (exports.TYPE = {}));
    (function(FLAGS) {
      FLAGS[FLAGS["CONNECTION_KEEP_ALIVE"] = 1] = "CONNECTION_KEEP_ALIVE";
      FLAGS[FLAGS["CONNECTION_CLOSE"] = 2] = "CONNECTION_CLOSE";
      FLAGS[FLAGS["CONNECTION_UPGRADE"] = 4] = "CONNECTION_UPGRADE";
      FLAGS[FLAGS["CHUNKED"] = 8] = "CHUNKED";
      FLAGS[FLAGS["UPGRADE"] = 16] = "UPGRADE";
      FLAGS[FLAGS["CONTENT_LENGTH"] = 32] = "CONTENT_LENGTH";
      FLAGS[FLAGS["SKIPBODY"] = 64] = "SKIPBODY";
      FLAGS[FLAGS["TRAILING"] = 128] = "TRAILING";
      FLAGS[FLAGS["TRANSFER_ENCODING"] = 512] = "TRANSFER_ENCODING";
    })(exports.FLAGS || (exports.FLAGS = {}));
    (function(LENIENT_FLAGS) {
      LENIENT_FLAGS[LENIENT_FLAGS["HEADERS"] = 1] = "HEADERS";
      LENIENT_FLAGS[LENIENT_FLAGS["CHUNKED_LENGTH"] = 2] = "CHUNKED_LENGTH";
      LENIENT_FLAGS[LENIENT_FLAGS["KEEP_ALIVE"] = 4] = "KEEP_ALIVE";
    })(exports.LENIENT_FLAGS || (exports.LENIENT_FLAGS = {}));
    var METHODS;
    (function(METHODS) {
      METHODS[METHODS["DELETE"] = 0] = "DELETE";
      METHODS[METHODS["GET"] = 1] = "GET";
      METHODS[METHODS["HEAD"] = 2] = "HEAD";
      METHODS[METHODS["POST"] = 3] = "POST";
      METHODS[METHODS["PUT"] = 4] = "PUT";
      METHODS[METHODS["CONNECT"] = 5] = "CONNECT";
      METHODS[METHODS["OPTIONS"] = 6] = "OPTIONS";
      METHODS[METHODS["TRACE"] = 7] = "TRACE";
      METHODS[METHODS["COPY"] = 8] = "COPY";
      METHODS[METHODS["LOCK"] = 9] = "LOCK";
      METHODS[METHODS["MKCOL"] = 10] = "MKCOL";
      METHODS[METHODS["MOVE"] = 11] = "MOVE";
      METHODS[METHODS["PROPFIND"] = 12] = "PROPFIND";
      METHODS[METHODS["PROPPATCH"] = 13] = "PROPPATCH";
      METHODS[METHODS["SEARCH"] = 14] = "SEARCH";
      METHODS[METHODS["UNLOCK"] = 15] = "UNLOCK";
      METHODS[METHODS["BIND"] = 16] = "BIND";
      METHODS[METHODS["REBIND"] = 17] = "REBIND";
      METHODS[METHODS["UNBIND"] = 18] = "UNBIND";
      METHODS[METHODS["ACL"] = 19] = "ACL";
      METHODS[METHODS["REPORT"] = 20] = "REPORT";
      METHODS[METHODS["MKACTIVITY"] = 21] = "MKACTIVITY";
      METHODS[METHODS["CHECKOUT"] = 22] = "CHECKOUT";
      METHODS[METHODS["MERGE"] = 23] = "MERGE";
      METHODS[METHODS["M-SEARCH"] = 24] = "M-SEARCH";
      METHODS[METHODS["NOTIFY"] = 25] = "NOTIFY";
      METHODS[METHODS["SUBSCRIBE"] = 26] = "SUBSCRIBE";
      METHODS[METHODS["UNSUBSCRIBE"] = 27] = "UNSUBSCRIBE";
      METHODS[METHODS["PATCH"] = 28] = "PATCH";
      METHODS[METHODS["PURGE"] = 29] = "PURGE";
      METHODS[METHODS["MKCALENDAR"] = 30] = "MKCALENDAR";
      METHODS[METHODS["LINK"] = 31] = "LINK";
      METHODS[METHODS["UNLINK"] = 32] = "UNLINK";
      METHODS[METHODS["SOURCE"] = 33] = "SOURCE";
      METHODS[METHODS["PRI"] = 34] = "PRI";
      METHODS[METHODS["DESCRIBE"] = 35] = "DESCRIBE";
      METHODS[METHODS["ANNOUNCE"] = 36] = "ANNOUNCE";
      METHODS[METHODS["SETUP"] = 37] = "SETUP";
      METHODS[METHODS["PLAY"] = 38] = "PLAY";
      METHODS[METHODS["PAUSE"] = 39] = "PAUSE";
      METHODS[METHODS["TEARDOWN"] = 40] = "TEARDOWN";
      METHODS[METHODS["GET_PARAMETER"] = 41] = "GET_PARAMETER";
      METHODS[METHODS["SET_PARAMETER"] = 42] = "SET_PARAMETER";
      METHODS[METHODS["REDIRECT"] = 43] = "REDIRECT";
      METHODS[METHODS["RECORD"] = 44] = "RECORD";
      METHODS[METHODS["FLUSH"] = 45] = "FLUSH";
    })(METHODS = exports.METHODS || (exports.METHODS = {}));
    exports.METHODS_HTTP = [ METHODS.DELETE, METHODS.GET, METHODS.HEAD, METHODS.POST, METHODS.PUT, METHODS.CONNECT, METHODS.OPTIONS, METHODS.TRACE, METHODS.COPY, METHODS.LOCK, METHODS.MKCOL, METHODS.MOVE, METHODS.PROPFIND, METHODS.PROPPATCH, METHODS.SEARCH, METHODS.UNLOCK, METHODS.BIND, METHODS.REBIND, METHODS.UNBIND, METHODS.ACL, METHODS.REPORT, METHODS.MKACTIVITY, METHODS.CHECKOUT, METHODS.MERGE, METHODS["M-SEARCH"], METHODS.NOTIFY, METHODS.SUBSCRIBE, METHODS.UNSUBSCRIBE, METHODS.PATCH, METHODS.PURGE, METHODS.MKCALENDAR, METHODS.LINK, METHODS.UNLINK, METHODS.PRI, METHODS.SOURCE ];
    exports.METHODS_ICE = [ METHODS.SOURCE ];
    exports.METHODS_RTSP = [ METHODS.OPTIONS, METHODS.DESCRIBE, METHODS.ANNOUNCE, METHODS.SETUP, METHODS.PLAY, METHODS.PAUSE, METHODS.TEARDOWN, METHODS.GET_PARAMETER, METHODS.SET_PARAMETER, METHODS.REDIRECT, METHODS.RECORD, METHODS.FLUSH, METHODS.GET, METHODS.POST ];
    exports.METHOD_MAP = utils_1.enumToMap(METHODS);
    exports.H_METHOD_MAP = {};
    Object.keys(exports.METHOD_MAP).forEach(key => {
      if (/^H/.test(key)) exports.H_METHOD_MAP[key] = exports.METHOD_MAP[key];
    });
    (function(FINISH) {
      FINISH[FINISH["SAFE"] = 0] = "SAFE";
      FINISH[FINISH["SAFE_WITH_CB"] = 1] = "SAFE_WITH_CB";
      FINISH[FINISH["UNSAFE"] = 2] = "UNSAFE";
    })(exports.FINISH || (exports.FINISH = {}));
    exports.ALPHA = [];
    for (let i = "A".charCodeAt(0); i <= "Z".charCodeAt(0); i++) {
      exports.ALPHA.push(String.fromCharCode(i));
      exports.ALPHA.push(String.fromCharCode(i + 32));
    }
    exports.NUM_MAP = {
      0: 0,
      1: 1,
      2: 2,
      3: 3,
      4: 4,
      5: 5,
      6: 6,
      7: 7,
      8: 8,
      9: 9
    };
    exports.HEX_MAP = {
      0: 0,
      1: 1,
      2: 2,
      3: 3,
      4: 4,
      5: 5,
      6: 6,
      7: 7,
      8: 8,
      9: 9,
      A: 10,
      B: 11,
      C: 12,
      D: 13,
      E: 14,
      F: 15,
      a: 10,
      b: 11,
      c: 12,
      d: 13,
      e: 14,
      f: 15
    };
    exports.NUM = [ "0", "1", "2", "3", "4", "5", "6", "7", "8", "9" ];
    exports.ALPHANUM = exports.ALPHA.concat(exports.NUM);
    exports.MARK = [ "-", "_", ".", "!", "~", "*", "'", "(", ")" ];
    exports.USERINFO_CHARS = exports.ALPHANUM.concat(exports.MARK).concat([ "%", ";", ":", "&", "=", "+", "$", "," ]);
    exports.STRICT_URL_CHAR = [ "!", '"', "$", "%", "&", "'", "(", ")", "*", "+", ",", "-", ".", "/", ":", ";", "<", "=", ">", "@", "[", "\\", "]", "^", "_", "`", "{", "|", "}", "~" ].concat(exports.ALPHANUM);
    exports.URL_CHAR = exports.STRICT_URL_CHAR.concat([ "\t", "\f" ]);
    for (let i = 128; i <= 255; i++) exports.URL_CHAR.push(i);
    exports.HEX = exports.NUM.concat([ "a", "b", "c", "d", "e", "f", "A", "B", "C", "D", "E", "F" ]);
    exports.STRICT_TOKEN = [ "!", "#", "$", "%", "&", "'", "*", "+", "-", ".", "^", "_", "`", "|", "~" ].concat(exports.ALPHANUM);
    exports.TOKEN = exports.STRICT_TOKEN.concat([ " " ]);
    exports.HEADER_CHARS = [ "\t" ];
    for (let i = 32; i <= 255; i++) if (i !== 127) exports.HEADER_CHARS.push(i);
    exports.CONNECTION_TOKEN_CHARS = exports.HEADER_CHARS.filter(c => c !== 44);
    exports.MAJOR = exports.NUM_MAP;
    exports.MINOR = exports.MAJOR;
    var HEADER_STATE;
    (function(HEADER_STATE) {
      HEADER_STATE[HEADER_STATE["GENERAL"] = 0] = "GENERAL";
      HEADER_STATE[HEADER_STATE["CONNECTION"] = 1] = "CONNECTION";
      HEADER_STATE[HEADER_STATE["CONTENT_LENGTH"] = 2] = "CONTENT_LENGTH";
      HEADER_STATE[HEADER_STATE["TRANSFER_ENCODING"] = 3] = "TRANSFER_ENCODING";
      HEADER_STATE[HEADER_STATE["UPGRADE"] = 4] = "UPGRADE";
      HEADER_STATE[HEADER_STATE["CONNECTION_KEEP_ALIVE"] = 5] = "CONNECTION_KEEP_ALIVE";
      HEADER_STATE[HEADER_STATE["CONNECTION_CLOSE"] = 6] = "CONNECTION_CLOSE";
      HEADER_STATE[HEADER_STATE["CONNECTION_UPGRADE"] = 7] = "CONNECTION_UPGRADE";
      HEADER_STATE[HEADER_STATE["TRANSFER_ENCODING_CHUNKED"] = 8] = "TRANSFER_ENCODING_CHUNKED";
    })(HEADER_STATE = exports.HEADER_STATE || (exports.HEADER_STATE = {}));
    exports.SPECIAL_HEADERS = {
      connection: HEADER_STATE.CONNECTION,
      "content-length": HEADER_STATE.CONTENT_LENGTH,
      "proxy-connection": HEADER_STATE.CONNECTION,
      "transfer-encoding": HEADER_STATE.TRANSFER_ENCODING,
      upgrade: HEADER_STATE.UPGRADE
    };
  },
  3870: (module, __unused_webpack_exports, __nccwpck_require__) => {
    const {Buffer: Buffer} = __nccwpck_require__(4573);
    module.exports = Buffer.from("AGFzbQEAAAABJwdgAX8Bf2ADf39/AX9gAX8AYAJ/fwBgBH9/f38Bf2AAAGADf39/AALLAQgDZW52GHdhc21fb25faGVhZGVyc19jb21wbGV0ZQAEA2VudhV3YXNtX29uX21lc3NhZ2VfYmVnaW4AAANlbnYLd2FzbV9vbl91cmwAAQNlbnYOd2FzbV9vbl9zdGF0dXMAAQNlbnYUd2FzbV9vbl9oZWFkZXJfZmllbGQAAQNlbnYUd2FzbV9vbl9oZWFkZXJfdmFsdWUAAQNlbnYMd2FzbV9vbl9ib2R5AAEDZW52GHdhc21fb25fbWVzc2FnZV9jb21wbGV0ZQAAAy0sBQYAAAIAAAAAAAACAQIAAgICAAADAAAAAAMDAwMBAQEBAQEBAQEAAAIAAAAEBQFwARISBQMBAAIGCAF/AUGA1AQLB9EFIgZtZW1vcnkCAAtfaW5pdGlhbGl6ZQAIGV9faW5kaXJlY3RfZnVuY3Rpb25fdGFibGUBAAtsbGh0dHBfaW5pdAAJGGxsaHR0cF9zaG91bGRfa2VlcF9hbGl2ZQAvDGxsaHR0cF9hbGxvYwALBm1hbGxvYwAxC2xsaHR0cF9mcmVlAAwEZnJlZQAMD2xsaHR0cF9nZXRfdHlwZQANFWxsaHR0cF9nZXRfaHR0cF9tYWpvcgAOFWxsaHR0cF9nZXRfaHR0cF9taW5vcgAPEWxsaHR0cF9nZXRfbWV0aG9kABAWbGxodHRwX2dldF9zdGF0dXNfY29kZQAREmxsaHR0cF9nZXRfdXBncmFkZQASDGxsaHR0cF9yZXNldAATDmxsaHR0cF9leGVjdXRlABQUbGxodHRwX3NldHRpbmdzX2luaXQAFQ1sbGh0dHBfZmluaXNoABYMbGxodHRwX3BhdXNlABcNbGxodHRwX3Jlc3VtZQAYG2xsaHR0cF9yZXN1bWVfYWZ0ZXJfdXBncmFkZQAZEGxsaHR0cF9nZXRfZXJybm8AGhdsbGh0dHBfZ2V0X2Vycm9yX3JlYXNvbgAbF2xsaHR0cF9zZXRfZXJyb3JfcmVhc29uABwUbGxodHRwX2dldF9lcnJvcl9wb3MAHRFsbGh0dHBfZXJybm9fbmFtZQAeEmxsaHR0cF9tZXRob2RfbmFtZQAfEmxsaHR0cF9zdGF0dXNfbmFtZQAgGmxsaHR0cF9zZXRfbGVuaWVudF9oZWFkZXJzACEhbGxodHRwX3NldF9sZW5pZW50X2NodW5rZWRfbGVuZ3RoACIdbGxodHRwX3NldF9sZW5pZW50X2tlZXBfYWxpdmUAIyRsbGh0dHBfc2V0X2xlbmllbnRfdHJhbnNmZXJfZW5jb2RpbmcAJBhsbGh0dHBfbWVzc2FnZV9uZWVkc19lb2YALgkXAQBBAQsRAQIDBAUKBgcrLSwqKSglJyYK07MCLBYAQYjQACgCAARAAAtBiNAAQQE2AgALFAAgABAwIAAgAjYCOCAAIAE6ACgLFAAgACAALwEyIAAtAC4gABAvEAALHgEBf0HAABAyIgEQMCABQYAINgI4IAEgADoAKCABC48MAQd/AkAgAEUNACAAQQhrIgEgAEEEaygCACIAQXhxIgRqIQUCQCAAQQFxDQAgAEEDcUUNASABIAEoAgAiAGsiAUGc0AAoAgBJDQEgACAEaiEEAkACQEGg0AAoAgAgAUcEQCAAQf8BTQRAIABBA3YhAyABKAIIIgAgASgCDCICRgRAQYzQAEGM0AAoAgBBfiADd3E2AgAMBQsgAiAANgIIIAAgAjYCDAwECyABKAIYIQYgASABKAIMIgBHBEAgACABKAIIIgI2AgggAiAANgIMDAMLIAFBFGoiAygCACICRQRAIAEoAhAiAkUNAiABQRBqIQMLA0AgAyEHIAIiAEEUaiIDKAIAIgINACAAQRBqIQMgACgCECICDQALIAdBADYCAAwCCyAFKAIEIgBBA3FBA0cNAiAFIABBfnE2AgRBlNAAIAQ2AgAgBSAENgIAIAEgBEEBcjYCBAwDC0EAIQALIAZFDQACQCABKAIcIgJBAnRBvNIAaiIDKAIAIAFGBEAgAyAANgIAIAANAUGQ0ABBkNAAKAIAQX4gAndxNgIADAILIAZBEEEUIAYoAhAgAUYbaiAANgIAIABFDQELIAAgBjYCGCABKAIQIgIEQCAAIAI2AhAgAiAANgIYCyABQRRqKAIAIgJFDQAgAEEUaiACNgIAIAIgADYCGAsgASAFTw0AIAUoAgQiAEEBcUUNAAJAAkACQAJAIABBAnFFBEBBpNAAKAIAIAVGBEBBpNAAIAE2AgBBmNAAQZjQACgCACAEaiIANgIAIAEgAEEBcjYCBCABQaDQACgCAEcNBkGU0ABBADYCAEGg0ABBADYCAAwGC0Gg0AAoAgAgBUYEQEGg0AAgATYCAEGU0ABBlNAAKAIAIARqIgA2AgAgASAAQQFyNgIEIAAgAWogADYCAAwGCyAAQXhxIARqIQQgAEH/AU0EQCAAQQN2IQMgBSgCCCIAIAUoAgwiAkYEQEGM0ABBjNAAKAIAQX4gA3dxNgIADAULIAIgADYCCCAAIAI2AgwMBAsgBSgCGCEGIAUgBSgCDCIARwRAQZzQACgCABogACAFKAIIIgI2AgggAiAANgIMDAMLIAVBFGoiAygCACICRQRAIAUoAhAiAkUNAiAFQRBqIQMLA0AgAyEHIAIiAEEUaiIDKAIAIgINACAAQRBqIQMgACgCECICDQALIAdBADYCAAwCCyAFIABBfnE2AgQgASAEaiAENgIAIAEgBEEBcjYCBAwDC0EAIQALIAZFDQACQCAFKAIcIgJBAnRBvNIAaiIDKAIAIAVGBEAgAyAANgIAIAANAUGQ0ABBkNAAKAIAQX4gAndxNgIADAILIAZBEEEUIAYoAhAgBUYbaiAANgIAIABFDQELIAAgBjYCGCAFKAIQIgIEQCAAIAI2AhAgAiAANgIYCyAFQRRqKAIAIgJFDQAgAEEUaiACNgIAIAIgADYCGAsgASAEaiAENgIAIAEgBEEBcjYCBCABQaDQACgCAEcNAEGU0AAgBDYCAAwBCyAEQf8BTQRAIARBeHFBtNAAaiEAAn9BjNAAKAIAIgJBASAEQQN2dCIDcUUEQEGM0AAgAiADcjYCACAADAELIAAoAggLIgIgATYCDCAAIAE2AgggASAANgIMIAEgAjYCCAwBC0EfIQIgBEH///8HTQRAIARBJiAEQQh2ZyIAa3ZBAXEgAEEBdGtBPmohAgsgASACNgIcIAFCADcCECACQQJ0QbzSAGohAAJAQZDQACgCACIDQQEgAnQiB3FFBEAgACABNgIAQZDQACADIAdyNgIAIAEgADYCGCABIAE2AgggASABNgIMDAELIARBGSACQQF2a0EAIAJBH0cbdCECIAAoAgAhAAJAA0AgACIDKAIEQXhxIARGDQEgAkEddiEAIAJBAXQhAiADIABBBHFqQRBqIgcoAgAiAA0ACyAHIAE2AgAgASADNgIYIAEgATYCDCABIAE2AggMAQsgAygCCCIAIAE2AgwgAyABNgIIIAFBADYCGCABIAM2AgwgASAANgIIC0Gs0ABBrNAAKAIAQQFrIgBBfyAAGzYCAAsLBwAgAC0AKAsHACAALQAqCwcAIAAtACsLBwAgAC0AKQsHACAALwEyCwcAIAAtAC4LQAEEfyAAKAIYIQEgAC0ALSECIAAtACghAyAAKAI4IQQgABAwIAAgBDYCOCAAIAM6ACggACACOgAtIAAgATYCGAu74gECB38DfiABIAJqIQQCQCAAIgIoAgwiAA0AIAIoAgQEQCACIAE2AgQLIwBBEGsiCCQAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACfwJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAIAIoAhwiA0EBaw7dAdoBAdkBAgMEBQYHCAkKCwwNDtgBDxDXARES1gETFBUWFxgZGhvgAd8BHB0e1QEfICEiIyQl1AEmJygpKiss0wHSAS0u0QHQAS8wMTIzNDU2Nzg5Ojs8PT4/QEFCQ0RFRtsBR0hJSs8BzgFLzQFMzAFNTk9QUVJTVFVWV1hZWltcXV5fYGFiY2RlZmdoaWprbG1ub3BxcnN0dXZ3eHl6e3x9fn+AAYEBggGDAYQBhQGGAYcBiAGJAYoBiwGMAY0BjgGPAZABkQGSAZMBlAGVAZYBlwGYAZkBmgGbAZwBnQGeAZ8BoAGhAaIBowGkAaUBpgGnAagBqQGqAasBrAGtAa4BrwGwAbEBsgGzAbQBtQG2AbcBywHKAbgByQG5AcgBugG7AbwBvQG+Ab8BwAHBAcIBwwHEAcUBxgEA3AELQQAMxgELQQ4MxQELQQ0MxAELQQ8MwwELQRAMwgELQRMMwQELQRQMwAELQRUMvwELQRYMvgELQRgMvQELQRkMvAELQRoMuwELQRsMugELQRwMuQELQR0MuAELQQgMtwELQR4MtgELQSAMtQELQR8MtAELQQcMswELQSEMsgELQSIMsQELQSMMsAELQSQMrwELQRIMrgELQREMrQELQSUMrAELQSYMqwELQScMqgELQSgMqQELQcMBDKgBC0EqDKcBC0ErDKYBC0EsDKUBC0EtDKQBC0EuDKMBC0EvDKIBC0HEAQyhAQtBMAygAQtBNAyfAQtBDAyeAQtBMQydAQtBMgycAQtBMwybAQtBOQyaAQtBNQyZAQtBxQEMmAELQQsMlwELQToMlgELQTYMlQELQQoMlAELQTcMkwELQTgMkgELQTwMkQELQTsMkAELQT0MjwELQQkMjgELQSkMjQELQT4MjAELQT8MiwELQcAADIoBC0HBAAyJAQtBwgAMiAELQcMADIcBC0HEAAyGAQtBxQAMhQELQcYADIQBC0EXDIMBC0HHAAyCAQtByAAMgQELQckADIABC0HKAAx/C0HLAAx+C0HNAAx9C0HMAAx8C0HOAAx7C0HPAAx6C0HQAAx5C0HRAAx4C0HSAAx3C0HTAAx2C0HUAAx1C0HWAAx0C0HVAAxzC0EGDHILQdcADHELQQUMcAtB2AAMbwtBBAxuC0HZAAxtC0HaAAxsC0HbAAxrC0HcAAxqC0EDDGkLQd0ADGgLQd4ADGcLQd8ADGYLQeEADGULQeAADGQLQeIADGMLQeMADGILQQIMYQtB5AAMYAtB5QAMXwtB5gAMXgtB5wAMXQtB6AAMXAtB6QAMWwtB6gAMWgtB6wAMWQtB7AAMWAtB7QAMVwtB7gAMVgtB7wAMVQtB8AAMVAtB8QAMUwtB8gAMUgtB8wAMUQtB9AAMUAtB9QAMTwtB9gAMTgtB9wAMTQtB+AAMTAtB+QAMSwtB+gAMSgtB+wAMSQtB/AAMSAtB/QAMRwtB/gAMRgtB/wAMRQtBgAEMRAtBgQEMQwtBggEMQgtBgwEMQQtBhAEMQAtBhQEMPwtBhgEMPgtBhwEMPQtBiAEMPAtBiQEMOwtBigEMOgtBiwEMOQtBjAEMOAtBjQEMNwtBjgEMNgtBjwEMNQtBkAEMNAtBkQEMMwtBkgEMMgtBkwEMMQtBlAEMMAtBlQEMLwtBlgEMLgtBlwEMLQtBmAEMLAtBmQEMKwtBmgEMKgtBmwEMKQtBnAEMKAtBnQEMJwtBngEMJgtBnwEMJQtBoAEMJAtBoQEMIwtBogEMIgtBowEMIQtBpAEMIAtBpQEMHwtBpgEMHgtBpwEMHQtBqAEMHAtBqQEMGwtBqgEMGgtBqwEMGQtBrAEMGAtBrQEMFwtBrgEMFgtBAQwVC0GvAQwUC0GwAQwTC0GxAQwSC0GzAQwRC0GyAQwQC0G0AQwPC0G1AQwOC0G2AQwNC0G3AQwMC0G4AQwLC0G5AQwKC0G6AQwJC0G7AQwIC0HGAQwHC0G8AQwGC0G9AQwFC0G+AQwEC0G/AQwDC0HAAQwCC0HCAQwBC0HBAQshAwNAAkACQAJAAkACQAJAAkACQAJAIAICfwJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJ/AkACQAJAAkACQAJAAkACQAJAAkACQAJAAkAgAgJ/AkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACfwJAAkACfwJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACfwJAAkACQAJAAn8CQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQCADDsYBAAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHyAhIyUmKCorLC8wMTIzNDU2Nzk6Ozw9lANAQkRFRklLTk9QUVJTVFVWWFpbXF1eX2BhYmNkZWZnaGpsb3Bxc3V2eHl6e3x/gAGBAYIBgwGEAYUBhgGHAYgBiQGKAYsBjAGNAY4BjwGQAZEBkgGTAZQBlQGWAZcBmAGZAZoBmwGcAZ0BngGfAaABoQGiAaMBpAGlAaYBpwGoAakBqgGrAawBrQGuAa8BsAGxAbIBswG0AbUBtgG3AbgBuQG6AbsBvAG9Ab4BvwHAAcEBwgHDAcQBxQHGAccByAHJAcsBzAHNAc4BzwGKA4kDiAOHA4QDgwOAA/sC+gL5AvgC9wL0AvMC8gLLAsECsALZAQsgASAERw3wAkHdASEDDLMDCyABIARHDcgBQcMBIQMMsgMLIAEgBEcNe0H3ACEDDLEDCyABIARHDXBB7wAhAwywAwsgASAERw1pQeoAIQMMrwMLIAEgBEcNZUHoACEDDK4DCyABIARHDWJB5gAhAwytAwsgASAERw0aQRghAwysAwsgASAERw0VQRIhAwyrAwsgASAERw1CQcUAIQMMqgMLIAEgBEcNNEE/IQMMqQMLIAEgBEcNMkE8IQMMqAMLIAEgBEcNK0ExIQMMpwMLIAItAC5BAUYNnwMMwQILQQAhAAJAAkACQCACLQAqRQ0AIAItACtFDQAgAi8BMCIDQQJxRQ0BDAILIAIvATAiA0EBcUUNAQtBASEAIAItAChBAUYNACACLwEyIgVB5ABrQeQASQ0AIAVBzAFGDQAgBUGwAkYNACADQcAAcQ0AQQAhACADQYgEcUGABEYNACADQShxQQBHIQALIAJBADsBMCACQQA6AC8gAEUN3wIgAkIANwMgDOACC0EAIQACQCACKAI4IgNFDQAgAygCLCIDRQ0AIAIgAxEAACEACyAARQ3MASAAQRVHDd0CIAJBBDYCHCACIAE2AhQgAkGwGDYCECACQRU2AgxBACEDDKQDCyABIARGBEBBBiEDDKQDCyABQQFqIQFBACEAAkAgAigCOCIDRQ0AIAMoAlQiA0UNACACIAMRAAAhAAsgAA3ZAgwcCyACQgA3AyBBEiEDDIkDCyABIARHDRZBHSEDDKEDCyABIARHBEAgAUEBaiEBQRAhAwyIAwtBByEDDKADCyACIAIpAyAiCiAEIAFrrSILfSIMQgAgCiAMWhs3AyAgCiALWA3UAkEIIQMMnwMLIAEgBEcEQCACQQk2AgggAiABNgIEQRQhAwyGAwtBCSEDDJ4DCyACKQMgQgBSDccBIAIgAi8BMEGAAXI7ATAMQgsgASAERw0/QdAAIQMMnAMLIAEgBEYEQEELIQMMnAMLIAFBAWohAUEAIQACQCACKAI4IgNFDQAgAygCUCIDRQ0AIAIgAxEAACEACyAADc8CDMYBC0EAIQACQCACKAI4IgNFDQAgAygCSCIDRQ0AIAIgAxEAACEACyAARQ3GASAAQRVHDc0CIAJBCzYCHCACIAE2AhQgAkGCGTYCECACQRU2AgxBACEDDJoDC0EAIQACQCACKAI4IgNFDQAgAygCSCIDRQ0AIAIgAxEAACEACyAARQ0MIABBFUcNygIgAkEaNgIcIAIgATYCFCACQYIZNgIQIAJBFTYCDEEAIQMMmQMLQQAhAAJAIAIoAjgiA0UNACADKAJMIgNFDQAgAiADEQAAIQALIABFDcQBIABBFUcNxwIgAkELNgIcIAIgATYCFCACQZEXNgIQIAJBFTYCDEEAIQMMmAMLIAEgBEYEQEEPIQMMmAMLIAEtAAAiAEE7Rg0HIABBDUcNxAIgAUEBaiEBDMMBC0EAIQACQCACKAI4IgNFDQAgAygCTCIDRQ0AIAIgAxEAACEACyAARQ3DASAAQRVHDcICIAJBDzYCHCACIAE2AhQgAkGRFzYCECACQRU2AgxBACEDDJYDCwNAIAEtAABB8DVqLQAAIgBBAUcEQCAAQQJHDcECIAIoAgQhAEEAIQMgAkEANgIEIAIgACABQQFqIgEQLSIADcICDMUBCyAEIAFBAWoiAUcNAAtBEiEDDJUDC0EAIQACQCACKAI4IgNFDQAgAygCTCIDRQ0AIAIgAxEAACEACyAARQ3FASAAQRVHDb0CIAJBGzYCHCACIAE2AhQgAkGRFzYCECACQRU2AgxBACEDDJQDCyABIARGBEBBFiEDDJQDCyACQQo2AgggAiABNgIEQQAhAAJAIAIoAjgiA0UNACADKAJIIgNFDQAgAiADEQAAIQALIABFDcIBIABBFUcNuQIgAkEVNgIcIAIgATYCFCACQYIZNgIQIAJBFTYCDEEAIQMMkwMLIAEgBEcEQANAIAEtAABB8DdqLQAAIgBBAkcEQAJAIABBAWsOBMQCvQIAvgK9AgsgAUEBaiEBQQghAwz8AgsgBCABQQFqIgFHDQALQRUhAwyTAwtBFSEDDJIDCwNAIAEtAABB8DlqLQAAIgBBAkcEQCAAQQFrDgTFArcCwwK4ArcCCyAEIAFBAWoiAUcNAAtBGCEDDJEDCyABIARHBEAgAkELNgIIIAIgATYCBEEHIQMM+AILQRkhAwyQAwsgAUEBaiEBDAILIAEgBEYEQEEaIQMMjwMLAkAgAS0AAEENaw4UtQG/Ab8BvwG/Ab8BvwG/Ab8BvwG/Ab8BvwG/Ab8BvwG/Ab8BvwEAvwELQQAhAyACQQA2AhwgAkGvCzYCECACQQI2AgwgAiABQQFqNgIUDI4DCyABIARGBEBBGyEDDI4DCyABLQAAIgBBO0cEQCAAQQ1HDbECIAFBAWohAQy6AQsgAUEBaiEBC0EiIQMM8wILIAEgBEYEQEEcIQMMjAMLQgAhCgJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkAgAS0AAEEwaw43wQLAAgABAgMEBQYH0AHQAdAB0AHQAdAB0AEICQoLDA3QAdAB0AHQAdAB0AHQAdAB0AHQAdAB0AHQAdAB0AHQAdAB0AHQAdAB0AHQAdAB0AHQAdABDg8QERIT0AELQgIhCgzAAgtCAyEKDL8CC0IEIQoMvgILQgUhCgy9AgtCBiEKDLwCC0IHIQoMuwILQgghCgy6AgtCCSEKDLkCC0IKIQoMuAILQgshCgy3AgtCDCEKDLYCC0INIQoMtQILQg4hCgy0AgtCDyEKDLMCC0IKIQoMsgILQgshCgyxAgtCDCEKDLACC0INIQoMrwILQg4hCgyuAgtCDyEKDK0CC0IAIQoCQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAIAEtAABBMGsON8ACvwIAAQIDBAUGB74CvgK+Ar4CvgK+Ar4CCAkKCwwNvgK+Ar4CvgK+Ar4CvgK+Ar4CvgK+Ar4CvgK+Ar4CvgK+Ar4CvgK+Ar4CvgK+Ar4CvgK+Ag4PEBESE74CC0ICIQoMvwILQgMhCgy+AgtCBCEKDL0CC0IFIQoMvAILQgYhCgy7AgtCByEKDLoCC0IIIQoMuQILQgkhCgy4AgtCCiEKDLcCC0ILIQoMtgILQgwhCgy1AgtCDSEKDLQCC0IOIQoMswILQg8hCgyyAgtCCiEKDLECC0ILIQoMsAILQgwhCgyvAgtCDSEKDK4CC0IOIQoMrQILQg8hCgysAgsgAiACKQMgIgogBCABa60iC30iDEIAIAogDFobNwMgIAogC1gNpwJBHyEDDIkDCyABIARHBEAgAkEJNgIIIAIgATYCBEElIQMM8AILQSAhAwyIAwtBASEFIAIvATAiA0EIcUUEQCACKQMgQgBSIQULAkAgAi0ALgRAQQEhACACLQApQQVGDQEgA0HAAHFFIAVxRQ0BC0EAIQAgA0HAAHENAEECIQAgA0EIcQ0AIANBgARxBEACQCACLQAoQQFHDQAgAi0ALUEKcQ0AQQUhAAwCC0EEIQAMAQsgA0EgcUUEQAJAIAItAChBAUYNACACLwEyIgBB5ABrQeQASQ0AIABBzAFGDQAgAEGwAkYNAEEEIQAgA0EocUUNAiADQYgEcUGABEYNAgtBACEADAELQQBBAyACKQMgUBshAAsgAEEBaw4FvgIAsAEBpAKhAgtBESEDDO0CCyACQQE6AC8MhAMLIAEgBEcNnQJBJCEDDIQDCyABIARHDRxBxgAhAwyDAwtBACEAAkAgAigCOCIDRQ0AIAMoAkQiA0UNACACIAMRAAAhAAsgAEUNJyAAQRVHDZgCIAJB0AA2AhwgAiABNgIUIAJBkRg2AhAgAkEVNgIMQQAhAwyCAwsgASAERgRAQSghAwyCAwtBACEDIAJBADYCBCACQQw2AgggAiABIAEQKiIARQ2UAiACQSc2AhwgAiABNgIUIAIgADYCDAyBAwsgASAERgRAQSkhAwyBAwsgAS0AACIAQSBGDRMgAEEJRw2VAiABQQFqIQEMFAsgASAERwRAIAFBAWohAQwWC0EqIQMM/wILIAEgBEYEQEErIQMM/wILIAEtAAAiAEEJRyAAQSBHcQ2QAiACLQAsQQhHDd0CIAJBADoALAzdAgsgASAERgRAQSwhAwz+AgsgAS0AAEEKRw2OAiABQQFqIQEMsAELIAEgBEcNigJBLyEDDPwCCwNAIAEtAAAiAEEgRwRAIABBCmsOBIQCiAKIAoQChgILIAQgAUEBaiIBRw0AC0ExIQMM+wILQTIhAyABIARGDfoCIAIoAgAiACAEIAFraiEHIAEgAGtBA2ohBgJAA0AgAEHwO2otAAAgAS0AACIFQSByIAUgBUHBAGtB/wFxQRpJG0H/AXFHDQEgAEEDRgRAQQYhAQziAgsgAEEBaiEAIAQgAUEBaiIBRw0ACyACIAc2AgAM+wILIAJBADYCAAyGAgtBMyEDIAQgASIARg35AiAEIAFrIAIoAgAiAWohByAAIAFrQQhqIQYCQANAIAFB9DtqLQAAIAAtAAAiBUEgciAFIAVBwQBrQf8BcUEaSRtB/wFxRw0BIAFBCEYEQEEFIQEM4QILIAFBAWohASAEIABBAWoiAEcNAAsgAiAHNgIADPoCCyACQQA2AgAgACEBDIUCC0E0IQMgBCABIgBGDfgCIAQgAWsgAigCACIBaiEHIAAgAWtBBWohBgJAA0AgAUHQwgBqLQAAIAAtAAAiBUEgciAFIAVBwQBrQf8BcUEaSRtB/wFxRw0BIAFBBUYEQEEHIQEM4AILIAFBAWohASAEIABBAWoiAEcNAAsgAiAHNgIADPkCCyACQQA2AgAgACEBDIQCCyABIARHBEADQCABLQAAQYA+ai0AACIAQQFHBEAgAEECRg0JDIECCyAEIAFBAWoiAUcNAAtBMCEDDPgCC0EwIQMM9wILIAEgBEcEQANAIAEtAAAiAEEgRwRAIABBCmsOBP8B/gH+Af8B/gELIAQgAUEBaiIBRw0AC0E4IQMM9wILQTghAwz2AgsDQCABLQAAIgBBIEcgAEEJR3EN9gEgBCABQQFqIgFHDQALQTwhAwz1AgsDQCABLQAAIgBBIEcEQAJAIABBCmsOBPkBBAT5AQALIABBLEYN9QEMAwsgBCABQQFqIgFHDQALQT8hAwz0AgtBwAAhAyABIARGDfMCIAIoAgAiACAEIAFraiEFIAEgAGtBBmohBgJAA0AgAEGAQGstAAAgAS0AAEEgckcNASAAQQZGDdsCIABBAWohACAEIAFBAWoiAUcNAAsgAiAFNgIADPQCCyACQQA2AgALQTYhAwzZAgsgASAERgRAQcEAIQMM8gILIAJBDDYCCCACIAE2AgQgAi0ALEEBaw4E+wHuAewB6wHUAgsgAUEBaiEBDPoBCyABIARHBEADQAJAIAEtAAAiAEEgciAAIABBwQBrQf8BcUEaSRtB/wFxIgBBCUYNACAAQSBGDQACQAJAAkACQCAAQeMAaw4TAAMDAwMDAwMBAwMDAwMDAwMDAgMLIAFBAWohAUExIQMM3AILIAFBAWohAUEyIQMM2wILIAFBAWohAUEzIQMM2gILDP4BCyAEIAFBAWoiAUcNAAtBNSEDDPACC0E1IQMM7wILIAEgBEcEQANAIAEtAABBgDxqLQAAQQFHDfcBIAQgAUEBaiIBRw0AC0E9IQMM7wILQT0hAwzuAgtBACEAAkAgAigCOCIDRQ0AIAMoAkAiA0UNACACIAMRAAAhAAsgAEUNASAAQRVHDeYBIAJBwgA2AhwgAiABNgIUIAJB4xg2AhAgAkEVNgIMQQAhAwztAgsgAUEBaiEBC0E8IQMM0gILIAEgBEYEQEHCACEDDOsCCwJAA0ACQCABLQAAQQlrDhgAAswCzALRAswCzALMAswCzALMAswCzALMAswCzALMAswCzALMAswCzALMAgDMAgsgBCABQQFqIgFHDQALQcIAIQMM6wILIAFBAWohASACLQAtQQFxRQ3+AQtBLCEDDNACCyABIARHDd4BQcQAIQMM6AILA0AgAS0AAEGQwABqLQAAQQFHDZwBIAQgAUEBaiIBRw0AC0HFACEDDOcCCyABLQAAIgBBIEYN/gEgAEE6Rw3AAiACKAIEIQBBACEDIAJBADYCBCACIAAgARApIgAN3gEM3QELQccAIQMgBCABIgBGDeUCIAQgAWsgAigCACIBaiEHIAAgAWtBBWohBgNAIAFBkMIAai0AACAALQAAIgVBIHIgBSAFQcEAa0H/AXFBGkkbQf8BcUcNvwIgAUEFRg3CAiABQQFqIQEgBCAAQQFqIgBHDQALIAIgBzYCAAzlAgtByAAhAyAEIAEiAEYN5AIgBCABayACKAIAIgFqIQcgACABa0EJaiEGA0AgAUGWwgBqLQAAIAAtAAAiBUEgciAFIAVBwQBrQf8BcUEaSRtB/wFxRw2+AkECIAFBCUYNwgIaIAFBAWohASAEIABBAWoiAEcNAAsgAiAHNgIADOQCCyABIARGBEBByQAhAwzkAgsCQAJAIAEtAAAiAEEgciAAIABBwQBrQf8BcUEaSRtB/wFxQe4Aaw4HAL8CvwK/Ar8CvwIBvwILIAFBAWohAUE+IQMMywILIAFBAWohAUE/IQMMygILQcoAIQMgBCABIgBGDeICIAQgAWsgAigCACIBaiEGIAAgAWtBAWohBwNAIAFBoMIAai0AACAALQAAIgVBIHIgBSAFQcEAa0H/AXFBGkkbQf8BcUcNvAIgAUEBRg2+AiABQQFqIQEgBCAAQQFqIgBHDQALIAIgBjYCAAziAgtBywAhAyAEIAEiAEYN4QIgBCABayACKAIAIgFqIQcgACABa0EOaiEGA0AgAUGiwgBqLQAAIAAtAAAiBUEgciAFIAVBwQBrQf8BcUEaSRtB/wFxRw27AiABQQ5GDb4CIAFBAWohASAEIABBAWoiAEcNAAsgAiAHNgIADOECC0HMACEDIAQgASIARg3gAiAEIAFrIAIoAgAiAWohByAAIAFrQQ9qIQYDQCABQcDCAGotAAAgAC0AACIFQSByIAUgBUHBAGtB/wFxQRpJG0H/AXFHDboCQQMgAUEPRg2+AhogAUEBaiEBIAQgAEEBaiIARw0ACyACIAc2AgAM4AILQc0AIQMgBCABIgBGDd8CIAQgAWsgAigCACIBaiEHIAAgAWtBBWohBgNAIAFB0MIAai0AACAALQAAIgVBIHIgBSAFQcEAa0H/AXFBGkkbQf8BcUcNuQJBBCABQQVGDb0CGiABQQFqIQEgBCAAQQFqIgBHDQALIAIgBzYCAAzfAgsgASAERgRAQc4AIQMM3wILAkACQAJAAkAgAS0AACIAQSByIAAgAEHBAGtB/wFxQRpJG0H/AXFB4wBrDhMAvAK8ArwCvAK8ArwCvAK8ArwCvAK8ArwCAbwCvAK8AgIDvAILIAFBAWohAUHBACEDDMgCCyABQQFqIQFBwgAhAwzHAgsgAUEBaiEBQcMAIQMMxgILIAFBAWohAUHEACEDDMUCCyABIARHBEAgAkENNgIIIAIgATYCBEHFACEDDMUCC0HPACEDDN0CCwJAAkAgAS0AAEEKaw4EAZABkAEAkAELIAFBAWohAQtBKCEDDMMCCyABIARGBEBB0QAhAwzcAgsgAS0AAEEgRw0AIAFBAWohASACLQAtQQFxRQ3QAQtBFyEDDMECCyABIARHDcsBQdIAIQMM2QILQdMAIQMgASAERg3YAiACKAIAIgAgBCABa2ohBiABIABrQQFqIQUDQCABLQAAIABB1sIAai0AAEcNxwEgAEEBRg3KASAAQQFqIQAgBCABQQFqIgFHDQALIAIgBjYCAAzYAgsgASAERgRAQdUAIQMM2AILIAEtAABBCkcNwgEgAUEBaiEBDMoBCyABIARGBEBB1gAhAwzXAgsCQAJAIAEtAABBCmsOBADDAcMBAcMBCyABQQFqIQEMygELIAFBAWohAUHKACEDDL0CC0EAIQACQCACKAI4IgNFDQAgAygCPCIDRQ0AIAIgAxEAACEACyAADb8BQc0AIQMMvAILIAItAClBIkYNzwIMiQELIAQgASIFRgRAQdsAIQMM1AILQQAhAEEBIQFBASEGQQAhAwJAAn8CQAJAAkACQAJAAkACQCAFLQAAQTBrDgrFAcQBAAECAwQFBgjDAQtBAgwGC0EDDAULQQQMBAtBBQwDC0EGDAILQQcMAQtBCAshA0EAIQFBACEGDL0BC0EJIQNBASEAQQAhAUEAIQYMvAELIAEgBEYEQEHdACEDDNMCCyABLQAAQS5HDbgBIAFBAWohAQyIAQsgASAERw22AUHfACEDDNECCyABIARHBEAgAkEONgIIIAIgATYCBEHQACEDDLgCC0HgACEDDNACC0HhACEDIAEgBEYNzwIgAigCACIAIAQgAWtqIQUgASAAa0EDaiEGA0AgAS0AACAAQeLCAGotAABHDbEBIABBA0YNswEgAEEBaiEAIAQgAUEBaiIBRw0ACyACIAU2AgAMzwILQeIAIQMgASAERg3OAiACKAIAIgAgBCABa2ohBSABIABrQQJqIQYDQCABLQAAIABB5sIAai0AAEcNsAEgAEECRg2vASAAQQFqIQAgBCABQQFqIgFHDQALIAIgBTYCAAzOAgtB4wAhAyABIARGDc0CIAIoAgAiACAEIAFraiEFIAEgAGtBA2ohBgNAIAEtAAAgAEHpwgBqLQAARw2vASAAQQNGDa0BIABBAWohACAEIAFBAWoiAUcNAAsgAiAFNgIADM0CCyABIARGBEBB5QAhAwzNAgsgAUEBaiEBQQAhAAJAIAIoAjgiA0UNACADKAIwIgNFDQAgAiADEQAAIQALIAANqgFB1gAhAwyzAgsgASAERwRAA0AgAS0AACIAQSBHBEACQAJAAkAgAEHIAGsOCwABswGzAbMBswGzAbMBswGzAQKzAQsgAUEBaiEBQdIAIQMMtwILIAFBAWohAUHTACEDDLYCCyABQQFqIQFB1AAhAwy1AgsgBCABQQFqIgFHDQALQeQAIQMMzAILQeQAIQMMywILA0AgAS0AAEHwwgBqLQAAIgBBAUcEQCAAQQJrDgOnAaYBpQGkAQsgBCABQQFqIgFHDQALQeYAIQMMygILIAFBAWogASAERw0CGkHnACEDDMkCCwNAIAEtAABB8MQAai0AACIAQQFHBEACQCAAQQJrDgSiAaEBoAEAnwELQdcAIQMMsQILIAQgAUEBaiIBRw0AC0HoACEDDMgCCyABIARGBEBB6QAhAwzIAgsCQCABLQAAIgBBCmsOGrcBmwGbAbQBmwGbAZsBmwGbAZsBmwGbAZsBmwGbAZsBmwGbAZsBmwGbAZsBpAGbAZsBAJkBCyABQQFqCyEBQQYhAwytAgsDQCABLQAAQfDGAGotAABBAUcNfSAEIAFBAWoiAUcNAAtB6gAhAwzFAgsgAUEBaiABIARHDQIaQesAIQMMxAILIAEgBEYEQEHsACEDDMQCCyABQQFqDAELIAEgBEYEQEHtACEDDMMCCyABQQFqCyEBQQQhAwyoAgsgASAERgRAQe4AIQMMwQILAkACQAJAIAEtAABB8MgAai0AAEEBaw4HkAGPAY4BAHwBAo0BCyABQQFqIQEMCwsgAUEBagyTAQtBACEDIAJBADYCHCACQZsSNgIQIAJBBzYCDCACIAFBAWo2AhQMwAILAkADQCABLQAAQfDIAGotAAAiAEEERwRAAkACQCAAQQFrDgeUAZMBkgGNAQAEAY0BC0HaACEDDKoCCyABQQFqIQFB3AAhAwypAgsgBCABQQFqIgFHDQALQe8AIQMMwAILIAFBAWoMkQELIAQgASIARgRAQfAAIQMMvwILIAAtAABBL0cNASAAQQFqIQEMBwsgBCABIgBGBEBB8QAhAwy+AgsgAC0AACIBQS9GBEAgAEEBaiEBQd0AIQMMpQILIAFBCmsiA0EWSw0AIAAhAUEBIAN0QYmAgAJxDfkBC0EAIQMgAkEANgIcIAIgADYCFCACQYwcNgIQIAJBBzYCDAy8AgsgASAERwRAIAFBAWohAUHeACEDDKMCC0HyACEDDLsCCyABIARGBEBB9AAhAwy7AgsCQCABLQAAQfDMAGotAABBAWsOA/cBcwCCAQtB4QAhAwyhAgsgASAERwRAA0AgAS0AAEHwygBqLQAAIgBBA0cEQAJAIABBAWsOAvkBAIUBC0HfACEDDKMCCyAEIAFBAWoiAUcNAAtB8wAhAwy6AgtB8wAhAwy5AgsgASAERwRAIAJBDzYCCCACIAE2AgRB4AAhAwygAgtB9QAhAwy4AgsgASAERgRAQfYAIQMMuAILIAJBDzYCCCACIAE2AgQLQQMhAwydAgsDQCABLQAAQSBHDY4CIAQgAUEBaiIBRw0AC0H3ACEDDLUCCyABIARGBEBB+AAhAwy1AgsgAS0AAEEgRw16IAFBAWohAQxbC0EAIQACQCACKAI4IgNFDQAgAygCOCIDRQ0AIAIgAxEAACEACyAADXgMgAILIAEgBEYEQEH6ACEDDLMCCyABLQAAQcwARw10IAFBAWohAUETDHYLQfsAIQMgASAERg2xAiACKAIAIgAgBCABa2ohBSABIABrQQVqIQYDQCABLQAAIABB8M4Aai0AAEcNcyAAQQVGDXUgAEEBaiEAIAQgAUEBaiIBRw0ACyACIAU2AgAMsQILIAEgBEYEQEH8ACEDDLECCwJAAkAgAS0AAEHDAGsODAB0dHR0dHR0dHR0AXQLIAFBAWohAUHmACEDDJgCCyABQQFqIQFB5wAhAwyXAgtB/QAhAyABIARGDa8CIAIoAgAiACAEIAFraiEFIAEgAGtBAmohBgJAA0AgAS0AACAAQe3PAGotAABHDXIgAEECRg0BIABBAWohACAEIAFBAWoiAUcNAAsgAiAFNgIADLACCyACQQA2AgAgBkEBaiEBQRAMcwtB/gAhAyABIARGDa4CIAIoAgAiACAEIAFraiEFIAEgAGtBBWohBgJAA0AgAS0AACAAQfbOAGotAABHDXEgAEEFRg0BIABBAWohACAEIAFBAWoiAUcNAAsgAiAFNgIADK8CCyACQQA2AgAgBkEBaiEBQRYMcgtB/wAhAyABIARGDa0CIAIoAgAiACAEIAFraiEFIAEgAGtBA2ohBgJAA0AgAS0AACAAQfzOAGotAABHDXAgAEEDRg0BIABBAWohACAEIAFBAWoiAUcNAAsgAiAFNgIADK4CCyACQQA2AgAgBkEBaiEBQQUMcQsgASAERgRAQYABIQMMrQILIAEtAABB2QBHDW4gAUEBaiEBQQgMcAsgASAERgRAQYEBIQMMrAILAkACQCABLQAAQc4Aaw4DAG8BbwsgAUEBaiEBQesAIQMMkwILIAFBAWohAUHsACEDDJICCyABIARGBEBBggEhAwyrAgsCQAJAIAEtAABByABrDggAbm5ubm5uAW4LIAFBAWohAUHqACEDDJICCyABQQFqIQFB7QAhAwyRAgtBgwEhAyABIARGDakCIAIoAgAiACAEIAFraiEFIAEgAGtBAmohBgJAA0AgAS0AACAAQYDPAGotAABHDWwgAEECRg0BIABBAWohACAEIAFBAWoiAUcNAAsgAiAFNgIADKoCCyACQQA2AgAgBkEBaiEBQQAMbQtBhAEhAyABIARGDagCIAIoAgAiACAEIAFraiEFIAEgAGtBBGohBgJAA0AgAS0AACAAQYPPAGotAABHDWsgAEEERg0BIABBAWohACAEIAFBAWoiAUcNAAsgAiAFNgIADKkCCyACQQA2AgAgBkEBaiEBQSMMbAsgASAERgRAQYUBIQMMqAILAkACQCABLQAAQcwAaw4IAGtra2trawFrCyABQQFqIQFB7wAhAwyPAgsgAUEBaiEBQfAAIQMMjgILIAEgBEYEQEGGASEDDKcCCyABLQAAQcUARw1oIAFBAWohAQxgC0GHASEDIAEgBEYNpQIgAigCACIAIAQgAWtqIQUgASAAa0EDaiEGAkADQCABLQAAIABBiM8Aai0AAEcNaCAAQQNGDQEgAEEBaiEAIAQgAUEBaiIBRw0ACyACIAU2AgAMpgILIAJBADYCACAGQQFqIQFBLQxpC0GIASEDIAEgBEYNpAIgAigCACIAIAQgAWtqIQUgASAAa0EIaiEGAkADQCABLQAAIABB0M8Aai0AAEcNZyAAQQhGDQEgAEEBaiEAIAQgAUEBaiIBRw0ACyACIAU2AgAMpQILIAJBADYCACAGQQFqIQFBKQxoCyABIARGBEBBiQEhAwykAgtBASABLQAAQd8ARw1nGiABQQFqIQEMXgtBigEhAyABIARGDaICIAIoAgAiACAEIAFraiEFIAEgAGtBAWohBgNAIAEtAAAgAEGMzwBqLQAARw1kIABBAUYN+gEgAEEBaiEAIAQgAUEBaiIBRw0ACyACIAU2AgAMogILQYsBIQMgASAERg2hAiACKAIAIgAgBCABa2ohBSABIABrQQJqIQYCQANAIAEtAAAgAEGOzwBqLQAARw1kIABBAkYNASAAQQFqIQAgBCABQQFqIgFHDQALIAIgBTYCAAyiAgsgAkEANgIAIAZBAWohAUECDGULQYwBIQMgASAERg2gAiACKAIAIgAgBCABa2ohBSABIABrQQFqIQYCQANAIAEtAAAgAEHwzwBqLQAARw1jIABBAUYNASAAQQFqIQAgBCABQQFqIgFHDQALIAIgBTYCAAyhAgsgAkEANgIAIAZBAWohAUEfDGQLQY0BIQMgASAERg2fAiACKAIAIgAgBCABa2ohBSABIABrQQFqIQYCQANAIAEtAAAgAEHyzwBqLQAARw1iIABBAUYNASAAQQFqIQAgBCABQQFqIgFHDQALIAIgBTYCAAygAgsgAkEANgIAIAZBAWohAUEJDGMLIAEgBEYEQEGOASEDDJ8CCwJAAkAgAS0AAEHJAGsOBwBiYmJiYgFiCyABQQFqIQFB+AAhAwyGAgsgAUEBaiEBQfkAIQMMhQILQY8BIQMgASAERg2dAiACKAIAIgAgBCABa2ohBSABIABrQQVqIQYCQANAIAEtAAAgAEGRzwBqLQAARw1gIABBBUYNASAAQQFqIQAgBCABQQFqIgFHDQALIAIgBTYCAAyeAgsgAkEANgIAIAZBAWohAUEYDGELQZABIQMgASAERg2cAiACKAIAIgAgBCABa2ohBSABIABrQQJqIQYCQANAIAEtAAAgAEGXzwBqLQAARw1fIABBAkYNASAAQQFqIQAgBCABQQFqIgFHDQALIAIgBTYCAAydAgsgAkEANgIAIAZBAWohAUEXDGALQZEBIQMgASAERg2bAiACKAIAIgAgBCABa2ohBSABIABrQQZqIQYCQANAIAEtAAAgAEGazwBqLQAARw1eIABBBkYNASAAQQFqIQAgBCABQQFqIgFHDQALIAIgBTYCAAycAgsgAkEANgIAIAZBAWohAUEVDF8LQZIBIQMgASAERg2aAiACKAIAIgAgBCABa2ohBSABIABrQQVqIQYCQANAIAEtAAAgAEGhzwBqLQAARw1dIABBBUYNASAAQQFqIQAgBCABQQFqIgFHDQALIAIgBTYCAAybAgsgAkEANgIAIAZBAWohAUEeDF4LIAEgBEYEQEGTASEDDJoCCyABLQAAQcwARw1bIAFBAWohAUEKDF0LIAEgBEYEQEGUASEDDJkCCwJAAkAgAS0AAEHBAGsODwBcXFxcXFxcXFxcXFxcAVwLIAFBAWohAUH+ACEDDIACCyABQQFqIQFB/wAhAwz/AQsgASAERgRAQZUBIQMMmAILAkACQCABLQAAQcEAaw4DAFsBWwsgAUEBaiEBQf0AIQMM/wELIAFBAWohAUGAASEDDP4BC0GWASEDIAEgBEYNlgIgAigCACIAIAQgAWtqIQUgASAAa0EBaiEGAkADQCABLQAAIABBp88Aai0AAEcNWSAAQQFGDQEgAEEBaiEAIAQgAUEBaiIBRw0ACyACIAU2AgAMlwILIAJBADYCACAGQQFqIQFBCwxaCyABIARGBEBBlwEhAwyWAgsCQAJAAkACQCABLQAAQS1rDiMAW1tbW1tbW1tbW1tbW1tbW1tbW1tbW1sBW1tbW1sCW1tbA1sLIAFBAWohAUH7ACEDDP8BCyABQQFqIQFB/AAhAwz+AQsgAUEBaiEBQYEBIQMM/QELIAFBAWohAUGCASEDDPwBC0GYASEDIAEgBEYNlAIgAigCACIAIAQgAWtqIQUgASAAa0EEaiEGAkADQCABLQAAIABBqc8Aai0AAEcNVyAAQQRGDQEgAEEBaiEAIAQgAUEBaiIBRw0ACyACIAU2AgAMlQILIAJBADYCACAGQQFqIQFBGQxYC0GZASEDIAEgBEYNkwIgAigCACIAIAQgAWtqIQUgASAAa0EFaiEGAkADQCABLQAAIABBrs8Aai0AAEcNViAAQQVGDQEgAEEBaiEAIAQgAUEBaiIBRw0ACyACIAU2AgAMlAILIAJBADYCACAGQQFqIQFBBgxXC0GaASEDIAEgBEYNkgIgAigCACIAIAQgAWtqIQUgASAAa0EBaiEGAkADQCABLQAAIABBtM8Aai0AAEcNVSAAQQFGDQEgAEEBaiEAIAQgAUEBaiIBRw0ACyACIAU2AgAMkwILIAJBADYCACAGQQFqIQFBHAxWC0GbASEDIAEgBEYNkQIgAigCACIAIAQgAWtqIQUgASAAa0EBaiEGAkADQCABLQAAIABBts8Aai0AAEcNVCAAQQFGDQEgAEEBaiEAIAQgAUEBaiIBRw0ACyACIAU2AgAMkgILIAJBADYCACAGQQFqIQFBJwxVCyABIARGBEBBnAEhAwyRAgsCQAJAIAEtAABB1ABrDgIAAVQLIAFBAWohAUGGASEDDPgBCyABQQFqIQFBhwEhAwz3AQtBnQEhAyABIARGDY8CIAIoAgAiACAEIAFraiEFIAEgAGtBAWohBgJAA0AgAS0AACAAQbjPAGotAABHDVIgAEEBRg0BIABBAWohACAEIAFBAWoiAUcNAAsgAiAFNgIADJACCyACQQA2AgAgBkEBaiEBQSYMUwtBngEhAyABIARGDY4CIAIoAgAiACAEIAFraiEFIAEgAGtBAWohBgJAA0AgAS0AACAAQbrPAGotAABHDVEgAEEBRg0BIABBAWohACAEIAFBAWoiAUcNAAsgAiAFNgIADI8CCyACQQA2AgAgBkEBaiEBQQMMUgtBnwEhAyABIARGDY0CIAIoAgAiACAEIAFraiEFIAEgAGtBAmohBgJAA0AgAS0AACAAQe3PAGotAABHDVAgAEECRg0BIABBAWohACAEIAFBAWoiAUcNAAsgAiAFNgIADI4CCyACQQA2AgAgBkEBaiEBQQwMUQtBoAEhAyABIARGDYwCIAIoAgAiACAEIAFraiEFIAEgAGtBA2ohBgJAA0AgAS0AACAAQbzPAGotAABHDU8gAEEDRg0BIABBAWohACAEIAFBAWoiAUcNAAsgAiAFNgIADI0CCyACQQA2AgAgBkEBaiEBQQ0MUAsgASAERgRAQaEBIQMMjAILAkACQCABLQAAQcYAaw4LAE9PT09PT09PTwFPCyABQQFqIQFBiwEhAwzzAQsgAUEBaiEBQYwBIQMM8gELIAEgBEYEQEGiASEDDIsCCyABLQAAQdAARw1MIAFBAWohAQxGCyABIARGBEBBowEhAwyKAgsCQAJAIAEtAABByQBrDgcBTU1NTU0ATQsgAUEBaiEBQY4BIQMM8QELIAFBAWohAUEiDE0LQaQBIQMgASAERg2IAiACKAIAIgAgBCABa2ohBSABIABrQQFqIQYCQANAIAEtAAAgAEHAzwBqLQAARw1LIABBAUYNASAAQQFqIQAgBCABQQFqIgFHDQALIAIgBTYCAAyJAgsgAkEANgIAIAZBAWohAUEdDEwLIAEgBEYEQEGlASEDDIgCCwJAAkAgAS0AAEHSAGsOAwBLAUsLIAFBAWohAUGQASEDDO8BCyABQQFqIQFBBAxLCyABIARGBEBBpgEhAwyHAgsCQAJAAkACQAJAIAEtAABBwQBrDhUATU1NTU1NTU1NTQFNTQJNTQNNTQRNCyABQQFqIQFBiAEhAwzxAQsgAUEBaiEBQYkBIQMM8AELIAFBAWohAUGKASEDDO8BCyABQQFqIQFBjwEhAwzuAQsgAUEBaiEBQZEBIQMM7QELQacBIQMgASAERg2FAiACKAIAIgAgBCABa2ohBSABIABrQQJqIQYCQANAIAEtAAAgAEHtzwBqLQAARw1IIABBAkYNASAAQQFqIQAgBCABQQFqIgFHDQALIAIgBTYCAAyGAgsgAkEANgIAIAZBAWohAUERDEkLQagBIQMgASAERg2EAiACKAIAIgAgBCABa2ohBSABIABrQQJqIQYCQANAIAEtAAAgAEHCzwBqLQAARw1HIABBAkYNASAAQQFqIQAgBCABQQFqIgFHDQALIAIgBTYCAAyFAgsgAkEANgIAIAZBAWohAUEsDEgLQakBIQMgASAERg2DAiACKAIAIgAgBCABa2ohBSABIABrQQRqIQYCQANAIAEtAAAgAEHFzwBqLQAARw1GIABBBEYNASAAQQFqIQAgBCABQQFqIgFHDQALIAIgBTYCAAyEAgsgAkEANgIAIAZBAWohAUErDEcLQaoBIQMgASAERg2CAiACKAIAIgAgBCABa2ohBSABIABrQQJqIQYCQANAIAEtAAAgAEHKzwBqLQAARw1FIABBAkYNASAAQQFqIQAgBCABQQFqIgFHDQALIAIgBTYCAAyDAgsgAkEANgIAIAZBAWohAUEUDEYLIAEgBEYEQEGrASEDDIICCwJAAkACQAJAIAEtAABBwgBrDg8AAQJHR0dHR0dHR0dHRwNHCyABQQFqIQFBkwEhAwzrAQsgAUEBaiEBQZQBIQMM6gELIAFBAWohAUGVASEDDOkBCyABQQFqIQFBlgEhAwzoAQsgASAERgRAQawBIQMMgQILIAEtAABBxQBHDUIgAUEBaiEBDD0LQa0BIQMgASAERg3/ASACKAIAIgAgBCABa2ohBSABIABrQQJqIQYCQANAIAEtAAAgAEHNzwBqLQAARw1CIABBAkYNASAAQQFqIQAgBCABQQFqIgFHDQALIAIgBTYCAAyAAgsgAkEANgIAIAZBAWohAUEODEMLIAEgBEYEQEGuASEDDP8BCyABLQAAQdAARw1AIAFBAWohAUElDEILQa8BIQMgASAERg39ASACKAIAIgAgBCABa2ohBSABIABrQQhqIQYCQANAIAEtAAAgAEHQzwBqLQAARw1AIABBCEYNASAAQQFqIQAgBCABQQFqIgFHDQALIAIgBTYCAAz+AQsgAkEANgIAIAZBAWohAUEqDEELIAEgBEYEQEGwASEDDP0BCwJAAkAgAS0AAEHVAGsOCwBAQEBAQEBAQEABQAsgAUEBaiEBQZoBIQMM5AELIAFBAWohAUGbASEDDOMBCyABIARGBEBBsQEhAwz8AQsCQAJAIAEtAABBwQBrDhQAPz8/Pz8/Pz8/Pz8/Pz8/Pz8/AT8LIAFBAWohAUGZASEDDOMBCyABQQFqIQFBnAEhAwziAQtBsgEhAyABIARGDfoBIAIoAgAiACAEIAFraiEFIAEgAGtBA2ohBgJAA0AgAS0AACAAQdnPAGotAABHDT0gAEEDRg0BIABBAWohACAEIAFBAWoiAUcNAAsgAiAFNgIADPsBCyACQQA2AgAgBkEBaiEBQSEMPgtBswEhAyABIARGDfkBIAIoAgAiACAEIAFraiEFIAEgAGtBBmohBgJAA0AgAS0AACAAQd3PAGotAABHDTwgAEEGRg0BIABBAWohACAEIAFBAWoiAUcNAAsgAiAFNgIADPoBCyACQQA2AgAgBkEBaiEBQRoMPQsgASAERgRAQbQBIQMM+QELAkACQAJAIAEtAABBxQBrDhEAPT09PT09PT09AT09PT09Aj0LIAFBAWohAUGdASEDDOEBCyABQQFqIQFBngEhAwzgAQsgAUEBaiEBQZ8BIQMM3wELQbUBIQMgASAERg33ASACKAIAIgAgBCABa2ohBSABIABrQQVqIQYCQANAIAEtAAAgAEHkzwBqLQAARw06IABBBUYNASAAQQFqIQAgBCABQQFqIgFHDQALIAIgBTYCAAz4AQsgAkEANgIAIAZBAWohAUEoDDsLQbYBIQMgASAERg32ASACKAIAIgAgBCABa2ohBSABIABrQQJqIQYCQANAIAEtAAAgAEHqzwBqLQAARw05IABBAkYNASAAQQFqIQAgBCABQQFqIgFHDQALIAIgBTYCAAz3AQsgAkEANgIAIAZBAWohAUEHDDoLIAEgBEYEQEG3ASEDDPYBCwJAAkAgAS0AAEHFAGsODgA5OTk5OTk5OTk5OTkBOQsgAUEBaiEBQaEBIQMM3QELIAFBAWohAUGiASEDDNwBC0G4ASEDIAEgBEYN9AEgAigCACIAIAQgAWtqIQUgASAAa0ECaiEGAkADQCABLQAAIABB7c8Aai0AAEcNNyAAQQJGDQEgAEEBaiEAIAQgAUEBaiIBRw0ACyACIAU2AgAM9QELIAJBADYCACAGQQFqIQFBEgw4C0G5ASEDIAEgBEYN8wEgAigCACIAIAQgAWtqIQUgASAAa0EBaiEGAkADQCABLQAAIABB8M8Aai0AAEcNNiAAQQFGDQEgAEEBaiEAIAQgAUEBaiIBRw0ACyACIAU2AgAM9AELIAJBADYCACAGQQFqIQFBIAw3C0G6ASEDIAEgBEYN8gEgAigCACIAIAQgAWtqIQUgASAAa0EBaiEGAkADQCABLQAAIABB8s8Aai0AAEcNNSAAQQFGDQEgAEEBaiEAIAQgAUEBaiIBRw0ACyACIAU2AgAM8wELIAJBADYCACAGQQFqIQFBDww2CyABIARGBEBBuwEhAwzyAQsCQAJAIAEtAABByQBrDgcANTU1NTUBNQsgAUEBaiEBQaUBIQMM2QELIAFBAWohAUGmASEDDNgBC0G8ASEDIAEgBEYN8AEgAigCACIAIAQgAWtqIQUgASAAa0EHaiEGAkADQCABLQAAIABB9M8Aai0AAEcNMyAAQQdGDQEgAEEBaiEAIAQgAUEBaiIBRw0ACyACIAU2AgAM8QELIAJBADYCACAGQQFqIQFBGww0CyABIARGBEBBvQEhAwzwAQsCQAJAAkAgAS0AAEHCAGsOEgA0NDQ0NDQ0NDQBNDQ0NDQ0AjQLIAFBAWohAUGkASEDDNgBCyABQQFqIQFBpwEhAwzXAQsgAUEBaiEBQagBIQMM1gELIAEgBEYEQEG+ASEDDO8BCyABLQAAQc4ARw0wIAFBAWohAQwsCyABIARGBEBBvwEhAwzuAQsCQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQCABLQAAQcEAaw4VAAECAz8EBQY/Pz8HCAkKCz8MDQ4PPwsgAUEBaiEBQegAIQMM4wELIAFBAWohAUHpACEDDOIBCyABQQFqIQFB7gAhAwzhAQsgAUEBaiEBQfIAIQMM4AELIAFBAWohAUHzACEDDN8BCyABQQFqIQFB9gAhAwzeAQsgAUEBaiEBQfcAIQMM3QELIAFBAWohAUH6ACEDDNwBCyABQQFqIQFBgwEhAwzbAQsgAUEBaiEBQYQBIQMM2gELIAFBAWohAUGFASEDDNkBCyABQQFqIQFBkgEhAwzYAQsgAUEBaiEBQZgBIQMM1wELIAFBAWohAUGgASEDDNYBCyABQQFqIQFBowEhAwzVAQsgAUEBaiEBQaoBIQMM1AELIAEgBEcEQCACQRA2AgggAiABNgIEQasBIQMM1AELQcABIQMM7AELQQAhAAJAIAIoAjgiA0UNACADKAI0IgNFDQAgAiADEQAAIQALIABFDV4gAEEVRw0HIAJB0QA2AhwgAiABNgIUIAJBsBc2AhAgAkEVNgIMQQAhAwzrAQsgAUEBaiABIARHDQgaQcIBIQMM6gELA0ACQCABLQAAQQprDgQIAAALAAsgBCABQQFqIgFHDQALQcMBIQMM6QELIAEgBEcEQCACQRE2AgggAiABNgIEQQEhAwzQAQtBxAEhAwzoAQsgASAERgRAQcUBIQMM6AELAkACQCABLQAAQQprDgQBKCgAKAsgAUEBagwJCyABQQFqDAULIAEgBEYEQEHGASEDDOcBCwJAAkAgAS0AAEEKaw4XAQsLAQsLCwsLCwsLCwsLCwsLCwsLCwALCyABQQFqIQELQbABIQMMzQELIAEgBEYEQEHIASEDDOYBCyABLQAAQSBHDQkgAkEAOwEyIAFBAWohAUGzASEDDMwBCwNAIAEhAAJAIAEgBEcEQCABLQAAQTBrQf8BcSIDQQpJDQEMJwtBxwEhAwzmAQsCQCACLwEyIgFBmTNLDQAgAiABQQpsIgU7ATIgBUH+/wNxIANB//8Dc0sNACAAQQFqIQEgAiADIAVqIgM7ATIgA0H//wNxQegHSQ0BCwtBACEDIAJBADYCHCACQcEJNgIQIAJBDTYCDCACIABBAWo2AhQM5AELIAJBADYCHCACIAE2AhQgAkHwDDYCECACQRs2AgxBACEDDOMBCyACKAIEIQAgAkEANgIEIAIgACABECYiAA0BIAFBAWoLIQFBrQEhAwzIAQsgAkHBATYCHCACIAA2AgwgAiABQQFqNgIUQQAhAwzgAQsgAigCBCEAIAJBADYCBCACIAAgARAmIgANASABQQFqCyEBQa4BIQMMxQELIAJBwgE2AhwgAiAANgIMIAIgAUEBajYCFEEAIQMM3QELIAJBADYCHCACIAE2AhQgAkGXCzYCECACQQ02AgxBACEDDNwBCyACQQA2AhwgAiABNgIUIAJB4xA2AhAgAkEJNgIMQQAhAwzbAQsgAkECOgAoDKwBC0EAIQMgAkEANgIcIAJBrws2AhAgAkECNgIMIAIgAUEBajYCFAzZAQtBAiEDDL8BC0ENIQMMvgELQSYhAwy9AQtBFSEDDLwBC0EWIQMMuwELQRghAwy6AQtBHCEDDLkBC0EdIQMMuAELQSAhAwy3AQtBISEDDLYBC0EjIQMMtQELQcYAIQMMtAELQS4hAwyzAQtBPSEDDLIBC0HLACEDDLEBC0HOACEDDLABC0HYACEDDK8BC0HZACEDDK4BC0HbACEDDK0BC0HxACEDDKwBC0H0ACEDDKsBC0GNASEDDKoBC0GXASEDDKkBC0GpASEDDKgBC0GvASEDDKcBC0GxASEDDKYBCyACQQA2AgALQQAhAyACQQA2AhwgAiABNgIUIAJB8Rs2AhAgAkEGNgIMDL0BCyACQQA2AgAgBkEBaiEBQSQLOgApIAIoAgQhACACQQA2AgQgAiAAIAEQJyIARQRAQeUAIQMMowELIAJB+QA2AhwgAiABNgIUIAIgADYCDEEAIQMMuwELIABBFUcEQCACQQA2AhwgAiABNgIUIAJBzA42AhAgAkEgNgIMQQAhAwy7AQsgAkH4ADYCHCACIAE2AhQgAkHKGDYCECACQRU2AgxBACEDDLoBCyACQQA2AhwgAiABNgIUIAJBjhs2AhAgAkEGNgIMQQAhAwy5AQsgAkEANgIcIAIgATYCFCACQf4RNgIQIAJBBzYCDEEAIQMMuAELIAJBADYCHCACIAE2AhQgAkGMHDYCECACQQc2AgxBACEDDLcBCyACQQA2AhwgAiABNgIUIAJBww82AhAgAkEHNgIMQQAhAwy2AQsgAkEANgIcIAIgATYCFCACQcMPNgIQIAJBBzYCDEEAIQMMtQELIAIoAgQhACACQQA2AgQgAiAAIAEQJSIARQ0RIAJB5QA2AhwgAiABNgIUIAIgADYCDEEAIQMMtAELIAIoAgQhACACQQA2AgQgAiAAIAEQJSIARQ0gIAJB0wA2AhwgAiABNgIUIAIgADYCDEEAIQMMswELIAIoAgQhACACQQA2AgQgAiAAIAEQJSIARQ0iIAJB0gA2AhwgAiABNgIUIAIgADYCDEEAIQMMsgELIAIoAgQhACACQQA2AgQgAiAAIAEQJSIARQ0OIAJB5QA2AhwgAiABNgIUIAIgADYCDEEAIQMMsQELIAIoAgQhACACQQA2AgQgAiAAIAEQJSIARQ0dIAJB0wA2AhwgAiABNgIUIAIgADYCDEEAIQMMsAELIAIoAgQhACACQQA2AgQgAiAAIAEQJSIARQ0fIAJB0gA2AhwgAiABNgIUIAIgADYCDEEAIQMMrwELIABBP0cNASABQQFqCyEBQQUhAwyUAQtBACEDIAJBADYCHCACIAE2AhQgAkH9EjYCECACQQc2AgwMrAELIAJBADYCHCACIAE2AhQgAkHcCDYCECACQQc2AgxBACEDDKsBCyACKAIEIQAgAkEANgIEIAIgACABECUiAEUNByACQeUANgIcIAIgATYCFCACIAA2AgxBACEDDKoBCyACKAIEIQAgAkEANgIEIAIgACABECUiAEUNFiACQdMANgIcIAIgATYCFCACIAA2AgxBACEDDKkBCyACKAIEIQAgAkEANgIEIAIgACABECUiAEUNGCACQdIANgIcIAIgATYCFCACIAA2AgxBACEDDKgBCyACQQA2AhwgAiABNgIUIAJBxgo2AhAgAkEHNgIMQQAhAwynAQsgAigCBCEAIAJBADYCBCACIAAgARAlIgBFDQMgAkHlADYCHCACIAE2AhQgAiAANgIMQQAhAwymAQsgAigCBCEAIAJBADYCBCACIAAgARAlIgBFDRIgAkHTADYCHCACIAE2AhQgAiAANgIMQQAhAwylAQsgAigCBCEAIAJBADYCBCACIAAgARAlIgBFDRQgAkHSADYCHCACIAE2AhQgAiAANgIMQQAhAwykAQsgAigCBCEAIAJBADYCBCACIAAgARAlIgBFDQAgAkHlADYCHCACIAE2AhQgAiAANgIMQQAhAwyjAQtB1QAhAwyJAQsgAEEVRwRAIAJBADYCHCACIAE2AhQgAkG5DTYCECACQRo2AgxBACEDDKIBCyACQeQANgIcIAIgATYCFCACQeMXNgIQIAJBFTYCDEEAIQMMoQELIAJBADYCACAGQQFqIQEgAi0AKSIAQSNrQQtJDQQCQCAAQQZLDQBBASAAdEHKAHFFDQAMBQtBACEDIAJBADYCHCACIAE2AhQgAkH3CTYCECACQQg2AgwMoAELIAJBADYCACAGQQFqIQEgAi0AKUEhRg0DIAJBADYCHCACIAE2AhQgAkGbCjYCECACQQg2AgxBACEDDJ8BCyACQQA2AgALQQAhAyACQQA2AhwgAiABNgIUIAJBkDM2AhAgAkEINgIMDJ0BCyACQQA2AgAgBkEBaiEBIAItAClBI0kNACACQQA2AhwgAiABNgIUIAJB0wk2AhAgAkEINgIMQQAhAwycAQtB0QAhAwyCAQsgAS0AAEEwayIAQf8BcUEKSQRAIAIgADoAKiABQQFqIQFBzwAhAwyCAQsgAigCBCEAIAJBADYCBCACIAAgARAoIgBFDYYBIAJB3gA2AhwgAiABNgIUIAIgADYCDEEAIQMMmgELIAIoAgQhACACQQA2AgQgAiAAIAEQKCIARQ2GASACQdwANgIcIAIgATYCFCACIAA2AgxBACEDDJkBCyACKAIEIQAgAkEANgIEIAIgACAFECgiAEUEQCAFIQEMhwELIAJB2gA2AhwgAiAFNgIUIAIgADYCDAyYAQtBACEBQQEhAwsgAiADOgArIAVBAWohAwJAAkACQCACLQAtQRBxDQACQAJAAkAgAi0AKg4DAQACBAsgBkUNAwwCCyAADQEMAgsgAUUNAQsgAigCBCEAIAJBADYCBCACIAAgAxAoIgBFBEAgAyEBDAILIAJB2AA2AhwgAiADNgIUIAIgADYCDEEAIQMMmAELIAIoAgQhACACQQA2AgQgAiAAIAMQKCIARQRAIAMhAQyHAQsgAkHZADYCHCACIAM2AhQgAiAANgIMQQAhAwyXAQtBzAAhAwx9CyAAQRVHBEAgAkEANgIcIAIgATYCFCACQZQNNgIQIAJBITYCDEEAIQMMlgELIAJB1wA2AhwgAiABNgIUIAJByRc2AhAgAkEVNgIMQQAhAwyVAQtBACEDIAJBADYCHCACIAE2AhQgAkGAETYCECACQQk2AgwMlAELIAIoAgQhACACQQA2AgQgAiAAIAEQJSIARQ0AIAJB0wA2AhwgAiABNgIUIAIgADYCDEEAIQMMkwELQckAIQMMeQsgAkEANgIcIAIgATYCFCACQcEoNgIQIAJBBzYCDCACQQA2AgBBACEDDJEBCyACKAIEIQBBACEDIAJBADYCBCACIAAgARAlIgBFDQAgAkHSADYCHCACIAE2AhQgAiAANgIMDJABC0HIACEDDHYLIAJBADYCACAFIQELIAJBgBI7ASogAUEBaiEBQQAhAAJAIAIoAjgiA0UNACADKAIwIgNFDQAgAiADEQAAIQALIAANAQtBxwAhAwxzCyAAQRVGBEAgAkHRADYCHCACIAE2AhQgAkHjFzYCECACQRU2AgxBACEDDIwBC0EAIQMgAkEANgIcIAIgATYCFCACQbkNNgIQIAJBGjYCDAyLAQtBACEDIAJBADYCHCACIAE2AhQgAkGgGTYCECACQR42AgwMigELIAEtAABBOkYEQCACKAIEIQBBACEDIAJBADYCBCACIAAgARApIgBFDQEgAkHDADYCHCACIAA2AgwgAiABQQFqNgIUDIoBC0EAIQMgAkEANgIcIAIgATYCFCACQbERNgIQIAJBCjYCDAyJAQsgAUEBaiEBQTshAwxvCyACQcMANgIcIAIgADYCDCACIAFBAWo2AhQMhwELQQAhAyACQQA2AhwgAiABNgIUIAJB8A42AhAgAkEcNgIMDIYBCyACIAIvATBBEHI7ATAMZgsCQCACLwEwIgBBCHFFDQAgAi0AKEEBRw0AIAItAC1BCHFFDQMLIAIgAEH3+wNxQYAEcjsBMAwECyABIARHBEACQANAIAEtAABBMGsiAEH/AXFBCk8EQEE1IQMMbgsgAikDICIKQpmz5syZs+bMGVYNASACIApCCn4iCjcDICAKIACtQv8BgyILQn+FVg0BIAIgCiALfDcDICAEIAFBAWoiAUcNAAtBOSEDDIUBCyACKAIEIQBBACEDIAJBADYCBCACIAAgAUEBaiIBECoiAA0MDHcLQTkhAwyDAQsgAi0AMEEgcQ0GQcUBIQMMaQtBACEDIAJBADYCBCACIAEgARAqIgBFDQQgAkE6NgIcIAIgADYCDCACIAFBAWo2AhQMgQELIAItAChBAUcNACACLQAtQQhxRQ0BC0E3IQMMZgsgAigCBCEAQQAhAyACQQA2AgQgAiAAIAEQKiIABEAgAkE7NgIcIAIgADYCDCACIAFBAWo2AhQMfwsgAUEBaiEBDG4LIAJBCDoALAwECyABQQFqIQEMbQtBACEDIAJBADYCHCACIAE2AhQgAkHkEjYCECACQQQ2AgwMewsgAigCBCEAQQAhAyACQQA2AgQgAiAAIAEQKiIARQ1sIAJBNzYCHCACIAE2AhQgAiAANgIMDHoLIAIgAi8BMEEgcjsBMAtBMCEDDF8LIAJBNjYCHCACIAE2AhQgAiAANgIMDHcLIABBLEcNASABQQFqIQBBASEBAkACQAJAAkACQCACLQAsQQVrDgQDAQIEAAsgACEBDAQLQQIhAQwBC0EEIQELIAJBAToALCACIAIvATAgAXI7ATAgACEBDAELIAIgAi8BMEEIcjsBMCAAIQELQTkhAwxcCyACQQA6ACwLQTQhAwxaCyABIARGBEBBLSEDDHMLAkACQANAAkAgAS0AAEEKaw4EAgAAAwALIAQgAUEBaiIBRw0AC0EtIQMMdAsgAigCBCEAQQAhAyACQQA2AgQgAiAAIAEQKiIARQ0CIAJBLDYCHCACIAE2AhQgAiAANgIMDHMLIAIoAgQhAEEAIQMgAkEANgIEIAIgACABECoiAEUEQCABQQFqIQEMAgsgAkEsNgIcIAIgADYCDCACIAFBAWo2AhQMcgsgAS0AAEENRgRAIAIoAgQhAEEAIQMgAkEANgIEIAIgACABECoiAEUEQCABQQFqIQEMAgsgAkEsNgIcIAIgADYCDCACIAFBAWo2AhQMcgsgAi0ALUEBcQRAQcQBIQMMWQsgAigCBCEAQQAhAyACQQA2AgQgAiAAIAEQKiIADQEMZQtBLyEDDFcLIAJBLjYCHCACIAE2AhQgAiAANgIMDG8LQQAhAyACQQA2AhwgAiABNgIUIAJB8BQ2AhAgAkEDNgIMDG4LQQEhAwJAAkACQAJAIAItACxBBWsOBAMBAgAECyACIAIvATBBCHI7ATAMAwtBAiEDDAELQQQhAwsgAkEBOgAsIAIgAi8BMCADcjsBMAtBKiEDDFMLQQAhAyACQQA2AhwgAiABNgIUIAJB4Q82AhAgAkEKNgIMDGsLQQEhAwJAAkACQAJAAkACQCACLQAsQQJrDgcFBAQDAQIABAsgAiACLwEwQQhyOwEwDAMLQQIhAwwBC0EEIQMLIAJBAToALCACIAIvATAgA3I7ATALQSshAwxSC0EAIQMgAkEANgIcIAIgATYCFCACQasSNgIQIAJBCzYCDAxqC0EAIQMgAkEANgIcIAIgATYCFCACQf0NNgIQIAJBHTYCDAxpCyABIARHBEADQCABLQAAQSBHDUggBCABQQFqIgFHDQALQSUhAwxpC0ElIQMMaAsgAi0ALUEBcQRAQcMBIQMMTwsgAigCBCEAQQAhAyACQQA2AgQgAiAAIAEQKSIABEAgAkEmNgIcIAIgADYCDCACIAFBAWo2AhQMaAsgAUEBaiEBDFwLIAFBAWohASACLwEwIgBBgAFxBEBBACEAAkAgAigCOCIDRQ0AIAMoAlQiA0UNACACIAMRAAAhAAsgAEUNBiAAQRVHDR8gAkEFNgIcIAIgATYCFCACQfkXNgIQIAJBFTYCDEEAIQMMZwsCQCAAQaAEcUGgBEcNACACLQAtQQJxDQBBACEDIAJBADYCHCACIAE2AhQgAkGWEzYCECACQQQ2AgwMZwsgAgJ/IAIvATBBFHFBFEYEQEEBIAItAChBAUYNARogAi8BMkHlAEYMAQsgAi0AKUEFRgs6AC5BACEAAkAgAigCOCIDRQ0AIAMoAiQiA0UNACACIAMRAAAhAAsCQAJAAkACQAJAIAAOFgIBAAQEBAQEBAQEBAQEBAQEBAQEBAMECyACQQE6AC4LIAIgAi8BMEHAAHI7ATALQSchAwxPCyACQSM2AhwgAiABNgIUIAJBpRY2AhAgAkEVNgIMQQAhAwxnC0EAIQMgAkEANgIcIAIgATYCFCACQdULNgIQIAJBETYCDAxmC0EAIQACQCACKAI4IgNFDQAgAygCLCIDRQ0AIAIgAxEAACEACyAADQELQQ4hAwxLCyAAQRVGBEAgAkECNgIcIAIgATYCFCACQbAYNgIQIAJBFTYCDEEAIQMMZAtBACEDIAJBADYCHCACIAE2AhQgAkGnDjYCECACQRI2AgwMYwtBACEDIAJBADYCHCACIAE2AhQgAkGqHDYCECACQQ82AgwMYgsgAigCBCEAQQAhAyACQQA2AgQgAiAAIAEgCqdqIgEQKyIARQ0AIAJBBTYCHCACIAE2AhQgAiAANgIMDGELQQ8hAwxHC0EAIQMgAkEANgIcIAIgATYCFCACQc0TNgIQIAJBDDYCDAxfC0IBIQoLIAFBAWohAQJAIAIpAyAiC0L//////////w9YBEAgAiALQgSGIAqENwMgDAELQQAhAyACQQA2AhwgAiABNgIUIAJBrQk2AhAgAkEMNgIMDF4LQSQhAwxEC0EAIQMgAkEANgIcIAIgATYCFCACQc0TNgIQIAJBDDYCDAxcCyACKAIEIQBBACEDIAJBADYCBCACIAAgARAsIgBFBEAgAUEBaiEBDFILIAJBFzYCHCACIAA2AgwgAiABQQFqNgIUDFsLIAIoAgQhAEEAIQMgAkEANgIEAkAgAiAAIAEQLCIARQRAIAFBAWohAQwBCyACQRY2AhwgAiAANgIMIAIgAUEBajYCFAxbC0EfIQMMQQtBACEDIAJBADYCHCACIAE2AhQgAkGaDzYCECACQSI2AgwMWQsgAigCBCEAQQAhAyACQQA2AgQgAiAAIAEQLSIARQRAIAFBAWohAQxQCyACQRQ2AhwgAiAANgIMIAIgAUEBajYCFAxYCyACKAIEIQBBACEDIAJBADYCBAJAIAIgACABEC0iAEUEQCABQQFqIQEMAQsgAkETNgIcIAIgADYCDCACIAFBAWo2AhQMWAtBHiEDDD4LQQAhAyACQQA2AhwgAiABNgIUIAJBxgw2AhAgAkEjNgIMDFYLIAIoAgQhAEEAIQMgAkEANgIEIAIgACABEC0iAEUEQCABQQFqIQEMTgsgAkERNgIcIAIgADYCDCACIAFBAWo2AhQMVQsgAkEQNgIcIAIgATYCFCACIAA2AgwMVAtBACEDIAJBADYCHCACIAE2AhQgAkHGDDYCECACQSM2AgwMUwtBACEDIAJBADYCHCACIAE2AhQgAkHAFTYCECACQQI2AgwMUgsgAigCBCEAQQAhAyACQQA2AgQCQCACIAAgARAtIgBFBEAgAUEBaiEBDAELIAJBDjYCHCACIAA2AgwgAiABQQFqNgIUDFILQRshAww4C0EAIQMgAkEANgIcIAIgATYCFCACQcYMNgIQIAJBIzYCDAxQCyACKAIEIQBBACEDIAJBADYCBAJAIAIgACABECwiAEUEQCABQQFqIQEMAQsgAkENNgIcIAIgADYCDCACIAFBAWo2AhQMUAtBGiEDDDYLQQAhAyACQQA2AhwgAiABNgIUIAJBmg82AhAgAkEiNgIMDE4LIAIoAgQhAEEAIQMgAkEANgIEAkAgAiAAIAEQLCIARQRAIAFBAWohAQwBCyACQQw2AhwgAiAANgIMIAIgAUEBajYCFAxOC0EZIQMMNAtBACEDIAJBADYCHCACIAE2AhQgAkGaDzYCECACQSI2AgwMTAsgAEEVRwRAQQAhAyACQQA2AhwgAiABNgIUIAJBgww2AhAgAkETNgIMDEwLIAJBCjYCHCACIAE2AhQgAkHkFjYCECACQRU2AgxBACEDDEsLIAIoAgQhAEEAIQMgAkEANgIEIAIgACABIAqnaiIBECsiAARAIAJBBzYCHCACIAE2AhQgAiAANgIMDEsLQRMhAwwxCyAAQRVHBEBBACEDIAJBADYCHCACIAE2AhQgAkHaDTYCECACQRQ2AgwMSgsgAkEeNgIcIAIgATYCFCACQfkXNgIQIAJBFTYCDEEAIQMMSQtBACEAAkAgAigCOCIDRQ0AIAMoAiwiA0UNACACIAMRAAAhAAsgAEUNQSAAQRVGBEAgAkEDNgIcIAIgATYCFCACQbAYNgIQIAJBFTYCDEEAIQMMSQtBACEDIAJBADYCHCACIAE2AhQgAkGnDjYCECACQRI2AgwMSAtBACEDIAJBADYCHCACIAE2AhQgAkHaDTYCECACQRQ2AgwMRwtBACEDIAJBADYCHCACIAE2AhQgAkGnDjYCECACQRI2AgwMRgsgAkEAOgAvIAItAC1BBHFFDT8LIAJBADoALyACQQE6ADRBACEDDCsLQQAhAyACQQA2AhwgAkHkETYCECACQQc2AgwgAiABQQFqNgIUDEMLAkADQAJAIAEtAABBCmsOBAACAgACCyAEIAFBAWoiAUcNAAtB3QEhAwxDCwJAAkAgAi0ANEEBRw0AQQAhAAJAIAIoAjgiA0UNACADKAJYIgNFDQAgAiADEQAAIQALIABFDQAgAEEVRw0BIAJB3AE2AhwgAiABNgIUIAJB1RY2AhAgAkEVNgIMQQAhAwxEC0HBASEDDCoLIAJBADYCHCACIAE2AhQgAkHpCzYCECACQR82AgxBACEDDEILAkACQCACLQAoQQFrDgIEAQALQcABIQMMKQtBuQEhAwwoCyACQQI6AC9BACEAAkAgAigCOCIDRQ0AIAMoAgAiA0UNACACIAMRAAAhAAsgAEUEQEHCASEDDCgLIABBFUcEQCACQQA2AhwgAiABNgIUIAJBpAw2AhAgAkEQNgIMQQAhAwxBCyACQdsBNgIcIAIgATYCFCACQfoWNgIQIAJBFTYCDEEAIQMMQAsgASAERgRAQdoBIQMMQAsgAS0AAEHIAEYNASACQQE6ACgLQawBIQMMJQtBvwEhAwwkCyABIARHBEAgAkEQNgIIIAIgATYCBEG+ASEDDCQLQdkBIQMMPAsgASAERgRAQdgBIQMMPAsgAS0AAEHIAEcNBCABQQFqIQFBvQEhAwwiCyABIARGBEBB1wEhAww7CwJAAkAgAS0AAEHFAGsOEAAFBQUFBQUFBQUFBQUFBQEFCyABQQFqIQFBuwEhAwwiCyABQQFqIQFBvAEhAwwhC0HWASEDIAEgBEYNOSACKAIAIgAgBCABa2ohBSABIABrQQJqIQYCQANAIAEtAAAgAEGD0ABqLQAARw0DIABBAkYNASAAQQFqIQAgBCABQQFqIgFHDQALIAIgBTYCAAw6CyACKAIEIQAgAkIANwMAIAIgACAGQQFqIgEQJyIARQRAQcYBIQMMIQsgAkHVATYCHCACIAE2AhQgAiAANgIMQQAhAww5C0HUASEDIAEgBEYNOCACKAIAIgAgBCABa2ohBSABIABrQQFqIQYCQANAIAEtAAAgAEGB0ABqLQAARw0CIABBAUYNASAAQQFqIQAgBCABQQFqIgFHDQALIAIgBTYCAAw5CyACQYEEOwEoIAIoAgQhACACQgA3AwAgAiAAIAZBAWoiARAnIgANAwwCCyACQQA2AgALQQAhAyACQQA2AhwgAiABNgIUIAJB2Bs2AhAgAkEINgIMDDYLQboBIQMMHAsgAkHTATYCHCACIAE2AhQgAiAANgIMQQAhAww0C0EAIQACQCACKAI4IgNFDQAgAygCOCIDRQ0AIAIgAxEAACEACyAARQ0AIABBFUYNASACQQA2AhwgAiABNgIUIAJBzA42AhAgAkEgNgIMQQAhAwwzC0HkACEDDBkLIAJB+AA2AhwgAiABNgIUIAJByhg2AhAgAkEVNgIMQQAhAwwxC0HSASEDIAQgASIARg0wIAQgAWsgAigCACIBaiEFIAAgAWtBBGohBgJAA0AgAC0AACABQfzPAGotAABHDQEgAUEERg0DIAFBAWohASAEIABBAWoiAEcNAAsgAiAFNgIADDELIAJBADYCHCACIAA2AhQgAkGQMzYCECACQQg2AgwgAkEANgIAQQAhAwwwCyABIARHBEAgAkEONgIIIAIgATYCBEG3ASEDDBcLQdEBIQMMLwsgAkEANgIAIAZBAWohAQtBuAEhAwwUCyABIARGBEBB0AEhAwwtCyABLQAAQTBrIgBB/wFxQQpJBEAgAiAAOgAqIAFBAWohAUG2ASEDDBQLIAIoAgQhACACQQA2AgQgAiAAIAEQKCIARQ0UIAJBzwE2AhwgAiABNgIUIAIgADYCDEEAIQMMLAsgASAERgRAQc4BIQMMLAsCQCABLQAAQS5GBEAgAUEBaiEBDAELIAIoAgQhACACQQA2AgQgAiAAIAEQKCIARQ0VIAJBzQE2AhwgAiABNgIUIAIgADYCDEEAIQMMLAtBtQEhAwwSCyAEIAEiBUYEQEHMASEDDCsLQQAhAEEBIQFBASEGQQAhAwJAAkACQAJAAkACfwJAAkACQAJAAkACQAJAIAUtAABBMGsOCgoJAAECAwQFBggLC0ECDAYLQQMMBQtBBAwEC0EFDAMLQQYMAgtBBwwBC0EICyEDQQAhAUEAIQYMAgtBCSEDQQEhAEEAIQFBACEGDAELQQAhAUEBIQMLIAIgAzoAKyAFQQFqIQMCQAJAIAItAC1BEHENAAJAAkACQCACLQAqDgMBAAIECyAGRQ0DDAILIAANAQwCCyABRQ0BCyACKAIEIQAgAkEANgIEIAIgACADECgiAEUEQCADIQEMAwsgAkHJATYCHCACIAM2AhQgAiAANgIMQQAhAwwtCyACKAIEIQAgAkEANgIEIAIgACADECgiAEUEQCADIQEMGAsgAkHKATYCHCACIAM2AhQgAiAANgIMQQAhAwwsCyACKAIEIQAgAkEANgIEIAIgACAFECgiAEUEQCAFIQEMFgsgAkHLATYCHCACIAU2AhQgAiAANgIMDCsLQbQBIQMMEQtBACEAAkAgAigCOCIDRQ0AIAMoAjwiA0UNACACIAMRAAAhAAsCQCAABEAgAEEVRg0BIAJBADYCHCACIAE2AhQgAkGUDTYCECACQSE2AgxBACEDDCsLQbIBIQMMEQsgAkHIATYCHCACIAE2AhQgAkHJFzYCECACQRU2AgxBACEDDCkLIAJBADYCACAGQQFqIQFB9QAhAwwPCyACLQApQQVGBEBB4wAhAwwPC0HiACEDDA4LIAAhASACQQA2AgALIAJBADoALEEJIQMMDAsgAkEANgIAIAdBAWohAUHAACEDDAsLQQELOgAsIAJBADYCACAGQQFqIQELQSkhAwwIC0E4IQMMBwsCQCABIARHBEADQCABLQAAQYA+ai0AACIAQQFHBEAgAEECRw0DIAFBAWohAQwFCyAEIAFBAWoiAUcNAAtBPiEDDCELQT4hAwwgCwsgAkEAOgAsDAELQQshAwwEC0E6IQMMAwsgAUEBaiEBQS0hAwwCCyACIAE6ACwgAkEANgIAIAZBAWohAUEMIQMMAQsgAkEANgIAIAZBAWohAUEKIQMMAAsAC0EAIQMgAkEANgIcIAIgATYCFCACQc0QNgIQIAJBCTYCDAwXC0EAIQMgAkEANgIcIAIgATYCFCACQekKNgIQIAJBCTYCDAwWC0EAIQMgAkEANgIcIAIgATYCFCACQbcQNgIQIAJBCTYCDAwVC0EAIQMgAkEANgIcIAIgATYCFCACQZwRNgIQIAJBCTYCDAwUC0EAIQMgAkEANgIcIAIgATYCFCACQc0QNgIQIAJBCTYCDAwTC0EAIQMgAkEANgIcIAIgATYCFCACQekKNgIQIAJBCTYCDAwSC0EAIQMgAkEANgIcIAIgATYCFCACQbcQNgIQIAJBCTYCDAwRC0EAIQMgAkEANgIcIAIgATYCFCACQZwRNgIQIAJBCTYCDAwQC0EAIQMgAkEANgIcIAIgATYCFCACQZcVNgIQIAJBDzYCDAwPC0EAIQMgAkEANgIcIAIgATYCFCACQZcVNgIQIAJBDzYCDAwOC0EAIQMgAkEANgIcIAIgATYCFCACQcASNgIQIAJBCzYCDAwNC0EAIQMgAkEANgIcIAIgATYCFCACQZUJNgIQIAJBCzYCDAwMC0EAIQMgAkEANgIcIAIgATYCFCACQeEPNgIQIAJBCjYCDAwLC0EAIQMgAkEANgIcIAIgATYCFCACQfsPNgIQIAJBCjYCDAwKC0EAIQMgAkEANgIcIAIgATYCFCACQfEZNgIQIAJBAjYCDAwJC0EAIQMgAkEANgIcIAIgATYCFCACQcQUNgIQIAJBAjYCDAwIC0EAIQMgAkEANgIcIAIgATYCFCACQfIVNgIQIAJBAjYCDAwHCyACQQI2AhwgAiABNgIUIAJBnBo2AhAgAkEWNgIMQQAhAwwGC0EBIQMMBQtB1AAhAyABIARGDQQgCEEIaiEJIAIoAgAhBQJAAkAgASAERwRAIAVB2MIAaiEHIAQgBWogAWshACAFQX9zQQpqIgUgAWohBgNAIAEtAAAgBy0AAEcEQEECIQcMAwsgBUUEQEEAIQcgBiEBDAMLIAVBAWshBSAHQQFqIQcgBCABQQFqIgFHDQALIAAhBSAEIQELIAlBATYCACACIAU2AgAMAQsgAkEANgIAIAkgBzYCAAsgCSABNgIEIAgoAgwhACAIKAIIDgMBBAIACwALIAJBADYCHCACQbUaNgIQIAJBFzYCDCACIABBAWo2AhRBACEDDAILIAJBADYCHCACIAA2AhQgAkHKGjYCECACQQk2AgxBACEDDAELIAEgBEYEQEEiIQMMAQsgAkEJNgIIIAIgATYCBEEhIQMLIAhBEGokACADRQRAIAIoAgwhAAwBCyACIAM2AhxBACEAIAIoAgQiAUUNACACIAEgBCACKAIIEQEAIgFFDQAgAiAENgIUIAIgATYCDCABIQALIAALvgIBAn8gAEEAOgAAIABB3ABqIgFBAWtBADoAACAAQQA6AAIgAEEAOgABIAFBA2tBADoAACABQQJrQQA6AAAgAEEAOgADIAFBBGtBADoAAEEAIABrQQNxIgEgAGoiAEEANgIAQdwAIAFrQXxxIgIgAGoiAUEEa0EANgIAAkAgAkEJSQ0AIABBADYCCCAAQQA2AgQgAUEIa0EANgIAIAFBDGtBADYCACACQRlJDQAgAEEANgIYIABBADYCFCAAQQA2AhAgAEEANgIMIAFBEGtBADYCACABQRRrQQA2AgAgAUEYa0EANgIAIAFBHGtBADYCACACIABBBHFBGHIiAmsiAUEgSQ0AIAAgAmohAANAIABCADcDGCAAQgA3AxAgAEIANwMIIABCADcDACAAQSBqIQAgAUEgayIBQR9LDQALCwtWAQF/AkAgACgCDA0AAkACQAJAAkAgAC0ALw4DAQADAgsgACgCOCIBRQ0AIAEoAiwiAUUNACAAIAERAAAiAQ0DC0EADwsACyAAQcMWNgIQQQ4hAQsgAQsaACAAKAIMRQRAIABB0Rs2AhAgAEEVNgIMCwsUACAAKAIMQRVGBEAgAEEANgIMCwsUACAAKAIMQRZGBEAgAEEANgIMCwsHACAAKAIMCwcAIAAoAhALCQAgACABNgIQCwcAIAAoAhQLFwAgAEEkTwRAAAsgAEECdEGgM2ooAgALFwAgAEEuTwRAAAsgAEECdEGwNGooAgALvwkBAX9B6yghAQJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAIABB5ABrDvQDY2IAAWFhYWFhYQIDBAVhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhBgcICQoLDA0OD2FhYWFhEGFhYWFhYWFhYWFhEWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYRITFBUWFxgZGhthYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhHB0eHyAhIiMkJSYnKCkqKywtLi8wMTIzNDU2YTc4OTphYWFhYWFhYTthYWE8YWFhYT0+P2FhYWFhYWFhQGFhQWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYUJDREVGR0hJSktMTU5PUFFSU2FhYWFhYWFhVFVWV1hZWlthXF1hYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFeYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhX2BhC0HhJw8LQaQhDwtByywPC0H+MQ8LQcAkDwtBqyQPC0GNKA8LQeImDwtBgDAPC0G5Lw8LQdckDwtB7x8PC0HhHw8LQfofDwtB8iAPC0GoLw8LQa4yDwtBiDAPC0HsJw8LQYIiDwtBjh0PC0HQLg8LQcojDwtBxTIPC0HfHA8LQdIcDwtBxCAPC0HXIA8LQaIfDwtB7S4PC0GrMA8LQdQlDwtBzC4PC0H6Lg8LQfwrDwtB0jAPC0HxHQ8LQbsgDwtB9ysPC0GQMQ8LQdcxDwtBoi0PC0HUJw8LQeArDwtBnywPC0HrMQ8LQdUfDwtByjEPC0HeJQ8LQdQeDwtB9BwPC0GnMg8LQbEdDwtBoB0PC0G5MQ8LQbwwDwtBkiEPC0GzJg8LQeksDwtBrB4PC0HUKw8LQfcmDwtBgCYPC0GwIQ8LQf4eDwtBjSMPC0GJLQ8LQfciDwtBoDEPC0GuHw8LQcYlDwtB6B4PC0GTIg8LQcIvDwtBwx0PC0GLLA8LQeEdDwtBjS8PC0HqIQ8LQbQtDwtB0i8PC0HfMg8LQdIyDwtB8DAPC0GpIg8LQfkjDwtBmR4PC0G1LA8LQZswDwtBkjIPC0G2Kw8LQcIiDwtB+DIPC0GeJQ8LQdAiDwtBuh4PC0GBHg8LAAtB1iEhAQsgAQsWACAAIAAtAC1B/gFxIAFBAEdyOgAtCxkAIAAgAC0ALUH9AXEgAUEAR0EBdHI6AC0LGQAgACAALQAtQfsBcSABQQBHQQJ0cjoALQsZACAAIAAtAC1B9wFxIAFBAEdBA3RyOgAtCz4BAn8CQCAAKAI4IgNFDQAgAygCBCIDRQ0AIAAgASACIAFrIAMRAQAiBEF/Rw0AIABBxhE2AhBBGCEECyAECz4BAn8CQCAAKAI4IgNFDQAgAygCCCIDRQ0AIAAgASACIAFrIAMRAQAiBEF/Rw0AIABB9go2AhBBGCEECyAECz4BAn8CQCAAKAI4IgNFDQAgAygCDCIDRQ0AIAAgASACIAFrIAMRAQAiBEF/Rw0AIABB7Ro2AhBBGCEECyAECz4BAn8CQCAAKAI4IgNFDQAgAygCECIDRQ0AIAAgASACIAFrIAMRAQAiBEF/Rw0AIABBlRA2AhBBGCEECyAECz4BAn8CQCAAKAI4IgNFDQAgAygCFCIDRQ0AIAAgASACIAFrIAMRAQAiBEF/Rw0AIABBqhs2AhBBGCEECyAECz4BAn8CQCAAKAI4IgNFDQAgAygCGCIDRQ0AIAAgASACIAFrIAMRAQAiBEF/Rw0AIABB7RM2AhBBGCEECyAECz4BAn8CQCAAKAI4IgNFDQAgAygCKCIDRQ0AIAAgASACIAFrIAMRAQAiBEF/Rw0AIABB9gg2AhBBGCEECyAECz4BAn8CQCAAKAI4IgNFDQAgAygCHCIDRQ0AIAAgASACIAFrIAMRAQAiBEF/Rw0AIABBwhk2AhBBGCEECyAECz4BAn8CQCAAKAI4IgNFDQAgAygCICIDRQ0AIAAgASACIAFrIAMRAQAiBEF/Rw0AIABBlBQ2AhBBGCEECyAEC1kBAn8CQCAALQAoQQFGDQAgAC8BMiIBQeQAa0HkAEkNACABQcwBRg0AIAFBsAJGDQAgAC8BMCIAQcAAcQ0AQQEhAiAAQYgEcUGABEYNACAAQShxRSECCyACC4wBAQJ/AkACQAJAIAAtACpFDQAgAC0AK0UNACAALwEwIgFBAnFFDQEMAgsgAC8BMCIBQQFxRQ0BC0EBIQIgAC0AKEEBRg0AIAAvATIiAEHkAGtB5ABJDQAgAEHMAUYNACAAQbACRg0AIAFBwABxDQBBACECIAFBiARxQYAERg0AIAFBKHFBAEchAgsgAgtXACAAQRhqQgA3AwAgAEIANwMAIABBOGpCADcDACAAQTBqQgA3AwAgAEEoakIANwMAIABBIGpCADcDACAAQRBqQgA3AwAgAEEIakIANwMAIABB3QE2AhwLBgAgABAyC5otAQt/IwBBEGsiCiQAQaTQACgCACIJRQRAQeTTACgCACIFRQRAQfDTAEJ/NwIAQejTAEKAgISAgIDAADcCAEHk0wAgCkEIakFwcUHYqtWqBXMiBTYCAEH40wBBADYCAEHI0wBBADYCAAtBzNMAQYDUBDYCAEGc0ABBgNQENgIAQbDQACAFNgIAQazQAEF/NgIAQdDTAEGArAM2AgADQCABQcjQAGogAUG80ABqIgI2AgAgAiABQbTQAGoiAzYCACABQcDQAGogAzYCACABQdDQAGogAUHE0ABqIgM2AgAgAyACNgIAIAFB2NAAaiABQczQAGoiAjYCACACIAM2AgAgAUHU0ABqIAI2AgAgAUEgaiIBQYACRw0AC0GM1ARBwasDNgIAQajQAEH00wAoAgA2AgBBmNAAQcCrAzYCAEGk0ABBiNQENgIAQcz/B0E4NgIAQYjUBCEJCwJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAIABB7AFNBEBBjNAAKAIAIgZBECAAQRNqQXBxIABBC0kbIgRBA3YiAHYiAUEDcQRAAkAgAUEBcSAAckEBcyICQQN0IgBBtNAAaiIBIABBvNAAaigCACIAKAIIIgNGBEBBjNAAIAZBfiACd3E2AgAMAQsgASADNgIIIAMgATYCDAsgAEEIaiEBIAAgAkEDdCICQQNyNgIEIAAgAmoiACAAKAIEQQFyNgIEDBELQZTQACgCACIIIARPDQEgAQRAAkBBAiAAdCICQQAgAmtyIAEgAHRxaCIAQQN0IgJBtNAAaiIBIAJBvNAAaigCACICKAIIIgNGBEBBjNAAIAZBfiAAd3EiBjYCAAwBCyABIAM2AgggAyABNgIMCyACIARBA3I2AgQgAEEDdCIAIARrIQUgACACaiAFNgIAIAIgBGoiBCAFQQFyNgIEIAgEQCAIQXhxQbTQAGohAEGg0AAoAgAhAwJ/QQEgCEEDdnQiASAGcUUEQEGM0AAgASAGcjYCACAADAELIAAoAggLIgEgAzYCDCAAIAM2AgggAyAANgIMIAMgATYCCAsgAkEIaiEBQaDQACAENgIAQZTQACAFNgIADBELQZDQACgCACILRQ0BIAtoQQJ0QbzSAGooAgAiACgCBEF4cSAEayEFIAAhAgNAAkAgAigCECIBRQRAIAJBFGooAgAiAUUNAQsgASgCBEF4cSAEayIDIAVJIQIgAyAFIAIbIQUgASAAIAIbIQAgASECDAELCyAAKAIYIQkgACgCDCIDIABHBEBBnNAAKAIAGiADIAAoAggiATYCCCABIAM2AgwMEAsgAEEUaiICKAIAIgFFBEAgACgCECIBRQ0DIABBEGohAgsDQCACIQcgASIDQRRqIgIoAgAiAQ0AIANBEGohAiADKAIQIgENAAsgB0EANgIADA8LQX8hBCAAQb9/Sw0AIABBE2oiAUFwcSEEQZDQACgCACIIRQ0AQQAgBGshBQJAAkACQAJ/QQAgBEGAAkkNABpBHyAEQf///wdLDQAaIARBJiABQQh2ZyIAa3ZBAXEgAEEBdGtBPmoLIgZBAnRBvNIAaigCACICRQRAQQAhAUEAIQMMAQtBACEBIARBGSAGQQF2a0EAIAZBH0cbdCEAQQAhAwNAAkAgAigCBEF4cSAEayIHIAVPDQAgAiEDIAciBQ0AQQAhBSACIQEMAwsgASACQRRqKAIAIgcgByACIABBHXZBBHFqQRBqKAIAIgJGGyABIAcbIQEgAEEBdCEAIAINAAsLIAEgA3JFBEBBACEDQQIgBnQiAEEAIABrciAIcSIARQ0DIABoQQJ0QbzSAGooAgAhAQsgAUUNAQsDQCABKAIEQXhxIARrIgIgBUkhACACIAUgABshBSABIAMgABshAyABKAIQIgAEfyAABSABQRRqKAIACyIBDQALCyADRQ0AIAVBlNAAKAIAIARrTw0AIAMoAhghByADIAMoAgwiAEcEQEGc0AAoAgAaIAAgAygCCCIBNgIIIAEgADYCDAwOCyADQRRqIgIoAgAiAUUEQCADKAIQIgFFDQMgA0EQaiECCwNAIAIhBiABIgBBFGoiAigCACIBDQAgAEEQaiECIAAoAhAiAQ0ACyAGQQA2AgAMDQtBlNAAKAIAIgMgBE8EQEGg0AAoAgAhAQJAIAMgBGsiAkEQTwRAIAEgBGoiACACQQFyNgIEIAEgA2ogAjYCACABIARBA3I2AgQMAQsgASADQQNyNgIEIAEgA2oiACAAKAIEQQFyNgIEQQAhAEEAIQILQZTQACACNgIAQaDQACAANgIAIAFBCGohAQwPC0GY0AAoAgAiAyAESwRAIAQgCWoiACADIARrIgFBAXI2AgRBpNAAIAA2AgBBmNAAIAE2AgAgCSAEQQNyNgIEIAlBCGohAQwPC0EAIQEgBAJ/QeTTACgCAARAQezTACgCAAwBC0Hw0wBCfzcCAEHo0wBCgICEgICAwAA3AgBB5NMAIApBDGpBcHFB2KrVqgVzNgIAQfjTAEEANgIAQcjTAEEANgIAQYCABAsiACAEQccAaiIFaiIGQQAgAGsiB3EiAk8EQEH80wBBMDYCAAwPCwJAQcTTACgCACIBRQ0AQbzTACgCACIIIAJqIQAgACABTSAAIAhLcQ0AQQAhAUH80wBBMDYCAAwPC0HI0wAtAABBBHENBAJAAkAgCQRAQczTACEBA0AgASgCACIAIAlNBEAgACABKAIEaiAJSw0DCyABKAIIIgENAAsLQQAQMyIAQX9GDQUgAiEGQejTACgCACIBQQFrIgMgAHEEQCACIABrIAAgA2pBACABa3FqIQYLIAQgBk8NBSAGQf7///8HSw0FQcTTACgCACIDBEBBvNMAKAIAIgcgBmohASABIAdNDQYgASADSw0GCyAGEDMiASAARw0BDAcLIAYgA2sgB3EiBkH+////B0sNBCAGEDMhACAAIAEoAgAgASgCBGpGDQMgACEBCwJAIAYgBEHIAGpPDQAgAUF/Rg0AQezTACgCACIAIAUgBmtqQQAgAGtxIgBB/v///wdLBEAgASEADAcLIAAQM0F/RwRAIAAgBmohBiABIQAMBwtBACAGaxAzGgwECyABIgBBf0cNBQwDC0EAIQMMDAtBACEADAoLIABBf0cNAgtByNMAQcjTACgCAEEEcjYCAAsgAkH+////B0sNASACEDMhAEEAEDMhASAAQX9GDQEgAUF/Rg0BIAAgAU8NASABIABrIgYgBEE4ak0NAQtBvNMAQbzTACgCACAGaiIBNgIAQcDTACgCACABSQRAQcDTACABNgIACwJAAkACQEGk0AAoAgAiAgRAQczTACEBA0AgACABKAIAIgMgASgCBCIFakYNAiABKAIIIgENAAsMAgtBnNAAKAIAIgFBAEcgACABT3FFBEBBnNAAIAA2AgALQQAhAUHQ0wAgBjYCAEHM0wAgADYCAEGs0ABBfzYCAEGw0ABB5NMAKAIANgIAQdjTAEEANgIAA0AgAUHI0ABqIAFBvNAAaiICNgIAIAIgAUG00ABqIgM2AgAgAUHA0ABqIAM2AgAgAUHQ0ABqIAFBxNAAaiIDNgIAIAMgAjYCACABQdjQAGogAUHM0ABqIgI2AgAgAiADNgIAIAFB1NAAaiACNgIAIAFBIGoiAUGAAkcNAAtBeCAAa0EPcSIBIABqIgIgBkE4ayIDIAFrIgFBAXI2AgRBqNAAQfTTACgCADYCAEGY0AAgATYCAEGk0AAgAjYCACAAIANqQTg2AgQMAgsgACACTQ0AIAIgA0kNACABKAIMQQhxDQBBeCACa0EPcSIAIAJqIgNBmNAAKAIAIAZqIgcgAGsiAEEBcjYCBCABIAUgBmo2AgRBqNAAQfTTACgCADYCAEGY0AAgADYCAEGk0AAgAzYCACACIAdqQTg2AgQMAQsgAEGc0AAoAgBJBEBBnNAAIAA2AgALIAAgBmohA0HM0wAhAQJAAkACQANAIAMgASgCAEcEQCABKAIIIgENAQwCCwsgAS0ADEEIcUUNAQtBzNMAIQEDQCABKAIAIgMgAk0EQCADIAEoAgRqIgUgAksNAwsgASgCCCEBDAALAAsgASAANgIAIAEgASgCBCAGajYCBCAAQXggAGtBD3FqIgkgBEEDcjYCBCADQXggA2tBD3FqIgYgBCAJaiIEayEBIAIgBkYEQEGk0AAgBDYCAEGY0ABBmNAAKAIAIAFqIgA2AgAgBCAAQQFyNgIEDAgLQaDQACgCACAGRgRAQaDQACAENgIAQZTQAEGU0AAoAgAgAWoiADYCACAEIABBAXI2AgQgACAEaiAANgIADAgLIAYoAgQiBUEDcUEBRw0GIAVBeHEhCCAFQf8BTQRAIAVBA3YhAyAGKAIIIgAgBigCDCICRgRAQYzQAEGM0AAoAgBBfiADd3E2AgAMBwsgAiAANgIIIAAgAjYCDAwGCyAGKAIYIQcgBiAGKAIMIgBHBEAgACAGKAIIIgI2AgggAiAANgIMDAULIAZBFGoiAigCACIFRQRAIAYoAhAiBUUNBCAGQRBqIQILA0AgAiEDIAUiAEEUaiICKAIAIgUNACAAQRBqIQIgACgCECIFDQALIANBADYCAAwEC0F4IABrQQ9xIgEgAGoiByAGQThrIgMgAWsiAUEBcjYCBCAAIANqQTg2AgQgAiAFQTcgBWtBD3FqQT9rIgMgAyACQRBqSRsiA0EjNgIEQajQAEH00wAoAgA2AgBBmNAAIAE2AgBBpNAAIAc2AgAgA0EQakHU0wApAgA3AgAgA0HM0wApAgA3AghB1NMAIANBCGo2AgBB0NMAIAY2AgBBzNMAIAA2AgBB2NMAQQA2AgAgA0EkaiEBA0AgAUEHNgIAIAUgAUEEaiIBSw0ACyACIANGDQAgAyADKAIEQX5xNgIEIAMgAyACayIFNgIAIAIgBUEBcjYCBCAFQf8BTQRAIAVBeHFBtNAAaiEAAn9BjNAAKAIAIgFBASAFQQN2dCIDcUUEQEGM0AAgASADcjYCACAADAELIAAoAggLIgEgAjYCDCAAIAI2AgggAiAANgIMIAIgATYCCAwBC0EfIQEgBUH///8HTQRAIAVBJiAFQQh2ZyIAa3ZBAXEgAEEBdGtBPmohAQsgAiABNgIcIAJCADcCECABQQJ0QbzSAGohAEGQ0AAoAgAiA0EBIAF0IgZxRQRAIAAgAjYCAEGQ0AAgAyAGcjYCACACIAA2AhggAiACNgIIIAIgAjYCDAwBCyAFQRkgAUEBdmtBACABQR9HG3QhASAAKAIAIQMCQANAIAMiACgCBEF4cSAFRg0BIAFBHXYhAyABQQF0IQEgACADQQRxakEQaiIGKAIAIgMNAAsgBiACNgIAIAIgADYCGCACIAI2AgwgAiACNgIIDAELIAAoAggiASACNgIMIAAgAjYCCCACQQA2AhggAiAANgIMIAIgATYCCAtBmNAAKAIAIgEgBE0NAEGk0AAoAgAiACAEaiICIAEgBGsiAUEBcjYCBEGY0AAgATYCAEGk0AAgAjYCACAAIARBA3I2AgQgAEEIaiEBDAgLQQAhAUH80wBBMDYCAAwHC0EAIQALIAdFDQACQCAGKAIcIgJBAnRBvNIAaiIDKAIAIAZGBEAgAyAANgIAIAANAUGQ0ABBkNAAKAIAQX4gAndxNgIADAILIAdBEEEUIAcoAhAgBkYbaiAANgIAIABFDQELIAAgBzYCGCAGKAIQIgIEQCAAIAI2AhAgAiAANgIYCyAGQRRqKAIAIgJFDQAgAEEUaiACNgIAIAIgADYCGAsgASAIaiEBIAYgCGoiBigCBCEFCyAGIAVBfnE2AgQgASAEaiABNgIAIAQgAUEBcjYCBCABQf8BTQRAIAFBeHFBtNAAaiEAAn9BjNAAKAIAIgJBASABQQN2dCIBcUUEQEGM0AAgASACcjYCACAADAELIAAoAggLIgEgBDYCDCAAIAQ2AgggBCAANgIMIAQgATYCCAwBC0EfIQUgAUH///8HTQRAIAFBJiABQQh2ZyIAa3ZBAXEgAEEBdGtBPmohBQsgBCAFNgIcIARCADcCECAFQQJ0QbzSAGohAEGQ0AAoAgAiAkEBIAV0IgNxRQRAIAAgBDYCAEGQ0AAgAiADcjYCACAEIAA2AhggBCAENgIIIAQgBDYCDAwBCyABQRkgBUEBdmtBACAFQR9HG3QhBSAAKAIAIQACQANAIAAiAigCBEF4cSABRg0BIAVBHXYhACAFQQF0IQUgAiAAQQRxakEQaiIDKAIAIgANAAsgAyAENgIAIAQgAjYCGCAEIAQ2AgwgBCAENgIIDAELIAIoAggiACAENgIMIAIgBDYCCCAEQQA2AhggBCACNgIMIAQgADYCCAsgCUEIaiEBDAILAkAgB0UNAAJAIAMoAhwiAUECdEG80gBqIgIoAgAgA0YEQCACIAA2AgAgAA0BQZDQACAIQX4gAXdxIgg2AgAMAgsgB0EQQRQgBygCECADRhtqIAA2AgAgAEUNAQsgACAHNgIYIAMoAhAiAQRAIAAgATYCECABIAA2AhgLIANBFGooAgAiAUUNACAAQRRqIAE2AgAgASAANgIYCwJAIAVBD00EQCADIAQgBWoiAEEDcjYCBCAAIANqIgAgACgCBEEBcjYCBAwBCyADIARqIgIgBUEBcjYCBCADIARBA3I2AgQgAiAFaiAFNgIAIAVB/wFNBEAgBUF4cUG00ABqIQACf0GM0AAoAgAiAUEBIAVBA3Z0IgVxRQRAQYzQACABIAVyNgIAIAAMAQsgACgCCAsiASACNgIMIAAgAjYCCCACIAA2AgwgAiABNgIIDAELQR8hASAFQf///wdNBEAgBUEmIAVBCHZnIgBrdkEBcSAAQQF0a0E+aiEBCyACIAE2AhwgAkIANwIQIAFBAnRBvNIAaiEAQQEgAXQiBCAIcUUEQCAAIAI2AgBBkNAAIAQgCHI2AgAgAiAANgIYIAIgAjYCCCACIAI2AgwMAQsgBUEZIAFBAXZrQQAgAUEfRxt0IQEgACgCACEEAkADQCAEIgAoAgRBeHEgBUYNASABQR12IQQgAUEBdCEBIAAgBEEEcWpBEGoiBigCACIEDQALIAYgAjYCACACIAA2AhggAiACNgIMIAIgAjYCCAwBCyAAKAIIIgEgAjYCDCAAIAI2AgggAkEANgIYIAIgADYCDCACIAE2AggLIANBCGohAQwBCwJAIAlFDQACQCAAKAIcIgFBAnRBvNIAaiICKAIAIABGBEAgAiADNgIAIAMNAUGQ0AAgC0F+IAF3cTYCAAwCCyAJQRBBFCAJKAIQIABGG2ogAzYCACADRQ0BCyADIAk2AhggACgCECIBBEAgAyABNgIQIAEgAzYCGAsgAEEUaigCACIBRQ0AIANBFGogATYCACABIAM2AhgLAkAgBUEPTQRAIAAgBCAFaiIBQQNyNgIEIAAgAWoiASABKAIEQQFyNgIEDAELIAAgBGoiByAFQQFyNgIEIAAgBEEDcjYCBCAFIAdqIAU2AgAgCARAIAhBeHFBtNAAaiEBQaDQACgCACEDAn9BASAIQQN2dCICIAZxRQRAQYzQACACIAZyNgIAIAEMAQsgASgCCAsiAiADNgIMIAEgAzYCCCADIAE2AgwgAyACNgIIC0Gg0AAgBzYCAEGU0AAgBTYCAAsgAEEIaiEBCyAKQRBqJAAgAQtDACAARQRAPwBBEHQPCwJAIABB//8DcQ0AIABBAEgNACAAQRB2QAAiAEF/RgRAQfzTAEEwNgIAQX8PCyAAQRB0DwsACwvcPyIAQYAICwkBAAAAAgAAAAMAQZQICwUEAAAABQBBpAgLCQYAAAAHAAAACABB3AgLii1JbnZhbGlkIGNoYXIgaW4gdXJsIHF1ZXJ5AFNwYW4gY2FsbGJhY2sgZXJyb3IgaW4gb25fYm9keQBDb250ZW50LUxlbmd0aCBvdmVyZmxvdwBDaHVuayBzaXplIG92ZXJmbG93AFJlc3BvbnNlIG92ZXJmbG93AEludmFsaWQgbWV0aG9kIGZvciBIVFRQL3gueCByZXF1ZXN0AEludmFsaWQgbWV0aG9kIGZvciBSVFNQL3gueCByZXF1ZXN0AEV4cGVjdGVkIFNPVVJDRSBtZXRob2QgZm9yIElDRS94LnggcmVxdWVzdABJbnZhbGlkIGNoYXIgaW4gdXJsIGZyYWdtZW50IHN0YXJ0AEV4cGVjdGVkIGRvdABTcGFuIGNhbGxiYWNrIGVycm9yIGluIG9uX3N0YXR1cwBJbnZhbGlkIHJlc3BvbnNlIHN0YXR1cwBJbnZhbGlkIGNoYXJhY3RlciBpbiBjaHVuayBleHRlbnNpb25zAFVzZXIgY2FsbGJhY2sgZXJyb3IAYG9uX3Jlc2V0YCBjYWxsYmFjayBlcnJvcgBgb25fY2h1bmtfaGVhZGVyYCBjYWxsYmFjayBlcnJvcgBgb25fbWVzc2FnZV9iZWdpbmAgY2FsbGJhY2sgZXJyb3IAYG9uX2NodW5rX2V4dGVuc2lvbl92YWx1ZWAgY2FsbGJhY2sgZXJyb3IAYG9uX3N0YXR1c19jb21wbGV0ZWAgY2FsbGJhY2sgZXJyb3IAYG9uX3ZlcnNpb25fY29tcGxldGVgIGNhbGxiYWNrIGVycm9yAGBvbl91cmxfY29tcGxldGVgIGNhbGxiYWNrIGVycm9yAGBvbl9jaHVua19jb21wbGV0ZWAgY2FsbGJhY2sgZXJyb3IAYG9uX2hlYWRlcl92YWx1ZV9jb21wbGV0ZWAgY2FsbGJhY2sgZXJyb3IAYG9uX21lc3NhZ2VfY29tcGxldGVgIGNhbGxiYWNrIGVycm9yAGBvbl9tZXRob2RfY29tcGxldGVgIGNhbGxiYWNrIGVycm9yAGBvbl9oZWFkZXJfZmllbGRfY29tcGxldGVgIGNhbGxiYWNrIGVycm9yAGBvbl9jaHVua19leHRlbnNpb25fbmFtZWAgY2FsbGJhY2sgZXJyb3IAVW5leHBlY3RlZCBjaGFyIGluIHVybCBzZXJ2ZXIASW52YWxpZCBoZWFkZXIgdmFsdWUgY2hhcgBJbnZhbGlkIGhlYWRlciBmaWVsZCBjaGFyAFNwYW4gY2FsbGJhY2sgZXJyb3IgaW4gb25fdmVyc2lvbgBJbnZhbGlkIG1pbm9yIHZlcnNpb24ASW52YWxpZCBtYWpvciB2ZXJzaW9uAEV4cGVjdGVkIHNwYWNlIGFmdGVyIHZlcnNpb24ARXhwZWN0ZWQgQ1JMRiBhZnRlciB2ZXJzaW9uAEludmFsaWQgSFRUUCB2ZXJzaW9uAEludmFsaWQgaGVhZGVyIHRva2VuAFNwYW4gY2FsbGJhY2sgZXJyb3IgaW4gb25fdXJsAEludmFsaWQgY2hhcmFjdGVycyBpbiB1cmwAVW5leHBlY3RlZCBzdGFydCBjaGFyIGluIHVybABEb3VibGUgQCBpbiB1cmwARW1wdHkgQ29udGVudC1MZW5ndGgASW52YWxpZCBjaGFyYWN0ZXIgaW4gQ29udGVudC1MZW5ndGgARHVwbGljYXRlIENvbnRlbnQtTGVuZ3RoAEludmFsaWQgY2hhciBpbiB1cmwgcGF0aABDb250ZW50LUxlbmd0aCBjYW4ndCBiZSBwcmVzZW50IHdpdGggVHJhbnNmZXItRW5jb2RpbmcASW52YWxpZCBjaGFyYWN0ZXIgaW4gY2h1bmsgc2l6ZQBTcGFuIGNhbGxiYWNrIGVycm9yIGluIG9uX2hlYWRlcl92YWx1ZQBTcGFuIGNhbGxiYWNrIGVycm9yIGluIG9uX2NodW5rX2V4dGVuc2lvbl92YWx1ZQBJbnZhbGlkIGNoYXJhY3RlciBpbiBjaHVuayBleHRlbnNpb25zIHZhbHVlAE1pc3NpbmcgZXhwZWN0ZWQgTEYgYWZ0ZXIgaGVhZGVyIHZhbHVlAEludmFsaWQgYFRyYW5zZmVyLUVuY29kaW5nYCBoZWFkZXIgdmFsdWUASW52YWxpZCBjaGFyYWN0ZXIgaW4gY2h1bmsgZXh0ZW5zaW9ucyBxdW90ZSB2YWx1ZQBJbnZhbGlkIGNoYXJhY3RlciBpbiBjaHVuayBleHRlbnNpb25zIHF1b3RlZCB2YWx1ZQBQYXVzZWQgYnkgb25faGVhZGVyc19jb21wbGV0ZQBJbnZhbGlkIEVPRiBzdGF0ZQBvbl9yZXNldCBwYXVzZQBvbl9jaHVua19oZWFkZXIgcGF1c2UAb25fbWVzc2FnZV9iZWdpbiBwYXVzZQBvbl9jaHVua19leHRlbnNpb25fdmFsdWUgcGF1c2UAb25fc3RhdHVzX2NvbXBsZXRlIHBhdXNlAG9uX3ZlcnNpb25fY29tcGxldGUgcGF1c2UAb25fdXJsX2NvbXBsZXRlIHBhdXNlAG9uX2NodW5rX2NvbXBsZXRlIHBhdXNlAG9uX2hlYWRlcl92YWx1ZV9jb21wbGV0ZSBwYXVzZQBvbl9tZXNzYWdlX2NvbXBsZXRlIHBhdXNlAG9uX21ldGhvZF9jb21wbGV0ZSBwYXVzZQBvbl9oZWFkZXJfZmllbGRfY29tcGxldGUgcGF1c2UAb25fY2h1bmtfZXh0ZW5zaW9uX25hbWUgcGF1c2UAVW5leHBlY3RlZCBzcGFjZSBhZnRlciBzdGFydCBsaW5lAFNwYW4gY2FsbGJhY2sgZXJyb3IgaW4gb25fY2h1bmtfZXh0ZW5zaW9uX25hbWUASW52YWxpZCBjaGFyYWN0ZXIgaW4gY2h1bmsgZXh0ZW5zaW9ucyBuYW1lAFBhdXNlIG9uIENPTk5FQ1QvVXBncmFkZQBQYXVzZSBvbiBQUkkvVXBncmFkZQBFeHBlY3RlZCBIVFRQLzIgQ29ubmVjdGlvbiBQcmVmYWNlAFNwYW4gY2FsbGJhY2sgZXJyb3IgaW4gb25fbWV0aG9kAEV4cGVjdGVkIHNwYWNlIGFmdGVyIG1ldGhvZABTcGFuIGNhbGxiYWNrIGVycm9yIGluIG9uX2hlYWRlcl9maWVsZABQYXVzZWQASW52YWxpZCB3b3JkIGVuY291bnRlcmVkAEludmFsaWQgbWV0aG9kIGVuY291bnRlcmVkAFVuZXhwZWN0ZWQgY2hhciBpbiB1cmwgc2NoZW1hAFJlcXVlc3QgaGFzIGludmFsaWQgYFRyYW5zZmVyLUVuY29kaW5nYABTV0lUQ0hfUFJPWFkAVVNFX1BST1hZAE1LQUNUSVZJVFkAVU5QUk9DRVNTQUJMRV9FTlRJVFkAQ09QWQBNT1ZFRF9QRVJNQU5FTlRMWQBUT09fRUFSTFkATk9USUZZAEZBSUxFRF9ERVBFTkRFTkNZAEJBRF9HQVRFV0FZAFBMQVkAUFVUAENIRUNLT1VUAEdBVEVXQVlfVElNRU9VVABSRVFVRVNUX1RJTUVPVVQATkVUV09SS19DT05ORUNUX1RJTUVPVVQAQ09OTkVDVElPTl9USU1FT1VUAExPR0lOX1RJTUVPVVQATkVUV09SS19SRUFEX1RJTUVPVVQAUE9TVABNSVNESVJFQ1RFRF9SRVFVRVNUAENMSUVOVF9DTE9TRURfUkVRVUVTVABDTElFTlRfQ0xPU0VEX0xPQURfQkFMQU5DRURfUkVRVUVTVABCQURfUkVRVUVTVABIVFRQX1JFUVVFU1RfU0VOVF9UT19IVFRQU19QT1JUAFJFUE9SVABJTV9BX1RFQVBPVABSRVNFVF9DT05URU5UAE5PX0NPTlRFTlQAUEFSVElBTF9DT05URU5UAEhQRV9JTlZBTElEX0NPTlNUQU5UAEhQRV9DQl9SRVNFVABHRVQASFBFX1NUUklDVABDT05GTElDVABURU1QT1JBUllfUkVESVJFQ1QAUEVSTUFORU5UX1JFRElSRUNUAENPTk5FQ1QATVVMVElfU1RBVFVTAEhQRV9JTlZBTElEX1NUQVRVUwBUT09fTUFOWV9SRVFVRVNUUwBFQVJMWV9ISU5UUwBVTkFWQUlMQUJMRV9GT1JfTEVHQUxfUkVBU09OUwBPUFRJT05TAFNXSVRDSElOR19QUk9UT0NPTFMAVkFSSUFOVF9BTFNPX05FR09USUFURVMATVVMVElQTEVfQ0hPSUNFUwBJTlRFUk5BTF9TRVJWRVJfRVJST1IAV0VCX1NFUlZFUl9VTktOT1dOX0VSUk9SAFJBSUxHVU5fRVJST1IASURFTlRJVFlfUFJPVklERVJfQVVUSEVOVElDQVRJT05fRVJST1IAU1NMX0NFUlRJRklDQVRFX0VSUk9SAElOVkFMSURfWF9GT1JXQVJERURfRk9SAFNFVF9QQVJBTUVURVIAR0VUX1BBUkFNRVRFUgBIUEVfVVNFUgBTRUVfT1RIRVIASFBFX0NCX0NIVU5LX0hFQURFUgBNS0NBTEVOREFSAFNFVFVQAFdFQl9TRVJWRVJfSVNfRE9XTgBURUFSRE9XTgBIUEVfQ0xPU0VEX0NPTk5FQ1RJT04ASEVVUklTVElDX0VYUElSQVRJT04ARElTQ09OTkVDVEVEX09QRVJBVElPTgBOT05fQVVUSE9SSVRBVElWRV9JTkZPUk1BVElPTgBIUEVfSU5WQUxJRF9WRVJTSU9OAEhQRV9DQl9NRVNTQUdFX0JFR0lOAFNJVEVfSVNfRlJPWkVOAEhQRV9JTlZBTElEX0hFQURFUl9UT0tFTgBJTlZBTElEX1RPS0VOAEZPUkJJRERFTgBFTkhBTkNFX1lPVVJfQ0FMTQBIUEVfSU5WQUxJRF9VUkwAQkxPQ0tFRF9CWV9QQVJFTlRBTF9DT05UUk9MAE1LQ09MAEFDTABIUEVfSU5URVJOQUwAUkVRVUVTVF9IRUFERVJfRklFTERTX1RPT19MQVJHRV9VTk9GRklDSUFMAEhQRV9PSwBVTkxJTksAVU5MT0NLAFBSSQBSRVRSWV9XSVRIAEhQRV9JTlZBTElEX0NPTlRFTlRfTEVOR1RIAEhQRV9VTkVYUEVDVEVEX0NPTlRFTlRfTEVOR1RIAEZMVVNIAFBST1BQQVRDSABNLVNFQVJDSABVUklfVE9PX0xPTkcAUFJPQ0VTU0lORwBNSVNDRUxMQU5FT1VTX1BFUlNJU1RFTlRfV0FSTklORwBNSVNDRUxMQU5FT1VTX1dBUk5JTkcASFBFX0lOVkFMSURfVFJBTlNGRVJfRU5DT0RJTkcARXhwZWN0ZWQgQ1JMRgBIUEVfSU5WQUxJRF9DSFVOS19TSVpFAE1PVkUAQ09OVElOVUUASFBFX0NCX1NUQVRVU19DT01QTEVURQBIUEVfQ0JfSEVBREVSU19DT01QTEVURQBIUEVfQ0JfVkVSU0lPTl9DT01QTEVURQBIUEVfQ0JfVVJMX0NPTVBMRVRFAEhQRV9DQl9DSFVOS19DT01QTEVURQBIUEVfQ0JfSEVBREVSX1ZBTFVFX0NPTVBMRVRFAEhQRV9DQl9DSFVOS19FWFRFTlNJT05fVkFMVUVfQ09NUExFVEUASFBFX0NCX0NIVU5LX0VYVEVOU0lPTl9OQU1FX0NPTVBMRVRFAEhQRV9DQl9NRVNTQUdFX0NPTVBMRVRFAEhQRV9DQl9NRVRIT0RfQ09NUExFVEUASFBFX0NCX0hFQURFUl9GSUVMRF9DT01QTEVURQBERUxFVEUASFBFX0lOVkFMSURfRU9GX1NUQVRFAElOVkFMSURfU1NMX0NFUlRJRklDQVRFAFBBVVNFAE5PX1JFU1BPTlNFAFVOU1VQUE9SVEVEX01FRElBX1RZUEUAR09ORQBOT1RfQUNDRVBUQUJMRQBTRVJWSUNFX1VOQVZBSUxBQkxFAFJBTkdFX05PVF9TQVRJU0ZJQUJMRQBPUklHSU5fSVNfVU5SRUFDSEFCTEUAUkVTUE9OU0VfSVNfU1RBTEUAUFVSR0UATUVSR0UAUkVRVUVTVF9IRUFERVJfRklFTERTX1RPT19MQVJHRQBSRVFVRVNUX0hFQURFUl9UT09fTEFSR0UAUEFZTE9BRF9UT09fTEFSR0UASU5TVUZGSUNJRU5UX1NUT1JBR0UASFBFX1BBVVNFRF9VUEdSQURFAEhQRV9QQVVTRURfSDJfVVBHUkFERQBTT1VSQ0UAQU5OT1VOQ0UAVFJBQ0UASFBFX1VORVhQRUNURURfU1BBQ0UAREVTQ1JJQkUAVU5TVUJTQ1JJQkUAUkVDT1JEAEhQRV9JTlZBTElEX01FVEhPRABOT1RfRk9VTkQAUFJPUEZJTkQAVU5CSU5EAFJFQklORABVTkFVVEhPUklaRUQATUVUSE9EX05PVF9BTExPV0VEAEhUVFBfVkVSU0lPTl9OT1RfU1VQUE9SVEVEAEFMUkVBRFlfUkVQT1JURUQAQUNDRVBURUQATk9UX0lNUExFTUVOVEVEAExPT1BfREVURUNURUQASFBFX0NSX0VYUEVDVEVEAEhQRV9MRl9FWFBFQ1RFRABDUkVBVEVEAElNX1VTRUQASFBFX1BBVVNFRABUSU1FT1VUX09DQ1VSRUQAUEFZTUVOVF9SRVFVSVJFRABQUkVDT05ESVRJT05fUkVRVUlSRUQAUFJPWFlfQVVUSEVOVElDQVRJT05fUkVRVUlSRUQATkVUV09SS19BVVRIRU5USUNBVElPTl9SRVFVSVJFRABMRU5HVEhfUkVRVUlSRUQAU1NMX0NFUlRJRklDQVRFX1JFUVVJUkVEAFVQR1JBREVfUkVRVUlSRUQAUEFHRV9FWFBJUkVEAFBSRUNPTkRJVElPTl9GQUlMRUQARVhQRUNUQVRJT05fRkFJTEVEAFJFVkFMSURBVElPTl9GQUlMRUQAU1NMX0hBTkRTSEFLRV9GQUlMRUQATE9DS0VEAFRSQU5TRk9STUFUSU9OX0FQUExJRUQATk9UX01PRElGSUVEAE5PVF9FWFRFTkRFRABCQU5EV0lEVEhfTElNSVRfRVhDRUVERUQAU0lURV9JU19PVkVSTE9BREVEAEhFQUQARXhwZWN0ZWQgSFRUUC8AAF4TAAAmEwAAMBAAAPAXAACdEwAAFRIAADkXAADwEgAAChAAAHUSAACtEgAAghMAAE8UAAB/EAAAoBUAACMUAACJEgAAixQAAE0VAADUEQAAzxQAABAYAADJFgAA3BYAAMERAADgFwAAuxQAAHQUAAB8FQAA5RQAAAgXAAAfEAAAZRUAAKMUAAAoFQAAAhUAAJkVAAAsEAAAixkAAE8PAADUDgAAahAAAM4QAAACFwAAiQ4AAG4TAAAcEwAAZhQAAFYXAADBEwAAzRMAAGwTAABoFwAAZhcAAF8XAAAiEwAAzg8AAGkOAADYDgAAYxYAAMsTAACqDgAAKBcAACYXAADFEwAAXRYAAOgRAABnEwAAZRMAAPIWAABzEwAAHRcAAPkWAADzEQAAzw4AAM4VAAAMEgAAsxEAAKURAABhEAAAMhcAALsTAEH5NQsBAQBBkDYL4AEBAQIBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEAAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQBB/TcLAQEAQZE4C14CAwICAgICAAACAgACAgACAgICAgICAgICAAQAAAAAAAICAgICAgICAgICAgICAgICAgICAgICAgICAAAAAgICAgICAgICAgICAgICAgICAgICAgICAgICAgIAAgACAEH9OQsBAQBBkToLXgIAAgICAgIAAAICAAICAAICAgICAgICAgIAAwAEAAAAAgICAgICAgICAgICAgICAgICAgICAgICAgIAAAACAgICAgICAgICAgICAgICAgICAgICAgICAgICAgACAAIAQfA7Cw1sb3NlZWVwLWFsaXZlAEGJPAsBAQBBoDwL4AEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQABAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQBBiT4LAQEAQaA+C+cBAQEBAQEBAQEBAQEBAgEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEAAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQFjaHVua2VkAEGwwAALXwEBAAEBAQEBAAABAQABAQABAQEBAQEBAQEBAAAAAAAAAAEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAAAAAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEAAQABAEGQwgALIWVjdGlvbmVudC1sZW5ndGhvbnJveHktY29ubmVjdGlvbgBBwMIACy1yYW5zZmVyLWVuY29kaW5ncGdyYWRlDQoNCg0KU00NCg0KVFRQL0NFL1RTUC8AQfnCAAsFAQIAAQMAQZDDAAvgAQQBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAAEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAEH5xAALBQECAAEDAEGQxQAL4AEEAQEFAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQABAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQBB+cYACwQBAAABAEGRxwAL3wEBAQABAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEAAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAAEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAEH6yAALBAEAAAIAQZDJAAtfAwQAAAQEBAQEBAQEBAQEBQQEBAQEBAQEBAQEBAAEAAYHBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEAAQABAAEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAAAAAQAQfrKAAsEAQAAAQBBkMsACwEBAEGqywALQQIAAAAAAAADAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwAAAAAAAAMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAEH6zAALBAEAAAEAQZDNAAsBAQBBms0ACwYCAAAAAAIAQbHNAAs6AwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMAAAAAAAADAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwBB8M4AC5YBTk9VTkNFRUNLT1VUTkVDVEVURUNSSUJFTFVTSEVURUFEU0VBUkNIUkdFQ1RJVklUWUxFTkRBUlZFT1RJRllQVElPTlNDSFNFQVlTVEFUQ0hHRU9SRElSRUNUT1JUUkNIUEFSQU1FVEVSVVJDRUJTQ1JJQkVBUkRPV05BQ0VJTkROS0NLVUJTQ1JJQkVIVFRQL0FEVFAv", "base64");
  },
  3434: (module, __unused_webpack_exports, __nccwpck_require__) => {
    const {Buffer: Buffer} = __nccwpck_require__(4573);
    module.exports = Buffer.from("AGFzbQEAAAABJwdgAX8Bf2ADf39/AX9gAX8AYAJ/fwBgBH9/f38Bf2AAAGADf39/AALLAQgDZW52GHdhc21fb25faGVhZGVyc19jb21wbGV0ZQAEA2VudhV3YXNtX29uX21lc3NhZ2VfYmVnaW4AAANlbnYLd2FzbV9vbl91cmwAAQNlbnYOd2FzbV9vbl9zdGF0dXMAAQNlbnYUd2FzbV9vbl9oZWFkZXJfZmllbGQAAQNlbnYUd2FzbV9vbl9oZWFkZXJfdmFsdWUAAQNlbnYMd2FzbV9vbl9ib2R5AAEDZW52GHdhc21fb25fbWVzc2FnZV9jb21wbGV0ZQAAAy0sBQYAAAIAAAAAAAACAQIAAgICAAADAAAAAAMDAwMBAQEBAQEBAQEAAAIAAAAEBQFwARISBQMBAAIGCAF/AUGA1AQLB9EFIgZtZW1vcnkCAAtfaW5pdGlhbGl6ZQAIGV9faW5kaXJlY3RfZnVuY3Rpb25fdGFibGUBAAtsbGh0dHBfaW5pdAAJGGxsaHR0cF9zaG91bGRfa2VlcF9hbGl2ZQAvDGxsaHR0cF9hbGxvYwALBm1hbGxvYwAxC2xsaHR0cF9mcmVlAAwEZnJlZQAMD2xsaHR0cF9nZXRfdHlwZQANFWxsaHR0cF9nZXRfaHR0cF9tYWpvcgAOFWxsaHR0cF9nZXRfaHR0cF9taW5vcgAPEWxsaHR0cF9nZXRfbWV0aG9kABAWbGxodHRwX2dldF9zdGF0dXNfY29kZQAREmxsaHR0cF9nZXRfdXBncmFkZQASDGxsaHR0cF9yZXNldAATDmxsaHR0cF9leGVjdXRlABQUbGxodHRwX3NldHRpbmdzX2luaXQAFQ1sbGh0dHBfZmluaXNoABYMbGxodHRwX3BhdXNlABcNbGxodHRwX3Jlc3VtZQAYG2xsaHR0cF9yZXN1bWVfYWZ0ZXJfdXBncmFkZQAZEGxsaHR0cF9nZXRfZXJybm8AGhdsbGh0dHBfZ2V0X2Vycm9yX3JlYXNvbgAbF2xsaHR0cF9zZXRfZXJyb3JfcmVhc29uABwUbGxodHRwX2dldF9lcnJvcl9wb3MAHRFsbGh0dHBfZXJybm9fbmFtZQAeEmxsaHR0cF9tZXRob2RfbmFtZQAfEmxsaHR0cF9zdGF0dXNfbmFtZQAgGmxsaHR0cF9zZXRfbGVuaWVudF9oZWFkZXJzACEhbGxodHRwX3NldF9sZW5pZW50X2NodW5rZWRfbGVuZ3RoACIdbGxodHRwX3NldF9sZW5pZW50X2tlZXBfYWxpdmUAIyRsbGh0dHBfc2V0X2xlbmllbnRfdHJhbnNmZXJfZW5jb2RpbmcAJBhsbGh0dHBfbWVzc2FnZV9uZWVkc19lb2YALgkXAQBBAQsRAQIDBAUKBgcrLSwqKSglJyYK77MCLBYAQYjQACgCAARAAAtBiNAAQQE2AgALFAAgABAwIAAgAjYCOCAAIAE6ACgLFAAgACAALwEyIAAtAC4gABAvEAALHgEBf0HAABAyIgEQMCABQYAINgI4IAEgADoAKCABC48MAQd/AkAgAEUNACAAQQhrIgEgAEEEaygCACIAQXhxIgRqIQUCQCAAQQFxDQAgAEEDcUUNASABIAEoAgAiAGsiAUGc0AAoAgBJDQEgACAEaiEEAkACQEGg0AAoAgAgAUcEQCAAQf8BTQRAIABBA3YhAyABKAIIIgAgASgCDCICRgRAQYzQAEGM0AAoAgBBfiADd3E2AgAMBQsgAiAANgIIIAAgAjYCDAwECyABKAIYIQYgASABKAIMIgBHBEAgACABKAIIIgI2AgggAiAANgIMDAMLIAFBFGoiAygCACICRQRAIAEoAhAiAkUNAiABQRBqIQMLA0AgAyEHIAIiAEEUaiIDKAIAIgINACAAQRBqIQMgACgCECICDQALIAdBADYCAAwCCyAFKAIEIgBBA3FBA0cNAiAFIABBfnE2AgRBlNAAIAQ2AgAgBSAENgIAIAEgBEEBcjYCBAwDC0EAIQALIAZFDQACQCABKAIcIgJBAnRBvNIAaiIDKAIAIAFGBEAgAyAANgIAIAANAUGQ0ABBkNAAKAIAQX4gAndxNgIADAILIAZBEEEUIAYoAhAgAUYbaiAANgIAIABFDQELIAAgBjYCGCABKAIQIgIEQCAAIAI2AhAgAiAANgIYCyABQRRqKAIAIgJFDQAgAEEUaiACNgIAIAIgADYCGAsgASAFTw0AIAUoAgQiAEEBcUUNAAJAAkACQAJAIABBAnFFBEBBpNAAKAIAIAVGBEBBpNAAIAE2AgBBmNAAQZjQACgCACAEaiIANgIAIAEgAEEBcjYCBCABQaDQACgCAEcNBkGU0ABBADYCAEGg0ABBADYCAAwGC0Gg0AAoAgAgBUYEQEGg0AAgATYCAEGU0ABBlNAAKAIAIARqIgA2AgAgASAAQQFyNgIEIAAgAWogADYCAAwGCyAAQXhxIARqIQQgAEH/AU0EQCAAQQN2IQMgBSgCCCIAIAUoAgwiAkYEQEGM0ABBjNAAKAIAQX4gA3dxNgIADAULIAIgADYCCCAAIAI2AgwMBAsgBSgCGCEGIAUgBSgCDCIARwRAQZzQACgCABogACAFKAIIIgI2AgggAiAANgIMDAMLIAVBFGoiAygCACICRQRAIAUoAhAiAkUNAiAFQRBqIQMLA0AgAyEHIAIiAEEUaiIDKAIAIgINACAAQRBqIQMgACgCECICDQALIAdBADYCAAwCCyAFIABBfnE2AgQgASAEaiAENgIAIAEgBEEBcjYCBAwDC0EAIQALIAZFDQACQCAFKAIcIgJBAnRBvNIAaiIDKAIAIAVGBEAgAyAANgIAIAANAUGQ0ABBkNAAKAIAQX4gAndxNgIADAILIAZBEEEUIAYoAhAgBUYbaiAANgIAIABFDQELIAAgBjYCGCAFKAIQIgIEQCAAIAI2AhAgAiAANgIYCyAFQRRqKAIAIgJFDQAgAEEUaiACNgIAIAIgADYCGAsgASAEaiAENgIAIAEgBEEBcjYCBCABQaDQACgCAEcNAEGU0AAgBDYCAAwBCyAEQf8BTQRAIARBeHFBtNAAaiEAAn9BjNAAKAIAIgJBASAEQQN2dCIDcUUEQEGM0AAgAiADcjYCACAADAELIAAoAggLIgIgATYCDCAAIAE2AgggASAANgIMIAEgAjYCCAwBC0EfIQIgBEH///8HTQRAIARBJiAEQQh2ZyIAa3ZBAXEgAEEBdGtBPmohAgsgASACNgIcIAFCADcCECACQQJ0QbzSAGohAAJAQZDQACgCACIDQQEgAnQiB3FFBEAgACABNgIAQZDQACADIAdyNgIAIAEgADYCGCABIAE2AgggASABNgIMDAELIARBGSACQQF2a0EAIAJBH0cbdCECIAAoAgAhAAJAA0AgACIDKAIEQXhxIARGDQEgAkEddiEAIAJBAXQhAiADIABBBHFqQRBqIgcoAgAiAA0ACyAHIAE2AgAgASADNgIYIAEgATYCDCABIAE2AggMAQsgAygCCCIAIAE2AgwgAyABNgIIIAFBADYCGCABIAM2AgwgASAANgIIC0Gs0ABBrNAAKAIAQQFrIgBBfyAAGzYCAAsLBwAgAC0AKAsHACAALQAqCwcAIAAtACsLBwAgAC0AKQsHACAALwEyCwcAIAAtAC4LQAEEfyAAKAIYIQEgAC0ALSECIAAtACghAyAAKAI4IQQgABAwIAAgBDYCOCAAIAM6ACggACACOgAtIAAgATYCGAu74gECB38DfiABIAJqIQQCQCAAIgIoAgwiAA0AIAIoAgQEQCACIAE2AgQLIwBBEGsiCCQAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACfwJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAIAIoAhwiA0EBaw7dAdoBAdkBAgMEBQYHCAkKCwwNDtgBDxDXARES1gETFBUWFxgZGhvgAd8BHB0e1QEfICEiIyQl1AEmJygpKiss0wHSAS0u0QHQAS8wMTIzNDU2Nzg5Ojs8PT4/QEFCQ0RFRtsBR0hJSs8BzgFLzQFMzAFNTk9QUVJTVFVWV1hZWltcXV5fYGFiY2RlZmdoaWprbG1ub3BxcnN0dXZ3eHl6e3x9fn+AAYEBggGDAYQBhQGGAYcBiAGJAYoBiwGMAY0BjgGPAZABkQGSAZMBlAGVAZYBlwGYAZkBmgGbAZwBnQGeAZ8BoAGhAaIBowGkAaUBpgGnAagBqQGqAasBrAGtAa4BrwGwAbEBsgGzAbQBtQG2AbcBywHKAbgByQG5AcgBugG7AbwBvQG+Ab8BwAHBAcIBwwHEAcUBxgEA3AELQQAMxgELQQ4MxQELQQ0MxAELQQ8MwwELQRAMwgELQRMMwQELQRQMwAELQRUMvwELQRYMvgELQRgMvQELQRkMvAELQRoMuwELQRsMugELQRwMuQELQR0MuAELQQgMtwELQR4MtgELQSAMtQELQR8MtAELQQcMswELQSEMsgELQSIMsQELQSMMsAELQSQMrwELQRIMrgELQREMrQELQSUMrAELQSYMqwELQScMqgELQSgMqQELQcMBDKgBC0EqDKcBC0ErDKYBC0EsDKUBC0EtDKQBC0EuDKMBC0EvDKIBC0HEAQyhAQtBMAygAQtBNAyfAQtBDAyeAQtBMQydAQtBMgycAQtBMwybAQtBOQyaAQtBNQyZAQtBxQEMmAELQQsMlwELQToMlgELQTYMlQELQQoMlAELQTcMkwELQTgMkgELQTwMkQELQTsMkAELQT0MjwELQQkMjgELQSkMjQELQT4MjAELQT8MiwELQcAADIoBC0HBAAyJAQtBwgAMiAELQcMADIcBC0HEAAyGAQtBxQAMhQELQcYADIQBC0EXDIMBC0HHAAyCAQtByAAMgQELQckADIABC0HKAAx/C0HLAAx+C0HNAAx9C0HMAAx8C0HOAAx7C0HPAAx6C0HQAAx5C0HRAAx4C0HSAAx3C0HTAAx2C0HUAAx1C0HWAAx0C0HVAAxzC0EGDHILQdcADHELQQUMcAtB2AAMbwtBBAxuC0HZAAxtC0HaAAxsC0HbAAxrC0HcAAxqC0EDDGkLQd0ADGgLQd4ADGcLQd8ADGYLQeEADGULQeAADGQLQeIADGMLQeMADGILQQIMYQtB5AAMYAtB5QAMXwtB5gAMXgtB5wAMXQtB6AAMXAtB6QAMWwtB6gAMWgtB6wAMWQtB7AAMWAtB7QAMVwtB7gAMVgtB7wAMVQtB8AAMVAtB8QAMUwtB8gAMUgtB8wAMUQtB9AAMUAtB9QAMTwtB9gAMTgtB9wAMTQtB+AAMTAtB+QAMSwtB+gAMSgtB+wAMSQtB/AAMSAtB/QAMRwtB/gAMRgtB/wAMRQtBgAEMRAtBgQEMQwtBggEMQgtBgwEMQQtBhAEMQAtBhQEMPwtBhgEMPgtBhwEMPQtBiAEMPAtBiQEMOwtBigEMOgtBiwEMOQtBjAEMOAtBjQEMNwtBjgEMNgtBjwEMNQtBkAEMNAtBkQEMMwtBkgEMMgtBkwEMMQtBlAEMMAtBlQEMLwtBlgEMLgtBlwEMLQtBmAEMLAtBmQEMKwtBmgEMKgtBmwEMKQtBnAEMKAtBnQEMJwtBngEMJgtBnwEMJQtBoAEMJAtBoQEMIwtBogEMIgtBowEMIQtBpAEMIAtBpQEMHwtBpgEMHgtBpwEMHQtBqAEMHAtBqQEMGwtBqgEMGgtBqwEMGQtBrAEMGAtBrQEMFwtBrgEMFgtBAQwVC0GvAQwUC0GwAQwTC0GxAQwSC0GzAQwRC0GyAQwQC0G0AQwPC0G1AQwOC0G2AQwNC0G3AQwMC0G4AQwLC0G5AQwKC0G6AQwJC0G7AQwIC0HGAQwHC0G8AQwGC0G9AQwFC0G+AQwEC0G/AQwDC0HAAQwCC0HCAQwBC0HBAQshAwNAAkACQAJAAkACQAJAAkACQAJAIAICfwJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJ/AkACQAJAAkACQAJAAkACQAJAAkACQAJAAkAgAgJ/AkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACfwJAAkACfwJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACfwJAAkACQAJAAn8CQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQCADDsYBAAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHyAhIyUmKCorLC8wMTIzNDU2Nzk6Ozw9lANAQkRFRklLTk9QUVJTVFVWWFpbXF1eX2BhYmNkZWZnaGpsb3Bxc3V2eHl6e3x/gAGBAYIBgwGEAYUBhgGHAYgBiQGKAYsBjAGNAY4BjwGQAZEBkgGTAZQBlQGWAZcBmAGZAZoBmwGcAZ0BngGfAaABoQGiAaMBpAGlAaYBpwGoAakBqgGrAawBrQGuAa8BsAGxAbIBswG0AbUBtgG3AbgBuQG6AbsBvAG9Ab4BvwHAAcEBwgHDAcQBxQHGAccByAHJAcsBzAHNAc4BzwGKA4kDiAOHA4QDgwOAA/sC+gL5AvgC9wL0AvMC8gLLAsECsALZAQsgASAERw3wAkHdASEDDLMDCyABIARHDcgBQcMBIQMMsgMLIAEgBEcNe0H3ACEDDLEDCyABIARHDXBB7wAhAwywAwsgASAERw1pQeoAIQMMrwMLIAEgBEcNZUHoACEDDK4DCyABIARHDWJB5gAhAwytAwsgASAERw0aQRghAwysAwsgASAERw0VQRIhAwyrAwsgASAERw1CQcUAIQMMqgMLIAEgBEcNNEE/IQMMqQMLIAEgBEcNMkE8IQMMqAMLIAEgBEcNK0ExIQMMpwMLIAItAC5BAUYNnwMMwQILQQAhAAJAAkACQCACLQAqRQ0AIAItACtFDQAgAi8BMCIDQQJxRQ0BDAILIAIvATAiA0EBcUUNAQtBASEAIAItAChBAUYNACACLwEyIgVB5ABrQeQASQ0AIAVBzAFGDQAgBUGwAkYNACADQcAAcQ0AQQAhACADQYgEcUGABEYNACADQShxQQBHIQALIAJBADsBMCACQQA6AC8gAEUN3wIgAkIANwMgDOACC0EAIQACQCACKAI4IgNFDQAgAygCLCIDRQ0AIAIgAxEAACEACyAARQ3MASAAQRVHDd0CIAJBBDYCHCACIAE2AhQgAkGwGDYCECACQRU2AgxBACEDDKQDCyABIARGBEBBBiEDDKQDCyABQQFqIQFBACEAAkAgAigCOCIDRQ0AIAMoAlQiA0UNACACIAMRAAAhAAsgAA3ZAgwcCyACQgA3AyBBEiEDDIkDCyABIARHDRZBHSEDDKEDCyABIARHBEAgAUEBaiEBQRAhAwyIAwtBByEDDKADCyACIAIpAyAiCiAEIAFrrSILfSIMQgAgCiAMWhs3AyAgCiALWA3UAkEIIQMMnwMLIAEgBEcEQCACQQk2AgggAiABNgIEQRQhAwyGAwtBCSEDDJ4DCyACKQMgQgBSDccBIAIgAi8BMEGAAXI7ATAMQgsgASAERw0/QdAAIQMMnAMLIAEgBEYEQEELIQMMnAMLIAFBAWohAUEAIQACQCACKAI4IgNFDQAgAygCUCIDRQ0AIAIgAxEAACEACyAADc8CDMYBC0EAIQACQCACKAI4IgNFDQAgAygCSCIDRQ0AIAIgAxEAACEACyAARQ3GASAAQRVHDc0CIAJBCzYCHCACIAE2AhQgAkGCGTYCECACQRU2AgxBACEDDJoDC0EAIQACQCACKAI4IgNFDQAgAygCSCIDRQ0AIAIgAxEAACEACyAARQ0MIABBFUcNygIgAkEaNgIcIAIgATYCFCACQYIZNgIQIAJBFTYCDEEAIQMMmQMLQQAhAAJAIAIoAjgiA0UNACADKAJMIgNFDQAgAiADEQAAIQALIABFDcQBIABBFUcNxwIgAkELNgIcIAIgATYCFCACQZEXNgIQIAJBFTYCDEEAIQMMmAMLIAEgBEYEQEEPIQMMmAMLIAEtAAAiAEE7Rg0HIABBDUcNxAIgAUEBaiEBDMMBC0EAIQACQCACKAI4IgNFDQAgAygCTCIDRQ0AIAIgAxEAACEACyAARQ3DASAAQRVHDcICIAJBDzYCHCACIAE2AhQgAkGRFzYCECACQRU2AgxBACEDDJYDCwNAIAEtAABB8DVqLQAAIgBBAUcEQCAAQQJHDcECIAIoAgQhAEEAIQMgAkEANgIEIAIgACABQQFqIgEQLSIADcICDMUBCyAEIAFBAWoiAUcNAAtBEiEDDJUDC0EAIQACQCACKAI4IgNFDQAgAygCTCIDRQ0AIAIgAxEAACEACyAARQ3FASAAQRVHDb0CIAJBGzYCHCACIAE2AhQgAkGRFzYCECACQRU2AgxBACEDDJQDCyABIARGBEBBFiEDDJQDCyACQQo2AgggAiABNgIEQQAhAAJAIAIoAjgiA0UNACADKAJIIgNFDQAgAiADEQAAIQALIABFDcIBIABBFUcNuQIgAkEVNgIcIAIgATYCFCACQYIZNgIQIAJBFTYCDEEAIQMMkwMLIAEgBEcEQANAIAEtAABB8DdqLQAAIgBBAkcEQAJAIABBAWsOBMQCvQIAvgK9AgsgAUEBaiEBQQghAwz8AgsgBCABQQFqIgFHDQALQRUhAwyTAwtBFSEDDJIDCwNAIAEtAABB8DlqLQAAIgBBAkcEQCAAQQFrDgTFArcCwwK4ArcCCyAEIAFBAWoiAUcNAAtBGCEDDJEDCyABIARHBEAgAkELNgIIIAIgATYCBEEHIQMM+AILQRkhAwyQAwsgAUEBaiEBDAILIAEgBEYEQEEaIQMMjwMLAkAgAS0AAEENaw4UtQG/Ab8BvwG/Ab8BvwG/Ab8BvwG/Ab8BvwG/Ab8BvwG/Ab8BvwEAvwELQQAhAyACQQA2AhwgAkGvCzYCECACQQI2AgwgAiABQQFqNgIUDI4DCyABIARGBEBBGyEDDI4DCyABLQAAIgBBO0cEQCAAQQ1HDbECIAFBAWohAQy6AQsgAUEBaiEBC0EiIQMM8wILIAEgBEYEQEEcIQMMjAMLQgAhCgJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkAgAS0AAEEwaw43wQLAAgABAgMEBQYH0AHQAdAB0AHQAdAB0AEICQoLDA3QAdAB0AHQAdAB0AHQAdAB0AHQAdAB0AHQAdAB0AHQAdAB0AHQAdAB0AHQAdAB0AHQAdABDg8QERIT0AELQgIhCgzAAgtCAyEKDL8CC0IEIQoMvgILQgUhCgy9AgtCBiEKDLwCC0IHIQoMuwILQgghCgy6AgtCCSEKDLkCC0IKIQoMuAILQgshCgy3AgtCDCEKDLYCC0INIQoMtQILQg4hCgy0AgtCDyEKDLMCC0IKIQoMsgILQgshCgyxAgtCDCEKDLACC0INIQoMrwILQg4hCgyuAgtCDyEKDK0CC0IAIQoCQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAIAEtAABBMGsON8ACvwIAAQIDBAUGB74CvgK+Ar4CvgK+Ar4CCAkKCwwNvgK+Ar4CvgK+Ar4CvgK+Ar4CvgK+Ar4CvgK+Ar4CvgK+Ar4CvgK+Ar4CvgK+Ar4CvgK+Ag4PEBESE74CC0ICIQoMvwILQgMhCgy+AgtCBCEKDL0CC0IFIQoMvAILQgYhCgy7AgtCByEKDLoCC0IIIQoMuQILQgkhCgy4AgtCCiEKDLcCC0ILIQoMtgILQgwhCgy1AgtCDSEKDLQCC0IOIQoMswILQg8hCgyyAgtCCiEKDLECC0ILIQoMsAILQgwhCgyvAgtCDSEKDK4CC0IOIQoMrQILQg8hCgysAgsgAiACKQMgIgogBCABa60iC30iDEIAIAogDFobNwMgIAogC1gNpwJBHyEDDIkDCyABIARHBEAgAkEJNgIIIAIgATYCBEElIQMM8AILQSAhAwyIAwtBASEFIAIvATAiA0EIcUUEQCACKQMgQgBSIQULAkAgAi0ALgRAQQEhACACLQApQQVGDQEgA0HAAHFFIAVxRQ0BC0EAIQAgA0HAAHENAEECIQAgA0EIcQ0AIANBgARxBEACQCACLQAoQQFHDQAgAi0ALUEKcQ0AQQUhAAwCC0EEIQAMAQsgA0EgcUUEQAJAIAItAChBAUYNACACLwEyIgBB5ABrQeQASQ0AIABBzAFGDQAgAEGwAkYNAEEEIQAgA0EocUUNAiADQYgEcUGABEYNAgtBACEADAELQQBBAyACKQMgUBshAAsgAEEBaw4FvgIAsAEBpAKhAgtBESEDDO0CCyACQQE6AC8MhAMLIAEgBEcNnQJBJCEDDIQDCyABIARHDRxBxgAhAwyDAwtBACEAAkAgAigCOCIDRQ0AIAMoAkQiA0UNACACIAMRAAAhAAsgAEUNJyAAQRVHDZgCIAJB0AA2AhwgAiABNgIUIAJBkRg2AhAgAkEVNgIMQQAhAwyCAwsgASAERgRAQSghAwyCAwtBACEDIAJBADYCBCACQQw2AgggAiABIAEQKiIARQ2UAiACQSc2AhwgAiABNgIUIAIgADYCDAyBAwsgASAERgRAQSkhAwyBAwsgAS0AACIAQSBGDRMgAEEJRw2VAiABQQFqIQEMFAsgASAERwRAIAFBAWohAQwWC0EqIQMM/wILIAEgBEYEQEErIQMM/wILIAEtAAAiAEEJRyAAQSBHcQ2QAiACLQAsQQhHDd0CIAJBADoALAzdAgsgASAERgRAQSwhAwz+AgsgAS0AAEEKRw2OAiABQQFqIQEMsAELIAEgBEcNigJBLyEDDPwCCwNAIAEtAAAiAEEgRwRAIABBCmsOBIQCiAKIAoQChgILIAQgAUEBaiIBRw0AC0ExIQMM+wILQTIhAyABIARGDfoCIAIoAgAiACAEIAFraiEHIAEgAGtBA2ohBgJAA0AgAEHwO2otAAAgAS0AACIFQSByIAUgBUHBAGtB/wFxQRpJG0H/AXFHDQEgAEEDRgRAQQYhAQziAgsgAEEBaiEAIAQgAUEBaiIBRw0ACyACIAc2AgAM+wILIAJBADYCAAyGAgtBMyEDIAQgASIARg35AiAEIAFrIAIoAgAiAWohByAAIAFrQQhqIQYCQANAIAFB9DtqLQAAIAAtAAAiBUEgciAFIAVBwQBrQf8BcUEaSRtB/wFxRw0BIAFBCEYEQEEFIQEM4QILIAFBAWohASAEIABBAWoiAEcNAAsgAiAHNgIADPoCCyACQQA2AgAgACEBDIUCC0E0IQMgBCABIgBGDfgCIAQgAWsgAigCACIBaiEHIAAgAWtBBWohBgJAA0AgAUHQwgBqLQAAIAAtAAAiBUEgciAFIAVBwQBrQf8BcUEaSRtB/wFxRw0BIAFBBUYEQEEHIQEM4AILIAFBAWohASAEIABBAWoiAEcNAAsgAiAHNgIADPkCCyACQQA2AgAgACEBDIQCCyABIARHBEADQCABLQAAQYA+ai0AACIAQQFHBEAgAEECRg0JDIECCyAEIAFBAWoiAUcNAAtBMCEDDPgCC0EwIQMM9wILIAEgBEcEQANAIAEtAAAiAEEgRwRAIABBCmsOBP8B/gH+Af8B/gELIAQgAUEBaiIBRw0AC0E4IQMM9wILQTghAwz2AgsDQCABLQAAIgBBIEcgAEEJR3EN9gEgBCABQQFqIgFHDQALQTwhAwz1AgsDQCABLQAAIgBBIEcEQAJAIABBCmsOBPkBBAT5AQALIABBLEYN9QEMAwsgBCABQQFqIgFHDQALQT8hAwz0AgtBwAAhAyABIARGDfMCIAIoAgAiACAEIAFraiEFIAEgAGtBBmohBgJAA0AgAEGAQGstAAAgAS0AAEEgckcNASAAQQZGDdsCIABBAWohACAEIAFBAWoiAUcNAAsgAiAFNgIADPQCCyACQQA2AgALQTYhAwzZAgsgASAERgRAQcEAIQMM8gILIAJBDDYCCCACIAE2AgQgAi0ALEEBaw4E+wHuAewB6wHUAgsgAUEBaiEBDPoBCyABIARHBEADQAJAIAEtAAAiAEEgciAAIABBwQBrQf8BcUEaSRtB/wFxIgBBCUYNACAAQSBGDQACQAJAAkACQCAAQeMAaw4TAAMDAwMDAwMBAwMDAwMDAwMDAgMLIAFBAWohAUExIQMM3AILIAFBAWohAUEyIQMM2wILIAFBAWohAUEzIQMM2gILDP4BCyAEIAFBAWoiAUcNAAtBNSEDDPACC0E1IQMM7wILIAEgBEcEQANAIAEtAABBgDxqLQAAQQFHDfcBIAQgAUEBaiIBRw0AC0E9IQMM7wILQT0hAwzuAgtBACEAAkAgAigCOCIDRQ0AIAMoAkAiA0UNACACIAMRAAAhAAsgAEUNASAAQRVHDeYBIAJBwgA2AhwgAiABNgIUIAJB4xg2AhAgAkEVNgIMQQAhAwztAgsgAUEBaiEBC0E8IQMM0gILIAEgBEYEQEHCACEDDOsCCwJAA0ACQCABLQAAQQlrDhgAAswCzALRAswCzALMAswCzALMAswCzALMAswCzALMAswCzALMAswCzALMAgDMAgsgBCABQQFqIgFHDQALQcIAIQMM6wILIAFBAWohASACLQAtQQFxRQ3+AQtBLCEDDNACCyABIARHDd4BQcQAIQMM6AILA0AgAS0AAEGQwABqLQAAQQFHDZwBIAQgAUEBaiIBRw0AC0HFACEDDOcCCyABLQAAIgBBIEYN/gEgAEE6Rw3AAiACKAIEIQBBACEDIAJBADYCBCACIAAgARApIgAN3gEM3QELQccAIQMgBCABIgBGDeUCIAQgAWsgAigCACIBaiEHIAAgAWtBBWohBgNAIAFBkMIAai0AACAALQAAIgVBIHIgBSAFQcEAa0H/AXFBGkkbQf8BcUcNvwIgAUEFRg3CAiABQQFqIQEgBCAAQQFqIgBHDQALIAIgBzYCAAzlAgtByAAhAyAEIAEiAEYN5AIgBCABayACKAIAIgFqIQcgACABa0EJaiEGA0AgAUGWwgBqLQAAIAAtAAAiBUEgciAFIAVBwQBrQf8BcUEaSRtB/wFxRw2+AkECIAFBCUYNwgIaIAFBAWohASAEIABBAWoiAEcNAAsgAiAHNgIADOQCCyABIARGBEBByQAhAwzkAgsCQAJAIAEtAAAiAEEgciAAIABBwQBrQf8BcUEaSRtB/wFxQe4Aaw4HAL8CvwK/Ar8CvwIBvwILIAFBAWohAUE+IQMMywILIAFBAWohAUE/IQMMygILQcoAIQMgBCABIgBGDeICIAQgAWsgAigCACIBaiEGIAAgAWtBAWohBwNAIAFBoMIAai0AACAALQAAIgVBIHIgBSAFQcEAa0H/AXFBGkkbQf8BcUcNvAIgAUEBRg2+AiABQQFqIQEgBCAAQQFqIgBHDQALIAIgBjYCAAziAgtBywAhAyAEIAEiAEYN4QIgBCABayACKAIAIgFqIQcgACABa0EOaiEGA0AgAUGiwgBqLQAAIAAtAAAiBUEgciAFIAVBwQBrQf8BcUEaSRtB/wFxRw27AiABQQ5GDb4CIAFBAWohASAEIABBAWoiAEcNAAsgAiAHNgIADOECC0HMACEDIAQgASIARg3gAiAEIAFrIAIoAgAiAWohByAAIAFrQQ9qIQYDQCABQcDCAGotAAAgAC0AACIFQSByIAUgBUHBAGtB/wFxQRpJG0H/AXFHDboCQQMgAUEPRg2+AhogAUEBaiEBIAQgAEEBaiIARw0ACyACIAc2AgAM4AILQc0AIQMgBCABIgBGDd8CIAQgAWsgAigCACIBaiEHIAAgAWtBBWohBgNAIAFB0MIAai0AACAALQAAIgVBIHIgBSAFQcEAa0H/AXFBGkkbQf8BcUcNuQJBBCABQQVGDb0CGiABQQFqIQEgBCAAQQFqIgBHDQALIAIgBzYCAAzfAgsgASAERgRAQc4AIQMM3wILAkACQAJAAkAgAS0AACIAQSByIAAgAEHBAGtB/wFxQRpJG0H/AXFB4wBrDhMAvAK8ArwCvAK8ArwCvAK8ArwCvAK8ArwCAbwCvAK8AgIDvAILIAFBAWohAUHBACEDDMgCCyABQQFqIQFBwgAhAwzHAgsgAUEBaiEBQcMAIQMMxgILIAFBAWohAUHEACEDDMUCCyABIARHBEAgAkENNgIIIAIgATYCBEHFACEDDMUCC0HPACEDDN0CCwJAAkAgAS0AAEEKaw4EAZABkAEAkAELIAFBAWohAQtBKCEDDMMCCyABIARGBEBB0QAhAwzcAgsgAS0AAEEgRw0AIAFBAWohASACLQAtQQFxRQ3QAQtBFyEDDMECCyABIARHDcsBQdIAIQMM2QILQdMAIQMgASAERg3YAiACKAIAIgAgBCABa2ohBiABIABrQQFqIQUDQCABLQAAIABB1sIAai0AAEcNxwEgAEEBRg3KASAAQQFqIQAgBCABQQFqIgFHDQALIAIgBjYCAAzYAgsgASAERgRAQdUAIQMM2AILIAEtAABBCkcNwgEgAUEBaiEBDMoBCyABIARGBEBB1gAhAwzXAgsCQAJAIAEtAABBCmsOBADDAcMBAcMBCyABQQFqIQEMygELIAFBAWohAUHKACEDDL0CC0EAIQACQCACKAI4IgNFDQAgAygCPCIDRQ0AIAIgAxEAACEACyAADb8BQc0AIQMMvAILIAItAClBIkYNzwIMiQELIAQgASIFRgRAQdsAIQMM1AILQQAhAEEBIQFBASEGQQAhAwJAAn8CQAJAAkACQAJAAkACQCAFLQAAQTBrDgrFAcQBAAECAwQFBgjDAQtBAgwGC0EDDAULQQQMBAtBBQwDC0EGDAILQQcMAQtBCAshA0EAIQFBACEGDL0BC0EJIQNBASEAQQAhAUEAIQYMvAELIAEgBEYEQEHdACEDDNMCCyABLQAAQS5HDbgBIAFBAWohAQyIAQsgASAERw22AUHfACEDDNECCyABIARHBEAgAkEONgIIIAIgATYCBEHQACEDDLgCC0HgACEDDNACC0HhACEDIAEgBEYNzwIgAigCACIAIAQgAWtqIQUgASAAa0EDaiEGA0AgAS0AACAAQeLCAGotAABHDbEBIABBA0YNswEgAEEBaiEAIAQgAUEBaiIBRw0ACyACIAU2AgAMzwILQeIAIQMgASAERg3OAiACKAIAIgAgBCABa2ohBSABIABrQQJqIQYDQCABLQAAIABB5sIAai0AAEcNsAEgAEECRg2vASAAQQFqIQAgBCABQQFqIgFHDQALIAIgBTYCAAzOAgtB4wAhAyABIARGDc0CIAIoAgAiACAEIAFraiEFIAEgAGtBA2ohBgNAIAEtAAAgAEHpwgBqLQAARw2vASAAQQNGDa0BIABBAWohACAEIAFBAWoiAUcNAAsgAiAFNgIADM0CCyABIARGBEBB5QAhAwzNAgsgAUEBaiEBQQAhAAJAIAIoAjgiA0UNACADKAIwIgNFDQAgAiADEQAAIQALIAANqgFB1gAhAwyzAgsgASAERwRAA0AgAS0AACIAQSBHBEACQAJAAkAgAEHIAGsOCwABswGzAbMBswGzAbMBswGzAQKzAQsgAUEBaiEBQdIAIQMMtwILIAFBAWohAUHTACEDDLYCCyABQQFqIQFB1AAhAwy1AgsgBCABQQFqIgFHDQALQeQAIQMMzAILQeQAIQMMywILA0AgAS0AAEHwwgBqLQAAIgBBAUcEQCAAQQJrDgOnAaYBpQGkAQsgBCABQQFqIgFHDQALQeYAIQMMygILIAFBAWogASAERw0CGkHnACEDDMkCCwNAIAEtAABB8MQAai0AACIAQQFHBEACQCAAQQJrDgSiAaEBoAEAnwELQdcAIQMMsQILIAQgAUEBaiIBRw0AC0HoACEDDMgCCyABIARGBEBB6QAhAwzIAgsCQCABLQAAIgBBCmsOGrcBmwGbAbQBmwGbAZsBmwGbAZsBmwGbAZsBmwGbAZsBmwGbAZsBmwGbAZsBpAGbAZsBAJkBCyABQQFqCyEBQQYhAwytAgsDQCABLQAAQfDGAGotAABBAUcNfSAEIAFBAWoiAUcNAAtB6gAhAwzFAgsgAUEBaiABIARHDQIaQesAIQMMxAILIAEgBEYEQEHsACEDDMQCCyABQQFqDAELIAEgBEYEQEHtACEDDMMCCyABQQFqCyEBQQQhAwyoAgsgASAERgRAQe4AIQMMwQILAkACQAJAIAEtAABB8MgAai0AAEEBaw4HkAGPAY4BAHwBAo0BCyABQQFqIQEMCwsgAUEBagyTAQtBACEDIAJBADYCHCACQZsSNgIQIAJBBzYCDCACIAFBAWo2AhQMwAILAkADQCABLQAAQfDIAGotAAAiAEEERwRAAkACQCAAQQFrDgeUAZMBkgGNAQAEAY0BC0HaACEDDKoCCyABQQFqIQFB3AAhAwypAgsgBCABQQFqIgFHDQALQe8AIQMMwAILIAFBAWoMkQELIAQgASIARgRAQfAAIQMMvwILIAAtAABBL0cNASAAQQFqIQEMBwsgBCABIgBGBEBB8QAhAwy+AgsgAC0AACIBQS9GBEAgAEEBaiEBQd0AIQMMpQILIAFBCmsiA0EWSw0AIAAhAUEBIAN0QYmAgAJxDfkBC0EAIQMgAkEANgIcIAIgADYCFCACQYwcNgIQIAJBBzYCDAy8AgsgASAERwRAIAFBAWohAUHeACEDDKMCC0HyACEDDLsCCyABIARGBEBB9AAhAwy7AgsCQCABLQAAQfDMAGotAABBAWsOA/cBcwCCAQtB4QAhAwyhAgsgASAERwRAA0AgAS0AAEHwygBqLQAAIgBBA0cEQAJAIABBAWsOAvkBAIUBC0HfACEDDKMCCyAEIAFBAWoiAUcNAAtB8wAhAwy6AgtB8wAhAwy5AgsgASAERwRAIAJBDzYCCCACIAE2AgRB4AAhAwygAgtB9QAhAwy4AgsgASAERgRAQfYAIQMMuAILIAJBDzYCCCACIAE2AgQLQQMhAwydAgsDQCABLQAAQSBHDY4CIAQgAUEBaiIBRw0AC0H3ACEDDLUCCyABIARGBEBB+AAhAwy1AgsgAS0AAEEgRw16IAFBAWohAQxbC0EAIQACQCACKAI4IgNFDQAgAygCOCIDRQ0AIAIgAxEAACEACyAADXgMgAILIAEgBEYEQEH6ACEDDLMCCyABLQAAQcwARw10IAFBAWohAUETDHYLQfsAIQMgASAERg2xAiACKAIAIgAgBCABa2ohBSABIABrQQVqIQYDQCABLQAAIABB8M4Aai0AAEcNcyAAQQVGDXUgAEEBaiEAIAQgAUEBaiIBRw0ACyACIAU2AgAMsQILIAEgBEYEQEH8ACEDDLECCwJAAkAgAS0AAEHDAGsODAB0dHR0dHR0dHR0AXQLIAFBAWohAUHmACEDDJgCCyABQQFqIQFB5wAhAwyXAgtB/QAhAyABIARGDa8CIAIoAgAiACAEIAFraiEFIAEgAGtBAmohBgJAA0AgAS0AACAAQe3PAGotAABHDXIgAEECRg0BIABBAWohACAEIAFBAWoiAUcNAAsgAiAFNgIADLACCyACQQA2AgAgBkEBaiEBQRAMcwtB/gAhAyABIARGDa4CIAIoAgAiACAEIAFraiEFIAEgAGtBBWohBgJAA0AgAS0AACAAQfbOAGotAABHDXEgAEEFRg0BIABBAWohACAEIAFBAWoiAUcNAAsgAiAFNgIADK8CCyACQQA2AgAgBkEBaiEBQRYMcgtB/wAhAyABIARGDa0CIAIoAgAiACAEIAFraiEFIAEgAGtBA2ohBgJAA0AgAS0AACAAQfzOAGotAABHDXAgAEEDRg0BIABBAWohACAEIAFBAWoiAUcNAAsgAiAFNgIADK4CCyACQQA2AgAgBkEBaiEBQQUMcQsgASAERgRAQYABIQMMrQILIAEtAABB2QBHDW4gAUEBaiEBQQgMcAsgASAERgRAQYEBIQMMrAILAkACQCABLQAAQc4Aaw4DAG8BbwsgAUEBaiEBQesAIQMMkwILIAFBAWohAUHsACEDDJICCyABIARGBEBBggEhAwyrAgsCQAJAIAEtAABByABrDggAbm5ubm5uAW4LIAFBAWohAUHqACEDDJICCyABQQFqIQFB7QAhAwyRAgtBgwEhAyABIARGDakCIAIoAgAiACAEIAFraiEFIAEgAGtBAmohBgJAA0AgAS0AACAAQYDPAGotAABHDWwgAEECRg0BIABBAWohACAEIAFBAWoiAUcNAAsgAiAFNgIADKoCCyACQQA2AgAgBkEBaiEBQQAMbQtBhAEhAyABIARGDagCIAIoAgAiACAEIAFraiEFIAEgAGtBBGohBgJAA0AgAS0AACAAQYPPAGotAABHDWsgAEEERg0BIABBAWohACAEIAFBAWoiAUcNAAsgAiAFNgIADKkCCyACQQA2AgAgBkEBaiEBQSMMbAsgASAERgRAQYUBIQMMqAILAkACQCABLQAAQcwAaw4IAGtra2trawFrCyABQQFqIQFB7wAhAwyPAgsgAUEBaiEBQfAAIQMMjgILIAEgBEYEQEGGASEDDKcCCyABLQAAQcUARw1oIAFBAWohAQxgC0GHASEDIAEgBEYNpQIgAigCACIAIAQgAWtqIQUgASAAa0EDaiEGAkADQCABLQAAIABBiM8Aai0AAEcNaCAAQQNGDQEgAEEBaiEAIAQgAUEBaiIBRw0ACyACIAU2AgAMpgILIAJBADYCACAGQQFqIQFBLQxpC0GIASEDIAEgBEYNpAIgAigCACIAIAQgAWtqIQUgASAAa0EIaiEGAkADQCABLQAAIABB0M8Aai0AAEcNZyAAQQhGDQEgAEEBaiEAIAQgAUEBaiIBRw0ACyACIAU2AgAMpQILIAJBADYCACAGQQFqIQFBKQxoCyABIARGBEBBiQEhAwykAgtBASABLQAAQd8ARw1nGiABQQFqIQEMXgtBigEhAyABIARGDaICIAIoAgAiACAEIAFraiEFIAEgAGtBAWohBgNAIAEtAAAgAEGMzwBqLQAARw1kIABBAUYN+gEgAEEBaiEAIAQgAUEBaiIBRw0ACyACIAU2AgAMogILQYsBIQMgASAERg2hAiACKAIAIgAgBCABa2ohBSABIABrQQJqIQYCQANAIAEtAAAgAEGOzwBqLQAARw1kIABBAkYNASAAQQFqIQAgBCABQQFqIgFHDQALIAIgBTYCAAyiAgsgAkEANgIAIAZBAWohAUECDGULQYwBIQMgASAERg2gAiACKAIAIgAgBCABa2ohBSABIABrQQFqIQYCQANAIAEtAAAgAEHwzwBqLQAARw1jIABBAUYNASAAQQFqIQAgBCABQQFqIgFHDQALIAIgBTYCAAyhAgsgAkEANgIAIAZBAWohAUEfDGQLQY0BIQMgASAERg2fAiACKAIAIgAgBCABa2ohBSABIABrQQFqIQYCQANAIAEtAAAgAEHyzwBqLQAARw1iIABBAUYNASAAQQFqIQAgBCABQQFqIgFHDQALIAIgBTYCAAygAgsgAkEANgIAIAZBAWohAUEJDGMLIAEgBEYEQEGOASEDDJ8CCwJAAkAgAS0AAEHJAGsOBwBiYmJiYgFiCyABQQFqIQFB+AAhAwyGAgsgAUEBaiEBQfkAIQMMhQILQY8BIQMgASAERg2dAiACKAIAIgAgBCABa2ohBSABIABrQQVqIQYCQANAIAEtAAAgAEGRzwBqLQAARw1gIABBBUYNASAAQQFqIQAgBCABQQFqIgFHDQALIAIgBTYCAAyeAgsgAkEANgIAIAZBAWohAUEYDGELQZABIQMgASAERg2cAiACKAIAIgAgBCABa2ohBSABIABrQQJqIQYCQANAIAEtAAAgAEGXzwBqLQAARw1fIABBAkYNASAAQQFqIQAgBCABQQFqIgFHDQALIAIgBTYCAAydAgsgAkEANgIAIAZBAWohAUEXDGALQZEBIQMgASAERg2bAiACKAIAIgAgBCABa2ohBSABIABrQQZqIQYCQANAIAEtAAAgAEGazwBqLQAARw1eIABBBkYNASAAQQFqIQAgBCABQQFqIgFHDQALIAIgBTYCAAycAgsgAkEANgIAIAZBAWohAUEVDF8LQZIBIQMgASAERg2aAiACKAIAIgAgBCABa2ohBSABIABrQQVqIQYCQANAIAEtAAAgAEGhzwBqLQAARw1dIABBBUYNASAAQQFqIQAgBCABQQFqIgFHDQALIAIgBTYCAAybAgsgAkEANgIAIAZBAWohAUEeDF4LIAEgBEYEQEGTASEDDJoCCyABLQAAQcwARw1bIAFBAWohAUEKDF0LIAEgBEYEQEGUASEDDJkCCwJAAkAgAS0AAEHBAGsODwBcXFxcXFxcXFxcXFxcAVwLIAFBAWohAUH+ACEDDIACCyABQQFqIQFB/wAhAwz/AQsgASAERgRAQZUBIQMMmAILAkACQCABLQAAQcEAaw4DAFsBWwsgAUEBaiEBQf0AIQMM/wELIAFBAWohAUGAASEDDP4BC0GWASEDIAEgBEYNlgIgAigCACIAIAQgAWtqIQUgASAAa0EBaiEGAkADQCABLQAAIABBp88Aai0AAEcNWSAAQQFGDQEgAEEBaiEAIAQgAUEBaiIBRw0ACyACIAU2AgAMlwILIAJBADYCACAGQQFqIQFBCwxaCyABIARGBEBBlwEhAwyWAgsCQAJAAkACQCABLQAAQS1rDiMAW1tbW1tbW1tbW1tbW1tbW1tbW1tbW1sBW1tbW1sCW1tbA1sLIAFBAWohAUH7ACEDDP8BCyABQQFqIQFB/AAhAwz+AQsgAUEBaiEBQYEBIQMM/QELIAFBAWohAUGCASEDDPwBC0GYASEDIAEgBEYNlAIgAigCACIAIAQgAWtqIQUgASAAa0EEaiEGAkADQCABLQAAIABBqc8Aai0AAEcNVyAAQQRGDQEgAEEBaiEAIAQgAUEBaiIBRw0ACyACIAU2AgAMlQILIAJBADYCACAGQQFqIQFBGQxYC0GZASEDIAEgBEYNkwIgAigCACIAIAQgAWtqIQUgASAAa0EFaiEGAkADQCABLQAAIABBrs8Aai0AAEcNViAAQQVGDQEgAEEBaiEAIAQgAUEBaiIBRw0ACyACIAU2AgAMlAILIAJBADYCACAGQQFqIQFBBgxXC0GaASEDIAEgBEYNkgIgAigCACIAIAQgAWtqIQUgASAAa0EBaiEGAkADQCABLQAAIABBtM8Aai0AAEcNVSAAQQFGDQEgAEEBaiEAIAQgAUEBaiIBRw0ACyACIAU2AgAMkwILIAJBADYCACAGQQFqIQFBHAxWC0GbASEDIAEgBEYNkQIgAigCACIAIAQgAWtqIQUgASAAa0EBaiEGAkADQCABLQAAIABBts8Aai0AAEcNVCAAQQFGDQEgAEEBaiEAIAQgAUEBaiIBRw0ACyACIAU2AgAMkgILIAJBADYCACAGQQFqIQFBJwxVCyABIARGBEBBnAEhAwyRAgsCQAJAIAEtAABB1ABrDgIAAVQLIAFBAWohAUGGASEDDPgBCyABQQFqIQFBhwEhAwz3AQtBnQEhAyABIARGDY8CIAIoAgAiACAEIAFraiEFIAEgAGtBAWohBgJAA0AgAS0AACAAQbjPAGotAABHDVIgAEEBRg0BIABBAWohACAEIAFBAWoiAUcNAAsgAiAFNgIADJACCyACQQA2AgAgBkEBaiEBQSYMUwtBngEhAyABIARGDY4CIAIoAgAiACAEIAFraiEFIAEgAGtBAWohBgJAA0AgAS0AACAAQbrPAGotAABHDVEgAEEBRg0BIABBAWohACAEIAFBAWoiAUcNAAsgAiAFNgIADI8CCyACQQA2AgAgBkEBaiEBQQMMUgtBnwEhAyABIARGDY0CIAIoAgAiACAEIAFraiEFIAEgAGtBAmohBgJAA0AgAS0AACAAQe3PAGotAABHDVAgAEECRg0BIABBAWohACAEIAFBAWoiAUcNAAsgAiAFNgIADI4CCyACQQA2AgAgBkEBaiEBQQwMUQtBoAEhAyABIARGDYwCIAIoAgAiACAEIAFraiEFIAEgAGtBA2ohBgJAA0AgAS0AACAAQbzPAGotAABHDU8gAEEDRg0BIABBAWohACAEIAFBAWoiAUcNAAsgAiAFNgIADI0CCyACQQA2AgAgBkEBaiEBQQ0MUAsgASAERgRAQaEBIQMMjAILAkACQCABLQAAQcYAaw4LAE9PT09PT09PTwFPCyABQQFqIQFBiwEhAwzzAQsgAUEBaiEBQYwBIQMM8gELIAEgBEYEQEGiASEDDIsCCyABLQAAQdAARw1MIAFBAWohAQxGCyABIARGBEBBowEhAwyKAgsCQAJAIAEtAABByQBrDgcBTU1NTU0ATQsgAUEBaiEBQY4BIQMM8QELIAFBAWohAUEiDE0LQaQBIQMgASAERg2IAiACKAIAIgAgBCABa2ohBSABIABrQQFqIQYCQANAIAEtAAAgAEHAzwBqLQAARw1LIABBAUYNASAAQQFqIQAgBCABQQFqIgFHDQALIAIgBTYCAAyJAgsgAkEANgIAIAZBAWohAUEdDEwLIAEgBEYEQEGlASEDDIgCCwJAAkAgAS0AAEHSAGsOAwBLAUsLIAFBAWohAUGQASEDDO8BCyABQQFqIQFBBAxLCyABIARGBEBBpgEhAwyHAgsCQAJAAkACQAJAIAEtAABBwQBrDhUATU1NTU1NTU1NTQFNTQJNTQNNTQRNCyABQQFqIQFBiAEhAwzxAQsgAUEBaiEBQYkBIQMM8AELIAFBAWohAUGKASEDDO8BCyABQQFqIQFBjwEhAwzuAQsgAUEBaiEBQZEBIQMM7QELQacBIQMgASAERg2FAiACKAIAIgAgBCABa2ohBSABIABrQQJqIQYCQANAIAEtAAAgAEHtzwBqLQAARw1IIABBAkYNASAAQQFqIQAgBCABQQFqIgFHDQALIAIgBTYCAAyGAgsgAkEANgIAIAZBAWohAUERDEkLQagBIQMgASAERg2EAiACKAIAIgAgBCABa2ohBSABIABrQQJqIQYCQANAIAEtAAAgAEHCzwBqLQAARw1HIABBAkYNASAAQQFqIQAgBCABQQFqIgFHDQALIAIgBTYCAAyFAgsgAkEANgIAIAZBAWohAUEsDEgLQakBIQMgASAERg2DAiACKAIAIgAgBCABa2ohBSABIABrQQRqIQYCQANAIAEtAAAgAEHFzwBqLQAARw1GIABBBEYNASAAQQFqIQAgBCABQQFqIgFHDQALIAIgBTYCAAyEAgsgAkEANgIAIAZBAWohAUErDEcLQaoBIQMgASAERg2CAiACKAIAIgAgBCABa2ohBSABIABrQQJqIQYCQANAIAEtAAAgAEHKzwBqLQAARw1FIABBAkYNASAAQQFqIQAgBCABQQFqIgFHDQALIAIgBTYCAAyDAgsgAkEANgIAIAZBAWohAUEUDEYLIAEgBEYEQEGrASEDDIICCwJAAkACQAJAIAEtAABBwgBrDg8AAQJHR0dHR0dHR0dHRwNHCyABQQFqIQFBkwEhAwzrAQsgAUEBaiEBQZQBIQMM6gELIAFBAWohAUGVASEDDOkBCyABQQFqIQFBlgEhAwzoAQsgASAERgRAQawBIQMMgQILIAEtAABBxQBHDUIgAUEBaiEBDD0LQa0BIQMgASAERg3/ASACKAIAIgAgBCABa2ohBSABIABrQQJqIQYCQANAIAEtAAAgAEHNzwBqLQAARw1CIABBAkYNASAAQQFqIQAgBCABQQFqIgFHDQALIAIgBTYCAAyAAgsgAkEANgIAIAZBAWohAUEODEMLIAEgBEYEQEGuASEDDP8BCyABLQAAQdAARw1AIAFBAWohAUElDEILQa8BIQMgASAERg39ASACKAIAIgAgBCABa2ohBSABIABrQQhqIQYCQANAIAEtAAAgAEHQzwBqLQAARw1AIABBCEYNASAAQQFqIQAgBCABQQFqIgFHDQALIAIgBTYCAAz+AQsgAkEANgIAIAZBAWohAUEqDEELIAEgBEYEQEGwASEDDP0BCwJAAkAgAS0AAEHVAGsOCwBAQEBAQEBAQEABQAsgAUEBaiEBQZoBIQMM5AELIAFBAWohAUGbASEDDOMBCyABIARGBEBBsQEhAwz8AQsCQAJAIAEtAABBwQBrDhQAPz8/Pz8/Pz8/Pz8/Pz8/Pz8/AT8LIAFBAWohAUGZASEDDOMBCyABQQFqIQFBnAEhAwziAQtBsgEhAyABIARGDfoBIAIoAgAiACAEIAFraiEFIAEgAGtBA2ohBgJAA0AgAS0AACAAQdnPAGotAABHDT0gAEEDRg0BIABBAWohACAEIAFBAWoiAUcNAAsgAiAFNgIADPsBCyACQQA2AgAgBkEBaiEBQSEMPgtBswEhAyABIARGDfkBIAIoAgAiACAEIAFraiEFIAEgAGtBBmohBgJAA0AgAS0AACAAQd3PAGotAABHDTwgAEEGRg0BIABBAWohACAEIAFBAWoiAUcNAAsgAiAFNgIADPoBCyACQQA2AgAgBkEBaiEBQRoMPQsgASAERgRAQbQBIQMM+QELAkACQAJAIAEtAABBxQBrDhEAPT09PT09PT09AT09PT09Aj0LIAFBAWohAUGdASEDDOEBCyABQQFqIQFBngEhAwzgAQsgAUEBaiEBQZ8BIQMM3wELQbUBIQMgASAERg33ASACKAIAIgAgBCABa2ohBSABIABrQQVqIQYCQANAIAEtAAAgAEHkzwBqLQAARw06IABBBUYNASAAQQFqIQAgBCABQQFqIgFHDQALIAIgBTYCAAz4AQsgAkEANgIAIAZBAWohAUEoDDsLQbYBIQMgASAERg32ASACKAIAIgAgBCABa2ohBSABIABrQQJqIQYCQANAIAEtAAAgAEHqzwBqLQAARw05IABBAkYNASAAQQFqIQAgBCABQQFqIgFHDQALIAIgBTYCAAz3AQsgAkEANgIAIAZBAWohAUEHDDoLIAEgBEYEQEG3ASEDDPYBCwJAAkAgAS0AAEHFAGsODgA5OTk5OTk5OTk5OTkBOQsgAUEBaiEBQaEBIQMM3QELIAFBAWohAUGiASEDDNwBC0G4ASEDIAEgBEYN9AEgAigCACIAIAQgAWtqIQUgASAAa0ECaiEGAkADQCABLQAAIABB7c8Aai0AAEcNNyAAQQJGDQEgAEEBaiEAIAQgAUEBaiIBRw0ACyACIAU2AgAM9QELIAJBADYCACAGQQFqIQFBEgw4C0G5ASEDIAEgBEYN8wEgAigCACIAIAQgAWtqIQUgASAAa0EBaiEGAkADQCABLQAAIABB8M8Aai0AAEcNNiAAQQFGDQEgAEEBaiEAIAQgAUEBaiIBRw0ACyACIAU2AgAM9AELIAJBADYCACAGQQFqIQFBIAw3C0G6ASEDIAEgBEYN8gEgAigCACIAIAQgAWtqIQUgASAAa0EBaiEGAkADQCABLQAAIABB8s8Aai0AAEcNNSAAQQFGDQEgAEEBaiEAIAQgAUEBaiIBRw0ACyACIAU2AgAM8wELIAJBADYCACAGQQFqIQFBDww2CyABIARGBEBBuwEhAwzyAQsCQAJAIAEtAABByQBrDgcANTU1NTUBNQsgAUEBaiEBQaUBIQMM2QELIAFBAWohAUGmASEDDNgBC0G8ASEDIAEgBEYN8AEgAigCACIAIAQgAWtqIQUgASAAa0EHaiEGAkADQCABLQAAIABB9M8Aai0AAEcNMyAAQQdGDQEgAEEBaiEAIAQgAUEBaiIBRw0ACyACIAU2AgAM8QELIAJBADYCACAGQQFqIQFBGww0CyABIARGBEBBvQEhAwzwAQsCQAJAAkAgAS0AAEHCAGsOEgA0NDQ0NDQ0NDQBNDQ0NDQ0AjQLIAFBAWohAUGkASEDDNgBCyABQQFqIQFBpwEhAwzXAQsgAUEBaiEBQagBIQMM1gELIAEgBEYEQEG+ASEDDO8BCyABLQAAQc4ARw0wIAFBAWohAQwsCyABIARGBEBBvwEhAwzuAQsCQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQCABLQAAQcEAaw4VAAECAz8EBQY/Pz8HCAkKCz8MDQ4PPwsgAUEBaiEBQegAIQMM4wELIAFBAWohAUHpACEDDOIBCyABQQFqIQFB7gAhAwzhAQsgAUEBaiEBQfIAIQMM4AELIAFBAWohAUHzACEDDN8BCyABQQFqIQFB9gAhAwzeAQsgAUEBaiEBQfcAIQMM3QELIAFBAWohAUH6ACEDDNwBCyABQQFqIQFBgwEhAwzbAQsgAUEBaiEBQYQBIQMM2gELIAFBAWohAUGFASEDDNkBCyABQQFqIQFBkgEhAwzYAQsgAUEBaiEBQZgBIQMM1wELIAFBAWohAUGgASEDDNYBCyABQQFqIQFBowEhAwzVAQsgAUEBaiEBQaoBIQMM1AELIAEgBEcEQCACQRA2AgggAiABNgIEQasBIQMM1AELQcABIQMM7AELQQAhAAJAIAIoAjgiA0UNACADKAI0IgNFDQAgAiADEQAAIQALIABFDV4gAEEVRw0HIAJB0QA2AhwgAiABNgIUIAJBsBc2AhAgAkEVNgIMQQAhAwzrAQsgAUEBaiABIARHDQgaQcIBIQMM6gELA0ACQCABLQAAQQprDgQIAAALAAsgBCABQQFqIgFHDQALQcMBIQMM6QELIAEgBEcEQCACQRE2AgggAiABNgIEQQEhAwzQAQtBxAEhAwzoAQsgASAERgRAQcUBIQMM6AELAkACQCABLQAAQQprDgQBKCgAKAsgAUEBagwJCyABQQFqDAULIAEgBEYEQEHGASEDDOcBCwJAAkAgAS0AAEEKaw4XAQsLAQsLCwsLCwsLCwsLCwsLCwsLCwALCyABQQFqIQELQbABIQMMzQELIAEgBEYEQEHIASEDDOYBCyABLQAAQSBHDQkgAkEAOwEyIAFBAWohAUGzASEDDMwBCwNAIAEhAAJAIAEgBEcEQCABLQAAQTBrQf8BcSIDQQpJDQEMJwtBxwEhAwzmAQsCQCACLwEyIgFBmTNLDQAgAiABQQpsIgU7ATIgBUH+/wNxIANB//8Dc0sNACAAQQFqIQEgAiADIAVqIgM7ATIgA0H//wNxQegHSQ0BCwtBACEDIAJBADYCHCACQcEJNgIQIAJBDTYCDCACIABBAWo2AhQM5AELIAJBADYCHCACIAE2AhQgAkHwDDYCECACQRs2AgxBACEDDOMBCyACKAIEIQAgAkEANgIEIAIgACABECYiAA0BIAFBAWoLIQFBrQEhAwzIAQsgAkHBATYCHCACIAA2AgwgAiABQQFqNgIUQQAhAwzgAQsgAigCBCEAIAJBADYCBCACIAAgARAmIgANASABQQFqCyEBQa4BIQMMxQELIAJBwgE2AhwgAiAANgIMIAIgAUEBajYCFEEAIQMM3QELIAJBADYCHCACIAE2AhQgAkGXCzYCECACQQ02AgxBACEDDNwBCyACQQA2AhwgAiABNgIUIAJB4xA2AhAgAkEJNgIMQQAhAwzbAQsgAkECOgAoDKwBC0EAIQMgAkEANgIcIAJBrws2AhAgAkECNgIMIAIgAUEBajYCFAzZAQtBAiEDDL8BC0ENIQMMvgELQSYhAwy9AQtBFSEDDLwBC0EWIQMMuwELQRghAwy6AQtBHCEDDLkBC0EdIQMMuAELQSAhAwy3AQtBISEDDLYBC0EjIQMMtQELQcYAIQMMtAELQS4hAwyzAQtBPSEDDLIBC0HLACEDDLEBC0HOACEDDLABC0HYACEDDK8BC0HZACEDDK4BC0HbACEDDK0BC0HxACEDDKwBC0H0ACEDDKsBC0GNASEDDKoBC0GXASEDDKkBC0GpASEDDKgBC0GvASEDDKcBC0GxASEDDKYBCyACQQA2AgALQQAhAyACQQA2AhwgAiABNgIUIAJB8Rs2AhAgAkEGNgIMDL0BCyACQQA2AgAgBkEBaiEBQSQLOgApIAIoAgQhACACQQA2AgQgAiAAIAEQJyIARQRAQeUAIQMMowELIAJB+QA2AhwgAiABNgIUIAIgADYCDEEAIQMMuwELIABBFUcEQCACQQA2AhwgAiABNgIUIAJBzA42AhAgAkEgNgIMQQAhAwy7AQsgAkH4ADYCHCACIAE2AhQgAkHKGDYCECACQRU2AgxBACEDDLoBCyACQQA2AhwgAiABNgIUIAJBjhs2AhAgAkEGNgIMQQAhAwy5AQsgAkEANgIcIAIgATYCFCACQf4RNgIQIAJBBzYCDEEAIQMMuAELIAJBADYCHCACIAE2AhQgAkGMHDYCECACQQc2AgxBACEDDLcBCyACQQA2AhwgAiABNgIUIAJBww82AhAgAkEHNgIMQQAhAwy2AQsgAkEANgIcIAIgATYCFCACQcMPNgIQIAJBBzYCDEEAIQMMtQELIAIoAgQhACACQQA2AgQgAiAAIAEQJSIARQ0RIAJB5QA2AhwgAiABNgIUIAIgADYCDEEAIQMMtAELIAIoAgQhACACQQA2AgQgAiAAIAEQJSIARQ0gIAJB0wA2AhwgAiABNgIUIAIgADYCDEEAIQMMswELIAIoAgQhACACQQA2AgQgAiAAIAEQJSIARQ0iIAJB0gA2AhwgAiABNgIUIAIgADYCDEEAIQMMsgELIAIoAgQhACACQQA2AgQgAiAAIAEQJSIARQ0OIAJB5QA2AhwgAiABNgIUIAIgADYCDEEAIQMMsQELIAIoAgQhACACQQA2AgQgAiAAIAEQJSIARQ0dIAJB0wA2AhwgAiABNgIUIAIgADYCDEEAIQMMsAELIAIoAgQhACACQQA2AgQgAiAAIAEQJSIARQ0fIAJB0gA2AhwgAiABNgIUIAIgADYCDEEAIQMMrwELIABBP0cNASABQQFqCyEBQQUhAwyUAQtBACEDIAJBADYCHCACIAE2AhQgAkH9EjYCECACQQc2AgwMrAELIAJBADYCHCACIAE2AhQgAkHcCDYCECACQQc2AgxBACEDDKsBCyACKAIEIQAgAkEANgIEIAIgACABECUiAEUNByACQeUANgIcIAIgATYCFCACIAA2AgxBACEDDKoBCyACKAIEIQAgAkEANgIEIAIgACABECUiAEUNFiACQdMANgIcIAIgATYCFCACIAA2AgxBACEDDKkBCyACKAIEIQAgAkEANgIEIAIgACABECUiAEUNGCACQdIANgIcIAIgATYCFCACIAA2AgxBACEDDKgBCyACQQA2AhwgAiABNgIUIAJBxgo2AhAgAkEHNgIMQQAhAwynAQsgAigCBCEAIAJBADYCBCACIAAgARAlIgBFDQMgAkHlADYCHCACIAE2AhQgAiAANgIMQQAhAwymAQsgAigCBCEAIAJBADYCBCACIAAgARAlIgBFDRIgAkHTADYCHCACIAE2AhQgAiAANgIMQQAhAwylAQsgAigCBCEAIAJBADYCBCACIAAgARAlIgBFDRQgAkHSADYCHCACIAE2AhQgAiAANgIMQQAhAwykAQsgAigCBCEAIAJBADYCBCACIAAgARAlIgBFDQAgAkHlADYCHCACIAE2AhQgAiAANgIMQQAhAwyjAQtB1QAhAwyJAQsgAEEVRwRAIAJBADYCHCACIAE2AhQgAkG5DTYCECACQRo2AgxBACEDDKIBCyACQeQANgIcIAIgATYCFCACQeMXNgIQIAJBFTYCDEEAIQMMoQELIAJBADYCACAGQQFqIQEgAi0AKSIAQSNrQQtJDQQCQCAAQQZLDQBBASAAdEHKAHFFDQAMBQtBACEDIAJBADYCHCACIAE2AhQgAkH3CTYCECACQQg2AgwMoAELIAJBADYCACAGQQFqIQEgAi0AKUEhRg0DIAJBADYCHCACIAE2AhQgAkGbCjYCECACQQg2AgxBACEDDJ8BCyACQQA2AgALQQAhAyACQQA2AhwgAiABNgIUIAJBkDM2AhAgAkEINgIMDJ0BCyACQQA2AgAgBkEBaiEBIAItAClBI0kNACACQQA2AhwgAiABNgIUIAJB0wk2AhAgAkEINgIMQQAhAwycAQtB0QAhAwyCAQsgAS0AAEEwayIAQf8BcUEKSQRAIAIgADoAKiABQQFqIQFBzwAhAwyCAQsgAigCBCEAIAJBADYCBCACIAAgARAoIgBFDYYBIAJB3gA2AhwgAiABNgIUIAIgADYCDEEAIQMMmgELIAIoAgQhACACQQA2AgQgAiAAIAEQKCIARQ2GASACQdwANgIcIAIgATYCFCACIAA2AgxBACEDDJkBCyACKAIEIQAgAkEANgIEIAIgACAFECgiAEUEQCAFIQEMhwELIAJB2gA2AhwgAiAFNgIUIAIgADYCDAyYAQtBACEBQQEhAwsgAiADOgArIAVBAWohAwJAAkACQCACLQAtQRBxDQACQAJAAkAgAi0AKg4DAQACBAsgBkUNAwwCCyAADQEMAgsgAUUNAQsgAigCBCEAIAJBADYCBCACIAAgAxAoIgBFBEAgAyEBDAILIAJB2AA2AhwgAiADNgIUIAIgADYCDEEAIQMMmAELIAIoAgQhACACQQA2AgQgAiAAIAMQKCIARQRAIAMhAQyHAQsgAkHZADYCHCACIAM2AhQgAiAANgIMQQAhAwyXAQtBzAAhAwx9CyAAQRVHBEAgAkEANgIcIAIgATYCFCACQZQNNgIQIAJBITYCDEEAIQMMlgELIAJB1wA2AhwgAiABNgIUIAJByRc2AhAgAkEVNgIMQQAhAwyVAQtBACEDIAJBADYCHCACIAE2AhQgAkGAETYCECACQQk2AgwMlAELIAIoAgQhACACQQA2AgQgAiAAIAEQJSIARQ0AIAJB0wA2AhwgAiABNgIUIAIgADYCDEEAIQMMkwELQckAIQMMeQsgAkEANgIcIAIgATYCFCACQcEoNgIQIAJBBzYCDCACQQA2AgBBACEDDJEBCyACKAIEIQBBACEDIAJBADYCBCACIAAgARAlIgBFDQAgAkHSADYCHCACIAE2AhQgAiAANgIMDJABC0HIACEDDHYLIAJBADYCACAFIQELIAJBgBI7ASogAUEBaiEBQQAhAAJAIAIoAjgiA0UNACADKAIwIgNFDQAgAiADEQAAIQALIAANAQtBxwAhAwxzCyAAQRVGBEAgAkHRADYCHCACIAE2AhQgAkHjFzYCECACQRU2AgxBACEDDIwBC0EAIQMgAkEANgIcIAIgATYCFCACQbkNNgIQIAJBGjYCDAyLAQtBACEDIAJBADYCHCACIAE2AhQgAkGgGTYCECACQR42AgwMigELIAEtAABBOkYEQCACKAIEIQBBACEDIAJBADYCBCACIAAgARApIgBFDQEgAkHDADYCHCACIAA2AgwgAiABQQFqNgIUDIoBC0EAIQMgAkEANgIcIAIgATYCFCACQbERNgIQIAJBCjYCDAyJAQsgAUEBaiEBQTshAwxvCyACQcMANgIcIAIgADYCDCACIAFBAWo2AhQMhwELQQAhAyACQQA2AhwgAiABNgIUIAJB8A42AhAgAkEcNgIMDIYBCyACIAIvATBBEHI7ATAMZgsCQCACLwEwIgBBCHFFDQAgAi0AKEEBRw0AIAItAC1BCHFFDQMLIAIgAEH3+wNxQYAEcjsBMAwECyABIARHBEACQANAIAEtAABBMGsiAEH/AXFBCk8EQEE1IQMMbgsgAikDICIKQpmz5syZs+bMGVYNASACIApCCn4iCjcDICAKIACtQv8BgyILQn+FVg0BIAIgCiALfDcDICAEIAFBAWoiAUcNAAtBOSEDDIUBCyACKAIEIQBBACEDIAJBADYCBCACIAAgAUEBaiIBECoiAA0MDHcLQTkhAwyDAQsgAi0AMEEgcQ0GQcUBIQMMaQtBACEDIAJBADYCBCACIAEgARAqIgBFDQQgAkE6NgIcIAIgADYCDCACIAFBAWo2AhQMgQELIAItAChBAUcNACACLQAtQQhxRQ0BC0E3IQMMZgsgAigCBCEAQQAhAyACQQA2AgQgAiAAIAEQKiIABEAgAkE7NgIcIAIgADYCDCACIAFBAWo2AhQMfwsgAUEBaiEBDG4LIAJBCDoALAwECyABQQFqIQEMbQtBACEDIAJBADYCHCACIAE2AhQgAkHkEjYCECACQQQ2AgwMewsgAigCBCEAQQAhAyACQQA2AgQgAiAAIAEQKiIARQ1sIAJBNzYCHCACIAE2AhQgAiAANgIMDHoLIAIgAi8BMEEgcjsBMAtBMCEDDF8LIAJBNjYCHCACIAE2AhQgAiAANgIMDHcLIABBLEcNASABQQFqIQBBASEBAkACQAJAAkACQCACLQAsQQVrDgQDAQIEAAsgACEBDAQLQQIhAQwBC0EEIQELIAJBAToALCACIAIvATAgAXI7ATAgACEBDAELIAIgAi8BMEEIcjsBMCAAIQELQTkhAwxcCyACQQA6ACwLQTQhAwxaCyABIARGBEBBLSEDDHMLAkACQANAAkAgAS0AAEEKaw4EAgAAAwALIAQgAUEBaiIBRw0AC0EtIQMMdAsgAigCBCEAQQAhAyACQQA2AgQgAiAAIAEQKiIARQ0CIAJBLDYCHCACIAE2AhQgAiAANgIMDHMLIAIoAgQhAEEAIQMgAkEANgIEIAIgACABECoiAEUEQCABQQFqIQEMAgsgAkEsNgIcIAIgADYCDCACIAFBAWo2AhQMcgsgAS0AAEENRgRAIAIoAgQhAEEAIQMgAkEANgIEIAIgACABECoiAEUEQCABQQFqIQEMAgsgAkEsNgIcIAIgADYCDCACIAFBAWo2AhQMcgsgAi0ALUEBcQRAQcQBIQMMWQsgAigCBCEAQQAhAyACQQA2AgQgAiAAIAEQKiIADQEMZQtBLyEDDFcLIAJBLjYCHCACIAE2AhQgAiAANgIMDG8LQQAhAyACQQA2AhwgAiABNgIUIAJB8BQ2AhAgAkEDNgIMDG4LQQEhAwJAAkACQAJAIAItACxBBWsOBAMBAgAECyACIAIvATBBCHI7ATAMAwtBAiEDDAELQQQhAwsgAkEBOgAsIAIgAi8BMCADcjsBMAtBKiEDDFMLQQAhAyACQQA2AhwgAiABNgIUIAJB4Q82AhAgAkEKNgIMDGsLQQEhAwJAAkACQAJAAkACQCACLQAsQQJrDgcFBAQDAQIABAsgAiACLwEwQQhyOwEwDAMLQQIhAwwBC0EEIQMLIAJBAToALCACIAIvATAgA3I7ATALQSshAwxSC0EAIQMgAkEANgIcIAIgATYCFCACQasSNgIQIAJBCzYCDAxqC0EAIQMgAkEANgIcIAIgATYCFCACQf0NNgIQIAJBHTYCDAxpCyABIARHBEADQCABLQAAQSBHDUggBCABQQFqIgFHDQALQSUhAwxpC0ElIQMMaAsgAi0ALUEBcQRAQcMBIQMMTwsgAigCBCEAQQAhAyACQQA2AgQgAiAAIAEQKSIABEAgAkEmNgIcIAIgADYCDCACIAFBAWo2AhQMaAsgAUEBaiEBDFwLIAFBAWohASACLwEwIgBBgAFxBEBBACEAAkAgAigCOCIDRQ0AIAMoAlQiA0UNACACIAMRAAAhAAsgAEUNBiAAQRVHDR8gAkEFNgIcIAIgATYCFCACQfkXNgIQIAJBFTYCDEEAIQMMZwsCQCAAQaAEcUGgBEcNACACLQAtQQJxDQBBACEDIAJBADYCHCACIAE2AhQgAkGWEzYCECACQQQ2AgwMZwsgAgJ/IAIvATBBFHFBFEYEQEEBIAItAChBAUYNARogAi8BMkHlAEYMAQsgAi0AKUEFRgs6AC5BACEAAkAgAigCOCIDRQ0AIAMoAiQiA0UNACACIAMRAAAhAAsCQAJAAkACQAJAIAAOFgIBAAQEBAQEBAQEBAQEBAQEBAQEBAMECyACQQE6AC4LIAIgAi8BMEHAAHI7ATALQSchAwxPCyACQSM2AhwgAiABNgIUIAJBpRY2AhAgAkEVNgIMQQAhAwxnC0EAIQMgAkEANgIcIAIgATYCFCACQdULNgIQIAJBETYCDAxmC0EAIQACQCACKAI4IgNFDQAgAygCLCIDRQ0AIAIgAxEAACEACyAADQELQQ4hAwxLCyAAQRVGBEAgAkECNgIcIAIgATYCFCACQbAYNgIQIAJBFTYCDEEAIQMMZAtBACEDIAJBADYCHCACIAE2AhQgAkGnDjYCECACQRI2AgwMYwtBACEDIAJBADYCHCACIAE2AhQgAkGqHDYCECACQQ82AgwMYgsgAigCBCEAQQAhAyACQQA2AgQgAiAAIAEgCqdqIgEQKyIARQ0AIAJBBTYCHCACIAE2AhQgAiAANgIMDGELQQ8hAwxHC0EAIQMgAkEANgIcIAIgATYCFCACQc0TNgIQIAJBDDYCDAxfC0IBIQoLIAFBAWohAQJAIAIpAyAiC0L//////////w9YBEAgAiALQgSGIAqENwMgDAELQQAhAyACQQA2AhwgAiABNgIUIAJBrQk2AhAgAkEMNgIMDF4LQSQhAwxEC0EAIQMgAkEANgIcIAIgATYCFCACQc0TNgIQIAJBDDYCDAxcCyACKAIEIQBBACEDIAJBADYCBCACIAAgARAsIgBFBEAgAUEBaiEBDFILIAJBFzYCHCACIAA2AgwgAiABQQFqNgIUDFsLIAIoAgQhAEEAIQMgAkEANgIEAkAgAiAAIAEQLCIARQRAIAFBAWohAQwBCyACQRY2AhwgAiAANgIMIAIgAUEBajYCFAxbC0EfIQMMQQtBACEDIAJBADYCHCACIAE2AhQgAkGaDzYCECACQSI2AgwMWQsgAigCBCEAQQAhAyACQQA2AgQgAiAAIAEQLSIARQRAIAFBAWohAQxQCyACQRQ2AhwgAiAANgIMIAIgAUEBajYCFAxYCyACKAIEIQBBACEDIAJBADYCBAJAIAIgACABEC0iAEUEQCABQQFqIQEMAQsgAkETNgIcIAIgADYCDCACIAFBAWo2AhQMWAtBHiEDDD4LQQAhAyACQQA2AhwgAiABNgIUIAJBxgw2AhAgAkEjNgIMDFYLIAIoAgQhAEEAIQMgAkEANgIEIAIgACABEC0iAEUEQCABQQFqIQEMTgsgAkERNgIcIAIgADYCDCACIAFBAWo2AhQMVQsgAkEQNgIcIAIgATYCFCACIAA2AgwMVAtBACEDIAJBADYCHCACIAE2AhQgAkHGDDYCECACQSM2AgwMUwtBACEDIAJBADYCHCACIAE2AhQgAkHAFTYCECACQQI2AgwMUgsgAigCBCEAQQAhAyACQQA2AgQCQCACIAAgARAtIgBFBEAgAUEBaiEBDAELIAJBDjYCHCACIAA2AgwgAiABQQFqNgIUDFILQRshAww4C0EAIQMgAkEANgIcIAIgATYCFCACQcYMNgIQIAJBIzYCDAxQCyACKAIEIQBBACEDIAJBADYCBAJAIAIgACABECwiAEUEQCABQQFqIQEMAQsgAkENNgIcIAIgADYCDCACIAFBAWo2AhQMUAtBGiEDDDYLQQAhAyACQQA2AhwgAiABNgIUIAJBmg82AhAgAkEiNgIMDE4LIAIoAgQhAEEAIQMgAkEANgIEAkAgAiAAIAEQLCIARQRAIAFBAWohAQwBCyACQQw2AhwgAiAANgIMIAIgAUEBajYCFAxOC0EZIQMMNAtBACEDIAJBADYCHCACIAE2AhQgAkGaDzYCECACQSI2AgwMTAsgAEEVRwRAQQAhAyACQQA2AhwgAiABNgIUIAJBgww2AhAgAkETNgIMDEwLIAJBCjYCHCACIAE2AhQgAkHkFjYCECACQRU2AgxBACEDDEsLIAIoAgQhAEEAIQMgAkEANgIEIAIgACABIAqnaiIBECsiAARAIAJBBzYCHCACIAE2AhQgAiAANgIMDEsLQRMhAwwxCyAAQRVHBEBBACEDIAJBADYCHCACIAE2AhQgAkHaDTYCECACQRQ2AgwMSgsgAkEeNgIcIAIgATYCFCACQfkXNgIQIAJBFTYCDEEAIQMMSQtBACEAAkAgAigCOCIDRQ0AIAMoAiwiA0UNACACIAMRAAAhAAsgAEUNQSAAQRVGBEAgAkEDNgIcIAIgATYCFCACQbAYNgIQIAJBFTYCDEEAIQMMSQtBACEDIAJBADYCHCACIAE2AhQgAkGnDjYCECACQRI2AgwMSAtBACEDIAJBADYCHCACIAE2AhQgAkHaDTYCECACQRQ2AgwMRwtBACEDIAJBADYCHCACIAE2AhQgAkGnDjYCECACQRI2AgwMRgsgAkEAOgAvIAItAC1BBHFFDT8LIAJBADoALyACQQE6ADRBACEDDCsLQQAhAyACQQA2AhwgAkHkETYCECACQQc2AgwgAiABQQFqNgIUDEMLAkADQAJAIAEtAABBCmsOBAACAgACCyAEIAFBAWoiAUcNAAtB3QEhAwxDCwJAAkAgAi0ANEEBRw0AQQAhAAJAIAIoAjgiA0UNACADKAJYIgNFDQAgAiADEQAAIQALIABFDQAgAEEVRw0BIAJB3AE2AhwgAiABNgIUIAJB1RY2AhAgAkEVNgIMQQAhAwxEC0HBASEDDCoLIAJBADYCHCACIAE2AhQgAkHpCzYCECACQR82AgxBACEDDEILAkACQCACLQAoQQFrDgIEAQALQcABIQMMKQtBuQEhAwwoCyACQQI6AC9BACEAAkAgAigCOCIDRQ0AIAMoAgAiA0UNACACIAMRAAAhAAsgAEUEQEHCASEDDCgLIABBFUcEQCACQQA2AhwgAiABNgIUIAJBpAw2AhAgAkEQNgIMQQAhAwxBCyACQdsBNgIcIAIgATYCFCACQfoWNgIQIAJBFTYCDEEAIQMMQAsgASAERgRAQdoBIQMMQAsgAS0AAEHIAEYNASACQQE6ACgLQawBIQMMJQtBvwEhAwwkCyABIARHBEAgAkEQNgIIIAIgATYCBEG+ASEDDCQLQdkBIQMMPAsgASAERgRAQdgBIQMMPAsgAS0AAEHIAEcNBCABQQFqIQFBvQEhAwwiCyABIARGBEBB1wEhAww7CwJAAkAgAS0AAEHFAGsOEAAFBQUFBQUFBQUFBQUFBQEFCyABQQFqIQFBuwEhAwwiCyABQQFqIQFBvAEhAwwhC0HWASEDIAEgBEYNOSACKAIAIgAgBCABa2ohBSABIABrQQJqIQYCQANAIAEtAAAgAEGD0ABqLQAARw0DIABBAkYNASAAQQFqIQAgBCABQQFqIgFHDQALIAIgBTYCAAw6CyACKAIEIQAgAkIANwMAIAIgACAGQQFqIgEQJyIARQRAQcYBIQMMIQsgAkHVATYCHCACIAE2AhQgAiAANgIMQQAhAww5C0HUASEDIAEgBEYNOCACKAIAIgAgBCABa2ohBSABIABrQQFqIQYCQANAIAEtAAAgAEGB0ABqLQAARw0CIABBAUYNASAAQQFqIQAgBCABQQFqIgFHDQALIAIgBTYCAAw5CyACQYEEOwEoIAIoAgQhACACQgA3AwAgAiAAIAZBAWoiARAnIgANAwwCCyACQQA2AgALQQAhAyACQQA2AhwgAiABNgIUIAJB2Bs2AhAgAkEINgIMDDYLQboBIQMMHAsgAkHTATYCHCACIAE2AhQgAiAANgIMQQAhAww0C0EAIQACQCACKAI4IgNFDQAgAygCOCIDRQ0AIAIgAxEAACEACyAARQ0AIABBFUYNASACQQA2AhwgAiABNgIUIAJBzA42AhAgAkEgNgIMQQAhAwwzC0HkACEDDBkLIAJB+AA2AhwgAiABNgIUIAJByhg2AhAgAkEVNgIMQQAhAwwxC0HSASEDIAQgASIARg0wIAQgAWsgAigCACIBaiEFIAAgAWtBBGohBgJAA0AgAC0AACABQfzPAGotAABHDQEgAUEERg0DIAFBAWohASAEIABBAWoiAEcNAAsgAiAFNgIADDELIAJBADYCHCACIAA2AhQgAkGQMzYCECACQQg2AgwgAkEANgIAQQAhAwwwCyABIARHBEAgAkEONgIIIAIgATYCBEG3ASEDDBcLQdEBIQMMLwsgAkEANgIAIAZBAWohAQtBuAEhAwwUCyABIARGBEBB0AEhAwwtCyABLQAAQTBrIgBB/wFxQQpJBEAgAiAAOgAqIAFBAWohAUG2ASEDDBQLIAIoAgQhACACQQA2AgQgAiAAIAEQKCIARQ0UIAJBzwE2AhwgAiABNgIUIAIgADYCDEEAIQMMLAsgASAERgRAQc4BIQMMLAsCQCABLQAAQS5GBEAgAUEBaiEBDAELIAIoAgQhACACQQA2AgQgAiAAIAEQKCIARQ0VIAJBzQE2AhwgAiABNgIUIAIgADYCDEEAIQMMLAtBtQEhAwwSCyAEIAEiBUYEQEHMASEDDCsLQQAhAEEBIQFBASEGQQAhAwJAAkACQAJAAkACfwJAAkACQAJAAkACQAJAIAUtAABBMGsOCgoJAAECAwQFBggLC0ECDAYLQQMMBQtBBAwEC0EFDAMLQQYMAgtBBwwBC0EICyEDQQAhAUEAIQYMAgtBCSEDQQEhAEEAIQFBACEGDAELQQAhAUEBIQMLIAIgAzoAKyAFQQFqIQMCQAJAIAItAC1BEHENAAJAAkACQCACLQAqDgMBAAIECyAGRQ0DDAILIAANAQwCCyABRQ0BCyACKAIEIQAgAkEANgIEIAIgACADECgiAEUEQCADIQEMAwsgAkHJATYCHCACIAM2AhQgAiAANgIMQQAhAwwtCyACKAIEIQAgAkEANgIEIAIgACADECgiAEUEQCADIQEMGAsgAkHKATYCHCACIAM2AhQgAiAANgIMQQAhAwwsCyACKAIEIQAgAkEANgIEIAIgACAFECgiAEUEQCAFIQEMFgsgAkHLATYCHCACIAU2AhQgAiAANgIMDCsLQbQBIQMMEQtBACEAAkAgAigCOCIDRQ0AIAMoAjwiA0UNACACIAMRAAAhAAsCQCAABEAgAEEVRg0BIAJBADYCHCACIAE2AhQgAkGUDTYCECACQSE2AgxBACEDDCsLQbIBIQMMEQsgAkHIATYCHCACIAE2AhQgAkHJFzYCECACQRU2AgxBACEDDCkLIAJBADYCACAGQQFqIQFB9QAhAwwPCyACLQApQQVGBEBB4wAhAwwPC0HiACEDDA4LIAAhASACQQA2AgALIAJBADoALEEJIQMMDAsgAkEANgIAIAdBAWohAUHAACEDDAsLQQELOgAsIAJBADYCACAGQQFqIQELQSkhAwwIC0E4IQMMBwsCQCABIARHBEADQCABLQAAQYA+ai0AACIAQQFHBEAgAEECRw0DIAFBAWohAQwFCyAEIAFBAWoiAUcNAAtBPiEDDCELQT4hAwwgCwsgAkEAOgAsDAELQQshAwwEC0E6IQMMAwsgAUEBaiEBQS0hAwwCCyACIAE6ACwgAkEANgIAIAZBAWohAUEMIQMMAQsgAkEANgIAIAZBAWohAUEKIQMMAAsAC0EAIQMgAkEANgIcIAIgATYCFCACQc0QNgIQIAJBCTYCDAwXC0EAIQMgAkEANgIcIAIgATYCFCACQekKNgIQIAJBCTYCDAwWC0EAIQMgAkEANgIcIAIgATYCFCACQbcQNgIQIAJBCTYCDAwVC0EAIQMgAkEANgIcIAIgATYCFCACQZwRNgIQIAJBCTYCDAwUC0EAIQMgAkEANgIcIAIgATYCFCACQc0QNgIQIAJBCTYCDAwTC0EAIQMgAkEANgIcIAIgATYCFCACQekKNgIQIAJBCTYCDAwSC0EAIQMgAkEANgIcIAIgATYCFCACQbcQNgIQIAJBCTYCDAwRC0EAIQMgAkEANgIcIAIgATYCFCACQZwRNgIQIAJBCTYCDAwQC0EAIQMgAkEANgIcIAIgATYCFCACQZcVNgIQIAJBDzYCDAwPC0EAIQMgAkEANgIcIAIgATYCFCACQZcVNgIQIAJBDzYCDAwOC0EAIQMgAkEANgIcIAIgATYCFCACQcASNgIQIAJBCzYCDAwNC0EAIQMgAkEANgIcIAIgATYCFCACQZUJNgIQIAJBCzYCDAwMC0EAIQMgAkEANgIcIAIgATYCFCACQeEPNgIQIAJBCjYCDAwLC0EAIQMgAkEANgIcIAIgATYCFCACQfsPNgIQIAJBCjYCDAwKC0EAIQMgAkEANgIcIAIgATYCFCACQfEZNgIQIAJBAjYCDAwJC0EAIQMgAkEANgIcIAIgATYCFCACQcQUNgIQIAJBAjYCDAwIC0EAIQMgAkEANgIcIAIgATYCFCACQfIVNgIQIAJBAjYCDAwHCyACQQI2AhwgAiABNgIUIAJBnBo2AhAgAkEWNgIMQQAhAwwGC0EBIQMMBQtB1AAhAyABIARGDQQgCEEIaiEJIAIoAgAhBQJAAkAgASAERwRAIAVB2MIAaiEHIAQgBWogAWshACAFQX9zQQpqIgUgAWohBgNAIAEtAAAgBy0AAEcEQEECIQcMAwsgBUUEQEEAIQcgBiEBDAMLIAVBAWshBSAHQQFqIQcgBCABQQFqIgFHDQALIAAhBSAEIQELIAlBATYCACACIAU2AgAMAQsgAkEANgIAIAkgBzYCAAsgCSABNgIEIAgoAgwhACAIKAIIDgMBBAIACwALIAJBADYCHCACQbUaNgIQIAJBFzYCDCACIABBAWo2AhRBACEDDAILIAJBADYCHCACIAA2AhQgAkHKGjYCECACQQk2AgxBACEDDAELIAEgBEYEQEEiIQMMAQsgAkEJNgIIIAIgATYCBEEhIQMLIAhBEGokACADRQRAIAIoAgwhAAwBCyACIAM2AhxBACEAIAIoAgQiAUUNACACIAEgBCACKAIIEQEAIgFFDQAgAiAENgIUIAIgATYCDCABIQALIAALvgIBAn8gAEEAOgAAIABB3ABqIgFBAWtBADoAACAAQQA6AAIgAEEAOgABIAFBA2tBADoAACABQQJrQQA6AAAgAEEAOgADIAFBBGtBADoAAEEAIABrQQNxIgEgAGoiAEEANgIAQdwAIAFrQXxxIgIgAGoiAUEEa0EANgIAAkAgAkEJSQ0AIABBADYCCCAAQQA2AgQgAUEIa0EANgIAIAFBDGtBADYCACACQRlJDQAgAEEANgIYIABBADYCFCAAQQA2AhAgAEEANgIMIAFBEGtBADYCACABQRRrQQA2AgAgAUEYa0EANgIAIAFBHGtBADYCACACIABBBHFBGHIiAmsiAUEgSQ0AIAAgAmohAANAIABCADcDGCAAQgA3AxAgAEIANwMIIABCADcDACAAQSBqIQAgAUEgayIBQR9LDQALCwtWAQF/AkAgACgCDA0AAkACQAJAAkAgAC0ALw4DAQADAgsgACgCOCIBRQ0AIAEoAiwiAUUNACAAIAERAAAiAQ0DC0EADwsACyAAQcMWNgIQQQ4hAQsgAQsaACAAKAIMRQRAIABB0Rs2AhAgAEEVNgIMCwsUACAAKAIMQRVGBEAgAEEANgIMCwsUACAAKAIMQRZGBEAgAEEANgIMCwsHACAAKAIMCwcAIAAoAhALCQAgACABNgIQCwcAIAAoAhQLFwAgAEEkTwRAAAsgAEECdEGgM2ooAgALFwAgAEEuTwRAAAsgAEECdEGwNGooAgALvwkBAX9B6yghAQJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAIABB5ABrDvQDY2IAAWFhYWFhYQIDBAVhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhBgcICQoLDA0OD2FhYWFhEGFhYWFhYWFhYWFhEWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYRITFBUWFxgZGhthYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhHB0eHyAhIiMkJSYnKCkqKywtLi8wMTIzNDU2YTc4OTphYWFhYWFhYTthYWE8YWFhYT0+P2FhYWFhYWFhQGFhQWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYUJDREVGR0hJSktMTU5PUFFSU2FhYWFhYWFhVFVWV1hZWlthXF1hYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFeYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhX2BhC0HhJw8LQaQhDwtByywPC0H+MQ8LQcAkDwtBqyQPC0GNKA8LQeImDwtBgDAPC0G5Lw8LQdckDwtB7x8PC0HhHw8LQfofDwtB8iAPC0GoLw8LQa4yDwtBiDAPC0HsJw8LQYIiDwtBjh0PC0HQLg8LQcojDwtBxTIPC0HfHA8LQdIcDwtBxCAPC0HXIA8LQaIfDwtB7S4PC0GrMA8LQdQlDwtBzC4PC0H6Lg8LQfwrDwtB0jAPC0HxHQ8LQbsgDwtB9ysPC0GQMQ8LQdcxDwtBoi0PC0HUJw8LQeArDwtBnywPC0HrMQ8LQdUfDwtByjEPC0HeJQ8LQdQeDwtB9BwPC0GnMg8LQbEdDwtBoB0PC0G5MQ8LQbwwDwtBkiEPC0GzJg8LQeksDwtBrB4PC0HUKw8LQfcmDwtBgCYPC0GwIQ8LQf4eDwtBjSMPC0GJLQ8LQfciDwtBoDEPC0GuHw8LQcYlDwtB6B4PC0GTIg8LQcIvDwtBwx0PC0GLLA8LQeEdDwtBjS8PC0HqIQ8LQbQtDwtB0i8PC0HfMg8LQdIyDwtB8DAPC0GpIg8LQfkjDwtBmR4PC0G1LA8LQZswDwtBkjIPC0G2Kw8LQcIiDwtB+DIPC0GeJQ8LQdAiDwtBuh4PC0GBHg8LAAtB1iEhAQsgAQsWACAAIAAtAC1B/gFxIAFBAEdyOgAtCxkAIAAgAC0ALUH9AXEgAUEAR0EBdHI6AC0LGQAgACAALQAtQfsBcSABQQBHQQJ0cjoALQsZACAAIAAtAC1B9wFxIAFBAEdBA3RyOgAtCz4BAn8CQCAAKAI4IgNFDQAgAygCBCIDRQ0AIAAgASACIAFrIAMRAQAiBEF/Rw0AIABBxhE2AhBBGCEECyAECz4BAn8CQCAAKAI4IgNFDQAgAygCCCIDRQ0AIAAgASACIAFrIAMRAQAiBEF/Rw0AIABB9go2AhBBGCEECyAECz4BAn8CQCAAKAI4IgNFDQAgAygCDCIDRQ0AIAAgASACIAFrIAMRAQAiBEF/Rw0AIABB7Ro2AhBBGCEECyAECz4BAn8CQCAAKAI4IgNFDQAgAygCECIDRQ0AIAAgASACIAFrIAMRAQAiBEF/Rw0AIABBlRA2AhBBGCEECyAECz4BAn8CQCAAKAI4IgNFDQAgAygCFCIDRQ0AIAAgASACIAFrIAMRAQAiBEF/Rw0AIABBqhs2AhBBGCEECyAECz4BAn8CQCAAKAI4IgNFDQAgAygCGCIDRQ0AIAAgASACIAFrIAMRAQAiBEF/Rw0AIABB7RM2AhBBGCEECyAECz4BAn8CQCAAKAI4IgNFDQAgAygCKCIDRQ0AIAAgASACIAFrIAMRAQAiBEF/Rw0AIABB9gg2AhBBGCEECyAECz4BAn8CQCAAKAI4IgNFDQAgAygCHCIDRQ0AIAAgASACIAFrIAMRAQAiBEF/Rw0AIABBwhk2AhBBGCEECyAECz4BAn8CQCAAKAI4IgNFDQAgAygCICIDRQ0AIAAgASACIAFrIAMRAQAiBEF/Rw0AIABBlBQ2AhBBGCEECyAEC1kBAn8CQCAALQAoQQFGDQAgAC8BMiIBQeQAa0HkAEkNACABQcwBRg0AIAFBsAJGDQAgAC8BMCIAQcAAcQ0AQQEhAiAAQYgEcUGABEYNACAAQShxRSECCyACC4wBAQJ/AkACQAJAIAAtACpFDQAgAC0AK0UNACAALwEwIgFBAnFFDQEMAgsgAC8BMCIBQQFxRQ0BC0EBIQIgAC0AKEEBRg0AIAAvATIiAEHkAGtB5ABJDQAgAEHMAUYNACAAQbACRg0AIAFBwABxDQBBACECIAFBiARxQYAERg0AIAFBKHFBAEchAgsgAgtzACAAQRBq/QwAAAAAAAAAAAAAAAAAAAAA/QsDACAA/QwAAAAAAAAAAAAAAAAAAAAA/QsDACAAQTBq/QwAAAAAAAAAAAAAAAAAAAAA/QsDACAAQSBq/QwAAAAAAAAAAAAAAAAAAAAA/QsDACAAQd0BNgIcCwYAIAAQMguaLQELfyMAQRBrIgokAEGk0AAoAgAiCUUEQEHk0wAoAgAiBUUEQEHw0wBCfzcCAEHo0wBCgICEgICAwAA3AgBB5NMAIApBCGpBcHFB2KrVqgVzIgU2AgBB+NMAQQA2AgBByNMAQQA2AgALQczTAEGA1AQ2AgBBnNAAQYDUBDYCAEGw0AAgBTYCAEGs0ABBfzYCAEHQ0wBBgKwDNgIAA0AgAUHI0ABqIAFBvNAAaiICNgIAIAIgAUG00ABqIgM2AgAgAUHA0ABqIAM2AgAgAUHQ0ABqIAFBxNAAaiIDNgIAIAMgAjYCACABQdjQAGogAUHM0ABqIgI2AgAgAiADNgIAIAFB1NAAaiACNgIAIAFBIGoiAUGAAkcNAAtBjNQEQcGrAzYCAEGo0ABB9NMAKAIANgIAQZjQAEHAqwM2AgBBpNAAQYjUBDYCAEHM/wdBODYCAEGI1AQhCQsCQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQCAAQewBTQRAQYzQACgCACIGQRAgAEETakFwcSAAQQtJGyIEQQN2IgB2IgFBA3EEQAJAIAFBAXEgAHJBAXMiAkEDdCIAQbTQAGoiASAAQbzQAGooAgAiACgCCCIDRgRAQYzQACAGQX4gAndxNgIADAELIAEgAzYCCCADIAE2AgwLIABBCGohASAAIAJBA3QiAkEDcjYCBCAAIAJqIgAgACgCBEEBcjYCBAwRC0GU0AAoAgAiCCAETw0BIAEEQAJAQQIgAHQiAkEAIAJrciABIAB0cWgiAEEDdCICQbTQAGoiASACQbzQAGooAgAiAigCCCIDRgRAQYzQACAGQX4gAHdxIgY2AgAMAQsgASADNgIIIAMgATYCDAsgAiAEQQNyNgIEIABBA3QiACAEayEFIAAgAmogBTYCACACIARqIgQgBUEBcjYCBCAIBEAgCEF4cUG00ABqIQBBoNAAKAIAIQMCf0EBIAhBA3Z0IgEgBnFFBEBBjNAAIAEgBnI2AgAgAAwBCyAAKAIICyIBIAM2AgwgACADNgIIIAMgADYCDCADIAE2AggLIAJBCGohAUGg0AAgBDYCAEGU0AAgBTYCAAwRC0GQ0AAoAgAiC0UNASALaEECdEG80gBqKAIAIgAoAgRBeHEgBGshBSAAIQIDQAJAIAIoAhAiAUUEQCACQRRqKAIAIgFFDQELIAEoAgRBeHEgBGsiAyAFSSECIAMgBSACGyEFIAEgACACGyEAIAEhAgwBCwsgACgCGCEJIAAoAgwiAyAARwRAQZzQACgCABogAyAAKAIIIgE2AgggASADNgIMDBALIABBFGoiAigCACIBRQRAIAAoAhAiAUUNAyAAQRBqIQILA0AgAiEHIAEiA0EUaiICKAIAIgENACADQRBqIQIgAygCECIBDQALIAdBADYCAAwPC0F/IQQgAEG/f0sNACAAQRNqIgFBcHEhBEGQ0AAoAgAiCEUNAEEAIARrIQUCQAJAAkACf0EAIARBgAJJDQAaQR8gBEH///8HSw0AGiAEQSYgAUEIdmciAGt2QQFxIABBAXRrQT5qCyIGQQJ0QbzSAGooAgAiAkUEQEEAIQFBACEDDAELQQAhASAEQRkgBkEBdmtBACAGQR9HG3QhAEEAIQMDQAJAIAIoAgRBeHEgBGsiByAFTw0AIAIhAyAHIgUNAEEAIQUgAiEBDAMLIAEgAkEUaigCACIHIAcgAiAAQR12QQRxakEQaigCACICRhsgASAHGyEBIABBAXQhACACDQALCyABIANyRQRAQQAhA0ECIAZ0IgBBACAAa3IgCHEiAEUNAyAAaEECdEG80gBqKAIAIQELIAFFDQELA0AgASgCBEF4cSAEayICIAVJIQAgAiAFIAAbIQUgASADIAAbIQMgASgCECIABH8gAAUgAUEUaigCAAsiAQ0ACwsgA0UNACAFQZTQACgCACAEa08NACADKAIYIQcgAyADKAIMIgBHBEBBnNAAKAIAGiAAIAMoAggiATYCCCABIAA2AgwMDgsgA0EUaiICKAIAIgFFBEAgAygCECIBRQ0DIANBEGohAgsDQCACIQYgASIAQRRqIgIoAgAiAQ0AIABBEGohAiAAKAIQIgENAAsgBkEANgIADA0LQZTQACgCACIDIARPBEBBoNAAKAIAIQECQCADIARrIgJBEE8EQCABIARqIgAgAkEBcjYCBCABIANqIAI2AgAgASAEQQNyNgIEDAELIAEgA0EDcjYCBCABIANqIgAgACgCBEEBcjYCBEEAIQBBACECC0GU0AAgAjYCAEGg0AAgADYCACABQQhqIQEMDwtBmNAAKAIAIgMgBEsEQCAEIAlqIgAgAyAEayIBQQFyNgIEQaTQACAANgIAQZjQACABNgIAIAkgBEEDcjYCBCAJQQhqIQEMDwtBACEBIAQCf0Hk0wAoAgAEQEHs0wAoAgAMAQtB8NMAQn83AgBB6NMAQoCAhICAgMAANwIAQeTTACAKQQxqQXBxQdiq1aoFczYCAEH40wBBADYCAEHI0wBBADYCAEGAgAQLIgAgBEHHAGoiBWoiBkEAIABrIgdxIgJPBEBB/NMAQTA2AgAMDwsCQEHE0wAoAgAiAUUNAEG80wAoAgAiCCACaiEAIAAgAU0gACAIS3ENAEEAIQFB/NMAQTA2AgAMDwtByNMALQAAQQRxDQQCQAJAIAkEQEHM0wAhAQNAIAEoAgAiACAJTQRAIAAgASgCBGogCUsNAwsgASgCCCIBDQALC0EAEDMiAEF/Rg0FIAIhBkHo0wAoAgAiAUEBayIDIABxBEAgAiAAayAAIANqQQAgAWtxaiEGCyAEIAZPDQUgBkH+////B0sNBUHE0wAoAgAiAwRAQbzTACgCACIHIAZqIQEgASAHTQ0GIAEgA0sNBgsgBhAzIgEgAEcNAQwHCyAGIANrIAdxIgZB/v///wdLDQQgBhAzIQAgACABKAIAIAEoAgRqRg0DIAAhAQsCQCAGIARByABqTw0AIAFBf0YNAEHs0wAoAgAiACAFIAZrakEAIABrcSIAQf7///8HSwRAIAEhAAwHCyAAEDNBf0cEQCAAIAZqIQYgASEADAcLQQAgBmsQMxoMBAsgASIAQX9HDQUMAwtBACEDDAwLQQAhAAwKCyAAQX9HDQILQcjTAEHI0wAoAgBBBHI2AgALIAJB/v///wdLDQEgAhAzIQBBABAzIQEgAEF/Rg0BIAFBf0YNASAAIAFPDQEgASAAayIGIARBOGpNDQELQbzTAEG80wAoAgAgBmoiATYCAEHA0wAoAgAgAUkEQEHA0wAgATYCAAsCQAJAAkBBpNAAKAIAIgIEQEHM0wAhAQNAIAAgASgCACIDIAEoAgQiBWpGDQIgASgCCCIBDQALDAILQZzQACgCACIBQQBHIAAgAU9xRQRAQZzQACAANgIAC0EAIQFB0NMAIAY2AgBBzNMAIAA2AgBBrNAAQX82AgBBsNAAQeTTACgCADYCAEHY0wBBADYCAANAIAFByNAAaiABQbzQAGoiAjYCACACIAFBtNAAaiIDNgIAIAFBwNAAaiADNgIAIAFB0NAAaiABQcTQAGoiAzYCACADIAI2AgAgAUHY0ABqIAFBzNAAaiICNgIAIAIgAzYCACABQdTQAGogAjYCACABQSBqIgFBgAJHDQALQXggAGtBD3EiASAAaiICIAZBOGsiAyABayIBQQFyNgIEQajQAEH00wAoAgA2AgBBmNAAIAE2AgBBpNAAIAI2AgAgACADakE4NgIEDAILIAAgAk0NACACIANJDQAgASgCDEEIcQ0AQXggAmtBD3EiACACaiIDQZjQACgCACAGaiIHIABrIgBBAXI2AgQgASAFIAZqNgIEQajQAEH00wAoAgA2AgBBmNAAIAA2AgBBpNAAIAM2AgAgAiAHakE4NgIEDAELIABBnNAAKAIASQRAQZzQACAANgIACyAAIAZqIQNBzNMAIQECQAJAAkADQCADIAEoAgBHBEAgASgCCCIBDQEMAgsLIAEtAAxBCHFFDQELQczTACEBA0AgASgCACIDIAJNBEAgAyABKAIEaiIFIAJLDQMLIAEoAgghAQwACwALIAEgADYCACABIAEoAgQgBmo2AgQgAEF4IABrQQ9xaiIJIARBA3I2AgQgA0F4IANrQQ9xaiIGIAQgCWoiBGshASACIAZGBEBBpNAAIAQ2AgBBmNAAQZjQACgCACABaiIANgIAIAQgAEEBcjYCBAwIC0Gg0AAoAgAgBkYEQEGg0AAgBDYCAEGU0ABBlNAAKAIAIAFqIgA2AgAgBCAAQQFyNgIEIAAgBGogADYCAAwICyAGKAIEIgVBA3FBAUcNBiAFQXhxIQggBUH/AU0EQCAFQQN2IQMgBigCCCIAIAYoAgwiAkYEQEGM0ABBjNAAKAIAQX4gA3dxNgIADAcLIAIgADYCCCAAIAI2AgwMBgsgBigCGCEHIAYgBigCDCIARwRAIAAgBigCCCICNgIIIAIgADYCDAwFCyAGQRRqIgIoAgAiBUUEQCAGKAIQIgVFDQQgBkEQaiECCwNAIAIhAyAFIgBBFGoiAigCACIFDQAgAEEQaiECIAAoAhAiBQ0ACyADQQA2AgAMBAtBeCAAa0EPcSIBIABqIgcgBkE4ayIDIAFrIgFBAXI2AgQgACADakE4NgIEIAIgBUE3IAVrQQ9xakE/ayIDIAMgAkEQakkbIgNBIzYCBEGo0ABB9NMAKAIANgIAQZjQACABNgIAQaTQACAHNgIAIANBEGpB1NMAKQIANwIAIANBzNMAKQIANwIIQdTTACADQQhqNgIAQdDTACAGNgIAQczTACAANgIAQdjTAEEANgIAIANBJGohAQNAIAFBBzYCACAFIAFBBGoiAUsNAAsgAiADRg0AIAMgAygCBEF+cTYCBCADIAMgAmsiBTYCACACIAVBAXI2AgQgBUH/AU0EQCAFQXhxQbTQAGohAAJ/QYzQACgCACIBQQEgBUEDdnQiA3FFBEBBjNAAIAEgA3I2AgAgAAwBCyAAKAIICyIBIAI2AgwgACACNgIIIAIgADYCDCACIAE2AggMAQtBHyEBIAVB////B00EQCAFQSYgBUEIdmciAGt2QQFxIABBAXRrQT5qIQELIAIgATYCHCACQgA3AhAgAUECdEG80gBqIQBBkNAAKAIAIgNBASABdCIGcUUEQCAAIAI2AgBBkNAAIAMgBnI2AgAgAiAANgIYIAIgAjYCCCACIAI2AgwMAQsgBUEZIAFBAXZrQQAgAUEfRxt0IQEgACgCACEDAkADQCADIgAoAgRBeHEgBUYNASABQR12IQMgAUEBdCEBIAAgA0EEcWpBEGoiBigCACIDDQALIAYgAjYCACACIAA2AhggAiACNgIMIAIgAjYCCAwBCyAAKAIIIgEgAjYCDCAAIAI2AgggAkEANgIYIAIgADYCDCACIAE2AggLQZjQACgCACIBIARNDQBBpNAAKAIAIgAgBGoiAiABIARrIgFBAXI2AgRBmNAAIAE2AgBBpNAAIAI2AgAgACAEQQNyNgIEIABBCGohAQwIC0EAIQFB/NMAQTA2AgAMBwtBACEACyAHRQ0AAkAgBigCHCICQQJ0QbzSAGoiAygCACAGRgRAIAMgADYCACAADQFBkNAAQZDQACgCAEF+IAJ3cTYCAAwCCyAHQRBBFCAHKAIQIAZGG2ogADYCACAARQ0BCyAAIAc2AhggBigCECICBEAgACACNgIQIAIgADYCGAsgBkEUaigCACICRQ0AIABBFGogAjYCACACIAA2AhgLIAEgCGohASAGIAhqIgYoAgQhBQsgBiAFQX5xNgIEIAEgBGogATYCACAEIAFBAXI2AgQgAUH/AU0EQCABQXhxQbTQAGohAAJ/QYzQACgCACICQQEgAUEDdnQiAXFFBEBBjNAAIAEgAnI2AgAgAAwBCyAAKAIICyIBIAQ2AgwgACAENgIIIAQgADYCDCAEIAE2AggMAQtBHyEFIAFB////B00EQCABQSYgAUEIdmciAGt2QQFxIABBAXRrQT5qIQULIAQgBTYCHCAEQgA3AhAgBUECdEG80gBqIQBBkNAAKAIAIgJBASAFdCIDcUUEQCAAIAQ2AgBBkNAAIAIgA3I2AgAgBCAANgIYIAQgBDYCCCAEIAQ2AgwMAQsgAUEZIAVBAXZrQQAgBUEfRxt0IQUgACgCACEAAkADQCAAIgIoAgRBeHEgAUYNASAFQR12IQAgBUEBdCEFIAIgAEEEcWpBEGoiAygCACIADQALIAMgBDYCACAEIAI2AhggBCAENgIMIAQgBDYCCAwBCyACKAIIIgAgBDYCDCACIAQ2AgggBEEANgIYIAQgAjYCDCAEIAA2AggLIAlBCGohAQwCCwJAIAdFDQACQCADKAIcIgFBAnRBvNIAaiICKAIAIANGBEAgAiAANgIAIAANAUGQ0AAgCEF+IAF3cSIINgIADAILIAdBEEEUIAcoAhAgA0YbaiAANgIAIABFDQELIAAgBzYCGCADKAIQIgEEQCAAIAE2AhAgASAANgIYCyADQRRqKAIAIgFFDQAgAEEUaiABNgIAIAEgADYCGAsCQCAFQQ9NBEAgAyAEIAVqIgBBA3I2AgQgACADaiIAIAAoAgRBAXI2AgQMAQsgAyAEaiICIAVBAXI2AgQgAyAEQQNyNgIEIAIgBWogBTYCACAFQf8BTQRAIAVBeHFBtNAAaiEAAn9BjNAAKAIAIgFBASAFQQN2dCIFcUUEQEGM0AAgASAFcjYCACAADAELIAAoAggLIgEgAjYCDCAAIAI2AgggAiAANgIMIAIgATYCCAwBC0EfIQEgBUH///8HTQRAIAVBJiAFQQh2ZyIAa3ZBAXEgAEEBdGtBPmohAQsgAiABNgIcIAJCADcCECABQQJ0QbzSAGohAEEBIAF0IgQgCHFFBEAgACACNgIAQZDQACAEIAhyNgIAIAIgADYCGCACIAI2AgggAiACNgIMDAELIAVBGSABQQF2a0EAIAFBH0cbdCEBIAAoAgAhBAJAA0AgBCIAKAIEQXhxIAVGDQEgAUEddiEEIAFBAXQhASAAIARBBHFqQRBqIgYoAgAiBA0ACyAGIAI2AgAgAiAANgIYIAIgAjYCDCACIAI2AggMAQsgACgCCCIBIAI2AgwgACACNgIIIAJBADYCGCACIAA2AgwgAiABNgIICyADQQhqIQEMAQsCQCAJRQ0AAkAgACgCHCIBQQJ0QbzSAGoiAigCACAARgRAIAIgAzYCACADDQFBkNAAIAtBfiABd3E2AgAMAgsgCUEQQRQgCSgCECAARhtqIAM2AgAgA0UNAQsgAyAJNgIYIAAoAhAiAQRAIAMgATYCECABIAM2AhgLIABBFGooAgAiAUUNACADQRRqIAE2AgAgASADNgIYCwJAIAVBD00EQCAAIAQgBWoiAUEDcjYCBCAAIAFqIgEgASgCBEEBcjYCBAwBCyAAIARqIgcgBUEBcjYCBCAAIARBA3I2AgQgBSAHaiAFNgIAIAgEQCAIQXhxQbTQAGohAUGg0AAoAgAhAwJ/QQEgCEEDdnQiAiAGcUUEQEGM0AAgAiAGcjYCACABDAELIAEoAggLIgIgAzYCDCABIAM2AgggAyABNgIMIAMgAjYCCAtBoNAAIAc2AgBBlNAAIAU2AgALIABBCGohAQsgCkEQaiQAIAELQwAgAEUEQD8AQRB0DwsCQCAAQf//A3ENACAAQQBIDQAgAEEQdkAAIgBBf0YEQEH80wBBMDYCAEF/DwsgAEEQdA8LAAsL3D8iAEGACAsJAQAAAAIAAAADAEGUCAsFBAAAAAUAQaQICwkGAAAABwAAAAgAQdwIC4otSW52YWxpZCBjaGFyIGluIHVybCBxdWVyeQBTcGFuIGNhbGxiYWNrIGVycm9yIGluIG9uX2JvZHkAQ29udGVudC1MZW5ndGggb3ZlcmZsb3cAQ2h1bmsgc2l6ZSBvdmVyZmxvdwBSZXNwb25zZSBvdmVyZmxvdwBJbnZhbGlkIG1ldGhvZCBmb3IgSFRUUC94LnggcmVxdWVzdABJbnZhbGlkIG1ldGhvZCBmb3IgUlRTUC94LnggcmVxdWVzdABFeHBlY3RlZCBTT1VSQ0UgbWV0aG9kIGZvciBJQ0UveC54IHJlcXVlc3QASW52YWxpZCBjaGFyIGluIHVybCBmcmFnbWVudCBzdGFydABFeHBlY3RlZCBkb3QAU3BhbiBjYWxsYmFjayBlcnJvciBpbiBvbl9zdGF0dXMASW52YWxpZCByZXNwb25zZSBzdGF0dXMASW52YWxpZCBjaGFyYWN0ZXIgaW4gY2h1bmsgZXh0ZW5zaW9ucwBVc2VyIGNhbGxiYWNrIGVycm9yAGBvbl9yZXNldGAgY2FsbGJhY2sgZXJyb3IAYG9uX2NodW5rX2hlYWRlcmAgY2FsbGJhY2sgZXJyb3IAYG9uX21lc3NhZ2VfYmVnaW5gIGNhbGxiYWNrIGVycm9yAGBvbl9jaHVua19leHRlbnNpb25fdmFsdWVgIGNhbGxiYWNrIGVycm9yAGBvbl9zdGF0dXNfY29tcGxldGVgIGNhbGxiYWNrIGVycm9yAGBvbl92ZXJzaW9uX2NvbXBsZXRlYCBjYWxsYmFjayBlcnJvcgBgb25fdXJsX2NvbXBsZXRlYCBjYWxsYmFjayBlcnJvcgBgb25fY2h1bmtfY29tcGxldGVgIGNhbGxiYWNrIGVycm9yAGBvbl9oZWFkZXJfdmFsdWVfY29tcGxldGVgIGNhbGxiYWNrIGVycm9yAGBvbl9tZXNzYWdlX2NvbXBsZXRlYCBjYWxsYmFjayBlcnJvcgBgb25fbWV0aG9kX2NvbXBsZXRlYCBjYWxsYmFjayBlcnJvcgBgb25faGVhZGVyX2ZpZWxkX2NvbXBsZXRlYCBjYWxsYmFjayBlcnJvcgBgb25fY2h1bmtfZXh0ZW5zaW9uX25hbWVgIGNhbGxiYWNrIGVycm9yAFVuZXhwZWN0ZWQgY2hhciBpbiB1cmwgc2VydmVyAEludmFsaWQgaGVhZGVyIHZhbHVlIGNoYXIASW52YWxpZCBoZWFkZXIgZmllbGQgY2hhcgBTcGFuIGNhbGxiYWNrIGVycm9yIGluIG9uX3ZlcnNpb24ASW52YWxpZCBtaW5vciB2ZXJzaW9uAEludmFsaWQgbWFqb3IgdmVyc2lvbgBFeHBlY3RlZCBzcGFjZSBhZnRlciB2ZXJzaW9uAEV4cGVjdGVkIENSTEYgYWZ0ZXIgdmVyc2lvbgBJbnZhbGlkIEhUVFAgdmVyc2lvbgBJbnZhbGlkIGhlYWRlciB0b2tlbgBTcGFuIGNhbGxiYWNrIGVycm9yIGluIG9uX3VybABJbnZhbGlkIGNoYXJhY3RlcnMgaW4gdXJsAFVuZXhwZWN0ZWQgc3RhcnQgY2hhciBpbiB1cmwARG91YmxlIEAgaW4gdXJsAEVtcHR5IENvbnRlbnQtTGVuZ3RoAEludmFsaWQgY2hhcmFjdGVyIGluIENvbnRlbnQtTGVuZ3RoAER1cGxpY2F0ZSBDb250ZW50LUxlbmd0aABJbnZhbGlkIGNoYXIgaW4gdXJsIHBhdGgAQ29udGVudC1MZW5ndGggY2FuJ3QgYmUgcHJlc2VudCB3aXRoIFRyYW5zZmVyLUVuY29kaW5nAEludmFsaWQgY2hhcmFjdGVyIGluIGNodW5rIHNpemUAU3BhbiBjYWxsYmFjayBlcnJvciBpbiBvbl9oZWFkZXJfdmFsdWUAU3BhbiBjYWxsYmFjayBlcnJvciBpbiBvbl9jaHVua19leHRlbnNpb25fdmFsdWUASW52YWxpZCBjaGFyYWN0ZXIgaW4gY2h1bmsgZXh0ZW5zaW9ucyB2YWx1ZQBNaXNzaW5nIGV4cGVjdGVkIExGIGFmdGVyIGhlYWRlciB2YWx1ZQBJbnZhbGlkIGBUcmFuc2Zlci1FbmNvZGluZ2AgaGVhZGVyIHZhbHVlAEludmFsaWQgY2hhcmFjdGVyIGluIGNodW5rIGV4dGVuc2lvbnMgcXVvdGUgdmFsdWUASW52YWxpZCBjaGFyYWN0ZXIgaW4gY2h1bmsgZXh0ZW5zaW9ucyBxdW90ZWQgdmFsdWUAUGF1c2VkIGJ5IG9uX2hlYWRlcnNfY29tcGxldGUASW52YWxpZCBFT0Ygc3RhdGUAb25fcmVzZXQgcGF1c2UAb25fY2h1bmtfaGVhZGVyIHBhdXNlAG9uX21lc3NhZ2VfYmVnaW4gcGF1c2UAb25fY2h1bmtfZXh0ZW5zaW9uX3ZhbHVlIHBhdXNlAG9uX3N0YXR1c19jb21wbGV0ZSBwYXVzZQBvbl92ZXJzaW9uX2NvbXBsZXRlIHBhdXNlAG9uX3VybF9jb21wbGV0ZSBwYXVzZQBvbl9jaHVua19jb21wbGV0ZSBwYXVzZQBvbl9oZWFkZXJfdmFsdWVfY29tcGxldGUgcGF1c2UAb25fbWVzc2FnZV9jb21wbGV0ZSBwYXVzZQBvbl9tZXRob2RfY29tcGxldGUgcGF1c2UAb25faGVhZGVyX2ZpZWxkX2NvbXBsZXRlIHBhdXNlAG9uX2NodW5rX2V4dGVuc2lvbl9uYW1lIHBhdXNlAFVuZXhwZWN0ZWQgc3BhY2UgYWZ0ZXIgc3RhcnQgbGluZQBTcGFuIGNhbGxiYWNrIGVycm9yIGluIG9uX2NodW5rX2V4dGVuc2lvbl9uYW1lAEludmFsaWQgY2hhcmFjdGVyIGluIGNodW5rIGV4dGVuc2lvbnMgbmFtZQBQYXVzZSBvbiBDT05ORUNUL1VwZ3JhZGUAUGF1c2Ugb24gUFJJL1VwZ3JhZGUARXhwZWN0ZWQgSFRUUC8yIENvbm5lY3Rpb24gUHJlZmFjZQBTcGFuIGNhbGxiYWNrIGVycm9yIGluIG9uX21ldGhvZABFeHBlY3RlZCBzcGFjZSBhZnRlciBtZXRob2QAU3BhbiBjYWxsYmFjayBlcnJvciBpbiBvbl9oZWFkZXJfZmllbGQAUGF1c2VkAEludmFsaWQgd29yZCBlbmNvdW50ZXJlZABJbnZhbGlkIG1ldGhvZCBlbmNvdW50ZXJlZABVbmV4cGVjdGVkIGNoYXIgaW4gdXJsIHNjaGVtYQBSZXF1ZXN0IGhhcyBpbnZhbGlkIGBUcmFuc2Zlci1FbmNvZGluZ2AAU1dJVENIX1BST1hZAFVTRV9QUk9YWQBNS0FDVElWSVRZAFVOUFJPQ0VTU0FCTEVfRU5USVRZAENPUFkATU9WRURfUEVSTUFORU5UTFkAVE9PX0VBUkxZAE5PVElGWQBGQUlMRURfREVQRU5ERU5DWQBCQURfR0FURVdBWQBQTEFZAFBVVABDSEVDS09VVABHQVRFV0FZX1RJTUVPVVQAUkVRVUVTVF9USU1FT1VUAE5FVFdPUktfQ09OTkVDVF9USU1FT1VUAENPTk5FQ1RJT05fVElNRU9VVABMT0dJTl9USU1FT1VUAE5FVFdPUktfUkVBRF9USU1FT1VUAFBPU1QATUlTRElSRUNURURfUkVRVUVTVABDTElFTlRfQ0xPU0VEX1JFUVVFU1QAQ0xJRU5UX0NMT1NFRF9MT0FEX0JBTEFOQ0VEX1JFUVVFU1QAQkFEX1JFUVVFU1QASFRUUF9SRVFVRVNUX1NFTlRfVE9fSFRUUFNfUE9SVABSRVBPUlQASU1fQV9URUFQT1QAUkVTRVRfQ09OVEVOVABOT19DT05URU5UAFBBUlRJQUxfQ09OVEVOVABIUEVfSU5WQUxJRF9DT05TVEFOVABIUEVfQ0JfUkVTRVQAR0VUAEhQRV9TVFJJQ1QAQ09ORkxJQ1QAVEVNUE9SQVJZX1JFRElSRUNUAFBFUk1BTkVOVF9SRURJUkVDVABDT05ORUNUAE1VTFRJX1NUQVRVUwBIUEVfSU5WQUxJRF9TVEFUVVMAVE9PX01BTllfUkVRVUVTVFMARUFSTFlfSElOVFMAVU5BVkFJTEFCTEVfRk9SX0xFR0FMX1JFQVNPTlMAT1BUSU9OUwBTV0lUQ0hJTkdfUFJPVE9DT0xTAFZBUklBTlRfQUxTT19ORUdPVElBVEVTAE1VTFRJUExFX0NIT0lDRVMASU5URVJOQUxfU0VSVkVSX0VSUk9SAFdFQl9TRVJWRVJfVU5LTk9XTl9FUlJPUgBSQUlMR1VOX0VSUk9SAElERU5USVRZX1BST1ZJREVSX0FVVEhFTlRJQ0FUSU9OX0VSUk9SAFNTTF9DRVJUSUZJQ0FURV9FUlJPUgBJTlZBTElEX1hfRk9SV0FSREVEX0ZPUgBTRVRfUEFSQU1FVEVSAEdFVF9QQVJBTUVURVIASFBFX1VTRVIAU0VFX09USEVSAEhQRV9DQl9DSFVOS19IRUFERVIATUtDQUxFTkRBUgBTRVRVUABXRUJfU0VSVkVSX0lTX0RPV04AVEVBUkRPV04ASFBFX0NMT1NFRF9DT05ORUNUSU9OAEhFVVJJU1RJQ19FWFBJUkFUSU9OAERJU0NPTk5FQ1RFRF9PUEVSQVRJT04ATk9OX0FVVEhPUklUQVRJVkVfSU5GT1JNQVRJT04ASFBFX0lOVkFMSURfVkVSU0lPTgBIUEVfQ0JfTUVTU0FHRV9CRUdJTgBTSVRFX0lTX0ZST1pFTgBIUEVfSU5WQUxJRF9IRUFERVJfVE9LRU4ASU5WQUxJRF9UT0tFTgBGT1JCSURERU4ARU5IQU5DRV9ZT1VSX0NBTE0ASFBFX0lOVkFMSURfVVJMAEJMT0NLRURfQllfUEFSRU5UQUxfQ09OVFJPTABNS0NPTABBQ0wASFBFX0lOVEVSTkFMAFJFUVVFU1RfSEVBREVSX0ZJRUxEU19UT09fTEFSR0VfVU5PRkZJQ0lBTABIUEVfT0sAVU5MSU5LAFVOTE9DSwBQUkkAUkVUUllfV0lUSABIUEVfSU5WQUxJRF9DT05URU5UX0xFTkdUSABIUEVfVU5FWFBFQ1RFRF9DT05URU5UX0xFTkdUSABGTFVTSABQUk9QUEFUQ0gATS1TRUFSQ0gAVVJJX1RPT19MT05HAFBST0NFU1NJTkcATUlTQ0VMTEFORU9VU19QRVJTSVNURU5UX1dBUk5JTkcATUlTQ0VMTEFORU9VU19XQVJOSU5HAEhQRV9JTlZBTElEX1RSQU5TRkVSX0VOQ09ESU5HAEV4cGVjdGVkIENSTEYASFBFX0lOVkFMSURfQ0hVTktfU0laRQBNT1ZFAENPTlRJTlVFAEhQRV9DQl9TVEFUVVNfQ09NUExFVEUASFBFX0NCX0hFQURFUlNfQ09NUExFVEUASFBFX0NCX1ZFUlNJT05fQ09NUExFVEUASFBFX0NCX1VSTF9DT01QTEVURQBIUEVfQ0JfQ0hVTktfQ09NUExFVEUASFBFX0NCX0hFQURFUl9WQUxVRV9DT01QTEVURQBIUEVfQ0JfQ0hVTktfRVhURU5TSU9OX1ZBTFVFX0NPTVBMRVRFAEhQRV9DQl9DSFVOS19FWFRFTlNJT05fTkFNRV9DT01QTEVURQBIUEVfQ0JfTUVTU0FHRV9DT01QTEVURQBIUEVfQ0JfTUVUSE9EX0NPTVBMRVRFAEhQRV9DQl9IRUFERVJfRklFTERfQ09NUExFVEUAREVMRVRFAEhQRV9JTlZBTElEX0VPRl9TVEFURQBJTlZBTElEX1NTTF9DRVJUSUZJQ0FURQBQQVVTRQBOT19SRVNQT05TRQBVTlNVUFBPUlRFRF9NRURJQV9UWVBFAEdPTkUATk9UX0FDQ0VQVEFCTEUAU0VSVklDRV9VTkFWQUlMQUJMRQBSQU5HRV9OT1RfU0FUSVNGSUFCTEUAT1JJR0lOX0lTX1VOUkVBQ0hBQkxFAFJFU1BPTlNFX0lTX1NUQUxFAFBVUkdFAE1FUkdFAFJFUVVFU1RfSEVBREVSX0ZJRUxEU19UT09fTEFSR0UAUkVRVUVTVF9IRUFERVJfVE9PX0xBUkdFAFBBWUxPQURfVE9PX0xBUkdFAElOU1VGRklDSUVOVF9TVE9SQUdFAEhQRV9QQVVTRURfVVBHUkFERQBIUEVfUEFVU0VEX0gyX1VQR1JBREUAU09VUkNFAEFOTk9VTkNFAFRSQUNFAEhQRV9VTkVYUEVDVEVEX1NQQUNFAERFU0NSSUJFAFVOU1VCU0NSSUJFAFJFQ09SRABIUEVfSU5WQUxJRF9NRVRIT0QATk9UX0ZPVU5EAFBST1BGSU5EAFVOQklORABSRUJJTkQAVU5BVVRIT1JJWkVEAE1FVEhPRF9OT1RfQUxMT1dFRABIVFRQX1ZFUlNJT05fTk9UX1NVUFBPUlRFRABBTFJFQURZX1JFUE9SVEVEAEFDQ0VQVEVEAE5PVF9JTVBMRU1FTlRFRABMT09QX0RFVEVDVEVEAEhQRV9DUl9FWFBFQ1RFRABIUEVfTEZfRVhQRUNURUQAQ1JFQVRFRABJTV9VU0VEAEhQRV9QQVVTRUQAVElNRU9VVF9PQ0NVUkVEAFBBWU1FTlRfUkVRVUlSRUQAUFJFQ09ORElUSU9OX1JFUVVJUkVEAFBST1hZX0FVVEhFTlRJQ0FUSU9OX1JFUVVJUkVEAE5FVFdPUktfQVVUSEVOVElDQVRJT05fUkVRVUlSRUQATEVOR1RIX1JFUVVJUkVEAFNTTF9DRVJUSUZJQ0FURV9SRVFVSVJFRABVUEdSQURFX1JFUVVJUkVEAFBBR0VfRVhQSVJFRABQUkVDT05ESVRJT05fRkFJTEVEAEVYUEVDVEFUSU9OX0ZBSUxFRABSRVZBTElEQVRJT05fRkFJTEVEAFNTTF9IQU5EU0hBS0VfRkFJTEVEAExPQ0tFRABUUkFOU0ZPUk1BVElPTl9BUFBMSUVEAE5PVF9NT0RJRklFRABOT1RfRVhURU5ERUQAQkFORFdJRFRIX0xJTUlUX0VYQ0VFREVEAFNJVEVfSVNfT1ZFUkxPQURFRABIRUFEAEV4cGVjdGVkIEhUVFAvAABeEwAAJhMAADAQAADwFwAAnRMAABUSAAA5FwAA8BIAAAoQAAB1EgAArRIAAIITAABPFAAAfxAAAKAVAAAjFAAAiRIAAIsUAABNFQAA1BEAAM8UAAAQGAAAyRYAANwWAADBEQAA4BcAALsUAAB0FAAAfBUAAOUUAAAIFwAAHxAAAGUVAACjFAAAKBUAAAIVAACZFQAALBAAAIsZAABPDwAA1A4AAGoQAADOEAAAAhcAAIkOAABuEwAAHBMAAGYUAABWFwAAwRMAAM0TAABsEwAAaBcAAGYXAABfFwAAIhMAAM4PAABpDgAA2A4AAGMWAADLEwAAqg4AACgXAAAmFwAAxRMAAF0WAADoEQAAZxMAAGUTAADyFgAAcxMAAB0XAAD5FgAA8xEAAM8OAADOFQAADBIAALMRAAClEQAAYRAAADIXAAC7EwBB+TULAQEAQZA2C+ABAQECAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAAEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEAQf03CwEBAEGROAteAgMCAgICAgAAAgIAAgIAAgICAgICAgICAgAEAAAAAAACAgICAgICAgICAgICAgICAgICAgICAgICAgAAAAICAgICAgICAgICAgICAgICAgICAgICAgICAgICAAIAAgBB/TkLAQEAQZE6C14CAAICAgICAAACAgACAgACAgICAgICAgICAAMABAAAAAICAgICAgICAgICAgICAgICAgICAgICAgICAAAAAgICAgICAgICAgICAgICAgICAgICAgICAgICAgIAAgACAEHwOwsNbG9zZWVlcC1hbGl2ZQBBiTwLAQEAQaA8C+ABAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEAAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEAQYk+CwEBAEGgPgvnAQEBAQEBAQEBAQEBAQIBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAAEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBY2h1bmtlZABBsMAAC18BAQABAQEBAQAAAQEAAQEAAQEBAQEBAQEBAQAAAAAAAAABAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQAAAAEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAAEAAQBBkMIACyFlY3Rpb25lbnQtbGVuZ3Rob25yb3h5LWNvbm5lY3Rpb24AQcDCAAstcmFuc2Zlci1lbmNvZGluZ3BncmFkZQ0KDQoNClNNDQoNClRUUC9DRS9UU1AvAEH5wgALBQECAAEDAEGQwwAL4AEEAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQABAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQBB+cQACwUBAgABAwBBkMUAC+ABBAEBBQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEAAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEAQfnGAAsEAQAAAQBBkccAC98BAQEAAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAAEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQABAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQBB+sgACwQBAAACAEGQyQALXwMEAAAEBAQEBAQEBAQEBAUEBAQEBAQEBAQEBAQABAAGBwQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAAEAAQABAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQAAAAEAEH6ygALBAEAAAEAQZDLAAsBAQBBqssAC0ECAAAAAAAAAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMAAAAAAAADAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwBB+swACwQBAAABAEGQzQALAQEAQZrNAAsGAgAAAAACAEGxzQALOgMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAAAAAAAAAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMAQfDOAAuWAU5PVU5DRUVDS09VVE5FQ1RFVEVDUklCRUxVU0hFVEVBRFNFQVJDSFJHRUNUSVZJVFlMRU5EQVJWRU9USUZZUFRJT05TQ0hTRUFZU1RBVENIR0VPUkRJUkVDVE9SVFJDSFBBUkFNRVRFUlVSQ0VCU0NSSUJFQVJET1dOQUNFSU5ETktDS1VCU0NSSUJFSFRUUC9BRFRQLw==", "base64");
  },
  172: (__unused_webpack_module, exports) => {
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports.enumToMap = void 0;
    exports.enumToMap = function(obj) {
      const res = {};
      Object.keys(obj).forEach(key => {
        const value = obj[key];
        if (typeof value === "number") res[key] = value;
      });
      return res;
    };
  },
  7501: (module, __unused_webpack_exports, __nccwpck_require__) => {
    const {kClients: kClients} = __nccwpck_require__(6443);
    const Agent = __nccwpck_require__(7405);
    const {kAgent: kAgent, kMockAgentSet: kMockAgentSet, kMockAgentGet: kMockAgentGet, kDispatches: kDispatches, kIsMockActive: kIsMockActive, kNetConnect: kNetConnect, kGetNetConnect: kGetNetConnect, kOptions: kOptions, kFactory: kFactory} = __nccwpck_require__(1117);
    const MockClient = __nccwpck_require__(7365);
    const MockPool = __nccwpck_require__(4004);
    const {matchValue: matchValue, buildMockOptions: buildMockOptions} = __nccwpck_require__(3397);
    const {InvalidArgumentError: InvalidArgumentError, UndiciError: UndiciError} = __nccwpck_require__(8707);
    const Dispatcher = __nccwpck_require__(883);
    const Pluralizer = __nccwpck_require__(1529);
    const PendingInterceptorsFormatter = __nccwpck_require__(6142);
    module.exports = class extends Dispatcher {
      constructor(opts) {
        super(opts);
        this[kNetConnect] = true;
        this[kIsMockActive] = true;
        if (opts?.agent && typeof opts.agent.dispatch !== "function") throw new InvalidArgumentError("Argument opts.agent must implement Agent");
        const agent = opts?.agent ? opts.agent : new Agent(opts);
        this[kAgent] = agent;
        this[kClients] = agent[kClients];
        this[kOptions] = buildMockOptions(opts);
      }
      get(origin) {
        let dispatcher = this[kMockAgentGet](origin);
        if (!dispatcher) {
          dispatcher = this[kFactory](origin);
          this[kMockAgentSet](origin, dispatcher);
        }
        return dispatcher;
      }
      dispatch(opts, handler) {
        this.get(opts.origin);
        return this[kAgent].dispatch(opts, handler);
      }
      async close() {
        await this[kAgent].close();
        this[kClients].clear();
      }
      deactivate() {
        this[kIsMockActive] = false;
      }
      activate() {
        this[kIsMockActive] = true;
      }
      enableNetConnect(matcher) {
        if (typeof matcher === "string" || typeof matcher === "function" || matcher instanceof RegExp) if (Array.isArray(this[kNetConnect])) this[kNetConnect].push(matcher); else this[kNetConnect] = [ matcher ]; else if (typeof matcher === "undefined") this[kNetConnect] = true; else throw new InvalidArgumentError("Unsupported matcher. Must be one of String|Function|RegExp.");
      }
      disableNetConnect() {
        this[kNetConnect] = false;
      }
      get isMockActive() {
        return this[kIsMockActive];
      }
      [kMockAgentSet](origin, dispatcher) {
        this[kClients].set(origin, dispatcher);
      }
      [kFactory](origin) {
        const mockOptions = Object.assign({
          agent: this
        }, this[kOptions]);
        return this[kOptions] && this[kOptions].connections === 1 ? new MockClient(origin, mockOptions) : new MockPool(origin, mockOptions);
      }
      [kMockAgentGet](origin) {
        const client = this[kClients].get(origin);
        if (client) return client;
        if (typeof origin !== "string") {
          const dispatcher = this[kFactory]("http://localhost:9999");
          this[kMockAgentSet](origin, dispatcher);
          return dispatcher;
        }
        for (const [keyMatcher, nonExplicitDispatcher] of Array.from(this[kClients])) if (nonExplicitDispatcher && typeof keyMatcher !== "string" && matchValue(keyMatcher, origin)) {
          const dispatcher = this[kFactory](origin);
          this[kMockAgentSet](origin, dispatcher);
          dispatcher[kDispatches] = nonExplicitDispatcher[kDispatches];
          return dispatcher;
        }
      }
      [kGetNetConnect]() {
        return this[kNetConnect];
      }
      pendingInterceptors() {
        const mockAgentClients = this[kClients];
        return Array.from(mockAgentClients.entries()).flatMap(([origin, scope]) => scope[kDispatches].map(dispatch => ({
          ...dispatch,
          origin: origin
        }))).filter(({pending: pending}) => pending);
      }
      assertNoPendingInterceptors({pendingInterceptorsFormatter: pendingInterceptorsFormatter = new PendingInterceptorsFormatter} = {}) {
        const pending = this.pendingInterceptors();
        if (pending.length === 0) return;
        const pluralizer = new Pluralizer("interceptor", "interceptors").pluralize(pending.length);
        throw new UndiciError(`\n${pluralizer.count} ${pluralizer.noun} ${pluralizer.is} pending:\n\n${pendingInterceptorsFormatter.format(pending)}\n`.trim());
      }
    };
  },
  7365: (module, __unused_webpack_exports, __nccwpck_require__) => {
    const {promisify: promisify} = __nccwpck_require__(7975);
    const Client = __nccwpck_require__(3701);
    const {buildMockDispatch: buildMockDispatch} = __nccwpck_require__(3397);
    const {kDispatches: kDispatches, kMockAgent: kMockAgent, kClose: kClose, kOriginalClose: kOriginalClose, kOrigin: kOrigin, kOriginalDispatch: kOriginalDispatch, kConnected: kConnected} = __nccwpck_require__(1117);
    const {MockInterceptor: MockInterceptor} = __nccwpck_require__(1511);
    const Symbols = __nccwpck_require__(6443);
    const {InvalidArgumentError: InvalidArgumentError} = __nccwpck_require__(8707);
    class MockClient extends Client {
      constructor(origin, opts) {
        super(origin, opts);
        if (!opts || !opts.agent || typeof opts.agent.dispatch !== "function") throw new InvalidArgumentError("Argument opts.agent must implement Agent");
        this[kMockAgent] = opts.agent;
        this[kOrigin] = origin;
        this[kDispatches] = [];
        this[kConnected] = 1;
        this[kOriginalDispatch] = this.dispatch;
        this[kOriginalClose] = this.close.bind(this);
        this.dispatch = buildMockDispatch.call(this);
        this.close = this[kClose];
      }
      get [Symbols.kConnected]() {
        return this[kConnected];
      }
      intercept(opts) {
        return new MockInterceptor(opts, this[kDispatches]);
      }
      async [kClose]() {
        await promisify(this[kOriginalClose])();
        this[kConnected] = 0;
        this[kMockAgent][Symbols.kClients].delete(this[kOrigin]);
      }
    }
    module.exports = MockClient;
  },
  2429: (module, __unused_webpack_exports, __nccwpck_require__) => {
    const {UndiciError: UndiciError} = __nccwpck_require__(8707);
    const kMockNotMatchedError = Symbol.for("undici.error.UND_MOCK_ERR_MOCK_NOT_MATCHED");
    class MockNotMatchedError extends UndiciError {
      constructor(message) {
        super(message);
        Error.captureStackTrace(this, MockNotMatchedError);
        this.name = "MockNotMatchedError";
        this.message = message || "The request does not match any registered mock dispatches";
        this.code = "UND_MOCK_ERR_MOCK_NOT_MATCHED";
      }
      static [Symbol.hasInstance](instance) {
        return instance && instance[kMockNotMatchedError] === true;
      }
      [kMockNotMatchedError]=true;
    }
    module.exports = {
      MockNotMatchedError: MockNotMatchedError
    };
  },
  1511: (module, __unused_webpack_exports, __nccwpck_require__) => {
    const {getResponseData: getResponseData, buildKey: buildKey, addMockDispatch: addMockDispatch} = __nccwpck_require__(3397);
    const {kDispatches: kDispatches, kDispatchKey: kDispatchKey, kDefaultHeaders: kDefaultHeaders, kDefaultTrailers: kDefaultTrailers, kContentLength: kContentLength, kMockDispatch: kMockDispatch} = __nccwpck_require__(1117);
    const {InvalidArgumentError: InvalidArgumentError} = __nccwpck_require__(8707);
    const {buildURL: buildURL} = __nccwpck_require__(3440);
    class MockScope {
      constructor(mockDispatch) {
        this[kMockDispatch] = mockDispatch;
      }
      delay(waitInMs) {
        if (typeof waitInMs !== "number" || !Number.isInteger(waitInMs) || waitInMs <= 0) throw new InvalidArgumentError("waitInMs must be a valid integer > 0");
        this[kMockDispatch].delay = waitInMs;
        return this;
      }
      persist() {
        this[kMockDispatch].persist = true;
        return this;
      }
      times(repeatTimes) {
        if (typeof repeatTimes !== "number" || !Number.isInteger(repeatTimes) || repeatTimes <= 0) throw new InvalidArgumentError("repeatTimes must be a valid integer > 0");
        this[kMockDispatch].times = repeatTimes;
        return this;
      }
    }
    module.exports.MockInterceptor = class {
      constructor(opts, mockDispatches) {
        if (typeof opts !== "object") throw new InvalidArgumentError("opts must be an object");
        if (typeof opts.path === "undefined") throw new InvalidArgumentError("opts.path must be defined");
        if (typeof opts.method === "undefined") opts.method = "GET";
        if (typeof opts.path === "string") if (opts.query) opts.path = buildURL(opts.path, opts.query); else {
          const parsedURL = new URL(opts.path, "data://");
          opts.path = parsedURL.pathname + parsedURL.search;
        }
        if (typeof opts.method === "string") opts.method = opts.method.toUpperCase();
        this[kDispatchKey] = buildKey(opts);
        this[kDispatches] = mockDispatches;
        this[kDefaultHeaders] = {};
        this[kDefaultTrailers] = {};
        this[kContentLength] = false;
      }
      createMockScopeDispatchData({statusCode: statusCode, data: data, responseOptions: responseOptions}) {
        const responseData = getResponseData(data);
        const contentLength = this[kContentLength] ? {
          "content-length": responseData.length
        } : {};
        const headers = {
          ...this[kDefaultHeaders],
          ...contentLength,
          ...responseOptions.headers
        };
        const trailers = {
          ...this[kDefaultTrailers],
          ...responseOptions.trailers
        };
        return {
          statusCode: statusCode,
          data: data,
          headers: headers,
          trailers: trailers
        };
      }
      validateReplyParameters(replyParameters) {
        if (typeof replyParameters.statusCode === "undefined") throw new InvalidArgumentError("statusCode must be defined");
        if (typeof replyParameters.responseOptions !== "object" || replyParameters.responseOptions === null) throw new InvalidArgumentError("responseOptions must be an object");
      }
      reply(replyOptionsCallbackOrStatusCode) {
        if (typeof replyOptionsCallbackOrStatusCode === "function") {
          const wrappedDefaultsCallback = opts => {
            const resolvedData = replyOptionsCallbackOrStatusCode(opts);
            if (typeof resolvedData !== "object" || resolvedData === null) throw new InvalidArgumentError("reply options callback must return an object");
            const replyParameters = {
              data: "",
              responseOptions: {},
              ...resolvedData
            };
            this.validateReplyParameters(replyParameters);
            return {
              ...this.createMockScopeDispatchData(replyParameters)
            };
          };
          const newMockDispatch = addMockDispatch(this[kDispatches], this[kDispatchKey], wrappedDefaultsCallback);
          return new MockScope(newMockDispatch);
        }
        const replyParameters = {
          statusCode: replyOptionsCallbackOrStatusCode,
          data: arguments[1] === void 0 ? "" : arguments[1],
          responseOptions: arguments[2] === void 0 ? {} : arguments[2]
        };
        this.validateReplyParameters(replyParameters);
        const dispatchData = this.createMockScopeDispatchData(replyParameters);
        const newMockDispatch = addMockDispatch(this[kDispatches], this[kDispatchKey], dispatchData);
        return new MockScope(newMockDispatch);
      }
      replyWithError(error) {
        if (typeof error === "undefined") throw new InvalidArgumentError("error must be defined");
        const newMockDispatch = addMockDispatch(this[kDispatches], this[kDispatchKey], {
          error: error
        });
        return new MockScope(newMockDispatch);
      }
      defaultReplyHeaders(headers) {
        if (typeof headers === "undefined") throw new InvalidArgumentError("headers must be defined");
        this[kDefaultHeaders] = headers;
        return this;
      }
      defaultReplyTrailers(trailers) {
        if (typeof trailers === "undefined") throw new InvalidArgumentError("trailers must be defined");
        this[kDefaultTrailers] = trailers;
        return this;
      }
      replyContentLength() {
        this[kContentLength] = true;
        return this;
      }
    };
    module.exports.MockScope = MockScope;
  },
  4004: (module, __unused_webpack_exports, __nccwpck_require__) => {
    const {promisify: promisify} = __nccwpck_require__(7975);
    const Pool = __nccwpck_require__(628);
    const {buildMockDispatch: buildMockDispatch} = __nccwpck_require__(3397);
    const {kDispatches: kDispatches, kMockAgent: kMockAgent, kClose: kClose, kOriginalClose: kOriginalClose, kOrigin: kOrigin, kOriginalDispatch: kOriginalDispatch, kConnected: kConnected} = __nccwpck_require__(1117);
    const {MockInterceptor: MockInterceptor} = __nccwpck_require__(1511);
    const Symbols = __nccwpck_require__(6443);
    const {InvalidArgumentError: InvalidArgumentError} = __nccwpck_require__(8707);
    class MockPool extends Pool {
      constructor(origin, opts) {
        super(origin, opts);
        if (!opts || !opts.agent || typeof opts.agent.dispatch !== "function") throw new InvalidArgumentError("Argument opts.agent must implement Agent");
        this[kMockAgent] = opts.agent;
        this[kOrigin] = origin;
        this[kDispatches] = [];
        this[kConnected] = 1;
        this[kOriginalDispatch] = this.dispatch;
        this[kOriginalClose] = this.close.bind(this);
        this.dispatch = buildMockDispatch.call(this);
        this.close = this[kClose];
      }
      get [Symbols.kConnected]() {
        return this[kConnected];
      }
      intercept(opts) {
        return new MockInterceptor(opts, this[kDispatches]);
      }
      async [kClose]() {
        await promisify(this[kOriginalClose])();
        this[kConnected] = 0;
        this[kMockAgent][Symbols.kClients].delete(this[kOrigin]);
      }
    }
    module.exports = MockPool;
  },
  1117: module => {
    module.exports = {
      kAgent: Symbol("agent"),
      kOptions: Symbol("options"),
      kFactory: Symbol("factory"),
      kDispatches: Symbol("dispatches"),
      kDispatchKey: Symbol("dispatch key"),
      kDefaultHeaders: Symbol("default headers"),
      kDefaultTrailers: Symbol("default trailers"),
      kContentLength: Symbol("content length"),
      kMockAgent: Symbol("mock agent"),
      kMockAgentSet: Symbol("mock agent set"),
      kMockAgentGet: Symbol("mock agent get"),
      kMockDispatch: Symbol("mock dispatch"),
      kClose: Symbol("close"),
      kOriginalClose: Symbol("original agent close"),
      kOrigin: Symbol("origin"),
      kIsMockActive: Symbol("is mock active"),
      kNetConnect: Symbol("net connect"),
      kGetNetConnect: Symbol("get net connect"),
      kConnected: Symbol("connected")
    };
  },
  3397: (module, __unused_webpack_exports, __nccwpck_require__) => {
    const {MockNotMatchedError: MockNotMatchedError} = __nccwpck_require__(2429);
    const {kDispatches: kDispatches, kMockAgent: kMockAgent, kOriginalDispatch: kOriginalDispatch, kOrigin: kOrigin, kGetNetConnect: kGetNetConnect} = __nccwpck_require__(1117);
    const {buildURL: buildURL} = __nccwpck_require__(3440);
    const {STATUS_CODES: STATUS_CODES} = __nccwpck_require__(7067);
    const {types: {isPromise: isPromise}} = __nccwpck_require__(7975);
    function matchValue(match, value) {
      if (typeof match === "string") return match === value;
      if (match instanceof RegExp) return match.test(value);
      if (typeof match === "function") return match(value) === true;
      return false;
    }
    function lowerCaseEntries(headers) {
      return Object.fromEntries(Object.entries(headers).map(([headerName, headerValue]) => [ headerName.toLocaleLowerCase(), headerValue ]));
    }
    function getHeaderByName(headers, key) {
      if (Array.isArray(headers)) {
        for (let i = 0; i < headers.length; i += 2) if (headers[i].toLocaleLowerCase() === key.toLocaleLowerCase()) return headers[i + 1];
        return;
      } else if (typeof headers.get === "function") return headers.get(key); else return lowerCaseEntries(headers)[key.toLocaleLowerCase()];
    }
    function buildHeadersFromArray(headers) {
      const clone = headers.slice();
      const entries = [];
      for (let index = 0; index < clone.length; index += 2) entries.push([ clone[index], clone[index + 1] ]);
      return Object.fromEntries(entries);
    }
    function matchHeaders(mockDispatch, headers) {
      if (typeof mockDispatch.headers === "function") {
        if (Array.isArray(headers)) headers = buildHeadersFromArray(headers);
        return mockDispatch.headers(headers ? lowerCaseEntries(headers) : {});
      }
      if (typeof mockDispatch.headers === "undefined") return true;
      if (typeof headers !== "object" || typeof mockDispatch.headers !== "object") return false;
      for (const [matchHeaderName, matchHeaderValue] of Object.entries(mockDispatch.headers)) {
        const headerValue = getHeaderByName(headers, matchHeaderName);
        if (!matchValue(matchHeaderValue, headerValue)) return false;
      }
      return true;
    }
    function safeUrl(path) {
      if (typeof path !== "string") return path;
      const pathSegments = path.split("?");
      if (pathSegments.length !== 2) return path;
      const qp = new URLSearchParams(pathSegments.pop());
      qp.sort();
      return [ ...pathSegments, qp.toString() ].join("?");
    }
    function matchKey(mockDispatch, {path: path, method: method, body: body, headers: headers}) {
      const pathMatch = matchValue(mockDispatch.path, path);
      const methodMatch = matchValue(mockDispatch.method, method);
      const bodyMatch = typeof mockDispatch.body !== "undefined" ? matchValue(mockDispatch.body, body) : true;
      const headersMatch = matchHeaders(mockDispatch, headers);
      return pathMatch && methodMatch && bodyMatch && headersMatch;
    }
    function getResponseData(data) {
      if (Buffer.isBuffer(data)) return data; else if (data instanceof Uint8Array) return data; else if (data instanceof ArrayBuffer) return data; else if (typeof data === "object") return JSON.stringify(data); else return data.toString();
    }
    function getMockDispatch(mockDispatches, key) {
      const basePath = key.query ? buildURL(key.path, key.query) : key.path;
      const resolvedPath = typeof basePath === "string" ? safeUrl(basePath) : basePath;
      let matchedMockDispatches = mockDispatches.filter(({consumed: consumed}) => !consumed).filter(({path: path}) => matchValue(safeUrl(path), resolvedPath));
      if (matchedMockDispatches.length === 0) throw new MockNotMatchedError(`Mock dispatch not matched for path '${resolvedPath}'`);
      matchedMockDispatches = matchedMockDispatches.filter(({method: method}) => matchValue(method, key.method));
      if (matchedMockDispatches.length === 0) throw new MockNotMatchedError(`Mock dispatch not matched for method '${key.method}' on path '${resolvedPath}'`);
      matchedMockDispatches = matchedMockDispatches.filter(({body: body}) => typeof body !== "undefined" ? matchValue(body, key.body) : true);
      if (matchedMockDispatches.length === 0) throw new MockNotMatchedError(`Mock dispatch not matched for body '${key.body}' on path '${resolvedPath}'`);
      matchedMockDispatches = matchedMockDispatches.filter(mockDispatch => matchHeaders(mockDispatch, key.headers));
      if (matchedMockDispatches.length === 0) {
        const headers = typeof key.headers === "object" ? JSON.stringify(key.headers) : key.headers;
        throw new MockNotMatchedError(`Mock dispatch not matched for headers '${headers}' on path '${resolvedPath}'`);
      }
      return matchedMockDispatches[0];
    }
    function deleteMockDispatch(mockDispatches, key) {
      const index = mockDispatches.findIndex(dispatch => {
        if (!dispatch.consumed) return false;
        return matchKey(dispatch, key);
      });
      if (index !== -1) mockDispatches.splice(index, 1);
    }
    function buildKey(opts) {
      const {path: path, method: method, body: body, headers: headers, query: query} = opts;
      return {
        path: path,
        method: method,
        body: body,
        headers: headers,
        query: query
      };
    }
    function generateKeyValues(data) {
      const keys = Object.keys(data);
      const result = [];
      for (let i = 0; i < keys.length; ++i) {
        const key = keys[i];
        const value = data[key];
        const name = Buffer.from(`${key}`);
        if (Array.isArray(value)) for (let j = 0; j < value.length; ++j) result.push(name, Buffer.from(`${value[j]}`)); else result.push(name, Buffer.from(`${value}`));
      }
      return result;
    }
    function getStatusText(statusCode) {
      return STATUS_CODES[statusCode] || "unknown";
    }
    function mockDispatch(opts, handler) {
      const key = buildKey(opts);
      const mockDispatch = getMockDispatch(this[kDispatches], key);
      mockDispatch.timesInvoked++;
      if (mockDispatch.data.callback) mockDispatch.data = {
        ...mockDispatch.data,
        ...mockDispatch.data.callback(opts)
      };
      const {data: {statusCode: statusCode, data: data, headers: headers, trailers: trailers, error: error}, delay: delay, persist: persist} = mockDispatch;
      const {timesInvoked: timesInvoked, times: times} = mockDispatch;
      mockDispatch.consumed = !persist && timesInvoked >= times;
      mockDispatch.pending = timesInvoked < times;
      if (error !== null) {
        deleteMockDispatch(this[kDispatches], key);
        handler.onError(error);
        return true;
      }
      if (typeof delay === "number" && delay > 0) setTimeout(() => {
        handleReply(this[kDispatches]);
      }, delay); else handleReply(this[kDispatches]);
      function handleReply(mockDispatches, _data = data) {
        const optsHeaders = Array.isArray(opts.headers) ? buildHeadersFromArray(opts.headers) : opts.headers;
        const body = typeof _data === "function" ? _data({
          ...opts,
          headers: optsHeaders
        }) : _data;
        if (isPromise(body)) {
          body.then(newData => handleReply(mockDispatches, newData));
          return;
        }
        const responseData = getResponseData(body);
        const responseHeaders = generateKeyValues(headers);
        const responseTrailers = generateKeyValues(trailers);
        handler.onConnect?.(err => handler.onError(err), null);
        handler.onHeaders?.(statusCode, responseHeaders, resume, getStatusText(statusCode));
        handler.onData?.(Buffer.from(responseData));
        handler.onComplete?.(responseTrailers);
        deleteMockDispatch(mockDispatches, key);
      }
      function resume() {}
      return true;
    }
    function checkNetConnect(netConnect, origin) {
      const url = new URL(origin);
      if (netConnect === true) return true; else if (Array.isArray(netConnect) && netConnect.some(matcher => matchValue(matcher, url.host))) return true;
      return false;
    }
    module.exports = {
      getResponseData: getResponseData,
      getMockDispatch: getMockDispatch,
      addMockDispatch: function(mockDispatches, key, data) {
        const replyData = typeof data === "function" ? {
          callback: data
        } : {
          ...data
        };
        const newMockDispatch = {
          timesInvoked: 0,
          times: 1,
          persist: false,
          consumed: false,
          ...key,
          pending: true,
          data: {
            error: null,
            ...replyData
          }
        };
        mockDispatches.push(newMockDispatch);
        return newMockDispatch;
      },
      deleteMockDispatch: deleteMockDispatch,
      buildKey: buildKey,
      generateKeyValues: generateKeyValues,
      matchValue: matchValue,
      getResponse: async function(body) {
        const buffers = [];
        for await (const data of body) buffers.push(data);
        return Buffer.concat(buffers).toString("utf8");
      },
      getStatusText: getStatusText,
      mockDispatch: mockDispatch,
      buildMockDispatch: function() {
        const agent = this[kMockAgent];
        const origin = this[kOrigin];
        const originalDispatch = this[kOriginalDispatch];
        return function(opts, handler) {
          if (agent.isMockActive) try {
            mockDispatch.call(this, opts, handler);
          } catch (error) {
            if (error instanceof MockNotMatchedError) {
              const netConnect = agent[kGetNetConnect]();
              if (netConnect === false) throw new MockNotMatchedError(`${error.message}: subsequent request to origin ${origin} was not allowed (net.connect disabled)`);
              if (checkNetConnect(netConnect, origin)) originalDispatch.call(this, opts, handler); else throw new MockNotMatchedError(`${error.message}: subsequent request to origin ${origin} was not allowed (net.connect is not enabled for this origin)`);
            } else throw error;
          } else originalDispatch.call(this, opts, handler);
        };
      },
      checkNetConnect: checkNetConnect,
      buildMockOptions: function(opts) {
        if (opts) {
          const {agent: agent, ...mockOptions} = opts;
          return mockOptions;
        }
      },
      getHeaderByName: getHeaderByName,
      buildHeadersFromArray: buildHeadersFromArray
    };
  },
  6142: (module, __unused_webpack_exports, __nccwpck_require__) => {
    const {Transform: Transform} = __nccwpck_require__(7075);
    const {Console: Console} = __nccwpck_require__(7540);
    const PERSISTENT = process.versions.icu ? "✅" : "Y ";
    const NOT_PERSISTENT = process.versions.icu ? "❌" : "N ";
    module.exports = class {
      constructor({disableColors: disableColors} = {}) {
        this.transform = new Transform({
          transform(chunk, _enc, cb) {
            cb(null, chunk);
          }
        });
        this.logger = new Console({
          stdout: this.transform,
          inspectOptions: {
            colors: !disableColors && !process.env.CI
          }
        });
      }
      format(pendingInterceptors) {
        const withPrettyHeaders = pendingInterceptors.map(({method: method, path: path, data: {statusCode: statusCode}, persist: persist, times: times, timesInvoked: timesInvoked, origin: origin}) => ({
          Method: method,
          Origin: origin,
          Path: path,
          "Status code": statusCode,
          Persistent: persist ? PERSISTENT : NOT_PERSISTENT,
          Invocations: timesInvoked,
          Remaining: persist ? 1 / 0 : times - timesInvoked
        }));
        this.logger.table(withPrettyHeaders);
        return this.transform.read().toString();
      }
    };
  },
  1529: module => {
    const singulars = {
      pronoun: "it",
      is: "is",
      was: "was",
      this: "this"
    };
    const plurals = {
      pronoun: "they",
      is: "are",
      was: "were",
      this: "these"
    };
    module.exports = class {
      constructor(singular, plural) {
        this.singular = singular;
        this.plural = plural;
      }
      pluralize(count) {
        const one = count === 1;
        const keys = one ? singulars : plurals;
        const noun = one ? this.singular : this.plural;
        return {
          ...keys,
          count: count,
          noun: noun
        };
      }
    };
  },
  6603: module => {
    let fastNow = 0;
    const RESOLUTION_MS = 1e3;
    const TICK_MS = (RESOLUTION_MS >> 1) - 1;
    let fastNowTimeout;
    const kFastTimer = Symbol("kFastTimer");
    const fastTimers = [];
    const NOT_IN_LIST = -2;
    const TO_BE_CLEARED = -1;
    const PENDING = 0;
    const ACTIVE = 1;
    function onTick() {
      fastNow += TICK_MS;
      let idx = 0;
      let len = fastTimers.length;
      while (idx < len) {
        const timer = fastTimers[idx];
        if (timer._state === PENDING) {
          timer._idleStart = fastNow - TICK_MS;
          timer._state = ACTIVE;
        } else if (timer._state === ACTIVE && fastNow >= timer._idleStart + timer._idleTimeout) {
          timer._state = TO_BE_CLEARED;
          timer._idleStart = -1;
          timer._onTimeout(timer._timerArg);
        }
        if (timer._state === TO_BE_CLEARED) {
          timer._state = NOT_IN_LIST;
          if (--len !== 0) fastTimers[idx] = fastTimers[len];
        } else ++idx;
      }
      fastTimers.length = len;
      if (fastTimers.length !== 0) refreshTimeout();
    }
    function refreshTimeout() {
      if (fastNowTimeout) fastNowTimeout.refresh(); else {
        clearTimeout(fastNowTimeout);
        fastNowTimeout = setTimeout(onTick, TICK_MS);
        if (fastNowTimeout.unref) fastNowTimeout.unref();
      }
    }
    class FastTimer {
      [kFastTimer]=true;
      _state=NOT_IN_LIST;
      _idleTimeout=-1;
      _idleStart=-1;
      _onTimeout;
      _timerArg;
      constructor(callback, delay, arg) {
        this._onTimeout = callback;
        this._idleTimeout = delay;
        this._timerArg = arg;
        this.refresh();
      }
      refresh() {
        if (this._state === NOT_IN_LIST) fastTimers.push(this);
        if (!fastNowTimeout || fastTimers.length === 1) refreshTimeout();
        this._state = PENDING;
      }
      clear() {
        this._state = TO_BE_CLEARED;
        this._idleStart = -1;
      }
    }
    module.exports = {
      setTimeout(callback, delay, arg) {
        return delay <= RESOLUTION_MS ? setTimeout(callback, delay, arg) : new FastTimer(callback, delay, arg);
      },
      clearTimeout(timeout) {
        if (timeout[kFastTimer]) timeout.clear(); else clearTimeout(timeout);
      },
      setFastTimeout(callback, delay, arg) {
        return new FastTimer(callback, delay, arg);
      },
      clearFastTimeout(timeout) {
        timeout.clear();
      },
      now() {
        return fastNow;
      },
      tick(delay = 0) {
        fastNow += delay - RESOLUTION_MS + 1;
        onTick();
        onTick();
      },
      reset() {
        fastNow = 0;
        fastTimers.length = 0;
        clearTimeout(fastNowTimeout);
        fastNowTimeout = null;
      },
      kFastTimer: kFastTimer
    };
  },
  9634: (module, __unused_webpack_exports, __nccwpck_require__) => {
    const {kConstruct: kConstruct} = __nccwpck_require__(109);
    const {urlEquals: urlEquals, getFieldValues: getFieldValues} = __nccwpck_require__(6798);
    const {kEnumerableProperty: kEnumerableProperty, isDisturbed: isDisturbed} = __nccwpck_require__(3440);
    const {webidl: webidl} = __nccwpck_require__(5893);
    const {Response: Response, cloneResponse: cloneResponse, fromInnerResponse: fromInnerResponse} = __nccwpck_require__(9051);
    const {Request: Request, fromInnerRequest: fromInnerRequest} = __nccwpck_require__(9967);
    const {kState: kState} = __nccwpck_require__(3627);
    const {fetching: fetching} = __nccwpck_require__(4398);
    const {urlIsHttpHttpsScheme: urlIsHttpHttpsScheme, createDeferredPromise: createDeferredPromise, readAllBytes: readAllBytes} = __nccwpck_require__(3168);
    const assert = __nccwpck_require__(4589);
    class Cache {
      #relevantRequestResponseList;
      constructor() {
        if (arguments[0] !== kConstruct) webidl.illegalConstructor();
        webidl.util.markAsUncloneable(this);
        this.#relevantRequestResponseList = arguments[1];
      }
      async match(request, options = {}) {
        webidl.brandCheck(this, Cache);
        const prefix = "Cache.match";
        webidl.argumentLengthCheck(arguments, 1, prefix);
        request = webidl.converters.RequestInfo(request, prefix, "request");
        options = webidl.converters.CacheQueryOptions(options, prefix, "options");
        const p = this.#internalMatchAll(request, options, 1);
        if (p.length === 0) return;
        return p[0];
      }
      async matchAll(request = void 0, options = {}) {
        webidl.brandCheck(this, Cache);
        const prefix = "Cache.matchAll";
        if (request !== void 0) request = webidl.converters.RequestInfo(request, prefix, "request");
        options = webidl.converters.CacheQueryOptions(options, prefix, "options");
        return this.#internalMatchAll(request, options);
      }
      async add(request) {
        webidl.brandCheck(this, Cache);
        const prefix = "Cache.add";
        webidl.argumentLengthCheck(arguments, 1, prefix);
        request = webidl.converters.RequestInfo(request, prefix, "request");
        const requests = [ request ];
        const responseArrayPromise = this.addAll(requests);
        return await responseArrayPromise;
      }
      async addAll(requests) {
        webidl.brandCheck(this, Cache);
        const prefix = "Cache.addAll";
        webidl.argumentLengthCheck(arguments, 1, prefix);
        const responsePromises = [];
        const requestList = [];
        for (let request of requests) {
          if (request === void 0) throw webidl.errors.conversionFailed({
            prefix: prefix,
            argument: "Argument 1",
            types: [ "undefined is not allowed" ]
          });
          request = webidl.converters.RequestInfo(request);
          if (typeof request === "string") continue;
          const r = request[kState];
          if (!urlIsHttpHttpsScheme(r.url) || r.method !== "GET") throw webidl.errors.exception({
            header: prefix,
            message: "Expected http/s scheme when method is not GET."
          });
        }
        const fetchControllers = [];
        for (const request of requests) {
          const r = new Request(request)[kState];
          if (!urlIsHttpHttpsScheme(r.url)) throw webidl.errors.exception({
            header: prefix,
            message: "Expected http/s scheme."
          });
          r.initiator = "fetch";
          r.destination = "subresource";
          requestList.push(r);
          const responsePromise = createDeferredPromise();
          fetchControllers.push(fetching({
            request: r,
            processResponse(response) {
              if (response.type === "error" || response.status === 206 || response.status < 200 || response.status > 299) responsePromise.reject(webidl.errors.exception({
                header: "Cache.addAll",
                message: "Received an invalid status code or the request failed."
              })); else if (response.headersList.contains("vary")) {
                const fieldValues = getFieldValues(response.headersList.get("vary"));
                for (const fieldValue of fieldValues) if (fieldValue === "*") {
                  responsePromise.reject(webidl.errors.exception({
                    header: "Cache.addAll",
                    message: "invalid vary field value"
                  }));
                  for (const controller of fetchControllers) controller.abort();
                  return;
                }
              }
            },
            processResponseEndOfBody(response) {
              if (response.aborted) {
                responsePromise.reject(new DOMException("aborted", "AbortError"));
                return;
              }
              responsePromise.resolve(response);
            }
          }));
          responsePromises.push(responsePromise.promise);
        }
        const p = Promise.all(responsePromises);
        const responses = await p;
        const operations = [];
        let index = 0;
        for (const response of responses) {
          const operation = {
            type: "put",
            request: requestList[index],
            response: response
          };
          operations.push(operation);
          index++;
        }
        const cacheJobPromise = createDeferredPromise();
        let errorData = null;
        try {
          this.#batchCacheOperations(operations);
        } catch (e) {
          errorData = e;
        }
        queueMicrotask(() => {
          if (errorData === null) cacheJobPromise.resolve(void 0); else cacheJobPromise.reject(errorData);
        });
        return cacheJobPromise.promise;
      }
      async put(request, response) {
        webidl.brandCheck(this, Cache);
        const prefix = "Cache.put";
        webidl.argumentLengthCheck(arguments, 2, prefix);
        request = webidl.converters.RequestInfo(request, prefix, "request");
        response = webidl.converters.Response(response, prefix, "response");
        let innerRequest = null;
        if (request instanceof Request) innerRequest = request[kState]; else innerRequest = new Request(request)[kState];
        if (!urlIsHttpHttpsScheme(innerRequest.url) || innerRequest.method !== "GET") throw webidl.errors.exception({
          header: prefix,
          message: "Expected an http/s scheme when method is not GET"
        });
        const innerResponse = response[kState];
        if (innerResponse.status === 206) throw webidl.errors.exception({
          header: prefix,
          message: "Got 206 status"
        });
        if (innerResponse.headersList.contains("vary")) {
          const fieldValues = getFieldValues(innerResponse.headersList.get("vary"));
          for (const fieldValue of fieldValues) if (fieldValue === "*") throw webidl.errors.exception({
            header: prefix,
            message: "Got * vary field value"
          });
        }
        if (innerResponse.body && (isDisturbed(innerResponse.body.stream) || innerResponse.body.stream.locked)) throw webidl.errors.exception({
          header: prefix,
          message: "Response body is locked or disturbed"
        });
        const clonedResponse = cloneResponse(innerResponse);
        const bodyReadPromise = createDeferredPromise();
        if (innerResponse.body != null) {
          const stream = innerResponse.body.stream;
          const reader = stream.getReader();
          readAllBytes(reader).then(bodyReadPromise.resolve, bodyReadPromise.reject);
        } else bodyReadPromise.resolve(void 0);
        const operations = [];
        const operation = {
          type: "put",
          request: innerRequest,
          response: clonedResponse
        };
        operations.push(operation);
        const bytes = await bodyReadPromise.promise;
        if (clonedResponse.body != null) clonedResponse.body.source = bytes;
        const cacheJobPromise = createDeferredPromise();
        let errorData = null;
        try {
          this.#batchCacheOperations(operations);
        } catch (e) {
          errorData = e;
        }
        queueMicrotask(() => {
          if (errorData === null) cacheJobPromise.resolve(); else cacheJobPromise.reject(errorData);
        });
        return cacheJobPromise.promise;
      }
      async delete(request, options = {}) {
        webidl.brandCheck(this, Cache);
        const prefix = "Cache.delete";
        webidl.argumentLengthCheck(arguments, 1, prefix);
        request = webidl.converters.RequestInfo(request, prefix, "request");
        options = webidl.converters.CacheQueryOptions(options, prefix, "options");
        let r = null;
        if (request instanceof Request) {
          r = request[kState];
          if (r.method !== "GET" && !options.ignoreMethod) return false;
        } else {
          assert(typeof request === "string");
          r = new Request(request)[kState];
        }
        const operations = [];
        const operation = {
          type: "delete",
          request: r,
          options: options
        };
        operations.push(operation);
        const cacheJobPromise = createDeferredPromise();
        let errorData = null;
        let requestResponses;
        try {
          requestResponses = this.#batchCacheOperations(operations);
        } catch (e) {
          errorData = e;
        }
        queueMicrotask(() => {
          if (errorData === null) cacheJobPromise.resolve(!!requestResponses?.length); else cacheJobPromise.reject(errorData);
        });
        return cacheJobPromise.promise;
      }
      async keys(request = void 0, options = {}) {
        webidl.brandCheck(this, Cache);
        const prefix = "Cache.keys";
        if (request !== void 0) request = webidl.converters.RequestInfo(request, prefix, "request");
        options = webidl.converters.CacheQueryOptions(options, prefix, "options");
        let r = null;
        if (request !== void 0) if (request instanceof Request) {
          r = request[kState];
          if (r.method !== "GET" && !options.ignoreMethod) return [];
        } else if (typeof request === "string") r = new Request(request)[kState];
        const promise = createDeferredPromise();
        const requests = [];
        if (request === void 0) for (const requestResponse of this.#relevantRequestResponseList) requests.push(requestResponse[0]); else {
          const requestResponses = this.#queryCache(r, options);
          for (const requestResponse of requestResponses) requests.push(requestResponse[0]);
        }
        queueMicrotask(() => {
          const requestList = [];
          for (const request of requests) {
            const requestObject = fromInnerRequest(request, (new AbortController).signal, "immutable");
            requestList.push(requestObject);
          }
          promise.resolve(Object.freeze(requestList));
        });
        return promise.promise;
      }
      #batchCacheOperations(operations) {
        const cache = this.#relevantRequestResponseList;
        const backupCache = [ ...cache ];
        const addedItems = [];
        const resultList = [];
        try {
          for (const operation of operations) {
            if (operation.type !== "delete" && operation.type !== "put") throw webidl.errors.exception({
              header: "Cache.#batchCacheOperations",
              message: 'operation type does not match "delete" or "put"'
            });
            if (operation.type === "delete" && operation.response != null) throw webidl.errors.exception({
              header: "Cache.#batchCacheOperations",
              message: "delete operation should not have an associated response"
            });
            if (this.#queryCache(operation.request, operation.options, addedItems).length) throw new DOMException("???", "InvalidStateError");
            let requestResponses;
            if (operation.type === "delete") {
              requestResponses = this.#queryCache(operation.request, operation.options);
              if (requestResponses.length === 0) return [];
              for (const requestResponse of requestResponses) {
                const idx = cache.indexOf(requestResponse);
                assert(idx !== -1);
                cache.splice(idx, 1);
              }
            } else if (operation.type === "put") {
              if (operation.response == null) throw webidl.errors.exception({
                header: "Cache.#batchCacheOperations",
                message: "put operation should have an associated response"
              });
              const r = operation.request;
              if (!urlIsHttpHttpsScheme(r.url)) throw webidl.errors.exception({
                header: "Cache.#batchCacheOperations",
                message: "expected http or https scheme"
              });
              if (r.method !== "GET") throw webidl.errors.exception({
                header: "Cache.#batchCacheOperations",
                message: "not get method"
              });
              if (operation.options != null) throw webidl.errors.exception({
                header: "Cache.#batchCacheOperations",
                message: "options must not be defined"
              });
              requestResponses = this.#queryCache(operation.request);
              for (const requestResponse of requestResponses) {
                const idx = cache.indexOf(requestResponse);
                assert(idx !== -1);
                cache.splice(idx, 1);
              }
              cache.push([ operation.request, operation.response ]);
              addedItems.push([ operation.request, operation.response ]);
            }
            resultList.push([ operation.request, operation.response ]);
          }
          return resultList;
        } catch (e) {
          this.#relevantRequestResponseList.length = 0;
          this.#relevantRequestResponseList = backupCache;
          throw e;
        }
      }
      #queryCache(requestQuery, options, targetStorage) {
        const resultList = [];
        const storage = targetStorage ?? this.#relevantRequestResponseList;
        for (const requestResponse of storage) {
          const [cachedRequest, cachedResponse] = requestResponse;
          if (this.#requestMatchesCachedItem(requestQuery, cachedRequest, cachedResponse, options)) resultList.push(requestResponse);
        }
        return resultList;
      }
      #requestMatchesCachedItem(requestQuery, request, response = null, options) {
        const queryURL = new URL(requestQuery.url);
        const cachedURL = new URL(request.url);
        if (options?.ignoreSearch) {
          cachedURL.search = "";
          queryURL.search = "";
        }
        if (!urlEquals(queryURL, cachedURL, true)) return false;
        if (response == null || options?.ignoreVary || !response.headersList.contains("vary")) return true;
        const fieldValues = getFieldValues(response.headersList.get("vary"));
        for (const fieldValue of fieldValues) {
          if (fieldValue === "*") return false;
          const requestValue = request.headersList.get(fieldValue);
          const queryValue = requestQuery.headersList.get(fieldValue);
          if (requestValue !== queryValue) return false;
        }
        return true;
      }
      #internalMatchAll(request, options, maxResponses = 1 / 0) {
        let r = null;
        if (request !== void 0) if (request instanceof Request) {
          r = request[kState];
          if (r.method !== "GET" && !options.ignoreMethod) return [];
        } else if (typeof request === "string") r = new Request(request)[kState];
        const responses = [];
        if (request === void 0) for (const requestResponse of this.#relevantRequestResponseList) responses.push(requestResponse[1]); else {
          const requestResponses = this.#queryCache(r, options);
          for (const requestResponse of requestResponses) responses.push(requestResponse[1]);
        }
        const responseList = [];
        for (const response of responses) {
          const responseObject = fromInnerResponse(response, "immutable");
          responseList.push(responseObject.clone());
          if (responseList.length >= maxResponses) break;
        }
        return Object.freeze(responseList);
      }
    }
    Object.defineProperties(Cache.prototype, {
      [Symbol.toStringTag]: {
        value: "Cache",
        configurable: true
      },
      match: kEnumerableProperty,
      matchAll: kEnumerableProperty,
      add: kEnumerableProperty,
      addAll: kEnumerableProperty,
      put: kEnumerableProperty,
      delete: kEnumerableProperty,
      keys: kEnumerableProperty
    });
    const cacheQueryOptionConverters = [ {
      key: "ignoreSearch",
      converter: webidl.converters.boolean,
      defaultValue: () => false
    }, {
      key: "ignoreMethod",
      converter: webidl.converters.boolean,
      defaultValue: () => false
    }, {
      key: "ignoreVary",
      converter: webidl.converters.boolean,
      defaultValue: () => false
    } ];
    webidl.converters.CacheQueryOptions = webidl.dictionaryConverter(cacheQueryOptionConverters);
    webidl.converters.MultiCacheQueryOptions = webidl.dictionaryConverter([ ...cacheQueryOptionConverters, {
      key: "cacheName",
      converter: webidl.converters.DOMString
    } ]);
    webidl.converters.Response = webidl.interfaceConverter(Response);
    webidl.converters["sequence<RequestInfo>"] = webidl.sequenceConverter(webidl.converters.RequestInfo);
    module.exports = {
      Cache: Cache
    };
  },
  3245: (module, __unused_webpack_exports, __nccwpck_require__) => {
    const {kConstruct: kConstruct} = __nccwpck_require__(109);
    const {Cache: Cache} = __nccwpck_require__(9634);
    const {webidl: webidl} = __nccwpck_require__(5893);
    const {kEnumerableProperty: kEnumerableProperty} = __nccwpck_require__(3440);
    class CacheStorage {
      #caches=new Map;
      constructor() {
        if (arguments[0] !== kConstruct) webidl.illegalConstructor();
        webidl.util.markAsUncloneable(this);
      }
      async match(request, options = {}) {
        webidl.brandCheck(this, CacheStorage);
        webidl.argumentLengthCheck(arguments, 1, "CacheStorage.match");
        request = webidl.converters.RequestInfo(request);
        options = webidl.converters.MultiCacheQueryOptions(options);
        if (options.cacheName != null) {
          if (this.#caches.has(options.cacheName)) {
            const cacheList = this.#caches.get(options.cacheName);
            const cache = new Cache(kConstruct, cacheList);
            return await cache.match(request, options);
          }
        } else for (const cacheList of this.#caches.values()) {
          const cache = new Cache(kConstruct, cacheList);
          const response = await cache.match(request, options);
          if (response !== void 0) return response;
        }
      }
      async has(cacheName) {
        webidl.brandCheck(this, CacheStorage);
        const prefix = "CacheStorage.has";
        webidl.argumentLengthCheck(arguments, 1, prefix);
        cacheName = webidl.converters.DOMString(cacheName, prefix, "cacheName");
        return this.#caches.has(cacheName);
      }
      async open(cacheName) {
        webidl.brandCheck(this, CacheStorage);
        const prefix = "CacheStorage.open";
        webidl.argumentLengthCheck(arguments, 1, prefix);
        cacheName = webidl.converters.DOMString(cacheName, prefix, "cacheName");
        if (this.#caches.has(cacheName)) {
          const cache = this.#caches.get(cacheName);
          return new Cache(kConstruct, cache);
        }
        const cache = [];
        this.#caches.set(cacheName, cache);
        return new Cache(kConstruct, cache);
      }
      async delete(cacheName) {
        webidl.brandCheck(this, CacheStorage);
        const prefix = "CacheStorage.delete";
        webidl.argumentLengthCheck(arguments, 1, prefix);
        cacheName = webidl.converters.DOMString(cacheName, prefix, "cacheName");
        return this.#caches.delete(cacheName);
      }
      async keys() {
        webidl.brandCheck(this, CacheStorage);
        const keys = this.#caches.keys();
        return [ ...keys ];
      }
    }
    Object.defineProperties(CacheStorage.prototype, {
      [Symbol.toStringTag]: {
        value: "CacheStorage",
        configurable: true
      },
      match: kEnumerableProperty,
      has: kEnumerableProperty,
      open: kEnumerableProperty,
      delete: kEnumerableProperty,
      keys: kEnumerableProperty
    });
    module.exports = {
      CacheStorage: CacheStorage
    };
  },
  109: (module, __unused_webpack_exports, __nccwpck_require__) => {
    module.exports = {
      kConstruct: __nccwpck_require__(6443).kConstruct
    };
  },
  6798: (module, __unused_webpack_exports, __nccwpck_require__) => {
    const assert = __nccwpck_require__(4589);
    const {URLSerializer: URLSerializer} = __nccwpck_require__(1900);
    const {isValidHeaderName: isValidHeaderName} = __nccwpck_require__(3168);
    module.exports = {
      urlEquals: function(A, B, excludeFragment = false) {
        const serializedA = URLSerializer(A, excludeFragment);
        const serializedB = URLSerializer(B, excludeFragment);
        return serializedA === serializedB;
      },
      getFieldValues: function(header) {
        assert(header !== null);
        const values = [];
        for (let value of header.split(",")) {
          value = value.trim();
          if (isValidHeaderName(value)) values.push(value);
        }
        return values;
      }
    };
  },
  1276: module => {
    module.exports = {
      maxAttributeValueSize: 1024,
      maxNameValuePairSize: 4096
    };
  },
  9061: (module, __unused_webpack_exports, __nccwpck_require__) => {
    const {parseSetCookie: parseSetCookie} = __nccwpck_require__(1978);
    const {stringify: stringify} = __nccwpck_require__(7797);
    const {webidl: webidl} = __nccwpck_require__(5893);
    const {Headers: Headers} = __nccwpck_require__(660);
    function setCookie(headers, cookie) {
      webidl.argumentLengthCheck(arguments, 2, "setCookie");
      webidl.brandCheck(headers, Headers, {
        strict: false
      });
      cookie = webidl.converters.Cookie(cookie);
      const str = stringify(cookie);
      if (str) headers.append("Set-Cookie", str);
    }
    webidl.converters.DeleteCookieAttributes = webidl.dictionaryConverter([ {
      converter: webidl.nullableConverter(webidl.converters.DOMString),
      key: "path",
      defaultValue: () => null
    }, {
      converter: webidl.nullableConverter(webidl.converters.DOMString),
      key: "domain",
      defaultValue: () => null
    } ]);
    webidl.converters.Cookie = webidl.dictionaryConverter([ {
      converter: webidl.converters.DOMString,
      key: "name"
    }, {
      converter: webidl.converters.DOMString,
      key: "value"
    }, {
      converter: webidl.nullableConverter(value => {
        if (typeof value === "number") return webidl.converters["unsigned long long"](value);
        return new Date(value);
      }),
      key: "expires",
      defaultValue: () => null
    }, {
      converter: webidl.nullableConverter(webidl.converters["long long"]),
      key: "maxAge",
      defaultValue: () => null
    }, {
      converter: webidl.nullableConverter(webidl.converters.DOMString),
      key: "domain",
      defaultValue: () => null
    }, {
      converter: webidl.nullableConverter(webidl.converters.DOMString),
      key: "path",
      defaultValue: () => null
    }, {
      converter: webidl.nullableConverter(webidl.converters.boolean),
      key: "secure",
      defaultValue: () => null
    }, {
      converter: webidl.nullableConverter(webidl.converters.boolean),
      key: "httpOnly",
      defaultValue: () => null
    }, {
      converter: webidl.converters.USVString,
      key: "sameSite",
      allowedValues: [ "Strict", "Lax", "None" ]
    }, {
      converter: webidl.sequenceConverter(webidl.converters.DOMString),
      key: "unparsed",
      defaultValue: () => new Array(0)
    } ]);
    module.exports = {
      getCookies: function(headers) {
        webidl.argumentLengthCheck(arguments, 1, "getCookies");
        webidl.brandCheck(headers, Headers, {
          strict: false
        });
        const cookie = headers.get("cookie");
        const out = {};
        if (!cookie) return out;
        for (const piece of cookie.split(";")) {
          const [name, ...value] = piece.split("=");
          out[name.trim()] = value.join("=");
        }
        return out;
      },
      deleteCookie: function(headers, name, attributes) {
        webidl.brandCheck(headers, Headers, {
          strict: false
        });
        const prefix = "deleteCookie";
        webidl.argumentLengthCheck(arguments, 2, prefix);
        name = webidl.converters.DOMString(name, prefix, "name");
        attributes = webidl.converters.DeleteCookieAttributes(attributes);
        setCookie(headers, {
          name: name,
          value: "",
          expires: new Date(0),
          ...attributes
        });
      },
      getSetCookies: function(headers) {
        webidl.argumentLengthCheck(arguments, 1, "getSetCookies");
        webidl.brandCheck(headers, Headers, {
          strict: false
        });
        const cookies = headers.getSetCookie();
        if (!cookies) return [];
        return cookies.map(pair => parseSetCookie(pair));
      },
      setCookie: setCookie
    };
  },
  1978: (module, __unused_webpack_exports, __nccwpck_require__) => {
    const {maxNameValuePairSize: maxNameValuePairSize, maxAttributeValueSize: maxAttributeValueSize} = __nccwpck_require__(1276);
    const {isCTLExcludingHtab: isCTLExcludingHtab} = __nccwpck_require__(7797);
    const {collectASequenceOfCodePointsFast: collectASequenceOfCodePointsFast} = __nccwpck_require__(1900);
    const assert = __nccwpck_require__(4589);
    function parseUnparsedAttributes(unparsedAttributes, cookieAttributeList = {}) {
      if (unparsedAttributes.length === 0) return cookieAttributeList;
      assert(unparsedAttributes[0] === ";");
      unparsedAttributes = unparsedAttributes.slice(1);
      let cookieAv = "";
      if (unparsedAttributes.includes(";")) {
        cookieAv = collectASequenceOfCodePointsFast(";", unparsedAttributes, {
          position: 0
        });
        unparsedAttributes = unparsedAttributes.slice(cookieAv.length);
      } else {
        cookieAv = unparsedAttributes;
        unparsedAttributes = "";
      }
      let attributeName = "";
      let attributeValue = "";
      if (cookieAv.includes("=")) {
        const position = {
          position: 0
        };
        attributeName = collectASequenceOfCodePointsFast("=", cookieAv, position);
        attributeValue = cookieAv.slice(position.position + 1);
      } else attributeName = cookieAv;
      attributeName = attributeName.trim();
      attributeValue = attributeValue.trim();
      if (attributeValue.length > maxAttributeValueSize) return parseUnparsedAttributes(unparsedAttributes, cookieAttributeList);
      const attributeNameLowercase = attributeName.toLowerCase();
      if (attributeNameLowercase === "expires") {
        const expiryTime = new Date(attributeValue);
        cookieAttributeList.expires = expiryTime;
      } else if (attributeNameLowercase === "max-age") {
        const charCode = attributeValue.charCodeAt(0);
        if ((charCode < 48 || charCode > 57) && attributeValue[0] !== "-") return parseUnparsedAttributes(unparsedAttributes, cookieAttributeList);
        if (!/^\d+$/.test(attributeValue)) return parseUnparsedAttributes(unparsedAttributes, cookieAttributeList);
        const deltaSeconds = Number(attributeValue);
        cookieAttributeList.maxAge = deltaSeconds;
      } else if (attributeNameLowercase === "domain") {
        let cookieDomain = attributeValue;
        if (cookieDomain[0] === ".") cookieDomain = cookieDomain.slice(1);
        cookieDomain = cookieDomain.toLowerCase();
        cookieAttributeList.domain = cookieDomain;
      } else if (attributeNameLowercase === "path") {
        let cookiePath = "";
        if (attributeValue.length === 0 || attributeValue[0] !== "/") cookiePath = "/"; else cookiePath = attributeValue;
        cookieAttributeList.path = cookiePath;
      } else if (attributeNameLowercase === "secure") cookieAttributeList.secure = true; else if (attributeNameLowercase === "httponly") cookieAttributeList.httpOnly = true; else if (attributeNameLowercase === "samesite") {
        const attributeValueLowercase = attributeValue.toLowerCase();
        if (attributeValueLowercase === "none") cookieAttributeList.sameSite = "None"; else if (attributeValueLowercase === "strict") cookieAttributeList.sameSite = "Strict"; else if (attributeValueLowercase === "lax") cookieAttributeList.sameSite = "Lax";
      } else {
        cookieAttributeList.unparsed ??= [];
        cookieAttributeList.unparsed.push(`${attributeName}=${attributeValue}`);
      }
      return parseUnparsedAttributes(unparsedAttributes, cookieAttributeList);
    }
    module.exports = {
      parseSetCookie: function(header) {
        if (isCTLExcludingHtab(header)) return null;
        let nameValuePair = "";
        let unparsedAttributes = "";
        let name = "";
        let value = "";
        if (header.includes(";")) {
          const position = {
            position: 0
          };
          nameValuePair = collectASequenceOfCodePointsFast(";", header, position);
          unparsedAttributes = header.slice(position.position);
        } else nameValuePair = header;
        if (!nameValuePair.includes("=")) value = nameValuePair; else {
          const position = {
            position: 0
          };
          name = collectASequenceOfCodePointsFast("=", nameValuePair, position);
          value = nameValuePair.slice(position.position + 1);
        }
        name = name.trim();
        value = value.trim();
        if (name.length + value.length > maxNameValuePairSize) return null;
        return {
          name: name,
          value: value,
          ...parseUnparsedAttributes(unparsedAttributes)
        };
      },
      parseUnparsedAttributes: parseUnparsedAttributes
    };
  },
  7797: module => {
    function validateCookieName(name) {
      for (let i = 0; i < name.length; ++i) {
        const code = name.charCodeAt(i);
        if (code < 33 || code > 126 || code === 34 || code === 40 || code === 41 || code === 60 || code === 62 || code === 64 || code === 44 || code === 59 || code === 58 || code === 92 || code === 47 || code === 91 || code === 93 || code === 63 || code === 61 || code === 123 || code === 125) throw new Error("Invalid cookie name");
      }
    }
    function validateCookieValue(value) {
      let len = value.length;
      let i = 0;
      if (value[0] === '"') {
        if (len === 1 || value[len - 1] !== '"') throw new Error("Invalid cookie value");
        --len;
        ++i;
      }
      while (i < len) {
        const code = value.charCodeAt(i++);
        if (code < 33 || code > 126 || code === 34 || code === 44 || code === 59 || code === 92) throw new Error("Invalid cookie value");
      }
    }
    function validateCookiePath(path) {
      for (let i = 0; i < path.length; ++i) {
        const code = path.charCodeAt(i);
        if (code < 32 || code > 126 || code === 59) throw new Error("Invalid cookie path");
      }
    }
    function isLetterOrDigit(code) {
      return code >= 48 && code <= 57 || code >= 65 && code <= 90 || code >= 97 && code <= 122;
    }
    function validateCookieDomain(domain) {
      if (domain === " ") return;
      if (domain.length > 255) throw new Error("Invalid cookie domain");
      let labelLength = 0;
      for (let i = 0; i < domain.length; ++i) {
        const code = domain.charCodeAt(i);
        if (code === 46) {
          if (labelLength === 0) throw new Error("Invalid cookie domain");
          if (domain.charCodeAt(i - 1) === 45) throw new Error("Invalid cookie domain");
          labelLength = 0;
          continue;
        }
        if (labelLength === 0 && !isLetterOrDigit(code)) throw new Error("Invalid cookie domain");
        if (!isLetterOrDigit(code) && code !== 45) throw new Error("Invalid cookie domain");
        if (++labelLength > 63) throw new Error("Invalid cookie domain");
      }
      if (labelLength === 0 || domain.charCodeAt(domain.length - 1) === 45) throw new Error("Invalid cookie domain");
    }
    const IMFDays = [ "Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat" ];
    const IMFMonths = [ "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec" ];
    const IMFPaddedNumbers = Array(61).fill(0).map((_, i) => i.toString().padStart(2, "0"));
    function toIMFDate(date) {
      if (typeof date === "number") date = new Date(date);
      return `${IMFDays[date.getUTCDay()]}, ${IMFPaddedNumbers[date.getUTCDate()]} ${IMFMonths[date.getUTCMonth()]} ${date.getUTCFullYear()} ${IMFPaddedNumbers[date.getUTCHours()]}:${IMFPaddedNumbers[date.getUTCMinutes()]}:${IMFPaddedNumbers[date.getUTCSeconds()]} GMT`;
    }
    function validateCookieMaxAge(maxAge) {
      if (maxAge < 0) throw new Error("Invalid cookie max-age");
    }
    module.exports = {
      isCTLExcludingHtab: function(value) {
        for (let i = 0; i < value.length; ++i) {
          const code = value.charCodeAt(i);
          if (code >= 0 && code <= 8 || code >= 10 && code <= 31 || code === 127) return true;
        }
        return false;
      },
      validateCookieName: validateCookieName,
      validateCookiePath: validateCookiePath,
      validateCookieValue: validateCookieValue,
      toIMFDate: toIMFDate,
      stringify: function(cookie) {
        if (cookie.name.length === 0) return null;
        validateCookieName(cookie.name);
        validateCookieValue(cookie.value);
        const out = [ `${cookie.name}=${cookie.value}` ];
        if (cookie.name.startsWith("__Secure-")) cookie.secure = true;
        if (cookie.name.startsWith("__Host-")) {
          cookie.secure = true;
          cookie.domain = null;
          cookie.path = "/";
        }
        if (cookie.secure) out.push("Secure");
        if (cookie.httpOnly) out.push("HttpOnly");
        if (typeof cookie.maxAge === "number") {
          validateCookieMaxAge(cookie.maxAge);
          out.push(`Max-Age=${cookie.maxAge}`);
        }
        if (cookie.domain) {
          validateCookieDomain(cookie.domain);
          out.push(`Domain=${cookie.domain}`);
        }
        if (cookie.path) {
          validateCookiePath(cookie.path);
          out.push(`Path=${cookie.path}`);
        }
        if (cookie.expires && cookie.expires.toString() !== "Invalid Date") out.push(`Expires=${toIMFDate(cookie.expires)}`);
        if (cookie.sameSite) out.push(`SameSite=${cookie.sameSite}`);
        for (const part of cookie.unparsed) {
          if (!part.includes("=")) throw new Error("Invalid unparsed");
          const [key, ...value] = part.split("=");
          const trimmedKey = key.trim();
          const joinedValue = value.join("=");
          validateCookieName(trimmedKey);
          validateCookieValue(joinedValue);
          out.push(`${trimmedKey}=${joinedValue}`);
        }
        return out.join("; ");
      }
    };
  },
  4031: (module, __unused_webpack_exports, __nccwpck_require__) => {
    const buffer = __nccwpck_require__(4573);
    const {Transform: Transform} = __nccwpck_require__(7075);
    const {isASCIINumber: isASCIINumber, isValidLastEventId: isValidLastEventId} = __nccwpck_require__(4811);
    const BOM = [ 239, 187, 191 ];
    const LF = 10;
    const CR = 13;
    const COLON = 58;
    const SPACE = 32;
    const defaultMaxEventSize = buffer.kStringMaxLength;
    const DATA = Buffer.from("data");
    const EVENT = Buffer.from("event");
    const ID = Buffer.from("id");
    const RETRY = Buffer.from("retry");
    const minParserItems = 1024;
    const maxParserItems = 131072;
    const bytesPerParserItem = 128;
    function isASCIINumberBytes(buffer, start) {
      if (start >= buffer.length) return false;
      for (let i = start; i < buffer.length; i++) if (buffer[i] < 48 || buffer[i] > 57) return false;
      return true;
    }
    function isValidLastEventIdBytes(buffer, start) {
      for (let i = start; i < buffer.length; i++) if (buffer[i] === 0) return false;
      return true;
    }
    function isFieldName(line, length, field) {
      if (length !== field.length) return false;
      for (let i = 0; i < length; i++) if (line[i] !== field[i]) return false;
      return true;
    }
    function createMaxEventSizeExceededError() {
      const error = new Error("EventSource message size exceeded");
      error.aborted = false;
      return error;
    }
    module.exports = {
      EventSourceStream: class extends Transform {
        state=null;
        checkBOM=true;
        crlfCheck=false;
        eventEndCheck=false;
        chunks=[];
        chunkIndex=0;
        pos=0;
        lineChunkIndex=0;
        linePos=0;
        lineLength=0;
        eventSize=0;
        eventFieldSizes={
          data: 0,
          event: 0,
          id: 0,
          retry: 0
        };
        dataLineCount=0;
        maxEventSize;
        maxDataLines;
        maxBufferedChunks;
        event={
          data: void 0,
          event: void 0,
          id: void 0,
          retry: void 0
        };
        constructor(options = {}) {
          options.readableObjectMode = true;
          super(options);
          this.state = options.eventSourceSettings || {};
          this.maxEventSize = options.maxEventSize ?? defaultMaxEventSize;
          const parserItemLimit = this.maxEventSize > 0 ? Math.min(maxParserItems, Math.max(minParserItems, Math.floor(this.maxEventSize / bytesPerParserItem))) : 0;
          this.maxDataLines = parserItemLimit;
          this.maxBufferedChunks = parserItemLimit;
          if (options.push) this.push = options.push;
        }
        _transform(chunk, _encoding, callback) {
          if (chunk.length === 0) {
            callback();
            return;
          }
          if (this.maxEventSize > 0 && this.chunks.length >= this.maxBufferedChunks && chunk[0] !== LF && chunk[0] !== CR) {
            callback(createMaxEventSizeExceededError());
            return;
          }
          this.chunks.push(chunk);
          if (this.checkBOM) if (this.handleBOM()) {
            callback();
            return;
          }
          while (this.hasCurrentByte()) {
            const byte = this.currentByte();
            if (this.eventEndCheck) {
              if (this.crlfCheck) {
                if (byte === LF) {
                  this.crlfCheck = false;
                  this.consumeCurrentByte();
                  continue;
                }
                this.crlfCheck = false;
              }
              if (byte === LF || byte === CR) {
                if (byte === CR) this.crlfCheck = true;
                this.consumeCurrentByte();
                if (this.hasPendingEvent()) this.processEvent(this.event);
                this.clearEvent();
                continue;
              }
              this.eventEndCheck = false;
              continue;
            }
            if (byte === LF || byte === CR) {
              if (byte === CR) this.crlfCheck = true;
              try {
                this.parseLine(this.readLine(), this.event);
              } catch (error) {
                callback(error);
                return;
              }
              this.consumeCurrentByte();
              this.eventEndCheck = true;
              continue;
            }
            if (this.maxEventSize > 0 && ++this.lineLength > this.maxEventSize + 7) {
              callback(createMaxEventSizeExceededError());
              return;
            }
            this.advanceCursor();
          }
          callback();
        }
        _destroy(error, callback) {
          this.chunks.length = 0;
          this.clearEvent();
          super._destroy(error, callback);
        }
        parseLine(line, event) {
          if (line.length === 0) return;
          const colonPosition = line.indexOf(COLON);
          if (colonPosition === 0) return;
          let fieldLength = line.length;
          let valueStart = line.length;
          if (colonPosition !== -1) {
            fieldLength = colonPosition;
            valueStart = colonPosition + 1;
            if (line[valueStart] === SPACE) ++valueStart;
          }
          if (isFieldName(line, fieldLength, DATA)) {
            if (this.maxEventSize > 0 && this.dataLineCount >= this.maxDataLines) throw createMaxEventSizeExceededError();
            const valueBytes = line.length - valueStart;
            const dataSize = this.eventFieldSizes.data + (event.data === void 0 ? 0 : 1) + valueBytes;
            this.setEventFieldSize("data", dataSize);
            const value = line.toString("utf8", valueStart);
            if (event.data === void 0) event.data = value; else event.data += `\n${value}`;
            this.dataLineCount++;
            return;
          }
          if (isFieldName(line, fieldLength, RETRY)) {
            if (isASCIINumberBytes(line, valueStart)) {
              this.setEventFieldSize("retry", line.length - valueStart);
              event.retry = line.toString("utf8", valueStart);
            }
            return;
          }
          if (isFieldName(line, fieldLength, ID)) {
            if (isValidLastEventIdBytes(line, valueStart)) {
              this.setEventFieldSize("id", line.length - valueStart);
              event.id = line.toString("utf8", valueStart);
            }
            return;
          }
          if (isFieldName(line, fieldLength, EVENT)) if (valueStart < line.length) {
            this.setEventFieldSize("event", line.length - valueStart);
            event.event = line.toString("utf8", valueStart);
          }
        }
        setEventFieldSize(field, size) {
          const eventSize = this.eventSize - this.eventFieldSizes[field] + size;
          if (this.maxEventSize > 0 && eventSize > this.maxEventSize) throw createMaxEventSizeExceededError();
          this.eventSize = eventSize;
          this.eventFieldSizes[field] = size;
        }
        processEvent(event) {
          if (event.retry && isASCIINumber(event.retry)) this.state.reconnectionTime = parseInt(event.retry, 10);
          if (event.id && isValidLastEventId(event.id)) this.state.lastEventId = event.id;
          if (event.data !== void 0) this.push({
            type: event.event || "message",
            options: {
              data: event.data,
              lastEventId: this.state.lastEventId,
              origin: this.state.origin
            }
          });
        }
        clearEvent() {
          this.event.data = void 0;
          this.event.event = void 0;
          this.event.id = void 0;
          this.event.retry = void 0;
          this.eventSize = 0;
          this.dataLineCount = 0;
          this.eventFieldSizes.data = 0;
          this.eventFieldSizes.event = 0;
          this.eventFieldSizes.id = 0;
          this.eventFieldSizes.retry = 0;
        }
        hasPendingEvent() {
          return this.event.data !== void 0 || this.event.event !== void 0 || this.event.id !== void 0 || this.event.retry !== void 0;
        }
        hasCurrentByte() {
          return this.chunkIndex < this.chunks.length && this.pos < this.chunks[this.chunkIndex].length;
        }
        currentByte() {
          return this.chunks[this.chunkIndex][this.pos];
        }
        consumeCurrentByte() {
          this.advanceCursor();
          this.syncLineStartToCursor();
        }
        advanceCursor() {
          this.pos++;
          while (this.chunkIndex < this.chunks.length && this.pos >= this.chunks[this.chunkIndex].length) {
            this.chunkIndex++;
            this.pos = 0;
          }
        }
        syncLineStartToCursor() {
          this.lineChunkIndex = this.chunkIndex;
          this.linePos = this.pos;
          this.lineLength = 0;
          this.dropConsumedChunks();
        }
        dropConsumedChunks() {
          if (this.lineChunkIndex > 0) {
            const consumed = this.lineChunkIndex;
            this.chunks.splice(0, consumed);
            this.lineChunkIndex = 0;
            this.chunkIndex -= consumed;
          }
          if (this.chunkIndex === this.chunks.length) {
            this.chunks.length = 0;
            this.chunkIndex = 0;
            this.pos = 0;
            this.lineChunkIndex = 0;
            this.linePos = 0;
          }
        }
        readLine() {
          if (this.lineChunkIndex === this.chunkIndex) return this.chunks[this.chunkIndex].subarray(this.linePos, this.pos);
          const chunks = [];
          let length = 0;
          for (let i = this.lineChunkIndex; i <= this.chunkIndex; i++) {
            const chunk = this.chunks[i];
            const start = i === this.lineChunkIndex ? this.linePos : 0;
            const end = i === this.chunkIndex ? this.pos : chunk.length;
            const slice = chunk.subarray(start, end);
            length += slice.length;
            chunks.push(slice);
          }
          return Buffer.concat(chunks, length);
        }
        peekBufferedByte(offset) {
          let chunkIndex = this.lineChunkIndex;
          let pos = this.linePos;
          while (chunkIndex < this.chunks.length) {
            const chunk = this.chunks[chunkIndex];
            const remaining = chunk.length - pos;
            if (offset < remaining) return chunk[pos + offset];
            offset -= remaining;
            chunkIndex++;
            pos = 0;
          }
        }
        discardLeadingBytes(count) {
          while (count > 0 && this.lineChunkIndex < this.chunks.length) {
            const chunk = this.chunks[this.lineChunkIndex];
            const remaining = chunk.length - this.linePos;
            if (count < remaining) {
              this.linePos += count;
              count = 0;
            } else {
              count -= remaining;
              this.lineChunkIndex++;
              this.linePos = 0;
            }
          }
          this.chunkIndex = this.lineChunkIndex;
          this.pos = this.linePos;
          this.dropConsumedChunks();
        }
        handleBOM() {
          const first = this.peekBufferedByte(0);
          const second = this.peekBufferedByte(1);
          const third = this.peekBufferedByte(2);
          if (second === void 0) {
            if (first === BOM[0]) return true;
            this.checkBOM = false;
            return true;
          }
          if (third === void 0) {
            if (first === BOM[0] && second === BOM[1]) return true;
            this.checkBOM = false;
            return false;
          }
          if (first === BOM[0] && second === BOM[1] && third === BOM[2]) this.discardLeadingBytes(3);
          this.checkBOM = false;
          return !this.hasCurrentByte();
        }
      }
    };
  },
  1238: (module, __unused_webpack_exports, __nccwpck_require__) => {
    const {pipeline: pipeline} = __nccwpck_require__(7075);
    const {fetching: fetching} = __nccwpck_require__(4398);
    const {makeRequest: makeRequest} = __nccwpck_require__(9967);
    const {webidl: webidl} = __nccwpck_require__(5893);
    const {EventSourceStream: EventSourceStream} = __nccwpck_require__(4031);
    const {parseMIMEType: parseMIMEType} = __nccwpck_require__(1900);
    const {createFastMessageEvent: createFastMessageEvent} = __nccwpck_require__(5188);
    const {isNetworkError: isNetworkError} = __nccwpck_require__(9051);
    const {delay: delay} = __nccwpck_require__(4811);
    const {kEnumerableProperty: kEnumerableProperty} = __nccwpck_require__(3440);
    const {environmentSettingsObject: environmentSettingsObject} = __nccwpck_require__(3168);
    const {getGlobalDispatcher: getGlobalDispatcher} = __nccwpck_require__(2581);
    let experimentalWarned = false;
    const defaultReconnectionTime = 3e3;
    const CONNECTING = 0;
    const OPEN = 1;
    const CLOSED = 2;
    const ANONYMOUS = "anonymous";
    const USE_CREDENTIALS = "use-credentials";
    class EventSource extends EventTarget {
      #events={
        open: null,
        error: null,
        message: null
      };
      #url=null;
      #withCredentials=false;
      #readyState=CONNECTING;
      #request=null;
      #controller=null;
      #dispatcher;
      #state;
      constructor(url, eventSourceInitDict = {}) {
        super();
        webidl.util.markAsUncloneable(this);
        const prefix = "EventSource constructor";
        webidl.argumentLengthCheck(arguments, 1, prefix);
        if (!experimentalWarned) {
          experimentalWarned = true;
          process.emitWarning("EventSource is experimental, expect them to change at any time.", {
            code: "UNDICI-ES"
          });
        }
        url = webidl.converters.USVString(url, prefix, "url");
        eventSourceInitDict = webidl.converters.EventSourceInitDict(eventSourceInitDict, prefix, "eventSourceInitDict");
        this.#dispatcher = eventSourceInitDict.dispatcher;
        this.#state = {
          lastEventId: "",
          reconnectionTime: defaultReconnectionTime
        };
        const settings = environmentSettingsObject;
        let urlRecord;
        try {
          urlRecord = new URL(url, settings.settingsObject.baseUrl);
          this.#state.origin = urlRecord.origin;
        } catch (e) {
          throw new DOMException(e, "SyntaxError");
        }
        this.#url = urlRecord.href;
        let corsAttributeState = ANONYMOUS;
        if (eventSourceInitDict.withCredentials) {
          corsAttributeState = USE_CREDENTIALS;
          this.#withCredentials = true;
        }
        const initRequest = {
          redirect: "follow",
          keepalive: true,
          mode: "cors",
          credentials: corsAttributeState === "anonymous" ? "same-origin" : "omit",
          referrer: "no-referrer"
        };
        initRequest.client = environmentSettingsObject.settingsObject;
        initRequest.headersList = [ [ "accept", {
          name: "accept",
          value: "text/event-stream"
        } ] ];
        initRequest.cache = "no-store";
        initRequest.initiator = "other";
        initRequest.urlList = [ new URL(this.#url) ];
        this.#request = makeRequest(initRequest);
        this.#connect();
      }
      get readyState() {
        return this.#readyState;
      }
      get url() {
        return this.#url;
      }
      get withCredentials() {
        return this.#withCredentials;
      }
      #connect() {
        if (this.#readyState === CLOSED) return;
        this.#readyState = CONNECTING;
        const fetchParams = {
          request: this.#request,
          dispatcher: this.#dispatcher
        };
        fetchParams.processResponseEndOfBody = response => {
          if (isNetworkError(response)) {
            this.dispatchEvent(new Event("error"));
            this.close();
          }
          this.#reconnect();
        };
        fetchParams.processResponse = response => {
          if (isNetworkError(response)) if (response.aborted) {
            this.close();
            this.dispatchEvent(new Event("error"));
            return;
          } else {
            this.#reconnect();
            return;
          }
          const contentType = response.headersList.get("content-type", true);
          const mimeType = contentType !== null ? parseMIMEType(contentType) : "failure";
          const contentTypeValid = mimeType !== "failure" && mimeType.essence === "text/event-stream";
          if (response.status !== 200 || contentTypeValid === false) {
            this.close();
            this.dispatchEvent(new Event("error"));
            return;
          }
          this.#readyState = OPEN;
          this.dispatchEvent(new Event("open"));
          this.#state.origin = response.urlList[response.urlList.length - 1].origin;
          const eventSourceStream = new EventSourceStream({
            eventSourceSettings: this.#state,
            maxEventSize: this.#dispatcher.eventSourceOptions?.maxEventSize,
            push: event => {
              this.dispatchEvent(createFastMessageEvent(event.type, event.options));
            }
          });
          pipeline(response.body.stream, eventSourceStream, error => {
            if (error?.aborted === false) {
              this.close();
              this.dispatchEvent(new Event("error"));
            }
          });
        };
        this.#controller = fetching(fetchParams);
      }
      async #reconnect() {
        if (this.#readyState === CLOSED) return;
        this.#readyState = CONNECTING;
        this.dispatchEvent(new Event("error"));
        await delay(this.#state.reconnectionTime);
        if (this.#readyState !== CONNECTING) return;
        if (this.#state.lastEventId.length) this.#request.headersList.set("last-event-id", this.#state.lastEventId, true);
        this.#connect();
      }
      close() {
        webidl.brandCheck(this, EventSource);
        if (this.#readyState === CLOSED) return;
        this.#readyState = CLOSED;
        this.#controller.abort();
        this.#request = null;
      }
      get onopen() {
        return this.#events.open;
      }
      set onopen(fn) {
        if (this.#events.open) this.removeEventListener("open", this.#events.open);
        if (typeof fn === "function") {
          this.#events.open = fn;
          this.addEventListener("open", fn);
        } else this.#events.open = null;
      }
      get onmessage() {
        return this.#events.message;
      }
      set onmessage(fn) {
        if (this.#events.message) this.removeEventListener("message", this.#events.message);
        if (typeof fn === "function") {
          this.#events.message = fn;
          this.addEventListener("message", fn);
        } else this.#events.message = null;
      }
      get onerror() {
        return this.#events.error;
      }
      set onerror(fn) {
        if (this.#events.error) this.removeEventListener("error", this.#events.error);
        if (typeof fn === "function") {
          this.#events.error = fn;
          this.addEventListener("error", fn);
        } else this.#events.error = null;
      }
    }
    const constantsPropertyDescriptors = {
      CONNECTING: {
        __proto__: null,
        configurable: false,
        enumerable: true,
        value: CONNECTING,
        writable: false
      },
      OPEN: {
        __proto__: null,
        configurable: false,
        enumerable: true,
        value: OPEN,
        writable: false
      },
      CLOSED: {
        __proto__: null,
        configurable: false,
        enumerable: true,
        value: CLOSED,
        writable: false
      }
    };
    Object.defineProperties(EventSource, constantsPropertyDescriptors);
    Object.defineProperties(EventSource.prototype, constantsPropertyDescriptors);
    Object.defineProperties(EventSource.prototype, {
      close: kEnumerableProperty,
      onerror: kEnumerableProperty,
      onmessage: kEnumerableProperty,
      onopen: kEnumerableProperty,
      readyState: kEnumerableProperty,
      url: kEnumerableProperty,
      withCredentials: kEnumerableProperty
    });
    webidl.converters.EventSourceInitDict = webidl.dictionaryConverter([ {
      key: "withCredentials",
      converter: webidl.converters.boolean,
      defaultValue: () => false
    }, {
      key: "dispatcher",
      converter: webidl.converters.any,
      defaultValue: () => getGlobalDispatcher()
    } ]);
    module.exports = {
      EventSource: EventSource,
      defaultReconnectionTime: defaultReconnectionTime
    };
  },
  4811: module => {
    module.exports = {
      isValidLastEventId: function(value) {
        return value.indexOf("\0") === -1;
      },
      isASCIINumber: function(value) {
        if (value.length === 0) return false;
        for (let i = 0; i < value.length; i++) if (value.charCodeAt(i) < 48 || value.charCodeAt(i) > 57) return false;
        return true;
      },
      delay: function(ms) {
        return new Promise(resolve => {
          setTimeout(resolve, ms).unref();
        });
      }
    };
  },
  4492: (module, __unused_webpack_exports, __nccwpck_require__) => {
    const util = __nccwpck_require__(3440);
    const {ReadableStreamFrom: ReadableStreamFrom, isBlobLike: isBlobLike, isReadableStreamLike: isReadableStreamLike, readableStreamClose: readableStreamClose, createDeferredPromise: createDeferredPromise, fullyReadBody: fullyReadBody, extractMimeType: extractMimeType, utf8DecodeBytes: utf8DecodeBytes} = __nccwpck_require__(3168);
    const {FormData: FormData} = __nccwpck_require__(5910);
    const {kState: kState} = __nccwpck_require__(3627);
    const {webidl: webidl} = __nccwpck_require__(5893);
    const {Blob: Blob} = __nccwpck_require__(4573);
    const assert = __nccwpck_require__(4589);
    const {isErrored: isErrored, isDisturbed: isDisturbed} = __nccwpck_require__(7075);
    const {isArrayBuffer: isArrayBuffer} = __nccwpck_require__(3429);
    const {serializeAMimeType: serializeAMimeType} = __nccwpck_require__(1900);
    const {multipartFormDataParser: multipartFormDataParser} = __nccwpck_require__(116);
    let random;
    try {
      const crypto = __nccwpck_require__(7598);
      random = max => crypto.randomInt(0, max);
    } catch {
      random = max => Math.floor(Math.random(max));
    }
    const textEncoder = new TextEncoder;
    function noop() {}
    const hasFinalizationRegistry = globalThis.FinalizationRegistry && process.version.indexOf("v18") !== 0;
    let streamRegistry;
    if (hasFinalizationRegistry) streamRegistry = new FinalizationRegistry(weakRef => {
      const stream = weakRef.deref();
      if (stream && !stream.locked && !isDisturbed(stream) && !isErrored(stream)) stream.cancel("Response object has been garbage collected").catch(noop);
    });
    function extractBody(object, keepalive = false) {
      let stream = null;
      if (object instanceof ReadableStream) stream = object; else if (isBlobLike(object)) stream = object.stream(); else stream = new ReadableStream({
        async pull(controller) {
          const buffer = typeof source === "string" ? textEncoder.encode(source) : source;
          if (buffer.byteLength) controller.enqueue(buffer);
          queueMicrotask(() => readableStreamClose(controller));
        },
        start() {},
        type: "bytes"
      });
      assert(isReadableStreamLike(stream));
      let action = null;
      let source = null;
      let length = null;
      let type = null;
      if (typeof object === "string") {
        source = object;
        type = "text/plain;charset=UTF-8";
      } else if (object instanceof URLSearchParams) {
        source = object.toString();
        type = "application/x-www-form-urlencoded;charset=UTF-8";
      } else if (isArrayBuffer(object)) source = new Uint8Array(object.slice()); else if (ArrayBuffer.isView(object)) source = new Uint8Array(object.buffer.slice(object.byteOffset, object.byteOffset + object.byteLength)); else if (util.isFormDataLike(object)) {
        const boundary = `----formdata-undici-0${`${random(1e11)}`.padStart(11, "0")}`;
        const prefix = `--${boundary}\r\nContent-Disposition: form-data`
        /*! formdata-polyfill. MIT License. Jimmy Wärting <https://jimmy.warting.se/opensource> */;
        const escape = str => str.replace(/\n/g, "%0A").replace(/\r/g, "%0D").replace(/"/g, "%22");
        const normalizeLinefeeds = value => value.replace(/\r?\n|\r/g, "\r\n");
        const blobParts = [];
        const rn = new Uint8Array([ 13, 10 ]);
        length = 0;
        let hasUnknownSizeValue = false;
        for (const [name, value] of object) if (typeof value === "string") {
          const chunk = textEncoder.encode(prefix + `; name="${escape(normalizeLinefeeds(name))}"` + `\r\n\r\n${normalizeLinefeeds(value)}\r\n`);
          blobParts.push(chunk);
          length += chunk.byteLength;
        } else {
          const chunk = textEncoder.encode(`${prefix}; name="${escape(normalizeLinefeeds(name))}"` + (value.name ? `; filename="${escape(value.name)}"` : "") + "\r\n" + `Content-Type: ${value.type || "application/octet-stream"}\r\n\r\n`);
          blobParts.push(chunk, value, rn);
          if (typeof value.size === "number") length += chunk.byteLength + value.size + rn.byteLength; else hasUnknownSizeValue = true;
        }
        const chunk = textEncoder.encode(`--${boundary}--\r\n`);
        blobParts.push(chunk);
        length += chunk.byteLength;
        if (hasUnknownSizeValue) length = null;
        source = object;
        action = async function*() {
          for (const part of blobParts) if (part.stream) yield* part.stream(); else yield part;
        };
        type = `multipart/form-data; boundary=${boundary}`;
      } else if (isBlobLike(object)) {
        source = object;
        length = object.size;
        if (object.type) type = object.type;
      } else if (typeof object[Symbol.asyncIterator] === "function") {
        if (keepalive) throw new TypeError("keepalive");
        if (util.isDisturbed(object) || object.locked) throw new TypeError("Response body object should not be disturbed or locked");
        stream = object instanceof ReadableStream ? object : ReadableStreamFrom(object);
      }
      if (typeof source === "string" || util.isBuffer(source)) length = Buffer.byteLength(source);
      if (action != null) {
        let iterator;
        stream = new ReadableStream({
          async start() {
            iterator = action(object)[Symbol.asyncIterator]();
          },
          async pull(controller) {
            const {value: value, done: done} = await iterator.next();
            if (done) queueMicrotask(() => {
              controller.close();
              controller.byobRequest?.respond(0);
            }); else if (!isErrored(stream)) {
              const buffer = new Uint8Array(value);
              if (buffer.byteLength) controller.enqueue(buffer);
            }
            return controller.desiredSize > 0;
          },
          async cancel(reason) {
            await iterator.return();
          },
          type: "bytes"
        });
      }
      const body = {
        stream: stream,
        source: source,
        length: length
      };
      return [ body, type ];
    }
    function throwIfAborted(state) {
      if (state.aborted) throw new DOMException("The operation was aborted.", "AbortError");
    }
    function bodyMixinMethods(instance) {
      const methods = {
        blob() {
          return consumeBody(this, bytes => {
            let mimeType = bodyMimeType(this);
            if (mimeType === null) mimeType = ""; else if (mimeType) mimeType = serializeAMimeType(mimeType);
            return new Blob([ bytes ], {
              type: mimeType
            });
          }, instance);
        },
        arrayBuffer() {
          return consumeBody(this, bytes => new Uint8Array(bytes).buffer, instance);
        },
        text() {
          return consumeBody(this, utf8DecodeBytes, instance);
        },
        json() {
          return consumeBody(this, parseJSONFromBytes, instance);
        },
        formData() {
          return consumeBody(this, value => {
            const mimeType = bodyMimeType(this);
            if (mimeType !== null) switch (mimeType.essence) {
             case "multipart/form-data":
              {
                const parsed = multipartFormDataParser(value, mimeType);
                if (parsed === "failure") throw new TypeError("Failed to parse body as FormData.");
                const fd = new FormData;
                fd[kState] = parsed;
                return fd;
              }

             case "application/x-www-form-urlencoded":
              {
                const entries = new URLSearchParams(value.toString());
                const fd = new FormData;
                for (const [name, value] of entries) fd.append(name, value);
                return fd;
              }
            }
            throw new TypeError('Content-Type was not one of "multipart/form-data" or "application/x-www-form-urlencoded".');
          }, instance);
        },
        bytes() {
          return consumeBody(this, bytes => new Uint8Array(bytes), instance);
        }
      };
      return methods;
    }
    async function consumeBody(object, convertBytesToJSValue, instance) {
      webidl.brandCheck(object, instance);
      if (bodyUnusable(object)) throw new TypeError("Body is unusable: Body has already been read");
      throwIfAborted(object[kState]);
      const promise = createDeferredPromise();
      const errorSteps = error => promise.reject(error);
      const successSteps = data => {
        try {
          promise.resolve(convertBytesToJSValue(data));
        } catch (e) {
          errorSteps(e);
        }
      };
      if (object[kState].body == null) {
        successSteps(Buffer.allocUnsafe(0));
        return promise.promise;
      }
      await fullyReadBody(object[kState].body, successSteps, errorSteps);
      return promise.promise;
    }
    function bodyUnusable(object) {
      const body = object[kState].body;
      return body != null && (body.stream.locked || util.isDisturbed(body.stream));
    }
    function parseJSONFromBytes(bytes) {
      return JSON.parse(utf8DecodeBytes(bytes));
    }
    function bodyMimeType(requestOrResponse) {
      const headers = requestOrResponse[kState].headersList;
      const mimeType = extractMimeType(headers);
      if (mimeType === "failure") return null;
      return mimeType;
    }
    module.exports = {
      extractBody: extractBody,
      safelyExtractBody: function(object, keepalive = false) {
        if (object instanceof ReadableStream) {
          assert(!util.isDisturbed(object), "The body has already been consumed.");
          assert(!object.locked, "The stream is locked.");
        }
        return extractBody(object, keepalive);
      },
      cloneBody: function(instance, body) {
        const [out1, out2] = body.stream.tee();
        body.stream = out1;
        return {
          stream: out2,
          length: body.length,
          source: body.source
        };
      },
      mixinBody: function(prototype) {
        Object.assign(prototype.prototype, bodyMixinMethods(prototype));
      },
      streamRegistry: streamRegistry,
      hasFinalizationRegistry: hasFinalizationRegistry,
      bodyUnusable: bodyUnusable
    };
  },
  4495: module => {
    const corsSafeListedMethods = [ "GET", "HEAD", "POST" ];
    const corsSafeListedMethodsSet = new Set(corsSafeListedMethods);
    const redirectStatus = [ 301, 302, 303, 307, 308 ];
    const redirectStatusSet = new Set(redirectStatus);
    const badPorts = [ "1", "7", "9", "11", "13", "15", "17", "19", "20", "21", "22", "23", "25", "37", "42", "43", "53", "69", "77", "79", "87", "95", "101", "102", "103", "104", "109", "110", "111", "113", "115", "117", "119", "123", "135", "137", "139", "143", "161", "179", "389", "427", "465", "512", "513", "514", "515", "526", "530", "531", "532", "540", "548", "554", "556", "563", "587", "601", "636", "989", "990", "993", "995", "1719", "1720", "1723", "2049", "3659", "4045", "4190", "5060", "5061", "6000", "6566", "6665", "6666", "6667", "6668", "6669", "6679", "6697", "10080" ];
    const badPortsSet = new Set(badPorts);
    const referrerPolicy = [ "", "no-referrer", "no-referrer-when-downgrade", "same-origin", "origin", "strict-origin", "origin-when-cross-origin", "strict-origin-when-cross-origin", "unsafe-url" ];
    const referrerPolicySet = new Set(referrerPolicy);
    const safeMethods = [ "GET", "HEAD", "OPTIONS", "TRACE" ];
    const safeMethodsSet = new Set(safeMethods);
    const forbiddenMethods = [ "CONNECT", "TRACE", "TRACK" ];
    const forbiddenMethodsSet = new Set(forbiddenMethods);
    const subresource = [ "audio", "audioworklet", "font", "image", "manifest", "paintworklet", "script", "style", "track", "video", "xslt", "" ];
    const subresourceSet = new Set(subresource);
    module.exports = {
      subresource: subresource,
      forbiddenMethods: forbiddenMethods,
      requestBodyHeader: [ "content-encoding", "content-language", "content-location", "content-type", "content-length" ],
      referrerPolicy: referrerPolicy,
      requestRedirect: [ "follow", "manual", "error" ],
      requestMode: [ "navigate", "same-origin", "no-cors", "cors" ],
      requestCredentials: [ "omit", "same-origin", "include" ],
      requestCache: [ "default", "no-store", "reload", "no-cache", "force-cache", "only-if-cached" ],
      redirectStatus: redirectStatus,
      corsSafeListedMethods: corsSafeListedMethods,
      nullBodyStatus: [ 101, 204, 205, 304 ],
      safeMethods: safeMethods,
      badPorts: badPorts,
      requestDuplex: [ "half" ],
      subresourceSet: subresourceSet,
      badPortsSet: badPortsSet,
      redirectStatusSet: redirectStatusSet,
      corsSafeListedMethodsSet: corsSafeListedMethodsSet,
      safeMethodsSet: safeMethodsSet,
      forbiddenMethodsSet: forbiddenMethodsSet,
      referrerPolicySet: referrerPolicySet
    };
  },
  1900: (module, __unused_webpack_exports, __nccwpck_require__) => {
    const assert = __nccwpck_require__(4589);
    const encoder = new TextEncoder;
    const HTTP_TOKEN_CODEPOINTS = /^[!#$%&'*+\-.^_|~A-Za-z0-9]+$/;
    const HTTP_WHITESPACE_REGEX = /[\u000A\u000D\u0009\u0020]/;
    const ASCII_WHITESPACE_REPLACE_REGEX = /[\u0009\u000A\u000C\u000D\u0020]/g;
    const HTTP_QUOTED_STRING_TOKENS = /^[\u0009\u0020-\u007E\u0080-\u00FF]+$/;
    function URLSerializer(url, excludeFragment = false) {
      if (!excludeFragment) return url.href;
      const href = url.href;
      const hashLength = url.hash.length;
      const serialized = hashLength === 0 ? href : href.substring(0, href.length - hashLength);
      if (!hashLength && href.endsWith("#")) return serialized.slice(0, -1);
      return serialized;
    }
    function collectASequenceOfCodePoints(condition, input, position) {
      let result = "";
      while (position.position < input.length && condition(input[position.position])) {
        result += input[position.position];
        position.position++;
      }
      return result;
    }
    function collectASequenceOfCodePointsFast(char, input, position) {
      const idx = input.indexOf(char, position.position);
      const start = position.position;
      if (idx === -1) {
        position.position = input.length;
        return input.slice(start);
      }
      position.position = idx;
      return input.slice(start, position.position);
    }
    function stringPercentDecode(input) {
      const bytes = encoder.encode(input);
      return percentDecode(bytes);
    }
    function isHexCharByte(byte) {
      return byte >= 48 && byte <= 57 || byte >= 65 && byte <= 70 || byte >= 97 && byte <= 102;
    }
    function hexByteToNumber(byte) {
      return byte >= 48 && byte <= 57 ? byte - 48 : (byte & 223) - 55;
    }
    function percentDecode(input) {
      const length = input.length;
      const output = new Uint8Array(length);
      let j = 0;
      for (let i = 0; i < length; ++i) {
        const byte = input[i];
        if (byte !== 37) output[j++] = byte; else if (byte === 37 && !(isHexCharByte(input[i + 1]) && isHexCharByte(input[i + 2]))) output[j++] = 37; else {
          output[j++] = hexByteToNumber(input[i + 1]) << 4 | hexByteToNumber(input[i + 2]);
          i += 2;
        }
      }
      return length === j ? output : output.subarray(0, j);
    }
    function parseMIMEType(input) {
      input = removeHTTPWhitespace(input, true, true);
      const position = {
        position: 0
      };
      const type = collectASequenceOfCodePointsFast("/", input, position);
      if (type.length === 0 || !HTTP_TOKEN_CODEPOINTS.test(type)) return "failure";
      if (position.position > input.length) return "failure";
      position.position++;
      let subtype = collectASequenceOfCodePointsFast(";", input, position);
      subtype = removeHTTPWhitespace(subtype, false, true);
      if (subtype.length === 0 || !HTTP_TOKEN_CODEPOINTS.test(subtype)) return "failure";
      const typeLowercase = type.toLowerCase();
      const subtypeLowercase = subtype.toLowerCase();
      const mimeType = {
        type: typeLowercase,
        subtype: subtypeLowercase,
        parameters: new Map,
        essence: `${typeLowercase}/${subtypeLowercase}`
      };
      while (position.position < input.length) {
        position.position++;
        collectASequenceOfCodePoints(char => HTTP_WHITESPACE_REGEX.test(char), input, position);
        let parameterName = collectASequenceOfCodePoints(char => char !== ";" && char !== "=", input, position);
        parameterName = parameterName.toLowerCase();
        if (position.position < input.length) {
          if (input[position.position] === ";") continue;
          position.position++;
        }
        if (position.position > input.length) break;
        let parameterValue = null;
        if (input[position.position] === '"') {
          parameterValue = collectAnHTTPQuotedString(input, position, true);
          collectASequenceOfCodePointsFast(";", input, position);
        } else {
          parameterValue = collectASequenceOfCodePointsFast(";", input, position);
          parameterValue = removeHTTPWhitespace(parameterValue, false, true);
          if (parameterValue.length === 0) continue;
        }
        if (parameterName.length !== 0 && HTTP_TOKEN_CODEPOINTS.test(parameterName) && (parameterValue.length === 0 || HTTP_QUOTED_STRING_TOKENS.test(parameterValue)) && !mimeType.parameters.has(parameterName)) mimeType.parameters.set(parameterName, parameterValue);
      }
      return mimeType;
    }
    function forgivingBase64(data) {
      data = data.replace(ASCII_WHITESPACE_REPLACE_REGEX, "");
      let dataLength = data.length;
      if (dataLength % 4 === 0) if (data.charCodeAt(dataLength - 1) === 61) {
        --dataLength;
        if (data.charCodeAt(dataLength - 1) === 61) --dataLength;
      }
      if (dataLength % 4 === 1) return "failure";
      if (/[^+/0-9A-Za-z]/.test(data.length === dataLength ? data : data.substring(0, dataLength))) return "failure";
      const buffer = Buffer.from(data, "base64");
      return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
    }
    function collectAnHTTPQuotedString(input, position, extractValue) {
      const positionStart = position.position;
      let value = "";
      assert(input[position.position] === '"');
      position.position++;
      while (true) {
        value += collectASequenceOfCodePoints(char => char !== '"' && char !== "\\", input, position);
        if (position.position >= input.length) break;
        const quoteOrBackslash = input[position.position];
        position.position++;
        if (quoteOrBackslash === "\\") {
          if (position.position >= input.length) {
            value += "\\";
            break;
          }
          value += input[position.position];
          position.position++;
        } else {
          assert(quoteOrBackslash === '"');
          break;
        }
      }
      if (extractValue) return value;
      return input.slice(positionStart, position.position);
    }
    function isHTTPWhiteSpace(char) {
      return char === 13 || char === 10 || char === 9 || char === 32;
    }
    function removeHTTPWhitespace(str, leading = true, trailing = true) {
      return removeChars(str, leading, trailing, isHTTPWhiteSpace);
    }
    function isASCIIWhitespace(char) {
      return char === 13 || char === 10 || char === 9 || char === 12 || char === 32;
    }
    function removeASCIIWhitespace(str, leading = true, trailing = true) {
      return removeChars(str, leading, trailing, isASCIIWhitespace);
    }
    function removeChars(str, leading, trailing, predicate) {
      let lead = 0;
      let trail = str.length - 1;
      if (leading) while (lead < str.length && predicate(str.charCodeAt(lead))) lead++;
      if (trailing) while (trail > 0 && predicate(str.charCodeAt(trail))) trail--;
      return lead === 0 && trail === str.length - 1 ? str : str.slice(lead, trail + 1);
    }
    function isomorphicDecode(input) {
      const length = input.length;
      if ((2 << 15) - 1 > length) return String.fromCharCode.apply(null, input);
      let result = "";
      let i = 0;
      let addition = (2 << 15) - 1;
      while (i < length) {
        if (i + addition > length) addition = length - i;
        result += String.fromCharCode.apply(null, input.subarray(i, i += addition));
      }
      return result;
    }
    module.exports = {
      dataURLProcessor: function(dataURL) {
        assert(dataURL.protocol === "data:");
        let input = URLSerializer(dataURL, true);
        input = input.slice(5);
        const position = {
          position: 0
        };
        let mimeType = collectASequenceOfCodePointsFast(",", input, position);
        const mimeTypeLength = mimeType.length;
        mimeType = removeASCIIWhitespace(mimeType, true, true);
        if (position.position >= input.length) return "failure";
        position.position++;
        const encodedBody = input.slice(mimeTypeLength + 1);
        let body = stringPercentDecode(encodedBody);
        if (/;(\u0020){0,}base64$/i.test(mimeType)) {
          const stringBody = isomorphicDecode(body);
          body = forgivingBase64(stringBody);
          if (body === "failure") return "failure";
          mimeType = mimeType.slice(0, -6);
          mimeType = mimeType.replace(/(\u0020)+$/, "");
          mimeType = mimeType.slice(0, -1);
        }
        if (mimeType.startsWith(";")) mimeType = "text/plain" + mimeType;
        let mimeTypeRecord = parseMIMEType(mimeType);
        if (mimeTypeRecord === "failure") mimeTypeRecord = parseMIMEType("text/plain;charset=US-ASCII");
        return {
          mimeType: mimeTypeRecord,
          body: body
        };
      },
      URLSerializer: URLSerializer,
      collectASequenceOfCodePoints: collectASequenceOfCodePoints,
      collectASequenceOfCodePointsFast: collectASequenceOfCodePointsFast,
      stringPercentDecode: stringPercentDecode,
      parseMIMEType: parseMIMEType,
      collectAnHTTPQuotedString: collectAnHTTPQuotedString,
      serializeAMimeType: function(mimeType) {
        assert(mimeType !== "failure");
        const {parameters: parameters, essence: essence} = mimeType;
        let serialization = essence;
        for (let [name, value] of parameters.entries()) {
          serialization += ";";
          serialization += name;
          serialization += "=";
          if (!HTTP_TOKEN_CODEPOINTS.test(value)) {
            value = value.replace(/(\\|")/g, "\\$1");
            value = '"' + value;
            value += '"';
          }
          serialization += value;
        }
        return serialization;
      },
      removeChars: removeChars,
      removeHTTPWhitespace: removeHTTPWhitespace,
      minimizeSupportedMimeType: function(mimeType) {
        switch (mimeType.essence) {
         case "application/ecmascript":
         case "application/javascript":
         case "application/x-ecmascript":
         case "application/x-javascript":
         case "text/ecmascript":
         case "text/javascript":
         case "text/javascript1.0":
         case "text/javascript1.1":
         case "text/javascript1.2":
         case "text/javascript1.3":
         case "text/javascript1.4":
         case "text/javascript1.5":
         case "text/jscript":
         case "text/livescript":
         case "text/x-ecmascript":
         case "text/x-javascript":
          return "text/javascript";

         case "application/json":
         case "text/json":
          return "application/json";

         case "image/svg+xml":
          return "image/svg+xml";

         case "text/xml":
         case "application/xml":
          return "application/xml";
        }
        if (mimeType.subtype.endsWith("+json")) return "application/json";
        if (mimeType.subtype.endsWith("+xml")) return "application/xml";
        return "";
      },
      HTTP_TOKEN_CODEPOINTS: HTTP_TOKEN_CODEPOINTS,
      isomorphicDecode: isomorphicDecode
    };
  },
  6653: (module, __unused_webpack_exports, __nccwpck_require__) => {
    const {kConnected: kConnected, kSize: kSize} = __nccwpck_require__(6443);
    class CompatWeakRef {
      constructor(value) {
        this.value = value;
      }
      deref() {
        return this.value[kConnected] === 0 && this.value[kSize] === 0 ? void 0 : this.value;
      }
    }
    class CompatFinalizer {
      constructor(finalizer) {
        this.finalizer = finalizer;
      }
      register(dispatcher, key) {
        if (dispatcher.on) dispatcher.on("disconnect", () => {
          if (dispatcher[kConnected] === 0 && dispatcher[kSize] === 0) this.finalizer(key);
        });
      }
      unregister(key) {}
    }
    module.exports = function() {
      if (process.env.NODE_V8_COVERAGE && process.version.startsWith("v18")) {
        process._rawDebug("Using compatibility WeakRef and FinalizationRegistry");
        return {
          WeakRef: CompatWeakRef,
          FinalizationRegistry: CompatFinalizer
        };
      }
      return {
        WeakRef: WeakRef,
        FinalizationRegistry: FinalizationRegistry
      };
    };
  },
  7114: (module, __unused_webpack_exports, __nccwpck_require__) => {
    const {Blob: Blob, File: File} = __nccwpck_require__(4573);
    const {kState: kState} = __nccwpck_require__(3627);
    const {webidl: webidl} = __nccwpck_require__(5893);
    class FileLike {
      constructor(blobLike, fileName, options = {}) {
        const n = fileName;
        const t = options.type;
        const d = options.lastModified ?? Date.now();
        this[kState] = {
          blobLike: blobLike,
          name: n,
          type: t,
          lastModified: d
        };
      }
      stream(...args) {
        webidl.brandCheck(this, FileLike);
        return this[kState].blobLike.stream(...args);
      }
      arrayBuffer(...args) {
        webidl.brandCheck(this, FileLike);
        return this[kState].blobLike.arrayBuffer(...args);
      }
      slice(...args) {
        webidl.brandCheck(this, FileLike);
        return this[kState].blobLike.slice(...args);
      }
      text(...args) {
        webidl.brandCheck(this, FileLike);
        return this[kState].blobLike.text(...args);
      }
      get size() {
        webidl.brandCheck(this, FileLike);
        return this[kState].blobLike.size;
      }
      get type() {
        webidl.brandCheck(this, FileLike);
        return this[kState].blobLike.type;
      }
      get name() {
        webidl.brandCheck(this, FileLike);
        return this[kState].name;
      }
      get lastModified() {
        webidl.brandCheck(this, FileLike);
        return this[kState].lastModified;
      }
      get [Symbol.toStringTag]() {
        return "File";
      }
    }
    webidl.converters.Blob = webidl.interfaceConverter(Blob);
    module.exports = {
      FileLike: FileLike,
      isFileLike: function(object) {
        return object instanceof File || object && (typeof object.stream === "function" || typeof object.arrayBuffer === "function") && object[Symbol.toStringTag] === "File";
      }
    };
  },
  116: (module, __unused_webpack_exports, __nccwpck_require__) => {
    const {isUSVString: isUSVString, bufferToLowerCasedHeaderName: bufferToLowerCasedHeaderName} = __nccwpck_require__(3440);
    const {utf8DecodeBytes: utf8DecodeBytes} = __nccwpck_require__(3168);
    const {HTTP_TOKEN_CODEPOINTS: HTTP_TOKEN_CODEPOINTS, isomorphicDecode: isomorphicDecode} = __nccwpck_require__(1900);
    const {isFileLike: isFileLike} = __nccwpck_require__(7114);
    const {makeEntry: makeEntry} = __nccwpck_require__(5910);
    const assert = __nccwpck_require__(4589);
    const {File: NodeFile} = __nccwpck_require__(4573);
    const File = globalThis.File ?? NodeFile;
    const formDataNameBuffer = Buffer.from('form-data; name="');
    const filenameBuffer = Buffer.from("; filename");
    const dd = Buffer.from("--");
    const ddcrlf = Buffer.from("--\r\n");
    function isAsciiString(chars) {
      for (let i = 0; i < chars.length; ++i) if ((chars.charCodeAt(i) & ~127) !== 0) return false;
      return true;
    }
    function parseMultipartFormDataHeaders(input, position) {
      let name = null;
      let filename = null;
      let contentType = null;
      let encoding = null;
      while (true) {
        if (input[position.position] === 13 && input[position.position + 1] === 10) {
          if (name === null) return "failure";
          return {
            name: name,
            filename: filename,
            contentType: contentType,
            encoding: encoding
          };
        }
        let headerName = collectASequenceOfBytes(char => char !== 10 && char !== 13 && char !== 58, input, position);
        headerName = removeChars(headerName, true, true, char => char === 9 || char === 32);
        if (!HTTP_TOKEN_CODEPOINTS.test(headerName.toString())) return "failure";
        if (input[position.position] !== 58) return "failure";
        position.position++;
        collectASequenceOfBytes(char => char === 32 || char === 9, input, position);
        switch (bufferToLowerCasedHeaderName(headerName)) {
         case "content-disposition":
          name = filename = null;
          if (!bufferStartsWith(input, formDataNameBuffer, position)) return "failure";
          position.position += 17;
          name = parseMultipartFormDataName(input, position);
          if (name === null) return "failure";
          if (bufferStartsWith(input, filenameBuffer, position)) {
            let check = position.position + filenameBuffer.length;
            if (input[check] === 42) {
              position.position += 1;
              check += 1;
            }
            if (input[check] !== 61 || input[check + 1] !== 34) return "failure";
            position.position += 12;
            filename = parseMultipartFormDataName(input, position);
            if (filename === null) return "failure";
          }
          break;

         case "content-type":
          {
            let headerValue = collectASequenceOfBytes(char => char !== 10 && char !== 13, input, position);
            headerValue = removeChars(headerValue, false, true, char => char === 9 || char === 32);
            contentType = isomorphicDecode(headerValue);
            break;
          }

         case "content-transfer-encoding":
          {
            let headerValue = collectASequenceOfBytes(char => char !== 10 && char !== 13, input, position);
            headerValue = removeChars(headerValue, false, true, char => char === 9 || char === 32);
            encoding = isomorphicDecode(headerValue);
            break;
          }

         default:
          collectASequenceOfBytes(char => char !== 10 && char !== 13, input, position);
        }
        if (input[position.position] !== 13 && input[position.position + 1] !== 10) return "failure"; else position.position += 2;
      }
    }
    function parseMultipartFormDataName(input, position) {
      assert(input[position.position - 1] === 34);
      let name = collectASequenceOfBytes(char => char !== 10 && char !== 13 && char !== 34, input, position);
      if (input[position.position] !== 34) return null; else position.position++;
      name = (new TextDecoder).decode(name).replace(/%0A/gi, "\n").replace(/%0D/gi, "\r").replace(/%22/g, '"');
      return name;
    }
    function collectASequenceOfBytes(condition, input, position) {
      let start = position.position;
      while (start < input.length && condition(input[start])) ++start;
      return input.subarray(position.position, position.position = start);
    }
    function removeChars(buf, leading, trailing, predicate) {
      let lead = 0;
      let trail = buf.length - 1;
      if (leading) while (lead < buf.length && predicate(buf[lead])) lead++;
      if (trailing) while (trail > 0 && predicate(buf[trail])) trail--;
      return lead === 0 && trail === buf.length - 1 ? buf : buf.subarray(lead, trail + 1);
    }
    function bufferStartsWith(buffer, start, position) {
      if (buffer.length < start.length) return false;
      for (let i = 0; i < start.length; i++) if (start[i] !== buffer[position.position + i]) return false;
      return true;
    }
    module.exports = {
      multipartFormDataParser: function(input, mimeType) {
        assert(mimeType !== "failure" && mimeType.essence === "multipart/form-data");
        const boundaryString = mimeType.parameters.get("boundary");
        if (boundaryString === void 0) return "failure";
        const boundary = Buffer.from(`--${boundaryString}`, "utf8");
        const entryList = [];
        const position = {
          position: 0
        };
        while (input[position.position] === 13 && input[position.position + 1] === 10) position.position += 2;
        let trailing = input.length;
        while (input[trailing - 1] === 10 && input[trailing - 2] === 13) trailing -= 2;
        if (trailing !== input.length) input = input.subarray(0, trailing);
        while (true) {
          if (input.subarray(position.position, position.position + boundary.length).equals(boundary)) position.position += boundary.length; else return "failure";
          if (position.position === input.length - 2 && bufferStartsWith(input, dd, position) || position.position === input.length - 4 && bufferStartsWith(input, ddcrlf, position)) return entryList;
          if (input[position.position] !== 13 || input[position.position + 1] !== 10) return "failure";
          position.position += 2;
          const result = parseMultipartFormDataHeaders(input, position);
          if (result === "failure") return "failure";
          let {name: name, filename: filename, contentType: contentType, encoding: encoding} = result;
          position.position += 2;
          let body;
          {
            const boundaryIndex = input.indexOf(boundary.subarray(2), position.position);
            if (boundaryIndex === -1) return "failure";
            body = input.subarray(position.position, boundaryIndex - 4);
            position.position += body.length;
            if (encoding === "base64") body = Buffer.from(body.toString(), "base64");
          }
          if (input[position.position] !== 13 || input[position.position + 1] !== 10) return "failure"; else position.position += 2;
          let value;
          if (filename !== null) {
            contentType ??= "text/plain";
            if (!isAsciiString(contentType)) contentType = "";
            value = new File([ body ], filename, {
              type: contentType
            });
          } else value = utf8DecodeBytes(Buffer.from(body));
          assert(isUSVString(name));
          assert(typeof value === "string" && isUSVString(value) || isFileLike(value));
          entryList.push(makeEntry(name, value, filename));
        }
      },
      validateBoundary: function(boundary) {
        const length = boundary.length;
        if (length < 27 || length > 70) return false;
        for (let i = 0; i < length; ++i) {
          const cp = boundary.charCodeAt(i);
          if (!(cp >= 48 && cp <= 57 || cp >= 65 && cp <= 90 || cp >= 97 && cp <= 122 || cp === 39 || cp === 45 || cp === 95)) return false;
        }
        return true;
      }
    };
  },
  5910: (module, __unused_webpack_exports, __nccwpck_require__) => {
    const {isBlobLike: isBlobLike, iteratorMixin: iteratorMixin} = __nccwpck_require__(3168);
    const {kState: kState} = __nccwpck_require__(3627);
    const {kEnumerableProperty: kEnumerableProperty} = __nccwpck_require__(3440);
    const {FileLike: FileLike, isFileLike: isFileLike} = __nccwpck_require__(7114);
    const {webidl: webidl} = __nccwpck_require__(5893);
    const {File: NativeFile} = __nccwpck_require__(4573);
    const nodeUtil = __nccwpck_require__(7975);
    const File = globalThis.File ?? NativeFile;
    class FormData {
      constructor(form) {
        webidl.util.markAsUncloneable(this);
        if (form !== void 0) throw webidl.errors.conversionFailed({
          prefix: "FormData constructor",
          argument: "Argument 1",
          types: [ "undefined" ]
        });
        this[kState] = [];
      }
      append(name, value, filename = void 0) {
        webidl.brandCheck(this, FormData);
        const prefix = "FormData.append";
        webidl.argumentLengthCheck(arguments, 2, prefix);
        if (arguments.length === 3 && !isBlobLike(value)) throw new TypeError("Failed to execute 'append' on 'FormData': parameter 2 is not of type 'Blob'");
        name = webidl.converters.USVString(name, prefix, "name");
        value = isBlobLike(value) ? webidl.converters.Blob(value, prefix, "value", {
          strict: false
        }) : webidl.converters.USVString(value, prefix, "value");
        filename = arguments.length === 3 ? webidl.converters.USVString(filename, prefix, "filename") : void 0;
        const entry = makeEntry(name, value, filename);
        this[kState].push(entry);
      }
      delete(name) {
        webidl.brandCheck(this, FormData);
        const prefix = "FormData.delete";
        webidl.argumentLengthCheck(arguments, 1, prefix);
        name = webidl.converters.USVString(name, prefix, "name");
        this[kState] = this[kState].filter(entry => entry.name !== name);
      }
      get(name) {
        webidl.brandCheck(this, FormData);
        const prefix = "FormData.get";
        webidl.argumentLengthCheck(arguments, 1, prefix);
        name = webidl.converters.USVString(name, prefix, "name");
        const idx = this[kState].findIndex(entry => entry.name === name);
        if (idx === -1) return null;
        return this[kState][idx].value;
      }
      getAll(name) {
        webidl.brandCheck(this, FormData);
        const prefix = "FormData.getAll";
        webidl.argumentLengthCheck(arguments, 1, prefix);
        name = webidl.converters.USVString(name, prefix, "name");
        return this[kState].filter(entry => entry.name === name).map(entry => entry.value);
      }
      has(name) {
        webidl.brandCheck(this, FormData);
        const prefix = "FormData.has";
        webidl.argumentLengthCheck(arguments, 1, prefix);
        name = webidl.converters.USVString(name, prefix, "name");
        return this[kState].findIndex(entry => entry.name === name) !== -1;
      }
      set(name, value, filename = void 0) {
        webidl.brandCheck(this, FormData);
        const prefix = "FormData.set";
        webidl.argumentLengthCheck(arguments, 2, prefix);
        if (arguments.length === 3 && !isBlobLike(value)) throw new TypeError("Failed to execute 'set' on 'FormData': parameter 2 is not of type 'Blob'");
        name = webidl.converters.USVString(name, prefix, "name");
        value = isBlobLike(value) ? webidl.converters.Blob(value, prefix, "name", {
          strict: false
        }) : webidl.converters.USVString(value, prefix, "name");
        filename = arguments.length === 3 ? webidl.converters.USVString(filename, prefix, "name") : void 0;
        const entry = makeEntry(name, value, filename);
        const idx = this[kState].findIndex(entry => entry.name === name);
        if (idx !== -1) this[kState] = [ ...this[kState].slice(0, idx), entry, ...this[kState].slice(idx + 1).filter(entry => entry.name !== name) ]; else this[kState].push(entry);
      }
      [nodeUtil.inspect.custom](depth, options) {
        const state = this[kState].reduce((a, b) => {
          if (a[b.name]) if (Array.isArray(a[b.name])) a[b.name].push(b.value); else a[b.name] = [ a[b.name], b.value ]; else a[b.name] = b.value;
          return a;
        }, {
          __proto__: null
        });
        options.depth ??= depth;
        options.colors ??= true;
        const output = nodeUtil.formatWithOptions(options, state);
        return `FormData ${output.slice(output.indexOf("]") + 2)}`;
      }
    }
    iteratorMixin("FormData", FormData, kState, "name", "value");
    Object.defineProperties(FormData.prototype, {
      append: kEnumerableProperty,
      delete: kEnumerableProperty,
      get: kEnumerableProperty,
      getAll: kEnumerableProperty,
      has: kEnumerableProperty,
      set: kEnumerableProperty,
      [Symbol.toStringTag]: {
        value: "FormData",
        configurable: true
      }
    });
    function makeEntry(name, value, filename) {
      if (typeof value === "string") ; else {
        if (!isFileLike(value)) value = value instanceof Blob ? new File([ value ], "blob", {
          type: value.type
        }) : new FileLike(value, "blob", {
          type: value.type
        });
        if (filename !== void 0) {
          const options = {
            type: value.type,
            lastModified: value.lastModified
          };
          value = value instanceof NativeFile ? new File([ value ], filename, options) : new FileLike(value, filename, options);
        }
      }
      return {
        name: name,
        value: value
      };
    }
    module.exports = {
      FormData: FormData,
      makeEntry: makeEntry
    };
  },
  1059: module => {
    const globalOrigin = Symbol.for("undici.globalOrigin.1");
    module.exports = {
      getGlobalOrigin: function() {
        return globalThis[globalOrigin];
      },
      setGlobalOrigin: function(newOrigin) {
        if (newOrigin === void 0) {
          Object.defineProperty(globalThis, globalOrigin, {
            value: void 0,
            writable: true,
            enumerable: false,
            configurable: false
          });
          return;
        }
        const parsedURL = new URL(newOrigin);
        if (parsedURL.protocol !== "http:" && parsedURL.protocol !== "https:") throw new TypeError(`Only http & https urls are allowed, received ${parsedURL.protocol}`);
        Object.defineProperty(globalThis, globalOrigin, {
          value: parsedURL,
          writable: true,
          enumerable: false,
          configurable: false
        });
      }
    };
  },
  660: (module, __unused_webpack_exports, __nccwpck_require__) => {
    const {kConstruct: kConstruct} = __nccwpck_require__(6443);
    const {kEnumerableProperty: kEnumerableProperty} = __nccwpck_require__(3440);
    const {iteratorMixin: iteratorMixin, isValidHeaderName: isValidHeaderName, isValidHeaderValue: isValidHeaderValue} = __nccwpck_require__(3168);
    const {webidl: webidl} = __nccwpck_require__(5893);
    const assert = __nccwpck_require__(4589);
    const util = __nccwpck_require__(7975);
    const kHeadersMap = Symbol("headers map");
    const kHeadersSortedMap = Symbol("headers map sorted");
    function isHTTPWhiteSpaceCharCode(code) {
      return code === 10 || code === 13 || code === 9 || code === 32;
    }
    function headerValueNormalize(potentialValue) {
      let i = 0;
      let j = potentialValue.length;
      while (j > i && isHTTPWhiteSpaceCharCode(potentialValue.charCodeAt(j - 1))) --j;
      while (j > i && isHTTPWhiteSpaceCharCode(potentialValue.charCodeAt(i))) ++i;
      return i === 0 && j === potentialValue.length ? potentialValue : potentialValue.substring(i, j);
    }
    function fill(headers, object) {
      if (Array.isArray(object)) for (let i = 0; i < object.length; ++i) {
        const header = object[i];
        if (header.length !== 2) throw webidl.errors.exception({
          header: "Headers constructor",
          message: `expected name/value pair to be length 2, found ${header.length}.`
        });
        appendHeader(headers, header[0], header[1]);
      } else if (typeof object === "object" && object !== null) {
        const keys = Object.keys(object);
        for (let i = 0; i < keys.length; ++i) appendHeader(headers, keys[i], object[keys[i]]);
      } else throw webidl.errors.conversionFailed({
        prefix: "Headers constructor",
        argument: "Argument 1",
        types: [ "sequence<sequence<ByteString>>", "record<ByteString, ByteString>" ]
      });
    }
    function appendHeader(headers, name, value) {
      value = headerValueNormalize(value);
      if (!isValidHeaderName(name)) throw webidl.errors.invalidArgument({
        prefix: "Headers.append",
        value: name,
        type: "header name"
      }); else if (!isValidHeaderValue(value)) throw webidl.errors.invalidArgument({
        prefix: "Headers.append",
        value: value,
        type: "header value"
      });
      if (getHeadersGuard(headers) === "immutable") throw new TypeError("immutable");
      return getHeadersList(headers).append(name, value, false);
    }
    function compareHeaderName(a, b) {
      return a[0] < b[0] ? -1 : 1;
    }
    class HeadersList {
      cookies=null;
      constructor(init) {
        if (init instanceof HeadersList) {
          this[kHeadersMap] = new Map(init[kHeadersMap]);
          this[kHeadersSortedMap] = init[kHeadersSortedMap];
          this.cookies = init.cookies === null ? null : [ ...init.cookies ];
        } else {
          this[kHeadersMap] = new Map(init);
          this[kHeadersSortedMap] = null;
        }
      }
      contains(name, isLowerCase) {
        return this[kHeadersMap].has(isLowerCase ? name : name.toLowerCase());
      }
      clear() {
        this[kHeadersMap].clear();
        this[kHeadersSortedMap] = null;
        this.cookies = null;
      }
      append(name, value, isLowerCase) {
        this[kHeadersSortedMap] = null;
        const lowercaseName = isLowerCase ? name : name.toLowerCase();
        const exists = this[kHeadersMap].get(lowercaseName);
        if (exists) {
          const delimiter = lowercaseName === "cookie" ? "; " : ", ";
          this[kHeadersMap].set(lowercaseName, {
            name: exists.name,
            value: `${exists.value}${delimiter}${value}`
          });
        } else this[kHeadersMap].set(lowercaseName, {
          name: name,
          value: value
        });
        if (lowercaseName === "set-cookie") (this.cookies ??= []).push(value);
      }
      set(name, value, isLowerCase) {
        this[kHeadersSortedMap] = null;
        const lowercaseName = isLowerCase ? name : name.toLowerCase();
        if (lowercaseName === "set-cookie") this.cookies = [ value ];
        this[kHeadersMap].set(lowercaseName, {
          name: name,
          value: value
        });
      }
      delete(name, isLowerCase) {
        this[kHeadersSortedMap] = null;
        if (!isLowerCase) name = name.toLowerCase();
        if (name === "set-cookie") this.cookies = null;
        this[kHeadersMap].delete(name);
      }
      get(name, isLowerCase) {
        return this[kHeadersMap].get(isLowerCase ? name : name.toLowerCase())?.value ?? null;
      }
      * [Symbol.iterator]() {
        for (const {0: name, 1: {value: value}} of this[kHeadersMap]) yield [ name, value ];
      }
      get entries() {
        const headers = {};
        if (this[kHeadersMap].size !== 0) for (const {name: name, value: value} of this[kHeadersMap].values()) headers[name] = value;
        return headers;
      }
      rawValues() {
        return this[kHeadersMap].values();
      }
      get entriesList() {
        const headers = [];
        if (this[kHeadersMap].size !== 0) for (const {0: lowerName, 1: {name: name, value: value}} of this[kHeadersMap]) if (lowerName === "set-cookie") for (const cookie of this.cookies) headers.push([ name, cookie ]); else headers.push([ name, value ]);
        return headers;
      }
      toSortedArray() {
        const size = this[kHeadersMap].size;
        const array = new Array(size);
        if (size <= 32) {
          if (size === 0) return array;
          const iterator = this[kHeadersMap][Symbol.iterator]();
          const firstValue = iterator.next().value;
          array[0] = [ firstValue[0], firstValue[1].value ];
          assert(firstValue[1].value !== null);
          for (let x, value, i = 1, j = 0, right = 0, left = 0, pivot = 0; i < size; ++i) {
            value = iterator.next().value;
            x = array[i] = [ value[0], value[1].value ];
            assert(x[1] !== null);
            left = 0;
            right = i;
            while (left < right) {
              pivot = left + (right - left >> 1);
              if (array[pivot][0] <= x[0]) left = pivot + 1; else right = pivot;
            }
            if (i !== pivot) {
              j = i;
              while (j > left) array[j] = array[--j];
              array[left] = x;
            }
          }
          if (!iterator.next().done) throw new TypeError("Unreachable");
          return array;
        } else {
          let i = 0;
          for (const {0: name, 1: {value: value}} of this[kHeadersMap]) {
            array[i++] = [ name, value ];
            assert(value !== null);
          }
          return array.sort(compareHeaderName);
        }
      }
    }
    class Headers {
      #guard;
      #headersList;
      constructor(init = void 0) {
        webidl.util.markAsUncloneable(this);
        if (init === kConstruct) return;
        this.#headersList = new HeadersList;
        this.#guard = "none";
        if (init !== void 0) {
          init = webidl.converters.HeadersInit(init, "Headers contructor", "init");
          fill(this, init);
        }
      }
      append(name, value) {
        webidl.brandCheck(this, Headers);
        webidl.argumentLengthCheck(arguments, 2, "Headers.append");
        const prefix = "Headers.append";
        name = webidl.converters.ByteString(name, prefix, "name");
        value = webidl.converters.ByteString(value, prefix, "value");
        return appendHeader(this, name, value);
      }
      delete(name) {
        webidl.brandCheck(this, Headers);
        webidl.argumentLengthCheck(arguments, 1, "Headers.delete");
        name = webidl.converters.ByteString(name, "Headers.delete", "name");
        if (!isValidHeaderName(name)) throw webidl.errors.invalidArgument({
          prefix: "Headers.delete",
          value: name,
          type: "header name"
        });
        if (this.#guard === "immutable") throw new TypeError("immutable");
        if (!this.#headersList.contains(name, false)) return;
        this.#headersList.delete(name, false);
      }
      get(name) {
        webidl.brandCheck(this, Headers);
        webidl.argumentLengthCheck(arguments, 1, "Headers.get");
        const prefix = "Headers.get";
        name = webidl.converters.ByteString(name, prefix, "name");
        if (!isValidHeaderName(name)) throw webidl.errors.invalidArgument({
          prefix: prefix,
          value: name,
          type: "header name"
        });
        return this.#headersList.get(name, false);
      }
      has(name) {
        webidl.brandCheck(this, Headers);
        webidl.argumentLengthCheck(arguments, 1, "Headers.has");
        const prefix = "Headers.has";
        name = webidl.converters.ByteString(name, prefix, "name");
        if (!isValidHeaderName(name)) throw webidl.errors.invalidArgument({
          prefix: prefix,
          value: name,
          type: "header name"
        });
        return this.#headersList.contains(name, false);
      }
      set(name, value) {
        webidl.brandCheck(this, Headers);
        webidl.argumentLengthCheck(arguments, 2, "Headers.set");
        const prefix = "Headers.set";
        name = webidl.converters.ByteString(name, prefix, "name");
        value = webidl.converters.ByteString(value, prefix, "value");
        value = headerValueNormalize(value);
        if (!isValidHeaderName(name)) throw webidl.errors.invalidArgument({
          prefix: prefix,
          value: name,
          type: "header name"
        }); else if (!isValidHeaderValue(value)) throw webidl.errors.invalidArgument({
          prefix: prefix,
          value: value,
          type: "header value"
        });
        if (this.#guard === "immutable") throw new TypeError("immutable");
        this.#headersList.set(name, value, false);
      }
      getSetCookie() {
        webidl.brandCheck(this, Headers);
        const list = this.#headersList.cookies;
        if (list) return [ ...list ];
        return [];
      }
      get [kHeadersSortedMap]() {
        if (this.#headersList[kHeadersSortedMap]) return this.#headersList[kHeadersSortedMap];
        const headers = [];
        const names = this.#headersList.toSortedArray();
        const cookies = this.#headersList.cookies;
        if (cookies === null || cookies.length === 1) return this.#headersList[kHeadersSortedMap] = names;
        for (let i = 0; i < names.length; ++i) {
          const {0: name, 1: value} = names[i];
          if (name === "set-cookie") for (let j = 0; j < cookies.length; ++j) headers.push([ name, cookies[j] ]); else headers.push([ name, value ]);
        }
        return this.#headersList[kHeadersSortedMap] = headers;
      }
      [util.inspect.custom](depth, options) {
        options.depth ??= depth;
        return `Headers ${util.formatWithOptions(options, this.#headersList.entries)}`;
      }
      static getHeadersGuard(o) {
        return o.#guard;
      }
      static setHeadersGuard(o, guard) {
        o.#guard = guard;
      }
      static getHeadersList(o) {
        return o.#headersList;
      }
      static setHeadersList(o, list) {
        o.#headersList = list;
      }
    }
    const {getHeadersGuard: getHeadersGuard, setHeadersGuard: setHeadersGuard, getHeadersList: getHeadersList, setHeadersList: setHeadersList} = Headers;
    Reflect.deleteProperty(Headers, "getHeadersGuard");
    Reflect.deleteProperty(Headers, "setHeadersGuard");
    Reflect.deleteProperty(Headers, "getHeadersList");
    Reflect.deleteProperty(Headers, "setHeadersList");
    iteratorMixin("Headers", Headers, kHeadersSortedMap, 0, 1);
    Object.defineProperties(Headers.prototype, {
      append: kEnumerableProperty,
      delete: kEnumerableProperty,
      get: kEnumerableProperty,
      has: kEnumerableProperty,
      set: kEnumerableProperty,
      getSetCookie: kEnumerableProperty,
      [Symbol.toStringTag]: {
        value: "Headers",
        configurable: true
      },
      [util.inspect.custom]: {
        enumerable: false
      }
    });
    webidl.converters.HeadersInit = function(V, prefix, argument) {
      if (webidl.util.Type(V) === "Object") {
        const iterator = Reflect.get(V, Symbol.iterator);
        if (!util.types.isProxy(V) && iterator === Headers.prototype.entries) try {
          return getHeadersList(V).entriesList;
        } catch {}
        if (typeof iterator === "function") return webidl.converters["sequence<sequence<ByteString>>"](V, prefix, argument, iterator.bind(V));
        return webidl.converters["record<ByteString, ByteString>"](V, prefix, argument);
      }
      throw webidl.errors.conversionFailed({
        prefix: "Headers constructor",
        argument: "Argument 1",
        types: [ "sequence<sequence<ByteString>>", "record<ByteString, ByteString>" ]
      });
    };
    module.exports = {
      fill: fill,
      compareHeaderName: compareHeaderName,
      Headers: Headers,
      HeadersList: HeadersList,
      getHeadersGuard: getHeadersGuard,
      setHeadersGuard: setHeadersGuard,
      setHeadersList: setHeadersList,
      getHeadersList: getHeadersList
    };
  },
  4398: (module, __unused_webpack_exports, __nccwpck_require__) => {
    const {makeNetworkError: makeNetworkError, makeAppropriateNetworkError: makeAppropriateNetworkError, filterResponse: filterResponse, makeResponse: makeResponse, fromInnerResponse: fromInnerResponse} = __nccwpck_require__(9051);
    const {HeadersList: HeadersList} = __nccwpck_require__(660);
    const {Request: Request, cloneRequest: cloneRequest} = __nccwpck_require__(9967);
    const zlib = __nccwpck_require__(8522);
    const {bytesMatch: bytesMatch, makePolicyContainer: makePolicyContainer, clonePolicyContainer: clonePolicyContainer, requestBadPort: requestBadPort, TAOCheck: TAOCheck, appendRequestOriginHeader: appendRequestOriginHeader, responseLocationURL: responseLocationURL, requestCurrentURL: requestCurrentURL, setRequestReferrerPolicyOnRedirect: setRequestReferrerPolicyOnRedirect, tryUpgradeRequestToAPotentiallyTrustworthyURL: tryUpgradeRequestToAPotentiallyTrustworthyURL, createOpaqueTimingInfo: createOpaqueTimingInfo, appendFetchMetadata: appendFetchMetadata, corsCheck: corsCheck, crossOriginResourcePolicyCheck: crossOriginResourcePolicyCheck, determineRequestsReferrer: determineRequestsReferrer, coarsenedSharedCurrentTime: coarsenedSharedCurrentTime, createDeferredPromise: createDeferredPromise, isBlobLike: isBlobLike, sameOrigin: sameOrigin, isCancelled: isCancelled, isAborted: isAborted, isErrorLike: isErrorLike, fullyReadBody: fullyReadBody, readableStreamClose: readableStreamClose, isomorphicEncode: isomorphicEncode, urlIsLocal: urlIsLocal, urlIsHttpHttpsScheme: urlIsHttpHttpsScheme, urlHasHttpsScheme: urlHasHttpsScheme, clampAndCoarsenConnectionTimingInfo: clampAndCoarsenConnectionTimingInfo, simpleRangeHeaderValue: simpleRangeHeaderValue, buildContentRange: buildContentRange, createInflate: createInflate, extractMimeType: extractMimeType} = __nccwpck_require__(3168);
    const {kState: kState, kDispatcher: kDispatcher} = __nccwpck_require__(3627);
    const assert = __nccwpck_require__(4589);
    const {safelyExtractBody: safelyExtractBody, extractBody: extractBody} = __nccwpck_require__(4492);
    const {redirectStatusSet: redirectStatusSet, nullBodyStatus: nullBodyStatus, safeMethodsSet: safeMethodsSet, requestBodyHeader: requestBodyHeader, subresourceSet: subresourceSet} = __nccwpck_require__(4495);
    const EE = __nccwpck_require__(8474);
    const {Readable: Readable, pipeline: pipeline, finished: finished} = __nccwpck_require__(7075);
    const {addAbortListener: addAbortListener, isErrored: isErrored, isReadable: isReadable, bufferToLowerCasedHeaderName: bufferToLowerCasedHeaderName} = __nccwpck_require__(3440);
    const {dataURLProcessor: dataURLProcessor, serializeAMimeType: serializeAMimeType, minimizeSupportedMimeType: minimizeSupportedMimeType} = __nccwpck_require__(1900);
    const {getGlobalDispatcher: getGlobalDispatcher} = __nccwpck_require__(2581);
    const {webidl: webidl} = __nccwpck_require__(5893);
    const {STATUS_CODES: STATUS_CODES} = __nccwpck_require__(7067);
    const GET_OR_HEAD = [ "GET", "HEAD" ];
    const defaultUserAgent = typeof __UNDICI_IS_NODE__ !== "undefined" || typeof esbuildDetection !== "undefined" ? "node" : "undici";
    let resolveObjectURL;
    class Fetch extends EE {
      constructor(dispatcher) {
        super();
        this.dispatcher = dispatcher;
        this.connection = null;
        this.dump = false;
        this.state = "ongoing";
      }
      terminate(reason) {
        if (this.state !== "ongoing") return;
        this.state = "terminated";
        this.connection?.destroy(reason);
        this.emit("terminated", reason);
      }
      abort(error) {
        if (this.state !== "ongoing") return;
        this.state = "aborted";
        if (!error) error = new DOMException("The operation was aborted.", "AbortError");
        this.serializedAbortReason = error;
        this.connection?.destroy(error);
        this.emit("terminated", error);
      }
    }
    function handleFetchDone(response) {
      finalizeAndReportTiming(response, "fetch");
    }
    function finalizeAndReportTiming(response, initiatorType = "other") {
      if (response.type === "error" && response.aborted) return;
      if (!response.urlList?.length) return;
      const originalURL = response.urlList[0];
      let timingInfo = response.timingInfo;
      let cacheState = response.cacheState;
      if (!urlIsHttpHttpsScheme(originalURL)) return;
      if (timingInfo === null) return;
      if (!response.timingAllowPassed) {
        timingInfo = createOpaqueTimingInfo({
          startTime: timingInfo.startTime
        });
        cacheState = "";
      }
      timingInfo.endTime = coarsenedSharedCurrentTime();
      response.timingInfo = timingInfo;
      markResourceTiming(timingInfo, originalURL.href, initiatorType, globalThis, cacheState);
    }
    const markResourceTiming = performance.markResourceTiming;
    function abortFetch(p, request, responseObject, error) {
      if (p) p.reject(error);
      if (request.body != null && isReadable(request.body?.stream)) request.body.stream.cancel(error).catch(err => {
        if (err.code === "ERR_INVALID_STATE") return;
        throw err;
      });
      if (responseObject == null) return;
      const response = responseObject[kState];
      if (response.body != null && isReadable(response.body?.stream)) response.body.stream.cancel(error).catch(err => {
        if (err.code === "ERR_INVALID_STATE") return;
        throw err;
      });
    }
    function fetching({request: request, processRequestBodyChunkLength: processRequestBodyChunkLength, processRequestEndOfBody: processRequestEndOfBody, processResponse: processResponse, processResponseEndOfBody: processResponseEndOfBody, processResponseConsumeBody: processResponseConsumeBody, useParallelQueue: useParallelQueue = false, dispatcher: dispatcher = getGlobalDispatcher()}) {
      assert(dispatcher);
      let taskDestination = null;
      let crossOriginIsolatedCapability = false;
      if (request.client != null) {
        taskDestination = request.client.globalObject;
        crossOriginIsolatedCapability = request.client.crossOriginIsolatedCapability;
      }
      const currentTime = coarsenedSharedCurrentTime(crossOriginIsolatedCapability);
      const timingInfo = createOpaqueTimingInfo({
        startTime: currentTime
      });
      const fetchParams = {
        controller: new Fetch(dispatcher),
        request: request,
        timingInfo: timingInfo,
        processRequestBodyChunkLength: processRequestBodyChunkLength,
        processRequestEndOfBody: processRequestEndOfBody,
        processResponse: processResponse,
        processResponseConsumeBody: processResponseConsumeBody,
        processResponseEndOfBody: processResponseEndOfBody,
        taskDestination: taskDestination,
        crossOriginIsolatedCapability: crossOriginIsolatedCapability
      };
      assert(!request.body || request.body.stream);
      if (request.window === "client") request.window = request.client?.globalObject?.constructor?.name === "Window" ? request.client : "no-window";
      if (request.origin === "client") request.origin = request.client.origin;
      if (request.policyContainer === "client") if (request.client != null) request.policyContainer = clonePolicyContainer(request.client.policyContainer); else request.policyContainer = makePolicyContainer();
      if (!request.headersList.contains("accept", true)) {
        const value = "*/*";
        request.headersList.append("accept", value, true);
      }
      if (!request.headersList.contains("accept-language", true)) request.headersList.append("accept-language", "*", true);
      if (request.priority === null) ;
      if (subresourceSet.has(request.destination)) ;
      mainFetch(fetchParams).catch(err => {
        fetchParams.controller.terminate(err);
      });
      return fetchParams.controller;
    }
    async function mainFetch(fetchParams, recursive = false) {
      const request = fetchParams.request;
      let response = null;
      if (request.localURLsOnly && !urlIsLocal(requestCurrentURL(request))) response = makeNetworkError("local URLs only");
      tryUpgradeRequestToAPotentiallyTrustworthyURL(request);
      if (requestBadPort(request) === "blocked") response = makeNetworkError("bad port");
      if (request.referrerPolicy === "") request.referrerPolicy = request.policyContainer.referrerPolicy;
      if (request.referrer !== "no-referrer") request.referrer = determineRequestsReferrer(request);
      if (response === null) response = await (async () => {
        const currentURL = requestCurrentURL(request);
        if (sameOrigin(currentURL, request.url) && request.responseTainting === "basic" || currentURL.protocol === "data:" || request.mode === "navigate" || request.mode === "websocket") {
          request.responseTainting = "basic";
          return await schemeFetch(fetchParams);
        }
        if (request.mode === "same-origin") return makeNetworkError('request mode cannot be "same-origin"');
        if (request.mode === "no-cors") {
          if (request.redirect !== "follow") return makeNetworkError('redirect mode cannot be "follow" for "no-cors" request');
          request.responseTainting = "opaque";
          return await schemeFetch(fetchParams);
        }
        if (!urlIsHttpHttpsScheme(requestCurrentURL(request))) return makeNetworkError("URL scheme must be a HTTP(S) scheme");
        request.responseTainting = "cors";
        return await httpFetch(fetchParams);
      })();
      if (recursive) return response;
      if (response.status !== 0 && !response.internalResponse) {
        if (request.responseTainting === "cors") ;
        if (request.responseTainting === "basic") response = filterResponse(response, "basic"); else if (request.responseTainting === "cors") response = filterResponse(response, "cors"); else if (request.responseTainting === "opaque") response = filterResponse(response, "opaque"); else assert(false);
      }
      let internalResponse = response.status === 0 ? response : response.internalResponse;
      if (internalResponse.urlList.length === 0) internalResponse.urlList.push(...request.urlList);
      if (!request.timingAllowFailed) response.timingAllowPassed = true;
      if (response.type === "opaque" && internalResponse.status === 206 && internalResponse.rangeRequested && !request.headers.contains("range", true)) response = internalResponse = makeNetworkError();
      if (response.status !== 0 && (request.method === "HEAD" || request.method === "CONNECT" || nullBodyStatus.includes(internalResponse.status))) {
        internalResponse.body = null;
        fetchParams.controller.dump = true;
      }
      if (request.integrity) {
        const processBodyError = reason => fetchFinale(fetchParams, makeNetworkError(reason));
        if (request.responseTainting === "opaque" || response.body == null) {
          processBodyError(response.error);
          return;
        }
        const processBody = bytes => {
          if (!bytesMatch(bytes, request.integrity)) {
            processBodyError("integrity mismatch");
            return;
          }
          response.body = safelyExtractBody(bytes)[0];
          fetchFinale(fetchParams, response);
        };
        await fullyReadBody(response.body, processBody, processBodyError);
      } else fetchFinale(fetchParams, response);
    }
    function schemeFetch(fetchParams) {
      if (isCancelled(fetchParams) && fetchParams.request.redirectCount === 0) return Promise.resolve(makeAppropriateNetworkError(fetchParams));
      const {request: request} = fetchParams;
      const {protocol: scheme} = requestCurrentURL(request);
      switch (scheme) {
       case "about:":
        return Promise.resolve(makeNetworkError("about scheme is not supported"));

       case "blob:":
        {
          if (!resolveObjectURL) resolveObjectURL = __nccwpck_require__(4573).resolveObjectURL;
          const blobURLEntry = requestCurrentURL(request);
          if (blobURLEntry.search.length !== 0) return Promise.resolve(makeNetworkError("NetworkError when attempting to fetch resource."));
          const blob = resolveObjectURL(blobURLEntry.toString());
          if (request.method !== "GET" || !isBlobLike(blob)) return Promise.resolve(makeNetworkError("invalid method"));
          const response = makeResponse();
          const fullLength = blob.size;
          const serializedFullLength = isomorphicEncode(`${fullLength}`);
          const type = blob.type;
          if (!request.headersList.contains("range", true)) {
            const bodyWithType = extractBody(blob);
            response.statusText = "OK";
            response.body = bodyWithType[0];
            response.headersList.set("content-length", serializedFullLength, true);
            response.headersList.set("content-type", type, true);
          } else {
            response.rangeRequested = true;
            const rangeHeader = request.headersList.get("range", true);
            const rangeValue = simpleRangeHeaderValue(rangeHeader, true);
            if (rangeValue === "failure") return Promise.resolve(makeNetworkError("failed to fetch the data URL"));
            let {rangeStartValue: rangeStart, rangeEndValue: rangeEnd} = rangeValue;
            if (rangeStart === null) {
              rangeStart = fullLength - rangeEnd;
              rangeEnd = rangeStart + rangeEnd - 1;
            } else {
              if (rangeStart >= fullLength) return Promise.resolve(makeNetworkError("Range start is greater than the blob's size."));
              if (rangeEnd === null || rangeEnd >= fullLength) rangeEnd = fullLength - 1;
            }
            const slicedBlob = blob.slice(rangeStart, rangeEnd, type);
            const slicedBodyWithType = extractBody(slicedBlob);
            response.body = slicedBodyWithType[0];
            const serializedSlicedLength = isomorphicEncode(`${slicedBlob.size}`);
            const contentRange = buildContentRange(rangeStart, rangeEnd, fullLength);
            response.status = 206;
            response.statusText = "Partial Content";
            response.headersList.set("content-length", serializedSlicedLength, true);
            response.headersList.set("content-type", type, true);
            response.headersList.set("content-range", contentRange, true);
          }
          return Promise.resolve(response);
        }

       case "data:":
        {
          const currentURL = requestCurrentURL(request);
          const dataURLStruct = dataURLProcessor(currentURL);
          if (dataURLStruct === "failure") return Promise.resolve(makeNetworkError("failed to fetch the data URL"));
          const mimeType = serializeAMimeType(dataURLStruct.mimeType);
          return Promise.resolve(makeResponse({
            statusText: "OK",
            headersList: [ [ "content-type", {
              name: "Content-Type",
              value: mimeType
            } ] ],
            body: safelyExtractBody(dataURLStruct.body)[0]
          }));
        }

       case "file:":
        return Promise.resolve(makeNetworkError("not implemented... yet..."));

       case "http:":
       case "https:":
        return httpFetch(fetchParams).catch(err => makeNetworkError(err));

       default:
        return Promise.resolve(makeNetworkError("unknown scheme"));
      }
    }
    function finalizeResponse(fetchParams, response) {
      fetchParams.request.done = true;
      if (fetchParams.processResponseDone != null) queueMicrotask(() => fetchParams.processResponseDone(response));
    }
    function fetchFinale(fetchParams, response) {
      let timingInfo = fetchParams.timingInfo;
      const processResponseEndOfBody = () => {
        const unsafeEndTime = Date.now();
        if (fetchParams.request.destination === "document") fetchParams.controller.fullTimingInfo = timingInfo;
        fetchParams.controller.reportTimingSteps = () => {
          if (fetchParams.request.url.protocol !== "https:") return;
          timingInfo.endTime = unsafeEndTime;
          let cacheState = response.cacheState;
          const bodyInfo = response.bodyInfo;
          if (!response.timingAllowPassed) {
            timingInfo = createOpaqueTimingInfo(timingInfo);
            cacheState = "";
          }
          let responseStatus = 0;
          if (fetchParams.request.mode !== "navigator" || !response.hasCrossOriginRedirects) {
            responseStatus = response.status;
            const mimeType = extractMimeType(response.headersList);
            if (mimeType !== "failure") bodyInfo.contentType = minimizeSupportedMimeType(mimeType);
          }
          if (fetchParams.request.initiatorType != null) markResourceTiming(timingInfo, fetchParams.request.url.href, fetchParams.request.initiatorType, globalThis, cacheState, bodyInfo, responseStatus);
        };
        const processResponseEndOfBodyTask = () => {
          fetchParams.request.done = true;
          if (fetchParams.processResponseEndOfBody != null) queueMicrotask(() => fetchParams.processResponseEndOfBody(response));
          if (fetchParams.request.initiatorType != null) fetchParams.controller.reportTimingSteps();
        };
        queueMicrotask(() => processResponseEndOfBodyTask());
      };
      if (fetchParams.processResponse != null) queueMicrotask(() => {
        fetchParams.processResponse(response);
        fetchParams.processResponse = null;
      });
      const internalResponse = response.type === "error" ? response : response.internalResponse ?? response;
      if (internalResponse.body == null) processResponseEndOfBody(); else finished(internalResponse.body.stream, () => {
        processResponseEndOfBody();
      });
    }
    async function httpFetch(fetchParams) {
      const request = fetchParams.request;
      let response = null;
      let actualResponse = null;
      const timingInfo = fetchParams.timingInfo;
      if (request.serviceWorkers === "all") ;
      if (response === null) {
        if (request.redirect === "follow") request.serviceWorkers = "none";
        actualResponse = response = await httpNetworkOrCacheFetch(fetchParams);
        if (request.responseTainting === "cors" && corsCheck(request, response) === "failure") return makeNetworkError("cors failure");
        if (TAOCheck(request, response) === "failure") request.timingAllowFailed = true;
      }
      if ((request.responseTainting === "opaque" || response.type === "opaque") && crossOriginResourcePolicyCheck(request.origin, request.client, request.destination, actualResponse) === "blocked") return makeNetworkError("blocked");
      if (redirectStatusSet.has(actualResponse.status)) {
        if (request.redirect !== "manual") fetchParams.controller.connection.destroy(void 0, false);
        if (request.redirect === "error") response = makeNetworkError("unexpected redirect"); else if (request.redirect === "manual") response = actualResponse; else if (request.redirect === "follow") response = await httpRedirectFetch(fetchParams, response); else assert(false);
      }
      response.timingInfo = timingInfo;
      return response;
    }
    function httpRedirectFetch(fetchParams, response) {
      const request = fetchParams.request;
      const actualResponse = response.internalResponse ? response.internalResponse : response;
      let locationURL;
      try {
        locationURL = responseLocationURL(actualResponse, requestCurrentURL(request).hash);
        if (locationURL == null) return response;
      } catch (err) {
        return Promise.resolve(makeNetworkError(err));
      }
      if (!urlIsHttpHttpsScheme(locationURL)) return Promise.resolve(makeNetworkError("URL scheme must be a HTTP(S) scheme"));
      if (request.redirectCount === 20) return Promise.resolve(makeNetworkError("redirect count exceeded"));
      request.redirectCount += 1;
      if (request.mode === "cors" && (locationURL.username || locationURL.password) && !sameOrigin(request, locationURL)) return Promise.resolve(makeNetworkError('cross origin not allowed for request mode "cors"'));
      if (request.responseTainting === "cors" && (locationURL.username || locationURL.password)) return Promise.resolve(makeNetworkError('URL cannot contain credentials for request mode "cors"'));
      if (actualResponse.status !== 303 && request.body != null && request.body.source == null) return Promise.resolve(makeNetworkError());
      if ([ 301, 302 ].includes(actualResponse.status) && request.method === "POST" || actualResponse.status === 303 && !GET_OR_HEAD.includes(request.method)) {
        request.method = "GET";
        request.body = null;
        for (const headerName of requestBodyHeader) request.headersList.delete(headerName);
      }
      if (!sameOrigin(requestCurrentURL(request), locationURL)) {
        request.headersList.delete("authorization", true);
        request.headersList.delete("proxy-authorization", true);
        request.headersList.delete("cookie", true);
        request.headersList.delete("host", true);
      }
      if (request.body != null) {
        assert(request.body.source != null);
        request.body = safelyExtractBody(request.body.source)[0];
      }
      const timingInfo = fetchParams.timingInfo;
      timingInfo.redirectEndTime = timingInfo.postRedirectStartTime = coarsenedSharedCurrentTime(fetchParams.crossOriginIsolatedCapability);
      if (timingInfo.redirectStartTime === 0) timingInfo.redirectStartTime = timingInfo.startTime;
      request.urlList.push(locationURL);
      setRequestReferrerPolicyOnRedirect(request, actualResponse);
      return mainFetch(fetchParams, true);
    }
    async function httpNetworkOrCacheFetch(fetchParams, isAuthenticationFetch = false, isNewConnectionFetch = false) {
      const request = fetchParams.request;
      let httpFetchParams = null;
      let httpRequest = null;
      let response = null;
      const revalidatingFlag = false;
      if (request.window === "no-window" && request.redirect === "error") {
        httpFetchParams = fetchParams;
        httpRequest = request;
      } else {
        httpRequest = cloneRequest(request);
        httpFetchParams = {
          ...fetchParams
        };
        httpFetchParams.request = httpRequest;
      }
      const includeCredentials = request.credentials === "include" || request.credentials === "same-origin" && request.responseTainting === "basic";
      const contentLength = httpRequest.body ? httpRequest.body.length : null;
      let contentLengthHeaderValue = null;
      if (httpRequest.body == null && [ "POST", "PUT" ].includes(httpRequest.method)) contentLengthHeaderValue = "0";
      if (contentLength != null) contentLengthHeaderValue = isomorphicEncode(`${contentLength}`);
      if (contentLengthHeaderValue != null) httpRequest.headersList.append("content-length", contentLengthHeaderValue, true);
      if (contentLength != null && httpRequest.keepalive) ;
      if (httpRequest.referrer instanceof URL) httpRequest.headersList.append("referer", isomorphicEncode(httpRequest.referrer.href), true);
      appendRequestOriginHeader(httpRequest);
      appendFetchMetadata(httpRequest);
      if (!httpRequest.headersList.contains("user-agent", true)) httpRequest.headersList.append("user-agent", defaultUserAgent);
      if (httpRequest.cache === "default" && (httpRequest.headersList.contains("if-modified-since", true) || httpRequest.headersList.contains("if-none-match", true) || httpRequest.headersList.contains("if-unmodified-since", true) || httpRequest.headersList.contains("if-match", true) || httpRequest.headersList.contains("if-range", true))) httpRequest.cache = "no-store";
      if (httpRequest.cache === "no-cache" && !httpRequest.preventNoCacheCacheControlHeaderModification && !httpRequest.headersList.contains("cache-control", true)) httpRequest.headersList.append("cache-control", "max-age=0", true);
      if (httpRequest.cache === "no-store" || httpRequest.cache === "reload") {
        if (!httpRequest.headersList.contains("pragma", true)) httpRequest.headersList.append("pragma", "no-cache", true);
        if (!httpRequest.headersList.contains("cache-control", true)) httpRequest.headersList.append("cache-control", "no-cache", true);
      }
      if (httpRequest.headersList.contains("range", true)) httpRequest.headersList.append("accept-encoding", "identity", true);
      if (!httpRequest.headersList.contains("accept-encoding", true)) if (urlHasHttpsScheme(requestCurrentURL(httpRequest))) httpRequest.headersList.append("accept-encoding", "br, gzip, deflate", true); else httpRequest.headersList.append("accept-encoding", "gzip, deflate", true);
      httpRequest.headersList.delete("host", true);
      if (includeCredentials) ;
      if (null == null) httpRequest.cache = "no-store";
      if (httpRequest.cache !== "no-store" && httpRequest.cache !== "reload") ;
      if (response == null) {
        if (httpRequest.cache === "only-if-cached") return makeNetworkError("only if cached");
        const forwardResponse = await httpNetworkFetch(httpFetchParams, includeCredentials, isNewConnectionFetch);
        if (!safeMethodsSet.has(httpRequest.method) && forwardResponse.status >= 200 && forwardResponse.status <= 399) ;
        if (revalidatingFlag && forwardResponse.status === 304) ;
        if (response == null) response = forwardResponse;
      }
      response.urlList = [ ...httpRequest.urlList ];
      if (httpRequest.headersList.contains("range", true)) response.rangeRequested = true;
      response.requestIncludesCredentials = includeCredentials;
      if (response.status === 407) {
        if (request.window === "no-window") return makeNetworkError();
        if (isCancelled(fetchParams)) return makeAppropriateNetworkError(fetchParams);
        return makeNetworkError("proxy authentication required");
      }
      if (response.status === 421 && !isNewConnectionFetch && (request.body == null || request.body.source != null)) {
        if (isCancelled(fetchParams)) return makeAppropriateNetworkError(fetchParams);
        fetchParams.controller.connection.destroy();
        response = await httpNetworkOrCacheFetch(fetchParams, isAuthenticationFetch, true);
      }
      if (isAuthenticationFetch) ;
      return response;
    }
    async function httpNetworkFetch(fetchParams, includeCredentials = false, forceNewConnection = false) {
      assert(!fetchParams.controller.connection || fetchParams.controller.connection.destroyed);
      fetchParams.controller.connection = {
        abort: null,
        destroyed: false,
        destroy(err, abort = true) {
          if (!this.destroyed) {
            this.destroyed = true;
            if (abort) this.abort?.(err ?? new DOMException("The operation was aborted.", "AbortError"));
          }
        }
      };
      const request = fetchParams.request;
      let response = null;
      const timingInfo = fetchParams.timingInfo;
      if (null == null) request.cache = "no-store";
      if (request.mode === "websocket") ;
      let requestBody = null;
      if (request.body == null && fetchParams.processRequestEndOfBody) queueMicrotask(() => fetchParams.processRequestEndOfBody()); else if (request.body != null) {
        const processBodyChunk = async function*(bytes) {
          if (isCancelled(fetchParams)) return;
          yield bytes;
          fetchParams.processRequestBodyChunkLength?.(bytes.byteLength);
        };
        const processEndOfBody = () => {
          if (isCancelled(fetchParams)) return;
          if (fetchParams.processRequestEndOfBody) fetchParams.processRequestEndOfBody();
        };
        const processBodyError = e => {
          if (isCancelled(fetchParams)) return;
          if (e.name === "AbortError") fetchParams.controller.abort(); else fetchParams.controller.terminate(e);
        };
        requestBody = async function*() {
          try {
            for await (const bytes of request.body.stream) yield* processBodyChunk(bytes);
            processEndOfBody();
          } catch (err) {
            processBodyError(err);
          }
        }();
      }
      try {
        const {body: body, status: status, statusText: statusText, headersList: headersList, socket: socket} = await function({body: body}) {
          const url = requestCurrentURL(request);
          const agent = fetchParams.controller.dispatcher;
          return new Promise((resolve, reject) => agent.dispatch({
            path: url.pathname + url.search,
            origin: url.origin,
            method: request.method,
            body: agent.isMockActive ? request.body && (request.body.source || request.body.stream) : body,
            headers: request.headersList.entries,
            maxRedirections: 0,
            upgrade: request.mode === "websocket" ? "websocket" : void 0
          }, {
            body: null,
            abort: null,
            onConnect(abort) {
              const {connection: connection} = fetchParams.controller;
              timingInfo.finalConnectionTimingInfo = clampAndCoarsenConnectionTimingInfo(void 0, timingInfo.postRedirectStartTime, fetchParams.crossOriginIsolatedCapability);
              if (connection.destroyed) abort(new DOMException("The operation was aborted.", "AbortError")); else {
                fetchParams.controller.on("terminated", abort);
                this.abort = connection.abort = abort;
              }
              timingInfo.finalNetworkRequestStartTime = coarsenedSharedCurrentTime(fetchParams.crossOriginIsolatedCapability);
            },
            onResponseStarted() {
              timingInfo.finalNetworkResponseStartTime = coarsenedSharedCurrentTime(fetchParams.crossOriginIsolatedCapability);
            },
            onHeaders(status, rawHeaders, resume, statusText) {
              if (status < 200) return;
              let location = "";
              const headersList = new HeadersList;
              for (let i = 0; i < rawHeaders.length; i += 2) headersList.append(bufferToLowerCasedHeaderName(rawHeaders[i]), rawHeaders[i + 1].toString("latin1"), true);
              location = headersList.get("location", true);
              const decoders = [];
              const willFollow = location && request.redirect === "follow" && redirectStatusSet.has(status);
              if (request.method !== "HEAD" && request.method !== "CONNECT" && !nullBodyStatus.includes(status) && !willFollow) {
                const contentEncoding = headersList.get("content-encoding", true);
                const codings = contentEncoding ? contentEncoding.toLowerCase().split(",") : [];
                const maxContentEncodings = 5;
                if (codings.length > maxContentEncodings) {
                  this.abort(new Error(`too many content-encodings in response: ${codings.length}, maximum allowed is ${maxContentEncodings}`));
                  return true;
                }
                for (let i = codings.length - 1; i >= 0; --i) {
                  const coding = codings[i].trim();
                  if (coding === "x-gzip" || coding === "gzip") decoders.push(zlib.createGunzip({
                    flush: zlib.constants.Z_SYNC_FLUSH,
                    finishFlush: zlib.constants.Z_SYNC_FLUSH
                  })); else if (coding === "deflate") decoders.push(createInflate({
                    flush: zlib.constants.Z_SYNC_FLUSH,
                    finishFlush: zlib.constants.Z_SYNC_FLUSH
                  })); else if (coding === "br") decoders.push(zlib.createBrotliDecompress({
                    flush: zlib.constants.BROTLI_OPERATION_FLUSH,
                    finishFlush: zlib.constants.BROTLI_OPERATION_FLUSH
                  })); else {
                    decoders.length = 0;
                    break;
                  }
                }
              }
              this.body = new Readable({
                read: resume
              });
              const onError = this.onError.bind(this);
              resolve({
                status: status,
                statusText: statusText,
                headersList: headersList,
                body: decoders.length ? pipeline(this.body, ...decoders, err => {
                  if (err) this.onError(err);
                }).on("error", onError) : this.body.on("error", onError)
              });
              return true;
            },
            onData(chunk) {
              if (fetchParams.controller.dump) return;
              const bytes = chunk;
              timingInfo.encodedBodySize += bytes.byteLength;
              return this.body.push(bytes);
            },
            onComplete() {
              if (this.abort) fetchParams.controller.off("terminated", this.abort);
              fetchParams.controller.ended = true;
              this.body.push(null);
            },
            onError(error) {
              if (this.abort) fetchParams.controller.off("terminated", this.abort);
              this.body?.destroy(error);
              fetchParams.controller.terminate(error);
              reject(error);
            },
            onUpgrade(status, rawHeaders, socket) {
              if (status !== 101) return;
              const headersList = new HeadersList;
              for (let i = 0; i < rawHeaders.length; i += 2) headersList.append(bufferToLowerCasedHeaderName(rawHeaders[i]), rawHeaders[i + 1].toString("latin1"), true);
              resolve({
                status: status,
                statusText: STATUS_CODES[status],
                headersList: headersList,
                socket: socket
              });
              return true;
            }
          }));
        }({
          body: requestBody
        });
        if (socket) response = makeResponse({
          status: status,
          statusText: statusText,
          headersList: headersList,
          socket: socket
        }); else {
          const iterator = body[Symbol.asyncIterator]();
          fetchParams.controller.next = () => iterator.next();
          response = makeResponse({
            status: status,
            statusText: statusText,
            headersList: headersList
          });
        }
      } catch (err) {
        if (err.name === "AbortError") {
          fetchParams.controller.connection.destroy();
          return makeAppropriateNetworkError(fetchParams, err);
        }
        return makeNetworkError(err);
      }
      const pullAlgorithm = async () => {
        await fetchParams.controller.resume();
      };
      const cancelAlgorithm = reason => {
        if (!isCancelled(fetchParams)) fetchParams.controller.abort(reason);
      };
      const stream = new ReadableStream({
        async start(controller) {
          fetchParams.controller.controller = controller;
        },
        async pull(controller) {
          await pullAlgorithm();
        },
        async cancel(reason) {
          await cancelAlgorithm(reason);
        },
        type: "bytes"
      });
      response.body = {
        stream: stream,
        source: null,
        length: null
      };
      if (!fetchParams.controller.resume) fetchParams.controller.on("terminated", function(reason) {
        if (isAborted(fetchParams)) {
          response.aborted = true;
          if (isReadable(stream)) fetchParams.controller.controller.error(fetchParams.controller.serializedAbortReason);
        } else if (isReadable(stream)) fetchParams.controller.controller.error(new TypeError("terminated", {
          cause: isErrorLike(reason) ? reason : void 0
        }));
        fetchParams.controller.connection.destroy();
      });
      fetchParams.controller.resume = async () => {
        while (true) {
          let bytes;
          let isFailure;
          try {
            const {done: done, value: value} = await fetchParams.controller.next();
            if (isAborted(fetchParams)) break;
            bytes = done ? void 0 : value;
          } catch (err) {
            if (fetchParams.controller.ended && !timingInfo.encodedBodySize) bytes = void 0; else {
              bytes = err;
              isFailure = true;
            }
          }
          if (bytes === void 0) {
            readableStreamClose(fetchParams.controller.controller);
            finalizeResponse(fetchParams, response);
            return;
          }
          timingInfo.decodedBodySize += bytes?.byteLength ?? 0;
          if (isFailure) {
            fetchParams.controller.terminate(bytes);
            return;
          }
          const buffer = new Uint8Array(bytes);
          if (buffer.byteLength) fetchParams.controller.controller.enqueue(buffer);
          if (isErrored(stream)) {
            fetchParams.controller.terminate();
            return;
          }
          if (fetchParams.controller.controller.desiredSize <= 0) return;
        }
      };
      return response;
    }
    module.exports = {
      fetch: function(input, init = void 0) {
        webidl.argumentLengthCheck(arguments, 1, "globalThis.fetch");
        let p = createDeferredPromise();
        let requestObject;
        try {
          requestObject = new Request(input, init);
        } catch (e) {
          p.reject(e);
          return p.promise;
        }
        const request = requestObject[kState];
        if (requestObject.signal.aborted) {
          abortFetch(p, request, null, requestObject.signal.reason);
          return p.promise;
        }
        const globalObject = request.client.globalObject;
        if (globalObject?.constructor?.name === "ServiceWorkerGlobalScope") request.serviceWorkers = "none";
        let responseObject = null;
        let locallyAborted = false;
        let controller = null;
        addAbortListener(requestObject.signal, () => {
          locallyAborted = true;
          assert(controller != null);
          controller.abort(requestObject.signal.reason);
          const realResponse = responseObject?.deref();
          abortFetch(p, request, realResponse, requestObject.signal.reason);
        });
        controller = fetching({
          request: request,
          processResponseEndOfBody: handleFetchDone,
          processResponse: response => {
            if (locallyAborted) return;
            if (response.aborted) {
              abortFetch(p, request, responseObject, controller.serializedAbortReason);
              return;
            }
            if (response.type === "error") {
              p.reject(new TypeError("fetch failed", {
                cause: response.error
              }));
              return;
            }
            responseObject = new WeakRef(fromInnerResponse(response, "immutable"));
            p.resolve(responseObject.deref());
            p = null;
          },
          dispatcher: requestObject[kDispatcher]
        });
        return p.promise;
      },
      Fetch: Fetch,
      fetching: fetching,
      finalizeAndReportTiming: finalizeAndReportTiming
    };
  },
  9967: (module, __unused_webpack_exports, __nccwpck_require__) => {
    const {extractBody: extractBody, mixinBody: mixinBody, cloneBody: cloneBody, bodyUnusable: bodyUnusable} = __nccwpck_require__(4492);
    const {Headers: Headers, fill: fillHeaders, HeadersList: HeadersList, setHeadersGuard: setHeadersGuard, getHeadersGuard: getHeadersGuard, setHeadersList: setHeadersList, getHeadersList: getHeadersList} = __nccwpck_require__(660);
    const {FinalizationRegistry: FinalizationRegistry} = __nccwpck_require__(6653)();
    const util = __nccwpck_require__(3440);
    const nodeUtil = __nccwpck_require__(7975);
    const {isValidHTTPToken: isValidHTTPToken, sameOrigin: sameOrigin, environmentSettingsObject: environmentSettingsObject} = __nccwpck_require__(3168);
    const {forbiddenMethodsSet: forbiddenMethodsSet, corsSafeListedMethodsSet: corsSafeListedMethodsSet, referrerPolicy: referrerPolicy, requestRedirect: requestRedirect, requestMode: requestMode, requestCredentials: requestCredentials, requestCache: requestCache, requestDuplex: requestDuplex} = __nccwpck_require__(4495);
    const {kEnumerableProperty: kEnumerableProperty, normalizedMethodRecordsBase: normalizedMethodRecordsBase, normalizedMethodRecords: normalizedMethodRecords} = util;
    const {kHeaders: kHeaders, kSignal: kSignal, kState: kState, kDispatcher: kDispatcher} = __nccwpck_require__(3627);
    const {webidl: webidl} = __nccwpck_require__(5893);
    const {URLSerializer: URLSerializer} = __nccwpck_require__(1900);
    const {kConstruct: kConstruct} = __nccwpck_require__(6443);
    const assert = __nccwpck_require__(4589);
    const {getMaxListeners: getMaxListeners, setMaxListeners: setMaxListeners, getEventListeners: getEventListeners, defaultMaxListeners: defaultMaxListeners} = __nccwpck_require__(8474);
    const kAbortController = Symbol("abortController");
    const requestFinalizer = new FinalizationRegistry(({signal: signal, abort: abort}) => {
      signal.removeEventListener("abort", abort);
    });
    const dependentControllerMap = new WeakMap;
    function buildAbort(acRef) {
      return function abort() {
        const ac = acRef.deref();
        if (ac !== void 0) {
          requestFinalizer.unregister(abort);
          this.removeEventListener("abort", abort);
          ac.abort(this.reason);
          const controllerList = dependentControllerMap.get(ac.signal);
          if (controllerList !== void 0) {
            if (controllerList.size !== 0) {
              for (const ref of controllerList) {
                const ctrl = ref.deref();
                if (ctrl !== void 0) ctrl.abort(this.reason);
              }
              controllerList.clear();
            }
            dependentControllerMap.delete(ac.signal);
          }
        }
      };
    }
    let patchMethodWarning = false;
    class Request {
      constructor(input, init = {}) {
        webidl.util.markAsUncloneable(this);
        if (input === kConstruct) return;
        const prefix = "Request constructor";
        webidl.argumentLengthCheck(arguments, 1, prefix);
        input = webidl.converters.RequestInfo(input, prefix, "input");
        init = webidl.converters.RequestInit(init, prefix, "init");
        let request = null;
        let fallbackMode = null;
        const baseUrl = environmentSettingsObject.settingsObject.baseUrl;
        let signal = null;
        if (typeof input === "string") {
          this[kDispatcher] = init.dispatcher;
          let parsedURL;
          try {
            parsedURL = new URL(input, baseUrl);
          } catch (err) {
            throw new TypeError("Failed to parse URL from " + input, {
              cause: err
            });
          }
          if (parsedURL.username || parsedURL.password) throw new TypeError("Request cannot be constructed from a URL that includes credentials: " + input);
          request = makeRequest({
            urlList: [ parsedURL ]
          });
          fallbackMode = "cors";
        } else {
          this[kDispatcher] = init.dispatcher || input[kDispatcher];
          assert(input instanceof Request);
          request = input[kState];
          signal = input[kSignal];
        }
        const origin = environmentSettingsObject.settingsObject.origin;
        let window = "client";
        if (request.window?.constructor?.name === "EnvironmentSettingsObject" && sameOrigin(request.window, origin)) window = request.window;
        if (init.window != null) throw new TypeError(`'window' option '${window}' must be null`);
        if ("window" in init) window = "no-window";
        request = makeRequest({
          method: request.method,
          headersList: request.headersList,
          unsafeRequest: request.unsafeRequest,
          client: environmentSettingsObject.settingsObject,
          window: window,
          priority: request.priority,
          origin: request.origin,
          referrer: request.referrer,
          referrerPolicy: request.referrerPolicy,
          mode: request.mode,
          credentials: request.credentials,
          cache: request.cache,
          redirect: request.redirect,
          integrity: request.integrity,
          keepalive: request.keepalive,
          reloadNavigation: request.reloadNavigation,
          historyNavigation: request.historyNavigation,
          urlList: [ ...request.urlList ]
        });
        const initHasKey = Object.keys(init).length !== 0;
        if (initHasKey) {
          if (request.mode === "navigate") request.mode = "same-origin";
          request.reloadNavigation = false;
          request.historyNavigation = false;
          request.origin = "client";
          request.referrer = "client";
          request.referrerPolicy = "";
          request.url = request.urlList[request.urlList.length - 1];
          request.urlList = [ request.url ];
        }
        if (init.referrer !== void 0) {
          const referrer = init.referrer;
          if (referrer === "") request.referrer = "no-referrer"; else {
            let parsedReferrer;
            try {
              parsedReferrer = new URL(referrer, baseUrl);
            } catch (err) {
              throw new TypeError(`Referrer "${referrer}" is not a valid URL.`, {
                cause: err
              });
            }
            if (parsedReferrer.protocol === "about:" && parsedReferrer.hostname === "client" || origin && !sameOrigin(parsedReferrer, environmentSettingsObject.settingsObject.baseUrl)) request.referrer = "client"; else request.referrer = parsedReferrer;
          }
        }
        if (init.referrerPolicy !== void 0) request.referrerPolicy = init.referrerPolicy;
        let mode;
        if (init.mode !== void 0) mode = init.mode; else mode = fallbackMode;
        if (mode === "navigate") throw webidl.errors.exception({
          header: "Request constructor",
          message: "invalid request mode navigate."
        });
        if (mode != null) request.mode = mode;
        if (init.credentials !== void 0) request.credentials = init.credentials;
        if (init.cache !== void 0) request.cache = init.cache;
        if (request.cache === "only-if-cached" && request.mode !== "same-origin") throw new TypeError("'only-if-cached' can be set only with 'same-origin' mode");
        if (init.redirect !== void 0) request.redirect = init.redirect;
        if (init.integrity != null) request.integrity = String(init.integrity);
        if (init.keepalive !== void 0) request.keepalive = Boolean(init.keepalive);
        if (init.method !== void 0) {
          let method = init.method;
          const mayBeNormalized = normalizedMethodRecords[method];
          if (mayBeNormalized !== void 0) request.method = mayBeNormalized; else {
            if (!isValidHTTPToken(method)) throw new TypeError(`'${method}' is not a valid HTTP method.`);
            const upperCase = method.toUpperCase();
            if (forbiddenMethodsSet.has(upperCase)) throw new TypeError(`'${method}' HTTP method is unsupported.`);
            method = normalizedMethodRecordsBase[upperCase] ?? method;
            request.method = method;
          }
          if (!patchMethodWarning && request.method === "patch") {
            process.emitWarning("Using `patch` is highly likely to result in a `405 Method Not Allowed`. `PATCH` is much more likely to succeed.", {
              code: "UNDICI-FETCH-patch"
            });
            patchMethodWarning = true;
          }
        }
        if (init.signal !== void 0) signal = init.signal;
        this[kState] = request;
        const ac = new AbortController;
        this[kSignal] = ac.signal;
        if (signal != null) {
          if (!signal || typeof signal.aborted !== "boolean" || typeof signal.addEventListener !== "function") throw new TypeError("Failed to construct 'Request': member signal is not of type AbortSignal.");
          if (signal.aborted) ac.abort(signal.reason); else {
            this[kAbortController] = ac;
            const acRef = new WeakRef(ac);
            const abort = buildAbort(acRef);
            try {
              if (typeof getMaxListeners === "function" && getMaxListeners(signal) === defaultMaxListeners) setMaxListeners(1500, signal); else if (getEventListeners(signal, "abort").length >= defaultMaxListeners) setMaxListeners(1500, signal);
            } catch {}
            util.addAbortListener(signal, abort);
            requestFinalizer.register(ac, {
              signal: signal,
              abort: abort
            }, abort);
          }
        }
        this[kHeaders] = new Headers(kConstruct);
        setHeadersList(this[kHeaders], request.headersList);
        setHeadersGuard(this[kHeaders], "request");
        if (mode === "no-cors") {
          if (!corsSafeListedMethodsSet.has(request.method)) throw new TypeError(`'${request.method} is unsupported in no-cors mode.`);
          setHeadersGuard(this[kHeaders], "request-no-cors");
        }
        if (initHasKey) {
          const headersList = getHeadersList(this[kHeaders]);
          const headers = init.headers !== void 0 ? init.headers : new HeadersList(headersList);
          headersList.clear();
          if (headers instanceof HeadersList) {
            for (const {name: name, value: value} of headers.rawValues()) headersList.append(name, value, false);
            headersList.cookies = headers.cookies;
          } else fillHeaders(this[kHeaders], headers);
        }
        const inputBody = input instanceof Request ? input[kState].body : null;
        if ((init.body != null || inputBody != null) && (request.method === "GET" || request.method === "HEAD")) throw new TypeError("Request with GET/HEAD method cannot have body.");
        let initBody = null;
        if (init.body != null) {
          const [extractedBody, contentType] = extractBody(init.body, request.keepalive);
          initBody = extractedBody;
          if (contentType && !getHeadersList(this[kHeaders]).contains("content-type", true)) this[kHeaders].append("content-type", contentType);
        }
        const inputOrInitBody = initBody ?? inputBody;
        if (inputOrInitBody != null && inputOrInitBody.source == null) {
          if (initBody != null && init.duplex == null) throw new TypeError("RequestInit: duplex option is required when sending a body.");
          if (request.mode !== "same-origin" && request.mode !== "cors") throw new TypeError('If request is made from ReadableStream, mode should be "same-origin" or "cors"');
          request.useCORSPreflightFlag = true;
        }
        let finalBody = inputOrInitBody;
        if (initBody == null && inputBody != null) {
          if (bodyUnusable(input)) throw new TypeError("Cannot construct a Request with a Request object that has already been used.");
          const identityTransform = new TransformStream;
          inputBody.stream.pipeThrough(identityTransform);
          finalBody = {
            source: inputBody.source,
            length: inputBody.length,
            stream: identityTransform.readable
          };
        }
        this[kState].body = finalBody;
      }
      get method() {
        webidl.brandCheck(this, Request);
        return this[kState].method;
      }
      get url() {
        webidl.brandCheck(this, Request);
        return URLSerializer(this[kState].url);
      }
      get headers() {
        webidl.brandCheck(this, Request);
        return this[kHeaders];
      }
      get destination() {
        webidl.brandCheck(this, Request);
        return this[kState].destination;
      }
      get referrer() {
        webidl.brandCheck(this, Request);
        if (this[kState].referrer === "no-referrer") return "";
        if (this[kState].referrer === "client") return "about:client";
        return this[kState].referrer.toString();
      }
      get referrerPolicy() {
        webidl.brandCheck(this, Request);
        return this[kState].referrerPolicy;
      }
      get mode() {
        webidl.brandCheck(this, Request);
        return this[kState].mode;
      }
      get credentials() {
        return this[kState].credentials;
      }
      get cache() {
        webidl.brandCheck(this, Request);
        return this[kState].cache;
      }
      get redirect() {
        webidl.brandCheck(this, Request);
        return this[kState].redirect;
      }
      get integrity() {
        webidl.brandCheck(this, Request);
        return this[kState].integrity;
      }
      get keepalive() {
        webidl.brandCheck(this, Request);
        return this[kState].keepalive;
      }
      get isReloadNavigation() {
        webidl.brandCheck(this, Request);
        return this[kState].reloadNavigation;
      }
      get isHistoryNavigation() {
        webidl.brandCheck(this, Request);
        return this[kState].historyNavigation;
      }
      get signal() {
        webidl.brandCheck(this, Request);
        return this[kSignal];
      }
      get body() {
        webidl.brandCheck(this, Request);
        return this[kState].body ? this[kState].body.stream : null;
      }
      get bodyUsed() {
        webidl.brandCheck(this, Request);
        return !!this[kState].body && util.isDisturbed(this[kState].body.stream);
      }
      get duplex() {
        webidl.brandCheck(this, Request);
        return "half";
      }
      clone() {
        webidl.brandCheck(this, Request);
        if (bodyUnusable(this)) throw new TypeError("unusable");
        const clonedRequest = cloneRequest(this[kState]);
        const ac = new AbortController;
        if (this.signal.aborted) ac.abort(this.signal.reason); else {
          let list = dependentControllerMap.get(this.signal);
          if (list === void 0) {
            list = new Set;
            dependentControllerMap.set(this.signal, list);
          }
          const acRef = new WeakRef(ac);
          list.add(acRef);
          util.addAbortListener(ac.signal, buildAbort(acRef));
        }
        return fromInnerRequest(clonedRequest, ac.signal, getHeadersGuard(this[kHeaders]));
      }
      [nodeUtil.inspect.custom](depth, options) {
        if (options.depth === null) options.depth = 2;
        options.colors ??= true;
        const properties = {
          method: this.method,
          url: this.url,
          headers: this.headers,
          destination: this.destination,
          referrer: this.referrer,
          referrerPolicy: this.referrerPolicy,
          mode: this.mode,
          credentials: this.credentials,
          cache: this.cache,
          redirect: this.redirect,
          integrity: this.integrity,
          keepalive: this.keepalive,
          isReloadNavigation: this.isReloadNavigation,
          isHistoryNavigation: this.isHistoryNavigation,
          signal: this.signal
        };
        return `Request ${nodeUtil.formatWithOptions(options, properties)}`;
      }
    }
    mixinBody(Request);
    function makeRequest(init) {
      return {
        method: init.method ?? "GET",
        localURLsOnly: init.localURLsOnly ?? false,
        unsafeRequest: init.unsafeRequest ?? false,
        body: init.body ?? null,
        client: init.client ?? null,
        reservedClient: init.reservedClient ?? null,
        replacesClientId: init.replacesClientId ?? "",
        window: init.window ?? "client",
        keepalive: init.keepalive ?? false,
        serviceWorkers: init.serviceWorkers ?? "all",
        initiator: init.initiator ?? "",
        destination: init.destination ?? "",
        priority: init.priority ?? null,
        origin: init.origin ?? "client",
        policyContainer: init.policyContainer ?? "client",
        referrer: init.referrer ?? "client",
        referrerPolicy: init.referrerPolicy ?? "",
        mode: init.mode ?? "no-cors",
        useCORSPreflightFlag: init.useCORSPreflightFlag ?? false,
        credentials: init.credentials ?? "same-origin",
        useCredentials: init.useCredentials ?? false,
        cache: init.cache ?? "default",
        redirect: init.redirect ?? "follow",
        integrity: init.integrity ?? "",
        cryptoGraphicsNonceMetadata: init.cryptoGraphicsNonceMetadata ?? "",
        parserMetadata: init.parserMetadata ?? "",
        reloadNavigation: init.reloadNavigation ?? false,
        historyNavigation: init.historyNavigation ?? false,
        userActivation: init.userActivation ?? false,
        taintedOrigin: init.taintedOrigin ?? false,
        redirectCount: init.redirectCount ?? 0,
        responseTainting: init.responseTainting ?? "basic",
        preventNoCacheCacheControlHeaderModification: init.preventNoCacheCacheControlHeaderModification ?? false,
        done: init.done ?? false,
        timingAllowFailed: init.timingAllowFailed ?? false,
        urlList: init.urlList,
        url: init.urlList[0],
        headersList: init.headersList ? new HeadersList(init.headersList) : new HeadersList
      };
    }
    function cloneRequest(request) {
      const newRequest = makeRequest({
        ...request,
        body: null
      });
      if (request.body != null) newRequest.body = cloneBody(newRequest, request.body);
      return newRequest;
    }
    function fromInnerRequest(innerRequest, signal, guard) {
      const request = new Request(kConstruct);
      request[kState] = innerRequest;
      request[kSignal] = signal;
      request[kHeaders] = new Headers(kConstruct);
      setHeadersList(request[kHeaders], innerRequest.headersList);
      setHeadersGuard(request[kHeaders], guard);
      return request;
    }
    Object.defineProperties(Request.prototype, {
      method: kEnumerableProperty,
      url: kEnumerableProperty,
      headers: kEnumerableProperty,
      redirect: kEnumerableProperty,
      clone: kEnumerableProperty,
      signal: kEnumerableProperty,
      duplex: kEnumerableProperty,
      destination: kEnumerableProperty,
      body: kEnumerableProperty,
      bodyUsed: kEnumerableProperty,
      isHistoryNavigation: kEnumerableProperty,
      isReloadNavigation: kEnumerableProperty,
      keepalive: kEnumerableProperty,
      integrity: kEnumerableProperty,
      cache: kEnumerableProperty,
      credentials: kEnumerableProperty,
      attribute: kEnumerableProperty,
      referrerPolicy: kEnumerableProperty,
      referrer: kEnumerableProperty,
      mode: kEnumerableProperty,
      [Symbol.toStringTag]: {
        value: "Request",
        configurable: true
      }
    });
    webidl.converters.Request = webidl.interfaceConverter(Request);
    webidl.converters.RequestInfo = function(V, prefix, argument) {
      if (typeof V === "string") return webidl.converters.USVString(V, prefix, argument);
      if (V instanceof Request) return webidl.converters.Request(V, prefix, argument);
      return webidl.converters.USVString(V, prefix, argument);
    };
    webidl.converters.AbortSignal = webidl.interfaceConverter(AbortSignal);
    webidl.converters.RequestInit = webidl.dictionaryConverter([ {
      key: "method",
      converter: webidl.converters.ByteString
    }, {
      key: "headers",
      converter: webidl.converters.HeadersInit
    }, {
      key: "body",
      converter: webidl.nullableConverter(webidl.converters.BodyInit)
    }, {
      key: "referrer",
      converter: webidl.converters.USVString
    }, {
      key: "referrerPolicy",
      converter: webidl.converters.DOMString,
      allowedValues: referrerPolicy
    }, {
      key: "mode",
      converter: webidl.converters.DOMString,
      allowedValues: requestMode
    }, {
      key: "credentials",
      converter: webidl.converters.DOMString,
      allowedValues: requestCredentials
    }, {
      key: "cache",
      converter: webidl.converters.DOMString,
      allowedValues: requestCache
    }, {
      key: "redirect",
      converter: webidl.converters.DOMString,
      allowedValues: requestRedirect
    }, {
      key: "integrity",
      converter: webidl.converters.DOMString
    }, {
      key: "keepalive",
      converter: webidl.converters.boolean
    }, {
      key: "signal",
      converter: webidl.nullableConverter(signal => webidl.converters.AbortSignal(signal, "RequestInit", "signal", {
        strict: false
      }))
    }, {
      key: "window",
      converter: webidl.converters.any
    }, {
      key: "duplex",
      converter: webidl.converters.DOMString,
      allowedValues: requestDuplex
    }, {
      key: "dispatcher",
      converter: webidl.converters.any
    } ]);
    module.exports = {
      Request: Request,
      makeRequest: makeRequest,
      fromInnerRequest: fromInnerRequest,
      cloneRequest: cloneRequest
    };
  },
  9051: (module, __unused_webpack_exports, __nccwpck_require__) => {
    const {Headers: Headers, HeadersList: HeadersList, fill: fill, getHeadersGuard: getHeadersGuard, setHeadersGuard: setHeadersGuard, setHeadersList: setHeadersList} = __nccwpck_require__(660);
    const {extractBody: extractBody, cloneBody: cloneBody, mixinBody: mixinBody, hasFinalizationRegistry: hasFinalizationRegistry, streamRegistry: streamRegistry, bodyUnusable: bodyUnusable} = __nccwpck_require__(4492);
    const util = __nccwpck_require__(3440);
    const nodeUtil = __nccwpck_require__(7975);
    const {kEnumerableProperty: kEnumerableProperty} = util;
    const {isValidReasonPhrase: isValidReasonPhrase, isCancelled: isCancelled, isAborted: isAborted, isBlobLike: isBlobLike, serializeJavascriptValueToJSONString: serializeJavascriptValueToJSONString, isErrorLike: isErrorLike, isomorphicEncode: isomorphicEncode, environmentSettingsObject: relevantRealm} = __nccwpck_require__(3168);
    const {redirectStatusSet: redirectStatusSet, nullBodyStatus: nullBodyStatus} = __nccwpck_require__(4495);
    const {kState: kState, kHeaders: kHeaders} = __nccwpck_require__(3627);
    const {webidl: webidl} = __nccwpck_require__(5893);
    const {FormData: FormData} = __nccwpck_require__(5910);
    const {URLSerializer: URLSerializer} = __nccwpck_require__(1900);
    const {kConstruct: kConstruct} = __nccwpck_require__(6443);
    const assert = __nccwpck_require__(4589);
    const {types: types} = __nccwpck_require__(7975);
    const textEncoder = new TextEncoder("utf-8");
    class Response {
      static error() {
        const responseObject = fromInnerResponse(makeNetworkError(), "immutable");
        return responseObject;
      }
      static json(data, init = {}) {
        webidl.argumentLengthCheck(arguments, 1, "Response.json");
        if (init !== null) init = webidl.converters.ResponseInit(init);
        const bytes = textEncoder.encode(serializeJavascriptValueToJSONString(data));
        const body = extractBody(bytes);
        const responseObject = fromInnerResponse(makeResponse({}), "response");
        initializeResponse(responseObject, init, {
          body: body[0],
          type: "application/json"
        });
        return responseObject;
      }
      static redirect(url, status = 302) {
        webidl.argumentLengthCheck(arguments, 1, "Response.redirect");
        url = webidl.converters.USVString(url);
        status = webidl.converters["unsigned short"](status);
        let parsedURL;
        try {
          parsedURL = new URL(url, relevantRealm.settingsObject.baseUrl);
        } catch (err) {
          throw new TypeError(`Failed to parse URL from ${url}`, {
            cause: err
          });
        }
        if (!redirectStatusSet.has(status)) throw new RangeError(`Invalid status code ${status}`);
        const responseObject = fromInnerResponse(makeResponse({}), "immutable");
        responseObject[kState].status = status;
        const value = isomorphicEncode(URLSerializer(parsedURL));
        responseObject[kState].headersList.append("location", value, true);
        return responseObject;
      }
      constructor(body = null, init = {}) {
        webidl.util.markAsUncloneable(this);
        if (body === kConstruct) return;
        if (body !== null) body = webidl.converters.BodyInit(body);
        init = webidl.converters.ResponseInit(init);
        this[kState] = makeResponse({});
        this[kHeaders] = new Headers(kConstruct);
        setHeadersGuard(this[kHeaders], "response");
        setHeadersList(this[kHeaders], this[kState].headersList);
        let bodyWithType = null;
        if (body != null) {
          const [extractedBody, type] = extractBody(body);
          bodyWithType = {
            body: extractedBody,
            type: type
          };
        }
        initializeResponse(this, init, bodyWithType);
      }
      get type() {
        webidl.brandCheck(this, Response);
        return this[kState].type;
      }
      get url() {
        webidl.brandCheck(this, Response);
        const urlList = this[kState].urlList;
        const url = urlList[urlList.length - 1] ?? null;
        if (url === null) return "";
        return URLSerializer(url, true);
      }
      get redirected() {
        webidl.brandCheck(this, Response);
        return this[kState].urlList.length > 1;
      }
      get status() {
        webidl.brandCheck(this, Response);
        return this[kState].status;
      }
      get ok() {
        webidl.brandCheck(this, Response);
        return this[kState].status >= 200 && this[kState].status <= 299;
      }
      get statusText() {
        webidl.brandCheck(this, Response);
        return this[kState].statusText;
      }
      get headers() {
        webidl.brandCheck(this, Response);
        return this[kHeaders];
      }
      get body() {
        webidl.brandCheck(this, Response);
        return this[kState].body ? this[kState].body.stream : null;
      }
      get bodyUsed() {
        webidl.brandCheck(this, Response);
        return !!this[kState].body && util.isDisturbed(this[kState].body.stream);
      }
      clone() {
        webidl.brandCheck(this, Response);
        if (bodyUnusable(this)) throw webidl.errors.exception({
          header: "Response.clone",
          message: "Body has already been consumed."
        });
        const clonedResponse = cloneResponse(this[kState]);
        if (hasFinalizationRegistry && this[kState].body?.stream) streamRegistry.register(this, new WeakRef(this[kState].body.stream));
        return fromInnerResponse(clonedResponse, getHeadersGuard(this[kHeaders]));
      }
      [nodeUtil.inspect.custom](depth, options) {
        if (options.depth === null) options.depth = 2;
        options.colors ??= true;
        const properties = {
          status: this.status,
          statusText: this.statusText,
          headers: this.headers,
          body: this.body,
          bodyUsed: this.bodyUsed,
          ok: this.ok,
          redirected: this.redirected,
          type: this.type,
          url: this.url
        };
        return `Response ${nodeUtil.formatWithOptions(options, properties)}`;
      }
    }
    mixinBody(Response);
    Object.defineProperties(Response.prototype, {
      type: kEnumerableProperty,
      url: kEnumerableProperty,
      status: kEnumerableProperty,
      ok: kEnumerableProperty,
      redirected: kEnumerableProperty,
      statusText: kEnumerableProperty,
      headers: kEnumerableProperty,
      clone: kEnumerableProperty,
      body: kEnumerableProperty,
      bodyUsed: kEnumerableProperty,
      [Symbol.toStringTag]: {
        value: "Response",
        configurable: true
      }
    });
    Object.defineProperties(Response, {
      json: kEnumerableProperty,
      redirect: kEnumerableProperty,
      error: kEnumerableProperty
    });
    function cloneResponse(response) {
      if (response.internalResponse) return filterResponse(cloneResponse(response.internalResponse), response.type);
      const newResponse = makeResponse({
        ...response,
        body: null
      });
      if (response.body != null) newResponse.body = cloneBody(newResponse, response.body);
      return newResponse;
    }
    function makeResponse(init) {
      return {
        aborted: false,
        rangeRequested: false,
        timingAllowPassed: false,
        requestIncludesCredentials: false,
        type: "default",
        status: 200,
        timingInfo: null,
        cacheState: "",
        statusText: "",
        ...init,
        headersList: init?.headersList ? new HeadersList(init?.headersList) : new HeadersList,
        urlList: init?.urlList ? [ ...init.urlList ] : []
      };
    }
    function makeNetworkError(reason) {
      const isError = isErrorLike(reason);
      return makeResponse({
        type: "error",
        status: 0,
        error: isError ? reason : new Error(reason ? String(reason) : reason),
        aborted: reason && reason.name === "AbortError"
      });
    }
    function makeFilteredResponse(response, state) {
      state = {
        internalResponse: response,
        ...state
      };
      return new Proxy(response, {
        get(target, p) {
          return p in state ? state[p] : target[p];
        },
        set(target, p, value) {
          assert(!(p in state));
          target[p] = value;
          return true;
        }
      });
    }
    function filterResponse(response, type) {
      if (type === "basic") return makeFilteredResponse(response, {
        type: "basic",
        headersList: response.headersList
      }); else if (type === "cors") return makeFilteredResponse(response, {
        type: "cors",
        headersList: response.headersList
      }); else if (type === "opaque") return makeFilteredResponse(response, {
        type: "opaque",
        urlList: Object.freeze([]),
        status: 0,
        statusText: "",
        body: null
      }); else if (type === "opaqueredirect") return makeFilteredResponse(response, {
        type: "opaqueredirect",
        status: 0,
        statusText: "",
        headersList: [],
        body: null
      }); else assert(false);
    }
    function initializeResponse(response, init, body) {
      if (init.status !== null && (init.status < 200 || init.status > 599)) throw new RangeError('init["status"] must be in the range of 200 to 599, inclusive.');
      if ("statusText" in init && init.statusText != null) if (!isValidReasonPhrase(String(init.statusText))) throw new TypeError("Invalid statusText");
      if ("status" in init && init.status != null) response[kState].status = init.status;
      if ("statusText" in init && init.statusText != null) response[kState].statusText = init.statusText;
      if ("headers" in init && init.headers != null) fill(response[kHeaders], init.headers);
      if (body) {
        if (nullBodyStatus.includes(response.status)) throw webidl.errors.exception({
          header: "Response constructor",
          message: `Invalid response status code ${response.status}`
        });
        response[kState].body = body.body;
        if (body.type != null && !response[kState].headersList.contains("content-type", true)) response[kState].headersList.append("content-type", body.type, true);
      }
    }
    function fromInnerResponse(innerResponse, guard) {
      const response = new Response(kConstruct);
      response[kState] = innerResponse;
      response[kHeaders] = new Headers(kConstruct);
      setHeadersList(response[kHeaders], innerResponse.headersList);
      setHeadersGuard(response[kHeaders], guard);
      if (hasFinalizationRegistry && innerResponse.body?.stream) streamRegistry.register(response, new WeakRef(innerResponse.body.stream));
      return response;
    }
    webidl.converters.ReadableStream = webidl.interfaceConverter(ReadableStream);
    webidl.converters.FormData = webidl.interfaceConverter(FormData);
    webidl.converters.URLSearchParams = webidl.interfaceConverter(URLSearchParams);
    webidl.converters.XMLHttpRequestBodyInit = function(V, prefix, name) {
      if (typeof V === "string") return webidl.converters.USVString(V, prefix, name);
      if (isBlobLike(V)) return webidl.converters.Blob(V, prefix, name, {
        strict: false
      });
      if (ArrayBuffer.isView(V) || types.isArrayBuffer(V)) return webidl.converters.BufferSource(V, prefix, name);
      if (util.isFormDataLike(V)) return webidl.converters.FormData(V, prefix, name, {
        strict: false
      });
      if (V instanceof URLSearchParams) return webidl.converters.URLSearchParams(V, prefix, name);
      return webidl.converters.DOMString(V, prefix, name);
    };
    webidl.converters.BodyInit = function(V, prefix, argument) {
      if (V instanceof ReadableStream) return webidl.converters.ReadableStream(V, prefix, argument);
      if (V?.[Symbol.asyncIterator]) return V;
      return webidl.converters.XMLHttpRequestBodyInit(V, prefix, argument);
    };
    webidl.converters.ResponseInit = webidl.dictionaryConverter([ {
      key: "status",
      converter: webidl.converters["unsigned short"],
      defaultValue: () => 200
    }, {
      key: "statusText",
      converter: webidl.converters.ByteString,
      defaultValue: () => ""
    }, {
      key: "headers",
      converter: webidl.converters.HeadersInit
    } ]);
    module.exports = {
      isNetworkError: function(response) {
        return response.type === "error" && response.status === 0;
      },
      makeNetworkError: makeNetworkError,
      makeResponse: makeResponse,
      makeAppropriateNetworkError: function(fetchParams, err = null) {
        assert(isCancelled(fetchParams));
        return isAborted(fetchParams) ? makeNetworkError(Object.assign(new DOMException("The operation was aborted.", "AbortError"), {
          cause: err
        })) : makeNetworkError(Object.assign(new DOMException("Request was cancelled."), {
          cause: err
        }));
      },
      filterResponse: filterResponse,
      Response: Response,
      cloneResponse: cloneResponse,
      fromInnerResponse: fromInnerResponse
    };
  },
  3627: module => {
    module.exports = {
      kUrl: Symbol("url"),
      kHeaders: Symbol("headers"),
      kSignal: Symbol("signal"),
      kState: Symbol("state"),
      kDispatcher: Symbol("dispatcher")
    };
  },
  3168: (module, __unused_webpack_exports, __nccwpck_require__) => {
    const {Transform: Transform} = __nccwpck_require__(7075);
    const zlib = __nccwpck_require__(8522);
    const {redirectStatusSet: redirectStatusSet, referrerPolicySet: referrerPolicyTokens, badPortsSet: badPortsSet} = __nccwpck_require__(4495);
    const {getGlobalOrigin: getGlobalOrigin} = __nccwpck_require__(1059);
    const {collectASequenceOfCodePoints: collectASequenceOfCodePoints, collectAnHTTPQuotedString: collectAnHTTPQuotedString, removeChars: removeChars, parseMIMEType: parseMIMEType} = __nccwpck_require__(1900);
    const {performance: performance} = __nccwpck_require__(643);
    const {isBlobLike: isBlobLike, ReadableStreamFrom: ReadableStreamFrom, isValidHTTPToken: isValidHTTPToken, normalizedMethodRecordsBase: normalizedMethodRecordsBase} = __nccwpck_require__(3440);
    const assert = __nccwpck_require__(4589);
    const {isUint8Array: isUint8Array} = __nccwpck_require__(3429);
    const {webidl: webidl} = __nccwpck_require__(5893);
    let supportedHashes = [];
    let crypto;
    try {
      crypto = __nccwpck_require__(7598);
      const possibleRelevantHashes = [ "sha256", "sha384", "sha512" ];
      supportedHashes = crypto.getHashes().filter(hash => possibleRelevantHashes.includes(hash));
    } catch {}
    function responseURL(response) {
      const urlList = response.urlList;
      const length = urlList.length;
      return length === 0 ? null : urlList[length - 1].toString();
    }
    function isValidEncodedURL(url) {
      for (let i = 0; i < url.length; ++i) {
        const code = url.charCodeAt(i);
        if (code > 126 || code < 32) return false;
      }
      return true;
    }
    function normalizeBinaryStringToUtf8(value) {
      return Buffer.from(value, "binary").toString("utf8");
    }
    function requestCurrentURL(request) {
      return request.urlList[request.urlList.length - 1];
    }
    const isValidHeaderName = isValidHTTPToken;
    function isValidHeaderValue(potentialValue) {
      return (potentialValue[0] === "\t" || potentialValue[0] === " " || potentialValue[potentialValue.length - 1] === "\t" || potentialValue[potentialValue.length - 1] === " " || potentialValue.includes("\n") || potentialValue.includes("\r") || potentialValue.includes("\0")) === false;
    }
    function coarsenTime(timestamp, crossOriginIsolatedCapability) {
      return timestamp;
    }
    function makePolicyContainer() {
      return {
        referrerPolicy: "strict-origin-when-cross-origin"
      };
    }
    function stripURLForReferrer(url, originOnly) {
      assert(url instanceof URL);
      url = new URL(url);
      if (url.protocol === "file:" || url.protocol === "about:" || url.protocol === "blank:") return "no-referrer";
      url.username = "";
      url.password = "";
      url.hash = "";
      if (originOnly) {
        url.pathname = "";
        url.search = "";
      }
      return url;
    }
    function isURLPotentiallyTrustworthy(url) {
      if (!(url instanceof URL)) return false;
      if (url.href === "about:blank" || url.href === "about:srcdoc") return true;
      if (url.protocol === "data:") return true;
      if (url.protocol === "file:") return true;
      return function(origin) {
        if (origin == null || origin === "null") return false;
        const originAsURL = new URL(origin);
        if (originAsURL.protocol === "https:" || originAsURL.protocol === "wss:") return true;
        if (/^127(?:\.[0-9]+){0,2}\.[0-9]+$|^\[(?:0*:)*?:?0*1\]$/.test(originAsURL.hostname) || originAsURL.hostname === "localhost" || originAsURL.hostname.includes("localhost.") || originAsURL.hostname.endsWith(".localhost")) return true;
        return false;
      }(url.origin);
    }
    const parseHashWithOptions = /(?<algo>sha256|sha384|sha512)-((?<hash>[A-Za-z0-9+/]+|[A-Za-z0-9_-]+)={0,2}(?:\s|$)( +[!-~]*)?)?/i;
    function parseMetadata(metadata) {
      const result = [];
      let empty = true;
      for (const token of metadata.split(" ")) {
        empty = false;
        const parsedToken = parseHashWithOptions.exec(token);
        if (parsedToken === null || parsedToken.groups === void 0 || parsedToken.groups.algo === void 0) continue;
        const algorithm = parsedToken.groups.algo.toLowerCase();
        if (supportedHashes.includes(algorithm)) result.push(parsedToken.groups);
      }
      if (empty === true) return "no metadata";
      return result;
    }
    function getStrongestMetadata(metadataList) {
      let algorithm = metadataList[0].algo;
      if (algorithm[3] === "5") return algorithm;
      for (let i = 1; i < metadataList.length; ++i) {
        const metadata = metadataList[i];
        if (metadata.algo[3] === "5") {
          algorithm = "sha512";
          break;
        } else if (algorithm[3] === "3") continue; else if (metadata.algo[3] === "3") algorithm = "sha384";
      }
      return algorithm;
    }
    function filterMetadataListByAlgorithm(metadataList, algorithm) {
      if (metadataList.length === 1) return metadataList;
      let pos = 0;
      for (let i = 0; i < metadataList.length; ++i) if (metadataList[i].algo === algorithm) metadataList[pos++] = metadataList[i];
      metadataList.length = pos;
      return metadataList;
    }
    function compareBase64Mixed(actualValue, expectedValue) {
      if (actualValue.length !== expectedValue.length) return false;
      for (let i = 0; i < actualValue.length; ++i) if (actualValue[i] !== expectedValue[i]) {
        if (actualValue[i] === "+" && expectedValue[i] === "-" || actualValue[i] === "/" && expectedValue[i] === "_") continue;
        return false;
      }
      return true;
    }
    function sameOrigin(A, B) {
      if (A.origin === B.origin && A.origin === "null") return true;
      if (A.protocol === B.protocol && A.hostname === B.hostname && A.port === B.port) return true;
      return false;
    }
    const esIteratorPrototype = Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]()));
    function createIterator(name, kInternalIterator, keyIndex = 0, valueIndex = 1) {
      class FastIterableIterator {
        #target;
        #kind;
        #index;
        constructor(target, kind) {
          this.#target = target;
          this.#kind = kind;
          this.#index = 0;
        }
        next() {
          if (typeof this !== "object" || this === null || !(#target in this)) throw new TypeError(`'next' called on an object that does not implement interface ${name} Iterator.`);
          const index = this.#index;
          const values = this.#target[kInternalIterator];
          const len = values.length;
          if (index >= len) return {
            value: void 0,
            done: true
          };
          const {[keyIndex]: key, [valueIndex]: value} = values[index];
          this.#index = index + 1;
          let result;
          switch (this.#kind) {
           case "key":
            result = key;
            break;

           case "value":
            result = value;
            break;

           case "key+value":
            result = [ key, value ];
            break;
          }
          return {
            value: result,
            done: false
          };
        }
      }
      delete FastIterableIterator.prototype.constructor;
      Object.setPrototypeOf(FastIterableIterator.prototype, esIteratorPrototype);
      Object.defineProperties(FastIterableIterator.prototype, {
        [Symbol.toStringTag]: {
          writable: false,
          enumerable: false,
          configurable: true,
          value: `${name} Iterator`
        },
        next: {
          writable: true,
          enumerable: true,
          configurable: true
        }
      });
      return function(target, kind) {
        return new FastIterableIterator(target, kind);
      };
    }
    const invalidIsomorphicEncodeValueRegex = /[^\x00-\xFF]/;
    function isomorphicEncode(input) {
      assert(!invalidIsomorphicEncodeValueRegex.test(input));
      return input;
    }
    async function readAllBytes(reader) {
      const bytes = [];
      let byteLength = 0;
      while (true) {
        const {done: done, value: chunk} = await reader.read();
        if (done) return Buffer.concat(bytes, byteLength);
        if (!isUint8Array(chunk)) throw new TypeError("Received non-Uint8Array chunk");
        bytes.push(chunk);
        byteLength += chunk.length;
      }
    }
    function urlHasHttpsScheme(url) {
      return typeof url === "string" && url[5] === ":" && url[0] === "h" && url[1] === "t" && url[2] === "t" && url[3] === "p" && url[4] === "s" || url.protocol === "https:";
    }
    function urlIsHttpHttpsScheme(url) {
      assert("protocol" in url);
      const protocol = url.protocol;
      return protocol === "http:" || protocol === "https:";
    }
    class InflateStream extends Transform {
      #zlibOptions;
      constructor(zlibOptions) {
        super();
        this.#zlibOptions = zlibOptions;
      }
      _transform(chunk, encoding, callback) {
        if (!this._inflateStream) {
          if (chunk.length === 0) {
            callback();
            return;
          }
          this._inflateStream = (chunk[0] & 15) === 8 ? zlib.createInflate(this.#zlibOptions) : zlib.createInflateRaw(this.#zlibOptions);
          this._inflateStream.on("data", this.push.bind(this));
          this._inflateStream.on("end", () => this.push(null));
          this._inflateStream.on("error", err => this.destroy(err));
        }
        this._inflateStream.write(chunk, encoding, callback);
      }
      _final(callback) {
        if (this._inflateStream) {
          this._inflateStream.end();
          this._inflateStream = null;
        }
        callback();
      }
    }
    function gettingDecodingSplitting(value) {
      const input = value;
      const position = {
        position: 0
      };
      const values = [];
      let temporaryValue = "";
      while (position.position < input.length) {
        temporaryValue += collectASequenceOfCodePoints(char => char !== '"' && char !== ",", input, position);
        if (position.position < input.length) if (input.charCodeAt(position.position) === 34) {
          temporaryValue += collectAnHTTPQuotedString(input, position);
          if (position.position < input.length) continue;
        } else {
          assert(input.charCodeAt(position.position) === 44);
          position.position++;
        }
        temporaryValue = removeChars(temporaryValue, true, true, char => char === 9 || char === 32);
        values.push(temporaryValue);
        temporaryValue = "";
      }
      return values;
    }
    function getDecodeSplit(name, list) {
      const value = list.get(name, true);
      if (value === null) return null;
      return gettingDecodingSplitting(value);
    }
    const textDecoder = new TextDecoder;
    class EnvironmentSettingsObjectBase {
      get baseUrl() {
        return getGlobalOrigin();
      }
      get origin() {
        return this.baseUrl?.origin;
      }
      policyContainer=makePolicyContainer();
    }
    const environmentSettingsObject = new class {
      settingsObject=new EnvironmentSettingsObjectBase;
    };
    module.exports = {
      isAborted: function(fetchParams) {
        return fetchParams.controller.state === "aborted";
      },
      isCancelled: function(fetchParams) {
        return fetchParams.controller.state === "aborted" || fetchParams.controller.state === "terminated";
      },
      isValidEncodedURL: isValidEncodedURL,
      createDeferredPromise: function() {
        let res;
        let rej;
        const promise = new Promise((resolve, reject) => {
          res = resolve;
          rej = reject;
        });
        return {
          promise: promise,
          resolve: res,
          reject: rej
        };
      },
      ReadableStreamFrom: ReadableStreamFrom,
      tryUpgradeRequestToAPotentiallyTrustworthyURL: function(request) {},
      clampAndCoarsenConnectionTimingInfo: function(connectionTimingInfo, defaultStartTime, crossOriginIsolatedCapability) {
        if (!connectionTimingInfo?.startTime || connectionTimingInfo.startTime < defaultStartTime) return {
          domainLookupStartTime: defaultStartTime,
          domainLookupEndTime: defaultStartTime,
          connectionStartTime: defaultStartTime,
          connectionEndTime: defaultStartTime,
          secureConnectionStartTime: defaultStartTime,
          ALPNNegotiatedProtocol: connectionTimingInfo?.ALPNNegotiatedProtocol
        };
        return {
          domainLookupStartTime: coarsenTime(connectionTimingInfo.domainLookupStartTime),
          domainLookupEndTime: coarsenTime(connectionTimingInfo.domainLookupEndTime),
          connectionStartTime: coarsenTime(connectionTimingInfo.connectionStartTime),
          connectionEndTime: coarsenTime(connectionTimingInfo.connectionEndTime),
          secureConnectionStartTime: coarsenTime(connectionTimingInfo.secureConnectionStartTime),
          ALPNNegotiatedProtocol: connectionTimingInfo.ALPNNegotiatedProtocol
        };
      },
      coarsenedSharedCurrentTime: function(crossOriginIsolatedCapability) {
        return coarsenTime(performance.now());
      },
      determineRequestsReferrer: function(request) {
        const policy = request.referrerPolicy;
        assert(policy);
        let referrerSource = null;
        if (request.referrer === "client") {
          const globalOrigin = getGlobalOrigin();
          if (!globalOrigin || globalOrigin.origin === "null") return "no-referrer";
          referrerSource = new URL(globalOrigin);
        } else if (request.referrer instanceof URL) referrerSource = request.referrer;
        let referrerURL = stripURLForReferrer(referrerSource);
        const referrerOrigin = stripURLForReferrer(referrerSource, true);
        if (referrerURL.toString().length > 4096) referrerURL = referrerOrigin;
        const areSameOrigin = sameOrigin(request, referrerURL);
        const isNonPotentiallyTrustWorthy = isURLPotentiallyTrustworthy(referrerURL) && !isURLPotentiallyTrustworthy(request.url);
        switch (policy) {
         case "origin":
          return referrerOrigin != null ? referrerOrigin : stripURLForReferrer(referrerSource, true);

         case "unsafe-url":
          return referrerURL;

         case "same-origin":
          return areSameOrigin ? referrerOrigin : "no-referrer";

         case "origin-when-cross-origin":
          return areSameOrigin ? referrerURL : referrerOrigin;

         case "strict-origin-when-cross-origin":
          {
            const currentURL = requestCurrentURL(request);
            if (sameOrigin(referrerURL, currentURL)) return referrerURL;
            if (isURLPotentiallyTrustworthy(referrerURL) && !isURLPotentiallyTrustworthy(currentURL)) return "no-referrer";
            return referrerOrigin;
          }

         case "strict-origin":
         case "no-referrer-when-downgrade":
         default:
          return isNonPotentiallyTrustWorthy ? "no-referrer" : referrerOrigin;
        }
      },
      makePolicyContainer: makePolicyContainer,
      clonePolicyContainer: function(policyContainer) {
        return {
          referrerPolicy: policyContainer.referrerPolicy
        };
      },
      appendFetchMetadata: function(httpRequest) {
        let header = null;
        header = httpRequest.mode;
        httpRequest.headersList.set("sec-fetch-mode", header, true);
      },
      appendRequestOriginHeader: function(request) {
        let serializedOrigin = request.origin;
        if (serializedOrigin === "client" || serializedOrigin === void 0) return;
        if (request.responseTainting === "cors" || request.mode === "websocket") request.headersList.append("origin", serializedOrigin, true); else if (request.method !== "GET" && request.method !== "HEAD") {
          switch (request.referrerPolicy) {
           case "no-referrer":
            serializedOrigin = null;
            break;

           case "no-referrer-when-downgrade":
           case "strict-origin":
           case "strict-origin-when-cross-origin":
            if (request.origin && urlHasHttpsScheme(request.origin) && !urlHasHttpsScheme(requestCurrentURL(request))) serializedOrigin = null;
            break;

           case "same-origin":
            if (!sameOrigin(request, requestCurrentURL(request))) serializedOrigin = null;
            break;

           default:
          }
          request.headersList.append("origin", serializedOrigin, true);
        }
      },
      TAOCheck: function() {
        return "success";
      },
      corsCheck: function() {
        return "success";
      },
      crossOriginResourcePolicyCheck: function() {
        return "allowed";
      },
      createOpaqueTimingInfo: function(timingInfo) {
        return {
          startTime: timingInfo.startTime ?? 0,
          redirectStartTime: 0,
          redirectEndTime: 0,
          postRedirectStartTime: timingInfo.startTime ?? 0,
          finalServiceWorkerStartTime: 0,
          finalNetworkResponseStartTime: 0,
          finalNetworkRequestStartTime: 0,
          endTime: 0,
          encodedBodySize: 0,
          decodedBodySize: 0,
          finalConnectionTimingInfo: null
        };
      },
      setRequestReferrerPolicyOnRedirect: function(request, actualResponse) {
        const {headersList: headersList} = actualResponse;
        const policyHeader = (headersList.get("referrer-policy", true) ?? "").split(",");
        let policy = "";
        if (policyHeader.length > 0) for (let i = policyHeader.length; i !== 0; i--) {
          const token = policyHeader[i - 1].trim();
          if (referrerPolicyTokens.has(token)) {
            policy = token;
            break;
          }
        }
        if (policy !== "") request.referrerPolicy = policy;
      },
      isValidHTTPToken: isValidHTTPToken,
      requestBadPort: function(request) {
        const url = requestCurrentURL(request);
        if (urlIsHttpHttpsScheme(url) && badPortsSet.has(url.port)) return "blocked";
        return "allowed";
      },
      requestCurrentURL: requestCurrentURL,
      responseURL: responseURL,
      responseLocationURL: function(response, requestFragment) {
        if (!redirectStatusSet.has(response.status)) return null;
        let location = response.headersList.get("location", true);
        if (location !== null && isValidHeaderValue(location)) {
          if (!isValidEncodedURL(location)) location = normalizeBinaryStringToUtf8(location);
          location = new URL(location, responseURL(response));
        }
        if (location && !location.hash) location.hash = requestFragment;
        return location;
      },
      isBlobLike: isBlobLike,
      isURLPotentiallyTrustworthy: isURLPotentiallyTrustworthy,
      isValidReasonPhrase: function(statusText) {
        for (let i = 0; i < statusText.length; ++i) {
          const c = statusText.charCodeAt(i);
          if (!(c === 9 || c >= 32 && c <= 126 || c >= 128 && c <= 255)) return false;
        }
        return true;
      },
      sameOrigin: sameOrigin,
      normalizeMethod: function(method) {
        return normalizedMethodRecordsBase[method.toLowerCase()] ?? method;
      },
      serializeJavascriptValueToJSONString: function(value) {
        const result = JSON.stringify(value);
        if (result === void 0) throw new TypeError("Value is not JSON serializable");
        assert(typeof result === "string");
        return result;
      },
      iteratorMixin: function(name, object, kInternalIterator, keyIndex = 0, valueIndex = 1) {
        const makeIterator = createIterator(name, kInternalIterator, keyIndex, valueIndex);
        const properties = {
          keys: {
            writable: true,
            enumerable: true,
            configurable: true,
            value: function() {
              webidl.brandCheck(this, object);
              return makeIterator(this, "key");
            }
          },
          values: {
            writable: true,
            enumerable: true,
            configurable: true,
            value: function() {
              webidl.brandCheck(this, object);
              return makeIterator(this, "value");
            }
          },
          entries: {
            writable: true,
            enumerable: true,
            configurable: true,
            value: function() {
              webidl.brandCheck(this, object);
              return makeIterator(this, "key+value");
            }
          },
          forEach: {
            writable: true,
            enumerable: true,
            configurable: true,
            value: function(callbackfn, thisArg = globalThis) {
              webidl.brandCheck(this, object);
              webidl.argumentLengthCheck(arguments, 1, `${name}.forEach`);
              if (typeof callbackfn !== "function") throw new TypeError(`Failed to execute 'forEach' on '${name}': parameter 1 is not of type 'Function'.`);
              for (const {0: key, 1: value} of makeIterator(this, "key+value")) callbackfn.call(thisArg, value, key, this);
            }
          }
        };
        return Object.defineProperties(object.prototype, {
          ...properties,
          [Symbol.iterator]: {
            writable: true,
            enumerable: false,
            configurable: true,
            value: properties.entries.value
          }
        });
      },
      createIterator: createIterator,
      isValidHeaderName: isValidHeaderName,
      isValidHeaderValue: isValidHeaderValue,
      isErrorLike: function(object) {
        return object instanceof Error || object?.constructor?.name === "Error" || object?.constructor?.name === "DOMException";
      },
      fullyReadBody: async function(body, processBody, processBodyError) {
        const successSteps = processBody;
        const errorSteps = processBodyError;
        let reader;
        try {
          reader = body.stream.getReader();
        } catch (e) {
          errorSteps(e);
          return;
        }
        try {
          successSteps(await readAllBytes(reader));
        } catch (e) {
          errorSteps(e);
        }
      },
      bytesMatch: function(bytes, metadataList) {
        if (crypto === void 0) return true;
        const parsedMetadata = parseMetadata(metadataList);
        if (parsedMetadata === "no metadata") return true;
        if (parsedMetadata.length === 0) return true;
        const strongest = getStrongestMetadata(parsedMetadata);
        const metadata = filterMetadataListByAlgorithm(parsedMetadata, strongest);
        for (const item of metadata) {
          const algorithm = item.algo;
          const expectedValue = item.hash;
          let actualValue = crypto.createHash(algorithm).update(bytes).digest("base64");
          if (actualValue[actualValue.length - 1] === "=") if (actualValue[actualValue.length - 2] === "=") actualValue = actualValue.slice(0, -2); else actualValue = actualValue.slice(0, -1);
          if (compareBase64Mixed(actualValue, expectedValue)) return true;
        }
        return false;
      },
      isReadableStreamLike: function(stream) {
        return stream instanceof ReadableStream || stream[Symbol.toStringTag] === "ReadableStream" && typeof stream.tee === "function";
      },
      readableStreamClose: function(controller) {
        try {
          controller.close();
          controller.byobRequest?.respond(0);
        } catch (err) {
          if (!err.message.includes("Controller is already closed") && !err.message.includes("ReadableStream is already closed")) throw err;
        }
      },
      isomorphicEncode: isomorphicEncode,
      urlIsLocal: function(url) {
        assert("protocol" in url);
        const protocol = url.protocol;
        return protocol === "about:" || protocol === "blob:" || protocol === "data:";
      },
      urlHasHttpsScheme: urlHasHttpsScheme,
      urlIsHttpHttpsScheme: urlIsHttpHttpsScheme,
      readAllBytes: readAllBytes,
      simpleRangeHeaderValue: function(value, allowWhitespace) {
        const data = value;
        if (!data.startsWith("bytes")) return "failure";
        const position = {
          position: 5
        };
        if (allowWhitespace) collectASequenceOfCodePoints(char => char === "\t" || char === " ", data, position);
        if (data.charCodeAt(position.position) !== 61) return "failure";
        position.position++;
        if (allowWhitespace) collectASequenceOfCodePoints(char => char === "\t" || char === " ", data, position);
        const rangeStart = collectASequenceOfCodePoints(char => {
          const code = char.charCodeAt(0);
          return code >= 48 && code <= 57;
        }, data, position);
        const rangeStartValue = rangeStart.length ? Number(rangeStart) : null;
        if (allowWhitespace) collectASequenceOfCodePoints(char => char === "\t" || char === " ", data, position);
        if (data.charCodeAt(position.position) !== 45) return "failure";
        position.position++;
        if (allowWhitespace) collectASequenceOfCodePoints(char => char === "\t" || char === " ", data, position);
        const rangeEnd = collectASequenceOfCodePoints(char => {
          const code = char.charCodeAt(0);
          return code >= 48 && code <= 57;
        }, data, position);
        const rangeEndValue = rangeEnd.length ? Number(rangeEnd) : null;
        if (position.position < data.length) return "failure";
        if (rangeEndValue === null && rangeStartValue === null) return "failure";
        if (rangeStartValue > rangeEndValue) return "failure";
        return {
          rangeStartValue: rangeStartValue,
          rangeEndValue: rangeEndValue
        };
      },
      buildContentRange: function(rangeStart, rangeEnd, fullLength) {
        let contentRange = "bytes ";
        contentRange += isomorphicEncode(`${rangeStart}`);
        contentRange += "-";
        contentRange += isomorphicEncode(`${rangeEnd}`);
        contentRange += "/";
        contentRange += isomorphicEncode(`${fullLength}`);
        return contentRange;
      },
      parseMetadata: parseMetadata,
      createInflate: function(zlibOptions) {
        return new InflateStream(zlibOptions);
      },
      extractMimeType: function(headers) {
        let charset = null;
        let essence = null;
        let mimeType = null;
        const values = getDecodeSplit("content-type", headers);
        if (values === null) return "failure";
        for (const value of values) {
          const temporaryMimeType = parseMIMEType(value);
          if (temporaryMimeType === "failure" || temporaryMimeType.essence === "*/*") continue;
          mimeType = temporaryMimeType;
          if (mimeType.essence !== essence) {
            charset = null;
            if (mimeType.parameters.has("charset")) charset = mimeType.parameters.get("charset");
            essence = mimeType.essence;
          } else if (!mimeType.parameters.has("charset") && charset !== null) mimeType.parameters.set("charset", charset);
        }
        if (mimeType == null) return "failure";
        return mimeType;
      },
      getDecodeSplit: getDecodeSplit,
      utf8DecodeBytes: function(buffer) {
        if (buffer.length === 0) return "";
        if (buffer[0] === 239 && buffer[1] === 187 && buffer[2] === 191) buffer = buffer.subarray(3);
        const output = textDecoder.decode(buffer);
        return output;
      },
      environmentSettingsObject: environmentSettingsObject
    };
  },
  5893: (module, __unused_webpack_exports, __nccwpck_require__) => {
    const {types: types, inspect: inspect} = __nccwpck_require__(7975);
    const {markAsUncloneable: markAsUncloneable} = __nccwpck_require__(5919);
    const {toUSVString: toUSVString} = __nccwpck_require__(3440);
    const webidl = {};
    webidl.converters = {};
    webidl.util = {};
    webidl.errors = {};
    webidl.errors.exception = function(message) {
      return new TypeError(`${message.header}: ${message.message}`);
    };
    webidl.errors.conversionFailed = function(context) {
      const plural = context.types.length === 1 ? "" : " one of";
      const message = `${context.argument} could not be converted to` + `${plural}: ${context.types.join(", ")}.`;
      return webidl.errors.exception({
        header: context.prefix,
        message: message
      });
    };
    webidl.errors.invalidArgument = function(context) {
      return webidl.errors.exception({
        header: context.prefix,
        message: `"${context.value}" is an invalid ${context.type}.`
      });
    };
    webidl.brandCheck = function(V, I, opts) {
      if (opts?.strict !== false) {
        if (!(V instanceof I)) {
          const err = new TypeError("Illegal invocation");
          err.code = "ERR_INVALID_THIS";
          throw err;
        }
      } else if (V?.[Symbol.toStringTag] !== I.prototype[Symbol.toStringTag]) {
        const err = new TypeError("Illegal invocation");
        err.code = "ERR_INVALID_THIS";
        throw err;
      }
    };
    webidl.argumentLengthCheck = function({length: length}, min, ctx) {
      if (length < min) throw webidl.errors.exception({
        message: `${min} argument${min !== 1 ? "s" : ""} required, ` + `but${length ? " only" : ""} ${length} found.`,
        header: ctx
      });
    };
    webidl.illegalConstructor = function() {
      throw webidl.errors.exception({
        header: "TypeError",
        message: "Illegal constructor"
      });
    };
    webidl.util.Type = function(V) {
      switch (typeof V) {
       case "undefined":
        return "Undefined";

       case "boolean":
        return "Boolean";

       case "string":
        return "String";

       case "symbol":
        return "Symbol";

       case "number":
        return "Number";

       case "bigint":
        return "BigInt";

       case "function":
       case "object":
        if (V === null) return "Null";
        return "Object";
      }
    };
    webidl.util.markAsUncloneable = markAsUncloneable || (() => {});
    webidl.util.ConvertToInt = function(V, bitLength, signedness, opts) {
      let upperBound;
      let lowerBound;
      if (bitLength === 64) {
        upperBound = Math.pow(2, 53) - 1;
        if (signedness === "unsigned") lowerBound = 0; else lowerBound = Math.pow(-2, 53) + 1;
      } else if (signedness === "unsigned") {
        lowerBound = 0;
        upperBound = Math.pow(2, bitLength) - 1;
      } else {
        lowerBound = Math.pow(-2, bitLength) - 1;
        upperBound = Math.pow(2, bitLength - 1) - 1;
      }
      let x = Number(V);
      if (x === 0) x = 0;
      if (opts?.enforceRange === true) {
        if (Number.isNaN(x) || x === Number.POSITIVE_INFINITY || x === Number.NEGATIVE_INFINITY) throw webidl.errors.exception({
          header: "Integer conversion",
          message: `Could not convert ${webidl.util.Stringify(V)} to an integer.`
        });
        x = webidl.util.IntegerPart(x);
        if (x < lowerBound || x > upperBound) throw webidl.errors.exception({
          header: "Integer conversion",
          message: `Value must be between ${lowerBound}-${upperBound}, got ${x}.`
        });
        return x;
      }
      if (!Number.isNaN(x) && opts?.clamp === true) {
        x = Math.min(Math.max(x, lowerBound), upperBound);
        if (Math.floor(x) % 2 === 0) x = Math.floor(x); else x = Math.ceil(x);
        return x;
      }
      if (Number.isNaN(x) || x === 0 && Object.is(0, x) || x === Number.POSITIVE_INFINITY || x === Number.NEGATIVE_INFINITY) return 0;
      x = webidl.util.IntegerPart(x);
      x %= Math.pow(2, bitLength);
      if (signedness === "signed" && x >= Math.pow(2, bitLength) - 1) return x - Math.pow(2, bitLength);
      return x;
    };
    webidl.util.IntegerPart = function(n) {
      const r = Math.floor(Math.abs(n));
      if (n < 0) return -1 * r;
      return r;
    };
    webidl.util.Stringify = function(V) {
      const type = webidl.util.Type(V);
      switch (type) {
       case "Symbol":
        return `Symbol(${V.description})`;

       case "Object":
        return inspect(V);

       case "String":
        return `"${V}"`;

       default:
        return `${V}`;
      }
    };
    webidl.sequenceConverter = function(converter) {
      return (V, prefix, argument, Iterable) => {
        if (webidl.util.Type(V) !== "Object") throw webidl.errors.exception({
          header: prefix,
          message: `${argument} (${webidl.util.Stringify(V)}) is not iterable.`
        });
        const method = typeof Iterable === "function" ? Iterable() : V?.[Symbol.iterator]?.();
        const seq = [];
        let index = 0;
        if (method === void 0 || typeof method.next !== "function") throw webidl.errors.exception({
          header: prefix,
          message: `${argument} is not iterable.`
        });
        while (true) {
          const {done: done, value: value} = method.next();
          if (done) break;
          seq.push(converter(value, prefix, `${argument}[${index++}]`));
        }
        return seq;
      };
    };
    webidl.recordConverter = function(keyConverter, valueConverter) {
      return (O, prefix, argument) => {
        if (webidl.util.Type(O) !== "Object") throw webidl.errors.exception({
          header: prefix,
          message: `${argument} ("${webidl.util.Type(O)}") is not an Object.`
        });
        const result = {};
        if (!types.isProxy(O)) {
          const keys = [ ...Object.getOwnPropertyNames(O), ...Object.getOwnPropertySymbols(O) ];
          for (const key of keys) {
            const typedKey = keyConverter(key, prefix, argument);
            const typedValue = valueConverter(O[key], prefix, argument);
            result[typedKey] = typedValue;
          }
          return result;
        }
        const keys = Reflect.ownKeys(O);
        for (const key of keys) {
          const desc = Reflect.getOwnPropertyDescriptor(O, key);
          if (desc?.enumerable) {
            const typedKey = keyConverter(key, prefix, argument);
            const typedValue = valueConverter(O[key], prefix, argument);
            result[typedKey] = typedValue;
          }
        }
        return result;
      };
    };
    webidl.interfaceConverter = function(i) {
      return (V, prefix, argument, opts) => {
        if (opts?.strict !== false && !(V instanceof i)) throw webidl.errors.exception({
          header: prefix,
          message: `Expected ${argument} ("${webidl.util.Stringify(V)}") to be an instance of ${i.name}.`
        });
        return V;
      };
    };
    webidl.dictionaryConverter = function(converters) {
      return (dictionary, prefix, argument) => {
        const type = webidl.util.Type(dictionary);
        const dict = {};
        if (type === "Null" || type === "Undefined") return dict; else if (type !== "Object") throw webidl.errors.exception({
          header: prefix,
          message: `Expected ${dictionary} to be one of: Null, Undefined, Object.`
        });
        for (const options of converters) {
          const {key: key, defaultValue: defaultValue, required: required, converter: converter} = options;
          if (required === true) if (!Object.hasOwn(dictionary, key)) throw webidl.errors.exception({
            header: prefix,
            message: `Missing required key "${key}".`
          });
          let value = dictionary[key];
          const hasDefault = Object.hasOwn(options, "defaultValue");
          if (hasDefault && value !== null) value ??= defaultValue();
          if (required || hasDefault || value !== void 0) {
            value = converter(value, prefix, `${argument}.${key}`);
            if (options.allowedValues && !options.allowedValues.includes(value)) throw webidl.errors.exception({
              header: prefix,
              message: `${value} is not an accepted type. Expected one of ${options.allowedValues.join(", ")}.`
            });
            dict[key] = value;
          }
        }
        return dict;
      };
    };
    webidl.nullableConverter = function(converter) {
      return (V, prefix, argument) => {
        if (V === null) return V;
        return converter(V, prefix, argument);
      };
    };
    webidl.converters.DOMString = function(V, prefix, argument, opts) {
      if (V === null && opts?.legacyNullToEmptyString) return "";
      if (typeof V === "symbol") throw webidl.errors.exception({
        header: prefix,
        message: `${argument} is a symbol, which cannot be converted to a DOMString.`
      });
      return String(V);
    };
    webidl.converters.ByteString = function(V, prefix, argument) {
      const x = webidl.converters.DOMString(V, prefix, argument);
      for (let index = 0; index < x.length; index++) if (x.charCodeAt(index) > 255) throw new TypeError("Cannot convert argument to a ByteString because the character at " + `index ${index} has a value of ${x.charCodeAt(index)} which is greater than 255.`);
      return x;
    };
    webidl.converters.USVString = toUSVString;
    webidl.converters.boolean = function(V) {
      const x = Boolean(V);
      return x;
    };
    webidl.converters.any = function(V) {
      return V;
    };
    webidl.converters["long long"] = function(V, prefix, argument) {
      const x = webidl.util.ConvertToInt(V, 64, "signed", void 0, prefix, argument);
      return x;
    };
    webidl.converters["unsigned long long"] = function(V, prefix, argument) {
      const x = webidl.util.ConvertToInt(V, 64, "unsigned", void 0, prefix, argument);
      return x;
    };
    webidl.converters["unsigned long"] = function(V, prefix, argument) {
      const x = webidl.util.ConvertToInt(V, 32, "unsigned", void 0, prefix, argument);
      return x;
    };
    webidl.converters["unsigned short"] = function(V, prefix, argument, opts) {
      const x = webidl.util.ConvertToInt(V, 16, "unsigned", opts, prefix, argument);
      return x;
    };
    webidl.converters.ArrayBuffer = function(V, prefix, argument, opts) {
      if (webidl.util.Type(V) !== "Object" || !types.isAnyArrayBuffer(V)) throw webidl.errors.conversionFailed({
        prefix: prefix,
        argument: `${argument} ("${webidl.util.Stringify(V)}")`,
        types: [ "ArrayBuffer" ]
      });
      if (opts?.allowShared === false && types.isSharedArrayBuffer(V)) throw webidl.errors.exception({
        header: "ArrayBuffer",
        message: "SharedArrayBuffer is not allowed."
      });
      if (V.resizable || V.growable) throw webidl.errors.exception({
        header: "ArrayBuffer",
        message: "Received a resizable ArrayBuffer."
      });
      return V;
    };
    webidl.converters.TypedArray = function(V, T, prefix, name, opts) {
      if (webidl.util.Type(V) !== "Object" || !types.isTypedArray(V) || V.constructor.name !== T.name) throw webidl.errors.conversionFailed({
        prefix: prefix,
        argument: `${name} ("${webidl.util.Stringify(V)}")`,
        types: [ T.name ]
      });
      if (opts?.allowShared === false && types.isSharedArrayBuffer(V.buffer)) throw webidl.errors.exception({
        header: "ArrayBuffer",
        message: "SharedArrayBuffer is not allowed."
      });
      if (V.buffer.resizable || V.buffer.growable) throw webidl.errors.exception({
        header: "ArrayBuffer",
        message: "Received a resizable ArrayBuffer."
      });
      return V;
    };
    webidl.converters.DataView = function(V, prefix, name, opts) {
      if (webidl.util.Type(V) !== "Object" || !types.isDataView(V)) throw webidl.errors.exception({
        header: prefix,
        message: `${name} is not a DataView.`
      });
      if (opts?.allowShared === false && types.isSharedArrayBuffer(V.buffer)) throw webidl.errors.exception({
        header: "ArrayBuffer",
        message: "SharedArrayBuffer is not allowed."
      });
      if (V.buffer.resizable || V.buffer.growable) throw webidl.errors.exception({
        header: "ArrayBuffer",
        message: "Received a resizable ArrayBuffer."
      });
      return V;
    };
    webidl.converters.BufferSource = function(V, prefix, name, opts) {
      if (types.isAnyArrayBuffer(V)) return webidl.converters.ArrayBuffer(V, prefix, name, {
        ...opts,
        allowShared: false
      });
      if (types.isTypedArray(V)) return webidl.converters.TypedArray(V, V.constructor, prefix, name, {
        ...opts,
        allowShared: false
      });
      if (types.isDataView(V)) return webidl.converters.DataView(V, prefix, name, {
        ...opts,
        allowShared: false
      });
      throw webidl.errors.conversionFailed({
        prefix: prefix,
        argument: `${name} ("${webidl.util.Stringify(V)}")`,
        types: [ "BufferSource" ]
      });
    };
    webidl.converters["sequence<ByteString>"] = webidl.sequenceConverter(webidl.converters.ByteString);
    webidl.converters["sequence<sequence<ByteString>>"] = webidl.sequenceConverter(webidl.converters["sequence<ByteString>"]);
    webidl.converters["record<ByteString, ByteString>"] = webidl.recordConverter(webidl.converters.ByteString, webidl.converters.ByteString);
    module.exports = {
      webidl: webidl
    };
  },
  2607: module => {
    module.exports = {
      getEncoding: function(label) {
        if (!label) return "failure";
        switch (label.trim().toLowerCase()) {
         case "unicode-1-1-utf-8":
         case "unicode11utf8":
         case "unicode20utf8":
         case "utf-8":
         case "utf8":
         case "x-unicode20utf8":
          return "UTF-8";

         case "866":
         case "cp866":
         case "csibm866":
         case "ibm866":
          return "IBM866";

         case "csisolatin2":
         case "iso-8859-2":
         case "iso-ir-101":
         case "iso8859-2":
         case "iso88592":
         case "iso_8859-2":
         case "iso_8859-2:1987":
         case "l2":
         case "latin2":
          return "ISO-8859-2";

         case "csisolatin3":
         case "iso-8859-3":
         case "iso-ir-109":
         case "iso8859-3":
         case "iso88593":
         case "iso_8859-3":
         case "iso_8859-3:1988":
         case "l3":
         case "latin3":
          return "ISO-8859-3";

         case "csisolatin4":
         case "iso-8859-4":
         case "iso-ir-110":
         case "iso8859-4":
         case "iso88594":
         case "iso_8859-4":
         case "iso_8859-4:1988":
         case "l4":
         case "latin4":
          return "ISO-8859-4";

         case "csisolatincyrillic":
         case "cyrillic":
         case "iso-8859-5":
         case "iso-ir-144":
         case "iso8859-5":
         case "iso88595":
         case "iso_8859-5":
         case "iso_8859-5:1988":
          return "ISO-8859-5";

         case "arabic":
         case "asmo-708":
         case "csiso88596e":
         case "csiso88596i":
         case "csisolatinarabic":
         case "ecma-114":
         case "iso-8859-6":
         case "iso-8859-6-e":
         case "iso-8859-6-i":
         case "iso-ir-127":
         case "iso8859-6":
         case "iso88596":
         case "iso_8859-6":
         case "iso_8859-6:1987":
          return "ISO-8859-6";

         case "csisolatingreek":
         case "ecma-118":
         case "elot_928":
         case "greek":
         case "greek8":
         case "iso-8859-7":
         case "iso-ir-126":
         case "iso8859-7":
         case "iso88597":
         case "iso_8859-7":
         case "iso_8859-7:1987":
         case "sun_eu_greek":
          return "ISO-8859-7";

         case "csiso88598e":
         case "csisolatinhebrew":
         case "hebrew":
         case "iso-8859-8":
         case "iso-8859-8-e":
         case "iso-ir-138":
         case "iso8859-8":
         case "iso88598":
         case "iso_8859-8":
         case "iso_8859-8:1988":
         case "visual":
          return "ISO-8859-8";

         case "csiso88598i":
         case "iso-8859-8-i":
         case "logical":
          return "ISO-8859-8-I";

         case "csisolatin6":
         case "iso-8859-10":
         case "iso-ir-157":
         case "iso8859-10":
         case "iso885910":
         case "l6":
         case "latin6":
          return "ISO-8859-10";

         case "iso-8859-13":
         case "iso8859-13":
         case "iso885913":
          return "ISO-8859-13";

         case "iso-8859-14":
         case "iso8859-14":
         case "iso885914":
          return "ISO-8859-14";

         case "csisolatin9":
         case "iso-8859-15":
         case "iso8859-15":
         case "iso885915":
         case "iso_8859-15":
         case "l9":
          return "ISO-8859-15";

         case "iso-8859-16":
          return "ISO-8859-16";

         case "cskoi8r":
         case "koi":
         case "koi8":
         case "koi8-r":
         case "koi8_r":
          return "KOI8-R";

         case "koi8-ru":
         case "koi8-u":
          return "KOI8-U";

         case "csmacintosh":
         case "mac":
         case "macintosh":
         case "x-mac-roman":
          return "macintosh";

         case "iso-8859-11":
         case "iso8859-11":
         case "iso885911":
         case "tis-620":
         case "windows-874":
          return "windows-874";

         case "cp1250":
         case "windows-1250":
         case "x-cp1250":
          return "windows-1250";

         case "cp1251":
         case "windows-1251":
         case "x-cp1251":
          return "windows-1251";

         case "ansi_x3.4-1968":
         case "ascii":
         case "cp1252":
         case "cp819":
         case "csisolatin1":
         case "ibm819":
         case "iso-8859-1":
         case "iso-ir-100":
         case "iso8859-1":
         case "iso88591":
         case "iso_8859-1":
         case "iso_8859-1:1987":
         case "l1":
         case "latin1":
         case "us-ascii":
         case "windows-1252":
         case "x-cp1252":
          return "windows-1252";

         case "cp1253":
         case "windows-1253":
         case "x-cp1253":
          return "windows-1253";

         case "cp1254":
         case "csisolatin5":
         case "iso-8859-9":
         case "iso-ir-148":
         case "iso8859-9":
         case "iso88599":
         case "iso_8859-9":
         case "iso_8859-9:1989":
         case "l5":
         case "latin5":
         case "windows-1254":
         case "x-cp1254":
          return "windows-1254";

         case "cp1255":
         case "windows-1255":
         case "x-cp1255":
          return "windows-1255";

         case "cp1256":
         case "windows-1256":
         case "x-cp1256":
          return "windows-1256";

         case "cp1257":
         case "windows-1257":
         case "x-cp1257":
          return "windows-1257";

         case "cp1258":
         case "windows-1258":
         case "x-cp1258":
          return "windows-1258";

         case "x-mac-cyrillic":
         case "x-mac-ukrainian":
          return "x-mac-cyrillic";

         case "chinese":
         case "csgb2312":
         case "csiso58gb231280":
         case "gb2312":
         case "gb_2312":
         case "gb_2312-80":
         case "gbk":
         case "iso-ir-58":
         case "x-gbk":
          return "GBK";

         case "gb18030":
          return "gb18030";

         case "big5":
         case "big5-hkscs":
         case "cn-big5":
         case "csbig5":
         case "x-x-big5":
          return "Big5";

         case "cseucpkdfmtjapanese":
         case "euc-jp":
         case "x-euc-jp":
          return "EUC-JP";

         case "csiso2022jp":
         case "iso-2022-jp":
          return "ISO-2022-JP";

         case "csshiftjis":
         case "ms932":
         case "ms_kanji":
         case "shift-jis":
         case "shift_jis":
         case "sjis":
         case "windows-31j":
         case "x-sjis":
          return "Shift_JIS";

         case "cseuckr":
         case "csksc56011987":
         case "euc-kr":
         case "iso-ir-149":
         case "korean":
         case "ks_c_5601-1987":
         case "ks_c_5601-1989":
         case "ksc5601":
         case "ksc_5601":
         case "windows-949":
          return "EUC-KR";

         case "csiso2022kr":
         case "hz-gb-2312":
         case "iso-2022-cn":
         case "iso-2022-cn-ext":
         case "iso-2022-kr":
         case "replacement":
          return "replacement";

         case "unicodefffe":
         case "utf-16be":
          return "UTF-16BE";

         case "csunicode":
         case "iso-10646-ucs-2":
         case "ucs-2":
         case "unicode":
         case "unicodefeff":
         case "utf-16":
         case "utf-16le":
          return "UTF-16LE";

         case "x-user-defined":
          return "x-user-defined";

         default:
          return "failure";
        }
      }
    };
  },
  8355: (module, __unused_webpack_exports, __nccwpck_require__) => {
    const {staticPropertyDescriptors: staticPropertyDescriptors, readOperation: readOperation, fireAProgressEvent: fireAProgressEvent} = __nccwpck_require__(3610);
    const {kState: kState, kError: kError, kResult: kResult, kEvents: kEvents, kAborted: kAborted} = __nccwpck_require__(961);
    const {webidl: webidl} = __nccwpck_require__(5893);
    const {kEnumerableProperty: kEnumerableProperty} = __nccwpck_require__(3440);
    class FileReader extends EventTarget {
      constructor() {
        super();
        this[kState] = "empty";
        this[kResult] = null;
        this[kError] = null;
        this[kEvents] = {
          loadend: null,
          error: null,
          abort: null,
          load: null,
          progress: null,
          loadstart: null
        };
      }
      readAsArrayBuffer(blob) {
        webidl.brandCheck(this, FileReader);
        webidl.argumentLengthCheck(arguments, 1, "FileReader.readAsArrayBuffer");
        blob = webidl.converters.Blob(blob, {
          strict: false
        });
        readOperation(this, blob, "ArrayBuffer");
      }
      readAsBinaryString(blob) {
        webidl.brandCheck(this, FileReader);
        webidl.argumentLengthCheck(arguments, 1, "FileReader.readAsBinaryString");
        blob = webidl.converters.Blob(blob, {
          strict: false
        });
        readOperation(this, blob, "BinaryString");
      }
      readAsText(blob, encoding = void 0) {
        webidl.brandCheck(this, FileReader);
        webidl.argumentLengthCheck(arguments, 1, "FileReader.readAsText");
        blob = webidl.converters.Blob(blob, {
          strict: false
        });
        if (encoding !== void 0) encoding = webidl.converters.DOMString(encoding, "FileReader.readAsText", "encoding");
        readOperation(this, blob, "Text", encoding);
      }
      readAsDataURL(blob) {
        webidl.brandCheck(this, FileReader);
        webidl.argumentLengthCheck(arguments, 1, "FileReader.readAsDataURL");
        blob = webidl.converters.Blob(blob, {
          strict: false
        });
        readOperation(this, blob, "DataURL");
      }
      abort() {
        if (this[kState] === "empty" || this[kState] === "done") {
          this[kResult] = null;
          return;
        }
        if (this[kState] === "loading") {
          this[kState] = "done";
          this[kResult] = null;
        }
        this[kAborted] = true;
        fireAProgressEvent("abort", this);
        if (this[kState] !== "loading") fireAProgressEvent("loadend", this);
      }
      get readyState() {
        webidl.brandCheck(this, FileReader);
        switch (this[kState]) {
         case "empty":
          return this.EMPTY;

         case "loading":
          return this.LOADING;

         case "done":
          return this.DONE;
        }
      }
      get result() {
        webidl.brandCheck(this, FileReader);
        return this[kResult];
      }
      get error() {
        webidl.brandCheck(this, FileReader);
        return this[kError];
      }
      get onloadend() {
        webidl.brandCheck(this, FileReader);
        return this[kEvents].loadend;
      }
      set onloadend(fn) {
        webidl.brandCheck(this, FileReader);
        if (this[kEvents].loadend) this.removeEventListener("loadend", this[kEvents].loadend);
        if (typeof fn === "function") {
          this[kEvents].loadend = fn;
          this.addEventListener("loadend", fn);
        } else this[kEvents].loadend = null;
      }
      get onerror() {
        webidl.brandCheck(this, FileReader);
        return this[kEvents].error;
      }
      set onerror(fn) {
        webidl.brandCheck(this, FileReader);
        if (this[kEvents].error) this.removeEventListener("error", this[kEvents].error);
        if (typeof fn === "function") {
          this[kEvents].error = fn;
          this.addEventListener("error", fn);
        } else this[kEvents].error = null;
      }
      get onloadstart() {
        webidl.brandCheck(this, FileReader);
        return this[kEvents].loadstart;
      }
      set onloadstart(fn) {
        webidl.brandCheck(this, FileReader);
        if (this[kEvents].loadstart) this.removeEventListener("loadstart", this[kEvents].loadstart);
        if (typeof fn === "function") {
          this[kEvents].loadstart = fn;
          this.addEventListener("loadstart", fn);
        } else this[kEvents].loadstart = null;
      }
      get onprogress() {
        webidl.brandCheck(this, FileReader);
        return this[kEvents].progress;
      }
      set onprogress(fn) {
        webidl.brandCheck(this, FileReader);
        if (this[kEvents].progress) this.removeEventListener("progress", this[kEvents].progress);
        if (typeof fn === "function") {
          this[kEvents].progress = fn;
          this.addEventListener("progress", fn);
        } else this[kEvents].progress = null;
      }
      get onload() {
        webidl.brandCheck(this, FileReader);
        return this[kEvents].load;
      }
      set onload(fn) {
        webidl.brandCheck(this, FileReader);
        if (this[kEvents].load) this.removeEventListener("load", this[kEvents].load);
        if (typeof fn === "function") {
          this[kEvents].load = fn;
          this.addEventListener("load", fn);
        } else this[kEvents].load = null;
      }
      get onabort() {
        webidl.brandCheck(this, FileReader);
        return this[kEvents].abort;
      }
      set onabort(fn) {
        webidl.brandCheck(this, FileReader);
        if (this[kEvents].abort) this.removeEventListener("abort", this[kEvents].abort);
        if (typeof fn === "function") {
          this[kEvents].abort = fn;
          this.addEventListener("abort", fn);
        } else this[kEvents].abort = null;
      }
    }
    FileReader.EMPTY = FileReader.prototype.EMPTY = 0;
    FileReader.LOADING = FileReader.prototype.LOADING = 1;
    FileReader.DONE = FileReader.prototype.DONE = 2;
    Object.defineProperties(FileReader.prototype, {
      EMPTY: staticPropertyDescriptors,
      LOADING: staticPropertyDescriptors,
      DONE: staticPropertyDescriptors,
      readAsArrayBuffer: kEnumerableProperty,
      readAsBinaryString: kEnumerableProperty,
      readAsText: kEnumerableProperty,
      readAsDataURL: kEnumerableProperty,
      abort: kEnumerableProperty,
      readyState: kEnumerableProperty,
      result: kEnumerableProperty,
      error: kEnumerableProperty,
      onloadstart: kEnumerableProperty,
      onprogress: kEnumerableProperty,
      onload: kEnumerableProperty,
      onabort: kEnumerableProperty,
      onerror: kEnumerableProperty,
      onloadend: kEnumerableProperty,
      [Symbol.toStringTag]: {
        value: "FileReader",
        writable: false,
        enumerable: false,
        configurable: true
      }
    });
    Object.defineProperties(FileReader, {
      EMPTY: staticPropertyDescriptors,
      LOADING: staticPropertyDescriptors,
      DONE: staticPropertyDescriptors
    });
    module.exports = {
      FileReader: FileReader
    };
  },
  8573: (module, __unused_webpack_exports, __nccwpck_require__) => {
    const {webidl: webidl} = __nccwpck_require__(5893);
    const kState = Symbol("ProgressEvent state");
    class ProgressEvent extends Event {
      constructor(type, eventInitDict = {}) {
        type = webidl.converters.DOMString(type, "ProgressEvent constructor", "type");
        eventInitDict = webidl.converters.ProgressEventInit(eventInitDict ?? {});
        super(type, eventInitDict);
        this[kState] = {
          lengthComputable: eventInitDict.lengthComputable,
          loaded: eventInitDict.loaded,
          total: eventInitDict.total
        };
      }
      get lengthComputable() {
        webidl.brandCheck(this, ProgressEvent);
        return this[kState].lengthComputable;
      }
      get loaded() {
        webidl.brandCheck(this, ProgressEvent);
        return this[kState].loaded;
      }
      get total() {
        webidl.brandCheck(this, ProgressEvent);
        return this[kState].total;
      }
    }
    webidl.converters.ProgressEventInit = webidl.dictionaryConverter([ {
      key: "lengthComputable",
      converter: webidl.converters.boolean,
      defaultValue: () => false
    }, {
      key: "loaded",
      converter: webidl.converters["unsigned long long"],
      defaultValue: () => 0
    }, {
      key: "total",
      converter: webidl.converters["unsigned long long"],
      defaultValue: () => 0
    }, {
      key: "bubbles",
      converter: webidl.converters.boolean,
      defaultValue: () => false
    }, {
      key: "cancelable",
      converter: webidl.converters.boolean,
      defaultValue: () => false
    }, {
      key: "composed",
      converter: webidl.converters.boolean,
      defaultValue: () => false
    } ]);
    module.exports = {
      ProgressEvent: ProgressEvent
    };
  },
  961: module => {
    module.exports = {
      kState: Symbol("FileReader state"),
      kResult: Symbol("FileReader result"),
      kError: Symbol("FileReader error"),
      kLastProgressEventFired: Symbol("FileReader last progress event fired timestamp"),
      kEvents: Symbol("FileReader events"),
      kAborted: Symbol("FileReader aborted")
    };
  },
  3610: (module, __unused_webpack_exports, __nccwpck_require__) => {
    const {kState: kState, kError: kError, kResult: kResult, kAborted: kAborted, kLastProgressEventFired: kLastProgressEventFired} = __nccwpck_require__(961);
    const {ProgressEvent: ProgressEvent} = __nccwpck_require__(8573);
    const {getEncoding: getEncoding} = __nccwpck_require__(2607);
    const {serializeAMimeType: serializeAMimeType, parseMIMEType: parseMIMEType} = __nccwpck_require__(1900);
    const {types: types} = __nccwpck_require__(7975);
    const {StringDecoder: StringDecoder} = __nccwpck_require__(3193);
    const {btoa: btoa} = __nccwpck_require__(4573);
    function fireAProgressEvent(e, reader) {
      const event = new ProgressEvent(e, {
        bubbles: false,
        cancelable: false
      });
      reader.dispatchEvent(event);
    }
    function packageData(bytes, type, mimeType, encodingName) {
      switch (type) {
       case "DataURL":
        {
          let dataURL = "data:";
          const parsed = parseMIMEType(mimeType || "application/octet-stream");
          if (parsed !== "failure") dataURL += serializeAMimeType(parsed);
          dataURL += ";base64,";
          const decoder = new StringDecoder("latin1");
          for (const chunk of bytes) dataURL += btoa(decoder.write(chunk));
          dataURL += btoa(decoder.end());
          return dataURL;
        }

       case "Text":
        {
          let encoding = "failure";
          if (encodingName) encoding = getEncoding(encodingName);
          if (encoding === "failure" && mimeType) {
            const type = parseMIMEType(mimeType);
            if (type !== "failure") encoding = getEncoding(type.parameters.get("charset"));
          }
          if (encoding === "failure") encoding = "UTF-8";
          return decode(bytes, encoding);
        }

       case "ArrayBuffer":
        {
          const sequence = combineByteSequences(bytes);
          return sequence.buffer;
        }

       case "BinaryString":
        {
          let binaryString = "";
          const decoder = new StringDecoder("latin1");
          for (const chunk of bytes) binaryString += decoder.write(chunk);
          binaryString += decoder.end();
          return binaryString;
        }
      }
    }
    function decode(ioQueue, encoding) {
      const bytes = combineByteSequences(ioQueue);
      const BOMEncoding = BOMSniffing(bytes);
      let slice = 0;
      if (BOMEncoding !== null) {
        encoding = BOMEncoding;
        slice = BOMEncoding === "UTF-8" ? 3 : 2;
      }
      const sliced = bytes.slice(slice);
      return new TextDecoder(encoding).decode(sliced);
    }
    function BOMSniffing(ioQueue) {
      const [a, b, c] = ioQueue;
      if (a === 239 && b === 187 && c === 191) return "UTF-8"; else if (a === 254 && b === 255) return "UTF-16BE"; else if (a === 255 && b === 254) return "UTF-16LE";
      return null;
    }
    function combineByteSequences(sequences) {
      const size = sequences.reduce((a, b) => a + b.byteLength, 0);
      let offset = 0;
      return sequences.reduce((a, b) => {
        a.set(b, offset);
        offset += b.byteLength;
        return a;
      }, new Uint8Array(size));
    }
    module.exports = {
      staticPropertyDescriptors: {
        enumerable: true,
        writable: false,
        configurable: false
      },
      readOperation: function(fr, blob, type, encodingName) {
        if (fr[kState] === "loading") throw new DOMException("Invalid state", "InvalidStateError");
        fr[kState] = "loading";
        fr[kResult] = null;
        fr[kError] = null;
        const stream = blob.stream();
        const reader = stream.getReader();
        const bytes = [];
        let chunkPromise = reader.read();
        let isFirstChunk = true;
        (async () => {
          while (!fr[kAborted]) try {
            const {done: done, value: value} = await chunkPromise;
            if (isFirstChunk && !fr[kAborted]) queueMicrotask(() => {
              fireAProgressEvent("loadstart", fr);
            });
            isFirstChunk = false;
            if (!done && types.isUint8Array(value)) {
              bytes.push(value);
              if ((fr[kLastProgressEventFired] === void 0 || Date.now() - fr[kLastProgressEventFired] >= 50) && !fr[kAborted]) {
                fr[kLastProgressEventFired] = Date.now();
                queueMicrotask(() => {
                  fireAProgressEvent("progress", fr);
                });
              }
              chunkPromise = reader.read();
            } else if (done) {
              queueMicrotask(() => {
                fr[kState] = "done";
                try {
                  const result = packageData(bytes, type, blob.type, encodingName);
                  if (fr[kAborted]) return;
                  fr[kResult] = result;
                  fireAProgressEvent("load", fr);
                } catch (error) {
                  fr[kError] = error;
                  fireAProgressEvent("error", fr);
                }
                if (fr[kState] !== "loading") fireAProgressEvent("loadend", fr);
              });
              break;
            }
          } catch (error) {
            if (fr[kAborted]) return;
            queueMicrotask(() => {
              fr[kState] = "done";
              fr[kError] = error;
              fireAProgressEvent("error", fr);
              if (fr[kState] !== "loading") fireAProgressEvent("loadend", fr);
            });
            break;
          }
        })();
      },
      fireAProgressEvent: fireAProgressEvent
    };
  },
  6897: (module, __unused_webpack_exports, __nccwpck_require__) => {
    const {uid: uid, states: states, sentCloseFrameState: sentCloseFrameState, emptyBuffer: emptyBuffer, opcodes: opcodes} = __nccwpck_require__(736);
    const {kReadyState: kReadyState, kSentClose: kSentClose, kByteParser: kByteParser, kReceivedClose: kReceivedClose, kResponse: kResponse} = __nccwpck_require__(1216);
    const {fireEvent: fireEvent, failWebsocketConnection: failWebsocketConnection, isClosing: isClosing, isClosed: isClosed, isEstablished: isEstablished, parseExtensions: parseExtensions} = __nccwpck_require__(8625);
    const {channels: channels} = __nccwpck_require__(2414);
    const {CloseEvent: CloseEvent} = __nccwpck_require__(5188);
    const {makeRequest: makeRequest} = __nccwpck_require__(9967);
    const {fetching: fetching} = __nccwpck_require__(4398);
    const {Headers: Headers, getHeadersList: getHeadersList} = __nccwpck_require__(660);
    const {getDecodeSplit: getDecodeSplit} = __nccwpck_require__(3168);
    const {WebsocketFrameSend: WebsocketFrameSend} = __nccwpck_require__(3264);
    let crypto;
    try {
      crypto = __nccwpck_require__(7598);
    } catch {}
    function onSocketData(chunk) {
      if (!this.ws[kByteParser].write(chunk)) this.pause();
    }
    function onSocketClose() {
      const {ws: ws} = this;
      const {[kResponse]: response} = ws;
      response.socket.off("data", onSocketData);
      response.socket.off("close", onSocketClose);
      response.socket.off("error", onSocketError);
      const wasClean = ws[kSentClose] === sentCloseFrameState.SENT && ws[kReceivedClose];
      let code = 1005;
      let reason = "";
      const result = ws[kByteParser].closingInfo;
      if (result && !result.error) {
        code = result.code ?? 1005;
        reason = result.reason;
      } else if (!ws[kReceivedClose]) code = 1006;
      ws[kReadyState] = states.CLOSED;
      fireEvent("close", ws, (type, init) => new CloseEvent(type, init), {
        wasClean: wasClean,
        code: code,
        reason: reason
      });
      if (channels.close.hasSubscribers) channels.close.publish({
        websocket: ws,
        code: code,
        reason: reason
      });
    }
    function onSocketError(error) {
      const {ws: ws} = this;
      ws[kReadyState] = states.CLOSING;
      if (channels.socketError.hasSubscribers) channels.socketError.publish(error);
      this.destroy();
    }
    module.exports = {
      establishWebSocketConnection: function(url, protocols, client, ws, onEstablish, options) {
        const requestURL = url;
        requestURL.protocol = url.protocol === "ws:" ? "http:" : "https:";
        const request = makeRequest({
          urlList: [ requestURL ],
          client: client,
          serviceWorkers: "none",
          referrer: "no-referrer",
          mode: "websocket",
          credentials: "include",
          cache: "no-store",
          redirect: "error"
        });
        if (options.headers) {
          const headersList = getHeadersList(new Headers(options.headers));
          request.headersList = headersList;
        }
        const keyValue = crypto.randomBytes(16).toString("base64");
        request.headersList.append("sec-websocket-key", keyValue);
        request.headersList.append("sec-websocket-version", "13");
        for (const protocol of protocols) request.headersList.append("sec-websocket-protocol", protocol);
        request.headersList.append("sec-websocket-extensions", "permessage-deflate; client_max_window_bits");
        const controller = fetching({
          request: request,
          useParallelQueue: true,
          dispatcher: options.dispatcher,
          processResponse(response) {
            if (response.type === "error" || response.status !== 101) {
              failWebsocketConnection(ws, "Received network error or non-101 status code.");
              return;
            }
            if (protocols.length !== 0 && !response.headersList.get("Sec-WebSocket-Protocol")) {
              failWebsocketConnection(ws, "Server did not respond with sent protocols.");
              return;
            }
            if (response.headersList.get("Upgrade")?.toLowerCase() !== "websocket") {
              failWebsocketConnection(ws, 'Server did not set Upgrade header to "websocket".');
              return;
            }
            if (response.headersList.get("Connection")?.toLowerCase() !== "upgrade") {
              failWebsocketConnection(ws, 'Server did not set Connection header to "upgrade".');
              return;
            }
            const secWSAccept = response.headersList.get("Sec-WebSocket-Accept");
            const digest = crypto.createHash("sha1").update(keyValue + uid).digest("base64");
            if (secWSAccept !== digest) {
              failWebsocketConnection(ws, "Incorrect hash received in Sec-WebSocket-Accept header.");
              return;
            }
            const secExtension = response.headersList.get("Sec-WebSocket-Extensions");
            let extensions;
            if (secExtension !== null) {
              extensions = parseExtensions(secExtension);
              if (!extensions.has("permessage-deflate")) {
                failWebsocketConnection(ws, "Sec-WebSocket-Extensions header does not match.");
                return;
              }
            }
            const secProtocol = response.headersList.get("Sec-WebSocket-Protocol");
            if (secProtocol !== null) {
              const requestProtocols = getDecodeSplit("sec-websocket-protocol", request.headersList);
              if (requestProtocols === null || !requestProtocols.includes(secProtocol)) {
                failWebsocketConnection(ws, "Protocol was not set in the opening handshake.");
                return;
              }
            }
            response.socket.on("data", onSocketData);
            response.socket.on("close", onSocketClose);
            response.socket.on("error", onSocketError);
            if (channels.open.hasSubscribers) channels.open.publish({
              address: response.socket.address(),
              protocol: secProtocol,
              extensions: secExtension
            });
            onEstablish(response, extensions);
          }
        });
        return controller;
      },
      closeWebSocketConnection: function(ws, code, reason, reasonByteLength) {
        if (isClosing(ws) || isClosed(ws)) ; else if (!isEstablished(ws)) {
          failWebsocketConnection(ws, "Connection was closed before it was established.");
          ws[kReadyState] = states.CLOSING;
        } else if (ws[kSentClose] === sentCloseFrameState.NOT_SENT) {
          ws[kSentClose] = sentCloseFrameState.PROCESSING;
          const frame = new WebsocketFrameSend;
          if (code !== void 0 && reason === void 0) {
            frame.frameData = Buffer.allocUnsafe(2);
            frame.frameData.writeUInt16BE(code, 0);
          } else if (code !== void 0 && reason !== void 0) {
            frame.frameData = Buffer.allocUnsafe(2 + reasonByteLength);
            frame.frameData.writeUInt16BE(code, 0);
            frame.frameData.write(reason, 2, "utf-8");
          } else frame.frameData = emptyBuffer;
          const socket = ws[kResponse].socket;
          socket.write(frame.createFrame(opcodes.CLOSE));
          ws[kSentClose] = sentCloseFrameState.SENT;
          ws[kReadyState] = states.CLOSING;
        } else ws[kReadyState] = states.CLOSING;
      }
    };
  },
  736: module => {
    const emptyBuffer = Buffer.allocUnsafe(0);
    module.exports = {
      uid: "258EAFA5-E914-47DA-95CA-C5AB0DC85B11",
      sentCloseFrameState: {
        NOT_SENT: 0,
        PROCESSING: 1,
        SENT: 2
      },
      staticPropertyDescriptors: {
        enumerable: true,
        writable: false,
        configurable: false
      },
      states: {
        CONNECTING: 0,
        OPEN: 1,
        CLOSING: 2,
        CLOSED: 3
      },
      opcodes: {
        CONTINUATION: 0,
        TEXT: 1,
        BINARY: 2,
        CLOSE: 8,
        PING: 9,
        PONG: 10
      },
      maxUnsigned16Bit: 2 ** 16 - 1,
      parserStates: {
        INFO: 0,
        PAYLOADLENGTH_16: 2,
        PAYLOADLENGTH_64: 3,
        READ_DATA: 4
      },
      emptyBuffer: emptyBuffer,
      sendHints: {
        string: 1,
        typedArray: 2,
        arrayBuffer: 3,
        blob: 4
      }
    };
  },
  5188: (module, __unused_webpack_exports, __nccwpck_require__) => {
    const {webidl: webidl} = __nccwpck_require__(5893);
    const {kEnumerableProperty: kEnumerableProperty} = __nccwpck_require__(3440);
    const {kConstruct: kConstruct} = __nccwpck_require__(6443);
    const {MessagePort: MessagePort} = __nccwpck_require__(5919);
    class MessageEvent extends Event {
      #eventInit;
      constructor(type, eventInitDict = {}) {
        if (type === kConstruct) {
          super(arguments[1], arguments[2]);
          webidl.util.markAsUncloneable(this);
          return;
        }
        const prefix = "MessageEvent constructor";
        webidl.argumentLengthCheck(arguments, 1, prefix);
        type = webidl.converters.DOMString(type, prefix, "type");
        eventInitDict = webidl.converters.MessageEventInit(eventInitDict, prefix, "eventInitDict");
        super(type, eventInitDict);
        this.#eventInit = eventInitDict;
        webidl.util.markAsUncloneable(this);
      }
      get data() {
        webidl.brandCheck(this, MessageEvent);
        return this.#eventInit.data;
      }
      get origin() {
        webidl.brandCheck(this, MessageEvent);
        return this.#eventInit.origin;
      }
      get lastEventId() {
        webidl.brandCheck(this, MessageEvent);
        return this.#eventInit.lastEventId;
      }
      get source() {
        webidl.brandCheck(this, MessageEvent);
        return this.#eventInit.source;
      }
      get ports() {
        webidl.brandCheck(this, MessageEvent);
        if (!Object.isFrozen(this.#eventInit.ports)) Object.freeze(this.#eventInit.ports);
        return this.#eventInit.ports;
      }
      initMessageEvent(type, bubbles = false, cancelable = false, data = null, origin = "", lastEventId = "", source = null, ports = []) {
        webidl.brandCheck(this, MessageEvent);
        webidl.argumentLengthCheck(arguments, 1, "MessageEvent.initMessageEvent");
        return new MessageEvent(type, {
          bubbles: bubbles,
          cancelable: cancelable,
          data: data,
          origin: origin,
          lastEventId: lastEventId,
          source: source,
          ports: ports
        });
      }
      static createFastMessageEvent(type, init) {
        const messageEvent = new MessageEvent(kConstruct, type, init);
        messageEvent.#eventInit = init;
        messageEvent.#eventInit.data ??= null;
        messageEvent.#eventInit.origin ??= "";
        messageEvent.#eventInit.lastEventId ??= "";
        messageEvent.#eventInit.source ??= null;
        messageEvent.#eventInit.ports ??= [];
        return messageEvent;
      }
    }
    const {createFastMessageEvent: createFastMessageEvent} = MessageEvent;
    delete MessageEvent.createFastMessageEvent;
    class CloseEvent extends Event {
      #eventInit;
      constructor(type, eventInitDict = {}) {
        const prefix = "CloseEvent constructor";
        webidl.argumentLengthCheck(arguments, 1, prefix);
        type = webidl.converters.DOMString(type, prefix, "type");
        eventInitDict = webidl.converters.CloseEventInit(eventInitDict);
        super(type, eventInitDict);
        this.#eventInit = eventInitDict;
        webidl.util.markAsUncloneable(this);
      }
      get wasClean() {
        webidl.brandCheck(this, CloseEvent);
        return this.#eventInit.wasClean;
      }
      get code() {
        webidl.brandCheck(this, CloseEvent);
        return this.#eventInit.code;
      }
      get reason() {
        webidl.brandCheck(this, CloseEvent);
        return this.#eventInit.reason;
      }
    }
    class ErrorEvent extends Event {
      #eventInit;
      constructor(type, eventInitDict) {
        const prefix = "ErrorEvent constructor";
        webidl.argumentLengthCheck(arguments, 1, prefix);
        super(type, eventInitDict);
        webidl.util.markAsUncloneable(this);
        type = webidl.converters.DOMString(type, prefix, "type");
        eventInitDict = webidl.converters.ErrorEventInit(eventInitDict ?? {});
        this.#eventInit = eventInitDict;
      }
      get message() {
        webidl.brandCheck(this, ErrorEvent);
        return this.#eventInit.message;
      }
      get filename() {
        webidl.brandCheck(this, ErrorEvent);
        return this.#eventInit.filename;
      }
      get lineno() {
        webidl.brandCheck(this, ErrorEvent);
        return this.#eventInit.lineno;
      }
      get colno() {
        webidl.brandCheck(this, ErrorEvent);
        return this.#eventInit.colno;
      }
      get error() {
        webidl.brandCheck(this, ErrorEvent);
        return this.#eventInit.error;
      }
    }
    Object.defineProperties(MessageEvent.prototype, {
      [Symbol.toStringTag]: {
        value: "MessageEvent",
        configurable: true
      },
      data: kEnumerableProperty,
      origin: kEnumerableProperty,
      lastEventId: kEnumerableProperty,
      source: kEnumerableProperty,
      ports: kEnumerableProperty,
      initMessageEvent: kEnumerableProperty
    });
    Object.defineProperties(CloseEvent.prototype, {
      [Symbol.toStringTag]: {
        value: "CloseEvent",
        configurable: true
      },
      reason: kEnumerableProperty,
      code: kEnumerableProperty,
      wasClean: kEnumerableProperty
    });
    Object.defineProperties(ErrorEvent.prototype, {
      [Symbol.toStringTag]: {
        value: "ErrorEvent",
        configurable: true
      },
      message: kEnumerableProperty,
      filename: kEnumerableProperty,
      lineno: kEnumerableProperty,
      colno: kEnumerableProperty,
      error: kEnumerableProperty
    });
    webidl.converters.MessagePort = webidl.interfaceConverter(MessagePort);
    webidl.converters["sequence<MessagePort>"] = webidl.sequenceConverter(webidl.converters.MessagePort);
    const eventInit = [ {
      key: "bubbles",
      converter: webidl.converters.boolean,
      defaultValue: () => false
    }, {
      key: "cancelable",
      converter: webidl.converters.boolean,
      defaultValue: () => false
    }, {
      key: "composed",
      converter: webidl.converters.boolean,
      defaultValue: () => false
    } ];
    webidl.converters.MessageEventInit = webidl.dictionaryConverter([ ...eventInit, {
      key: "data",
      converter: webidl.converters.any,
      defaultValue: () => null
    }, {
      key: "origin",
      converter: webidl.converters.USVString,
      defaultValue: () => ""
    }, {
      key: "lastEventId",
      converter: webidl.converters.DOMString,
      defaultValue: () => ""
    }, {
      key: "source",
      converter: webidl.nullableConverter(webidl.converters.MessagePort),
      defaultValue: () => null
    }, {
      key: "ports",
      converter: webidl.converters["sequence<MessagePort>"],
      defaultValue: () => new Array(0)
    } ]);
    webidl.converters.CloseEventInit = webidl.dictionaryConverter([ ...eventInit, {
      key: "wasClean",
      converter: webidl.converters.boolean,
      defaultValue: () => false
    }, {
      key: "code",
      converter: webidl.converters["unsigned short"],
      defaultValue: () => 0
    }, {
      key: "reason",
      converter: webidl.converters.USVString,
      defaultValue: () => ""
    } ]);
    webidl.converters.ErrorEventInit = webidl.dictionaryConverter([ ...eventInit, {
      key: "message",
      converter: webidl.converters.DOMString,
      defaultValue: () => ""
    }, {
      key: "filename",
      converter: webidl.converters.USVString,
      defaultValue: () => ""
    }, {
      key: "lineno",
      converter: webidl.converters["unsigned long"],
      defaultValue: () => 0
    }, {
      key: "colno",
      converter: webidl.converters["unsigned long"],
      defaultValue: () => 0
    }, {
      key: "error",
      converter: webidl.converters.any
    } ]);
    module.exports = {
      MessageEvent: MessageEvent,
      CloseEvent: CloseEvent,
      ErrorEvent: ErrorEvent,
      createFastMessageEvent: createFastMessageEvent
    };
  },
  3264: (module, __unused_webpack_exports, __nccwpck_require__) => {
    const {maxUnsigned16Bit: maxUnsigned16Bit} = __nccwpck_require__(736);
    const BUFFER_SIZE = 16386;
    let crypto;
    let buffer = null;
    let bufIdx = BUFFER_SIZE;
    try {
      crypto = __nccwpck_require__(7598);
    } catch {
      crypto = {
        randomFillSync: function(buffer, _offset, _size) {
          for (let i = 0; i < buffer.length; ++i) buffer[i] = Math.random() * 255 | 0;
          return buffer;
        }
      };
    }
    function generateMask() {
      if (bufIdx === BUFFER_SIZE) {
        bufIdx = 0;
        crypto.randomFillSync(buffer ??= Buffer.allocUnsafe(BUFFER_SIZE), 0, BUFFER_SIZE);
      }
      return [ buffer[bufIdx++], buffer[bufIdx++], buffer[bufIdx++], buffer[bufIdx++] ];
    }
    module.exports = {
      WebsocketFrameSend: class {
        constructor(data) {
          this.frameData = data;
        }
        createFrame(opcode) {
          const frameData = this.frameData;
          const maskKey = generateMask();
          const bodyLength = frameData?.byteLength ?? 0;
          let payloadLength = bodyLength;
          let offset = 6;
          if (bodyLength > maxUnsigned16Bit) {
            offset += 8;
            payloadLength = 127;
          } else if (bodyLength > 125) {
            offset += 2;
            payloadLength = 126;
          }
          const buffer = Buffer.allocUnsafe(bodyLength + offset);
          buffer[0] = buffer[1] = 0;
          buffer[0] |= 128;
          buffer[0] = (buffer[0] & 240) + opcode;
          /*! ws. MIT License. Einar Otto Stangvik <einaros@gmail.com> */          buffer[offset - 4] = maskKey[0];
          buffer[offset - 3] = maskKey[1];
          buffer[offset - 2] = maskKey[2];
          buffer[offset - 1] = maskKey[3];
          buffer[1] = payloadLength;
          if (payloadLength === 126) buffer.writeUInt16BE(bodyLength, 2); else if (payloadLength === 127) {
            buffer[2] = buffer[3] = 0;
            buffer.writeUIntBE(bodyLength, 4, 6);
          }
          buffer[1] |= 128;
          for (let i = 0; i < bodyLength; ++i) buffer[offset + i] = frameData[i] ^ maskKey[i & 3];
          return buffer;
        }
      }
    };
  },
  9469: (module, __unused_webpack_exports, __nccwpck_require__) => {
    const {createInflateRaw: createInflateRaw, Z_DEFAULT_WINDOWBITS: Z_DEFAULT_WINDOWBITS} = __nccwpck_require__(8522);
    const {isValidClientWindowBits: isValidClientWindowBits} = __nccwpck_require__(8625);
    const {MessageSizeExceededError: MessageSizeExceededError} = __nccwpck_require__(8707);
    const tail = Buffer.from([ 0, 0, 255, 255 ]);
    const kBuffer = Symbol("kBuffer");
    const kLength = Symbol("kLength");
    module.exports = {
      PerMessageDeflate: class {
        #inflate;
        #options={};
        #maxPayloadSize=0;
        constructor(extensions, options) {
          this.#options.serverNoContextTakeover = extensions.has("server_no_context_takeover");
          this.#options.serverMaxWindowBits = extensions.get("server_max_window_bits");
          this.#maxPayloadSize = options.maxPayloadSize;
        }
        decompress(chunk, fin, callback) {
          if (!this.#inflate) {
            let windowBits = Z_DEFAULT_WINDOWBITS;
            if (this.#options.serverMaxWindowBits) {
              if (!isValidClientWindowBits(this.#options.serverMaxWindowBits)) {
                callback(new Error("Invalid server_max_window_bits"));
                return;
              }
              windowBits = Number.parseInt(this.#options.serverMaxWindowBits);
            }
            try {
              this.#inflate = createInflateRaw({
                windowBits: windowBits
              });
            } catch (err) {
              callback(err);
              return;
            }
            this.#inflate[kBuffer] = [];
            this.#inflate[kLength] = 0;
            this.#inflate.on("data", data => {
              this.#inflate[kLength] += data.length;
              if (this.#maxPayloadSize > 0 && this.#inflate[kLength] > this.#maxPayloadSize) {
                callback(new MessageSizeExceededError);
                this.#inflate.removeAllListeners();
                this.#inflate.destroy();
                this.#inflate = null;
                return;
              }
              this.#inflate[kBuffer].push(data);
            });
            this.#inflate.on("error", err => {
              this.#inflate = null;
              callback(err);
            });
          }
          this.#inflate.write(chunk);
          if (fin) this.#inflate.write(tail);
          this.#inflate.flush(() => {
            if (!this.#inflate) return;
            const full = Buffer.concat(this.#inflate[kBuffer], this.#inflate[kLength]);
            this.#inflate[kBuffer].length = 0;
            this.#inflate[kLength] = 0;
            callback(null, full);
          });
        }
      }
    };
  },
  1652: (module, __unused_webpack_exports, __nccwpck_require__) => {
    const {Writable: Writable} = __nccwpck_require__(7075);
    const assert = __nccwpck_require__(4589);
    const {parserStates: parserStates, opcodes: opcodes, states: states, emptyBuffer: emptyBuffer, sentCloseFrameState: sentCloseFrameState} = __nccwpck_require__(736);
    const {kReadyState: kReadyState, kSentClose: kSentClose, kResponse: kResponse, kReceivedClose: kReceivedClose} = __nccwpck_require__(1216);
    const {channels: channels} = __nccwpck_require__(2414);
    const {isValidStatusCode: isValidStatusCode, isValidOpcode: isValidOpcode, failWebsocketConnection: failWebsocketConnection, websocketMessageReceived: websocketMessageReceived, utf8Decode: utf8Decode, isControlFrame: isControlFrame, isTextBinaryFrame: isTextBinaryFrame, isContinuationFrame: isContinuationFrame} = __nccwpck_require__(8625);
    const {WebsocketFrameSend: WebsocketFrameSend} = __nccwpck_require__(3264);
    const {closeWebSocketConnection: closeWebSocketConnection} = __nccwpck_require__(6897);
    const {PerMessageDeflate: PerMessageDeflate} = __nccwpck_require__(9469);
    const {MessageSizeExceededError: MessageSizeExceededError} = __nccwpck_require__(8707);
    function failWebsocketConnectionWithCode(ws, code, reason) {
      closeWebSocketConnection(ws, code, reason, Buffer.byteLength(reason));
      failWebsocketConnection(ws, reason);
    }
    module.exports = {
      ByteParser: class extends Writable {
        #buffers=[];
        #fragmentsBytes=0;
        #byteOffset=0;
        #loop=false;
        #state=parserStates.INFO;
        #info={};
        #fragments=[];
        #extensions;
        #maxFragments;
        #maxPayloadSize;
        constructor(ws, extensions, options = {}) {
          super();
          this.ws = ws;
          this.#extensions = extensions == null ? new Map : extensions;
          this.#maxFragments = options.maxFragments ?? 0;
          this.#maxPayloadSize = options.maxPayloadSize ?? 0;
          if (this.#extensions.has("permessage-deflate")) this.#extensions.set("permessage-deflate", new PerMessageDeflate(extensions, options));
        }
        _write(chunk, _, callback) {
          this.#buffers.push(chunk);
          this.#byteOffset += chunk.length;
          this.#loop = true;
          this.run(callback);
        }
        #validatePayloadLength() {
          if (this.#maxPayloadSize > 0 && !isControlFrame(this.#info.opcode) && this.#info.payloadLength + this.#fragmentsBytes > this.#maxPayloadSize) {
            failWebsocketConnectionWithCode(this.ws, 1009, "Payload size exceeds maximum allowed size");
            return false;
          }
          return true;
        }
        run(callback) {
          while (this.#loop) if (this.#state === parserStates.INFO) {
            if (this.#byteOffset < 2) return callback();
            const buffer = this.consume(2);
            const fin = (buffer[0] & 128) !== 0;
            const opcode = buffer[0] & 15;
            const masked = (buffer[1] & 128) === 128;
            const fragmented = !fin && opcode !== opcodes.CONTINUATION;
            const payloadLength = buffer[1] & 127;
            const rsv1 = buffer[0] & 64;
            const rsv2 = buffer[0] & 32;
            const rsv3 = buffer[0] & 16;
            if (!isValidOpcode(opcode)) {
              failWebsocketConnection(this.ws, "Invalid opcode received");
              return callback();
            }
            if (masked) {
              failWebsocketConnection(this.ws, "Frame cannot be masked");
              return callback();
            }
            if (rsv1 !== 0 && !this.#extensions.has("permessage-deflate")) {
              failWebsocketConnection(this.ws, "Expected RSV1 to be clear.");
              return;
            }
            if (rsv2 !== 0 || rsv3 !== 0) {
              failWebsocketConnection(this.ws, "RSV1, RSV2, RSV3 must be clear");
              return;
            }
            if (fragmented && !isTextBinaryFrame(opcode)) {
              failWebsocketConnection(this.ws, "Invalid frame type was fragmented.");
              return;
            }
            if (isTextBinaryFrame(opcode) && this.#fragments.length > 0) {
              failWebsocketConnection(this.ws, "Expected continuation frame");
              return;
            }
            if (this.#info.fragmented && fragmented) {
              failWebsocketConnection(this.ws, "Fragmented frame exceeded 125 bytes.");
              return;
            }
            if ((payloadLength > 125 || fragmented) && isControlFrame(opcode)) {
              failWebsocketConnection(this.ws, "Control frame either too large or fragmented");
              return;
            }
            if (isContinuationFrame(opcode) && this.#fragments.length === 0 && !this.#info.compressed) {
              failWebsocketConnection(this.ws, "Unexpected continuation frame");
              return;
            }
            if (payloadLength <= 125) {
              this.#info.payloadLength = payloadLength;
              this.#state = parserStates.READ_DATA;
              if (!this.#validatePayloadLength()) return;
            } else if (payloadLength === 126) this.#state = parserStates.PAYLOADLENGTH_16; else if (payloadLength === 127) this.#state = parserStates.PAYLOADLENGTH_64;
            if (isTextBinaryFrame(opcode)) {
              this.#info.binaryType = opcode;
              this.#info.compressed = rsv1 !== 0;
            }
            this.#info.opcode = opcode;
            this.#info.masked = masked;
            this.#info.fin = fin;
            this.#info.fragmented = fragmented;
          } else if (this.#state === parserStates.PAYLOADLENGTH_16) {
            if (this.#byteOffset < 2) return callback();
            const buffer = this.consume(2);
            this.#info.payloadLength = buffer.readUInt16BE(0);
            this.#state = parserStates.READ_DATA;
            if (!this.#validatePayloadLength()) return;
          } else if (this.#state === parserStates.PAYLOADLENGTH_64) {
            if (this.#byteOffset < 8) return callback();
            const buffer = this.consume(8);
            const upper = buffer.readUInt32BE(0);
            const lower = buffer.readUInt32BE(4);
            if (upper !== 0 || lower > 2 ** 31 - 1) {
              failWebsocketConnection(this.ws, "Received payload length > 2^31 bytes.");
              return;
            }
            this.#info.payloadLength = lower;
            this.#state = parserStates.READ_DATA;
            if (!this.#validatePayloadLength()) return;
          } else if (this.#state === parserStates.READ_DATA) {
            if (this.#byteOffset < this.#info.payloadLength) return callback();
            const body = this.consume(this.#info.payloadLength);
            if (isControlFrame(this.#info.opcode)) {
              this.#loop = this.parseControlFrame(body);
              this.#state = parserStates.INFO;
              const socket = this.ws[kResponse].socket;
              if (this.#loop && socket.writableNeedDrain) {
                this.#loop = false;
                socket.once("drain", () => {
                  if (this.destroyed) return;
                  this.#loop = true;
                  this.run(callback);
                });
                return;
              }
            } else if (!this.#info.compressed) {
              if (!this.writeFragments(body)) return;
              if (this.#maxPayloadSize > 0 && this.#fragmentsBytes > this.#maxPayloadSize) {
                failWebsocketConnectionWithCode(this.ws, 1009, (new MessageSizeExceededError).message);
                return;
              }
              if (!this.#info.fragmented && this.#info.fin) websocketMessageReceived(this.ws, this.#info.binaryType, this.consumeFragments());
              this.#state = parserStates.INFO;
            } else {
              this.#extensions.get("permessage-deflate").decompress(body, this.#info.fin, (error, data) => {
                if (error) {
                  const code = error instanceof MessageSizeExceededError ? 1009 : 1007;
                  failWebsocketConnectionWithCode(this.ws, code, error.message);
                  return;
                }
                if (!this.writeFragments(data)) return;
                if (this.#maxPayloadSize > 0 && this.#fragmentsBytes > this.#maxPayloadSize) {
                  failWebsocketConnectionWithCode(this.ws, 1009, (new MessageSizeExceededError).message);
                  return;
                }
                if (!this.#info.fin) {
                  this.#state = parserStates.INFO;
                  this.#loop = true;
                  this.run(callback);
                  return;
                }
                websocketMessageReceived(this.ws, this.#info.binaryType, this.consumeFragments());
                this.#loop = true;
                this.#state = parserStates.INFO;
                this.run(callback);
              });
              this.#loop = false;
              break;
            }
          }
        }
        consume(n) {
          if (n > this.#byteOffset) throw new Error("Called consume() before buffers satiated."); else if (n === 0) return emptyBuffer;
          if (this.#buffers[0].length === n) {
            this.#byteOffset -= this.#buffers[0].length;
            return this.#buffers.shift();
          }
          const buffer = Buffer.allocUnsafe(n);
          let offset = 0;
          while (offset !== n) {
            const next = this.#buffers[0];
            const {length: length} = next;
            if (length + offset === n) {
              buffer.set(this.#buffers.shift(), offset);
              break;
            } else if (length + offset > n) {
              buffer.set(next.subarray(0, n - offset), offset);
              this.#buffers[0] = next.subarray(n - offset);
              break;
            } else {
              buffer.set(this.#buffers.shift(), offset);
              offset += next.length;
            }
          }
          this.#byteOffset -= n;
          return buffer;
        }
        writeFragments(fragment) {
          if (this.#maxFragments > 0 && this.#fragments.length === this.#maxFragments) {
            failWebsocketConnectionWithCode(this.ws, 1008, "Too many message fragments");
            return false;
          }
          this.#fragmentsBytes += fragment.length;
          this.#fragments.push(fragment);
          return true;
        }
        consumeFragments() {
          const fragments = this.#fragments;
          if (fragments.length === 1) {
            this.#fragmentsBytes = 0;
            return fragments.shift();
          }
          const output = Buffer.concat(fragments, this.#fragmentsBytes);
          this.#fragments = [];
          this.#fragmentsBytes = 0;
          return output;
        }
        parseCloseBody(data) {
          assert(data.length !== 1);
          let code;
          if (data.length >= 2) code = data.readUInt16BE(0);
          if (code !== void 0 && !isValidStatusCode(code)) return {
            code: 1002,
            reason: "Invalid status code",
            error: true
          };
          let reason = data.subarray(2);
          if (reason[0] === 239 && reason[1] === 187 && reason[2] === 191) reason = reason.subarray(3);
          try {
            reason = utf8Decode(reason);
          } catch {
            return {
              code: 1007,
              reason: "Invalid UTF-8",
              error: true
            };
          }
          return {
            code: code,
            reason: reason,
            error: false
          };
        }
        parseControlFrame(body) {
          const {opcode: opcode, payloadLength: payloadLength} = this.#info;
          if (opcode === opcodes.CLOSE) {
            if (payloadLength === 1) {
              failWebsocketConnection(this.ws, "Received close frame with a 1-byte body.");
              return false;
            }
            this.#info.closeInfo = this.parseCloseBody(body);
            if (this.#info.closeInfo.error) {
              const {code: code, reason: reason} = this.#info.closeInfo;
              closeWebSocketConnection(this.ws, code, reason, reason.length);
              failWebsocketConnection(this.ws, reason);
              return false;
            }
            if (this.ws[kSentClose] !== sentCloseFrameState.SENT) {
              let body = emptyBuffer;
              if (this.#info.closeInfo.code) {
                body = Buffer.allocUnsafe(2);
                body.writeUInt16BE(this.#info.closeInfo.code, 0);
              }
              const closeFrame = new WebsocketFrameSend(body);
              this.ws[kResponse].socket.write(closeFrame.createFrame(opcodes.CLOSE), err => {
                if (!err) this.ws[kSentClose] = sentCloseFrameState.SENT;
              });
            }
            this.ws[kReadyState] = states.CLOSING;
            this.ws[kReceivedClose] = true;
            return false;
          } else if (opcode === opcodes.PING) {
            if (!this.ws[kReceivedClose]) {
              const frame = new WebsocketFrameSend(body);
              this.ws[kResponse].socket.write(frame.createFrame(opcodes.PONG));
              if (channels.ping.hasSubscribers) channels.ping.publish({
                payload: body
              });
            }
          } else if (opcode === opcodes.PONG) if (channels.pong.hasSubscribers) channels.pong.publish({
            payload: body
          });
          return true;
        }
        get closingInfo() {
          return this.#info.closeInfo;
        }
      }
    };
  },
  3900: (module, __unused_webpack_exports, __nccwpck_require__) => {
    const {WebsocketFrameSend: WebsocketFrameSend} = __nccwpck_require__(3264);
    const {opcodes: opcodes, sendHints: sendHints} = __nccwpck_require__(736);
    const FixedQueue = __nccwpck_require__(4660);
    const FastBuffer = Buffer[Symbol.species];
    function createFrame(data, hint) {
      return new WebsocketFrameSend(toBuffer(data, hint)).createFrame(hint === sendHints.string ? opcodes.TEXT : opcodes.BINARY);
    }
    function toBuffer(data, hint) {
      switch (hint) {
       case sendHints.string:
        return Buffer.from(data);

       case sendHints.arrayBuffer:
       case sendHints.blob:
        return new FastBuffer(data);

       case sendHints.typedArray:
        return new FastBuffer(data.buffer, data.byteOffset, data.byteLength);
      }
    }
    module.exports = {
      SendQueue: class {
        #queue=new FixedQueue;
        #running=false;
        #socket;
        constructor(socket) {
          this.#socket = socket;
        }
        add(item, cb, hint) {
          if (hint !== sendHints.blob) {
            const frame = createFrame(item, hint);
            if (!this.#running) this.#socket.write(frame, cb); else {
              const node = {
                promise: null,
                callback: cb,
                frame: frame
              };
              this.#queue.push(node);
            }
            return;
          }
          const node = {
            promise: item.arrayBuffer().then(ab => {
              node.promise = null;
              node.frame = createFrame(ab, hint);
            }),
            callback: cb,
            frame: null
          };
          this.#queue.push(node);
          if (!this.#running) this.#run();
        }
        async #run() {
          this.#running = true;
          const queue = this.#queue;
          while (!queue.isEmpty()) {
            const node = queue.shift();
            if (node.promise !== null) await node.promise;
            this.#socket.write(node.frame, node.callback);
            node.callback = node.frame = null;
          }
          this.#running = false;
        }
      }
    };
  },
  1216: module => {
    module.exports = {
      kWebSocketURL: Symbol("url"),
      kReadyState: Symbol("ready state"),
      kController: Symbol("controller"),
      kResponse: Symbol("response"),
      kBinaryType: Symbol("binary type"),
      kSentClose: Symbol("sent close"),
      kReceivedClose: Symbol("received close"),
      kByteParser: Symbol("byte parser")
    };
  },
  8625: (module, __unused_webpack_exports, __nccwpck_require__) => {
    const {kReadyState: kReadyState, kController: kController, kResponse: kResponse, kBinaryType: kBinaryType, kWebSocketURL: kWebSocketURL} = __nccwpck_require__(1216);
    const {states: states, opcodes: opcodes} = __nccwpck_require__(736);
    const {ErrorEvent: ErrorEvent, createFastMessageEvent: createFastMessageEvent} = __nccwpck_require__(5188);
    const {isUtf8: isUtf8} = __nccwpck_require__(4573);
    const {collectASequenceOfCodePointsFast: collectASequenceOfCodePointsFast, removeHTTPWhitespace: removeHTTPWhitespace} = __nccwpck_require__(1900);
    function fireEvent(e, target, eventFactory = (type, init) => new Event(type, init), eventInitDict = {}) {
      const event = eventFactory(e, eventInitDict);
      target.dispatchEvent(event);
    }
    function toArrayBuffer(buffer) {
      if (buffer.byteLength === buffer.buffer.byteLength) return buffer.buffer;
      return buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength);
    }
    function failWebsocketConnection(ws, reason) {
      const {[kController]: controller, [kResponse]: response} = ws;
      controller.abort();
      if (response?.socket && !response.socket.destroyed) response.socket.destroy();
      if (reason) fireEvent("error", ws, (type, init) => new ErrorEvent(type, init), {
        error: new Error(reason),
        message: reason
      });
    }
    function isControlFrame(opcode) {
      return opcode === opcodes.CLOSE || opcode === opcodes.PING || opcode === opcodes.PONG;
    }
    function isContinuationFrame(opcode) {
      return opcode === opcodes.CONTINUATION;
    }
    function isTextBinaryFrame(opcode) {
      return opcode === opcodes.TEXT || opcode === opcodes.BINARY;
    }
    const hasIntl = typeof process.versions.icu === "string";
    const fatalDecoder = hasIntl ? new TextDecoder("utf-8", {
      fatal: true
    }) : void 0;
    const utf8Decode = hasIntl ? fatalDecoder.decode.bind(fatalDecoder) : function(buffer) {
      if (isUtf8(buffer)) return buffer.toString("utf-8");
      throw new TypeError("Invalid utf-8 received.");
    };
    module.exports = {
      isConnecting: function(ws) {
        return ws[kReadyState] === states.CONNECTING;
      },
      isEstablished: function(ws) {
        return ws[kReadyState] === states.OPEN;
      },
      isClosing: function(ws) {
        return ws[kReadyState] === states.CLOSING;
      },
      isClosed: function(ws) {
        return ws[kReadyState] === states.CLOSED;
      },
      fireEvent: fireEvent,
      isValidSubprotocol: function(protocol) {
        if (protocol.length === 0) return false;
        for (let i = 0; i < protocol.length; ++i) {
          const code = protocol.charCodeAt(i);
          if (code < 33 || code > 126 || code === 34 || code === 40 || code === 41 || code === 44 || code === 47 || code === 58 || code === 59 || code === 60 || code === 61 || code === 62 || code === 63 || code === 64 || code === 91 || code === 92 || code === 93 || code === 123 || code === 125) return false;
        }
        return true;
      },
      isValidStatusCode: function(code) {
        if (code >= 1e3 && code < 1015) return code !== 1004 && code !== 1005 && code !== 1006;
        return code >= 3e3 && code <= 4999;
      },
      failWebsocketConnection: failWebsocketConnection,
      websocketMessageReceived: function(ws, type, data) {
        if (ws[kReadyState] !== states.OPEN) return;
        let dataForEvent;
        if (type === opcodes.TEXT) try {
          dataForEvent = utf8Decode(data);
        } catch {
          failWebsocketConnection(ws, "Received invalid UTF-8 in text frame.");
          return;
        } else if (type === opcodes.BINARY) if (ws[kBinaryType] === "blob") dataForEvent = new Blob([ data ]); else dataForEvent = toArrayBuffer(data);
        fireEvent("message", ws, createFastMessageEvent, {
          origin: ws[kWebSocketURL].origin,
          data: dataForEvent
        });
      },
      utf8Decode: utf8Decode,
      isControlFrame: isControlFrame,
      isContinuationFrame: isContinuationFrame,
      isTextBinaryFrame: isTextBinaryFrame,
      isValidOpcode: function(opcode) {
        return isTextBinaryFrame(opcode) || isContinuationFrame(opcode) || isControlFrame(opcode);
      },
      parseExtensions: function(extensions) {
        const position = {
          position: 0
        };
        const extensionList = new Map;
        while (position.position < extensions.length) {
          const pair = collectASequenceOfCodePointsFast(";", extensions, position);
          const [name, value = ""] = pair.split("=");
          extensionList.set(removeHTTPWhitespace(name, true, false), removeHTTPWhitespace(value, false, true));
          position.position++;
        }
        return extensionList;
      },
      isValidClientWindowBits: function(value) {
        if (value.length === 0) return false;
        for (let i = 0; i < value.length; i++) {
          const byte = value.charCodeAt(i);
          if (byte < 48 || byte > 57) return false;
        }
        const num = Number.parseInt(value, 10);
        return num >= 8 && num <= 15;
      }
    };
  },
  3726: (module, __unused_webpack_exports, __nccwpck_require__) => {
    const {webidl: webidl} = __nccwpck_require__(5893);
    const {URLSerializer: URLSerializer} = __nccwpck_require__(1900);
    const {environmentSettingsObject: environmentSettingsObject} = __nccwpck_require__(3168);
    const {staticPropertyDescriptors: staticPropertyDescriptors, states: states, sentCloseFrameState: sentCloseFrameState, sendHints: sendHints} = __nccwpck_require__(736);
    const {kWebSocketURL: kWebSocketURL, kReadyState: kReadyState, kController: kController, kBinaryType: kBinaryType, kResponse: kResponse, kSentClose: kSentClose, kByteParser: kByteParser} = __nccwpck_require__(1216);
    const {isConnecting: isConnecting, isEstablished: isEstablished, isClosing: isClosing, isValidSubprotocol: isValidSubprotocol, fireEvent: fireEvent} = __nccwpck_require__(8625);
    const {establishWebSocketConnection: establishWebSocketConnection, closeWebSocketConnection: closeWebSocketConnection} = __nccwpck_require__(6897);
    const {ByteParser: ByteParser} = __nccwpck_require__(1652);
    const {kEnumerableProperty: kEnumerableProperty, isBlobLike: isBlobLike} = __nccwpck_require__(3440);
    const {getGlobalDispatcher: getGlobalDispatcher} = __nccwpck_require__(2581);
    const {types: types} = __nccwpck_require__(7975);
    const {ErrorEvent: ErrorEvent, CloseEvent: CloseEvent} = __nccwpck_require__(5188);
    const {SendQueue: SendQueue} = __nccwpck_require__(3900);
    class WebSocket extends EventTarget {
      #events={
        open: null,
        error: null,
        close: null,
        message: null
      };
      #bufferedAmount=0;
      #protocol="";
      #extensions="";
      #sendQueue;
      constructor(url, protocols = []) {
        super();
        webidl.util.markAsUncloneable(this);
        const prefix = "WebSocket constructor";
        webidl.argumentLengthCheck(arguments, 1, prefix);
        const options = webidl.converters["DOMString or sequence<DOMString> or WebSocketInit"](protocols, prefix, "options");
        url = webidl.converters.USVString(url, prefix, "url");
        protocols = options.protocols;
        const baseURL = environmentSettingsObject.settingsObject.baseUrl;
        let urlRecord;
        try {
          urlRecord = new URL(url, baseURL);
        } catch (e) {
          throw new DOMException(e, "SyntaxError");
        }
        if (urlRecord.protocol === "http:") urlRecord.protocol = "ws:"; else if (urlRecord.protocol === "https:") urlRecord.protocol = "wss:";
        if (urlRecord.protocol !== "ws:" && urlRecord.protocol !== "wss:") throw new DOMException(`Expected a ws: or wss: protocol, got ${urlRecord.protocol}`, "SyntaxError");
        if (urlRecord.hash || urlRecord.href.endsWith("#")) throw new DOMException("Got fragment", "SyntaxError");
        if (typeof protocols === "string") protocols = [ protocols ];
        if (protocols.length !== new Set(protocols.map(p => p.toLowerCase())).size) throw new DOMException("Invalid Sec-WebSocket-Protocol value", "SyntaxError");
        if (protocols.length > 0 && !protocols.every(p => isValidSubprotocol(p))) throw new DOMException("Invalid Sec-WebSocket-Protocol value", "SyntaxError");
        this[kWebSocketURL] = new URL(urlRecord.href);
        const client = environmentSettingsObject.settingsObject;
        this[kController] = establishWebSocketConnection(urlRecord, protocols, client, this, (response, extensions) => this.#onConnectionEstablished(response, extensions), options);
        this[kReadyState] = WebSocket.CONNECTING;
        this[kSentClose] = sentCloseFrameState.NOT_SENT;
        this[kBinaryType] = "blob";
      }
      close(code = void 0, reason = void 0) {
        webidl.brandCheck(this, WebSocket);
        const prefix = "WebSocket.close";
        if (code !== void 0) code = webidl.converters["unsigned short"](code, prefix, "code", {
          clamp: true
        });
        if (reason !== void 0) reason = webidl.converters.USVString(reason, prefix, "reason");
        if (code !== void 0) if (code !== 1e3 && (code < 3e3 || code > 4999)) throw new DOMException("invalid code", "InvalidAccessError");
        let reasonByteLength = 0;
        if (reason !== void 0) {
          reasonByteLength = Buffer.byteLength(reason);
          if (reasonByteLength > 123) throw new DOMException(`Reason must be less than 123 bytes; received ${reasonByteLength}`, "SyntaxError");
        }
        closeWebSocketConnection(this, code, reason, reasonByteLength);
      }
      send(data) {
        webidl.brandCheck(this, WebSocket);
        const prefix = "WebSocket.send";
        webidl.argumentLengthCheck(arguments, 1, prefix);
        data = webidl.converters.WebSocketSendData(data, prefix, "data");
        if (isConnecting(this)) throw new DOMException("Sent before connected.", "InvalidStateError");
        if (!isEstablished(this) || isClosing(this)) return;
        if (typeof data === "string") {
          const length = Buffer.byteLength(data);
          this.#bufferedAmount += length;
          this.#sendQueue.add(data, () => {
            this.#bufferedAmount -= length;
          }, sendHints.string);
        } else if (types.isArrayBuffer(data)) {
          this.#bufferedAmount += data.byteLength;
          this.#sendQueue.add(data, () => {
            this.#bufferedAmount -= data.byteLength;
          }, sendHints.arrayBuffer);
        } else if (ArrayBuffer.isView(data)) {
          this.#bufferedAmount += data.byteLength;
          this.#sendQueue.add(data, () => {
            this.#bufferedAmount -= data.byteLength;
          }, sendHints.typedArray);
        } else if (isBlobLike(data)) {
          this.#bufferedAmount += data.size;
          this.#sendQueue.add(data, () => {
            this.#bufferedAmount -= data.size;
          }, sendHints.blob);
        }
      }
      get readyState() {
        webidl.brandCheck(this, WebSocket);
        return this[kReadyState];
      }
      get bufferedAmount() {
        webidl.brandCheck(this, WebSocket);
        return this.#bufferedAmount;
      }
      get url() {
        webidl.brandCheck(this, WebSocket);
        return URLSerializer(this[kWebSocketURL]);
      }
      get extensions() {
        webidl.brandCheck(this, WebSocket);
        return this.#extensions;
      }
      get protocol() {
        webidl.brandCheck(this, WebSocket);
        return this.#protocol;
      }
      get onopen() {
        webidl.brandCheck(this, WebSocket);
        return this.#events.open;
      }
      set onopen(fn) {
        webidl.brandCheck(this, WebSocket);
        if (this.#events.open) this.removeEventListener("open", this.#events.open);
        if (typeof fn === "function") {
          this.#events.open = fn;
          this.addEventListener("open", fn);
        } else this.#events.open = null;
      }
      get onerror() {
        webidl.brandCheck(this, WebSocket);
        return this.#events.error;
      }
      set onerror(fn) {
        webidl.brandCheck(this, WebSocket);
        if (this.#events.error) this.removeEventListener("error", this.#events.error);
        if (typeof fn === "function") {
          this.#events.error = fn;
          this.addEventListener("error", fn);
        } else this.#events.error = null;
      }
      get onclose() {
        webidl.brandCheck(this, WebSocket);
        return this.#events.close;
      }
      set onclose(fn) {
        webidl.brandCheck(this, WebSocket);
        if (this.#events.close) this.removeEventListener("close", this.#events.close);
        if (typeof fn === "function") {
          this.#events.close = fn;
          this.addEventListener("close", fn);
        } else this.#events.close = null;
      }
      get onmessage() {
        webidl.brandCheck(this, WebSocket);
        return this.#events.message;
      }
      set onmessage(fn) {
        webidl.brandCheck(this, WebSocket);
        if (this.#events.message) this.removeEventListener("message", this.#events.message);
        if (typeof fn === "function") {
          this.#events.message = fn;
          this.addEventListener("message", fn);
        } else this.#events.message = null;
      }
      get binaryType() {
        webidl.brandCheck(this, WebSocket);
        return this[kBinaryType];
      }
      set binaryType(type) {
        webidl.brandCheck(this, WebSocket);
        if (type !== "blob" && type !== "arraybuffer") this[kBinaryType] = "blob"; else this[kBinaryType] = type;
      }
      #onConnectionEstablished(response, parsedExtensions) {
        this[kResponse] = response;
        const webSocketOptions = this[kController]?.dispatcher?.webSocketOptions;
        const maxFragments = webSocketOptions?.maxFragments;
        const maxPayloadSize = webSocketOptions?.maxPayloadSize;
        const parser = new ByteParser(this, parsedExtensions, {
          maxFragments: maxFragments,
          maxPayloadSize: maxPayloadSize
        });
        parser.on("drain", onParserDrain);
        parser.on("error", onParserError.bind(this));
        response.socket.ws = this;
        this[kByteParser] = parser;
        this.#sendQueue = new SendQueue(response.socket);
        this[kReadyState] = states.OPEN;
        const extensions = response.headersList.get("sec-websocket-extensions");
        if (extensions !== null) this.#extensions = extensions;
        const protocol = response.headersList.get("sec-websocket-protocol");
        if (protocol !== null) this.#protocol = protocol;
        fireEvent("open", this);
      }
    }
    WebSocket.CONNECTING = WebSocket.prototype.CONNECTING = states.CONNECTING;
    WebSocket.OPEN = WebSocket.prototype.OPEN = states.OPEN;
    WebSocket.CLOSING = WebSocket.prototype.CLOSING = states.CLOSING;
    WebSocket.CLOSED = WebSocket.prototype.CLOSED = states.CLOSED;
    Object.defineProperties(WebSocket.prototype, {
      CONNECTING: staticPropertyDescriptors,
      OPEN: staticPropertyDescriptors,
      CLOSING: staticPropertyDescriptors,
      CLOSED: staticPropertyDescriptors,
      url: kEnumerableProperty,
      readyState: kEnumerableProperty,
      bufferedAmount: kEnumerableProperty,
      onopen: kEnumerableProperty,
      onerror: kEnumerableProperty,
      onclose: kEnumerableProperty,
      close: kEnumerableProperty,
      onmessage: kEnumerableProperty,
      binaryType: kEnumerableProperty,
      send: kEnumerableProperty,
      extensions: kEnumerableProperty,
      protocol: kEnumerableProperty,
      [Symbol.toStringTag]: {
        value: "WebSocket",
        writable: false,
        enumerable: false,
        configurable: true
      }
    });
    Object.defineProperties(WebSocket, {
      CONNECTING: staticPropertyDescriptors,
      OPEN: staticPropertyDescriptors,
      CLOSING: staticPropertyDescriptors,
      CLOSED: staticPropertyDescriptors
    });
    webidl.converters["sequence<DOMString>"] = webidl.sequenceConverter(webidl.converters.DOMString);
    webidl.converters["DOMString or sequence<DOMString>"] = function(V, prefix, argument) {
      if (webidl.util.Type(V) === "Object" && Symbol.iterator in V) return webidl.converters["sequence<DOMString>"](V);
      return webidl.converters.DOMString(V, prefix, argument);
    };
    webidl.converters.WebSocketInit = webidl.dictionaryConverter([ {
      key: "protocols",
      converter: webidl.converters["DOMString or sequence<DOMString>"],
      defaultValue: () => new Array(0)
    }, {
      key: "dispatcher",
      converter: webidl.converters.any,
      defaultValue: () => getGlobalDispatcher()
    }, {
      key: "headers",
      converter: webidl.nullableConverter(webidl.converters.HeadersInit)
    } ]);
    webidl.converters["DOMString or sequence<DOMString> or WebSocketInit"] = function(V) {
      if (webidl.util.Type(V) === "Object" && !(Symbol.iterator in V)) return webidl.converters.WebSocketInit(V);
      return {
        protocols: webidl.converters["DOMString or sequence<DOMString>"](V)
      };
    };
    webidl.converters.WebSocketSendData = function(V) {
      if (webidl.util.Type(V) === "Object") {
        if (isBlobLike(V)) return webidl.converters.Blob(V, {
          strict: false
        });
        if (ArrayBuffer.isView(V) || types.isArrayBuffer(V)) return webidl.converters.BufferSource(V);
      }
      return webidl.converters.USVString(V);
    };
    function onParserDrain() {
      this.ws[kResponse].socket.resume();
    }
    function onParserError(err) {
      let message;
      let code;
      if (err instanceof CloseEvent) {
        message = err.reason;
        code = err.code;
      } else message = err.message;
      fireEvent("error", this, () => new ErrorEvent("error", {
        error: err,
        message: message
      }));
      closeWebSocketConnection(this, code);
    }
    module.exports = {
      WebSocket: WebSocket
    };
  },
  2613: module => {
    module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");
  },
  4434: module => {
    module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");
  },
  9896: module => {
    module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");
  },
  8611: module => {
    module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");
  },
  5692: module => {
    module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");
  },
  3339: module => {
    module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("module");
  },
  9278: module => {
    module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");
  },
  4589: module => {
    module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");
  },
  6698: module => {
    module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");
  },
  4573: module => {
    module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");
  },
  1421: module => {
    module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
  },
  7540: module => {
    module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");
  },
  7598: module => {
    module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");
  },
  3053: module => {
    module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");
  },
  610: module => {
    module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");
  },
  8474: module => {
    module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");
  },
  3024: module => {
    module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
  },
  1455: module => {
    module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");
  },
  7067: module => {
    module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");
  },
  2467: module => {
    module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");
  },
  4708: module => {
    module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");
  },
  7030: module => {
    module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");
  },
  8161: module => {
    module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
  },
  6760: module => {
    module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
  },
  643: module => {
    module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");
  },
  1708: module => {
    module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");
  },
  1792: module => {
    module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");
  },
  7075: module => {
    module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");
  },
  1692: module => {
    module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");
  },
  3136: module => {
    module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");
  },
  7975: module => {
    module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");
  },
  3429: module => {
    module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");
  },
  5919: module => {
    module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");
  },
  8522: module => {
    module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");
  },
  857: module => {
    module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");
  },
  3193: module => {
    module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");
  },
  4756: module => {
    module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");
  },
  9023: module => {
    module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");
  }
};

var __webpack_module_cache__ = {};

function __nccwpck_require__(moduleId) {
  var cachedModule = __webpack_module_cache__[moduleId];
  if (cachedModule !== void 0) return cachedModule.exports;
  var module = __webpack_module_cache__[moduleId] = {
    exports: {}
  };
  var threw = true;
  try {
    __webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
    threw = false;
  } finally {
    if (threw) delete __webpack_module_cache__[moduleId];
  }
  return module.exports;
}

__nccwpck_require__.m = __webpack_modules__;

if (typeof __nccwpck_require__ !== "undefined") __nccwpck_require__.ab = decodeURIComponent(new URL(".", import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";

(() => {
  var getProto = Object.getPrototypeOf ? obj => Object.getPrototypeOf(obj) : obj => obj.__proto__;
  var leafPrototypes;
  __nccwpck_require__.t = function(value, mode) {
    if (mode & 1) value = this(value);
    if (mode & 8) return value;
    if (typeof value === "object" && value) {
      if (mode & 4 && value.__esModule) return value;
      if (mode & 16 && typeof value.then === "function") return value;
    }
    var ns = Object.create(null);
    __nccwpck_require__.r(ns);
    var def = {};
    leafPrototypes = leafPrototypes || [ null, getProto({}), getProto([]), getProto(getProto) ];
    for (var current = mode & 2 && value; typeof current == "object" && !~leafPrototypes.indexOf(current); current = getProto(current)) Object.getOwnPropertyNames(current).forEach(key => def[key] = () => value[key]);
    def["default"] = () => value;
    __nccwpck_require__.d(ns, def);
    return ns;
  };
})();

(() => {
  __nccwpck_require__.d = (exports, definition) => {
    for (var key in definition) if (__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) Object.defineProperty(exports, key, {
      enumerable: true,
      get: definition[key]
    });
  };
})();

(() => {
  __nccwpck_require__.f = {};
  __nccwpck_require__.e = chunkId => Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
    __nccwpck_require__.f[key](chunkId, promises);
    return promises;
  }, []));
})();

(() => {
  __nccwpck_require__.u = chunkId => chunkId + ".index.js";
})();

(() => {
  __nccwpck_require__.o = (obj, prop) => Object.prototype.hasOwnProperty.call(obj, prop);
})();

(() => {
  __nccwpck_require__.r = exports => {
    if (typeof Symbol !== "undefined" && Symbol.toStringTag) Object.defineProperty(exports, Symbol.toStringTag, {
      value: "Module"
    });
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
  };
})();

(() => {
  var installedChunks = {
    792: 0
  };
  var installChunk = data => {
    var {ids: ids, modules: modules, runtime: runtime} = data;
    var moduleId, chunkId, i = 0;
    for (moduleId in modules) if (__nccwpck_require__.o(modules, moduleId)) __nccwpck_require__.m[moduleId] = modules[moduleId];
    if (runtime) runtime(__nccwpck_require__);
    for (;i < ids.length; i++) {
      chunkId = ids[i];
      if (__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) installedChunks[chunkId][0]();
      installedChunks[ids[i]] = 0;
    }
  };
  __nccwpck_require__.f.j = (chunkId, promises) => {
    var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : void 0;
    if (installedChunkData !== 0) if (installedChunkData) promises.push(installedChunkData[1]); else if (true) {
      var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, e => {
        if (installedChunks[chunkId] !== 0) installedChunks[chunkId] = void 0;
        throw e;
      });
      promise = Promise.race([ promise, new Promise(resolve => installedChunkData = installedChunks[chunkId] = [ resolve ]) ]);
      promises.push(installedChunkData[1] = promise);
    }
  };
})();

var __webpack_exports__ = {};

__nccwpck_require__.d(__webpack_exports__, {
  e: () => run,
  a: () => runPost
});

var external_os_ = __nccwpck_require__(857);

function utils_toCommandValue(input) {
  if (input === null || input === void 0) return ""; else if (typeof input === "string" || input instanceof String) return input;
  return JSON.stringify(input);
}

function toCommandProperties(annotationProperties) {
  if (!Object.keys(annotationProperties).length) return {};
  return {
    title: annotationProperties.title,
    file: annotationProperties.file,
    line: annotationProperties.startLine,
    endLine: annotationProperties.endLine,
    col: annotationProperties.startColumn,
    endColumn: annotationProperties.endColumn
  };
}

function command_issueCommand(command, properties, message) {
  const cmd = new Command(command, properties, message);
  process.stdout.write(cmd.toString() + external_os_.EOL);
}

function command_issue(name, message = "") {
  command_issueCommand(name, {}, message);
}

const CMD_STRING = "::";

class Command {
  constructor(command, properties, message) {
    if (!command) command = "missing.command";
    this.command = command;
    this.properties = properties;
    this.message = message;
  }
  toString() {
    let cmdStr = CMD_STRING + this.command;
    if (this.properties && Object.keys(this.properties).length > 0) {
      cmdStr += " ";
      let first = true;
      for (const key in this.properties) if (this.properties.hasOwnProperty(key)) {
        const val = this.properties[key];
        if (val) {
          if (first) first = false; else cmdStr += ",";
          cmdStr += `${key}=${escapeProperty(val)}`;
        }
      }
    }
    cmdStr += `${CMD_STRING}${escapeData(this.message)}`;
    return cmdStr;
  }
}

function escapeData(s) {
  return utils_toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

function escapeProperty(s) {
  return utils_toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A").replace(/:/g, "%3A").replace(/,/g, "%2C");
}

const external_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

var external_fs_ = __nccwpck_require__(9896);

function file_command_issueFileCommand(command, message) {
  const filePath = process.env[`GITHUB_${command}`];
  if (!filePath) throw new Error(`Unable to find environment variable for file command ${command}`);
  if (!external_fs_.existsSync(filePath)) throw new Error(`Missing file at path: ${filePath}`);
  external_fs_.appendFileSync(filePath, `${utils_toCommandValue(message)}${external_os_.EOL}`, {
    encoding: "utf8"
  });
}

function file_command_prepareKeyValueMessage(key, value) {
  const delimiter = `ghadelimiter_${external_crypto_namespaceObject.randomUUID()}`;
  const convertedValue = utils_toCommandValue(value);
  if (key.includes(delimiter)) throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
  if (convertedValue.includes(delimiter)) throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
  return `${key}<<${delimiter}${external_os_.EOL}${convertedValue}${external_os_.EOL}${delimiter}`;
}

const external_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

var external_http_ = __nccwpck_require__(8611);

var external_http_namespaceObject = __nccwpck_require__.t(external_http_, 2);

var external_https_ = __nccwpck_require__(5692);

var external_https_namespaceObject = __nccwpck_require__.t(external_https_, 2);

function getProxyUrl(reqUrl) {
  const usingSsl = reqUrl.protocol === "https:";
  if (checkBypass(reqUrl)) return;
  const proxyVar = (() => {
    if (usingSsl) return process.env["https_proxy"] || process.env["HTTPS_PROXY"]; else return process.env["http_proxy"] || process.env["HTTP_PROXY"];
  })();
  if (proxyVar) try {
    return new DecodedURL(proxyVar);
  } catch (_a) {
    if (!proxyVar.startsWith("http://") && !proxyVar.startsWith("https://")) return new DecodedURL(`http://${proxyVar}`);
  } else return;
}

function checkBypass(reqUrl) {
  if (!reqUrl.hostname) return false;
  const reqHost = reqUrl.hostname;
  if (isLoopbackAddress(reqHost)) return true;
  const noProxy = process.env["no_proxy"] || process.env["NO_PROXY"] || "";
  if (!noProxy) return false;
  let reqPort;
  if (reqUrl.port) reqPort = Number(reqUrl.port); else if (reqUrl.protocol === "http:") reqPort = 80; else if (reqUrl.protocol === "https:") reqPort = 443;
  const upperReqHosts = [ reqUrl.hostname.toUpperCase() ];
  if (typeof reqPort === "number") upperReqHosts.push(`${upperReqHosts[0]}:${reqPort}`);
  for (const upperNoProxyItem of noProxy.split(",").map(x => x.trim().toUpperCase()).filter(x => x)) if (upperNoProxyItem === "*" || upperReqHosts.some(x => x === upperNoProxyItem || x.endsWith(`.${upperNoProxyItem}`) || upperNoProxyItem.startsWith(".") && x.endsWith(`${upperNoProxyItem}`))) return true;
  return false;
}

function isLoopbackAddress(host) {
  const hostLower = host.toLowerCase();
  return hostLower === "localhost" || hostLower.startsWith("127.") || hostLower.startsWith("[::1]") || hostLower.startsWith("[0:0:0:0:0:0:0:1]");
}

class DecodedURL extends URL {
  constructor(url, base) {
    super(url, base);
    this._decodedUsername = decodeURIComponent(super.username);
    this._decodedPassword = decodeURIComponent(super.password);
  }
  get username() {
    return this._decodedUsername;
  }
  get password() {
    return this._decodedPassword;
  }
}

var tunnel = __nccwpck_require__(770);

var undici = __nccwpck_require__(6752);

var __awaiter = void 0 && (void 0).__awaiter || function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve) {
      resolve(value);
    });
  }
  return new (P || (P = Promise))(function(resolve, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    function rejected(value) {
      try {
        step(generator["throw"](value));
      } catch (e) {
        reject(e);
      }
    }
    function step(result) {
      result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};

var HttpCodes;

(function(HttpCodes) {
  HttpCodes[HttpCodes["OK"] = 200] = "OK";
  HttpCodes[HttpCodes["MultipleChoices"] = 300] = "MultipleChoices";
  HttpCodes[HttpCodes["MovedPermanently"] = 301] = "MovedPermanently";
  HttpCodes[HttpCodes["ResourceMoved"] = 302] = "ResourceMoved";
  HttpCodes[HttpCodes["SeeOther"] = 303] = "SeeOther";
  HttpCodes[HttpCodes["NotModified"] = 304] = "NotModified";
  HttpCodes[HttpCodes["UseProxy"] = 305] = "UseProxy";
  HttpCodes[HttpCodes["SwitchProxy"] = 306] = "SwitchProxy";
  HttpCodes[HttpCodes["TemporaryRedirect"] = 307] = "TemporaryRedirect";
  HttpCodes[HttpCodes["PermanentRedirect"] = 308] = "PermanentRedirect";
  HttpCodes[HttpCodes["BadRequest"] = 400] = "BadRequest";
  HttpCodes[HttpCodes["Unauthorized"] = 401] = "Unauthorized";
  HttpCodes[HttpCodes["PaymentRequired"] = 402] = "PaymentRequired";
  HttpCodes[HttpCodes["Forbidden"] = 403] = "Forbidden";
  HttpCodes[HttpCodes["NotFound"] = 404] = "NotFound";
  HttpCodes[HttpCodes["MethodNotAllowed"] = 405] = "MethodNotAllowed";
  HttpCodes[HttpCodes["NotAcceptable"] = 406] = "NotAcceptable";
  HttpCodes[HttpCodes["ProxyAuthenticationRequired"] = 407] = "ProxyAuthenticationRequired";
  HttpCodes[HttpCodes["RequestTimeout"] = 408] = "RequestTimeout";
  HttpCodes[HttpCodes["Conflict"] = 409] = "Conflict";
  HttpCodes[HttpCodes["Gone"] = 410] = "Gone";
  HttpCodes[HttpCodes["TooManyRequests"] = 429] = "TooManyRequests";
  HttpCodes[HttpCodes["InternalServerError"] = 500] = "InternalServerError";
  HttpCodes[HttpCodes["NotImplemented"] = 501] = "NotImplemented";
  HttpCodes[HttpCodes["BadGateway"] = 502] = "BadGateway";
  HttpCodes[HttpCodes["ServiceUnavailable"] = 503] = "ServiceUnavailable";
  HttpCodes[HttpCodes["GatewayTimeout"] = 504] = "GatewayTimeout";
})(HttpCodes || (HttpCodes = {}));

var Headers;

(function(Headers) {
  Headers["Accept"] = "accept";
  Headers["ContentType"] = "content-type";
})(Headers || (Headers = {}));

var MediaTypes;

(function(MediaTypes) {
  MediaTypes["ApplicationJson"] = "application/json";
})(MediaTypes || (MediaTypes = {}));

const HttpRedirectCodes = [ HttpCodes.MovedPermanently, HttpCodes.ResourceMoved, HttpCodes.SeeOther, HttpCodes.TemporaryRedirect, HttpCodes.PermanentRedirect ];

const HttpResponseRetryCodes = [ HttpCodes.BadGateway, HttpCodes.ServiceUnavailable, HttpCodes.GatewayTimeout ];

const RetryableHttpVerbs = [ "OPTIONS", "GET", "DELETE", "HEAD" ];

const ExponentialBackoffCeiling = 10;

const ExponentialBackoffTimeSlice = 5;

class HttpClientError extends Error {
  constructor(message, statusCode) {
    super(message);
    this.name = "HttpClientError";
    this.statusCode = statusCode;
    Object.setPrototypeOf(this, HttpClientError.prototype);
  }
}

class HttpClientResponse {
  constructor(message) {
    this.message = message;
  }
  readBody() {
    return __awaiter(this, void 0, void 0, function*() {
      return new Promise(resolve => __awaiter(this, void 0, void 0, function*() {
        let output = Buffer.alloc(0);
        this.message.on("data", chunk => {
          output = Buffer.concat([ output, chunk ]);
        });
        this.message.on("end", () => {
          resolve(output.toString());
        });
      }));
    });
  }
  readBodyBuffer() {
    return __awaiter(this, void 0, void 0, function*() {
      return new Promise(resolve => __awaiter(this, void 0, void 0, function*() {
        const chunks = [];
        this.message.on("data", chunk => {
          chunks.push(chunk);
        });
        this.message.on("end", () => {
          resolve(Buffer.concat(chunks));
        });
      }));
    });
  }
}

class lib_HttpClient {
  constructor(userAgent, handlers, requestOptions) {
    this._ignoreSslError = false;
    this._allowRedirects = true;
    this._allowRedirectDowngrade = false;
    this._maxRedirects = 50;
    this._allowRetries = false;
    this._maxRetries = 1;
    this._keepAlive = false;
    this._disposed = false;
    this.userAgent = this._getUserAgentWithOrchestrationId(userAgent);
    this.handlers = handlers || [];
    this.requestOptions = requestOptions;
    if (requestOptions) {
      if (requestOptions.ignoreSslError != null) this._ignoreSslError = requestOptions.ignoreSslError;
      this._socketTimeout = requestOptions.socketTimeout;
      if (requestOptions.allowRedirects != null) this._allowRedirects = requestOptions.allowRedirects;
      if (requestOptions.allowRedirectDowngrade != null) this._allowRedirectDowngrade = requestOptions.allowRedirectDowngrade;
      if (requestOptions.maxRedirects != null) this._maxRedirects = Math.max(requestOptions.maxRedirects, 0);
      if (requestOptions.keepAlive != null) this._keepAlive = requestOptions.keepAlive;
      if (requestOptions.allowRetries != null) this._allowRetries = requestOptions.allowRetries;
      if (requestOptions.maxRetries != null) this._maxRetries = requestOptions.maxRetries;
    }
  }
  options(requestUrl, additionalHeaders) {
    return __awaiter(this, void 0, void 0, function*() {
      return this.request("OPTIONS", requestUrl, null, additionalHeaders || {});
    });
  }
  get(requestUrl, additionalHeaders) {
    return __awaiter(this, void 0, void 0, function*() {
      return this.request("GET", requestUrl, null, additionalHeaders || {});
    });
  }
  del(requestUrl, additionalHeaders) {
    return __awaiter(this, void 0, void 0, function*() {
      return this.request("DELETE", requestUrl, null, additionalHeaders || {});
    });
  }
  post(requestUrl, data, additionalHeaders) {
    return __awaiter(this, void 0, void 0, function*() {
      return this.request("POST", requestUrl, data, additionalHeaders || {});
    });
  }
  patch(requestUrl, data, additionalHeaders) {
    return __awaiter(this, void 0, void 0, function*() {
      return this.request("PATCH", requestUrl, data, additionalHeaders || {});
    });
  }
  put(requestUrl, data, additionalHeaders) {
    return __awaiter(this, void 0, void 0, function*() {
      return this.request("PUT", requestUrl, data, additionalHeaders || {});
    });
  }
  head(requestUrl, additionalHeaders) {
    return __awaiter(this, void 0, void 0, function*() {
      return this.request("HEAD", requestUrl, null, additionalHeaders || {});
    });
  }
  sendStream(verb, requestUrl, stream, additionalHeaders) {
    return __awaiter(this, void 0, void 0, function*() {
      return this.request(verb, requestUrl, stream, additionalHeaders);
    });
  }
  getJson(requestUrl_1) {
    return __awaiter(this, arguments, void 0, function*(requestUrl, additionalHeaders = {}) {
      additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
      const res = yield this.get(requestUrl, additionalHeaders);
      return this._processResponse(res, this.requestOptions);
    });
  }
  postJson(requestUrl_1, obj_1) {
    return __awaiter(this, arguments, void 0, function*(requestUrl, obj, additionalHeaders = {}) {
      const data = JSON.stringify(obj, null, 2);
      additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
      additionalHeaders[Headers.ContentType] = this._getExistingOrDefaultContentTypeHeader(additionalHeaders, MediaTypes.ApplicationJson);
      const res = yield this.post(requestUrl, data, additionalHeaders);
      return this._processResponse(res, this.requestOptions);
    });
  }
  putJson(requestUrl_1, obj_1) {
    return __awaiter(this, arguments, void 0, function*(requestUrl, obj, additionalHeaders = {}) {
      const data = JSON.stringify(obj, null, 2);
      additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
      additionalHeaders[Headers.ContentType] = this._getExistingOrDefaultContentTypeHeader(additionalHeaders, MediaTypes.ApplicationJson);
      const res = yield this.put(requestUrl, data, additionalHeaders);
      return this._processResponse(res, this.requestOptions);
    });
  }
  patchJson(requestUrl_1, obj_1) {
    return __awaiter(this, arguments, void 0, function*(requestUrl, obj, additionalHeaders = {}) {
      const data = JSON.stringify(obj, null, 2);
      additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
      additionalHeaders[Headers.ContentType] = this._getExistingOrDefaultContentTypeHeader(additionalHeaders, MediaTypes.ApplicationJson);
      const res = yield this.patch(requestUrl, data, additionalHeaders);
      return this._processResponse(res, this.requestOptions);
    });
  }
  request(verb, requestUrl, data, headers) {
    return __awaiter(this, void 0, void 0, function*() {
      if (this._disposed) throw new Error("Client has already been disposed.");
      const parsedUrl = new URL(requestUrl);
      let info = this._prepareRequest(verb, parsedUrl, headers);
      const maxTries = this._allowRetries && RetryableHttpVerbs.includes(verb) ? this._maxRetries + 1 : 1;
      let numTries = 0;
      let response;
      do {
        response = yield this.requestRaw(info, data);
        if (response && response.message && response.message.statusCode === HttpCodes.Unauthorized) {
          let authenticationHandler;
          for (const handler of this.handlers) if (handler.canHandleAuthentication(response)) {
            authenticationHandler = handler;
            break;
          }
          if (authenticationHandler) return authenticationHandler.handleAuthentication(this, info, data); else return response;
        }
        let redirectsRemaining = this._maxRedirects;
        while (response.message.statusCode && HttpRedirectCodes.includes(response.message.statusCode) && this._allowRedirects && redirectsRemaining > 0) {
          const redirectUrl = response.message.headers["location"];
          if (!redirectUrl) break;
          const parsedRedirectUrl = new URL(redirectUrl);
          if (parsedUrl.protocol === "https:" && parsedUrl.protocol !== parsedRedirectUrl.protocol && !this._allowRedirectDowngrade) throw new Error("Redirect from HTTPS to HTTP protocol. This downgrade is not allowed for security reasons. If you want to allow this behavior, set the allowRedirectDowngrade option to true.");
          yield response.readBody();
          if (parsedRedirectUrl.hostname !== parsedUrl.hostname) for (const header in headers) if (header.toLowerCase() === "authorization") delete headers[header];
          info = this._prepareRequest(verb, parsedRedirectUrl, headers);
          response = yield this.requestRaw(info, data);
          redirectsRemaining--;
        }
        if (!response.message.statusCode || !HttpResponseRetryCodes.includes(response.message.statusCode)) return response;
        numTries += 1;
        if (numTries < maxTries) {
          yield response.readBody();
          yield this._performExponentialBackoff(numTries);
        }
      } while (numTries < maxTries);
      return response;
    });
  }
  dispose() {
    if (this._agent) this._agent.destroy();
    this._disposed = true;
  }
  requestRaw(info, data) {
    return __awaiter(this, void 0, void 0, function*() {
      return new Promise((resolve, reject) => {
        this.requestRawWithCallback(info, data, function(err, res) {
          if (err) reject(err); else if (!res) reject(new Error("Unknown error")); else resolve(res);
        });
      });
    });
  }
  requestRawWithCallback(info, data, onResult) {
    if (typeof data === "string") {
      if (!info.options.headers) info.options.headers = {};
      info.options.headers["Content-Length"] = Buffer.byteLength(data, "utf8");
    }
    let callbackCalled = false;
    function handleResult(err, res) {
      if (!callbackCalled) {
        callbackCalled = true;
        onResult(err, res);
      }
    }
    const req = info.httpModule.request(info.options, msg => {
      const res = new HttpClientResponse(msg);
      handleResult(void 0, res);
    });
    let socket;
    req.on("socket", sock => {
      socket = sock;
    });
    req.setTimeout(this._socketTimeout || 3 * 6e4, () => {
      if (socket) socket.end();
      handleResult(new Error(`Request timeout: ${info.options.path}`));
    });
    req.on("error", function(err) {
      handleResult(err);
    });
    if (data && typeof data === "string") req.write(data, "utf8");
    if (data && typeof data !== "string") {
      data.on("close", function() {
        req.end();
      });
      data.pipe(req);
    } else req.end();
  }
  getAgent(serverUrl) {
    const parsedUrl = new URL(serverUrl);
    return this._getAgent(parsedUrl);
  }
  getAgentDispatcher(serverUrl) {
    const parsedUrl = new URL(serverUrl);
    const proxyUrl = getProxyUrl(parsedUrl);
    const useProxy = proxyUrl && proxyUrl.hostname;
    if (!useProxy) return;
    return this._getProxyAgentDispatcher(parsedUrl, proxyUrl);
  }
  _prepareRequest(method, requestUrl, headers) {
    const info = {};
    info.parsedUrl = requestUrl;
    const usingSsl = info.parsedUrl.protocol === "https:";
    info.httpModule = usingSsl ? external_https_namespaceObject : external_http_namespaceObject;
    const defaultPort = usingSsl ? 443 : 80;
    info.options = {};
    info.options.host = info.parsedUrl.hostname;
    info.options.port = info.parsedUrl.port ? parseInt(info.parsedUrl.port) : defaultPort;
    info.options.path = (info.parsedUrl.pathname || "") + (info.parsedUrl.search || "");
    info.options.method = method;
    info.options.headers = this._mergeHeaders(headers);
    if (this.userAgent != null) info.options.headers["user-agent"] = this.userAgent;
    info.options.agent = this._getAgent(info.parsedUrl);
    if (this.handlers) for (const handler of this.handlers) handler.prepareRequest(info.options);
    return info;
  }
  _mergeHeaders(headers) {
    if (this.requestOptions && this.requestOptions.headers) return Object.assign({}, lowercaseKeys(this.requestOptions.headers), lowercaseKeys(headers || {}));
    return lowercaseKeys(headers || {});
  }
  _getExistingOrDefaultHeader(additionalHeaders, header, _default) {
    let clientHeader;
    if (this.requestOptions && this.requestOptions.headers) {
      const headerValue = lowercaseKeys(this.requestOptions.headers)[header];
      if (headerValue) clientHeader = typeof headerValue === "number" ? headerValue.toString() : headerValue;
    }
    const additionalValue = additionalHeaders[header];
    if (additionalValue !== void 0) return typeof additionalValue === "number" ? additionalValue.toString() : additionalValue;
    if (clientHeader !== void 0) return clientHeader;
    return _default;
  }
  _getExistingOrDefaultContentTypeHeader(additionalHeaders, _default) {
    let clientHeader;
    if (this.requestOptions && this.requestOptions.headers) {
      const headerValue = lowercaseKeys(this.requestOptions.headers)[Headers.ContentType];
      if (headerValue) if (typeof headerValue === "number") clientHeader = String(headerValue); else if (Array.isArray(headerValue)) clientHeader = headerValue.join(", "); else clientHeader = headerValue;
    }
    const additionalValue = additionalHeaders[Headers.ContentType];
    if (additionalValue !== void 0) if (typeof additionalValue === "number") return String(additionalValue); else if (Array.isArray(additionalValue)) return additionalValue.join(", "); else return additionalValue;
    if (clientHeader !== void 0) return clientHeader;
    return _default;
  }
  _getAgent(parsedUrl) {
    let agent;
    const proxyUrl = getProxyUrl(parsedUrl);
    const useProxy = proxyUrl && proxyUrl.hostname;
    if (this._keepAlive && useProxy) agent = this._proxyAgent;
    if (!useProxy) agent = this._agent;
    if (agent) return agent;
    const usingSsl = parsedUrl.protocol === "https:";
    let maxSockets = 100;
    if (this.requestOptions) maxSockets = this.requestOptions.maxSockets || external_http_.globalAgent.maxSockets;
    if (proxyUrl && proxyUrl.hostname) {
      const agentOptions = {
        maxSockets: maxSockets,
        keepAlive: this._keepAlive,
        proxy: Object.assign(Object.assign({}, (proxyUrl.username || proxyUrl.password) && {
          proxyAuth: `${proxyUrl.username}:${proxyUrl.password}`
        }), {
          host: proxyUrl.hostname,
          port: proxyUrl.port
        })
      };
      let tunnelAgent;
      const overHttps = proxyUrl.protocol === "https:";
      if (usingSsl) tunnelAgent = overHttps ? tunnel.httpsOverHttps : tunnel.httpsOverHttp; else tunnelAgent = overHttps ? tunnel.httpOverHttps : tunnel.httpOverHttp;
      agent = tunnelAgent(agentOptions);
      this._proxyAgent = agent;
    }
    if (!agent) {
      const options = {
        keepAlive: this._keepAlive,
        maxSockets: maxSockets
      };
      agent = usingSsl ? new external_https_.Agent(options) : new external_http_.Agent(options);
      this._agent = agent;
    }
    if (usingSsl && this._ignoreSslError) agent.options = Object.assign(agent.options || {}, {
      rejectUnauthorized: false
    });
    return agent;
  }
  _getProxyAgentDispatcher(parsedUrl, proxyUrl) {
    let proxyAgent;
    if (this._keepAlive) proxyAgent = this._proxyAgentDispatcher;
    if (proxyAgent) return proxyAgent;
    const usingSsl = parsedUrl.protocol === "https:";
    proxyAgent = new undici.ProxyAgent(Object.assign({
      uri: proxyUrl.href,
      pipelining: !this._keepAlive ? 0 : 1
    }, (proxyUrl.username || proxyUrl.password) && {
      token: `Basic ${Buffer.from(`${proxyUrl.username}:${proxyUrl.password}`).toString("base64")}`
    }));
    this._proxyAgentDispatcher = proxyAgent;
    if (usingSsl && this._ignoreSslError) proxyAgent.options = Object.assign(proxyAgent.options.requestTls || {}, {
      rejectUnauthorized: false
    });
    return proxyAgent;
  }
  _getUserAgentWithOrchestrationId(userAgent) {
    const baseUserAgent = userAgent || "actions/http-client";
    const orchId = process.env["ACTIONS_ORCHESTRATION_ID"];
    if (orchId) {
      const sanitizedId = orchId.replace(/[^a-z0-9_.-]/gi, "_");
      return `${baseUserAgent} actions_orchestration_id/${sanitizedId}`;
    }
    return baseUserAgent;
  }
  _performExponentialBackoff(retryNumber) {
    return __awaiter(this, void 0, void 0, function*() {
      retryNumber = Math.min(ExponentialBackoffCeiling, retryNumber);
      const ms = ExponentialBackoffTimeSlice * Math.pow(2, retryNumber);
      return new Promise(resolve => setTimeout(() => resolve(), ms));
    });
  }
  _processResponse(res, options) {
    return __awaiter(this, void 0, void 0, function*() {
      return new Promise((resolve, reject) => __awaiter(this, void 0, void 0, function*() {
        const statusCode = res.message.statusCode || 0;
        const response = {
          statusCode: statusCode,
          result: null,
          headers: {}
        };
        if (statusCode === HttpCodes.NotFound) resolve(response);
        let obj;
        let contents;
        try {
          contents = yield res.readBody();
          if (contents && contents.length > 0) {
            if (options && options.deserializeDates) obj = JSON.parse(contents, function(key, value) {
              if (typeof value === "string") {
                const a = new Date(value);
                if (!isNaN(a.valueOf())) return a;
              }
              return value;
            }); else obj = JSON.parse(contents);
            response.result = obj;
          }
          response.headers = res.message.headers;
        } catch (err) {}
        if (statusCode > 299) {
          let msg;
          if (obj && obj.message) msg = obj.message; else if (contents && contents.length > 0) msg = contents; else msg = `Failed request: (${statusCode})`;
          const err = new HttpClientError(msg, statusCode);
          err.result = response.result;
          reject(err);
        } else resolve(response);
      }));
    });
  }
}

const lowercaseKeys = obj => Object.keys(obj).reduce((c, k) => (c[k.toLowerCase()] = obj[k], 
c), {});

void 0 && (void 0).__awaiter;

void 0 && (void 0).__awaiter;

var summary_awaiter = void 0 && (void 0).__awaiter || function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve) {
      resolve(value);
    });
  }
  return new (P || (P = Promise))(function(resolve, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    function rejected(value) {
      try {
        step(generator["throw"](value));
      } catch (e) {
        reject(e);
      }
    }
    function step(result) {
      result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};

const {access: access, appendFile: appendFile, writeFile: writeFile} = external_fs_.promises;

const SUMMARY_ENV_VAR = "GITHUB_STEP_SUMMARY";

const _summary = new class {
  constructor() {
    this._buffer = "";
  }
  filePath() {
    return summary_awaiter(this, void 0, void 0, function*() {
      if (this._filePath) return this._filePath;
      const pathFromEnv = process.env[SUMMARY_ENV_VAR];
      if (!pathFromEnv) throw new Error(`Unable to find environment variable for $${SUMMARY_ENV_VAR}. Check if your runtime environment supports job summaries.`);
      try {
        yield access(pathFromEnv, external_fs_.constants.R_OK | external_fs_.constants.W_OK);
      } catch (_a) {
        throw new Error(`Unable to access summary file: '${pathFromEnv}'. Check if the file has correct read/write permissions.`);
      }
      this._filePath = pathFromEnv;
      return this._filePath;
    });
  }
  wrap(tag, content, attrs = {}) {
    const htmlAttrs = Object.entries(attrs).map(([key, value]) => ` ${key}="${value}"`).join("");
    if (!content) return `<${tag}${htmlAttrs}>`;
    return `<${tag}${htmlAttrs}>${content}</${tag}>`;
  }
  write(options) {
    return summary_awaiter(this, void 0, void 0, function*() {
      const overwrite = !!(options === null || options === void 0 ? void 0 : options.overwrite);
      const filePath = yield this.filePath();
      const writeFunc = overwrite ? writeFile : appendFile;
      yield writeFunc(filePath, this._buffer, {
        encoding: "utf8"
      });
      return this.emptyBuffer();
    });
  }
  clear() {
    return summary_awaiter(this, void 0, void 0, function*() {
      return this.emptyBuffer().write({
        overwrite: true
      });
    });
  }
  stringify() {
    return this._buffer;
  }
  isEmptyBuffer() {
    return this._buffer.length === 0;
  }
  emptyBuffer() {
    this._buffer = "";
    return this;
  }
  addRaw(text, addEOL = false) {
    this._buffer += text;
    return addEOL ? this.addEOL() : this;
  }
  addEOL() {
    return this.addRaw(external_os_.EOL);
  }
  addCodeBlock(code, lang) {
    const attrs = Object.assign({}, lang && {
      lang: lang
    });
    const element = this.wrap("pre", this.wrap("code", code), attrs);
    return this.addRaw(element).addEOL();
  }
  addList(items, ordered = false) {
    const tag = ordered ? "ol" : "ul";
    const listItems = items.map(item => this.wrap("li", item)).join("");
    const element = this.wrap(tag, listItems);
    return this.addRaw(element).addEOL();
  }
  addTable(rows) {
    const tableBody = rows.map(row => {
      const cells = row.map(cell => {
        if (typeof cell === "string") return this.wrap("td", cell);
        const {header: header, data: data, colspan: colspan, rowspan: rowspan} = cell;
        const tag = header ? "th" : "td";
        const attrs = Object.assign(Object.assign({}, colspan && {
          colspan: colspan
        }), rowspan && {
          rowspan: rowspan
        });
        return this.wrap(tag, data, attrs);
      }).join("");
      return this.wrap("tr", cells);
    }).join("");
    const element = this.wrap("table", tableBody);
    return this.addRaw(element).addEOL();
  }
  addDetails(label, content) {
    const element = this.wrap("details", this.wrap("summary", label) + content);
    return this.addRaw(element).addEOL();
  }
  addImage(src, alt, options) {
    const {width: width, height: height} = options || {};
    const attrs = Object.assign(Object.assign({}, width && {
      width: width
    }), height && {
      height: height
    });
    const element = this.wrap("img", null, Object.assign({
      src: src,
      alt: alt
    }, attrs));
    return this.addRaw(element).addEOL();
  }
  addHeading(text, level) {
    const tag = `h${level}`;
    const allowedTag = [ "h1", "h2", "h3", "h4", "h5", "h6" ].includes(tag) ? tag : "h1";
    const element = this.wrap(allowedTag, text);
    return this.addRaw(element).addEOL();
  }
  addSeparator() {
    const element = this.wrap("hr", null);
    return this.addRaw(element).addEOL();
  }
  addBreak() {
    const element = this.wrap("br", null);
    return this.addRaw(element).addEOL();
  }
  addQuote(text, cite) {
    const attrs = Object.assign({}, cite && {
      cite: cite
    });
    const element = this.wrap("blockquote", text, attrs);
    return this.addRaw(element).addEOL();
  }
  addLink(text, href) {
    const element = this.wrap("a", text, {
      href: href
    });
    return this.addRaw(element).addEOL();
  }
};

const summary = _summary;

__nccwpck_require__(3193);

var external_events_ = __nccwpck_require__(4434);

__WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

__nccwpck_require__(2613);

void 0 && (void 0).__awaiter;

const {chmod: chmod, copyFile: copyFile, lstat: lstat, mkdir: mkdir, open: io_util_open, readdir: readdir, rename: rename, rm: rm, rmdir: rmdir, stat: stat, symlink: symlink, unlink: unlink} = external_fs_.promises;

process.platform;

external_fs_.constants.O_RDONLY;

void 0 && (void 0).__awaiter;

__WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");

void 0 && (void 0).__awaiter;

process.platform;

external_events_.EventEmitter;

external_events_.EventEmitter;

void 0 && (void 0).__awaiter;

void 0 && (void 0).__awaiter;

external_os_.platform();

external_os_.arch();

var core_awaiter = void 0 && (void 0).__awaiter || function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve) {
      resolve(value);
    });
  }
  return new (P || (P = Promise))(function(resolve, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    function rejected(value) {
      try {
        step(generator["throw"](value));
      } catch (e) {
        reject(e);
      }
    }
    function step(result) {
      result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};

var ExitCode;

(function(ExitCode) {
  ExitCode[ExitCode["Success"] = 0] = "Success";
  ExitCode[ExitCode["Failure"] = 1] = "Failure";
})(ExitCode || (ExitCode = {}));

function core_setSecret(secret) {
  command_issueCommand("add-mask", {}, secret);
}

function addPath(inputPath) {
  const filePath = process.env["GITHUB_PATH"] || "";
  if (filePath) file_command_issueFileCommand("PATH", inputPath); else command_issueCommand("add-path", {}, inputPath);
  process.env["PATH"] = `${inputPath}${external_path_namespaceObject.delimiter}${process.env["PATH"]}`;
}

function getInput(name, options) {
  const val = process.env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] || "";
  if (options && options.required && !val) throw new Error(`Input required and not supplied: ${name}`);
  if (options && options.trimWhitespace === false) return val;
  return val.trim();
}

function setOutput(name, value) {
  const filePath = process.env["GITHUB_OUTPUT"] || "";
  if (filePath) return file_command_issueFileCommand("OUTPUT", file_command_prepareKeyValueMessage(name, value));
  process.stdout.write(external_os_.EOL);
  command_issueCommand("set-output", {
    name: name
  }, utils_toCommandValue(value));
}

function core_debug(message) {
  command_issueCommand("debug", {}, message);
}

function core_error(message, properties = {}) {
  command_issueCommand("error", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}

function core_warning(message, properties = {}) {
  command_issueCommand("warning", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}

function notice(message, properties = {}) {
  command_issueCommand("notice", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}

function info(message) {
  process.stdout.write(message + external_os_.EOL);
}

function startGroup(name) {
  command_issue("group", name);
}

function endGroup() {
  command_issue("endgroup");
}

function group(name, fn) {
  return core_awaiter(this, void 0, void 0, function*() {
    startGroup(name);
    let result;
    try {
      result = yield fn();
    } finally {
      endGroup();
    }
    return result;
  });
}

function saveState(name, value) {
  const filePath = process.env["GITHUB_STATE"] || "";
  if (filePath) return file_command_issueFileCommand("STATE", file_command_prepareKeyValueMessage(name, value));
  command_issueCommand("save-state", {
    name: name
  }, utils_toCommandValue(value));
}

function getState(name) {
  return process.env[`STATE_${name}`] || "";
}

let sdk;

function loadSdk() {
  sdk ??= Promise.all([ __nccwpck_require__.e(500), __nccwpck_require__.e(857) ]).then(__nccwpck_require__.bind(__nccwpck_require__, 5857));
  return sdk;
}

const AWS_LIMITS = {
  connectMs: 5e3,
  idleMs: 3e4,
  requestMs: 6e4,
  callDeadlineMs: 9e4,
  maxAttempts: 10,
  backoffScale: 1
};

const SDK_BACKOFF = {
  baseMs: 50,
  throttlingBaseMs: 1e3,
  maxMs: 2e4
};

function scaledBackoff(scale) {
  let base = SDK_BACKOFF.baseMs;
  return {
    setDelayBase(ms) {
      base = ms;
    },
    computeNextBackoffDelay(retries) {
      return Math.floor(Math.random() * Math.min(base * 2 ** retries, SDK_BACKOFF.maxMs) * scale);
    }
  };
}

function retryStrategy(loaded) {
  const scale = AWS_LIMITS.backoffScale;
  return new loaded.AdaptiveRetryStrategy(AWS_LIMITS.maxAttempts, {
    backoff: scaledBackoff(scale),
    rateLimiter: new loaded.DefaultRateLimiter({
      minFillRate: .5 / scale
    })
  });
}

class AwsError extends Error {
  code;
  constructor(message, code, options) {
    super(message, options);
    this.code = code;
    this.name = "AwsError";
  }
}

function hasCode(error, code) {
  return error instanceof AwsError && code.test(error.code);
}

function endpointHost(service, region) {
  const configured = process.env[`AWS_ENDPOINT_URL_${service}`] || process.env["AWS_ENDPOINT_URL"];
  if (configured) try {
    return new URL(configured).host;
  } catch {
    return configured;
  }
  const suffix = region.startsWith("cn-") ? "amazonaws.com.cn" : "amazonaws.com";
  return service === "IAM" ? `iam.${suffix}` : `${service.toLowerCase()}.${region}.${suffix}`;
}

function describeFailure(error) {
  const e = error;
  const attempts = e.$metadata?.attempts ?? 1;
  const after = attempts > 1 ? ` (after ${attempts} attempts)` : "";
  if (e.name === "AbortError") return {
    message: `no answer within ${AWS_LIMITS.callDeadlineMs / 1e3} s`,
    code: "Timeout"
  };
  if (e.name === "TimeoutError") return {
    message: `no answer (${e.message ?? "timed out"})${after}`,
    code: "Timeout"
  };
  const code = e.name && e.name !== "Error" ? e.name : e.code ?? "Error";
  return {
    message: `${e.message ?? String(error)}${after}`,
    code: code
  };
}

function bounded(service, region, client, loaded) {
  return {
    client: client,
    sdk: loaded,
    send: async command => {
      try {
        return await client.send(command, {
          abortSignal: AbortSignal.timeout(AWS_LIMITS.callDeadlineMs)
        });
      } catch (error) {
        const {message: message, code: code} = describeFailure(error);
        const action = command.constructor.name.replace(/Command$/, "");
        throw new AwsError(`${service} ${action} in ${region} (${endpointHost(service, region)}): ${message}`, code, {
          cause: error
        });
      }
    }
  };
}

const clients = new Map;

async function service(name, region, make) {
  const key = `${name}:${region}`;
  const known = clients.get(key);
  if (known) return known;
  const loaded = await loadSdk();
  const client = make(loaded, {
    region: region,
    maxAttempts: AWS_LIMITS.maxAttempts,
    retryStrategy: retryStrategy(loaded),
    requestHandler: {
      connectionTimeout: AWS_LIMITS.connectMs,
      socketTimeout: AWS_LIMITS.idleMs,
      requestTimeout: AWS_LIMITS.requestMs,
      throwOnRequestTimeout: true
    }
  });
  const made = bounded(name, region, client, loaded);
  clients.set(key, made);
  return made;
}

const ec2 = region => service("EC2", region, (s, config) => new s.EC2Client(config));

const ssm = region => service("SSM", region, (s, config) => new s.SSMClient(config));

const iam = region => service("IAM", region, (s, config) => new s.IAMClient(config));

function closeClients() {
  for (const {client: client} of clients.values()) client.destroy();
  clients.clear();
}

const sleep = ms => new Promise(resolve => setTimeout(resolve, ms));

const POLL = {
  imageAvailableMs: 5e3,
  imageAvailableMaxMs: 60 * 6e4,
  instanceTerminatedMs: 2e3,
  instanceTerminatedMaxMs: 5 * 6e4,
  dependencyRetryMs: 5e3,
  dependencyRetries: 12,
  inProgressMs: 15e3,
  inProgressMaxMs: 60 * 6e4
};

async function poll(check, everyMs, maxMs, timeout) {
  const deadline = Date.now() + maxMs;
  for (;;) {
    const value = await check();
    if (value !== void 0) return value;
    if (Date.now() + everyMs > deadline) throw timeout();
    await sleep(everyMs);
  }
}

async function allPages(fetch) {
  const pages = [];
  let token;
  do {
    const page = await fetch(token);
    pages.push(page);
    token = page.NextToken;
  } while (token);
  return pages;
}

var external_node_os_ = __nccwpck_require__(8161);

function readContext(env = process.env) {
  const value = name => env[name] || void 0;
  return {
    workspace: value("GITHUB_WORKSPACE") ?? process.cwd(),
    ref: value("GITHUB_REF"),
    sha: value("GITHUB_SHA"),
    repository: value("GITHUB_REPOSITORY") ?? "local",
    serverUrl: value("GITHUB_SERVER_URL") ?? "https://github.com",
    runId: value("GITHUB_RUN_ID"),
    runAttempt: value("GITHUB_RUN_ATTEMPT"),
    toolCache: value("RUNNER_TOOL_CACHE"),
    temp: value("RUNNER_TEMP") ?? external_node_os_.tmpdir(),
    awsRegion: value("AWS_REGION") ?? value("AWS_DEFAULT_REGION"),
    platform: process.platform,
    arch: process.arch
  };
}

function requireToolCache(context) {
  if (!context.toolCache) throw new Error("RUNNER_TOOL_CACHE is not set; the runner sets it for every job");
  return context.toolCache;
}

function runReference(context) {
  return `${context.repository}#${context.runId ?? "local"}.${context.runAttempt ?? "1"}`;
}

let source;

function sourceOfRun() {
  source ??= __nccwpck_require__.e(413).then(__nccwpck_require__.bind(__nccwpck_require__, 2413)).then(({context: context}) => {
    const repository = process.env["GITHUB_REPOSITORY"] ? `${context.repo.owner}/${context.repo.repo}` : "local";
    const attempt = Number.isNaN(context.runAttempt) ? "" : `/attempts/${context.runAttempt}`;
    return {
      repository: repository,
      commit: context.sha ?? "",
      ref: context.ref ?? "",
      runUrl: Number.isNaN(context.runId) ? "" : `${context.serverUrl}/${repository}/actions/runs/${context.runId}${attempt}`
    };
  });
  return source;
}

function errorMessage(error) {
  if (error instanceof Error) return error.message;
  if (typeof error === "string") return error;
  try {
    return JSON.stringify(error) ?? String(error);
  } catch {
    return String(error);
  }
}

class InputError extends Error {
  input;
  constructor(input, problem) {
    super(`Input '${input}': ${problem}`);
    this.input = input;
    this.name = "InputError";
  }
}

class TemplateError extends Error {
  file;
  line;
  title;
  constructor(message, file, line, title) {
    super(message);
    this.file = file;
    this.line = line;
    this.title = title;
    this.name = "TemplateError";
  }
}

class CancelledError extends Error {
  constructor(message = "The build was cancelled; Packer was asked to clean up its temporary resources") {
    super(message);
    this.name = "CancelledError";
  }
}

var external_node_crypto_ = __nccwpck_require__(7598);

const inertLog = new class {
  token;
  write;
  line(text) {
    if (this.token === void 0) this.stop();
    this.write?.call(process.stdout, `${text}${external_node_os_.EOL}`);
  }
  command(issue) {
    this.resume();
    issue();
  }
  resume() {
    const {token: token, write: write} = this;
    if (token === void 0 || write === void 0) return;
    this.token = this.write = void 0;
    process.stdout.write = write;
    write.call(process.stdout, `::${token}::${external_node_os_.EOL}`);
  }
  stop() {
    const write = process.stdout.write;
    this.token = (0, external_node_crypto_.randomBytes)(16).toString("hex");
    this.write = write;
    write.call(process.stdout, `::stop-commands::${this.token}${external_node_os_.EOL}`);
    process.stdout.write = (...args) => {
      this.resume();
      return process.stdout.write(...args);
    };
  }
};

const Input = {
  Mode: "mode",
  Template: "template",
  WorkingDirectory: "working-directory",
  PackerVersion: "packer-version",
  PackerMirror: "packer-mirror",
  PackerSigningKey: "packer-signing-key",
  AmazonPluginVersion: "amazon-plugin-version",
  AnsibleVersion: "ansible-version",
  AnsiblePackage: "ansible-package",
  AnsibleRequirements: "ansible-requirements",
  Python: "python",
  ImageVersion: "image-version",
  ReleaseTagPattern: "release-tag-pattern",
  OnUntagged: "on-untagged",
  VersionTagKey: "version-tag-key",
  Tags: "tags",
  SourceTags: "source-tags",
  Lineage: "lineage",
  AwsRegion: "aws-region",
  Vars: "vars",
  VarFiles: "var-files",
  Only: "only",
  Except: "except",
  OnExisting: "on-existing",
  KeepGenerations: "keep-generations",
  Retire: "retire",
  KeepLaunchedWithinDays: "keep-launched-within-days",
  SsmParameter: "ssm-parameter",
  ReleaseNotes: "release-notes",
  GithubToken: "github-token",
  AnsibleVaultPassword: "ansible-vault-password"
};

const Output = {
  AmiId: "ami-id",
  Amis: "amis",
  Artifacts: "artifacts",
  Builds: "builds",
  ImageVersion: "image-version",
  Lineage: "lineage",
  Region: "region",
  Reused: "reused",
  Skipped: "skipped",
  PackerVersion: "packer-version",
  AnsibleVersion: "ansible-version",
  SsmParameterVersions: "ssm-parameter-versions"
};

const State = {
  Evidence: "evidence",
  VaultPasswordFile: "vault-password-file"
};

const DEFAULT_PACKER_VERSION = "1.15.4";

const DEFAULT_AMAZON_PLUGIN_VERSION = "1.8.2";

const DEFAULT_ANSIBLE_VERSION = "2.21.2";

const DEFAULT_PACKER_MIRROR = "https://releases.hashicorp.com";

const DEFAULT_RELEASE_TAG_PATTERN = "release-*";

const DEFAULT_VERSION_TAG_KEY = "ImageVersion";

async function checkSigningKey(armoredKey) {
  const openpgp = await __nccwpck_require__.e(74).then(__nccwpck_require__.bind(__nccwpck_require__, 3074));
  const key = await openpgp.readKey({
    armoredKey: armoredKey
  });
  if (key.isPrivate()) throw new Error("it is a private key; give the public key");
  try {
    await key.getSigningKey();
  } catch (error) {
    throw new Error(`no key in it can sign: ${errorMessage(error)}`, {
      cause: error
    });
  }
}

async function verifyDetachedSignature(data, signature, armoredKey) {
  const openpgp = await __nccwpck_require__.e(74).then(__nccwpck_require__.bind(__nccwpck_require__, 3074));
  const key = await openpgp.readKey({
    armoredKey: armoredKey
  });
  const text = Buffer.from(signature).toString("latin1");
  let parsed;
  try {
    parsed = text.startsWith("-----BEGIN PGP SIGNATURE-----") ? await openpgp.readSignature({
      armoredSignature: text
    }) : await openpgp.readSignature({
      binarySignature: signature
    });
  } catch (error) {
    throw new Error(`the signature file is not an OpenPGP signature: ${errorMessage(error)}`, {
      cause: error
    });
  }
  try {
    const result = await openpgp.verify({
      message: await openpgp.createMessage({
        binary: data
      }),
      signature: parsed,
      verificationKeys: key,
      expectSigned: true
    });
    await Promise.all(result.signatures.map(s => s.verified));
  } catch (error) {
    throw new Error(`the signature is not a valid signature by key ${key.getFingerprint().toUpperCase()}: ${errorMessage(error)}`, {
      cause: error
    });
  }
  return key.getFingerprint().toUpperCase();
}

function checksumFor(sums, filename) {
  for (const line of sums.split(/\r?\n/)) {
    const match = /^([0-9a-fA-F]{64})\s+\*?(\S+)$/.exec(line.trim());
    if (match?.[2] === filename) return match[1]?.toLowerCase();
  }
  return;
}

var external_node_fs_ = __nccwpck_require__(3024);

var external_node_path_ = __nccwpck_require__(6760);

const HASHICORP_RELEASE_KEY = `-----BEGIN PGP PUBLIC KEY BLOCK-----\n\nmQINBGB9+xkBEACabYZOWKmgZsHTdRDiyPJxhbuUiKX65GUWkyRMJKi/1dviVxOX\nPG6hBPtF48IFnVgxKpIb7G6NjBousAV+CuLlv5yqFKpOZEGC6sBV+Gx8Vu1CICpl\nZm+HpQPcIzwBpN+Ar4l/exCG/f/MZq/oxGgH+TyRF3XcYDjG8dbJCpHO5nQ5Cy9h\nQIp3/Bh09kET6lk+4QlofNgHKVT2epV8iK1cXlbQe2tZtfCUtxk+pxvU0UHXp+AB\n0xc3/gIhjZp/dePmCOyQyGPJbp5bpO4UeAJ6frqhexmNlaw9Z897ltZmRLGq1p4a\nRnWL8FPkBz9SCSKXS8uNyV5oMNVn4G1obCkc106iWuKBTibffYQzq5TG8FYVJKrh\nRwWB6piacEB8hl20IIWSxIM3J9tT7CPSnk5RYYCTRHgA5OOrqZhC7JefudrP8n+M\npxkDgNORDu7GCfAuisrf7dXYjLsxG4tu22DBJJC0c/IpRpXDnOuJN1Q5e/3VUKKW\nmypNumuQpP5lc1ZFG64TRzb1HR6oIdHfbrVQfdiQXpvdcFx+Fl57WuUraXRV6qfb\n4ZmKHX1JEwM/7tu21QE4F1dz0jroLSricZxfaCTHHWNfvGJoZ30/MZUrpSC0IfB3\niQutxbZrwIlTBt+fGLtm3vDtwMFNWM+Rb1lrOxEQd2eijdxhvBOHtlIcswARAQAB\ntERIYXNoaUNvcnAgU2VjdXJpdHkgKGhhc2hpY29ycC5jb20vc2VjdXJpdHkpIDxz\nZWN1cml0eUBoYXNoaWNvcnAuY29tPokCVAQTAQoAPgIbAwULCQgHAgYVCgkICwIE\nFgIDAQIeAQIXgBYhBMh0AR8KtAURDQIQVTQ2XZRy10aPBQJplkfQBQkQrOy3AAoJ\nEDQ2XZRy10aPw6gP/3GUEMUa6mCRuuSOT9UnziPIvXYd63mcN6A6Jwmwj8JaB2qu\nOCijvJkw56UbZK3x1FZIbe0hA6VUAwNSNmSIxVJkilgwIYYFO0tnL79XhIeP7jYF\nydXLZ4rTi1FDl8lltAujTNARdY8UGg4hGlcM9OrEeXEFLWugJNiChL15FVoxZqIS\njeduaEqyxGfJnyVwy8z3pZfgODeFr7xs2NkUIMSfuRg24VcL4aW8Frt3jW8P45y3\no/5fsi6Aw2tZ0wD9NSgkVc8VD1NRV9eSZ95Bv+Awf9IXa+Cn5OCjc8Jc+XF+nLfB\noPswOO7E8dLiuBUw6/GzSLMbVs8qf8BNXB92dOe1VccVTqjCxK2sEpVaHh7e+co8\nd8lDGBIWMGh7NS6XlGORpFb/T6gxjjOYUV3SKd4QDebUUG8kMkb5juLljOoq+YOP\nvgNLDZLZteFpmH+zB9DpOY1YtHZB/OD+DtzLMaSl6VPF2Ln0j5aQGwNDt7sheyAe\nsXbu0qn2H5FxojSfvhT0kUDKZ0mgg5y3Oflg49MiAOhjLGY0JocFpBeMILw27fbw\nfpIBP7siQWFTFJ1O+l2NQiWAwC2x5fX2EakyCBJmrkPV2hr4nEogNqg9/RDskIUq\ncpcOOd/0BntiXMyUCCH2AoCt5acaTQ0WU6CAosZPojOYhtGGgOgeQSdflpMSuQIN\nBGB9+xkBEACoklYsfvWRCjOwS8TOKBTfl8myuP9V9uBNbyHufzNETbhYeT33Cj0M\nGCNd9GdoaknzBQLbQVSQogA+spqVvQPz1MND18GIdtmr0BXENiZE7SRvu76jNqLp\nKxYALoK2Pc3yK0JGD30HcIIgx+lOofrVPA2dfVPTj1wXvm0rbSGA4Wd4Ng3d2AoR\nG/wZDAQ7sdZi1A9hhfugTFZwfqR3XAYCk+PUeoFrkJ0O7wngaon+6x2GJVedVPOs\n2x/XOR4l9ytFP3o+5ILhVnsK+ESVD9AQz2fhDEU6RhvzaqtHe+sQccR3oVLoGcat\nma5rbfzH0Fhj0JtkbP7WreQf9udYgXxVJKXLQFQgel34egEGG+NlbGSPG+qHOZtY\n4uWdlDSvmo+1P95P4VG/EBteqyBbDDGDGiMs6lAMg2cULrwOsbxWjsWka8y2IN3z\n1stlIJFvW2kggU+bKnQ+sNQnclq3wzCJjeDBfucR3a5WRojDtGoJP6Fc3luUtS7V\n5TAdOx4dhaMFU9+01OoH8ZdTRiHZ1K7RFeAIslSyd4iA/xkhOhHq89F4ECQf3Bt4\nZhGsXDTaA/VgHmf3AULbrC94O7HNqOvTWzwGiWHLfcxXQsr+ijIEQvh6rHKmJK8R\n9NMHqc3L18eMO6bqrzEHW0Xoiu9W8Yj+WuB3IKdhclT3w0pO4Pj8gQARAQABiQI8\nBBgBCgAmAhsMFiEEyHQBHwq0BRENAhBVNDZdlHLXRo8FAmmWR+0FCRCs7NQACgkQ\nNDZdlHLXRo/R0A//QW1opBlzWSmWww1q9QuJA2WCIIs8tJKRDOsmgJPscNpzwZFU\nN1Df0wWNjqi1BDReei7lZTHwUk+ebBn0bkI3ANmmgYg7LBueAt5UWSingOc+rvKA\nN32BDzBYkMckRzJSQsmeC5hm3J3wLSy90uaIlrJJE9GJZkf/W2Ob+4SQZZ+dnnRP\nJokDdW1DuZS9PbxSLJKD5eIWHBxJnFM1CmHfOfrjTJ+MYvVGM5sxSY8R7E+GADj5\nL/i4N+tTFJLuTMYARGfA6d+KPKcMJtgpUPjSMAg8nGUhukctpuBs27mOKW0CBtmJ\n82X/qYROTL0+vGTvUYflYiuceVlhX/kw0JZnMaG5V/mpHq8SwD07pCGOf69j/mNa\n5EL3++Pmzg0s0stw3Ea5pCN0cL/nKkoWchHBfW15W4JOnKAIspyD1vH670P4WfeV\nE9B9d6tgKSbM/9JlXoQS5ZdG+kbdosieELhmVWmvojyK7K+Ry6C9wgd+UfnW5jXd\niNwKW3KHuautQwlFhHRNMyDg08c+pI5emTMT3IUQyGWo+Gska3TqGujFcABx7Ip+\nmHNmMrCkSD+XC2bvzvRR7FcM0/B9fsjLX/Wttm5vRJ1d2oAoEPvw2IZnJIXpOt2z\nzo55sJTztNu4lWGgDVgtp9SXO5a0E5YvFHQNZN5QLeVTTFu6I7qG+ME1E/K5Ag0E\nYH3+JQEQALivllTjMolxUW2OxrXb+a2Pt6vjCBsiJzrUj0Pa63U+lT9jldbCCfgP\nwDpcDuO1O05Q8k1MoYZ6HddjWnqKG7S3eqkV5c3ct3amAXp513QDKZUfIDylOmhU\nqvxjEgvGjdRjz6kECFGYr6Vnj/p6AwWv4/FBRFlrq7cnQgPynbIH4hrWvewp3Tqw\nGVgqm5RRofuAugi8iZQVlAiQZJo88yaztAQ/7VsXBiHTn61ugQ8bKdAsr8w/ZZU5\nHScHLqRolcYg0cKN91c0EbJq9k1LUC//CakPB9mhi5+aUVUGusIM8ECShUEgSTCi\nKQiJUPZ2CFbbPE9L5o9xoPCxjXoX+r7L/WyoCPTeoS3YRUMEnWKvc42Yxz3meRb+\nBmaqgbheNmzOah5nMwPupJYmHrjWPkX7oyyHxLSFw4dtoP2j6Z7GdRXKa2dUYdk2\nx3JYKocrDoPHh3Q0TAZujtpdjFi1BS8pbxYFb3hHmGSdvz7T7KcqP7ChC7k2RAKO\nGiG7QQe4NX3sSMgweYpl4OwvQOn73t5CVWYp/gIBNZGsU3Pto8g27vHeWyH9mKr4\ncSepDhw+/X8FGRNdxNfpLKm7Vc0Sm9Sof8TRFrBTqX+vIQupYHRi5QQCuYaV6OVr\nITeegNK3So4m39d6ajCR9QxRbmjnx9UcnSYYDmIB6fpBuwT0ogNtABEBAAGJBHIE\nGAEKACYCGwIWIQTIdAEfCrQFEQ0CEFU0Nl2UctdGjwUCYH4bgAUJAeFQ2wJAwXQg\nBBkBCgAdFiEEs2y6kaLAcwxDX8KAsLRBCXaFtnYFAmB9/iUACgkQsLRBCXaFtnYX\nBhAAlxejyFXoQwyGo9U+2g9N6LUb/tNtH29RHYxy4A3/ZUY7d/FMkArmh4+dfjf0\np9MJz98Zkps20kaYP+2YzYmaizO6OA6RIddcEXQDRCPHmLts3097mJ/skx9qLAf6\nrh9J7jWeSqWO6VW6Mlx8j9m7sm3Ae1OsjOx/m7lGZOhY4UYfY627+Jf7WQ5103Qs\nlgQ09es/vhTCx0g34SYEmMW15Tc3eCjQ21b1MeJD/V26npeakV8iCZ1kHZHawPq/\naCCuYEcCeQOOteTWvl7HXaHMhHIx7jjOd8XX9V+UxsGz2WCIxX/j7EEEc7CAxwAN\nnWp9jXeLfxYfjrUB7XQZsGCd4EHHzUyCf7iRJL7OJ3tz5Z+rOlNjSgci+ycHEccL\nYeFAEV+Fz+sj7q4cFAferkr7imY1XEI0Ji5P8p/uRYw/n8uUf7LrLw5TzHmZsTSC\nUaiL4llRzkDC6cVhYfqQWUXDd/r385OkE4oalNNE+n+txNRx92rpvXWZ5qFYfv7E\n95fltvpXc0iOugPMzyof3lwo3Xi4WZKc1CC/jEviKTQhfn3WZukuF5lbz3V1PQfI\nxFsYe9WYQmp25XGgezjXzp89C/OIcYsVB1KJAKihgbYdHyUN4fRCmOszmOUwEAKR\n3k5j4X8V5bk08sA69NVXPn2ofxyk3YYOMYWW8ouObnXoS8QJEDQ2XZRy10aPMpsQ\nAIbwX21erVqUDMPn1uONP6o4NBEq4MwG7d+fT85rc1U0RfeKBwjucAE/iStZDQoM\nZKWvGhFR+uoyg1LrXNKuSPB82unh2bpvj4zEnJsJadiwtShTKDsikhrfFEK3aCK8\nZuhpiu3jxMFDhpFzlxsSwaCcGJqcdwGhWUx0ZAVD2X71UCFoOXPjF9fNnpy80YNp\nflPjj2RnOZbJyBIM0sWIVMd8F44qkTASf8K5Qb47WFN5tSpePq7OCm7s8u+lYZGK\nwR18K7VliundR+5a8XAOyUXOL5UsDaQCK4Lj4lRaeFXunXl3DJ4E+7BKzZhReJL6\nEugV5eaGonA52TWtFdB8p+79wPUeI3KcdPmQ9Ll5Zi/jBemY4bzasmgKzNeMtwWP\nfk6WgrvBwptqohw71HDymGxFUnUP7XYYjic2sVKhv9AevMGycVgwWBiWroDCQ9Ja\nbtKfxHhI2p+g+rcywmBobWJbZsujTNjhtme+kNn1mhJsD3bKPjKQfAxaTskBLb0V\nwgV21891TS1Dq9kdPLwoS4XNpYg2LLB4p9hmeG3fu9+OmqwY5oKXsHiWc43dei9Y\nyxZ1AAUOIaIdPkq+YG/PhlGE4YcQZ4RPpltAr0HfGgZhmXWigbGS+66pUj+Ojysc\nj0K5tCVxVu0fhhFpOlHv0LWaxCbnkgkQH9jfMEJkAWMOuQINBGCAXCYBEADW6RNr\nZVGNXvHVBqSiOWaxl1XOiEoiHPt50Aijt25yXbG+0kHIFSoR+1g6Lh20JTCChgfQ\nkGGjzQvEuG1HTw07YhsvLc0pkjNMfu6gJqFox/ogc53mz69OxXauzUQ/TZ27GDVp\nUBu+EhDKt1s3OtA6Bjz/csop/Um7gT0+ivHyvJ/jGdnPEZv8tNuSE/Uo+hn/Q9hg\n8SbveZzo3C+U4KcabCESEFl8Gq6aRi9vAfa65oxD5jKaIz7cy+pwb0lizqlW7H9t\nQlr3dBfdIcdzgR55hTFC5/XrcwJ6/nHVH/xGskEasnfCQX8RYKMuy0UADJy72TkZ\nbYaCx+XXIcVB8GTOmJVoAhrTSSVLAZspfCnjwnSxisDn3ZzsYrq3cV6sU8b+QlIX\n7VAjurE+5cZiVlaxgCjyhKqlGgmonnReWOBacCgL/UvuwMmMp5TTLmiLXLT7uxeG\nojEyoCk4sMrqrU1jevHyGlDJH9Taux15GILDwnYFfAvPF9WCid4UZ4Ouwjcaxfys\n3LxNiZIlUsXNKwS3mhiMRL4TRsbs4k4QE+LIMOsauIvcvm8/frydvQ/kUwIhVTH8\n0XGOH909bYtJvY3fudK7ShIwm7ZFTduBJUG473E/Fn3VkhTmBX6+PjOC50HR/Hyb\nwaRCzfDruMe3TAcE/tSP5CUOb9C7+P+hPzQcDwARAQABiQRyBBgBCgAmAhsCFiEE\nyHQBHwq0BRENAhBVNDZdlHLXRo8FAmmWSAoFCRCqi+QCQMF0IAQZAQoAHRYhBDdO\nx1tIWRNgSoMcx8ggxtXNJ6uHBQJggFwmAAoJEMggxtXNJ6uHRfAP/2CGdSyg0K7U\n66Vygl0dugxrMm8O3/Oe211BKdQsFUSWAznOTRTK/zvMUHO4LJAlYvdtZ6xDa4XH\nl9FYQ8MR9ZV0OuOlAZvU4IJDLPVCU09X/UzX/GEoZL0R5esvwPAXopMaRHCfXJeI\n/gEaB94UhAeYlwpcRn0eSuk1vyZx7GRE6/hog8DCf4hoT40dW20gGe58xcvJ+mRY\nlC0lr16WH08wuUcee6+dgu+4Cg6SG6+zt9cMyl8VnTUL5BK/V3MebnYZJK0RFDNn\nnXDhzStgOd5gOeIL+xBPXHd0/ld/rDM74SFExpuS+hNsyo+xMQ/HJavak21MFinu\nl9COwfGEmlAXTGMY30Lf3Pt/eAkbwgmGc966VSoRmOFEXJVlDr+yJR6ru+7j50z8\nlAv6Lsop7sun1Qysbo0swf6W1qgPf6VWbx91NTFLkw0+gD8jxwrU5ZMkeSuntX9d\npjuZS29CflXXIRPlvhuiDPicwTpYuIUx37vHveAH5gnowZg247x780Urrsx8duTX\n8CI9MAnqzm4dFAiRlwE8bvLk+l9wekiXA9gIMZiVNqNlduXIqvAG21Wdgq8qyeXK\ny/XWCVKDQOmEbFAltfNam8E3KEw0fl199x+93d5ckDGcPzUYPbNkCuIwngC/ZN96\npDafF3Z12fSNfhZUe0C8td8KAszYa96GCRA0Nl2UctdGj1gKD/4jOGhEGTg88Vyu\nPVjeK+zkwrTIZSvHdUHfTt/+rTLSNb/RQiBCUQuEZvafj6FrntS7bAEhccGqH894\nT3St5K0AXWkvsLd6K+cbIQdlnFA2zb6geJUCk6qx5NgWpRc3i0DS7CheGwl+Bwu7\n+n9pNjNjiHV+rYDgqbQXG0dtGysB0/3qIRgEDHFO0HJu/dcte4oXrQIqrZrpOwe8\nWxqFqdU918JpSUcc8coiFp9YtwpgqQNxGVZ+rhgnTGdZzk1f/Yhhimh+2B0ReaFv\nk3UzVBj3HQ9C6+Ot3MyDEhSgdhjr9e25Tm9S5YfhwtWmghRw9RKPyLMSXSxm/Uc0\nmK1NucAp8TQBwKqKzNpCk5IdrBSWRUbjOoOFyzyCsY6gS285GCpSIzI39hTf+3gd\nwYPlE6fj+F2TZzdhx62DPnzBzBHnByYTVdJ649bx0FFp4Q+5TbIWtxu/AQkRDxmW\nNQfE+6GgeshlrhXWsh6+PGDzt+2raG6zUT913sdz7Ctw4fLjmsKOTdTz3Xa9pr8l\nxfI/JuukSgt9o/n3GirhTB3zE1w/I/Xt6k7oASiP3zQSuHtB/CYKYHDtOCWwjo7J\nPEGtb/FkreKNxsk/p20jnlrB8WZxxswdr2Vri9NmFeyMDVX7qF3WqT+8aCV9GtS1\nGCHx/5nGBdDwoxEsXqpI3IUqPb6FDg==\n=wtp+\n-----END PGP PUBLIC KEY BLOCK-----\n`;

const HASHICORP_RELEASE_KEY_ID = "72D7468F";

class TagPatternError extends Error {}

const RANGES = [ /^[a-z]$/, /^[A-Z]$/, /^[0-9]$/ ];

function tag_pattern_escape(c) {
  return c.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

function compileClass(pattern, start) {
  const close = pattern.indexOf("]", start + 1);
  if (close < 0) throw new TagPatternError(`'[' at position ${start + 1} has no ']'`);
  const body = pattern.slice(start + 1, close);
  if (body === "") throw new TagPatternError(`'[]' at position ${start + 1} lists no character`);
  let source = "";
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (!/[A-Za-z0-9]/.test(c)) throw new TagPatternError(`'[${body}]' may list only letters and digits (and ranges of them), not '${c}'`);
    if (body[i + 1] === "-" && i + 2 < body.length) {
      const to = body[i + 2];
      if (!RANGES.some(r => r.test(c) && r.test(to)) || to < c) throw new TagPatternError(`'${c}-${to}' is not a range within a-z, A-Z or 0-9 in increasing order`);
      source += `${c}-${to}`;
      i += 2;
    } else source += c;
  }
  return {
    source: `[${source}]`,
    end: close
  };
}

function compileOne(raw) {
  const negative = raw.startsWith("!");
  const pattern = negative ? raw.slice(1) : raw;
  if (pattern === "") throw new TagPatternError(`'${raw}' is empty`);
  const tokens = [];
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === "\\") {
      const next = pattern[i + 1];
      if (next === void 0) throw new TagPatternError(`'${raw}' ends with a lone '\\'`);
      tokens.push({
        source: tag_pattern_escape(next),
        repeatable: true
      });
      i++;
    } else if (c === "*") if (pattern[i + 1] === "*") {
      tokens.push({
        source: ".*",
        repeatable: false
      });
      i++;
    } else tokens.push({
      source: "[^/]*",
      repeatable: false
    }); else if (c === "?" || c === "+") {
      const previous = tokens.at(-1);
      if (!previous?.repeatable) throw new TagPatternError(`'${c}' at position ${i + 1} of '${raw}' follows no character it could repeat`);
      previous.source = `(?:${previous.source})${c}`;
      previous.repeatable = false;
    } else if (c === "[") {
      const {source: source, end: end} = compileClass(pattern, i);
      tokens.push({
        source: source,
        repeatable: true
      });
      i = end;
    } else if (c === "]") throw new TagPatternError(`']' at position ${i + 1} of '${raw}' closes no '['`); else tokens.push({
      source: tag_pattern_escape(c),
      repeatable: true
    });
  }
  return {
    negative: negative,
    regex: new RegExp(`^${tokens.map(t => t.source).join("")}$`)
  };
}

function compileTagFilter(lines) {
  if (lines.length === 0) throw new TagPatternError("no pattern is given");
  const compiled = lines.map(line => {
    if (/\s/.test(line)) throw new TagPatternError(`'${line}' contains whitespace`);
    return compileOne(line);
  });
  if (compiled.every(p => p.negative)) throw new TagPatternError('every pattern starts with "!"; give at least one that includes tags, as GitHub requires');
  return {
    text: lines.join(", "),
    matches(tag) {
      let matched = false;
      for (const p of compiled) if (p.regex.test(tag)) matched = !p.negative;
      return matched;
    }
  };
}

const TAG_VALUE_MAX = 256;

const TAG_KEY_MAX = 128;

const TAGS_PER_RESOURCE = 50;

function tagSchema(versionKey) {
  return {
    version: versionKey,
    lineage: `${versionKey}:lineage`,
    build: `${versionKey}:build`,
    copies: `${versionKey}:copies`,
    pending: `${versionKey}:pending`,
    run: `${versionKey}:run`,
    keep: `${versionKey}:keep`
  };
}

const SCHEMA_SUFFIX_MAX = ":copies.10".length;

const SOURCE_TAG_KEYS = {
  repository: "SourceRepository",
  commit: "SourceCommit",
  ref: "SourceRef",
  run: "BuildRun"
};

function isReservedTagKey(key, versionKey) {
  return key === versionKey || key.startsWith(`${versionKey}:`) || Object.values(SOURCE_TAG_KEYS).includes(key);
}

const RESERVED_TAG_COUNT = 12;

function tagValue(value) {
  return value.length > TAG_VALUE_MAX ? value.slice(0, TAG_VALUE_MAX) : value;
}

function copyTags(schema, copies) {
  const values = [];
  let current = "";
  for (const c of copies) {
    const pair = `${c.region}=${c.amiId}`;
    if (current && current.length + 1 + pair.length > TAG_VALUE_MAX) {
      values.push(current);
      current = "";
    }
    current = current ? `${current},${pair}` : pair;
  }
  values.push(current);
  return values.map((Value, i) => ({
    Key: i === 0 ? schema.copies : `${schema.copies}.${i + 1}`,
    Value: Value
  }));
}

function tags_recordedCopies(schema, tags) {
  if (!tags.has(schema.copies)) return;
  const values = [ ...tags ].filter(([k]) => k === schema.copies || k.startsWith(`${schema.copies}.`)).sort(([a], [b]) => a.localeCompare(b, "en", {
    numeric: true
  })).map(([, v]) => v);
  return values.join(",").split(",").map(pair => pair.split("=")).filter(p => p.length === 2 && p[0] !== "" && p[1] !== "").map(([region, amiId]) => ({
    region: region,
    amiId: amiId
  }));
}

const VERSION_RULE = 'letters, digits, ".", "_", "+" and "-", 1 to 100 characters';

const VERSION = /^[A-Za-z0-9._+-]{1,100}$/;

function versionProblem(version) {
  if (VERSION.test(version)) return;
  const why = version.length > 100 ? `is ${version.length} characters long` : "has a character outside the allowed set";
  return `'${version}' ${why}; an image version takes ${VERSION_RULE}`;
}

function resolveRelease(ref, filter, explicit) {
  const tag = ref?.startsWith("refs/tags/") ? ref.slice("refs/tags/".length) : void 0;
  if (explicit !== void 0) return {
    kind: "release",
    version: explicit,
    source: "input",
    tag: tag
  };
  if (tag === void 0) return {
    kind: "not-a-release",
    reason: `ref '${ref ?? "(none)"}' is not a tag matching '${filter.text}'`
  };
  if (!filter.matches(tag)) return {
    kind: "not-a-release",
    reason: `tag '${tag}' does not match '${filter.text}'`
  };
  const problem = versionProblem(tag);
  if (problem !== void 0) throw new Error(`Tag ${problem}; set 'image-version' to a version made from it`);
  return {
    kind: "release",
    version: tag,
    source: "tag",
    tag: tag
  };
}

function validationVersion(sha) {
  return sha ? `validate-${sha.slice(0, 7)}` : "validate";
}

const EXACT_VERSION = /^\d+\.\d+\.\d+$/;

const REGION = /^[a-z]{2}(-[a-z]+)+-\d{1,2}$/;

const VARIABLE_NAME = /^[A-Za-z_][A-Za-z0-9_-]*$/;

const LINEAGE = /^[A-Za-z0-9 _.:/=+@#-]{1,200}$/;

const SSM_NAME = /^\/?[A-Za-z0-9_.\-/]+$/;

function oneOf(input, value, allowed) {
  if (allowed.includes(value)) return value;
  throw new InputError(input, `'${value}' is not one of ${allowed.join(", ")}`);
}

function exactVersion(input, value, what) {
  if (!EXACT_VERSION.test(value)) throw new InputError(input, `'${value}' is not an exact ${what} version X.Y.Z (e.g. 1.2.3)`);
  return value;
}

function wholeNumber(input, value, max) {
  if (!/^\d+$/.test(value) || Number(value) > max) throw new InputError(input, `'${value}' is not a whole number from 0 to ${max}`);
  return Number(value);
}

function parse_boolean(input, value) {
  if (/^(true|True|TRUE)$/.test(value)) return true;
  if (/^(false|False|FALSE)$/.test(value)) return false;
  throw new InputError(input, `'${value}' is not true or false`);
}

function parseLines(value) {
  return value.split(/\r?\n/).map(line => line.trim()).filter(line => line !== "" && !line.startsWith("#"));
}

function parseKeyValueLines(input, value) {
  return parseLines(value).map(line => {
    const eq = line.indexOf("=");
    if (eq <= 0) throw new InputError(input, `'${line}' is not a KEY=VALUE line`);
    return [ line.slice(0, eq).trim(), line.slice(eq + 1).trim() ];
  });
}

function checkTagKey(input, key, maxLength = TAG_KEY_MAX) {
  if (key.length === 0 || key.length > maxLength) throw new InputError(input, `tag key '${key}' must be 1 to ${maxLength} characters`);
  if (key.toLowerCase().startsWith("aws:")) throw new InputError(input, `tag key '${key}' may not start with 'aws:' (reserved by AWS)`);
  return key;
}

function parseTags(value, versionKey, warnings) {
  const seen = new Set;
  const tags = parseKeyValueLines(Input.Tags, value).map(([Key, Value]) => {
    checkTagKey(Input.Tags, Key);
    if (isReservedTagKey(Key, versionKey)) throw new InputError(Input.Tags, `'${Key}' is a tag the action writes itself (the version key '${versionKey}', keys under '${versionKey}:', and the source tags); choose another key`);
    if (seen.has(Key)) throw new InputError(Input.Tags, `'${Key}' is given twice`);
    seen.add(Key);
    if (Value.length > TAG_VALUE_MAX) throw new InputError(Input.Tags, `the value of '${Key}' is over ${TAG_VALUE_MAX} characters`);
    const [first = "", ...more] = Value.split(/,\s*(?=[A-Za-z][\w.:/+@-]*=)/);
    if (more.length > 0) warnings.push(`Input 'tags': the line '${Key}=${Value}' makes one tag '${Key}' whose value contains '${more.map(m => m.slice(0, m.indexOf("=") + 1)).join("', '")}'. To set ${more.length + 1} tags, write one KEY=VALUE per line:\n${[ `${Key}=${first}`, ...more ].map(line => `  ${line}`).join("\n")}`);
    return {
      Key: Key,
      Value: Value
    };
  });
  const room = TAGS_PER_RESOURCE - RESERVED_TAG_COUNT;
  if (tags.length > room) throw new InputError(Input.Tags, `${tags.length} tags are given; EC2 allows ${TAGS_PER_RESOURCE} on an image and the action needs ${RESERVED_TAG_COUNT}, so at most ${room}`);
  return tags;
}

function parseVars(value) {
  const seen = new Set;
  return parseKeyValueLines(Input.Vars, value).map(([name, v]) => {
    if (!VARIABLE_NAME.test(name)) throw new InputError(Input.Vars, `'${name}' is not a variable name (letters, digits, _ and -)`);
    if (name === "image_version") throw new InputError(Input.Vars, `'image_version' is set by the action; use 'image-version'`);
    if (seen.has(name)) throw new InputError(Input.Vars, `'${name}' is given twice`);
    seen.add(name);
    return [ name, v ];
  });
}

function parseBuildNames(input, value) {
  const names = value.split(",").map(name => name.trim()).filter(name => name !== "");
  for (const name of names) if (/[\p{Cc}"]/u.test(name)) throw new InputError(input, `'${name}' is not a build name (comma-separated, e.g. amazon-ebs.app)`);
  return names;
}

function parseMirror(value) {
  let url;
  try {
    url = new URL(value);
  } catch {
    const shown = value.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^/?#@]*@/i, "$1***@");
    throw new InputError(Input.PackerMirror, `'${shown}' is not a URL (e.g. https://releases.hashicorp.com)`);
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") throw new InputError(Input.PackerMirror, `'${url.protocol}' is not http or https`);
  if (url.search || url.hash) throw new InputError(Input.PackerMirror, "a base URL takes no query or fragment");
  return value.replace(/\/+$/, "");
}

function parseSsmParameter(value) {
  if (value === "") return;
  const bare = value.replace(/\{build\}/g, "b");
  const problem = !SSM_NAME.test(bare) ? "takes letters, digits, _ . - and / (and {build})" : /^\/?(aws|ssm)/i.test(bare) ? "may not start with 'aws' or 'ssm'" : bare.includes("/") && !bare.startsWith("/") ? "must start with / when it has a hierarchy" : bare.split("/").length - 1 > 15 ? "is deeper than the 15 levels SSM allows" : bare.includes("//") || bare.endsWith("/") ? "has an empty level (// or a trailing /)" : value.length > 900 ? "is longer than SSM allows" : void 0;
  if (problem) throw new InputError(Input.SsmParameter, `'${value}' ${problem}`);
  return value;
}

function resolveWithin(input, base, relative, root) {
  const absolute = external_node_path_.resolve(base, relative);
  const inside = external_node_path_.relative(root, absolute);
  if (inside === ".." || inside.startsWith(`..${external_node_path_.sep}`) || external_node_path_.isAbsolute(inside)) throw new InputError(input, `'${relative}' is outside the workspace (${root})`);
  return absolute;
}

function existing(input, absolute, kind) {
  let stat;
  try {
    stat = external_node_fs_.statSync(absolute);
  } catch (error) {
    throw new InputError(input, `'${absolute}' cannot be read (${errorMessage(error)})`);
  }
  if (kind === "file" && !stat.isFile()) throw new InputError(input, `'${absolute}' is not a file`);
  if (kind === "folder" && !stat.isDirectory()) throw new InputError(input, `'${absolute}' is not a folder`);
  return absolute;
}

const TEMPLATE_FORM = "a *.pkr.hcl, *.pkr.json or legacy *.json file, or a folder of *.pkr.hcl";

function checkTemplatePath(absolute) {
  existing(Input.Template, absolute, "any");
  if (external_node_fs_.statSync(absolute).isDirectory()) {
    if (!external_node_fs_.readdirSync(absolute).some(name => /\.pkr\.(hcl|json)$/.test(name))) throw new InputError(Input.Template, `folder '${absolute}' holds no *.pkr.hcl file (${TEMPLATE_FORM})`);
  } else if (!/\.(pkr\.hcl|json)$/.test(absolute)) throw new InputError(Input.Template, `'${absolute}' is not ${TEMPLATE_FORM}`);
  return absolute;
}

function parseTagFilter(value) {
  try {
    return compileTagFilter(parseLines(value || DEFAULT_RELEASE_TAG_PATTERN));
  } catch (error) {
    if (!(error instanceof TagPatternError)) throw error;
    throw new InputError(Input.ReleaseTagPattern, `${error.message}; it takes GitHub's tag filter syntax, one pattern per line, e.g. release-* or v[0-9]+.[0-9]+.[0-9]+`);
  }
}

function parseInputs(raw, context) {
  const get = name => raw(name).trim();
  const warnings = [];
  const mode = oneOf(Input.Mode, get(Input.Mode) || "build", [ "build", "validate", "install", "lookup" ]);
  const tools = () => {
    const signingKey = get(Input.PackerSigningKey) || HASHICORP_RELEASE_KEY;
    const packer = {
      version: exactVersion(Input.PackerVersion, get(Input.PackerVersion) || DEFAULT_PACKER_VERSION, "Packer"),
      mirror: parseMirror(get(Input.PackerMirror) || DEFAULT_PACKER_MIRROR),
      signingKey: signingKey,
      hashicorpKey: signingKey === HASHICORP_RELEASE_KEY,
      amazonPluginVersion: exactVersion(Input.AmazonPluginVersion, get(Input.AmazonPluginVersion) || DEFAULT_AMAZON_PLUGIN_VERSION, "amazon plugin")
    };
    return {
      packer: packer,
      ansible: ansible(),
      githubToken: get(Input.GithubToken)
    };
  };
  const ansible = () => {
    const version = get(Input.AnsibleVersion) || DEFAULT_ANSIBLE_VERSION;
    const pkg = oneOf(Input.AnsiblePackage, get(Input.AnsiblePackage) || "ansible-core", [ "ansible-core", "ansible" ]);
    const requirements = get(Input.AnsibleRequirements);
    if (version === "none") {
      if (requirements) throw new InputError(Input.AnsibleRequirements, `needs Ansible, but 'ansible-version' is 'none'`);
      return;
    }
    if (!EXACT_VERSION.test(version)) throw new InputError(Input.AnsibleVersion, `'${version}' is not an exact ${pkg} version X.Y.Z, or 'none'`);
    const python = get(Input.Python) || "python3";
    if (/\p{Cc}/u.test(python)) throw new InputError(Input.Python, "holds a control character; give one interpreter path or name");
    return {
      version: version,
      package: pkg,
      python: python,
      requirements: requirements ? existing(Input.AnsibleRequirements, resolveWithin(Input.AnsibleRequirements, workingDirectory(), requirements, context.workspace), "file") : void 0
    };
  };
  let cachedWorkingDirectory;
  const workingDirectory = () => {
    cachedWorkingDirectory ??= resolveWithin(Input.WorkingDirectory, context.workspace, get(Input.WorkingDirectory) || ".", context.workspace);
    return cachedWorkingDirectory;
  };
  const template = mustExist => {
    const dir = workingDirectory();
    if (mustExist) existing(Input.WorkingDirectory, dir, "folder");
    const templatePath = resolveWithin(Input.Template, dir, get(Input.Template) || ".", context.workspace);
    const only = parseBuildNames(Input.Only, get(Input.Only));
    const except = parseBuildNames(Input.Except, get(Input.Except));
    if (only.length > 0 && except.length > 0) throw new InputError(Input.Except, `cannot be combined with 'only'; give one of them`);
    return {
      template: mustExist ? checkTemplatePath(templatePath) : templatePath,
      workingDirectory: dir,
      vars: parseVars(get(Input.Vars)),
      varFiles: parseLines(get(Input.VarFiles)).map(file => {
        const absolute = resolveWithin(Input.VarFiles, dir, file, context.workspace);
        return mustExist ? existing(Input.VarFiles, absolute, "file") : absolute;
      }),
      only: only,
      except: except
    };
  };
  const imageVersion = () => {
    const value = get(Input.ImageVersion);
    if (!value) return;
    const problem = versionProblem(value);
    if (problem) throw new InputError(Input.ImageVersion, problem);
    return value;
  };
  const release = () => {
    const versionTagKey = checkTagKey(Input.VersionTagKey, get(Input.VersionTagKey) || DEFAULT_VERSION_TAG_KEY, TAG_KEY_MAX - SCHEMA_SUFFIX_MAX);
    if (versionTagKey.includes(":")) throw new InputError(Input.VersionTagKey, `'${versionTagKey}' may not contain ':'; the action adds keys under '${versionTagKey}:'`);
    const lineage = get(Input.Lineage) || void 0;
    if (lineage !== void 0 && !LINEAGE.test(lineage)) throw new InputError(Input.Lineage, `'${lineage}' takes 1 to 200 letters, digits, spaces and _ . : / = + @ # - (e.g. web-arm64)`);
    const given = get(Input.AwsRegion);
    const region = given || context.awsRegion;
    if (region === void 0) throw new InputError(Input.AwsRegion, "no region: set the input, or AWS_REGION (aws-actions/configure-aws-credentials sets it)");
    if (!REGION.test(region)) throw new InputError(Input.AwsRegion, `'${region}' is not an AWS region name (e.g. us-east-1)`);
    return {
      imageVersion: imageVersion(),
      releaseTags: parseTagFilter(get(Input.ReleaseTagPattern)),
      onUntagged: oneOf(Input.OnUntagged, get(Input.OnUntagged) || "skip", [ "skip", "fail" ]),
      versionTagKey: versionTagKey,
      tags: parseTags(raw(Input.Tags), versionTagKey, warnings),
      sourceTags: parse_boolean(Input.SourceTags, get(Input.SourceTags) || "true"),
      lineage: lineage,
      region: region,
      regionFrom: given ? "input" : "environment",
      ssmParameter: parseSsmParameter(get(Input.SsmParameter)),
      releaseNotes: parse_boolean(Input.ReleaseNotes, get(Input.ReleaseNotes) || "false")
    };
  };
  const retention = () => ({
    onExisting: oneOf(Input.OnExisting, get(Input.OnExisting) || "reuse", [ "reuse", "fail", "rebuild" ]),
    keepGenerations: wholeNumber(Input.KeepGenerations, get(Input.KeepGenerations) || "0", 1e4),
    retire: oneOf(Input.Retire, get(Input.Retire) || "deregister", [ "deregister", "deprecate", "disable" ]),
    keepLaunchedWithinDays: wholeNumber(Input.KeepLaunchedWithinDays, get(Input.KeepLaunchedWithinDays) || "14", 3650)
  });
  let inputs;
  switch (mode) {
   case "install":
    inputs = {
      mode: mode,
      ...tools()
    };
    break;

   case "validate":
    inputs = {
      mode: mode,
      ...tools(),
      ...template(true),
      imageVersion: imageVersion(),
      releaseTags: parseTagFilter(get(Input.ReleaseTagPattern))
    };
    break;

   case "lookup":
    inputs = {
      mode: mode,
      ...template(false),
      ...release()
    };
    break;

   case "build":
    {
      const toolInputs = tools();
      const vaultPassword = raw(Input.AnsibleVaultPassword);
      if (vaultPassword && toolInputs.ansible === void 0) throw new InputError(Input.AnsibleVaultPassword, `needs Ansible, but 'ansible-version' is 'none'`);
      inputs = {
        mode: mode,
        ...toolInputs,
        ...template(true),
        ...release(),
        ...retention(),
        ansibleVaultPassword: vaultPassword || void 0
      };
      break;
    }
  }
  return {
    inputs: inputs,
    warnings: warnings
  };
}

const rawInput = name => getInput(name, {
  trimWhitespace: false
});

function secretInputs(raw) {
  const secrets = [ raw(Input.GithubToken).trim(), raw(Input.AnsibleVaultPassword) ];
  const userinfo = /^[a-z][a-z0-9+.-]*:\/\/([^/?#@]*)@/i.exec(raw(Input.PackerMirror).trim())?.[1];
  if (userinfo) {
    const colon = userinfo.indexOf(":");
    const [user, password] = colon < 0 ? [ userinfo, "" ] : [ userinfo.slice(0, colon), userinfo.slice(colon + 1) ];
    for (const part of [ password, user.length >= 8 ? user : "" ]) {
      if (!part) continue;
      secrets.push(part);
      try {
        secrets.push(decodeURIComponent(part));
      } catch {}
    }
  }
  return secrets.filter(s => s.trim() !== "");
}

function readInputs(context, raw = rawInput) {
  for (const secret of secretInputs(raw)) core_setSecret(secret);
  const {inputs: inputs, warnings: warnings} = parseInputs(raw, context);
  for (const warning of warnings) core_warning(warning);
  const keyChecked = inputs.mode === "lookup" || inputs.packer.hashicorpKey ? Promise.resolve() : checkSigningKey(inputs.packer.signingKey).catch(error => {
    throw new InputError(Input.PackerSigningKey, `not a usable armored OpenPGP public key (-----BEGIN PGP PUBLIC KEY BLOCK-----): ${errorMessage(error)}`);
  });
  keyChecked.catch(() => {});
  return {
    inputs: inputs,
    keyChecked: keyChecked
  };
}

function tagMap(image) {
  return new Map((image.Tags ?? []).map(t => [ t.Key ?? "", t.Value ?? "" ]));
}

function snapshotsOf(image) {
  return (image.BlockDeviceMappings ?? []).map(m => m.Ebs?.SnapshotId).filter(s => !!s);
}

async function findOwnImages(region, filters, includeDisabled = false) {
  const {send: send, sdk: sdk} = await ec2(region);
  const pages = await allPages(token => send(new sdk.DescribeImagesCommand({
    Owners: [ "self" ],
    Filters: filters,
    ...includeDisabled ? {
      IncludeDisabled: true
    } : {},
    ...token ? {
      NextToken: token
    } : {}
  })));
  return pages.flatMap(p => p.Images ?? []);
}

async function describeImagesById(region, ids) {
  if (ids.length === 0) return [];
  return findOwnImages(region, [ {
    Name: "image-id",
    Values: ids
  } ], true);
}

const LIVE = image => image.State === "available" || image.State === "pending";

async function findStreamImages(region, schema, version, lineage, acceptLegacyLineage) {
  const lineages = acceptLegacyLineage ? [ lineage, `${lineage}:*` ] : [ lineage ];
  const ofStream = image => {
    const tags = tagMap(image);
    const value = tags.get(schema.lineage);
    return value === lineage || acceptLegacyLineage && value === `${lineage}:${tags.get(schema.build) ?? ""}`;
  };
  const byCreation = (a, b) => (a.CreationDate ?? "").localeCompare(b.CreationDate ?? "");
  const [released, pending] = await Promise.all([ findOwnImages(region, [ {
    Name: `tag:${schema.version}`,
    Values: [ version ]
  }, {
    Name: `tag:${schema.lineage}`,
    Values: lineages
  } ]), findOwnImages(region, [ {
    Name: `tag:${schema.pending}`,
    Values: [ version ]
  }, {
    Name: `tag:${schema.lineage}`,
    Values: lineages
  } ]) ]);
  return {
    released: released.filter(i => LIVE(i) && ofStream(i)).sort(byCreation),
    pending: pending.filter(i => LIVE(i) && ofStream(i) && !tagMap(i).has(schema.version)).sort(byCreation)
  };
}

async function waitAvailable(region, ids) {
  let announced = false;
  return poll(async () => {
    const images = await describeImagesById(region, ids);
    const missing = ids.filter(id => !images.some(i => i.ImageId === id));
    const broken = images.filter(i => i.State !== "available" && i.State !== "pending");
    if (missing.length > 0 || broken.length > 0) throw new AwsError(`${[ ...missing.map(id => `${id} does not exist`), ...broken.map(i => `${i.ImageId ?? ""} is ${i.State ?? "?"}`) ].join("; ")} in ${region}`, "ImageUnavailable");
    if (images.every(i => i.State === "available")) return images;
    if (!announced) info(`Waiting for ${ids.join(", ")} in ${region} to become available`);
    announced = true;
    return;
  }, POLL.imageAvailableMs, POLL.imageAvailableMaxMs, () => new Error(`${ids.join(", ")} in ${region} did not become available within ${POLL.imageAvailableMaxMs / 6e4} minutes`));
}

async function createTags(region, resources, tags) {
  if (resources.length === 0 || tags.length === 0) return;
  const {send: send, sdk: sdk} = await ec2(region);
  await send(new sdk.CreateTagsCommand({
    Resources: resources,
    Tags: tags
  }));
}

async function deleteTags(region, resources, keys) {
  if (resources.length === 0) return;
  const {send: send, sdk: sdk} = await ec2(region);
  await send(new sdk.DeleteTagsCommand({
    Resources: resources,
    Tags: keys.map(Key => ({
      Key: Key
    }))
  }));
}

async function tagRelease(artifacts, t) {
  const byBuild = new Map;
  for (const a of artifacts) byBuild.set(a.build, [ ...byBuild.get(a.build) ?? [], a ]);
  const records = new Map;
  for (const list of byBuild.values()) {
    const primary = list.find(a => a.region === t.primaryRegion) ?? list[0];
    if (primary) records.set(primary.amiId, copyTags(t.schema, list.filter(a => a !== primary)));
  }
  const byRegion = new Map;
  for (const a of artifacts) byRegion.set(a.region, [ ...byRegion.get(a.region) ?? [], a ]);
  return Promise.all([ ...byRegion ].map(async ([region, list]) => {
    const ids = list.map(a => a.amiId);
    const known = ids.map(id => t.described?.find(i => i.ImageId === id));
    const images = known.every(i => i?.State === "available") ? known : await waitAvailable(region, ids);
    const calls = [];
    for (const a of list) {
      const image = images.find(i => i.ImageId === a.amiId);
      const common = [ {
        Key: t.schema.version,
        Value: t.version
      }, {
        Key: t.schema.lineage,
        Value: t.lineage
      }, {
        Key: t.schema.build,
        Value: a.build
      }, ...t.extra ];
      calls.push(createTags(region, [ a.amiId ], [ ...common, ...records.get(a.amiId) ?? [] ]));
      calls.push(createTags(region, image ? snapshotsOf(image) : [], common));
    }
    await Promise.all(calls);
    const marked = images.filter(i => tagMap(i).has(t.schema.pending)).map(i => i.ImageId ?? "");
    if (marked.length > 0) await deleteTags(region, marked, [ t.schema.pending ]).catch(error => core_warning(`${region}: could not remove the pending mark of ${marked.join(", ")}: ${error.message}`));
    const snapshots = images.flatMap(snapshotsOf);
    info(`${region}: tagged ${list.map(a => a.amiId).join(", ")} and snapshots ${snapshots.join(", ") || "(none)"} with ${t.schema.version}=${t.version}`);
    const names = Object.fromEntries(images.map(i => [ i.ImageId ?? "", i.Name ?? "" ]));
    return {
      region: region,
      images: list.map(a => a.amiId),
      snapshots: snapshots,
      names: names
    };
  }));
}

async function existingArtifacts(artifacts) {
  const regions = [ ...new Set(artifacts.map(a => a.region)) ];
  const described = (await Promise.all(regions.map(async r => (await describeImagesById(r, artifacts.filter(a => a.region === r).map(a => a.amiId))).map(image => ({
    region: r,
    image: image
  }))))).flat();
  const has = a => described.some(d => d.region === a.region && d.image.ImageId === a.amiId);
  return {
    existing: artifacts.filter(has),
    vanished: artifacts.filter(a => !has(a)),
    described: described.map(d => d.image)
  };
}

const GONE = /InvalidAMIID\.(NotFound|Unavailable)/;

async function retireImage(region, image, mode, now) {
  const {send: send, sdk: sdk} = await ec2(region);
  const id = image.ImageId ?? "";
  try {
    if (mode === "deregister") await send(new sdk.DeregisterImageCommand({
      ImageId: id,
      DeleteAssociatedSnapshots: true
    })); else if (mode === "deprecate") {
      const at = new Date(Math.ceil((now.getTime() + 1e3) / 6e4) * 6e4);
      await send(new sdk.EnableImageDeprecationCommand({
        ImageId: id,
        DeprecateAt: at
      }));
    } else await send(new sdk.DisableImageCommand({
      ImageId: id
    }));
  } catch (error) {
    if (error instanceof AwsError && GONE.test(error.code)) return;
    throw error;
  }
}

const LEAD_KINDS = [ "key-pair", "security-group", "instance", "source-image", "image-name", "image", "copy-region", "launch-template", "instance-profile", "role" ];

const ONCE_PER_BUILD = [ "image-name", "source-image", "key-pair", "security-group", "instance-profile", "role", "launch-template", "instance" ];

function refusal(leads, lead) {
  const same = leads.filter(l => l.kind === lead.kind && l.build === lead.build);
  if (same.some(l => l.value === lead.value)) return "known";
  if (ONCE_PER_BUILD.includes(lead.kind) && same.length > 0) return `build '${lead.build}' announced its ${lead.kind} (${same[0]?.value ?? ""}) already; a later one is not Packer's`;
  return;
}

function addLead(evidence, lead) {
  if (refusal(evidence.leads, lead) !== void 0) return false;
  evidence.leads.push(lead);
  return true;
}

function leadsOf(evidence, kind, build) {
  return [ ...new Set(evidence.leads.filter(l => l.kind === kind && (build === void 0 || l.build === build)).map(l => l.value)) ];
}

function buildsOf(evidence) {
  return [ ...new Set(evidence.leads.map(l => l.build)) ];
}

function regionOf(evidence, build) {
  return Object.hasOwn(evidence.buildRegions, build) ? evidence.buildRegions[build] ?? evidence.region : evidence.region;
}

const SHAPES = {
  "key-pair": /^[\x20-\x7e]{1,255}$/,
  "security-group": /^packer_[0-9a-f-]{1,64}$/,
  instance: /^i-[0-9a-f]{8,17}$/,
  "source-image": /^ami-[0-9a-f]{8,17}$/,
  "image-name": /^[A-Za-z0-9 ()[\]./\-'@_]{3,128}$/,
  image: /^ami-[0-9a-f]{8,17}$/,
  "copy-region": /^[a-z]{2}(-[a-z]+)+-\d{1,2}$/,
  "launch-template": /^lt-[0-9a-f]{8,17}$/,
  "instance-profile": /^packer-[0-9a-f-]{1,64}$/,
  role: /^packer-[0-9a-f-]{1,57}$/
};

const evidence_REGION = SHAPES["copy-region"];

const RUN_MAX = 256;

const JOB_MAX_MS = 6 * 24 * 60 * 60 * 1e3;

function isLeadShaped(kind, value) {
  return SHAPES[kind].test(value);
}

function parseEvidence(saved, now = Date.now()) {
  const problems = [];
  let raw;
  try {
    raw = JSON.parse(saved);
  } catch {
    return {
      problems: [ "the saved record is not JSON" ]
    };
  }
  const record = raw;
  const startedAt = typeof record?.startedAt === "string" ? record.startedAt : "";
  const started = Date.parse(startedAt);
  if (Number.isNaN(started) || started > now + 6e4) return {
    problems: [ `the saved start time '${startedAt}' is not a time in the past` ]
  };
  if (started < now - JOB_MAX_MS) return {
    problems: [ `the saved start time '${startedAt}' is before this job could have started` ]
  };
  let run = typeof record?.run === "string" ? record.run : "";
  if (run === "" || run.length > RUN_MAX) {
    problems.push(`the saved run mark is not 1 to ${RUN_MAX} characters; no image is taken for this run's by its mark`);
    run = "";
  }
  const region = typeof record?.region === "string" ? record.region : "";
  if (!evidence_REGION.test(region)) return {
    problems: [ `the saved region '${region}' is not a region` ]
  };
  const buildRegions = {};
  if (typeof record?.buildRegions === "object" && record.buildRegions !== null) for (const [build, r] of Object.entries(record.buildRegions)) if (typeof r === "string" && evidence_REGION.test(r)) buildRegions[build] = r; else problems.push(`the region of build '${build}' is not a region`);
  const leads = [];
  if (record?.leads !== void 0 && !Array.isArray(record.leads)) problems.push("the saved leads are not a list");
  for (const item of Array.isArray(record?.leads) ? record.leads : []) {
    const lead = item;
    if (typeof lead?.kind === "string" && LEAD_KINDS.includes(lead.kind) && typeof lead.value === "string" && typeof lead.build === "string" && isLeadShaped(lead.kind, lead.value)) {
      const taken = {
        kind: lead.kind,
        value: lead.value,
        build: lead.build
      };
      const refused = refusal(leads, taken);
      if (refused === void 0) leads.push(taken); else if (refused !== "known") problems.push(`a saved lead is not taken: ${refused}`);
    } else problems.push(`a saved lead is not well-formed: ${JSON.stringify(item)}`);
  }
  const finished = [];
  for (const build of Array.isArray(record?.finished) ? record.finished : []) if (typeof build === "string") finished.push(build); else problems.push(`a saved finished build is not a name: ${JSON.stringify(build)}`);
  return {
    evidence: {
      startedAt: new Date(started).toISOString(),
      run: run,
      region: region,
      buildRegions: buildRegions,
      leads: leads,
      finished: finished
    },
    problems: problems
  };
}

const PACKER_KEY_PAIR = /^packer_[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

const PACKER_SPOT_TEMPLATE = /^packer-fleet-launch-template-[0-9A-Za-z]{7}$/;

const after = (time, start) => time !== void 0 && Date.parse(time) >= Date.parse(start);

function judgeInstances(evidence, facts, build) {
  const keyNames = leadsOf(evidence, "key-pair", build);
  const groupNames = leadsOf(evidence, "security-group", build);
  const sources = leadsOf(evidence, "source-image", build);
  const verdicts = [];
  const own = [];
  for (const id of leadsOf(evidence, "instance", build)) {
    const instance = facts.instances.find(i => i.id === id);
    const verdict = (ours, reason) => {
      verdicts.push({
        kind: "instance",
        id: id,
        region: instance?.region,
        build: build,
        ours: ours,
        reason: reason
      });
      if (ours && instance) own.push(instance);
    };
    if (!instance) {
      verdict(false, "EC2 does not know it");
      continue;
    }
    if (!after(instance.launchTime, evidence.startedAt)) {
      verdict(false, `it was launched at ${instance.launchTime ?? "(unknown)"}, before this run started`);
      continue;
    }
    if (sources.length > 0 && !sources.includes(instance.imageId ?? "")) {
      verdict(false, `it was launched from ${instance.imageId ?? "(unknown)"}, not from the build's source AMI`);
      continue;
    }
    const key = instance.keyName !== void 0 && keyNames.includes(instance.keyName);
    const keyIsNew = facts.keyPairs.filter(k => k.name === instance.keyName && k.region === instance.region).every(k => after(k.createTime, evidence.startedAt));
    const group = instance.groupNames.some(name => groupNames.includes(name));
    if (key && keyIsNew || group) verdict(true, "launched by this run with its temporary key pair or security group"); else if (keyNames.length > 0 || groupNames.length > 0) verdict(false, "it has neither the build's temporary key pair nor its security group"); else if (sources.length > 0) verdict(true, "launched by this run from the build's source AMI"); else verdict(false, "the build announced no key pair, security group or source AMI to tie it to");
  }
  return {
    instances: verdicts,
    ownInstances: own
  };
}

function judgeOwnership(evidence, facts, schema) {
  const verdicts = [];
  const builds = [ ...new Set(evidence.leads.map(l => l.build)) ];
  const buildOfOwnInstance = new Map;
  const perBuild = new Map;
  for (const build of builds) {
    const {instances: instances, ownInstances: ownInstances} = judgeInstances(evidence, facts, build);
    verdicts.push(...instances);
    perBuild.set(build, ownInstances);
    for (const i of ownInstances) buildOfOwnInstance.set(i.id, build);
  }
  const foreignUser = uses => facts.instances.find(i => uses(i) && !buildOfOwnInstance.has(i.id));
  for (const build of builds) {
    const own = perBuild.get(build) ?? [];
    for (const name of leadsOf(evidence, "key-pair", build)) for (const key of facts.keyPairs.filter(k => k.name === name)) {
      const base = {
        kind: "key pair",
        id: name,
        region: key.region,
        build: build
      };
      const user = foreignUser(i => i.keyName === name && i.region === key.region);
      const usedByOwn = own.some(i => i.keyName === name);
      if (user) verdicts.push({
        ...base,
        ours: false,
        reason: `instance ${user.id} uses it`
      }); else if (after(key.createTime, evidence.startedAt) && !usedByOwn && !PACKER_KEY_PAIR.test(name)) verdicts.push({
        ...base,
        ours: false,
        reason: "no instance of this run used it, and Packer did not generate its name"
      }); else if (after(key.createTime, evidence.startedAt)) verdicts.push({
        ...base,
        ours: true,
        reason: "created by this run"
      }); else if (key.createTime === void 0 && usedByOwn) verdicts.push({
        ...base,
        ours: true,
        reason: "the build's own instance uses it"
      }); else verdicts.push({
        ...base,
        ours: false,
        reason: `it was created at ${key.createTime ?? "(unknown)"}, before this run started`
      });
    }
    for (const name of leadsOf(evidence, "security-group", build)) for (const group of facts.securityGroups.filter(g => g.name === name)) {
      const base = {
        kind: "security group",
        id: group.id,
        name: name,
        region: group.region,
        build: build
      };
      const user = foreignUser(i => i.groupIds.includes(group.id));
      if (user) verdicts.push({
        ...base,
        ours: false,
        reason: `instance ${user.id} uses it`
      }); else if (own.some(i => i.groupIds.includes(group.id))) verdicts.push({
        ...base,
        ours: true,
        reason: "the build's own instance was in it"
      }); else verdicts.push({
        ...base,
        ours: false,
        reason: "no instance of this run was in it, so nothing ties it to this run"
      });
    }
    for (const id of leadsOf(evidence, "launch-template", build)) {
      const template = facts.launchTemplates.find(t => t.id === id);
      if (!template) continue;
      const base = {
        kind: "launch template",
        id: id,
        region: template.region,
        build: build
      };
      const user = foreignUser(i => i.launchTemplateId === id);
      if (user) verdicts.push({
        ...base,
        ours: false,
        reason: `instance ${user.id} uses it`
      }); else if (!PACKER_SPOT_TEMPLATE.test(template.name)) verdicts.push({
        ...base,
        ours: false,
        reason: `Packer did not generate its name ${template.name}`
      }); else if (after(template.createTime, evidence.startedAt)) verdicts.push({
        ...base,
        ours: true,
        reason: "created by this run"
      }); else verdicts.push({
        ...base,
        ours: false,
        reason: `it was created at ${template.createTime ?? "(unknown)"}, before this run started`
      });
    }
    for (const name of leadsOf(evidence, "instance-profile", build)) {
      const profile = facts.instanceProfiles.find(p => p.name === name);
      if (!profile) continue;
      const base = {
        kind: "instance profile",
        id: name,
        region: void 0,
        build: build
      };
      const user = foreignUser(i => i.instanceProfile === name);
      if (user) verdicts.push({
        ...base,
        ours: false,
        reason: `instance ${user.id} uses it`
      }); else if (after(profile.createDate, evidence.startedAt)) verdicts.push({
        ...base,
        ours: true,
        reason: "created by this run"
      }); else verdicts.push({
        ...base,
        ours: false,
        reason: "it was created before this run started"
      });
    }
    const ownProfiles = new Set(verdicts.filter(v => v.kind === "instance profile" && v.ours).map(v => v.id));
    for (const name of leadsOf(evidence, "role", build)) {
      const role = facts.roles.find(r => r.name === name);
      if (!role) continue;
      const base = {
        kind: "role",
        id: name,
        region: void 0,
        build: build
      };
      const other = role.instanceProfiles.find(p => !ownProfiles.has(p));
      if (other) verdicts.push({
        ...base,
        ours: false,
        reason: `instance profile ${other} uses it`
      }); else if (after(role.createDate, evidence.startedAt)) verdicts.push({
        ...base,
        ours: true,
        reason: "created by this run"
      }); else verdicts.push({
        ...base,
        ours: false,
        reason: "it was created before this run started"
      });
    }
  }
  const ownBuilds = new Set([ ...perBuild ].filter(([, own]) => own.length > 0).map(([b]) => b));
  verdicts.push(...judgeImages(evidence, facts, schema, buildOfOwnInstance, ownBuilds));
  return verdicts;
}

function judgeImages(evidence, facts, schema, buildOfOwnInstance, ownBuilds) {
  const buildOf = image => evidence.leads.find(l => l.kind === "image" && l.value === image.id)?.build ?? evidence.leads.find(l => l.kind === "image-name" && l.value === image.name)?.build;
  const candidates = facts.images.filter(i => buildOf(i) !== void 0 || buildOfOwnInstance.has(i.sourceInstanceId ?? ""));
  const eligible = image => image.ownedBySelf && after(image.creationDate, evidence.startedAt) && [ void 0, evidence.run ].includes(image.tags[schema.run]);
  const legacy = image => image.sourceInstanceId === void 0 && image.sourceImageId === void 0;
  const own = new Map;
  for (let changed = true; changed; ) {
    changed = false;
    for (const image of candidates.filter(i => eligible(i) && !own.has(i.id))) {
      const instanceBuild = buildOfOwnInstance.get(image.sourceInstanceId ?? "");
      const source = own.get(image.sourceImageId ?? "");
      if (instanceBuild !== void 0) {
        own.set(image.id, {
          reason: `made from this run's instance ${image.sourceInstanceId ?? ""}`,
          build: instanceBuild
        });
        changed = true;
      } else if (source !== void 0) {
        own.set(image.id, {
          reason: `copied from this run's ${image.sourceImageId ?? ""}`,
          build: source.build
        });
        changed = true;
      }
    }
  }
  const legacyBuilds = new Set;
  for (const image of candidates.filter(i => eligible(i) && legacy(i))) {
    const build = buildOf(image) ?? "";
    if (image.region === regionOf(evidence, build) && leadsOf(evidence, "image", build).includes(image.id) && leadsOf(evidence, "image-name", build).includes(image.name ?? "") && ownBuilds.has(build)) {
      own.set(image.id, {
        reason: "created by this run with the ID and name the build announced",
        build: build
      });
      legacyBuilds.add(build);
    }
  }
  for (const image of candidates.filter(i => eligible(i) && legacy(i) && !own.has(i.id))) {
    const build = buildOf(image) ?? "";
    if (legacyBuilds.has(build) && leadsOf(evidence, "copy-region", build).includes(image.region) && leadsOf(evidence, "image-name", build).includes(image.name ?? "")) own.set(image.id, {
      reason: "a copy this run made, under the name the build announced",
      build: build
    });
  }
  return candidates.map(image => {
    const proven = own.get(image.id);
    const base = {
      kind: "image",
      id: image.id,
      region: image.region,
      build: proven?.build ?? buildOf(image) ?? "",
      snapshotIds: image.snapshotIds
    };
    if (proven !== void 0) return {
      ...base,
      ours: true,
      reason: proven.reason
    };
    const reason = !image.ownedBySelf ? "another account owns it" : !after(image.creationDate, evidence.startedAt) ? `it was created at ${image.creationDate ?? "(unknown)"}, before this run started` : !eligible(image) ? `another run (${image.tags[schema.run] ?? ""}) is building it` : legacy(image) ? "EC2 reports no source for it, and the build did not announce it" : `it was made from ${image.sourceInstanceId ?? `${image.sourceImageId ?? "?"} in ${image.sourceImageRegion ?? "?"}`}, which is not this run's`;
    return {
      ...base,
      ours: false,
      reason: reason
    };
  });
}

function planSweep(evidence, verdicts, facts, schema) {
  const plan = {
    remove: [],
    keep: [],
    foreign: []
  };
  for (const verdict of verdicts) {
    if (!verdict.ours) {
      plan.foreign.push(verdict);
      continue;
    }
    if (verdict.kind === "image") {
      const image = facts.images.find(i => i.id === verdict.id && i.region === verdict.region);
      if (evidence.finished.includes(verdict.build)) {
        plan.keep.push({
          verdict: verdict,
          reason: "its build finished: it is part of the release"
        });
        continue;
      }
      if (image?.tags[schema.version] !== void 0) {
        plan.keep.push({
          verdict: verdict,
          reason: "it is released"
        });
        continue;
      }
    }
    if (verdict.kind === "instance") {
      const instance = facts.instances.find(i => i.id === verdict.id);
      if (instance?.state === "terminated") continue;
    }
    plan.remove.push(verdict);
  }
  return plan;
}

async function describeInstances(region, filters) {
  const {send: send, sdk: sdk} = await ec2(region);
  const pages = await allPages(token => send(new sdk.DescribeInstancesCommand({
    Filters: filters,
    ...token ? {
      NextToken: token
    } : {}
  })));
  return pages.flatMap(p => (p.Reservations ?? []).flatMap(r => r.Instances ?? []));
}

const LAUNCH_TEMPLATE_TAG = "aws:ec2launchtemplate:id";

const iso = date => date === void 0 ? void 0 : new Date(date).toISOString();

function instanceFact(region, i) {
  return {
    id: i.InstanceId ?? "",
    region: region,
    launchTime: iso(i.LaunchTime),
    imageId: i.ImageId,
    keyName: i.KeyName,
    groupIds: (i.SecurityGroups ?? []).map(g => g.GroupId ?? ""),
    groupNames: (i.SecurityGroups ?? []).map(g => g.GroupName ?? ""),
    state: i.State?.Name,
    instanceProfile: i.IamInstanceProfile?.Arn?.split("/").pop(),
    launchTemplateId: i.Tags?.find(t => t.Key === LAUNCH_TEMPLATE_TAG)?.Value
  };
}

async function instances(region, filters) {
  return (await describeInstances(region, filters)).map(i => instanceFact(region, i));
}

async function securityGroups(region, names) {
  const {send: send, sdk: sdk} = await ec2(region);
  const pages = await allPages(token => send(new sdk.DescribeSecurityGroupsCommand({
    Filters: [ {
      Name: "group-name",
      Values: names
    } ],
    ...token ? {
      NextToken: token
    } : {}
  })));
  return pages.flatMap(p => (p.SecurityGroups ?? []).map(g => ({
    id: g.GroupId ?? "",
    name: g.GroupName ?? "",
    region: region
  })));
}

async function regionFacts(evidence, region, building, copying, profileArns) {
  const of = kind => {
    const builds = kind === "image" || kind === "image-name" ? [ ...building, ...copying ] : building;
    return [ ...new Set(builds.flatMap(b => leadsOf(evidence, kind, b))) ];
  };
  const {send: send, sdk: sdk} = await ec2(region);
  const instanceIds = of("instance");
  const keyNames = of("key-pair");
  const groupNames = of("security-group");
  const launchTemplateIds = of("launch-template");
  const [named, keyPairs, groups] = await Promise.all([ instanceIds.length > 0 ? instances(region, [ {
    Name: "instance-id",
    Values: instanceIds
  } ]) : [], keyNames.length > 0 ? send(new sdk.DescribeKeyPairsCommand({
    Filters: [ {
      Name: "key-name",
      Values: keyNames
    } ]
  })).then(r => (r.KeyPairs ?? []).map(k => ({
    name: k.KeyName ?? "",
    region: region,
    createTime: iso(k.CreateTime)
  }))) : [], groupNames.length > 0 ? securityGroups(region, groupNames) : [] ]);
  const users = await Promise.all([ keyNames.length > 0 ? instances(region, [ {
    Name: "key-name",
    Values: keyNames
  } ]) : [], groups.length > 0 ? instances(region, [ {
    Name: "instance.group-id",
    Values: groups.map(g => g.id)
  } ]) : [], launchTemplateIds.length > 0 ? instances(region, [ {
    Name: `tag:${LAUNCH_TEMPLATE_TAG}`,
    Values: launchTemplateIds
  } ]) : [], profileArns.length > 0 ? instances(region, [ {
    Name: "iam-instance-profile.arn",
    Values: profileArns
  } ]) : [] ]);
  const allInstances = new Map;
  for (const i of [ ...named, ...users.flat() ]) allInstances.set(i.id, i);
  const imageIds = of("image");
  const imageNames = of("image-name");
  const images = await Promise.all([ imageIds.length > 0 ? findOwnImages(region, [ {
    Name: "image-id",
    Values: imageIds
  } ], true) : [], imageNames.length > 0 ? findOwnImages(region, [ {
    Name: "name",
    Values: imageNames
  } ], true) : [] ]);
  const imageFacts = new Map;
  for (const image of images.flat()) imageFacts.set(image.ImageId ?? "", {
    id: image.ImageId ?? "",
    region: region,
    name: image.Name,
    creationDate: iso(image.CreationDate),
    state: image.State,
    ownedBySelf: true,
    sourceInstanceId: image.SourceInstanceId,
    sourceImageId: image.SourceImageId,
    sourceImageRegion: image.SourceImageRegion,
    tags: Object.fromEntries(tagMap(image)),
    snapshotIds: snapshotsOf(image)
  });
  const launchTemplates = [];
  for (const id of launchTemplateIds) try {
    const {LaunchTemplates: LaunchTemplates = []} = await send(new sdk.DescribeLaunchTemplatesCommand({
      LaunchTemplateIds: [ id ]
    }));
    for (const t of LaunchTemplates) launchTemplates.push({
      id: t.LaunchTemplateId ?? "",
      name: t.LaunchTemplateName ?? "",
      region: region,
      createTime: iso(t.CreateTime)
    });
  } catch (error) {
    if (!hasCode(error, /NotFound/)) throw error;
  }
  return {
    instances: [ ...allInstances.values() ],
    keyPairs: keyPairs,
    securityGroups: groups,
    images: [ ...imageFacts.values() ],
    launchTemplates: launchTemplates,
    instanceProfiles: [],
    roles: []
  };
}

async function iamFacts(evidence) {
  const profiles = leadsOf(evidence, "instance-profile");
  const roles = leadsOf(evidence, "role");
  if (profiles.length === 0 && roles.length === 0) return {
    instanceProfiles: [],
    roles: []
  };
  const {send: send, sdk: sdk} = await iam(evidence.region);
  const absent = error => {
    if (hasCode(error, /NoSuchEntity/)) return;
    throw error;
  };
  const instanceProfiles = (await Promise.all(profiles.map(name => send(new sdk.GetInstanceProfileCommand({
    InstanceProfileName: name
  })).then(({InstanceProfile: p}) => ({
    name: name,
    arn: p?.Arn,
    createDate: iso(p?.CreateDate),
    roles: (p?.Roles ?? []).map(r => r.RoleName ?? "")
  }), absent)))).filter(p => p !== void 0);
  const roleFacts = (await Promise.all(roles.map(async name => {
    try {
      const {Role: Role} = await send(new sdk.GetRoleCommand({
        RoleName: name
      }));
      const {InstanceProfiles: InstanceProfiles = []} = await send(new sdk.ListInstanceProfilesForRoleCommand({
        RoleName: name
      }));
      return {
        name: name,
        createDate: iso(Role?.CreateDate),
        instanceProfiles: InstanceProfiles.map(p => p.InstanceProfileName ?? "")
      };
    } catch (error) {
      return absent(error);
    }
  }))).filter(r => r !== void 0);
  return {
    instanceProfiles: instanceProfiles,
    roles: roleFacts
  };
}

async function gatherFacts(evidence) {
  const regions = new Map;
  const at = region => {
    const entry = regions.get(region) ?? {
      building: [],
      copying: []
    };
    regions.set(region, entry);
    return entry;
  };
  for (const build of buildsOf(evidence)) {
    at(regionOf(evidence, build)).building.push(build);
    for (const region of leadsOf(evidence, "copy-region", build)) at(region).copying.push(build);
  }
  const identity = await iamFacts(evidence);
  const profileArns = identity.instanceProfiles.map(p => p.arn).filter(arn => !!arn);
  const perRegion = await Promise.all([ ...regions ].map(([region, {building: building, copying: copying}]) => regionFacts(evidence, region, building, copying, profileArns)));
  return {
    instances: perRegion.flatMap(f => f.instances),
    keyPairs: perRegion.flatMap(f => f.keyPairs),
    securityGroups: perRegion.flatMap(f => f.securityGroups),
    images: perRegion.flatMap(f => f.images),
    launchTemplates: perRegion.flatMap(f => f.launchTemplates),
    ...identity
  };
}

class EvidenceRecorder {
  evidence;
  record;
  schema;
  release;
  marks=[];
  constructor(evidence, record, schema, release) {
    this.evidence = evidence;
    this.record = record;
    this.schema = schema;
    this.release = release;
    saveState(State.Evidence, record.folder);
    this.save();
  }
  lead(lead) {
    if (!isLeadShaped(lead.kind, lead.value)) return;
    if (!addLead(this.evidence, lead)) return;
    this.save();
    if (lead.kind === "image") this.marks.push(this.markPending(lead));
  }
  finished(build) {
    if (this.evidence.finished.includes(build)) return;
    this.evidence.finished = [ ...this.evidence.finished, build ];
    this.save();
  }
  artifact(artifacts) {
    const [first] = artifacts;
    if (!first) return;
    this.finished(first.build);
    this.marks.push(this.markComplete(first.build, artifacts));
  }
  async settled() {
    await Promise.allSettled(this.marks);
  }
  save() {
    this.record.write(this.evidence);
  }
  marksOf(build) {
    return [ {
      Key: this.schema.pending,
      Value: this.release.version
    }, {
      Key: this.schema.lineage,
      Value: this.release.lineage
    }, {
      Key: this.schema.build,
      Value: build
    }, {
      Key: this.schema.run,
      Value: this.evidence.run
    } ];
  }
  async markPending(lead) {
    try {
      const facts = await gatherFacts(this.evidence);
      const verdict = judgeOwnership(this.evidence, facts, this.schema).find(v => v.kind === "image" && v.id === lead.value);
      if (!verdict?.ours) {
        inertLog.command(() => core_warning(`The build log names ${lead.value}, but it is not this build's (${verdict?.reason ?? "EC2 does not know it"}); it is left alone`));
        return;
      }
      await createTags(regionOf(this.evidence, lead.build), [ lead.value ], this.marksOf(lead.build));
    } catch (error) {
      inertLog.command(() => core_warning(`Could not mark ${lead.value} as this build's: ${errorMessage(error)}`));
    }
  }
  async markComplete(build, artifacts) {
    try {
      const regions = [ ...new Set(artifacts.map(a => a.region)) ];
      const existing = (await Promise.all(regions.map(async region => {
        const ids = artifacts.filter(a => a.region === region).map(a => a.amiId);
        const images = await describeImagesById(region, ids);
        return artifacts.filter(a => a.region === region && images.some(i => i.ImageId === a.amiId));
      }))).flat();
      const primary = existing.find(a => a.region === this.release.region) ?? existing[0];
      if (!primary) return;
      const copies = existing.filter(a => a !== primary);
      await Promise.all(existing.map(a => createTags(a.region, [ a.amiId ], [ ...this.marksOf(build), ...a === primary ? copyTags(this.schema, copies) : [] ])));
    } catch (error) {
      inertLog.command(() => core_warning(`Could not record ${build}'s AMIs as complete (${artifacts.map(a => `${a.region}:${a.amiId}`).join(", ")}): ${errorMessage(error)}`));
    }
  }
}

const DAY_MS = 24 * 60 * 60 * 1e3;

function retentionCandidates(generations, rules) {
  const unasked = generations.map(({inUse: _u, sharedWith: _s, lastLaunched: _l, ...known}) => known);
  const retire = new Set(planRetention(unasked, rules).retire.map(r => r.imageId));
  return generations.filter(g => retire.has(g.imageId));
}

function newestFirst(generations) {
  return [ ...generations ].sort((a, b) => b.created.localeCompare(a.created) || b.imageId.localeCompare(a.imageId));
}

function planRetention(generations, rules) {
  const plan = {
    retire: [],
    keep: []
  };
  let counted = 0;
  for (const g of newestFirst(generations)) {
    const keep = reason => plan.keep.push({
      imageId: g.imageId,
      version: g.version,
      reason: reason
    });
    if (g.retired && !rules.current.has(g.imageId)) continue;
    if (!rules.current.has(g.imageId) && (g.version === void 0 || g.state !== "available")) continue;
    const rank = counted++;
    if (rules.current.has(g.imageId)) keep("this release"); else if (rank < rules.keep) keep(`one of the ${rules.keep} newest`); else if (rules.protectVersion !== void 0 && g.version === rules.protectVersion) keep(`it carries this release's version ${g.version}`); else if (g.inUse) keep(g.inUse); else if (g.sharedWith) keep(g.sharedWith); else if (g.pinned) keep("it is pinned with the keep tag"); else if (rules.keepLaunchedWithinDays > 0 && g.lastLaunched !== void 0 && rules.now.getTime() - Date.parse(g.lastLaunched) < rules.keepLaunchedWithinDays * DAY_MS) keep(`an instance was launched from it on ${g.lastLaunched.slice(0, 10)}, within ${rules.keepLaunchedWithinDays} days`); else if (g.protected && rules.mode === "deregister") keep("deregistration protection is on; the action never turns it off"); else plan.retire.push({
      imageId: g.imageId,
      version: g.version
    });
  }
  return plan;
}

async function usesOf(region, imageIds) {
  const uses = new Map;
  if (imageIds.length === 0) return uses;
  const {send: send, sdk: sdk} = await ec2(region);
  const instances = await describeInstances(region, [ {
    Name: "image-id",
    Values: imageIds
  }, {
    Name: "instance-state-name",
    Values: [ "pending", "running", "stopping", "stopped", "shutting-down" ]
  } ]);
  for (const instance of instances) if (instance.ImageId && !uses.has(instance.ImageId)) uses.set(instance.ImageId, `instance ${instance.InstanceId ?? ""} (${instance.State?.Name ?? ""}) was launched from it`);
  const templatePages = await allPages(token => send(new sdk.DescribeLaunchTemplatesCommand({
    ...token ? {
      NextToken: token
    } : {}
  })));
  for (const template of templatePages.flatMap(p => p.LaunchTemplates ?? [])) {
    const versionPages = await allPages(token => send(new sdk.DescribeLaunchTemplateVersionsCommand({
      LaunchTemplateId: template.LaunchTemplateId,
      Versions: [ "$Default", "$Latest" ],
      ...token ? {
        NextToken: token
      } : {}
    })));
    for (const v of versionPages.flatMap(p => p.LaunchTemplateVersions ?? [])) {
      const imageId = v.LaunchTemplateData?.ImageId;
      if (imageId && imageIds.includes(imageId) && !uses.has(imageId)) {
        const which = v.DefaultVersion ? "default" : "latest";
        uses.set(imageId, `launch template ${template.LaunchTemplateName ?? ""} (${which} version ${v.VersionNumber ?? ""}) uses it`);
      }
    }
  }
  return uses;
}

async function sharing(region, image) {
  if (image.Public) return "it is public";
  const {send: send, sdk: sdk} = await ec2(region);
  const {LaunchPermissions: LaunchPermissions = []} = await send(new sdk.DescribeImageAttributeCommand({
    ImageId: image.ImageId,
    Attribute: "launchPermission"
  }));
  const with_ = LaunchPermissions.map(p => p.Group === "all" ? "everyone" : p.UserId ?? p.OrganizationArn ?? p.OrganizationalUnitArn ?? "").filter(Boolean);
  return with_.length > 0 ? `it is shared with ${with_.join(", ")}` : void 0;
}

async function lastLaunched(region, image) {
  if (image.LastLaunchedTime) return image.LastLaunchedTime;
  const {send: send, sdk: sdk} = await ec2(region);
  try {
    const {LastLaunchedTime: LastLaunchedTime} = await send(new sdk.DescribeImageAttributeCommand({
      ImageId: image.ImageId,
      Attribute: "lastLaunchedTime"
    }));
    return LastLaunchedTime?.Value || void 0;
  } catch (error) {
    if (!hasCode(error, /^InvalidParameterValue$/)) throw error;
    throw new AwsError(`EC2 in ${region} does not report when an image was last launched, so nothing was retired there; set '${Input.KeepLaunchedWithinDays}: 0' to retire without that rule. ${errorMessage(error)}`, "LastLaunchedTimeUnsupported", {
      cause: error
    });
  }
}

function generation(image, schema, now) {
  const tags = tagMap(image);
  const deprecated = image.DeprecationTime !== void 0 && Date.parse(image.DeprecationTime) <= now.getTime();
  return {
    imageId: image.ImageId ?? "",
    created: image.CreationDate ?? "",
    version: tags.get(schema.version),
    retired: deprecated || image.State === "disabled",
    state: image.State,
    pinned: tags.has(schema.keep),
    protected: (image.DeregistrationProtection ?? "").startsWith("enabled")
  };
}

async function applyRetention(region, build, filters, rules, schema) {
  const images = await findOwnImages(region, filters);
  const generations = images.map(i => generation(i, schema, rules.now));
  const candidates = retentionCandidates(generations, rules);
  const uses = await usesOf(region, candidates.map(c => c.imageId));
  for (const candidate of candidates) {
    const image = images.find(i => i.ImageId === candidate.imageId);
    candidate.inUse = uses.get(candidate.imageId);
    if (!candidate.inUse) candidate.sharedWith = await sharing(region, image);
    if (!candidate.inUse && !candidate.sharedWith && rules.keepLaunchedWithinDays > 0) candidate.lastLaunched = await lastLaunched(region, image);
  }
  const plan = planRetention(generations, rules);
  for (const {imageId: imageId} of plan.retire) {
    const image = images.find(i => i.ImageId === imageId);
    await retireImage(region, image, rules.mode, rules.now);
    info(`${region}: retired ${imageId} (${rules.mode})`);
  }
  return {
    region: region,
    build: build,
    ...plan
  };
}

var external_node_child_process_ = __nccwpck_require__(1421);

const external_node_readline_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:readline");

const KEEP_CHARS = 256 * 1024;

class ProgramError extends Error {
  result;
  constructor(message, result, options) {
    super(message, options);
    this.result = result;
    this.name = "ProgramError";
  }
}

function collect(stream, echo) {
  let text = "";
  const lines = (0, external_node_readline_namespaceObject.createInterface)({
    input: stream,
    crlfDelay: 1 / 0
  });
  lines.on("line", line => {
    text += `${line}\n`;
    if (text.length > 2 * KEEP_CHARS) text = text.slice(-KEEP_CHARS);
    if (echo && line.trim()) inertLog.line(line);
  });
  const done = new Promise(resolve => lines.once("close", resolve));
  return {
    text: () => text.slice(-KEEP_CHARS),
    done: done
  };
}

async function spawnProgram(file, args, options = {}) {
  for (let attempt = 1; ;attempt++) try {
    return await spawnOnce(file, args, options);
  } catch (error) {
    const busy = error.cause?.code === "ETXTBSY";
    if (!busy || attempt === 5) throw error;
    await new Promise(resolve => setTimeout(resolve, 50 * attempt));
  }
}

async function spawnOnce(file, args, options) {
  const cannotRun = error => new ProgramError(`${file} could not be run: ${error.message}`, void 0, {
    cause: error
  });
  let child;
  try {
    child = (0, external_node_child_process_.spawn)(file, args, {
      cwd: options.cwd,
      env: options.env ?? childEnv(),
      stdio: [ "ignore", "pipe", "pipe" ],
      windowsHide: true
    });
  } catch (error) {
    throw cannotRun(error);
  }
  const stdout = collect(child.stdout, options.echo ?? false);
  const stderr = collect(child.stderr, options.echo ?? false);
  const [exitCode, signal] = await new Promise((resolve, reject) => {
    child.once("error", error => reject(cannotRun(error)));
    child.once("close", (code, sig) => resolve([ code, sig ]));
  });
  await Promise.all([ stdout.done, stderr.done ]);
  return {
    exitCode: exitCode,
    signal: signal,
    stdout: stdout.text(),
    stderr: stderr.text()
  };
}

async function runProgram(file, args, options = {}) {
  const result = await spawnProgram(file, args, options);
  if (result.exitCode !== 0) {
    const how = result.exitCode === null ? `was killed (${result.signal ?? "?"})` : `exited with ${result.exitCode}`;
    const tail = lastLines(`${result.stdout}\n${result.stderr}`, 15);
    throw new ProgramError(`${file} ${args.join(" ")} ${how}:\n${tail}`, result);
  }
  return result;
}

function lastLines(text, count) {
  return text.split(/\r?\n/).filter(line => line.trim() !== "").slice(-count).join("\n");
}

function childEnv(extra = {}) {
  const env = {};
  for (const [key, value] of Object.entries({
    ...process.env,
    ...extra
  })) if (value !== void 0) env[key] = value;
  return env;
}

async function installGalaxyRequirements(ansible, requirements, temp) {
  const root = external_node_fs_.mkdtempSync(external_node_path_.join(temp, "ansible-galaxy-"));
  const roles = external_node_path_.join(root, "roles");
  const collections = external_node_path_.join(root, "collections");
  const galaxy = external_node_path_.join(ansible.bin, "ansible-galaxy");
  await runProgram(galaxy, [ "role", "install", "-r", requirements, "-p", roles ], {
    echo: true
  });
  await runProgram(galaxy, [ "collection", "install", "-r", requirements, "-p", collections ], {
    echo: true
  });
  info(`Installed the requirements of ${requirements} into ${root}`);
  const prepend = (dir, name) => [ dir, process.env[name] ].filter(Boolean).join(external_node_path_.delimiter);
  return {
    ANSIBLE_ROLES_PATH: prepend(roles, "ANSIBLE_ROLES_PATH"),
    ANSIBLE_COLLECTIONS_PATH: prepend(collections, "ANSIBLE_COLLECTIONS_PATH")
  };
}

const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:timers/promises");

const TOOL_CACHE_TIMING = {
  markerWaitMs: 5e3
};

class ToolCacheEntry {
  usable;
  path;
  marker;
  constructor(toolCache, tool, version, arch, usable = () => true) {
    this.usable = usable;
    this.path = external_node_path_.join(toolCache, tool, version, arch);
    this.marker = `${this.path}.complete`;
  }
  find() {
    if (!external_node_fs_.existsSync(this.marker)) return;
    const folder = this.resolved();
    return folder !== void 0 && this.usable(folder) ? folder : void 0;
  }
  async install(build) {
    const folder = await this.buildPrivately(build);
    if (this.link(folder)) return this.complete(folder);
    const {markerWaitMs: markerWaitMs} = TOOL_CACHE_TIMING;
    for (let waited = 0; waited < markerWaitMs && !external_node_fs_.existsSync(this.marker); waited += 50) await (0, 
    promises_namespaceObject.setTimeout)(50);
    const theirs = this.find();
    if (theirs !== void 0) {
      external_node_fs_.rmSync(folder, {
        recursive: true,
        force: true
      });
      return theirs;
    }
    core_debug(`${this.path} is stale; publishing ${folder} in its place`);
    return this.replaceWith(folder);
  }
  async buildPrivately(build) {
    external_node_fs_.mkdirSync(external_node_path_.dirname(this.path), {
      recursive: true
    });
    const folder = external_node_fs_.mkdtempSync(`${this.path}.`);
    try {
      await build(folder);
    } catch (error) {
      external_node_fs_.rmSync(folder, {
        recursive: true,
        force: true
      });
      throw error;
    }
    return folder;
  }
  target(folder) {
    return process.platform === "win32" ? folder : external_node_path_.basename(folder);
  }
  link(folder) {
    try {
      external_node_fs_.symlinkSync(this.target(folder), this.path, "junction");
      return true;
    } catch (error) {
      if (error.code === "EEXIST") return false;
      throw error;
    }
  }
  replaceWith(folder) {
    const stat = external_node_fs_.lstatSync(this.path, {
      throwIfNoEntry: false
    });
    if (stat && !stat.isSymbolicLink()) try {
      external_node_fs_.renameSync(this.path, `${folder}.stale`);
    } catch (error) {
      if (error.code !== "ENOENT") throw error;
    }
    const link = `${folder}.link`;
    external_node_fs_.symlinkSync(this.target(folder), link, "junction");
    external_node_fs_.renameSync(link, this.path);
    return this.complete(folder);
  }
  resolved() {
    try {
      return external_node_fs_.realpathSync(this.path);
    } catch {
      return;
    }
  }
  complete(folder) {
    external_node_fs_.writeFileSync(this.marker, "");
    return folder;
  }
}

const CORE_PYTHON = {
  2.14: [ 9, 11 ],
  2.15: [ 9, 11 ],
  2.16: [ 10, 12 ],
  2.17: [ 10, 12 ],
  2.18: [ 11, 13 ],
  2.19: [ 11, 13 ],
  "2.20": [ 12, 14 ],
  2.21: [ 12, 14 ]
};

const COMMUNITY_CORE = {
  7: "2.14",
  8: "2.15",
  9: "2.16",
  10: "2.17",
  11: "2.18",
  12: "2.19",
  13: "2.20",
  14: "2.21"
};

function supportedPython(pkg, version) {
  const [major = "", minor = ""] = version.split(".");
  const core = pkg === "ansible" ? COMMUNITY_CORE[major] : `${major}.${minor}`;
  return core === void 0 ? void 0 : CORE_PYTHON[core];
}

function checkPythonFits(ansible, python) {
  const range = supportedPython(ansible.package, ansible.version);
  const [major, minor] = python.version;
  if (range === void 0) {
    core_warning(`${ansible.package} ${ansible.version} is newer than this action knows; pip will check its Python requirement`);
    return;
  }
  if (major !== 3 || minor < range[0] || minor > range[1]) throw new InputError(Input.Python, `'${ansible.python}' is Python ${python.version.join(".")}, but ${ansible.package} ${ansible.version} runs on Python 3.${range[0]} to 3.${range[1]}; set 'python' to such an interpreter (e.g. with actions/setup-python) or pin another 'ansible-version'`);
}

const PROBE = [ "import sys, json", "try:", '  import importlib.metadata as m; pip = m.version("pip")', "except Exception:", "  pip = None", 'print(json.dumps({"executable": sys.executable, "version": list(sys.version_info[:3]), "pip": pip}))' ].join("\n");

async function probePython(python) {
  try {
    const {stdout: stdout} = await runProgram(python, [ "-c", PROBE ]);
    return JSON.parse(stdout.trim());
  } catch (error) {
    throw new InputError(Input.Python, `'${python}' cannot be run as a Python interpreter (it is one path or a name on PATH, never a command line): ${errorMessage(error)}`);
  }
}

function pipCanTarget(pipVersion) {
  if (!pipVersion) return false;
  const [major = 0, minor = 0] = pipVersion.split(".").map(Number);
  return major > 22 || major === 22 && minor >= 3;
}

function venvBin(folder) {
  return external_node_path_.join(folder, process.platform === "win32" ? "Scripts" : "bin");
}

function usable(folder) {
  try {
    external_node_fs_.accessSync(external_node_fs_.realpathSync(external_node_path_.join(venvBin(folder), "python")), external_node_fs_.constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function parseAnsibleCoreVersion(output) {
  return /\[core (\d+\.\d+\.\d+)\]/.exec(output)?.[1];
}

async function installedVersion(bin, ansible) {
  const coreVersion = parseAnsibleCoreVersion((await runProgram(external_node_path_.join(bin, "ansible-playbook"), [ "--version" ])).stdout);
  if (ansible.package === "ansible-core") return coreVersion;
  const {stdout: stdout} = await runProgram(external_node_path_.join(bin, "python"), [ "-c", 'import importlib.metadata as m; print(m.version("ansible"))' ]);
  return stdout.trim();
}

const PIP_ARGS = [ "install", "--no-compile", "--disable-pip-version-check", "--no-input" ];

class AnsibleInstaller {
  ansible;
  python;
  label;
  entry;
  constructor(ansible, python, toolCache, arch) {
    this.ansible = ansible;
    this.python = python;
    this.label = `${ansible.package} ${ansible.version}`;
    const tool = `${ansible.package}-python${python.version[0]}.${python.version[1]}`;
    this.entry = new ToolCacheEntry(toolCache, tool, ansible.version, arch, usable);
  }
  tool(folder, cached) {
    const bin = venvBin(folder);
    return {
      name: this.ansible.package,
      version: this.ansible.version,
      bin: bin,
      executable: external_node_path_.join(bin, "ansible-playbook"),
      cached: cached
    };
  }
  find() {
    const folder = this.entry.find();
    return folder ? this.tool(folder, true) : void 0;
  }
  async install() {
    try {
      const folder = await this.entry.install(folder => this.build(folder));
      return this.tool(folder, false);
    } catch (error) {
      throw new Error(`${this.label} was not installed: ${errorMessage(error)}`, {
        cause: error
      });
    }
  }
  async build(folder) {
    const {python: python, ansible: ansible} = this;
    const bin = venvBin(folder);
    const requirement = `${ansible.package}==${ansible.version}`;
    if (pipCanTarget(python.pip)) {
      await runProgram(python.executable, [ "-m", "venv", "--without-pip", folder ]);
      await runProgram(python.executable, [ "-m", "pip", "--python", external_node_path_.join(bin, "python"), ...PIP_ARGS, requirement ]);
    } else {
      await runProgram(python.executable, [ "-m", "venv", folder ]);
      await runProgram(external_node_path_.join(bin, "python"), [ "-m", "pip", ...PIP_ARGS, requirement ]);
    }
    const reported = await installedVersion(bin, ansible);
    if (reported !== ansible.version) throw new Error(`the venv reports ${ansible.package} ${reported ?? "(unknown)"}`);
  }
}

async function provide(installer) {
  const found = installer.find();
  const tool = found ?? await installer.install();
  addPath(tool.bin);
  info(`${installer.label}: ${found ? "found in the tool cache" : "installed"} (${tool.bin})`);
  return tool;
}

var external_node_http_ = __nccwpck_require__(7067);

var external_node_https_ = __nccwpck_require__(4708);

var external_node_tls_ = __nccwpck_require__(1692);

const DOWNLOAD_LIMITS = {
  connectMs: 1e4,
  idleMs: 3e4,
  attempts: 3,
  backoffMs: 1e3,
  deadlineMs: 12e4
};

class HttpStatusError extends Error {
  status;
  constructor(status, message) {
    super(message);
    this.status = status;
    this.name = "HttpStatusError";
  }
}

function redactUrl(url) {
  try {
    const parsed = new URL(url);
    if (!parsed.username && !parsed.password) return url;
    parsed.username = "***";
    parsed.password = "";
    return parsed.toString();
  } catch {
    return url.replace(/\/\/[^/@]*@/, "//***@");
  }
}

const MAX_REDIRECTS = 5;

class Permanent extends Error {}

function agentFor(url) {
  return new lib_HttpClient("packer-ami-release").getAgent(url.toString());
}

function whenConnected(socket, connected) {
  const tls = socket instanceof external_node_tls_.TLSSocket;
  if (!socket.connecting && !(tls && !socket.authorized && !socket.authorizationError)) connected(); else socket.once(tls ? "secureConnect" : "connect", connected);
}

function getOnce(url, request, sink, signal, redirects = 0) {
  return new Promise((resolve, reject) => {
    let settled = false;
    const fail = error => {
      if (settled) return;
      settled = true;
      req.destroy();
      reject(error instanceof Error ? error : new Error(String(error)));
    };
    const succeed = () => {
      settled = true;
      resolve();
    };
    const module = url.protocol === "https:" ? external_node_https_ : external_node_http_;
    const req = module.get(url, {
      agent: agentFor(url),
      timeout: DOWNLOAD_LIMITS.connectMs,
      signal: signal,
      headers: {
        "user-agent": "packer-ami-release"
      }
    });
    let phase = "no connection";
    req.once("socket", socket => whenConnected(socket, () => {
      phase = "no answer";
      req.setTimeout(DOWNLOAD_LIMITS.idleMs);
    }));
    req.on("timeout", () => {
      const ms = phase === "no connection" ? DOWNLOAD_LIMITS.connectMs : DOWNLOAD_LIMITS.idleMs;
      fail(new Error(`${phase} within ${ms / 1e3} s`));
    });
    let length = NaN;
    req.once("error", error => {
      if (!error.code?.startsWith("HPE_")) return fail(error);
      fail(new Permanent(Number.isNaN(length) ? `its answer is not HTTP (${error.message})` : `it sent more than its content-length of ${length} bytes`));
    });
    req.once("response", response => {
      const status = response.statusCode ?? 0;
      const location = response.headers.location;
      if (status >= 300 && status < 400 && location) {
        settled = true;
        req.destroy();
        resolve(followRedirect(url, location, request, sink, signal, redirects));
        return;
      }
      if (status !== 200) {
        const error = new HttpStatusError(status, `HTTP ${status}`);
        return fail(status >= 500 || status === 429 ? error : Object.assign(error, {
          permanent: true
        }));
      }
      length = Number(response.headers["content-length"] ?? NaN);
      if (length > request.maxBytes) return fail(new Permanent(`its size, ${length} bytes, is over the ${request.maxBytes} bytes allowed`));
      phase = "no data";
      let received = 0;
      response.on("data", chunk => {
        received += chunk.length;
        if (received > request.maxBytes) return fail(new Permanent(`it sent more than the ${request.maxBytes} bytes allowed`));
        if (!sink.write(chunk)) {
          response.pause();
          sink.drain(() => response.resume());
        }
      });
      response.once("error", fail);
      response.once("close", () => {
        if (!response.complete) fail(new Error(`the connection closed after ${received} bytes`));
      });
      response.once("end", () => {
        if (!Number.isNaN(length) && received !== length) fail(new Error(`it sent ${received} of ${length} bytes`)); else succeed();
      });
    });
  });
}

async function followRedirect(from, location, request, sink, signal, redirects) {
  if (redirects >= MAX_REDIRECTS) throw new Permanent(`more than ${MAX_REDIRECTS} redirects`);
  const next = new URL(location, from);
  if (from.protocol === "https:" && next.protocol !== "https:") throw new Permanent(`it redirects from https to ${next.protocol} (${redactUrl(next.href)})`);
  if (next.host !== from.host) next.username = next.password = "";
  try {
    await getOnce(next, request, sink, signal, redirects + 1);
  } catch (error) {
    if (next.host === from.host || !(error instanceof Error)) throw error;
    error.message = `redirected to ${next.host}: ${error.message}`;
    throw error;
  }
}

const download_sleep = (ms, signal) => new Promise(resolve => {
  const done = () => {
    clearTimeout(timer);
    signal.removeEventListener("abort", done);
    resolve();
  };
  const timer = setTimeout(done, ms);
  signal.addEventListener("abort", done, {
    once: true
  });
});

async function download(request, sink) {
  const deadline = AbortSignal.timeout(DOWNLOAD_LIMITS.deadlineMs);
  const signal = request.signal ? AbortSignal.any([ request.signal, deadline ]) : deadline;
  const url = new URL(request.url);
  let last;
  for (let attempt = 1; attempt <= DOWNLOAD_LIMITS.attempts; attempt++) try {
    sink.reset();
    await getOnce(url, request, sink, signal);
    return;
  } catch (error) {
    last = error;
    if (request.signal?.aborted) throw request.signal.reason;
    const permanent = error instanceof Permanent || error.permanent;
    if (permanent || deadline.aborted || attempt === DOWNLOAD_LIMITS.attempts) break;
    await download_sleep(DOWNLOAD_LIMITS.backoffMs * attempt, signal);
  }
  const why = deadline.aborted ? `no complete answer within ${DOWNLOAD_LIMITS.deadlineMs / 1e3} s` : last instanceof Error ? last.message : String(last);
  const message = `could not download ${request.what} (${redactUrl(request.url)}) from ${url.host}: ${why}`;
  throw last instanceof HttpStatusError ? new HttpStatusError(last.status, message) : new Error(message, {
    cause: last
  });
}

async function downloadBytes(request) {
  let chunks = [];
  await download(request, {
    write: chunk => chunks.push(chunk) > 0,
    drain: resume => resume(),
    reset: () => chunks = []
  });
  return Buffer.concat(chunks);
}

async function downloadFile(request) {
  let hash = (0, external_node_crypto_.createHash)("sha256");
  let out;
  const closed = () => new Promise((resolve, reject) => {
    if (!out) return resolve();
    out.once("error", reject);
    out.end(resolve);
  });
  try {
    await download(request, {
      write: chunk => {
        hash.update(chunk);
        return out?.write(chunk) ?? true;
      },
      drain: resume => out?.once("drain", resume),
      reset: () => {
        out?.destroy();
        hash = (0, external_node_crypto_.createHash)("sha256");
        out = external_node_fs_.createWriteStream(request.dest);
      }
    });
    await closed();
  } catch (error) {
    out?.destroy();
    throw error;
  }
  return hash.digest("hex");
}

var external_node_stream_ = __nccwpck_require__(7075);

const external_node_stream_promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream/promises");

var external_node_zlib_ = __nccwpck_require__(8522);

const DEFAULT_LIMITS = {
  maxTotalSize: 1 << 30,
  maxEntries: 1e3
};

const CHUNK = 1 << 20;

const EOCD_SIGNATURE = 101010256;

const ZIP64_LOCATOR_SIGNATURE = 117853008;

const CENTRAL_SIGNATURE = 33639248;

const LOCAL_SIGNATURE = 67324752;

const EOCD_SIZE = 22;

const ZIP64_LOCATOR_SIZE = 20;

const CENTRAL_SIZE = 46;

const LOCAL_SIZE = 30;

const ENCRYPTED = 1;

const DATA_DESCRIPTOR = 8;

const UTF8_NAME = 2048;

const STRONG_ENCRYPTION = 64;

const MASKED_DIRECTORY = 8192;

const UNIX_HOSTS = [ 3, 19 ];

const S_IFMT = 61440;

const S_IFDIR = 16384;

const S_IFREG = 32768;

const OTHER_TYPES = {
  40960: "a symbolic link",
  4096: "a FIFO",
  8192: "a character device",
  24576: "a block device",
  49152: "a socket"
};

const MAX_DEFLATE_RATIO = 1032;

async function extractZip(file, dest, limits = {}) {
  const {maxTotalSize: maxTotalSize, maxEntries: maxEntries} = {
    ...DEFAULT_LIMITS,
    ...limits
  };
  const handle = await external_node_fs_.promises.open(file, "r");
  try {
    const {entries: entries, directoryOffset: directoryOffset} = await readCentralDirectory(handle, file, maxEntries);
    checkNamesAndSizes(file, entries, maxTotalSize);
    const located = await locateData(handle, file, entries, directoryOffset);
    external_node_fs_.mkdirSync(dest, {
      recursive: true
    });
    for (const entry of located) await extractEntry(handle, file, entry, dest);
    const folders = entries.filter(e => e.directory);
    folders.sort((a, b) => b.name.split("/").length - a.name.split("/").length);
    for (const folder of folders) external_node_fs_.chmodSync(external_node_path_.join(dest, folder.name), folder.mode);
  } finally {
    await handle.close();
  }
}

async function readExactly(handle, position, length) {
  const buffer = Buffer.alloc(length);
  const {bytesRead: bytesRead} = await handle.read(buffer, 0, length, position);
  return bytesRead === length ? buffer : void 0;
}

async function readCentralDirectory(handle, file, maxEntries) {
  const {size: fileSize} = await handle.stat();
  const tailStart = Math.max(0, fileSize - EOCD_SIZE - 65535 - ZIP64_LOCATOR_SIZE);
  const tail = await readExactly(handle, tailStart, fileSize - tailStart);
  const end = tail ? findEndRecord(tail) : -1;
  if (!tail || end < 0) throw new Error(`${file} is not a zip archive`);
  const count = tail.readUInt16LE(end + 10);
  const directorySize = tail.readUInt32LE(end + 12);
  const directoryOffset = tail.readUInt32LE(end + 16);
  const endOffset = tailStart + end;
  if (count === 65535 || directorySize === 4294967295 || directoryOffset === 4294967295 || end >= ZIP64_LOCATOR_SIZE && tail.readUInt32LE(end - ZIP64_LOCATOR_SIZE) === ZIP64_LOCATOR_SIGNATURE) throw new Error(`${file} is a zip64 archive, which is not supported`);
  if (tail.readUInt16LE(end + 4) !== 0 || tail.readUInt16LE(end + 6) !== 0 || tail.readUInt16LE(end + 8) !== count) throw new Error(`${file} is a multi-disk archive, which is not supported`);
  if (count > maxEntries) throw new Error(`${file} holds ${count} entries, more than the ${maxEntries} allowed`);
  if (directoryOffset + directorySize !== endOffset) throw new Error(`${file}: the end record puts a central directory of ${directorySize} bytes at ${directoryOffset}, which does not end where the end record starts (${endOffset})`);
  const entries = [];
  let at = directoryOffset;
  for (let i = 0; i < count; i++) {
    const header = await readExactly(handle, at, CENTRAL_SIZE);
    const damaged = new Error(`${file}: central directory record ${i + 1} is damaged`);
    if (header?.readUInt32LE(0) !== CENTRAL_SIGNATURE) throw damaged;
    const nameLength = header.readUInt16LE(28);
    const next = at + CENTRAL_SIZE + nameLength + header.readUInt16LE(30) + header.readUInt16LE(32);
    const rawName = next <= endOffset && await readExactly(handle, at + CENTRAL_SIZE, nameLength);
    if (!rawName) throw damaged;
    entries.push(parseEntry(file, header, rawName));
    at = next;
  }
  if (at !== endOffset) throw new Error(`${file}: the central directory holds more than its ${count} records`);
  return {
    entries: entries,
    directoryOffset: directoryOffset
  };
}

function findEndRecord(tail) {
  for (let i = tail.length - EOCD_SIZE; i >= 0; i--) if (tail.readUInt32LE(i) === EOCD_SIGNATURE && tail.readUInt16LE(i + 20) === tail.length - i - EOCD_SIZE) return i;
  return -1;
}

function parseEntry(file, header, rawName) {
  const flags = header.readUInt16LE(8);
  const method = header.readUInt16LE(10);
  const compressedSize = header.readUInt32LE(20);
  const size = header.readUInt32LE(24);
  const localHeader = header.readUInt32LE(42);
  const name = rawName.toString("utf8");
  const utf8 = (flags & UTF8_NAME) !== 0 || rawName.every(b => b < 128);
  if (!utf8 || !Buffer.from(name, "utf8").equals(rawName)) throw new Error(`${file}: the entry name '${name}' is not UTF-8`);
  checkName(name);
  if (flags & (ENCRYPTED | STRONG_ENCRYPTION | MASKED_DIRECTORY)) throw new Error(`${file}: ${name} is encrypted`);
  if (method !== 0 && method !== 8) throw new Error(`${file}: ${name} uses compression method ${method}; only stored and deflated entries are extracted`);
  if ([ compressedSize, size, localHeader ].includes(4294967295)) throw new Error(`${file}: ${name} is a zip64 entry, which is not supported`);
  const unixMode = UNIX_HOSTS.includes(header.readUInt8(5)) ? header.readUInt32LE(38) >>> 16 : 0;
  const type = unixMode & S_IFMT;
  if (type !== 0 && type !== S_IFREG && type !== S_IFDIR) {
    const kind = OTHER_TYPES[type] ?? `of file type ${type.toString(8)}`;
    throw new Error(`${file}: ${name} is ${kind}; only files and folders are extracted`);
  }
  const directory = type === S_IFDIR || name.endsWith("/");
  if (directory && size !== 0) throw new Error(`${file}: ${name} is a folder, yet holds ${size} bytes`);
  if (method === 0 ? size !== compressedSize : size > compressedSize * MAX_DEFLATE_RATIO) throw new Error(`${file}: ${name} claims ${size} bytes from ${compressedSize} in the archive, more than ${method === 0 ? "it stores" : "deflate can produce"}`);
  return {
    name: name,
    rawName: rawName,
    directory: directory,
    method: method,
    crc: header.readUInt32LE(16),
    compressedSize: compressedSize,
    size: size,
    mode: unixMode & 511 || (directory ? 493 : 420),
    localHeader: localHeader
  };
}

function checkName(name) {
  const segments = name.replace(/\/$/, "").split("/");
  if (name === "" || name.startsWith("/") || /^[A-Za-z]:/.test(name) || /[\\\0]/.test(name) || segments.some(s => s === ".." || s === "." || s === "")) throw new Error(`the zip holds an entry named '${name}', which would not stay inside its folder`);
}

function checkNamesAndSizes(file, entries, maxTotalSize) {
  const seen = new Map;
  let total = 0;
  for (const entry of entries) {
    const key = entry.name.replace(/\/$/, "").normalize("NFC").toLowerCase();
    const earlier = seen.get(key);
    if (earlier !== void 0) throw new Error(`${file} holds both '${earlier}' and '${entry.name}', which would be written to the same place`);
    seen.set(key, entry.name);
    total += entry.size;
  }
  if (total > maxTotalSize) throw new Error(`${file} would extract to ${total} bytes, more than the ${maxTotalSize} allowed`);
}

async function locateData(handle, file, entries, directoryOffset) {
  const located = [];
  const byPosition = [ ...entries ].sort((a, b) => a.localHeader - b.localHeader);
  let free = 0;
  let previous;
  for (const entry of byPosition) {
    if (previous && entry.localHeader < free) throw new Error(`${file}: ${entry.name} overlaps ${previous.name} in the archive`);
    const local = await readExactly(handle, entry.localHeader, LOCAL_SIZE);
    if (local?.readUInt32LE(0) !== LOCAL_SIGNATURE) throw new Error(`${file}: the local header of ${entry.name} is damaged`);
    const nameLength = local.readUInt16LE(26);
    const localName = await readExactly(handle, entry.localHeader + LOCAL_SIZE, nameLength);
    if (!localName?.equals(entry.rawName)) {
      const named = localName ? `'${localName.toString("utf8")}'` : "past the end of the file";
      throw new Error(`${file}: ${entry.name} is named ${named} in its local header`);
    }
    const flags = local.readUInt16LE(6);
    const sizesDiffer = (flags & DATA_DESCRIPTOR) === 0 && (local.readUInt32LE(14) !== entry.crc || local.readUInt32LE(18) !== entry.compressedSize || local.readUInt32LE(22) !== entry.size);
    if (local.readUInt16LE(8) !== entry.method || flags & ENCRYPTED || sizesDiffer) throw new Error(`${file}: the local header of ${entry.name} disagrees with the central directory`);
    const dataStart = entry.localHeader + LOCAL_SIZE + nameLength + local.readUInt16LE(28);
    free = dataStart + entry.compressedSize;
    if (free > directoryOffset) throw new Error(`${file}: the data of ${entry.name} runs into the central directory`);
    located.push({
      ...entry,
      dataStart: dataStart
    });
    previous = entry;
  }
  return located;
}

async function extractEntry(handle, file, entry, dest) {
  const target = external_node_path_.join(dest, entry.name);
  if (entry.directory) {
    external_node_fs_.mkdirSync(target, {
      recursive: true
    });
    return;
  }
  external_node_fs_.mkdirSync(external_node_path_.dirname(target), {
    recursive: true
  });
  let size = 0;
  let crc = 0;
  if (entry.compressedSize === 0) external_node_fs_.writeFileSync(target, "", {
    mode: entry.mode,
    flag: "wx"
  }); else {
    const check = new external_node_stream_.Transform({
      transform(chunk, _encoding, done) {
        size += chunk.length;
        if (size > entry.size) {
          done(new Error(`${file}: ${entry.name} inflates past the ${entry.size} bytes it claims`));
          return;
        }
        crc = external_node_zlib_.crc32(chunk, crc);
        done(null, chunk);
      }
    });
    const source = external_node_fs_.createReadStream("", {
      fd: handle,
      autoClose: false,
      start: entry.dataStart,
      end: entry.dataStart + entry.compressedSize - 1,
      highWaterMark: CHUNK
    });
    const sink = external_node_fs_.createWriteStream(target, {
      mode: entry.mode,
      flags: "wx"
    });
    await (entry.method === 8 ? (0, external_node_stream_promises_namespaceObject.pipeline)(source, external_node_zlib_.createInflateRaw({
      chunkSize: CHUNK
    }), check, sink) : (0, external_node_stream_promises_namespaceObject.pipeline)(source, check, sink));
  }
  if (size !== entry.size || crc !== entry.crc) throw new Error(`${file}: ${entry.name} extracted to ${size} bytes with CRC-32 ${crc.toString(16)}, but the archive says ${entry.size} bytes and ${entry.crc.toString(16)}`);
}

const MAX_BYTES = {
  sums: 64 * 1024,
  signature: 16 * 1024,
  zip: 512 * 1024 * 1024
};

function packerReleaseFiles(mirror, version, platform) {
  const base = `${mirror}/packer/${version}`;
  const sums = `packer_${version}_SHA256SUMS`;
  const zip = `packer_${version}_${platform.os}_${platform.arch}.zip`;
  return {
    zip: zip,
    zipUrl: `${base}/${zip}`,
    sumsUrl: `${base}/${sums}`,
    signatureUrls: [ `${base}/${sums}.${HASHICORP_RELEASE_KEY_ID}.sig`, `${base}/${sums}.sig` ]
  };
}

function parsePackerVersion(output) {
  return /Packer v(\d+\.\d+\.\d+)/.exec(output)?.[1];
}

async function downloadSignature(urls, version, signal) {
  for (const url of urls) try {
    return await downloadBytes({
      url: url,
      what: `the Packer ${version} SHA256SUMS signature`,
      maxBytes: MAX_BYTES.signature,
      signal: signal
    });
  } catch (error) {
    if (!(error instanceof HttpStatusError && error.status === 404)) throw error;
  }
  throw new Error(`the SHA256SUMS signature is missing: tried ${urls.map(redactUrl).join(" and ")}`);
}

class PackerInstaller {
  inputs;
  platform;
  temp;
  label;
  entry;
  binaryName;
  constructor(inputs, platform, toolCache, temp) {
    this.inputs = inputs;
    this.platform = platform;
    this.temp = temp;
    this.label = `Packer ${inputs.version}`;
    const binaryName = platform.os === "windows" ? "packer.exe" : "packer";
    this.binaryName = binaryName;
    this.entry = new ToolCacheEntry(toolCache, "packer", inputs.version, platform.nodeArch, f => external_node_fs_.existsSync(external_node_path_.join(f, binaryName)));
  }
  tool(folder, cached) {
    return {
      name: "Packer",
      version: this.inputs.version,
      bin: folder,
      executable: external_node_path_.join(folder, this.binaryName),
      cached: cached
    };
  }
  find() {
    const folder = this.entry.find();
    return folder ? this.tool(folder, true) : void 0;
  }
  async install() {
    const {version: version, mirror: mirror, signingKey: signingKey} = this.inputs;
    const files = packerReleaseFiles(mirror, version, this.platform);
    const work = external_node_fs_.mkdtempSync(external_node_path_.join(this.temp, "packer-"));
    const zipPath = external_node_path_.join(work, files.zip);
    const abort = new AbortController;
    __nccwpck_require__.e(74).then(__nccwpck_require__.bind(__nccwpck_require__, 3074)).catch(() => {});
    const zip = downloadFile({
      url: files.zipUrl,
      dest: zipPath,
      what: `the Packer ${version} zip`,
      maxBytes: MAX_BYTES.zip,
      signal: abort.signal
    });
    zip.catch(() => {});
    try {
      const [sums, signature] = await Promise.all([ downloadBytes({
        url: files.sumsUrl,
        what: `the Packer ${version} SHA256SUMS`,
        maxBytes: MAX_BYTES.sums,
        signal: abort.signal
      }), downloadSignature(files.signatureUrls, version, abort.signal) ]);
      let signer;
      try {
        signer = await verifyDetachedSignature(sums, signature, signingKey);
      } catch (error) {
        throw new Error(`${redactUrl(files.sumsUrl)}: ${errorMessage(error)}`, {
          cause: error
        });
      }
      const expected = checksumFor(sums.toString("utf8"), files.zip);
      if (expected === void 0) throw new Error(`${redactUrl(files.sumsUrl)} lists no ${files.zip}: Packer ${version} is not released for ${this.platform.os}/${this.platform.arch}`);
      const actual = await zip;
      if (actual !== expected) throw new Error(`${files.zip} has sha256 ${actual}, but the signed SHA256SUMS says ${expected}: the download is corrupt or was tampered with`);
      info(`${files.zip}: signature (key ${signer}) and sha256 verified`);
      const folder = await this.entry.install(async dest => {
        await extractZip(zipPath, dest);
        const binary = external_node_path_.join(dest, this.binaryName);
        const {stdout: stdout} = await runProgram(binary, [ "version" ], {
          env: childEnv({
            CHECKPOINT_DISABLE: "1"
          })
        });
        const reported = parsePackerVersion(stdout);
        if (reported !== version) throw new Error(`${files.zip} holds Packer ${reported ?? "(unknown)"}, not ${version}`);
      });
      return this.tool(folder, false);
    } catch (error) {
      abort.abort();
      throw new Error(`Packer ${version} was not installed: ${errorMessage(error)}`, {
        cause: error
      });
    } finally {
      await zip.catch(() => {});
      external_node_fs_.rmSync(work, {
        recursive: true,
        force: true
      });
    }
  }
}

const OS = {
  linux: "linux",
  darwin: "darwin",
  win32: "windows"
};

const ARCH = {
  x64: "amd64",
  arm64: "arm64",
  ia32: "386",
  arm: "arm"
};

function hashicorpPlatform(platform = process.platform, arch = process.arch) {
  const os = OS[platform];
  const hcArch = ARCH[arch];
  if (os === void 0 || hcArch === void 0) throw new Error(`HashiCorp ships no Packer for ${platform}/${arch}; runners on linux, darwin or windows with x64, arm64, ia32 or arm are supported`);
  return {
    os: os,
    arch: hcArch,
    nodeArch: arch
  };
}

async function checkToolHost(inputs, context) {
  const platform = hashicorpPlatform(context.platform, context.arch);
  const ansible = inputs.ansible;
  if (!ansible) return {
    platform: platform,
    python: void 0
  };
  if (platform.os === "windows") throw new InputError(Input.AnsibleVersion, `Ansible does not run on Windows runners; set it to 'none' or use a Linux or macOS runner`);
  const python = await probePython(ansible.python);
  checkPythonFits(ansible, python);
  return {
    platform: platform,
    python: python
  };
}

async function installTools(inputs, host, context) {
  const toolCache = requireToolCache(context);
  const {platform: platform, python: python} = host;
  const [packer, ansible] = await Promise.all([ provide(new PackerInstaller(inputs.packer, platform, toolCache, context.temp)), inputs.ansible && python ? provide(new AnsibleInstaller(inputs.ansible, python, toolCache, platform.nodeArch)) : void 0 ]);
  core_debug(`tools: ${JSON.stringify({
    packer: packer,
    ansible: ansible
  })}`);
  return {
    packer: packer,
    ansible: ansible
  };
}

function variableArgs(c) {
  const args = c.varFiles.map(f => `-var-file=${f}`);
  if (c.template.variables.has("image_version")) args.push("-var", `image_version=${c.version}`);
  if (c.template.format === "legacy-json") for (const [name, value] of c.vars) args.push("-var", `${name}=${value}`);
  return args;
}

function selectionArgs(c) {
  const args = [];
  if (c.only.length > 0) args.push(`-only=${c.only.join(",")}`);
  if (c.except.length > 0) args.push(`-except=${c.except.join(",")}`);
  return args;
}

function validateArgs(c) {
  return [ "validate", ...selectionArgs(c), ...variableArgs(c), c.template.path ];
}

function buildArgs(c) {
  return [ "build", "-machine-readable", "-color=false", ...selectionArgs(c), ...variableArgs(c), c.template.path ];
}

function initArgs(c) {
  return [ "init", c.template.path ];
}

function pluginInstallArgs(source, version) {
  return [ "plugins", "install", source, version ];
}

function packerEnv(c) {
  const env = {
    IMAGE_VERSION: c.version,
    PACKER_PLUGIN_PATH: c.pluginPath,
    CHECKPOINT_DISABLE: "1",
    ...c.extraEnv
  };
  if (c.githubToken) env["PACKER_GITHUB_API_TOKEN"] = c.githubToken;
  if (c.template.format === "hcl") {
    env["PKR_VAR_image_version"] = c.version;
    for (const [name, value] of c.vars) env[`PKR_VAR_${name}`] = value;
  }
  return env;
}

function versionAtLeast(version, minimum) {
  const a = version.split(".").map(Number);
  const b = minimum.split(".").map(Number);
  for (let i = 0; i < 3; i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d > 0;
  }
  return true;
}

const ANSIBLE_PLUGIN_VERSION = "1.1.6";

const MANAGED = [ {
  source: "github.com/hashicorp/amazon",
  uses: /^amazon-/,
  version: amazon => amazon
}, {
  source: "github.com/hashicorp/ansible",
  uses: /^ansible(-local)?$/,
  version: () => ANSIBLE_PLUGIN_VERSION
} ];

function managedPlugins(template, packerVersion, amazonPluginVersion) {
  if (!versionAtLeast(packerVersion, "1.10.0")) return [];
  return MANAGED.filter(m => template.componentTypes.some(t => m.uses.test(t)) && !template.requiredPluginSources.includes(m.source)).map(m => ({
    source: m.source,
    version: m.version(amazonPluginVersion)
  }));
}

function needsInit(template, packerVersion) {
  return template.format === "hcl" && template.requiresPlugins && versionAtLeast(packerVersion, "1.7.0");
}

const PLUGIN_FILE = /^packer-plugin-[\w-]+_v(\d+\.\d+\.\d+)_x\d+\.\d+_[a-z0-9]+_[a-z0-9]+(\.exe)?$/;

function toolName(source) {
  return `packer-plugin-${source.replace(/[^\w.-]+/g, "_")}`;
}

function pluginFiles(root) {
  const found = [];
  const walk = dir => {
    for (const entry of external_node_fs_.readdirSync(dir, {
      withFileTypes: true
    })) {
      const full = external_node_path_.join(dir, entry.name);
      if (entry.isDirectory()) walk(full); else {
        const version = PLUGIN_FILE.exec(entry.name)?.[1];
        if (version && external_node_fs_.existsSync(`${full}_SHA256SUM`)) found.push({
          relative: external_node_path_.relative(root, full),
          version: version
        });
      }
    }
  };
  if (external_node_fs_.existsSync(root)) walk(root);
  return found;
}

class PluginFolder {
  folder;
  toolCache;
  arch;
  constructor(folder, toolCache, arch) {
    this.folder = folder;
    this.toolCache = toolCache;
    this.arch = arch;
  }
  link(entry) {
    for (const {relative: relative} of pluginFiles(entry)) for (const file of [ relative, `${relative}_SHA256SUM` ]) {
      const target = external_node_path_.join(this.folder, file);
      external_node_fs_.mkdirSync(external_node_path_.dirname(target), {
        recursive: true
      });
      external_node_fs_.rmSync(target, {
        force: true
      });
      external_node_fs_.symlinkSync(external_node_path_.join(entry, file), target);
    }
  }
  linkCached() {
    if (!external_node_fs_.existsSync(this.toolCache)) return;
    for (const tool of external_node_fs_.readdirSync(this.toolCache).filter(t => t.startsWith("packer-plugin-"))) {
      const versions = external_node_path_.join(this.toolCache, tool);
      for (const version of external_node_fs_.readdirSync(versions)) {
        const entry = new ToolCacheEntry(this.toolCache, tool, version, this.arch).find();
        if (entry) this.link(entry);
      }
    }
  }
  async provide(plugin, install) {
    const pinned = folder => pluginFiles(folder).some(f => f.version === plugin.version);
    const entry = new ToolCacheEntry(this.toolCache, toolName(plugin.source), plugin.version, this.arch, pinned);
    const found = entry.find();
    const published = found ?? await entry.install(async folder => {
      await install(folder);
      if (!pinned(folder)) throw new Error(`installing ${plugin.source} ${plugin.version} left no plugin ${plugin.version} in ${folder}`);
    });
    this.unlinkOtherVersions(plugin);
    this.link(published);
    return {
      cached: found !== void 0
    };
  }
  unlinkOtherVersions(plugin) {
    const dir = external_node_path_.join(this.folder, ...plugin.source.split("/"));
    for (const {relative: relative, version: version} of pluginFiles(dir)) {
      if (version === plugin.version) continue;
      for (const file of [ relative, `${relative}_SHA256SUM` ]) external_node_fs_.rmSync(external_node_path_.join(dir, file), {
        force: true
      });
    }
  }
  async publishDownloaded() {
    for (const {relative: relative, version: version} of pluginFiles(this.folder)) {
      const file = external_node_path_.join(this.folder, relative);
      if (external_node_fs_.lstatSync(file).isSymbolicLink()) continue;
      const source = external_node_path_.dirname(relative).split(external_node_path_.sep).join("/");
      const entry = new ToolCacheEntry(this.toolCache, toolName(source), version, this.arch);
      if (entry.find()) continue;
      try {
        await entry.install(folder => {
          for (const f of [ relative, `${relative}_SHA256SUM` ]) {
            external_node_fs_.mkdirSync(external_node_path_.dirname(external_node_path_.join(folder, f)), {
              recursive: true
            });
            external_node_fs_.copyFileSync(external_node_path_.join(this.folder, f), external_node_path_.join(folder, f));
            external_node_fs_.chmodSync(external_node_path_.join(folder, f), external_node_fs_.statSync(external_node_path_.join(this.folder, f)).mode);
          }
          return Promise.resolve();
        });
        info(`Cached plugin ${source} ${version} in the tool cache`);
      } catch (error) {
        core_warning(`Could not cache plugin ${source} ${version}: ${error.message}`);
      }
    }
  }
}

const LEAD_LINES = [ [ /^Creating temporary keypair: (\S.*)$/, "key-pair" ], [ /^Creating temporary security group for this instance: (packer_[0-9a-f-]+)$/, "security-group" ], [ /^Instance ID: (i-[0-9a-f]+)$/, "instance" ], [ /^Found Image ID: (ami-[0-9a-f]+)$/, "source-image" ], [ /^Prevalidating AMI Name: (.+)$/, "image-name" ], [ /^AMI: (ami-[0-9a-f]+)$/, "image" ], [ /^Copying to: ([a-z]{2}(?:-[a-z]+)+-\d+)$/, "copy-region" ], [ /^Created Spot Fleet launch template: (lt-[0-9a-f]+)$/, "launch-template" ], [ /^Creating temporary instance profile for this instance: (packer-[0-9a-f-]+)$/, "instance-profile" ], [ /^Creating temporary role for this instance: (packer-[0-9a-f-]+)$/, "role" ] ];

function leadOfLine(text) {
  for (const [pattern, kind] of LEAD_LINES) {
    const value = pattern.exec(text)?.[1];
    if (value !== void 0) return {
      kind: kind,
      value: value
    };
  }
  return;
}

class AnsibleFailureReader {
  task;
  failure;
  beforeTask;
  line(text) {
    const task = /^TASK \[(.+)\]/.exec(text);
    if (task) {
      this.task = task[1];
      this.beforeTask = this.failure;
    }
    if (text.trim() === "...ignoring") {
      this.failure = this.beforeTask;
      return;
    }
    const fatal = /^fatal: \[([^\]]+)\]: (FAILED|UNREACHABLE)! => (.*)$/.exec(text);
    const item = /^failed: \[([^\]]+)\] \(item=.*?\) => (.*)$/.exec(text);
    const [host, unreachable, json] = fatal ? [ fatal[1], fatal[2] === "UNREACHABLE", fatal[3] ] : item ? [ item[1], false, item[2] ] : [];
    if (host === void 0) return;
    this.failure = `task '${this.task ?? "?"}' ${unreachable ? "could not reach" : "failed on"} ${host}: ${ansibleMessage(json ?? "")}`;
  }
  get message() {
    return this.failure;
  }
}

function ansibleMessage(json) {
  let result;
  try {
    result = JSON.parse(json);
  } catch {
    result = {
      msg: cutString(json, "msg"),
      stderr: cutString(json, "stderr")
    };
  }
  const {msg: msg, stderr: stderr} = typeof result === "object" && result !== null ? result : {};
  const text = [ msg, stderr ].filter(v => typeof v === "string" && v !== "");
  return text.join(": ") || json;
}

function cutString(json, name) {
  const raw = new RegExp(`"${name}": "((?:[^"\\\\]|\\\\.)*)`).exec(json)?.[1];
  try {
    return raw === void 0 ? void 0 : JSON.parse(`"${raw}"`);
  } catch {
    return;
  }
}

function decode(field) {
  return field.replace(/%!\(PACKER_COMMA\)/g, ",").replace(/\\n/g, "\n").replace(/\\r/g, "\r");
}

function parseMachineReadable(line) {
  const match = /^(\d+),/.exec(line);
  if (!match) return;
  const rest = line.slice(match[0].length).replace(/\r$/, "");
  const known = /^(.*?),(ui|artifact-count|artifact|error-count|error|version|version-prelease|version-commit)(,|$)/.exec(rest);
  if (!known) return;
  const target = known[1] ?? "";
  const type = known[2] ?? "";
  const data = rest.slice(known[0].length);
  return {
    timestamp: Number(match[1]),
    target: target,
    type: type,
    data: known[3] === "," ? data.split(",").map(decode) : []
  };
}

const AMI_PAIR = /^([a-z]{2}(?:-[a-z]+)+-\d+):(ami-[0-9a-f]+)$/;

function parseAmiArtifactId(id) {
  const parts = id.split(",").map(p => p.trim());
  const pairs = parts.map(p => AMI_PAIR.exec(p));
  if (parts.length === 0 || pairs.some(m => m === null)) return;
  return pairs.map(m => ({
    region: m[1],
    amiId: m[2]
  }));
}

class ArtifactCollector {
  ids=new Map;
  artifacts=[];
  add(event) {
    if (event.type !== "artifact") return [];
    const [index, key, value] = event.data;
    const slot = `${event.target}#${index ?? ""}`;
    if (key === "id" && value !== void 0) this.ids.set(slot, value);
    if (key !== "end") return [];
    const id = this.ids.get(slot);
    this.ids.delete(slot);
    const added = [];
    for (const pair of id && parseAmiArtifactId(id) || []) {
      if (this.artifacts.some(a => a.amiId === pair.amiId && a.region === pair.region)) continue;
      const artifact = {
        build: event.target,
        ...pair
      };
      this.artifacts.push(artifact);
      added.push(artifact);
    }
    return added;
  }
  builds() {
    return [ ...new Set(this.artifacts.map(a => a.build)) ];
  }
}

function splitUiLine(line, knownBuilds) {
  const prefix = /^(?:==>| {3}) /.exec(line);
  if (!prefix) return;
  const rest = line.slice(prefix[0].length);
  const known = [ ...knownBuilds ].sort((a, b) => b.length - a.length).find(b => rest.startsWith(`${b}: `) || rest.startsWith(`${b} (`));
  if (known !== void 0) {
    const colon = rest.indexOf(": ", known.length);
    const by = /^ \(([\w-]+)\)$/.exec(rest.slice(known.length, colon))?.[1];
    return {
      build: known,
      text: rest.slice(colon + 2),
      ...by ? {
        by: by
      } : {}
    };
  }
  const any = /^(.+?)(?: \(([\w-]+)\))?: /.exec(rest);
  if (!any) return;
  return {
    build: any[1],
    text: rest.slice(any[0].length),
    ...any[2] ? {
      by: any[2]
    } : {}
  };
}

function nameCollision(errors) {
  for (const error of errors) {
    const match = /AMI Name: '(.+?)' is used by an existing AMI: (ami-[0-9a-f]+)\b/.exec(error);
    if (match) return {
      name: match[1],
      amiId: match[2]
    };
  }
  return;
}

const NO_OBSERVER = {
  lead: () => {},
  finished: () => {},
  artifact: () => {}
};

const BUILD_FINISHED = /^Build '(.+)' finished after .+\.$/;

class BuildOutputReader {
  show;
  observer;
  artifacts=new ArtifactCollector;
  errors=[];
  buildErrors=new Map;
  leads=[];
  known;
  ansible=new Map;
  constructor(builds, show = () => {}, observer = NO_OBSERVER) {
    this.show = show;
    this.observer = observer;
    this.known = [ ...builds ];
  }
  line(line) {
    const event = parseMachineReadable(line);
    if (!event) {
      if (line.trim()) this.show(line);
      return;
    }
    if (event.type === "ui") {
      const [level, text = ""] = event.data;
      if (level === "error") this.errors.push(text.trim());
      text.split(/\r?\n|\r/).forEach((piece, index) => {
        if (!piece.trim()) return;
        this.take(piece, level, index === 0);
        this.show(piece);
      });
      return;
    }
    if (event.type === "error" && event.target) this.buildErrors.set(event.target, event.data.join(","));
    if (event.type === "artifact-count" && event.target && !this.known.includes(event.target)) this.known.push(event.target);
    const reported = this.artifacts.add(event);
    if (reported.length > 0) this.observer.artifact(reported);
  }
  take(piece, level, first) {
    const said = splitUiLine(piece, this.known);
    if (!said) {
      const finished = BUILD_FINISHED.exec(piece)?.[1];
      if (first && level === "say" && finished !== void 0) this.observer.finished(finished);
      return;
    }
    this.ansibleOf(said.build).line(said.text);
    if (!first || said.by !== void 0) return;
    const lead = leadOfLine(said.text);
    if (lead) {
      this.leads.push({
        ...lead,
        build: said.build
      });
      this.observer.lead({
        ...lead,
        build: said.build
      });
    }
  }
  ansibleOf(build) {
    let reader = this.ansible.get(build);
    if (!reader) this.ansible.set(build, reader = new AnsibleFailureReader);
    return reader;
  }
  get ansibleFailure() {
    const failed = [ ...this.buildErrors.keys() ];
    const readers = [ ...this.ansible ];
    const of = ([build, reader]) => reader.message === void 0 ? void 0 : failed.length > 1 ? `${build}: ${reader.message}` : reader.message;
    return readers.filter(([b]) => failed.includes(b)).map(of).find(m => m !== void 0) ?? readers.map(of).find(m => m !== void 0);
  }
}

const DRAIN_AFTER_EXIT_MS = 1e3;

async function runPackerBuild(command, builds, observer) {
  const child = (0, external_node_child_process_.spawn)(command.binary, command.args, {
    cwd: command.cwd,
    env: childEnv(command.env),
    stdio: [ "ignore", "pipe", "pipe" ],
    windowsHide: true
  });
  const reader = new BuildOutputReader(builds, line => inertLog.line(line), observer);
  let cancelled = false;
  const forward = signal => {
    cancelled = true;
    inertLog.command(() => core_warning(`Received ${signal}: asking Packer to stop and clean up (SIGTERM), waiting for it to exit`));
    child.kill("SIGTERM");
  };
  process.on("SIGINT", forward);
  process.on("SIGTERM", forward);
  const stdout = (0, external_node_readline_namespaceObject.createInterface)({
    input: child.stdout,
    crlfDelay: 1 / 0
  });
  stdout.on("line", line => reader.line(line));
  const stderr = (0, external_node_readline_namespaceObject.createInterface)({
    input: child.stderr,
    crlfDelay: 1 / 0
  });
  stderr.on("line", line => {
    if (line.trim()) inertLog.line(line);
  });
  try {
    const [exitCode, signal] = await new Promise((resolve, reject) => {
      child.once("error", reject);
      child.once("exit", (code, sig) => resolve([ code, sig ]));
    });
    if (child.stdout.readable) await new Promise(resolve => {
      const timer = setTimeout(resolve, DRAIN_AFTER_EXIT_MS);
      stdout.once("close", () => {
        clearTimeout(timer);
        resolve();
      });
    });
    stdout.close();
    stderr.close();
    child.stdout.destroy();
    child.stderr.destroy();
    inertLog.resume();
    return {
      exitCode: exitCode,
      signal: signal,
      artifacts: reader.artifacts.artifacts,
      errors: reader.errors,
      buildErrors: reader.buildErrors,
      ansibleFailure: reader.ansibleFailure,
      cancelled: cancelled
    };
  } finally {
    process.off("SIGINT", forward);
    process.off("SIGTERM", forward);
  }
}

function validationAnnotations(output, templateFiles, cwd) {
  const fallback = templateFiles[0] ?? "";
  const annotations = [];
  const blocks = output.split(/\n(?=Error: )/);
  for (const block of blocks) {
    if (!block.startsWith("Error: ")) continue;
    const title = block.split("\n")[0]?.slice("Error: ".length).trim() ?? "";
    const where = /on (.+?) line (\d+)/.exec(block);
    const detail = block.split("\n").slice(1).filter(l => l.trim() && !/^\s*on .* line \d+/.test(l) && !/source code not available/.test(l) && !/^\s*\d+:/.test(l)).map(l => l.trim()).join(" ");
    annotations.push({
      message: detail ? `${title}: ${detail}` : title,
      file: where ? external_node_path_.resolve(cwd, where[1]) : fallback,
      line: where ? Number(where[2]) : void 0
    });
  }
  if (annotations.length > 0) return annotations;
  const jsonLine = /At line (\d+), column \d+/.exec(output);
  const lines = output.split("\n").map(l => l.trim()).filter(l => l && !l.startsWith("Template validation failed"));
  return [ {
    message: lines.slice(0, 2).join(" ") || "packer validate failed",
    file: fallback,
    line: jsonLine ? Number(jsonLine[1]) : void 0
  } ];
}

function env(job, extra = {}) {
  return childEnv({
    ...packerEnv(job.context),
    ...extra
  });
}

async function mustSucceed(job, args, what, extra) {
  const result = await spawnProgram(job.binary, args, {
    cwd: job.cwd,
    env: env(job, extra),
    echo: true
  });
  if (result.exitCode !== 0) throw new Error(`${what} failed (exit ${result.exitCode ?? result.signal ?? "?"}):\n${lastLines(`${result.stdout}\n${result.stderr}`, 15)}`);
}

async function providePlugins(job, toolCache, arch, amazonPluginVersion) {
  const plugins = new PluginFolder(job.context.pluginPath, toolCache, arch);
  plugins.linkCached();
  for (const plugin of managedPlugins(job.context.template, job.packerVersion, amazonPluginVersion)) {
    const {cached: cached} = await plugins.provide(plugin, folder => mustSucceed(job, pluginInstallArgs(plugin.source, plugin.version), `packer plugins install ${plugin.source} ${plugin.version}`, {
      PACKER_PLUGIN_PATH: folder
    }));
    info(`Plugin ${plugin.source} ${plugin.version}: ${cached ? "found in the tool cache" : "installed and cached"}`);
  }
  if (needsInit(job.context.template, job.packerVersion)) {
    await mustSucceed(job, initArgs(job.context), "packer init");
    await plugins.publishDownloaded();
  } else if (job.context.template.requiresPlugins) info(`Packer ${job.packerVersion} has no 'packer init' (1.7+): required_plugins are not installed`);
}

function makePluginFolder(temp) {
  return external_node_fs_.realpathSync(external_node_fs_.mkdtempSync(external_node_path_.join(temp, "packer-plugins-")));
}

async function validateTemplate(job) {
  const result = await spawnProgram(job.binary, validateArgs(job.context), {
    cwd: job.cwd,
    env: env(job),
    echo: true
  });
  if (result.exitCode === 0) return;
  const [first, ...more] = validationAnnotations(`${result.stdout}\n${result.stderr}`, job.context.template.files, job.cwd);
  inertLog.command(() => {
    for (const a of more) core_error(a.message, {
      title: "packer validate",
      file: a.file,
      ...a.line !== void 0 ? {
        startLine: a.line
      } : {}
    });
  });
  throw new TemplateError(`${first?.message ?? "packer validate failed"}${more.length > 0 ? ` (and ${more.length} more problem(s), annotated)` : ""}`, first?.file, first?.line, "packer validate");
}

function buildImages(job, builds, observer) {
  return runPackerBuild({
    binary: job.binary,
    args: buildArgs(job.context),
    cwd: job.cwd,
    env: packerEnv(job.context)
  }, builds, observer);
}

function orderArtifacts(artifacts, buildOrder, primaryRegion) {
  const rank = build => {
    const i = buildOrder.indexOf(build);
    return i < 0 ? buildOrder.length : i;
  };
  return [ ...artifacts ].sort((a, b) => rank(a.build) - rank(b.build) || a.build.localeCompare(b.build) || Number(b.region === primaryRegion) - Number(a.region === primaryRegion) || a.region.localeCompare(b.region) || a.amiId.localeCompare(b.amiId));
}

function primaryArtifact(ordered, region) {
  const first = ordered[0];
  if (first === void 0) return;
  const ofFirst = ordered.filter(a => a.build === first.build);
  return ofFirst.find(a => a.region === region) ?? (ofFirst.length === 1 ? first : void 0);
}

function byBuild(ordered) {
  const builds = {};
  for (const a of ordered) (builds[a.build] ??= {})[a.region] = a.amiId;
  return builds;
}

function earlierAttempt(run, current) {
  const parse = r => /^(.+#.+)\.(\d+)$/.exec(r);
  const [, runId, attempt] = parse(run ?? "") ?? [];
  const [, currentId, currentAttempt] = parse(current) ?? [];
  return runId !== void 0 && runId === currentId && Number(attempt) < Number(currentAttempt);
}

function decideOnExisting(images, builds, onExisting, describe, patience = {
  waitForOtherRuns: true
}) {
  const {version: version, region: region, run: run} = describe;
  const released = images.filter(i => i.released);
  const unreleased = images.filter(i => !i.released);
  const list = some => some.map(i => i.id).join(", ");
  if (onExisting === "rebuild") return {
    action: "build",
    builds: void 0,
    finish: [],
    ...unreleased.length > 0 ? {
      note: `${list(unreleased)} of ${version}, not released, are left as they are`
    } : {}
  };
  if (onExisting === "fail" && images.length > 0) return {
    action: "fail",
    reason: released.length > 0 ? `is 'fail' and ${list(released)} in ${region} already carries ${version}` : `is 'fail' and ${list(unreleased)} in ${region} is an unreleased image of ${version}`
  };
  const wanted = builds ?? [ ...new Set(images.map(i => i.build)) ];
  if (wanted.length === 0) return {
    action: "build",
    builds: void 0,
    finish: []
  };
  const missing = [];
  const finish = [];
  const waitFor = [];
  const problems = [];
  for (const build of wanted) {
    if (released.some(i => i.build === build)) continue;
    const mine = unreleased.filter(i => i.build === build);
    if (mine.length === 0) {
      missing.push(build);
      continue;
    }
    const alive = mine.filter(i => i.instance === "alive");
    if (alive.length > 0) {
      waitFor.push(...alive.map(i => i.id));
      continue;
    }
    const ours = mine.filter(i => earlierAttempt(i.run, run));
    const finishable = ours.filter(i => i.complete).at(-1);
    if (finishable) {
      finish.push(finishable.id);
      continue;
    }
    const releasing = mine.filter(i => i.complete && i.run !== void 0 && i.run !== run && !earlierAttempt(i.run, run));
    if (releasing.length > 0 && patience.waitForOtherRuns) {
      waitFor.push(...releasing.map(i => i.id));
      continue;
    }
    problems.push(...mine.map(i => leftBehind(i, run)));
  }
  if (waitFor.length > 0) return {
    action: "wait",
    images: waitFor
  };
  if (problems.length > 0) return {
    action: "fail",
    reason: `${problems.join("; ")} (in ${region}, ${version}): nothing is built over it. Remove it (deregister it with its snapshots), or set on-existing: rebuild with an ami_name that differs per build`
  };
  if (missing.length === 0) return finish.length > 0 ? {
    action: "finish",
    finish: finish
  } : {
    action: "reuse"
  };
  return {
    action: "build",
    builds: builds === void 0 || missing.length === builds.length ? void 0 : missing,
    finish: finish
  };
}

function leftBehind(image, run) {
  const by = image.run ?? "an unknown run";
  if (image.instance === "unknown" && !earlierAttempt(image.run, run)) return `${image.id} (${image.build}) is marked by ${by}, and EC2 does not say whether its build still runs; let that run finish`;
  if (!image.complete) return `${image.id} (${image.build}) was left unfinished by ${by}: its build stopped before Packer reported it`;
  return `${image.id} (${image.build}) was built by ${by}, which did not release it; re-run that run to release it`;
}

function classifyBuild(result) {
  if (result.cancelled) return "cancelled";
  if (result.exitCode === 0) return result.artifacts > 0 ? "succeeded" : "no-ami";
  if (result.artifacts > 0) return "partial";
  return result.collision ? "collision" : "failed";
}

function deriveLineage(inputs) {
  const relative = file => external_node_path_.relative(inputs.workspace, file).split(external_node_path_.sep).join("/") || ".";
  const base = `${inputs.repository}:${relative(inputs.template)}`;
  const selection = {
    vars: [ ...inputs.vars ].map(([k, v]) => `${k}=${v}`).sort(),
    varFiles: inputs.varFiles.map(relative),
    only: [ ...inputs.only ].sort(),
    except: [ ...inputs.except ].sort()
  };
  const empty = Object.values(selection).every(list => list.length === 0);
  if (empty) return base.slice(0, TAG_VALUE_MAX);
  const digest = (0, external_node_crypto_.createHash)("sha256").update(JSON.stringify(selection)).digest("hex").slice(0, 12);
  return `${base.slice(0, TAG_VALUE_MAX - 13)}#${digest}`;
}

function environmentOutsideLineage(declared, environment, vars) {
  const set = new Set(vars.map(([name]) => name));
  return Object.keys(environment).filter(key => key.startsWith("PKR_VAR_")).map(key => key.slice("PKR_VAR_".length)).filter(name => name !== "image_version" && !set.has(name) && declared.has(name) && declared.get(name)?.sensitive === false).sort();
}

function writeToolOutputs(tools) {
  setOutput(Output.PackerVersion, tools.packer.version);
  setOutput(Output.AnsibleVersion, tools.ansible?.version ?? "");
}

function writeFlags(flags) {
  setOutput(Output.Skipped, String(flags.skipped));
  setOutput(Output.Reused, String(flags.reused));
}

function writeReleaseOutputs(r) {
  const primary = primaryArtifact(r.artifacts, r.region);
  const first = r.artifacts[0]?.build;
  setOutput(Output.ImageVersion, r.imageVersion);
  setOutput(Output.Lineage, r.lineage);
  setOutput(Output.AmiId, primary?.amiId ?? "");
  setOutput(Output.Region, primary?.region ?? "");
  setOutput(Output.Amis, JSON.stringify(first === void 0 ? {} : byBuild(r.artifacts)[first] ?? {}));
  setOutput(Output.Artifacts, JSON.stringify(r.artifacts));
  setOutput(Output.Builds, JSON.stringify(byBuild(r.artifacts)));
  if (r.ssmParameterVersions !== void 0) setOutput(Output.SsmParameterVersions, JSON.stringify(r.ssmParameterVersions));
}

function makePrivateFolder(temp, prefix) {
  const dir = external_node_fs_.mkdtempSync(external_node_path_.join(temp, prefix));
  external_node_fs_.chmodSync(dir, 448);
  return dir;
}

function checkPrivateFolder(dir, temp, prefix) {
  const pattern = new RegExp(`^${prefix.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}[A-Za-z0-9]{6}$`);
  const parent = external_node_path_.dirname(dir);
  if (!external_node_path_.isAbsolute(dir) || !pattern.test(external_node_path_.basename(dir)) || parent !== temp && parent !== external_node_fs_.realpathSync(temp)) return {
    refused: `'${dir}' is not a folder this action makes (<RUNNER_TEMP>/${prefix}XXXXXX)`
  };
  const folder = external_node_fs_.lstatSync(dir, {
    throwIfNoEntry: false
  });
  if (folder === void 0) return {
    gone: true
  };
  const uid = process.getuid?.();
  if (!folder.isDirectory() || uid !== void 0 && folder.uid !== uid || process.platform !== "win32" && (folder.mode & 511) !== 448) return {
    refused: `'${dir}' is not the private folder this action made`
  };
  return {};
}

const PREFIX = "ansible-vault-";

function writeVaultPasswordFile(password, temp) {
  if (password === void 0) return {
    env: {},
    file: void 0
  };
  const dir = makePrivateFolder(temp, PREFIX);
  const file = external_node_path_.join(dir, "password");
  external_node_fs_.writeFileSync(file, password, {
    mode: 384,
    flag: "wx"
  });
  return {
    env: {
      ANSIBLE_VAULT_PASSWORD_FILE: file
    },
    file: file
  };
}

function removeVaultPasswordFile(file, temp) {
  const dir = external_node_path_.dirname(file);
  if (external_node_path_.basename(file) !== "password") return `'${file}' is not a password file this action writes (<RUNNER_TEMP>/${PREFIX}XXXXXX/password)`;
  const {refused: refused, gone: gone} = checkPrivateFolder(dir, temp, PREFIX);
  if (refused) return refused;
  if (gone) return;
  const entries = external_node_fs_.readdirSync(dir);
  const stat = external_node_fs_.lstatSync(file, {
    throwIfNoEntry: false
  });
  if (entries.some(e => e !== "password") || stat !== void 0 && !stat.isFile()) return `'${dir}' holds something this action did not write`;
  external_node_fs_.rmSync(file, {
    force: true
  });
  external_node_fs_.rmdirSync(dir);
  return;
}

const evidence_record_PREFIX = "packer-ami-release-";

const FILE = "evidence.json";

class EvidenceRecord {
  folder;
  constructor(temp) {
    this.folder = makePrivateFolder(temp, evidence_record_PREFIX);
  }
  write(evidence) {
    const file = external_node_path_.join(this.folder, FILE);
    const next = `${file}.next`;
    external_node_fs_.writeFileSync(next, JSON.stringify(evidence), {
      mode: 384
    });
    external_node_fs_.renameSync(next, file);
  }
}

function readEvidenceRecord(folder, temp) {
  const {refused: refused, gone: gone} = checkPrivateFolder(folder, temp, evidence_record_PREFIX);
  if (refused) return {
    problems: [ refused ]
  };
  if (gone) return {
    problems: []
  };
  const file = external_node_path_.join(folder, FILE);
  const stat = external_node_fs_.lstatSync(file, {
    throwIfNoEntry: false
  });
  if (stat === void 0) return {
    problems: []
  };
  if (!stat.isFile()) return {
    problems: [ `'${file}' is not a file this action wrote` ]
  };
  const read = parseEvidence(external_node_fs_.readFileSync(file, "utf8"));
  const made = external_node_fs_.statSync(folder).birthtimeMs;
  const started = Date.parse(read.evidence?.startedAt ?? "");
  if (made > 0 && started < made - START_BEFORE_RECORD_MS) return {
    problems: [ `the saved start time ${read.evidence?.startedAt ?? ""} is before the record was made (${new Date(made).toISOString()})` ]
  };
  return read;
}

const START_BEFORE_RECORD_MS = 5 * 6e4;

function removeEvidenceRecord(folder, temp) {
  const {refused: refused, gone: gone} = checkPrivateFolder(folder, temp, evidence_record_PREFIX);
  if (refused || gone) return;
  for (const name of [ FILE, `${FILE}.next` ]) {
    const file = external_node_path_.join(folder, name);
    if (external_node_fs_.lstatSync(file, {
      throwIfNoEntry: false
    })?.isFile()) external_node_fs_.rmSync(file);
  }
  if (external_node_fs_.readdirSync(folder).length === 0) external_node_fs_.rmdirSync(folder);
}

async function putImageParameter(region, name, amiId) {
  try {
    return await currentVersion(region, name, amiId) ?? await put(region, name, amiId);
  } catch (error) {
    throw new AwsError(`Could not put ${amiId} in the SSM parameter ${name}: ${errorMessage(error)}`, error instanceof AwsError ? error.code : "Error", {
      cause: error
    });
  }
}

async function currentVersion(region, name, amiId) {
  const {send: send, sdk: sdk} = await ssm(region);
  try {
    const {Parameter: Parameter} = await send(new sdk.GetParameterCommand({
      Name: name
    }));
    return Parameter?.Value === amiId ? Parameter.Version : void 0;
  } catch (error) {
    if (hasCode(error, /ParameterNotFound/)) return;
    throw error;
  }
}

async function put(region, name, amiId) {
  const {send: send, sdk: sdk} = await ssm(region);
  const {Version: Version} = await send(new sdk.PutParameterCommand({
    Name: name,
    Value: amiId,
    Type: "String",
    DataType: "aws:ec2:image",
    Overwrite: true
  }));
  return Version ?? 0;
}

function consoleLink(region, amiId) {
  const page = `/ec2/home?region=${region}#ImageDetails:imageId=${amiId}`;
  if (/^us-iso/.test(region)) return;
  if (region.startsWith("cn-")) return `https://${region}.console.amazonaws.cn${page}`;
  if (region.startsWith("us-gov-")) return `https://console.amazonaws-us-gov.com${page}`;
  return `https://${region}.console.aws.amazon.com${page}`;
}

function markers(lineage) {
  const id = (0, external_node_crypto_.createHash)("sha256").update(lineage).digest("hex").slice(0, 12);
  return {
    start: `\x3c!-- packer-ami-release ${id} --\x3e`,
    end: `\x3c!-- /packer-ami-release ${id} --\x3e`
  };
}

function amiSection(version, lineage, artifacts) {
  const {start: start, end: end} = markers(lineage);
  const cell = text => text.replace(/\|/g, "\\|");
  const rows = artifacts.map(a => {
    const link = consoleLink(a.region, a.amiId);
    return `| ${cell(a.build)} | ${a.region} | ${link ? `[${a.amiId}](${link})` : a.amiId} |`;
  });
  return [ start, `### AMIs of ${cell(version)}`, "", `Lineage \`${lineage.replace(/`/g, "'")}\``, "", "| Build | Region | AMI |", "| --- | --- | --- |", ...rows, end ].join("\n");
}

function withSection(body, lineage, section) {
  const {start: start, end: end} = markers(lineage);
  const from = body.indexOf(start);
  const to = body.indexOf(end, from);
  if (from >= 0 && to > from) return `${body.slice(0, from)}${section}${body.slice(to + end.length)}`;
  return body.trim() === "" ? section : `${body.replace(/\s+$/, "")}\n\n${section}`;
}

async function updateReleaseNotes(options) {
  const github = await __nccwpck_require__.e(413).then(__nccwpck_require__.bind(__nccwpck_require__, 2413));
  const octokit = github.getOctokit(options.token);
  const {owner: owner, repo: repo} = github.context.repo;
  const section = amiSection(options.version, options.lineage, options.artifacts);
  for (let attempt = 1; ;attempt++) {
    let release;
    try {
      release = (await octokit.rest.repos.getReleaseByTag({
        owner: owner,
        repo: repo,
        tag: options.tag
      })).data;
    } catch (error) {
      if (error.status === 404) return {
        kind: "no-release",
        tag: options.tag
      };
      throw error;
    }
    const body = release.body ?? "";
    if (body.replace(/\r\n/g, "\n").includes(section)) return {
      kind: "updated",
      url: release.html_url
    };
    if (attempt > 3) throw new Error(`the notes of release ${options.tag} kept changing under this update`);
    await octokit.rest.repos.updateRelease({
      owner: owner,
      repo: repo,
      release_id: release.id,
      body: withSection(body, options.lineage, section)
    });
  }
}

async function publishRelease(inputs, stream, artifacts, tag, report) {
  if (inputs.ssmParameter === void 0 && !inputs.releaseNotes) return {
    ssmVersions: void 0,
    problems: []
  };
  return report.phase("Publish the release", () => publish(inputs, stream, artifacts, tag, report));
}

async function publish(inputs, stream, artifacts, tag, report) {
  const problems = [];
  let ssmVersions;
  const name = inputs.ssmParameter;
  if (name !== void 0) {
    const perBuild = name.includes("{build}");
    const first = artifacts[0]?.build;
    const targets = artifacts.filter(a => perBuild || a.build === first);
    const flat = {};
    const nested = {};
    await Promise.all(targets.map(async a => {
      const parameter = name.replace(/\{build\}/g, a.build);
      try {
        const version = await putImageParameter(a.region, parameter, a.amiId);
        if (perBuild) (nested[parameter] ??= {})[a.region] = version; else flat[a.region] = version;
        report.ssm.push({
          parameter: parameter,
          region: a.region,
          version: version
        });
        info(`${a.region}: ${parameter} = ${a.amiId} (version ${version})`);
      } catch (error) {
        problems.push(errorMessage(error));
      }
    }));
    ssmVersions = perBuild ? nested : flat;
  }
  if (inputs.releaseNotes) if (tag === void 0) notice("release-notes: this run is not for a tag, so there is no GitHub Release to add the AMIs to"); else try {
    const result = await updateReleaseNotes({
      token: inputs.githubToken,
      tag: tag,
      version: stream.version,
      lineage: stream.lineage,
      artifacts: artifacts
    });
    if (result.kind === "no-release") notice(`release-notes: the tag ${tag} has no GitHub Release yet, so its notes were not changed`); else info(`Added the AMIs to the notes of ${result.url}`);
  } catch (error) {
    problems.push(`release notes of ${tag}: ${errorMessage(error)}`);
  }
  return {
    ssmVersions: ssmVersions,
    problems: problems
  };
}

function streamOf(inputs, context, version, region) {
  const lineage = inputs.lineage ?? deriveLineage({
    repository: context.repository,
    workspace: context.workspace,
    template: inputs.template,
    vars: inputs.vars,
    varFiles: inputs.varFiles,
    only: inputs.only,
    except: inputs.except
  });
  return {
    schema: tagSchema(inputs.versionTagKey),
    version: version,
    lineage: lineage,
    acceptLegacyLineage: inputs.lineage === void 0 && !lineage.includes("#"),
    region: region,
    run: runReference(context)
  };
}

async function liveInstances(region, ids) {
  if (ids.length === 0) return new Set;
  const instances = await describeInstances(region, [ {
    Name: "instance-id",
    Values: ids
  } ]);
  return new Set(instances.filter(i => i.State?.Name !== "terminated" && i.State?.Name !== "shutting-down").map(i => i.InstanceId ?? ""));
}

async function streamImages(stream, found) {
  const {schema: schema} = stream;
  const alive = await liveInstances(stream.region, found.pending.map(i => i.SourceInstanceId).filter(id => !!id));
  const fact = (i, released) => {
    const tags = tagMap(i);
    return {
      id: i.ImageId ?? "",
      build: tags.get(schema.build) ?? "",
      released: released,
      run: tags.get(schema.run),
      complete: tags.has(schema.copies),
      instance: i.SourceInstanceId === void 0 ? "unknown" : alive.has(i.SourceInstanceId) ? "alive" : "gone"
    };
  };
  return [ ...found.released.map(i => fact(i, true)), ...found.pending.map(i => fact(i, false)) ];
}

const RELEASING_WAIT_MS = 3 * 6e4;

async function lookForRelease(stream, onExisting, builds) {
  const started = Date.now();
  return poll(async () => {
    const found = await findStreamImages(stream.region, stream.schema, stream.version, stream.lineage, stream.acceptLegacyLineage);
    const decision = decideOnExisting(await streamImages(stream, found), builds, onExisting, {
      version: stream.version,
      region: stream.region,
      run: stream.run
    }, {
      waitForOtherRuns: Date.now() - started < RELEASING_WAIT_MS
    });
    if (decision.action !== "wait") return {
      decision: decision,
      found: found
    };
    info(`${decision.images.join(", ")} of ${stream.version} is being built or released by another run: waiting for it`);
    return;
  }, POLL.inProgressMs, POLL.inProgressMaxMs, () => new Error(`another run was still building ${stream.version} after ${POLL.inProgressMaxMs / 6e4} minutes`));
}

async function recordedArtifacts(images, stream, buildOrder) {
  const {schema: schema} = stream;
  const recorded = images.map(image => ({
    image: image,
    copies: tags_recordedCopies(schema, tagMap(image)) ?? []
  }));
  const regions = [ ...new Set(recorded.flatMap(r => r.copies.map(c => c.region))) ];
  const described = new Map(await Promise.all(regions.map(async region => [ region, await describeImagesById(region, recorded.flatMap(r => r.copies.filter(c => c.region === region).map(c => c.amiId))) ])));
  const artifacts = [];
  for (const {image: image, copies: copies} of recorded) {
    const tags = tagMap(image);
    const build = tags.get(schema.build) ?? "";
    artifacts.push({
      build: build,
      region: stream.region,
      amiId: image.ImageId ?? ""
    });
    for (const copy of copies) {
      const found = described.get(copy.region)?.find(i => i.ImageId === copy.amiId);
      const problem = copyProblem(found, image, stream);
      if (problem === void 0) artifacts.push({
        build: build,
        ...copy
      }); else core_warning(`${image.ImageId ?? ""} records ${copy.amiId} in ${copy.region} as its copy, but ${problem}; it is left out of ${stream.version}`);
    }
  }
  return orderArtifacts(artifacts, buildOrder, stream.region);
}

function copyProblem(copy, image, stream) {
  if (!copy) return "EC2 has no such image of this account";
  const {schema: schema} = stream;
  const ofImage = tagMap(image);
  const tags = tagMap(copy);
  for (const key of [ schema.lineage, schema.build ]) if (tags.get(key) !== ofImage.get(key)) return `its ${key} tag differs`;
  const released = ofImage.get(schema.version);
  if (released !== void 0 ? tags.get(schema.version) !== released : tags.get(schema.run) !== ofImage.get(schema.run) || tags.get(schema.pending) !== stream.version) return released !== void 0 ? `it does not carry ${schema.version}=${released}` : "it is not marked by the run that built the image";
  if (copy.SourceImageId !== void 0 && copy.SourceImageId !== image.ImageId && copy.SourceImageId !== image.SourceImageId) return `EC2 says it was copied from ${copy.SourceImageId}`;
  return;
}

function globToRegExp(pattern) {
  let source = "";
  let alternatives = 0;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === "\\") {
      const next = pattern[++i];
      if (next === void 0) return;
      source += escapeRegExp(next);
    } else if (c === "*") source += ".*"; else if (c === "?") source += "."; else if (c === "[") {
      const end = pattern.indexOf("]", i + 1);
      if (end < 0) return;
      let body = pattern.slice(i + 1, end);
      const not = body.startsWith("!");
      if (not) body = body.slice(1);
      if (body === "") return;
      source += `[${not ? "^" : ""}${body.replace(/[\\^\]]/g, m => `\\${m}`)}]`;
      i = end;
    } else if (c === "{") {
      alternatives++;
      source += "(?:";
    } else if (c === "," && alternatives > 0) source += "|"; else if (c === "}" && alternatives > 0) {
      alternatives--;
      source += ")";
    } else source += escapeRegExp(c);
  }
  if (alternatives > 0) return;
  try {
    return new RegExp(`^${source}$`, "s");
  } catch {
    return;
  }
}

function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\/-]/g, m => `\\${m}`);
}

function quoteGlob(name) {
  return name.replace(/[*?\\[\]{}]/g, m => `\\${m}`);
}

function selectBuilds(builds, selection, format) {
  const matcher = pattern => {
    if (format === "legacy-json") return name => name === pattern;
    const glob = globToRegExp(pattern);
    return glob ? name => glob.test(name) : "it is not a valid glob";
  };
  const lists = {
    only: selection.only,
    except: selection.except
  };
  const matchers = {
    only: [],
    except: []
  };
  for (const input of [ "only", "except" ]) for (const pattern of lists[input]) {
    const match = matcher(pattern);
    if (typeof match === "string") return {
      builds: [],
      unmatched: {
        input: input,
        pattern: pattern,
        reason: match
      }
    };
    if (!builds.some(match)) return {
      builds: [],
      unmatched: {
        input: input,
        pattern: pattern,
        reason: "it matches no build of the template"
      }
    };
    matchers[input].push(match);
  }
  return {
    builds: builds.filter(name => (matchers.only.length === 0 || matchers.only.some(m => m(name))) && !matchers.except.some(m => m(name)))
  };
}

class HclSyntaxError extends Error {
  line;
  constructor(message, line) {
    super(`line ${line}: ${message}`);
    this.line = line;
    this.name = "HclSyntaxError";
  }
}

const IDENT = /[A-Za-z_][A-Za-z0-9_-]*/y;

class Scanner {
  text;
  at=0;
  literals=[];
  constructor(text) {
    this.text = text;
  }
  line(at = this.at) {
    let line = 1;
    for (let i = 0; i < at; i++) if (this.text[i] === "\n") line++;
    return line;
  }
  fail(message, at = this.at) {
    throw new HclSyntaxError(message, this.line(at));
  }
  peek(offset = 0) {
    return this.text[this.at + offset] ?? "";
  }
  skip(stopAtNewline) {
    for (;;) {
      const c = this.peek();
      if (c === " " || c === "\t" || c === "\r") this.at++; else if (c === "\n" && !stopAtNewline) this.at++; else if (c === "#" || c === "/" && this.peek(1) === "/") {
        const start = this.at;
        while (this.at < this.text.length && this.peek() !== "\n") this.at++;
        this.literals.push([ start, this.at ]);
      } else if (c === "/" && this.peek(1) === "*") {
        const end = this.text.indexOf("*/", this.at + 2);
        if (end < 0) this.fail("a /* comment is not closed");
        this.literals.push([ this.at, end + 2 ]);
        this.at = end + 2;
      } else return;
    }
  }
  identifier() {
    IDENT.lastIndex = this.at;
    const match = IDENT.exec(this.text);
    if (!match) return;
    this.at += match[0].length;
    return match[0];
  }
  quoted() {
    const start = this.at;
    this.at++;
    let literal = this.at;
    while (this.at < this.text.length) {
      const c = this.peek();
      if (c === "\\") this.at += 2; else if (c === '"') {
        this.literals.push([ literal, this.at ]);
        this.at++;
        return this.text.slice(start, this.at);
      } else if ((c === "$" || c === "%") && this.peek(1) === "{") {
        if (this.peek(-1) === c) {
          this.at += 2;
          continue;
        }
        this.literals.push([ literal, this.at ]);
        this.at += 2;
        this.expression("}");
        this.at++;
        literal = this.at;
      } else if (c === "\n") this.fail("a quoted string runs past the end of its line", start); else this.at++;
    }
    return this.fail("a quoted string is not closed", start);
  }
  heredoc() {
    const start = this.at;
    const match = /<<-?([A-Za-z_][A-Za-z0-9_-]*)\r?\n/y;
    match.lastIndex = this.at;
    const found = match.exec(this.text);
    if (!found) this.fail("a heredoc needs a marker and a new line after <<");
    const marker = found[1];
    this.at += found[0].length;
    for (;;) {
      const end = this.text.indexOf("\n", this.at);
      const line = this.text.slice(this.at, end < 0 ? void 0 : end);
      if (line.trim() === marker) {
        this.at = end < 0 ? this.text.length : end;
        return this.text.slice(start, this.at);
      }
      if (end < 0) this.fail(`heredoc ${marker} is not closed`, start);
      this.at = end + 1;
    }
  }
  expression(close) {
    const start = this.at;
    let end = this.at;
    const open = [];
    const pairs = {
      "(": ")",
      "[": "]",
      "{": "}"
    };
    for (;;) {
      this.skip(open.length === 0 && close === void 0);
      const c = this.peek();
      if (c === "") {
        if (close !== void 0 || open.length > 0) this.fail("an expression is not closed", start);
        break;
      }
      if (c === "\n" && open.length === 0 && close === void 0) break;
      if (open.length === 0 && c === close) break;
      if (open.length === 0 && close === void 0 && c === "}") break;
      if (c === '"') this.quoted(); else if (c === "<" && this.peek(1) === "<" && /[-A-Za-z_]/.test(this.peek(2))) this.heredoc(); else if (pairs[c] !== void 0) {
        open.push(pairs[c]);
        this.at++;
      } else if (c === ")" || c === "]" || c === "}") {
        if (open.pop() !== c) this.fail(`an unexpected "${c}"`);
        this.at++;
      } else this.at++;
      end = this.at;
    }
    return this.text.slice(start, end).trim();
  }
  body(opened) {
    const body = {
      attributes: [],
      blocks: []
    };
    for (;;) {
      this.skip(false);
      if (this.peek() === "") {
        if (opened) this.fail(`block ${opened.name} is not closed`, opened.at);
        return body;
      }
      if (this.peek() === "}") {
        if (!opened) this.fail('an unexpected "}"');
        this.at++;
        return body;
      }
      const start = this.at;
      const name = this.identifier();
      if (name === void 0) this.fail(`expected an attribute or a block, found "${this.peek()}"`);
      this.skip(true);
      if (this.peek() === "=" && this.peek(1) !== "=") {
        this.at++;
        const expression = this.expression();
        if (expression === "") this.fail(`attribute ${name} has no value`, start);
        body.attributes.push({
          name: name,
          expression: expression,
          line: this.line(start)
        });
        continue;
      }
      const labels = [];
      for (;;) {
        this.skip(true);
        if (this.peek() === '"') labels.push(unquote(this.quoted())); else {
          const label = this.identifier();
          if (label === void 0) break;
          labels.push(label);
        }
      }
      const header = [ name, ...labels.map(l => JSON.stringify(l)) ].join(" ");
      if (this.peek() !== "{") this.fail(`expected "{" after block ${header}`);
      this.at++;
      body.blocks.push({
        type: name,
        labels: labels,
        body: this.body({
          name: header,
          at: start
        }),
        line: this.line(start)
      });
    }
  }
}

function parseHcl(text) {
  return new Scanner(text).body();
}

function stringLiteral(expression) {
  const match = /^"((?:[^"\\$%]|\\.|\$(?!\{)|%(?!\{)|\$\$\{|%%\{)*)"$/.exec(expression.trim());
  if (!match) return;
  return unquote(`"${match[1] ?? ""}"`);
}

function unquote(quoted) {
  try {
    return JSON.parse(quoted.replace(/\$\$\{/g, "${").replace(/%%\{/g, "%{"));
  } catch {
    return quoted.slice(1, -1);
  }
}

function references(expression) {
  const scanner = new Scanner(expression);
  let code = expression;
  try {
    scanner.expression();
    for (const [from, to] of scanner.literals) code = code.slice(0, from) + " ".repeat(to - from) + code.slice(to);
  } catch {}
  return new Set([ ...code.matchAll(/(?<![\w.-])(var|local)\.([A-Za-z_][A-Za-z0-9_-]*)/g) ].map(m => `${m[1]}.${m[2]}`));
}

function stringList(expression) {
  const scanner = new Scanner(expression);
  const items = [];
  try {
    scanner.skip(false);
    if (scanner.peek() !== "[") return;
    scanner.at++;
    for (;;) {
      scanner.skip(false);
      if (scanner.peek() === "]") break;
      if (scanner.peek() !== '"') return;
      const item = stringLiteral(scanner.quoted());
      if (item === void 0) return;
      items.push(item);
      scanner.skip(false);
      if (scanner.peek() === ",") scanner.at++; else if (scanner.peek() !== "]") return;
    }
    scanner.at++;
    scanner.skip(false);
  } catch {
    return;
  }
  return scanner.peek() === "" ? items : void 0;
}

function attribute(body, name) {
  return body.attributes.find(a => a.name === name);
}

class TemplateReadError extends Error {
  file;
  line;
  constructor(file, line, message) {
    super(`${file}${line === void 0 ? "" : `:${line}`}: ${message}`);
    this.file = file;
    this.line = line;
    this.name = "TemplateReadError";
  }
}

const HCL_FILE = /\.pkr\.hcl$/;

const HCL_JSON_FILE = /\.pkr\.json$/;

function templateFiles(folder) {
  const names = external_node_fs_.readdirSync(folder, {
    withFileTypes: true
  }).filter(entry => !entry.isDirectory()).map(entry => entry.name).sort();
  return [ ...names.filter(n => HCL_FILE.test(n)), ...names.filter(n => HCL_JSON_FILE.test(n)) ].map(n => external_node_path_.join(folder, n));
}

function read(file) {
  try {
    return external_node_fs_.readFileSync(file, "utf8");
  } catch (error) {
    throw new TemplateReadError(file, void 0, `cannot be read (${error.message})`);
  }
}

function parseJson(file) {
  let json;
  try {
    json = JSON.parse(read(file));
  } catch (error) {
    if (error instanceof TemplateReadError) throw error;
    throw new TemplateReadError(file, void 0, `is not valid JSON (${error.message})`);
  }
  if (typeof json !== "object" || json === null || Array.isArray(json)) throw new TemplateReadError(file, void 0, "is not a JSON object");
  return json;
}

function readTemplate(templatePath) {
  if (external_node_fs_.statSync(templatePath).isDirectory()) return readHclFiles(templatePath, templateFiles(templatePath));
  if (HCL_FILE.test(templatePath) || HCL_JSON_FILE.test(templatePath)) return readHclFiles(templatePath, [ templatePath ]);
  return readLegacyJson(templatePath);
}

function minimalTemplate(templatePath) {
  const folder = external_node_fs_.statSync(templatePath).isDirectory();
  return {
    path: templatePath,
    format: folder || HCL_FILE.test(templatePath) || HCL_JSON_FILE.test(templatePath) ? "hcl" : "legacy-json",
    files: folder ? templateFiles(templatePath) : [ templatePath ],
    variables: new Map,
    locals: new Map,
    builds: [],
    requiresPlugins: false,
    requiredPluginSources: [],
    componentTypes: []
  };
}

const FILE_BLOCKS = {
  variable: {
    labels: 1
  },
  locals: {
    labels: 0
  },
  local: {
    labels: 1
  },
  source: {
    labels: 2
  },
  data: {
    labels: 2
  },
  build: {
    labels: 0,
    blocks: {
      source: {
        labels: 1
      },
      provisioner: {
        labels: 1
      },
      "error-cleanup-provisioner": {
        labels: 1
      },
      "post-processor": {
        labels: 1
      },
      "post-processors": {
        labels: 0,
        blocks: {
          "post-processor": {
            labels: 1
          }
        }
      }
    }
  },
  packer: {
    labels: 0,
    blocks: {
      required_plugins: {
        labels: 0
      }
    }
  }
};

function jsonBody(value, schema) {
  const body = {
    attributes: [],
    blocks: []
  };
  if (typeof value !== "object" || value === null || Array.isArray(value)) return body;
  for (const [name, v] of Object.entries(value)) {
    const block = schema[name];
    if (block === void 0) {
      body.attributes.push({
        name: name,
        expression: JSON.stringify(v),
        line: 0
      });
      continue;
    }
    const visit = (inner, labels) => {
      if (Array.isArray(inner)) for (const item of inner) visit(item, labels); else if (typeof inner !== "object" || inner === null) return; else if (labels.length === block.labels) body.blocks.push({
        type: name,
        labels: labels,
        body: jsonBody(inner, block.blocks ?? {}),
        line: 0
      }); else for (const [label, nested] of Object.entries(inner)) visit(nested, [ ...labels, label ]);
    };
    visit(v, []);
  }
  return body;
}

function settingsOf(body) {
  return new Map(body.attributes.map(a => [ a.name, a.expression ]));
}

function readHclFiles(templatePath, files) {
  const variables = new Map;
  const locals = new Map;
  const sources = new Map;
  const buildBlocks = [];
  const types = new Set;
  let requiresPlugins = false;
  const requiredPluginSources = [];
  for (const file of files) {
    let blocks;
    if (HCL_JSON_FILE.test(file)) blocks = jsonBody(parseJson(file), FILE_BLOCKS).blocks; else try {
      blocks = parseHcl(read(file)).blocks;
    } catch (error) {
      if (error instanceof TemplateReadError) throw error;
      const line = error.line;
      throw new TemplateReadError(file, line, error.message.replace(/^line \d+: /, ""));
    }
    const line = b => b.line > 0 ? b.line : void 0;
    for (const block of blocks) {
      const [first = "", second = ""] = block.labels;
      switch (block.type) {
       case "variable":
        variables.set(first, {
          name: first,
          default: attribute(block.body, "default")?.expression,
          sensitive: attribute(block.body, "sensitive")?.expression.trim() === "true",
          file: file,
          line: line(block)
        });
        break;

       case "locals":
        for (const a of block.body.attributes) locals.set(a.name, a.expression);
        break;

       case "local":
        {
          const expression = attribute(block.body, "expression")?.expression;
          if (expression !== void 0) locals.set(first, expression);
          break;
        }

       case "source":
        sources.set(`source.${first}.${second}`, {
          type: first,
          name: second,
          settings: settingsOf(block.body),
          file: file,
          line: line(block)
        });
        types.add(first);
        break;

       case "data":
        types.add(first);
        break;

       case "build":
        buildBlocks.push({
          block: block,
          file: file
        });
        break;

       case "packer":
        for (const required of block.body.blocks.filter(b => b.type === "required_plugins")) {
          requiresPlugins = true;
          for (const a of required.body.attributes) {
            const source = /"?source"?\s*[=:]\s*"([^"]+)"/.exec(a.expression)?.[1];
            if (source) requiredPluginSources.push(source.replace(/^https?:\/\//, ""));
          }
        }
        break;
      }
    }
  }
  const builds = [];
  for (const {block: block, file: file} of buildBlocks) {
    const buildName = stringValue(attribute(block.body, "name")?.expression);
    const prefix = buildName ? `${buildName}.` : "";
    const add = (ref, overrides, at) => {
      const source = sources.get(ref);
      if (!source) return;
      const name = overrides.has("name") ? stringValue(overrides.get("name")) ?? source.name : source.name;
      const settings = new Map([ ...source.settings, ...overrides ]);
      settings.delete("name");
      builds.push({
        name: `${prefix}${source.type}.${name}`,
        type: source.type,
        settings: settings,
        file: at === void 0 ? source.file : file,
        line: at ?? source.line
      });
    };
    for (const ref of stringList(attribute(block.body, "sources")?.expression ?? "[]") ?? []) add(ref, new Map, void 0);
    for (const inner of block.body.blocks) if (inner.type === "source" && inner.labels[0]) add(inner.labels[0], settingsOf(inner.body), inner.line > 0 ? inner.line : void 0); else if ((inner.type === "provisioner" || inner.type === "post-processor" || inner.type === "error-cleanup-provisioner") && inner.labels[0]) types.add(inner.labels[0]); else if (inner.type === "post-processors") for (const pp of inner.body.blocks) if (pp.labels[0]) types.add(pp.labels[0]);
  }
  return {
    path: templatePath,
    format: "hcl",
    files: files,
    variables: variables,
    locals: locals,
    builds: builds,
    requiresPlugins: requiresPlugins,
    requiredPluginSources: requiredPluginSources,
    componentTypes: [ ...types ].sort()
  };
}

function stringValue(expression) {
  if (expression === void 0) return;
  try {
    const value = JSON.parse(expression);
    return typeof value === "string" ? value : void 0;
  } catch {
    return;
  }
}

function readLegacyJson(file) {
  const json = parseJson(file);
  const variables = new Map;
  const declared = json["variables"];
  const sensitive = Array.isArray(json["sensitive-variables"]) ? json["sensitive-variables"] : [];
  if (typeof declared === "object" && declared !== null) for (const [name, value] of Object.entries(declared)) variables.set(name, {
    name: name,
    default: JSON.stringify(value),
    sensitive: sensitive.includes(name),
    file: file,
    line: void 0
  });
  const types = new Set;
  const builds = [];
  for (const builder of asObjects(json["builders"])) {
    const type = typeof builder["type"] === "string" ? builder["type"] : "";
    const name = typeof builder["name"] === "string" ? builder["name"] : type;
    types.add(type);
    const settings = new Map(Object.entries(builder).filter(([key]) => key !== "type" && key !== "name").map(([key, value]) => [ key, typeof value === "string" ? value : JSON.stringify(value) ]));
    builds.push({
      name: name,
      type: type,
      settings: settings,
      file: file,
      line: void 0
    });
  }
  for (const p of asObjects(json["provisioners"])) if (typeof p["type"] === "string") types.add(p["type"]);
  const postProcessors = Array.isArray(json["post-processors"]) ? json["post-processors"].flat() : [];
  for (const p of postProcessors) {
    const type = typeof p === "string" ? p : p?.type;
    if (typeof type === "string") types.add(type);
  }
  return {
    path: file,
    format: "legacy-json",
    files: [ file ],
    variables: variables,
    locals: new Map,
    builds: builds,
    requiresPlugins: false,
    requiredPluginSources: [],
    componentTypes: [ ...types ].filter(Boolean).sort()
  };
}

function asObjects(value) {
  return Array.isArray(value) ? value.filter(v => typeof v === "object" && v !== null) : [];
}

const LEGACY_USER = /\{\{\s*user\s+[`"]([^`"]+)[`"]\s*\}\}/g;

function mentionsVariable(template, expression, name) {
  if (template.format === "legacy-json") return [ ...expression.matchAll(LEGACY_USER) ].some(m => m[1] === name);
  const seen = new Set;
  const visit = text => {
    for (const ref of references(text)) {
      if (ref === `var.${name}`) return true;
      if (ref.startsWith("local.") && !seen.has(ref)) {
        seen.add(ref);
        const local = template.locals.get(ref.slice("local.".length));
        if (local !== void 0 && visit(local)) return true;
      }
    }
    return false;
  };
  return visit(expression);
}

function knownString(template, expression, vars) {
  const variable = name => {
    if (vars.has(name)) return vars.get(name);
    const fallback = template.variables.get(name)?.default;
    if (fallback === void 0) return;
    return template.format === "legacy-json" ? legacyString(fallback) : stringLiteral(fallback);
  };
  if (template.format === "legacy-json") {
    const only = /^\{\{\s*user\s+[`"]([^`"]+)[`"]\s*\}\}$/.exec(expression.trim());
    if (only) return variable(only[1]);
    return expression.includes("{{") ? void 0 : expression;
  }
  const text = expression.trim();
  const ref = /^(?:var\.([A-Za-z_][\w-]*)|"\$\{\s*var\.([A-Za-z_][\w-]*)\s*\}")$/.exec(text);
  if (ref) return variable(ref[1] ?? ref[2]);
  return stringLiteral(text);
}

function legacyString(json) {
  let value;
  try {
    value = JSON.parse(json);
  } catch {
    return;
  }
  return typeof value === "string" && !value.includes("{{") ? value : void 0;
}

const AMI_BUILDERS = /^amazon-(ebs|ebssurrogate|instance|chroot)$/;

function declareLines(template) {
  return template.format === "legacy-json" ? `"variables": { "image_version": "" }  and  "ami_name": "app-{{user \`image_version\`}}"` : `variable "image_version" {\n  type = string\n}\n...and in the source: ami_name = "app-\${var.image_version}"`;
}

function namesSetIn(file) {
  const text = external_node_fs_.readFileSync(file, "utf8");
  if (file.endsWith(".json")) try {
    return Object.keys(JSON.parse(text));
  } catch {
    return [];
  }
  try {
    return parseHcl(text).attributes.map(a => a.name);
  } catch {
    return [ ...text.matchAll(/^\s*([A-Za-z_][\w-]*)\s*=/gm) ].map(m => m[1]);
  }
}

function autoVarFiles(template) {
  if (template.format !== "hcl" || !external_node_fs_.statSync(template.path).isDirectory()) return [];
  return external_node_fs_.readdirSync(template.path).filter(n => /\.auto\.pkrvars\.(hcl|json)$/.test(n)).sort().map(n => external_node_path_.join(template.path, n));
}

function amiBuild(build) {
  return AMI_BUILDERS.test(build.type) && build.settings.get("skip_create_ami")?.trim() !== "true";
}

function checkContract(template, inputs, releasing) {
  const problems = [];
  const warnings = [];
  const vars = new Map(inputs.vars.map(([k, v]) => [ k, v ]));
  const first = template.files[0] ?? template.path;
  const amiBuilds = template.builds.filter(amiBuild);
  if (releasing && amiBuilds.length > 0) if (!template.variables.has("image_version")) problems.push({
    message: `${external_node_path_.basename(template.path)} declares no image_version variable, so every release would build the same AMI name and the next tag would collide with this one. Add:\n${declareLines(template)}`,
    file: first
  }); else for (const build of amiBuilds) {
    const amiName = build.settings.get("ami_name");
    if (amiName !== void 0 && !mentionsVariable(template, amiName, "image_version")) problems.push({
      message: `the ami_name of build ${build.name} (${amiName}) does not use image_version, so the next tag would collide with this one's AMI name. Write it like: ${template.format === "legacy-json" ? '"app-{{user `image_version`}}"' : '"app-${var.image_version}"'}`,
      file: build.file,
      line: build.line
    });
  }
  for (const [name] of inputs.vars) if (!template.variables.has(name)) problems.push({
    input: Input.Vars,
    message: `'${name}' is not a variable of ${external_node_path_.basename(template.path)}, and Packer would ignore it; it declares: ${[ ...template.variables.keys() ].sort().join(", ") || "(none)"}`
  });
  const setters = [ ...autoVarFiles(template), ...inputs.varFiles ];
  for (const file of setters) {
    const names = namesSetIn(file);
    if (names.includes("image_version")) problems.push({
      input: inputs.varFiles.includes(file) ? Input.VarFiles : void 0,
      message: `${file} sets image_version, which is the action's to set: it passes the tag's version (or 'image-version') as -var image_version, which overrides the file, so the file's value is never used; remove it`,
      file: file
    });
    for (const name of names.filter(n => vars.has(n))) warnings.push(template.format === "legacy-json" ? `Input 'vars' sets ${name}, and so does ${file}; 'vars' wins (Packer: -var-file < -var). Set it in one place.` : `Input 'vars' sets ${name}, and so does ${file}; the file wins (Packer: PKR_VAR_ < variable files < -var). Set it in one place.`);
  }
  const buildRegions = {};
  const stated = new Set;
  for (const build of template.builds.filter(b => b.type.startsWith("amazon-"))) {
    const expression = build.settings.get("region");
    const region = expression === void 0 ? void 0 : knownString(template, expression, vars);
    if (region) {
      buildRegions[build.name] = region;
      stated.add(region);
    }
  }
  let region = inputs.region;
  if (region !== void 0 && stated.size > 0 && !stated.has(region)) {
    const where = [ ...stated ].sort().join(", ");
    if (inputs.regionFrom === "environment" && stated.size === 1) {
      region = [ ...stated ][0];
      warnings.push(`The template builds in ${region}, not in ${inputs.region} (from AWS_REGION): the action follows the template. Set 'aws-region' to say which region to use.`);
    } else problems.push({
      input: Input.AwsRegion,
      message: `'${inputs.region}' is not where the template builds (${where}); set it to ${stated.size === 1 ? where : "one of them"}, so that lookups, outputs and the cleanup look where the images are`
    });
  }
  if (region !== void 0) for (const build of template.builds) buildRegions[build.name] ??= region;
  return {
    problems: problems,
    warnings: warnings,
    buildRegions: buildRegions,
    region: region
  };
}

function readReleaseTemplate(inputs, region, releasing) {
  let template;
  try {
    template = readTemplate(inputs.template);
  } catch (error) {
    if (!(error instanceof TemplateReadError)) throw error;
    if (/\.json$/.test(error.file) && !/\.pkr\.json$/.test(error.file)) throw new TemplateError(error.message, error.file, error.line);
    core_warning(`${error.message}: the checks before the build are skipped; packer validate has the last word`);
    return {
      template: minimalTemplate(inputs.template),
      contract: {
        problems: [],
        warnings: [],
        buildRegions: {},
        region: region.region
      },
      buildOrder: [],
      selected: void 0
    };
  }
  const contract = checkContract(template, {
    vars: inputs.vars,
    varFiles: inputs.varFiles,
    ...region
  }, releasing);
  for (const warning of contract.warnings) core_warning(warning);
  const [problem, ...more] = contract.problems;
  if (problem) {
    for (const p of more) core_error(p.message, {
      ...p.file ? {
        file: p.file
      } : {},
      ...p.line ? {
        startLine: p.line
      } : {}
    });
    if (problem.input) throw new InputError(problem.input, problem.message);
    throw new TemplateError(problem.message, problem.file, problem.line);
  }
  const buildOrder = template.builds.map(b => b.name);
  const selection = selectBuilds(buildOrder, inputs, template.format);
  if (selection.unmatched) {
    const {input: input, pattern: pattern, reason: reason} = selection.unmatched;
    throw new InputError(input, `'${pattern}': ${reason}. The builds of ${template.path} are: ${buildOrder.join(", ")}`);
  }
  if (selection.builds.length === 0) throw new InputError(Input.Except, `'only' and 'except' leave no build of ${template.path} to run (its builds: ${buildOrder.join(", ")})`);
  return {
    template: template,
    contract: contract,
    buildOrder: buildOrder,
    selected: selection.builds
  };
}

function onlyThese(read, builds) {
  return builds.map(b => read.template.format === "hcl" ? quoteGlob(b) : b);
}

const CLOCK_ALLOWANCE_MS = 6e4;

async function release(inputs, context, report, cleanups, keyChecked) {
  const gate = resolveRelease(context.ref, inputs.releaseTags, inputs.imageVersion);
  if (gate.kind === "not-a-release") {
    if (inputs.onUntagged === "fail") throw new InputError(Input.OnUntagged, `is 'fail', and this run is not a release: ${gate.reason}. Push a tag matching '${inputs.releaseTags.text}' or set 'image-version'.`);
    await keyChecked;
    notice(`Not a release, nothing to build: ${gate.reason}`);
    report.outcome = "skipped";
    report.notes.push(`${gate.reason}. A release runs for a tag matching '${inputs.releaseTags.text}', or with 'image-version'.`);
    writeFlags({
      skipped: true,
      reused: false
    });
    return;
  }
  const version = gate.version;
  info(`Image version: ${version}${gate.source === "tag" ? ` (from tag ${gate.tag ?? ""})` : ""}`);
  report.version = version;
  const read = readReleaseTemplate(inputs, inputs, true);
  const stream = streamOf(inputs, context, version, read.contract.region ?? inputs.region);
  if (inputs.lineage === void 0 && read.template.format === "hcl") {
    const unseen = environmentOutsideLineage(read.template.variables, process.env, inputs.vars);
    if (unseen.length > 0) throw new InputError(Input.Vars, `the environment sets ${unseen.map(n => `PKR_VAR_${n}`).join(", ")}, which can change the image but not the derived lineage: jobs that differ only there would share one image stream, and one would reuse the other's image. Pass ${unseen.length === 1 ? "it" : "them"} in 'vars' (${unseen.map(n => `${n}=...`).join(", ")}), or set 'lineage'`);
  }
  report.lineage = stream.lineage;
  report.region = stream.region;
  const host = checkToolHost(inputs, context);
  loadSdk().catch(() => {});
  await Promise.all([ host, keyChecked ]);
  const existing = await report.phase("Look for this release", () => lookForRelease(stream, inputs.onExisting, read.selected));
  const {decision: decision} = existing;
  if (decision.action === "fail") throw new InputError(Input.OnExisting, decision.reason);
  const released = (inputs.onExisting === "rebuild" ? [] : existing.found.released).filter(i => read.selected === void 0 || read.selected.includes(tagMap(i).get(stream.schema.build) ?? ""));
  if (decision.action === "reuse") {
    const artifacts = await recordedArtifacts(released, stream, read.buildOrder);
    return releaseExisting(inputs, stream, artifacts, gate.tag, report, "reused", "already exists");
  }
  if (decision.action === "finish") return finishRelease(inputs, stream, decision.finish, released, read, gate.tag, report);
  if (decision.note) notice(decision.note);
  const {builds: only, finish: finish} = decision;
  const tools = await report.phase("Install Packer and Ansible", async () => installTools(inputs, await host, context));
  report.tools = {
    packer: tools.packer.version,
    ansible: tools.ansible?.version
  };
  writeToolOutputs(tools);
  const job = await prepareJob(inputs, context, tools, read, version, only, report, cleanups);
  await report.phase("Install plugins and validate the template", async () => {
    await providePlugins(job, requireToolCache(context), context.arch, inputs.packer.amazonPluginVersion);
    await validateTemplate(job);
  });
  const plugin = managedPlugins(read.template, tools.packer.version, inputs.packer.amazonPluginVersion).find(p => p.source.endsWith("/amazon"));
  if (plugin) report.tools.amazonPlugin = plugin.version;
  if (only) {
    const done = [ ...new Set(released.map(i => tagMap(i).get(stream.schema.build) ?? "")) ];
    info(`Building ${only.join(", ")} only: ${[ ...done, ...finish.map(id => `${id} (built by an earlier attempt)`) ].join(", ")} ${done.length + finish.length === 1 ? "is" : "are"} part of ${version} already`);
  }
  const recorder = new EvidenceRecorder({
    startedAt: new Date(Date.now() - CLOCK_ALLOWANCE_MS).toISOString(),
    run: stream.run,
    region: stream.region,
    buildRegions: read.contract.buildRegions,
    leads: [],
    finished: []
  }, new EvidenceRecord(context.temp), stream.schema, stream);
  if (inputs.sourceTags) sourceOfRun().catch(() => {});
  const result = await report.phase("Build the image", () => buildImages(job, read.buildOrder, recorder));
  await recorder.settled();
  report.sourceImages = leadsOf(recorder.evidence, "source-image");
  const outcome = classifyBuild({
    exitCode: result.exitCode,
    cancelled: result.cancelled,
    artifacts: result.artifacts.length,
    collision: nameCollision(result.errors) !== void 0
  });
  if (outcome === "collision") return onNameCollision(inputs, stream, result, read, gate.tag, report);
  const {existing: built, vanished: vanished, described: described} = await existingArtifacts(orderArtifacts(result.artifacts, read.buildOrder, stream.region));
  for (const v of vanished) core_warning(`Packer reported ${v.amiId} in ${v.region}, but EC2 no longer has it (with skip_save_build_region Packer lists the intermediate AMI it removed); it is not part of the release`);
  report.built = built;
  writeFlags({
    skipped: false,
    reused: false
  });
  if (outcome === "cancelled") throw new CancelledError;
  if (outcome === "failed" || outcome === "partial") throw buildFailure(result, built);
  if (outcome === "no-ami") throw new Error("packer build succeeded but reported no AMI: does the template build an amazon image?");
  const earlier = await recordedArtifacts(await describeImagesById(stream.region, finish), stream, read.buildOrder);
  const kept = await recordedArtifacts(released, stream, read.buildOrder);
  const toTag = orderArtifacts([ ...built, ...earlier ], read.buildOrder, stream.region);
  await tag(toTag, stream, inputs, report, described);
  const artifacts = orderArtifacts([ ...toTag, ...kept ], read.buildOrder, stream.region);
  report.artifacts = artifacts;
  if (earlier.length > 0 || kept.length > 0) report.notes.push(`Built now: ${built.map(a => a.amiId).join(", ")}. Part of ${version} already: ${[ ...earlier, ...kept ].map(a => a.amiId).join(", ")}.`);
  await retire(inputs, stream, artifacts, existing.found.released.map(i => i.ImageId ?? ""), report);
  const published = await publishRelease(inputs, stream, artifacts, gate.tag, report);
  writeReleaseOutputs({
    imageVersion: version,
    lineage: stream.lineage,
    region: stream.region,
    artifacts: artifacts,
    ssmParameterVersions: published.ssmVersions
  });
  report.outcome = "built";
  if (published.problems.length > 0) throw new Error(`The images are built and tagged, but publishing them failed: ${published.problems.join("; ")}`);
}

async function prepareJob(inputs, context, tools, read, version, only, report, cleanups) {
  const requirements = inputs.ansible?.requirements;
  const ansible = tools.ansible;
  const galaxyEnv = requirements && ansible ? await report.phase("Install Ansible roles and collections", () => installGalaxyRequirements(ansible, requirements, context.temp)) : {};
  const vault = writeVaultPasswordFile(inputs.ansibleVaultPassword, context.temp);
  if (vault.file) {
    saveState(State.VaultPasswordFile, vault.file);
    const dir = vault.file.replace(/\/password$/, "");
    cleanups.push(() => external_node_fs_.rmSync(dir, {
      recursive: true,
      force: true
    }));
  }
  const pluginPath = makePluginFolder(context.temp);
  cleanups.push(() => external_node_fs_.rmSync(pluginPath, {
    recursive: true,
    force: true
  }));
  return {
    context: {
      template: read.template,
      version: version,
      vars: inputs.vars,
      varFiles: inputs.varFiles,
      only: only ? onlyThese(read, only) : inputs.only,
      except: only ? [] : inputs.except,
      pluginPath: pluginPath,
      githubToken: inputs.githubToken,
      extraEnv: {
        ...vault.env,
        ...galaxyEnv
      }
    },
    binary: tools.packer.executable,
    cwd: inputs.workingDirectory,
    packerVersion: tools.packer.version
  };
}

async function extraTags(inputs) {
  if (!inputs.sourceTags) return inputs.tags;
  const source = await sourceOfRun();
  const tags = [ {
    Key: SOURCE_TAG_KEYS.repository,
    Value: source.repository
  }, {
    Key: SOURCE_TAG_KEYS.commit,
    Value: source.commit
  }, {
    Key: SOURCE_TAG_KEYS.ref,
    Value: source.ref
  }, {
    Key: SOURCE_TAG_KEYS.run,
    Value: source.runUrl
  } ].filter(t => t.Value !== "");
  return [ ...inputs.tags, ...tags.map(t => ({
    Key: t.Key,
    Value: tagValue(t.Value)
  })) ];
}

async function tag(artifacts, stream, inputs, report, described) {
  try {
    const tagged = await report.phase("Tag the images", async () => tagRelease(artifacts, {
      described: described,
      schema: stream.schema,
      version: stream.version,
      lineage: stream.lineage,
      extra: await extraTags(inputs),
      primaryRegion: stream.region
    }));
    for (const r of tagged) for (const [id, name] of Object.entries(r.names)) report.imageNames.set(id, name);
    report.tagged = true;
  } catch (error) {
    throw new Error(`The AMIs were built but could not be tagged: ${artifacts.map(a => `${a.amiId} (${a.region})`).join(", ")}. They are kept; re-run the job to finish the release. ${errorMessage(error)}`, {
      cause: error
    });
  }
}

async function retire(inputs, stream, released, previous, report) {
  const rebuilt = inputs.onExisting === "rebuild" && previous.length > 0;
  if (!rebuilt && inputs.keepGenerations === 0) return;
  const current = new Set(released.map(a => a.amiId));
  const now = new Date;
  const {schema: schema} = stream;
  report.retireMode = inputs.retire;
  await report.phase("Retire older images", async () => {
    for (const build of new Set(released.map(a => a.build))) for (const region of new Set(released.filter(a => a.build === build).map(a => a.region))) {
      const lineages = stream.acceptLegacyLineage ? [ stream.lineage, `${stream.lineage}:${build}` ] : [ stream.lineage ];
      const ofBuild = [ {
        Name: `tag:${schema.lineage}`,
        Values: lineages
      }, {
        Name: `tag:${schema.build}`,
        Values: [ build ]
      }, {
        Name: "tag-key",
        Values: [ schema.version ]
      } ];
      const rules = {
        current: current,
        now: now,
        mode: inputs.retire,
        keepLaunchedWithinDays: inputs.keepLaunchedWithinDays
      };
      if (rebuilt) report.retention.push(await applyRetention(region, build, [ ...ofBuild, {
        Name: `tag:${schema.version}`,
        Values: [ stream.version ]
      } ], {
        ...rules,
        keep: 0,
        protectVersion: void 0
      }, schema));
      if (inputs.keepGenerations > 0) report.retention.push(await applyRetention(region, build, ofBuild, {
        ...rules,
        keep: inputs.keepGenerations,
        protectVersion: stream.version
      }, schema));
    }
  });
}

async function releaseExisting(inputs, stream, artifacts, tag, report, outcome, why) {
  await report.phase("Wait for the images", () => Promise.all([ ...new Set(artifacts.map(a => a.region)) ].map(r => waitAvailable(r, artifacts.filter(a => a.region === r).map(a => a.amiId)))));
  notice(`${stream.version} ${why} (${artifacts.map(a => `${a.region}:${a.amiId}`).join(", ")}); nothing is built`);
  report.artifacts = artifacts;
  await retire(inputs, stream, artifacts, [], report);
  const published = await publishRelease(inputs, stream, artifacts, tag, report);
  writeFlags({
    skipped: false,
    reused: true
  });
  writeReleaseOutputs({
    imageVersion: stream.version,
    lineage: stream.lineage,
    region: stream.region,
    artifacts: artifacts,
    ssmParameterVersions: published.ssmVersions
  });
  report.outcome = outcome;
  if (published.problems.length > 0) throw new Error(`The images are released, but publishing them failed: ${published.problems.join("; ")}`);
}

async function finishRelease(inputs, stream, imageIds, released, read, tag, report) {
  const artifacts = await report.phase("Finish the release an earlier attempt built", async () => {
    const images = await waitAvailable(stream.region, imageIds);
    const earlier = await recordedArtifacts(images, stream, read.buildOrder);
    await tagRelease(earlier, {
      schema: stream.schema,
      version: stream.version,
      lineage: stream.lineage,
      extra: await extraTags(inputs),
      primaryRegion: stream.region
    });
    report.tagged = true;
    const kept = await recordedArtifacts(released, stream, read.buildOrder);
    return orderArtifacts([ ...earlier, ...kept ], read.buildOrder, stream.region);
  });
  return releaseExisting(inputs, stream, artifacts, tag, report, "finished", "was built by an earlier attempt of this run, which did not release it; it is released now");
}

async function onNameCollision(inputs, stream, result, read, tag, report) {
  const collision = nameCollision(result.errors);
  if (!collision) throw buildFailure(result, []);
  const [image] = await describeImagesById(stream.region, [ collision.amiId ]);
  const tags = image ? tagMap(image) : new Map;
  const ofStream = tags.get(stream.schema.lineage) === stream.lineage;
  const ofRelease = tags.get(stream.schema.version) === stream.version || tags.get(stream.schema.pending) === stream.version;
  if (image && ofStream && ofRelease && inputs.onExisting !== "rebuild") {
    const again = await lookForRelease(stream, "reuse", read.selected);
    const released = again.found.released.filter(i => read.selected === void 0 || read.selected.includes(tagMap(i).get(stream.schema.build) ?? ""));
    if (again.decision.action === "reuse") return releaseExisting(inputs, stream, await recordedArtifacts(released, stream, read.buildOrder), tag, report, "reused", "was built by another run");
    if (again.decision.action === "finish") return finishRelease(inputs, stream, again.decision.finish, released, read, tag, report);
    if (again.decision.action === "fail") throw new InputError(Input.OnExisting, again.decision.reason);
  }
  const carried = tags.get(stream.schema.version);
  const what = !image ? "an image of another account" : carried === void 0 ? `no ${stream.schema.version} tag` : `${stream.schema.version}=${carried}`;
  const fix = inputs.onExisting === "rebuild" ? `a rebuild needs an ami_name that differs per build, e.g. "app-\${var.image_version}-\${formatdate("YYYYMMDDhhmmss", timestamp())}"` : `put var.image_version in the template's ami_name, or retire ${collision.amiId}`;
  throw new Error(`AMI name '${collision.name}' is already used by ${collision.amiId} (${what}), so ${stream.version} cannot take it: ${fix}`);
}

function buildFailure(result, built) {
  const detail = (result.ansibleFailure ? `Ansible: ${result.ansibleFailure}` : void 0) ?? ([ ...result.buildErrors ].map(([build, error]) => `${build}: ${error}`).join("\n") || lastLines(result.errors.join("\n"), 10) || `exit ${result.exitCode ?? result.signal ?? "?"}`);
  inertLog.resume();
  const kept = built.length > 0 ? ` The AMIs of the builds that finished are kept, not released: ${built.map(a => `${a.amiId} (${a.build}, ${a.region})`).join(", ")}. A re-run of this job builds only what failed, then releases them together.` : "";
  return new Error(`packer build failed: ${detail}${kept}`);
}

function lookup_buildsOf(inputs) {
  try {
    if (!external_node_fs_.existsSync(inputs.template)) return {
      order: [],
      selected: void 0
    };
    const template = readTemplate(inputs.template);
    const order = template.builds.map(b => b.name);
    const {builds: builds, unmatched: unmatched} = selectBuilds(order, inputs, template.format);
    return {
      order: order,
      selected: unmatched ? void 0 : builds
    };
  } catch {
    return {
      order: [],
      selected: void 0
    };
  }
}

async function lookup(inputs, context, report) {
  const gate = resolveRelease(context.ref, inputs.releaseTags, inputs.imageVersion);
  if (gate.kind === "not-a-release") throw new Error(`Nothing to look up: ${gate.reason}. Set 'image-version' to the version to look up.`);
  const stream = streamOf(inputs, context, gate.version, inputs.region);
  report.version = stream.version;
  report.lineage = stream.lineage;
  report.region = stream.region;
  const found = await report.phase("Look up the release", () => findStreamImages(stream.region, stream.schema, stream.version, stream.lineage, stream.acceptLegacyLineage));
  if (found.released.length === 0) {
    const pending = found.pending.length > 0 ? ` (${found.pending.map(i => i.ImageId ?? "").join(", ")} is being built or was never finished)` : "";
    throw new Error(`No release of ${stream.version} in lineage ${stream.lineage} in ${stream.region}${pending}. Check 'image-version', 'lineage' (or the template and vars it derives from) and 'aws-region'.`);
  }
  const {order: order, selected: selected} = lookup_buildsOf(inputs);
  const buildOf = i => tagMap(i).get(stream.schema.build) ?? "";
  const missing = (selected ?? []).filter(b => !found.released.some(i => buildOf(i) === b));
  if (missing.length > 0) throw new Error(`The release of ${stream.version} in lineage ${stream.lineage} in ${stream.region} lacks ${missing.join(", ")} (it has ${[ ...new Set(found.released.map(buildOf)) ].join(", ")}): it was not finished. A re-run of the release job finishes it.`);
  const released = found.released.filter(i => selected === void 0 || selected.includes(buildOf(i)));
  const artifacts = await recordedArtifacts(released, stream, order);
  report.artifacts = artifacts;
  writeFlags({
    skipped: false,
    reused: true
  });
  writeReleaseOutputs({
    imageVersion: stream.version,
    lineage: stream.lineage,
    region: stream.region,
    artifacts: artifacts
  });
  report.outcome = "found";
}

async function installOnly(inputs, context, report, keyChecked) {
  const [host] = await Promise.all([ checkToolHost(inputs, context), keyChecked ]);
  const tools = await report.phase("Install Packer and Ansible", () => installTools(inputs, host, context));
  report.tools = {
    packer: tools.packer.version,
    ansible: tools.ansible?.version
  };
  writeFlags({
    skipped: false,
    reused: false
  });
  writeToolOutputs(tools);
  report.outcome = "installed";
}

async function validateOnly(inputs, context, report, cleanups, keyChecked) {
  const gate = resolveRelease(context.ref, inputs.releaseTags, inputs.imageVersion);
  const version = gate.kind === "release" ? gate.version : validationVersion(context.sha);
  report.version = version;
  const read = readReleaseTemplate(inputs, {
    region: void 0,
    regionFrom: "environment"
  }, true);
  const [host] = await Promise.all([ checkToolHost(inputs, context), keyChecked ]);
  const tools = await report.phase("Install Packer and Ansible", () => installTools(inputs, host, context));
  report.tools = {
    packer: tools.packer.version,
    ansible: tools.ansible?.version
  };
  const pluginPath = makePluginFolder(context.temp);
  cleanups.push(() => external_node_fs_.rmSync(pluginPath, {
    recursive: true,
    force: true
  }));
  const job = {
    context: {
      template: read.template,
      version: version,
      vars: inputs.vars,
      varFiles: inputs.varFiles,
      only: inputs.only,
      except: inputs.except,
      pluginPath: pluginPath,
      githubToken: inputs.githubToken
    },
    binary: tools.packer.executable,
    cwd: inputs.workingDirectory,
    packerVersion: tools.packer.version
  };
  await report.phase("Install plugins and validate the template", async () => {
    await providePlugins(job, requireToolCache(context), context.arch, inputs.packer.amazonPluginVersion);
    await validateTemplate(job);
  });
  info(`${inputs.template} is valid`);
  writeFlags({
    skipped: false,
    reused: false
  });
  writeToolOutputs(tools);
  setOutput("image-version", version);
  report.outcome = "validated";
}

const RETIRED = {
  deregister: "retired: deregistered with its snapshots",
  deprecate: "retired: deprecated",
  disable: "retired: disabled"
};

function escapeHtml(text) {
  return text.replace(/[&<>"']/g, c => `&#${c.charCodeAt(0)};`);
}

function duration(ms) {
  if (ms < 1e3) return `${Math.round(ms)} ms`;
  if (ms < 12e4) return `${(ms / 1e3).toFixed(1)} s`;
  return `${Math.floor(ms / 6e4)} min ${Math.round(ms % 6e4 / 1e3)} s`;
}

class RunReport {
  context;
  startedAt;
  outcome;
  error;
  version;
  lineage;
  region;
  artifacts=[];
  built=[];
  tagged=false;
  imageNames=new Map;
  sourceImages=[];
  tools={};
  retention=[];
  retireMode="deregister";
  ssm=[];
  notes=[];
  phases=[];
  constructor(context, startedAt = performance.now()) {
    this.context = context;
    this.startedAt = startedAt;
  }
  async phase(title, work) {
    const start = performance.now();
    try {
      return await group(title, work);
    } finally {
      this.phases.push([ title, performance.now() - start ]);
    }
  }
  headline() {
    const v = this.version ?? "";
    const amis = `${this.artifacts.length} AMI${this.artifacts.length === 1 ? "" : "s"}`;
    switch (this.outcome) {
     case "built":
      return [ `Released ${v}`, `Built and tagged ${amis}.` ];

     case "reused":
      return [ `Reused ${v}`, "An image of this version and lineage already existed: it was reused, and nothing was built." ];

     case "finished":
      return [ `Released ${v}`, `An earlier attempt of this run built the release but did not release it; this run released ${amis}. Nothing was built.` ];

     case "found":
      return [ `Found ${v}`, `The release exists: ${amis}. Nothing was installed or built.` ];

     case "cancelled":
      return [ `Release ${v} cancelled`, "The build was cancelled; Packer was asked to clean up, and the post step removes what this run left." ];

     case "skipped":
      return [ "Not a release", "Nothing was installed, built or changed." ];

     case "invalid-input":
      return [ "Inputs refused", "Nothing was downloaded, run, or asked of AWS." ];

     case "installed":
      return [ "Tools installed", "Packer and Ansible are on PATH for the next steps." ];

     case "validated":
      return [ "Template valid", "The template passed packer validate. Nothing was built." ];

     default:
      return [ `Release ${v} failed`.replace("  ", " "), this.failureDetail() ];
    }
  }
  failureDetail() {
    if (this.built.length === 0) return "No AMI was built.";
    const list = this.built.map(a => `${a.amiId} (${a.region})`).join(", ");
    return this.tagged ? `These AMIs were built and tagged before the failure: ${list}.` : `These AMIs were built but not released (not tagged): ${list}. Re-run the job: it releases them, and builds only what is missing.`;
  }
  details() {
    const rows = [ [ "Version", this.version ], [ "Lineage", this.lineage ], [ "Region", this.region ], [ "Source AMI", this.sourceImages.join(", ") || void 0 ], [ "Packer", this.tools.packer ], [ "amazon plugin", this.tools.amazonPlugin ], [ "Ansible", this.tools.ansible ], [ "Commit", this.context.sha ? `${this.context.repository}@${this.context.sha.slice(0, 12)}` : void 0 ], [ "Run", this.runUrl() ], [ "Total time", duration(performance.now() - this.startedAt) ] ];
    return rows.filter(r => r[1] !== void 0 && r[1] !== "").map(([k, v]) => [ k, k === "Run" ? `<a href="${escapeHtml(v)}">${escapeHtml(v)}</a>` : escapeHtml(v) ]);
  }
  runUrl() {
    const c = this.context;
    return c.runId ? `${c.serverUrl}/${c.repository}/actions/runs/${c.runId}` : void 0;
  }
  amiCell(a) {
    const link = consoleLink(a.region, a.amiId);
    return link ? `<a href="${escapeHtml(link)}">${escapeHtml(a.amiId)}</a>` : escapeHtml(a.amiId);
  }
  render() {
    const [title, sentence] = this.headline();
    const s = summary.addHeading(escapeHtml(title), 2).addRaw(escapeHtml(sentence), true);
    if (this.error) s.addCodeBlock(escapeHtml(this.error));
    for (const note of this.notes) s.addRaw(`<p>${escapeHtml(note)}</p>`, true);
    const shown = this.artifacts.length > 0 ? this.artifacts : this.built;
    if (shown.length > 0) s.addTable([ [ "Build", "Region", "AMI", "Name" ].map(data => ({
      data: data,
      header: true
    })), ...shown.map(a => [ escapeHtml(a.build), escapeHtml(a.region), this.amiCell(a), escapeHtml(this.imageNames.get(a.amiId) ?? "") ]) ]);
    if (this.ssm.length > 0) s.addHeading("SSM parameter", 3).addTable([ [ "Region", "Parameter", "Version" ].map(data => ({
      data: data,
      header: true
    })), ...this.ssm.map(p => [ escapeHtml(p.region), escapeHtml(p.parameter), String(p.version) ]) ]);
    const retention = this.retention.flatMap(r => [ ...r.retire.map(i => [ r.region, r.build, i.imageId, i.version ?? "", RETIRED[this.retireMode] ]), ...r.keep.map(i => [ r.region, r.build, i.imageId, i.version ?? "", `kept: ${i.reason}` ]) ]);
    if (retention.length > 0) s.addHeading("Older images", 3).addTable([ [ "Region", "Build", "AMI", "Version", "Outcome" ].map(data => ({
      data: data,
      header: true
    })), ...retention.map(row => row.map(escapeHtml)) ]);
    const details = this.details();
    if (this.version !== void 0 && details.length > 0) s.addHeading("Details", 3).addTable(details);
    if (this.phases.length > 0) s.addHeading("Phases", 3).addTable([ [ "Phase", "Time" ].map(data => ({
      data: data,
      header: true
    })), ...this.phases.map(([phase, ms]) => [ escapeHtml(phase), duration(ms) ]) ]);
    return s;
  }
  async write() {
    if (!process.env["GITHUB_STEP_SUMMARY"]) return;
    await this.render().write();
  }
}

async function run() {
  const context = readContext();
  const report = new RunReport(context);
  const cleanups = [];
  try {
    const {inputs: inputs, keyChecked: keyChecked} = readInputs(context);
    switch (inputs.mode) {
     case "build":
      await release(inputs, context, report, cleanups, keyChecked);
      break;

     case "validate":
      await validateOnly(inputs, context, report, cleanups, keyChecked);
      break;

     case "install":
      await installOnly(inputs, context, report, keyChecked);
      break;

     case "lookup":
      await lookup(inputs, context, report);
      break;
    }
  } catch (error) {
    inertLog.resume();
    report.error = errorMessage(error);
    if (error instanceof InputError) report.outcome = "invalid-input"; else if (error instanceof CancelledError) report.outcome = "cancelled"; else if (report.outcome !== "built") report.outcome = "failed";
    if (error instanceof TemplateError && error.file) core_error(report.error, {
      file: error.file,
      ...error.line ? {
        startLine: error.line
      } : {},
      ...error.title ? {
        title: error.title
      } : {}
    }); else core_error(report.error);
    process.exitCode = ExitCode.Failure;
  } finally {
    for (const cleanup of cleanups) try {
      cleanup();
    } catch (error) {
      core_warning(`Cleanup: ${errorMessage(error)}`);
    }
    await report.write().catch(error => core_warning(`Could not write the job summary: ${errorMessage(error)}`));
    closeClients();
  }
}

const of = (verdicts, kind) => verdicts.filter(v => v.kind === kind);

async function terminate(instances) {
  for (const region of new Set(instances.map(v => v.region ?? ""))) {
    const ids = instances.filter(v => v.region === region).map(v => v.id);
    const {send: send, sdk: sdk} = await ec2(region);
    await send(new sdk.TerminateInstancesCommand({
      InstanceIds: ids
    }));
    await poll(async () => {
      const states = (await describeInstances(region, [ {
        Name: "instance-id",
        Values: ids
      } ])).map(i => i.State?.Name);
      return states.every(s => s === "terminated") ? true : void 0;
    }, POLL.instanceTerminatedMs, POLL.instanceTerminatedMaxMs, () => new Error(`${ids.join(", ")} in ${region} did not terminate within ${POLL.instanceTerminatedMaxMs / 6e4} minutes`));
  }
}

async function sweep(remove, iamRegion) {
  const removed = [];
  const failures = [];
  const attempt = async (verdict, work) => {
    try {
      await work();
      removed.push(verdict);
    } catch (error) {
      if (hasCode(error, /NotFound|NoSuchEntity/)) return;
      failures.push(`${verdict.kind} ${verdict.id}${verdict.region ? ` in ${verdict.region}` : ""}: ${error.message}`);
    }
  };
  for (const v of of(remove, "image")) await attempt(v, async () => {
    const {send: send, sdk: sdk} = await ec2(v.region ?? "");
    await send(new sdk.DeregisterImageCommand({
      ImageId: v.id,
      DeleteAssociatedSnapshots: true
    }));
  });
  const instances = of(remove, "instance");
  if (instances.length > 0) try {
    await terminate(instances);
    removed.push(...instances);
  } catch (error) {
    failures.push(`instances ${instances.map(v => v.id).join(", ")}: ${error.message}`);
  }
  for (const v of of(remove, "key pair")) await attempt(v, async () => {
    const {send: send, sdk: sdk} = await ec2(v.region ?? "");
    await send(new sdk.DeleteKeyPairCommand({
      KeyName: v.id
    }));
  });
  for (const v of of(remove, "security group")) await attempt(v, async () => {
    const {send: send, sdk: sdk} = await ec2(v.region ?? "");
    for (let retry = 0; ;retry++) try {
      return await send(new sdk.DeleteSecurityGroupCommand({
        GroupId: v.id
      }));
    } catch (error) {
      if (!hasCode(error, /DependencyViolation/) || retry >= POLL.dependencyRetries) throw error;
      await sleep(POLL.dependencyRetryMs);
    }
  });
  for (const v of of(remove, "launch template")) await attempt(v, async () => {
    const {send: send, sdk: sdk} = await ec2(v.region ?? "");
    await send(new sdk.DeleteLaunchTemplateCommand({
      LaunchTemplateId: v.id
    }));
  });
  const roles = of(remove, "role");
  for (const v of of(remove, "instance profile")) await attempt(v, async () => {
    const {send: send, sdk: sdk} = await iam(iamRegion);
    for (const role of roles) await send(new sdk.RemoveRoleFromInstanceProfileCommand({
      InstanceProfileName: v.id,
      RoleName: role.id
    })).catch(error => {
      if (!hasCode(error, /NoSuchEntity/)) throw error;
    });
    await send(new sdk.DeleteInstanceProfileCommand({
      InstanceProfileName: v.id
    }));
  });
  for (const v of roles) await attempt(v, async () => {
    const {send: send, sdk: sdk} = await iam(iamRegion);
    const {PolicyNames: PolicyNames = []} = await send(new sdk.ListRolePoliciesCommand({
      RoleName: v.id
    }));
    for (const name of PolicyNames) await send(new sdk.DeleteRolePolicyCommand({
      RoleName: v.id,
      PolicyName: name
    }));
    await send(new sdk.DeleteRoleCommand({
      RoleName: v.id
    }));
  });
  return {
    removed: removed,
    failures: failures
  };
}

function removeVaultPassword(temp) {
  const file = getState(State.VaultPasswordFile);
  if (!file) return;
  const refused = removeVaultPasswordFile(file, temp);
  if (refused) core_warning(`Left the vault password file alone: ${refused}`); else info("Removed the Ansible vault password file");
}

async function sweepLeftovers(folder, temp) {
  if (!folder) return;
  const {evidence: evidence, problems: problems} = readEvidenceRecord(folder, temp);
  for (const problem of problems) core_warning(`The saved build record was not used in part: ${problem}`);
  if (!evidence || evidence.leads.length === 0) return;
  const schema = tagSchema(getInput("version-tag-key") || "ImageVersion");
  const facts = await gatherFacts(evidence);
  const plan = planSweep(evidence, judgeOwnership(evidence, facts, schema), facts, schema);
  for (const v of plan.foreign) core_warning(`Left ${v.kind} ${v.id}${v.region ? ` in ${v.region}` : ""} alone: the build log named it, but ${v.reason}`);
  if (plan.remove.length === 0) {
    info("Nothing was left behind by the build");
    return;
  }
  const {removed: removed, failures: failures} = await sweep(plan.remove, evidence.region);
  for (const failure of failures) core_warning(`Could not clean up ${failure}`);
  for (const r of removed) core_warning(`Removed a leftover ${r.kind} of the build: ${r.id}${r.snapshotIds?.length ? ` with ${r.snapshotIds.join(", ")}` : ""}${r.region ? ` in ${r.region}` : ""} (${r.reason})`);
  if (removed.length > 0) await summary.addHeading("Cleaned up after the build", 3).addTable([ [ "Kind", "Resource", "Region", "Why it was this run’s" ].map(data => ({
    data: data,
    header: true
  })), ...removed.map(r => [ r.kind, r.id, r.region ?? "", r.reason ].map(escapeHtml)) ]).write();
}

async function runPost() {
  try {
    const {temp: temp} = readContext();
    removeVaultPassword(temp);
    const folder = getState(State.Evidence);
    try {
      await sweepLeftovers(folder, temp);
    } finally {
      if (folder) removeEvidenceRecord(folder, temp);
    }
  } catch (error) {
    core_warning(`Cleanup failed: ${errorMessage(error)}`);
  } finally {
    closeClients();
  }
}

var __webpack_exports__run = __webpack_exports__.e;

var __webpack_exports__runPost = __webpack_exports__.a;

export { __webpack_exports__run as run, __webpack_exports__runPost as runPost };