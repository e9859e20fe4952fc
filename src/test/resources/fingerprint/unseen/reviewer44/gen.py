#!/usr/bin/env python3
"""Generate an unseen labelled corpus of travel-company ERROR events.

python3 gen.py  -> writes events.jsonl and groups.json into $UNSEEN_OUT (if set)
or beside this file.  Stdlib only, fixed seed, byte-identical output across
runs and PYTHONHASHSEED values (no set/dict-order dependence on hashing).
"""
import json
import os
import random
import re
from datetime import datetime, timedelta, timezone

SEED = 44044
R = random.Random(SEED)
BASE = datetime(2024, 5, 14, 5, 0, 0, tzinfo=timezone.utc)

GROUPS = {}   # label -> meta (insertion ordered)
EVENTS = []   # dicts with service, message, group, _dfv


def group(label, service, description, near_miss=None, digit_free=False):
    assert label not in GROUPS, label
    GROUPS[label] = {"description": description, "service": service, "count": 0,
                     "near_miss_set": near_miss, "digit_free_variable": digit_free}


def emit(label, message, dfv=None):
    g = GROUPS[label]
    EVENTS.append({"service": g["service"], "message": message, "group": label, "_dfv": dfv})
    g["count"] += 1


# ---------------------------------------------------------------- helpers
UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
UPD = UP + "0123456789"
HEX = "0123456789abcdef"
K8S = "bcdfghjklmnpqrstvwxz2456789"


def t():
    return BASE + timedelta(seconds=R.uniform(0, 3 * 86400), microseconds=R.randint(0, 999999))


def pick(seq):
    return seq[R.randrange(len(seq))]


def s(alpha, n):
    return "".join(pick(alpha) for _ in range(n))


def hx(n):
    return s(HEX, n)


def uuid4():
    h = list(hx(32))
    h[12] = "4"
    h[16] = pick("89ab")
    h = "".join(h)
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def pnr():
    return pick(UP) + s("ABCDEFGHJKLMNPQRSTUVWXYZ23456789", 5)


def ip10():
    return "10.%d.%d.%d" % (R.randint(0, 7), R.randint(0, 255), R.randint(2, 254))


def pod(deploy):
    return "%s-%s-%s" % (deploy, s(K8S, 10), s(K8S, 5))


def iso_ms(dt):
    return dt.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (dt.microsecond // 1000)


def iso_us(dt):
    return dt.strftime("%Y-%m-%dT%H:%M:%S.") + "%06dZ" % dt.microsecond


def py_ts(dt):
    return dt.strftime("%Y-%m-%d %H:%M:%S,") + "%03d" % (dt.microsecond // 1000)


def epoch_ms(dt):
    return int(dt.timestamp() * 1000)


def ticket_no(prefix):
    return prefix + "".join(str(R.randint(0, 9)) for _ in range(10))


def abbreviate(logger, target=39):
    """logback TargetLengthBasedClassNameAbbreviator."""
    if len(logger) <= target:
        return logger
    parts = logger.split(".")
    total = len(logger)
    for i in range(len(parts) - 1):
        if total <= target:
            break
        total -= len(parts[i]) - 1
        parts[i] = parts[i][0]
    return ".".join(parts)


def thr15(name):
    return name[-15:] if len(name) > 15 else name.rjust(15)


def spring(dt, app, thread, logger, msg):
    """Spring Boot 3.2 default console pattern."""
    return "%s ERROR 1 --- [%s] [%s] %-40s : %s" % (iso_ms(dt), app, thr15(thread), abbreviate(logger), msg)


def jframes(lines):
    return "\n".join("\tat " + l for l in lines)


MVC_TAIL = [
    "java.base/jdk.internal.reflect.DirectMethodHandleAccessor.invoke(DirectMethodHandleAccessor.java:103)",
    "java.base/java.lang.reflect.Method.invoke(Method.java:580)",
    "org.springframework.web.method.support.InvocableHandlerMethod.doInvoke(InvocableHandlerMethod.java:255)",
    "org.springframework.web.method.support.InvocableHandlerMethod.invokeForRequest(InvocableHandlerMethod.java:188)",
    "org.springframework.web.servlet.mvc.method.annotation.ServletInvocableHandlerMethod.invokeAndHandle(ServletInvocableHandlerMethod.java:118)",
    "org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter.invokeHandlerMethod(RequestMappingHandlerAdapter.java:926)",
    "org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter.handleInternal(RequestMappingHandlerAdapter.java:831)",
    "org.springframework.web.servlet.mvc.method.AbstractHandlerMethodAdapter.handle(AbstractHandlerMethodAdapter.java:87)",
    "org.springframework.web.servlet.DispatcherServlet.doDispatch(DispatcherServlet.java:1089)",
    "org.springframework.web.servlet.DispatcherServlet.doService(DispatcherServlet.java:979)",
    "org.springframework.web.servlet.FrameworkServlet.processRequest(FrameworkServlet.java:1014)",
    "org.springframework.web.servlet.FrameworkServlet.doPost(FrameworkServlet.java:914)",
    "jakarta.servlet.http.HttpServlet.service(HttpServlet.java:590)",
    "org.springframework.web.servlet.FrameworkServlet.service(FrameworkServlet.java:885)",
    "jakarta.servlet.http.HttpServlet.service(HttpServlet.java:658)",
    "org.apache.catalina.core.ApplicationFilterChain.internalDoFilter(ApplicationFilterChain.java:205)",
    "org.apache.catalina.core.ApplicationFilterChain.doFilter(ApplicationFilterChain.java:149)",
    "org.springframework.web.filter.RequestContextFilter.doFilterInternal(RequestContextFilter.java:100)",
    "org.springframework.web.filter.OncePerRequestFilter.doFilter(OncePerRequestFilter.java:116)",
    "org.apache.catalina.core.StandardWrapperValve.invoke(StandardWrapperValve.java:167)",
    "org.apache.catalina.core.StandardContextValve.invoke(StandardContextValve.java:90)",
    "org.apache.catalina.authenticator.AuthenticatorBase.invoke(AuthenticatorBase.java:482)",
    "org.apache.catalina.core.StandardHostValve.invoke(StandardHostValve.java:115)",
    "org.apache.catalina.valves.ErrorReportValve.invoke(ErrorReportValve.java:93)",
    "org.apache.catalina.core.StandardEngineValve.invoke(StandardEngineValve.java:74)",
    "org.apache.catalina.connector.CoyoteAdapter.service(CoyoteAdapter.java:344)",
    "org.apache.coyote.http11.Http11Processor.service(Http11Processor.java:391)",
    "org.apache.coyote.AbstractProcessorLight.process(AbstractProcessorLight.java:63)",
    "org.apache.coyote.AbstractProtocol$ConnectionHandler.process(AbstractProtocol.java:896)",
    "org.apache.tomcat.util.net.NioEndpoint$SocketProcessor.doRun(NioEndpoint.java:1744)",
    "org.apache.tomcat.util.net.SocketProcessorBase.run(SocketProcessorBase.java:52)",
    "org.apache.tomcat.util.threads.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1191)",
    "org.apache.tomcat.util.threads.ThreadPoolExecutor$Worker.run(ThreadPoolExecutor.java:659)",
    "org.apache.tomcat.util.threads.TaskThread$WrappingRunnable.run(TaskThread.java:63)",
    "java.base/java.lang.Thread.run(Thread.java:1583)",
]

CXF_SEND = [
    "org.apache.cxf.io.CacheAndWriteOutputStream.postClose(CacheAndWriteOutputStream.java:47)",
    "org.apache.cxf.io.CachedOutputStream.close(CachedOutputStream.java:227)",
    "org.apache.cxf.transport.AbstractConduit.close(AbstractConduit.java:56)",
    "org.apache.cxf.transport.http.HTTPConduit.close(HTTPConduit.java:717)",
    "org.apache.cxf.interceptor.MessageSenderInterceptor$MessageSenderEndingInterceptor.handleMessage(MessageSenderInterceptor.java:63)",
    "org.apache.cxf.phase.PhaseInterceptorChain.doIntercept(PhaseInterceptorChain.java:307)",
    "org.apache.cxf.endpoint.ClientImpl.doInvoke(ClientImpl.java:530)",
    "org.apache.cxf.endpoint.ClientImpl.invoke(ClientImpl.java:441)",
    "org.apache.cxf.endpoint.ClientImpl.invoke(ClientImpl.java:356)",
    "org.apache.cxf.endpoint.ClientImpl.invoke(ClientImpl.java:314)",
    "org.apache.cxf.frontend.ClientProxy.invokeSync(ClientProxy.java:96)",
    "org.apache.cxf.jaxws.JaxWsClientProxy.invoke(JaxWsClientProxy.java:140)",
]

# ================================================================ gds-amadeus-adapter (Java 21, Spring Boot 3.2, Apache CXF)
AMA = "gds-amadeus-adapter"
group("ama-fault-95-inactive", AMA, "Amadeus SOAP fault '95|Session|Inactive conversation' on PNR_Retrieve (stateful session reused after Amadeus expired it)", "nm-ama-session-fault")
group("ama-fault-93-illogical", AMA, "Amadeus SOAP fault '93|Session|Illogical conversation' on PNR_Retrieve (wrong sequence number sent in session header)", "nm-ama-session-fault")
group("ama-eot-need-rf", AMA, "PNR_AddMultiElements generalErrorInfo 8111 at EOT: NEED RECEIVED FROM (RF element not added)", "nm-ama-eot-8111")
group("ama-eot-need-tk", AMA, "PNR_AddMultiElements generalErrorInfo 8111 at EOT: NEED TICKETING ARRANGEMENT (TK element not added)", "nm-ama-eot-8111")
group("ama-mp-read-timeout", AMA, "Fare_MasterPricerTravelBoardSearch: CXF 'Could not receive Message.' caused by SocketTimeoutException Read timed out", "nm-ama-transport")
group("ama-mp-conn-reset", AMA, "Fare_MasterPricerTravelBoardSearch: CXF 'Could not receive Message.' caused by SocketException Connection reset", "nm-ama-transport")


def ama_soap_fault(label, fault, n):
    cxf_in = [
        "org.apache.cxf.binding.soap.interceptor.Soap11FaultInInterceptor.unmarshalFault(Soap11FaultInInterceptor.java:87)",
        "org.apache.cxf.binding.soap.interceptor.Soap11FaultInInterceptor.handleMessage(Soap11FaultInInterceptor.java:52)",
        "org.apache.cxf.binding.soap.interceptor.Soap11FaultInInterceptor.handleMessage(Soap11FaultInInterceptor.java:41)",
        "org.apache.cxf.phase.PhaseInterceptorChain.doIntercept(PhaseInterceptorChain.java:307)",
        "org.apache.cxf.interceptor.AbstractFaultChainInitiatorObserver.onMessage(AbstractFaultChainInitiatorObserver.java:114)",
        "org.apache.cxf.binding.soap.interceptor.CheckFaultInterceptor.handleMessage(CheckFaultInterceptor.java:69)",
        "org.apache.cxf.binding.soap.interceptor.CheckFaultInterceptor.handleMessage(CheckFaultInterceptor.java:34)",
        "org.apache.cxf.phase.PhaseInterceptorChain.doIntercept(PhaseInterceptorChain.java:307)",
        "org.apache.cxf.endpoint.ClientImpl.onMessage(ClientImpl.java:819)",
        "org.apache.cxf.transport.http.HTTPConduit$WrappedOutputStream.handleResponseInternal(HTTPConduit.java:1726)",
        "org.apache.cxf.transport.http.HTTPConduit$WrappedOutputStream.handleResponse(HTTPConduit.java:1586)",
        "org.apache.cxf.transport.http.HTTPConduit$WrappedOutputStream.close(HTTPConduit.java:1387)",
    ] + CXF_SEND
    for _ in range(n):
        dt = t()
        proxy = pick([187, 191, 203])
        outer = [
            "org.apache.cxf.jaxws.JaxWsClientProxy.mapException(JaxWsClientProxy.java:195)",
            "org.apache.cxf.jaxws.JaxWsClientProxy.invoke(JaxWsClientProxy.java:145)",
            "jdk.proxy2/jdk.proxy2.$Proxy%d.pnrRetrieve(Unknown Source)" % proxy,
            "com.tripnova.gds.amadeus.pnr.PnrRetrieveClient.retrieve(PnrRetrieveClient.java:94)",
            "com.tripnova.gds.amadeus.pnr.PnrService.load(PnrService.java:61)",
            "com.tripnova.gds.amadeus.web.PnrController.get(PnrController.java:38)",
        ] + MVC_TAIL
        head = spring(dt, AMA, "nio-8080-exec-%d" % R.randint(1, 200), "com.tripnova.gds.amadeus.pnr.PnrRetrieveClient",
                      "PNR_Retrieve failed recloc=%s office=LONTN38AA session=0%s seq=%d"
                      % (pnr(), s(UPD, 9), R.randint(2, 17)))
        msg = "%s\njakarta.xml.ws.soap.SOAPFaultException: %s\n%s\nCaused by: org.apache.cxf.binding.soap.SoapFault: %s\n%s\n\t... %d common frames omitted" % (
            head, fault, jframes(outer), fault, jframes(cxf_in), len(outer) - 1)
        emit(label, msg)


ama_soap_fault("ama-fault-95-inactive", " 95|Session|Inactive conversation", 3)
ama_soap_fault("ama-fault-93-illogical", " 93|Session|Illogical conversation", 2)


def ama_eot(label, reason, n):
    for _ in range(n):
        dt = t()
        head = spring(dt, AMA, "nio-8080-exec-%d" % R.randint(1, 200), "com.tripnova.gds.amadeus.pnr.PnrCommitService",
                      "End of transaction rejected recloc=%s session=0%s seq=%d" % (pnr(), s(UPD, 9), R.randint(3, 19)))
        frames = [
            "com.tripnova.gds.amadeus.reply.ReplyInspector.failOnGeneralError(ReplyInspector.java:52)",
            "com.tripnova.gds.amadeus.pnr.PnrCommitService.endTransact(PnrCommitService.java:117)",
            "com.tripnova.gds.amadeus.pnr.PnrCommitService.commit(PnrCommitService.java:73)",
            "com.tripnova.gds.amadeus.web.PnrController.commit(PnrController.java:57)",
        ] + MVC_TAIL
        msg = "%s\ncom.tripnova.gds.amadeus.AmadeusApplicationException: PNR_AddMultiElements generalErrorInfo 8111/EC/1A: ERROR AT END OF TRANSACTION TIME | ERROR AT EOT TIME | %s\n%s" % (
            head, reason, jframes(frames))
        emit(label, msg)


ama_eot("ama-eot-need-rf", "NEED RECEIVED FROM", 3)
ama_eot("ama-eot-need-tk", "NEED TICKETING ARRANGEMENT", 3)


def ama_transport(label, kind, n):
    url = "https://nodeD1.production.webservices.amadeus.com/1ASIWTNVTRP"
    outer = None
    for _ in range(n):
        dt = t()
        proxy = pick([192, 196, 211])
        outer = [
            "org.apache.cxf.jaxws.JaxWsClientProxy.mapException(JaxWsClientProxy.java:183)",
            "org.apache.cxf.jaxws.JaxWsClientProxy.invoke(JaxWsClientProxy.java:145)",
            "jdk.proxy2/jdk.proxy2.$Proxy%d.fareMasterPricerTravelBoardSearch(Unknown Source)" % proxy,
            "com.tripnova.gds.amadeus.shop.MasterPricerClient.search(MasterPricerClient.java:117)",
            "com.tripnova.gds.amadeus.shop.ShoppingService.lambda$searchAsync$0(ShoppingService.java:72)",
            "java.base/java.util.concurrent.CompletableFuture$AsyncSupply.run(CompletableFuture.java:1768)",
            "java.base/java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1144)",
            "java.base/java.util.concurrent.ThreadPoolExecutor$Worker.run(ThreadPoolExecutor.java:642)",
            "java.base/java.lang.Thread.run(Thread.java:1583)",
        ]
        mid = [
            "java.base/jdk.internal.reflect.DirectConstructorHandleAccessor.newInstance(DirectConstructorHandleAccessor.java:62)",
            "java.base/java.lang.reflect.Constructor.newInstanceWithCaller(Constructor.java:502)",
            "java.base/java.lang.reflect.Constructor.newInstance(Constructor.java:486)",
            "org.apache.cxf.transport.http.HTTPConduit$WrappedOutputStream.mapException(HTTPConduit.java:1446)",
            "org.apache.cxf.transport.http.HTTPConduit$WrappedOutputStream.close(HTTPConduit.java:1430)",
        ] + CXF_SEND
        if kind == "timeout":
            top = ["java.base/sun.nio.ch.NioSocketImpl.timedRead(NioSocketImpl.java:278)",
                   "java.base/sun.nio.ch.NioSocketImpl.implRead(NioSocketImpl.java:304)"]
            cls, text = "java.net.SocketTimeoutException", "Read timed out"
            elapsed = R.randint(30001, 30480)
        else:
            top = ["java.base/sun.nio.ch.NioSocketImpl.implRead(NioSocketImpl.java:318)"]
            cls, text = "java.net.SocketException", "Connection reset"
            elapsed = R.randint(40, 9000)
        inner = top + [
            "java.base/sun.nio.ch.NioSocketImpl.read(NioSocketImpl.java:346)",
            "java.base/sun.nio.ch.NioSocketImpl$1.read(NioSocketImpl.java:796)",
            "java.base/java.net.Socket$SocketInputStream.read(Socket.java:1099)",
            "java.base/sun.security.ssl.SSLSocketInputRecord.read(SSLSocketInputRecord.java:489)",
            "java.base/sun.security.ssl.SSLSocketInputRecord.readHeader(SSLSocketInputRecord.java:483)",
            "java.base/sun.security.ssl.SSLSocketInputRecord.bytesInCompletePacket(SSLSocketInputRecord.java:70)",
            "java.base/sun.security.ssl.SSLSocketImpl.readApplicationRecord(SSLSocketImpl.java:1461)",
            "java.base/sun.security.ssl.SSLSocketImpl$AppInputStream.read(SSLSocketImpl.java:1066)",
            "java.base/java.io.BufferedInputStream.fill(BufferedInputStream.java:291)",
            "java.base/java.io.BufferedInputStream.read1(BufferedInputStream.java:347)",
            "java.base/java.io.BufferedInputStream.implRead(BufferedInputStream.java:420)",
            "java.base/java.io.BufferedInputStream.read(BufferedInputStream.java:399)",
            "java.base/sun.net.www.http.HttpClient.parseHTTPHeader(HttpClient.java:827)",
            "java.base/sun.net.www.http.HttpClient.parseHTTP(HttpClient.java:759)",
            "java.base/sun.net.www.protocol.http.HttpURLConnection.getInputStream0(HttpURLConnection.java:1690)",
            "java.base/sun.net.www.protocol.http.HttpURLConnection.getInputStream(HttpURLConnection.java:1599)",
            "java.base/java.net.HttpURLConnection.getResponseCode(HttpURLConnection.java:531)",
            "java.base/sun.net.www.protocol.https.HttpsURLConnectionImpl.getResponseCode(HttpsURLConnectionImpl.java:307)",
            "org.apache.cxf.transport.http.URLConnectionHTTPConduit$URLConnectionWrappedOutputStream.getResponseCode(URLConnectionHTTPConduit.java:275)",
            "org.apache.cxf.transport.http.HTTPConduit$WrappedOutputStream.doProcessResponseCode(HTTPConduit.java:1639)",
            "org.apache.cxf.transport.http.HTTPConduit$WrappedOutputStream.handleResponseInternal(HTTPConduit.java:1668)",
            "org.apache.cxf.transport.http.HTTPConduit$WrappedOutputStream.handleResponse(HTTPConduit.java:1586)",
            "org.apache.cxf.transport.http.HTTPConduit$WrappedOutputStream.close(HTTPConduit.java:1387)",
        ]
        head = spring(dt, AMA, "shop-exec-%d" % R.randint(1, 32), "com.tripnova.gds.amadeus.shop.MasterPricerClient",
                      "Fare_MasterPricerTravelBoardSearch failed after %d ms correlationId=%s" % (elapsed, uuid4()))
        short = cls.rsplit(".", 1)[1]
        msg = ("%s\njakarta.xml.ws.WebServiceException: Could not receive Message.\n%s\n"
               "Caused by: %s: %s invoking %s: %s\n%s\n\t... %d common frames omitted\n"
               "Caused by: %s: %s\n%s\n\t... %d common frames omitted") % (
            head, jframes(outer), cls, short, url, text, jframes(mid), len(outer) - 2,
            cls, text, jframes(inner), len(mid) - 5)
        emit(label, msg)


ama_transport("ama-mp-read-timeout", "timeout", 3)
ama_transport("ama-mp-conn-reset", "reset", 3)

# ================================================================ sabre-connector (.NET 8, Microsoft.Extensions.Logging console)
SAB = "sabre-connector"
group("sab-et-need-phone", SAB, "Sabre EndTransactionLLSRQ host error 'NEED PHONE FIELD - USE 9' (phone element not written before EOT)", "nm-sab-endtransaction")
group("sab-et-simultaneous", SAB, "Sabre EndTransactionLLSRQ host error 'SIMULTANEOUS CHANGES TO PNR - USE IR TO IGNORE AND RETRIEVE PNR' (concurrent PNR update)", "nm-sab-endtransaction")
group("sab-et-need-received", SAB, "Sabre EndTransactionLLSRQ host error 'NEED RECEIVED FROM - USE 6' (received-from not set)", "nm-sab-endtransaction")
group("sab-http-ended", SAB, "Sabre SOAP HttpRequestException with inner IOException 'The response ended prematurely.' (pooled keep-alive connection closed by Sabre edge)", "nm-sab-http-inner")
group("sab-http-reset", SAB, "Sabre SOAP HttpRequestException with inner SocketException (104) Connection reset by peer", "nm-sab-http-inner")
group("sab-surname-charset", SAB, "Passenger surname with diacritics rejected by our Sabre host-charset validator (no transliteration); surname varies", None, True)


def dotnet_fail(category, eventid, lines, exc):
    body = "\n".join("      " + l for l in lines)
    exc_txt = "\n".join("      " + l for l in exc.split("\n"))
    return "fail: %s[%d]\n%s\n%s" % (category, eventid, body, exc_txt)


def sab_et(label, hostmsg, n):
    for _ in range(n):
        conv = "tn-" + uuid4()
        exc = ("TripNova.Sabre.SabreHostException: EndTransactionLLSRQ: %s\n"
               "   at TripNova.Sabre.Soap.HostResultGuard.ThrowIfError(XElement applicationResults, String action) in /src/TripNova.Sabre/Soap/HostResultGuard.cs:line 44\n"
               "   at TripNova.Sabre.Pnr.EndTransactionService.CommitAsync(SabreSession session, CancellationToken ct) in /src/TripNova.Sabre/Pnr/EndTransactionService.cs:line 71\n"
               "   at TripNova.Sabre.Booking.BookingCommitHandler.Handle(CommitBookingCommand request, CancellationToken cancellationToken) in /src/TripNova.Sabre/Booking/BookingCommitHandler.cs:line 96") % hostmsg
        emit(label, dotnet_fail("TripNova.Sabre.Booking.BookingCommitHandler", 2207,
                                ["EndTransactionLLSRQ failed for booking %s (conversation %s, attempt %d)" % (
                                    "BK" + s("0123456789", 8), conv, R.randint(1, 2))], exc))


sab_et("sab-et-need-phone", "NEED PHONE FIELD - USE 9", 3)
sab_et("sab-et-simultaneous", "SIMULTANEOUS CHANGES TO PNR - USE IR TO IGNORE AND RETRIEVE PNR", 6)
sab_et("sab-et-need-received", "NEED RECEIVED FROM - USE 6", 1)

NET_HTTP_TAIL = (
    "   at System.Net.Http.HttpConnection.SendAsync(HttpRequestMessage request, Boolean async, CancellationToken cancellationToken)\n"
    "   at System.Net.Http.HttpConnectionPool.SendWithVersionDetectionAndRetryAsync(HttpRequestMessage request, Boolean async, Boolean doRequestAuth, CancellationToken cancellationToken)\n"
    "   at System.Net.Http.DiagnosticsHandler.SendAsyncCore(HttpRequestMessage request, Boolean async, CancellationToken cancellationToken)\n"
    "   at Microsoft.Extensions.Http.Logging.LoggingHttpMessageHandler.<SendCoreAsync>g__Core|5_0(HttpRequestMessage request, Boolean useAsync, CancellationToken cancellationToken)\n"
    "   at Microsoft.Extensions.Http.Logging.LoggingScopeHttpMessageHandler.<SendCoreAsync>g__Core|5_0(HttpRequestMessage request, Boolean useAsync, CancellationToken cancellationToken)\n"
    "   at System.Net.Http.HttpClient.<SendAsync>g__Core|83_0(HttpRequestMessage request, HttpCompletionOption completionOption, CancellationTokenSource cts, Boolean disposeCts, CancellationTokenSource pendingRequestsCts, CancellationToken originalCancellationToken)\n"
    "   at TripNova.Sabre.Soap.SabreSoapClient.SendAsync(String action, XElement body, CancellationToken ct) in /src/TripNova.Sabre/Soap/SabreSoapClient.cs:line 77")


def sab_http(label, kind, n):
    for _ in range(n):
        action = pick(["OTA_AirAvailLLSRQ", "TravelItineraryReadRQ", "OTA_AirPriceLLSRQ"])
        if kind == "ended":
            inner = (" ---> System.IO.IOException: The response ended prematurely.\n"
                     "   at System.Net.Http.HttpConnection.SendAsync(HttpRequestMessage request, Boolean async, CancellationToken cancellationToken)\n"
                     "   --- End of inner exception stack trace ---")
        else:
            inner = (" ---> System.IO.IOException: Unable to read data from the transport connection: Connection reset by peer.\n"
                     " ---> System.Net.Sockets.SocketException (104): Connection reset by peer\n"
                     "   --- End of inner exception stack trace ---\n"
                     "   at System.Net.Sockets.Socket.AwaitableSocketAsyncEventArgs.ThrowException(SocketError error, CancellationToken cancellationToken)\n"
                     "   at System.Net.Sockets.Socket.AwaitableSocketAsyncEventArgs.System.Threading.Tasks.Sources.IValueTaskSource<System.Int32>.GetResult(Int16 token)\n"
                     "   at System.Net.Security.SslStream.EnsureFullTlsFrameAsync[TIOAdapter](CancellationToken cancellationToken, Int32 estimatedSize)\n"
                     "   at System.Runtime.CompilerServices.PoolingAsyncValueTaskMethodBuilder`1.StateMachineBox`1.System.Threading.Tasks.Sources.IValueTaskSource<TResult>.GetResult(Int16 token)\n"
                     "   at System.Net.Security.SslStream.ReadAsyncInternal[TIOAdapter](Memory`1 buffer, CancellationToken cancellationToken)\n"
                     "   at System.Runtime.CompilerServices.PoolingAsyncValueTaskMethodBuilder`1.StateMachineBox`1.System.Threading.Tasks.Sources.IValueTaskSource<TResult>.GetResult(Int16 token)\n"
                     "   at System.Net.Http.HttpConnection.SendAsync(HttpRequestMessage request, Boolean async, CancellationToken cancellationToken)\n"
                     "   --- End of inner exception stack trace ---")
        exc = "System.Net.Http.HttpRequestException: An error occurred while sending the request.\n%s\n%s" % (inner, NET_HTTP_TAIL)
        emit(label, dotnet_fail("TripNova.Sabre.Soap.SabreSoapClient", 2101,
                                ["SOAP action %s to https://webservices.platform.sabre.com failed after %d ms (conversation tn-%s)" % (
                                    action, R.randint(3, 2900), uuid4())], exc))


sab_http("sab-http-ended", "ended", 3)
sab_http("sab-http-reset", "reset", 2)

for surname in ["Müller", "Gonçalves", "Østergaard", "Şahin", "Nuñez"]:
    exc = ("TripNova.Sabre.Validation.HostCharsetException: Surname '%s' contains characters outside the Sabre host character set\n"
           "   at TripNova.Sabre.Validation.HostCharset.EnsureEncodable(String field, String value) in /src/TripNova.Sabre/Validation/HostCharset.cs:line 29\n"
           "   at TripNova.Sabre.Pnr.PassengerDetailsBuilder.AddPerson(PassengerDraft pax) in /src/TripNova.Sabre/Pnr/PassengerDetailsBuilder.cs:line 112\n"
           "   at TripNova.Sabre.Pnr.PassengerDetailsBuilder.Build(BookingDraft draft) in /src/TripNova.Sabre/Pnr/PassengerDetailsBuilder.cs:line 58\n"
           "   at TripNova.Sabre.Booking.BookingCommitHandler.Handle(CommitBookingCommand request, CancellationToken cancellationToken) in /src/TripNova.Sabre/Booking/BookingCommitHandler.cs:line 74") % surname
    emit("sab-surname-charset", dotnet_fail("TripNova.Sabre.Booking.BookingCommitHandler", 2211,
                                            ["PassengerDetailsRQ not sent: passenger validation failed"], exc), dfv=surname)

# ================================================================ ndc-gateway (Node 20, pino JSON, xml2js/sax)
NDC = "ndc-gateway"
group("ndc-xml-unclosed-root", NDC, "AF/KL NDC AirShoppingRS truncated: sax 'Unclosed root tag' while parsing (response cut at proxy body limit)", "nm-ndc-xml-parse")
group("ndc-xml-non-whitespace", NDC, "AF/KL NDC endpoint returned Envoy plain-text 503 body: sax 'Non-whitespace before first tag.'", "nm-ndc-xml-parse")
group("ndc-ordercreate-911", NDC, "BA NDC OrderCreateRS Error Code 911 'Unable to process - system error'", "nm-ndc-ordercreate-code")
group("ndc-ordercreate-offer-expired", NDC, "BA NDC OrderCreateRS Error Code OFR0007 'Offer expired' (offer held past its TTL before OrderCreate)", "nm-ndc-ordercreate-code")
group("ndc-servicelist-mapper", NDC, "ServiceListRS mapper TypeError reading 'ServiceDefinitionRefID' for Lufthansa-group carriers; carrier code varies", None, True)

NDC_POD = [pod("ndc-gateway") for _ in range(4)]


def pino(dt, fields, msg, level=50):
    d = {"level": level, "time": epoch_ms(dt), "pid": 1, "hostname": pick(NDC_POD)}
    d.update(fields)
    d["msg"] = msg
    return json.dumps(d, ensure_ascii=False, separators=(",", ":"))


def ndc_xml(label, kind, n):
    for _ in range(n):
        dt = t()
        if kind == "unclosed":
            emsg = "Unclosed root tag\nLine: 0\nColumn: %d\nChar: " % R.randint(262000, 262144)
            frames = ["    at error (/app/node_modules/sax/lib/sax.js:652:10)",
                      "    at strictFail (/app/node_modules/sax/lib/sax.js:678:7)",
                      "    at end (/app/node_modules/sax/lib/sax.js:663:45)",
                      "    at SAXParser.end (/app/node_modules/sax/lib/sax.js:146:14)",
                      "    at SAXParser.close (/app/node_modules/sax/lib/sax.js:147:36)",
                      "    at Parser.parseString (/app/node_modules/xml2js/lib/parser.js:330:31)"]
        else:
            emsg = "Non-whitespace before first tag.\nLine: 0\nColumn: 1\nChar: u"
            frames = ["    at error (/app/node_modules/sax/lib/sax.js:652:10)",
                      "    at strictFail (/app/node_modules/sax/lib/sax.js:678:7)",
                      "    at beginWhiteSpace (/app/node_modules/sax/lib/sax.js:952:7)",
                      "    at SAXParser.write (/app/node_modules/sax/lib/sax.js:1011:11)",
                      "    at Parser.parseString (/app/node_modules/xml2js/lib/parser.js:327:31)"]
        frames += ["    at /app/node_modules/xml2js/lib/parser.js:345:24",
                   "    at new Promise (<anonymous>)",
                   "    at Parser.parseStringPromise (/app/node_modules/xml2js/lib/parser.js:343:14)",
                   "    at NdcClient.send (/app/dist/ndc/client.js:91:41)",
                   "    at process.processTicksAndRejections (node:internal/process/task_queues:95:5)",
                   "    at async OfferService.airShopping (/app/dist/offers/offer.service.js:58:26)"]
        fields = {"reqId": "req-" + s("0123456789abcdefghijklmnopqrstuvwxyz", 6), "carrier": "AF", "op": "AirShopping",
                  "durationMs": R.randint(800, 14000),
                  "err": {"type": "Error", "message": emsg, "stack": "Error: " + emsg + "\n" + "\n".join(frames)}}
        emit(label, pino(dt, fields, "NDC response could not be parsed"))


ndc_xml("ndc-xml-unclosed-root", "unclosed", 3)
ndc_xml("ndc-xml-non-whitespace", "nonws", 3)


def ndc_order(label, code, text, n):
    for _ in range(n):
        dt = t()
        emsg = "OrderCreateRS returned <Error> Code=%s Owner=BA: %s" % (code, text)
        stack = ("NdcAirlineError: " + emsg + "\n"
                 "    at assertNoErrors (/app/dist/ndc/errors.js:23:15)\n"
                 "    at NdcClient.send (/app/dist/ndc/client.js:97:13)\n"
                 "    at process.processTicksAndRejections (node:internal/process/task_queues:95:5)\n"
                 "    at async OrderService.create (/app/dist/orders/order.service.js:74:25)\n"
                 "    at async OrdersController.create (/app/dist/orders/orders.controller.js:31:24)")
        fields = {"reqId": "req-" + s("0123456789abcdefghijklmnopqrstuvwxyz", 6), "carrier": "BA",
                  "offerId": "OFFER-" + s(UPD, 22), "bookingRef": "BK" + s("0123456789", 8),
                  "err": {"type": "NdcAirlineError", "message": emsg, "stack": stack, "code": code}}
        emit(label, pino(dt, fields, "OrderCreate failed"))


ndc_order("ndc-ordercreate-911", "911", "Unable to process - system error", 2)
ndc_order("ndc-ordercreate-offer-expired", "OFR0007", "Offer expired", 3)

for carrier in ["LH", "LX", "OS", "SN", "LH"]:
    dt = t()
    emsg = "Cannot read properties of undefined (reading 'ServiceDefinitionRefID')"
    stack = ("TypeError: " + emsg + "\n"
             "    at /app/dist/ndc/mappers/ancillary.mapper.js:44:38\n"
             "    at Array.map (<anonymous>)\n"
             "    at mapServiceList (/app/dist/ndc/mappers/ancillary.mapper.js:41:26)\n"
             "    at ServiceListService.fetch (/app/dist/ancillaries/service-list.service.js:37:16)\n"
             "    at process.processTicksAndRejections (node:internal/process/task_queues:95:5)\n"
             "    at async AncillariesController.list (/app/dist/ancillaries/ancillaries.controller.js:22:20)")
    fields = {"reqId": "req-" + s("0123456789abcdefghijklmnopqrstuvwxyz", 6), "carrier": carrier, "op": "ServiceList",
              "err": {"type": "TypeError", "message": emsg, "stack": stack}}
    emit("ndc-servicelist-mapper", pino(dt, fields, "ServiceList mapping failed"), dfv=carrier)

# ================================================================ edifact-bridge (Python 3.11 logging, PADIS EDIFACT)
EDI = "edifact-bridge"
group("edi-tktres-erc-401", EDI, "TKTRES to ticket display returns ERC+401 TICKET NUMBER NOT FOUND (we send the ticket number without airline prefix check digit handling)", "nm-edi-tktres-erc")
group("edi-tktres-erc-118", EDI, "TKTRES to ticket display returns ERC+118 SYSTEM UNABLE TO PROCESS (airline ETS side failure)", "nm-edi-tktres-erc")
group("edi-decode-unicode", EDI, "Inbound interchange rejected: innermost UnicodeDecodeError (sender uses UNOC/latin-1 but we decode ascii)", "nm-edi-decode-cause")
group("edi-decode-unterminated", EDI, "Inbound interchange rejected: innermost SegmentSyntaxError unterminated segment (UNA release character not honoured)", "nm-edi-decode-cause")
group("edi-paores-board-point", EDI, "PAORES TVL rejected: board point missing from airport reference table; airport code varies", None, True)


def edi_tktres(label, erc, text, n):
    for _ in range(n):
        dt = t()
        tkt = ticket_no(pick(["220", "724", "057"]))
        ref = hx(8).upper()
        stamp = dt.strftime("%y%m%d:%H%M")
        raw = "UNB+IATA:1+1A+TNVXML+%s+%s0001'UNH+1+TKTRES:08:1:IA+%s'MSG+:131+7'ERC+%s'UNT+4+1'UNZ+1+%s0001'" % (
            stamp, ref, ref, erc, ref)
        msg = ("%s ERROR [edifact_bridge.etkt.display] ticket display failed for %s via 1A\n"
               "Traceback (most recent call last):\n"
               "  File \"/app/edifact_bridge/etkt/display.py\", line 142, in display_ticket\n"
               "    return self._parse_tktres(reply)\n"
               "  File \"/app/edifact_bridge/etkt/display.py\", line 191, in _parse_tktres\n"
               "    raise TicketServerError(erc, raw=reply.raw)\n"
               "edifact_bridge.errors.TicketServerError: ETS replied ERC+%s | %s") % (py_ts(dt), tkt, erc, raw)
        emit(label, msg)


edi_tktres("edi-tktres-erc-401", "401", "TICKET NUMBER NOT FOUND", 3)
edi_tktres("edi-tktres-erc-118", "118", "SYSTEM UNABLE TO PROCESS", 3)


def edi_decode(label, kind, n):
    for _ in range(n):
        dt = t()
        if kind == "unicode":
            inner = ("  File \"/app/edifact_bridge/parser/interchange.py\", line 58, in decode\n"
                     "    text = payload.decode(charset)\n"
                     "UnicodeDecodeError: 'ascii' codec can't decode byte 0x%s in position %d: ordinal not in range(128)") % (
                pick(["c3", "c5", "e9"]), R.randint(200, 4000))
        else:
            inner = ("  File \"/app/edifact_bridge/parser/interchange.py\", line 66, in decode\n"
                     "    segments = list(split_segments(text, una))\n"
                     "  File \"/app/edifact_bridge/parser/segments.py\", line 34, in split_segments\n"
                     "    raise SegmentSyntaxError(f\"unterminated segment at offset {pos}\")\n"
                     "edifact_bridge.parser.segments.SegmentSyntaxError: unterminated segment at offset %d") % R.randint(300, 6000)
        msg = ("%s ERROR [edifact_bridge.inbound.consumer] dropping message %s from queue edifact.inbound.1S\n"
               "Traceback (most recent call last):\n%s\n\n"
               "The above exception was the direct cause of the following exception:\n\n"
               "Traceback (most recent call last):\n"
               "  File \"/app/edifact_bridge/inbound/consumer.py\", line 97, in on_message\n"
               "    interchange = Interchange.decode(body, charset=self.charset)\n"
               "  File \"/app/edifact_bridge/parser/interchange.py\", line 70, in decode\n"
               "    raise InterchangeRejected(f\"cannot decode interchange from {sender}\") from exc\n"
               "edifact_bridge.errors.InterchangeRejected: cannot decode interchange from 1S") % (py_ts(dt), uuid4(), inner)
        emit(label, msg)


edi_decode("edi-decode-unicode", "unicode", 3)
edi_decode("edi-decode-unterminated", "unterminated", 2)

for code in ["NQZ", "GOX", "RMO", "NQZ"]:
    dt = t()
    emit("edi-paores-board-point",
         "%s ERROR [edifact_bridge.schedule.paores] PAORES TVL segment rejected: unknown board point '%s' (no entry in airport reference table)" % (py_ts(dt), code),
         dfv=code)

# ================================================================ ticketing-service (Kotlin 1.9 coroutines, Spring Boot, logstash-logback-encoder JSON)
TKT = "ticketing-service"
group("tkt-tp-fop-required", TKT, "Travelport AirTicketingRsp TicketFailureInfo 12008 'Host error during ticket issue. FORM OF PAYMENT REQUIRED' (FOP not sent on ticketing)", "nm-tkt-host-error")
group("tkt-tp-filed-fare-invalid", TKT, "Travelport AirTicketingRsp TicketFailureInfo 12008 'Host error during ticket issue. FILED FARE HAS BEEN INVALIDATED' (stored fare stale before ticketing)", "nm-tkt-host-error")
group("tkt-npe-ticket-mapper", TKT, "Kotlin !! NullPointerException thrown in TicketMapper.toCoupon while recording issued documents", "nm-tkt-npe-frame")
group("tkt-npe-emd-mapper", TKT, "Kotlin !! NullPointerException thrown in EmdMapper.toEmd while recording issued documents", "nm-tkt-npe-frame")

KT_TAIL = [
    "kotlin.coroutines.jvm.internal.BaseContinuationImpl.resumeWith(ContinuationImpl.kt:33)",
    "kotlinx.coroutines.DispatchedTask.run(DispatchedTask.kt:108)",
    "kotlinx.coroutines.internal.LimitedDispatcher$Worker.run(LimitedDispatcher.kt:115)",
    "kotlinx.coroutines.scheduling.TaskImpl.run(Tasks.kt:103)",
    "kotlinx.coroutines.scheduling.CoroutineScheduler.runSafely(CoroutineScheduler.kt:584)",
    "kotlinx.coroutines.scheduling.CoroutineScheduler$Worker.executeTask(CoroutineScheduler.kt:793)",
    "kotlinx.coroutines.scheduling.CoroutineScheduler$Worker.runWorker(CoroutineScheduler.kt:697)",
    "kotlinx.coroutines.scheduling.CoroutineScheduler$Worker.run(CoroutineScheduler.kt:684)",
]


def logstash(dt, msg, logger, thread, stack, extra):
    d = {"@timestamp": iso_ms(dt), "@version": "1", "message": msg, "logger_name": logger,
         "thread_name": thread, "level": "ERROR", "level_value": 40000, "stack_trace": stack}
    d.update(extra)
    return json.dumps(d, separators=(",", ":"))


def tkt_tp(label, hosttext, n):
    for _ in range(n):
        dt = t()
        order = "ORD-" + s(UPD, 10)
        loc = pnr()
        stack = ("com.tripnova.ticketing.travelport.TicketingFailureException: AirTicketingRsp TicketFailureInfo Code=12008: Host error during ticket issue. %s\n"
                 "%s") % (hosttext, jframes([
                     "com.tripnova.ticketing.travelport.AirTicketingClient.issue(AirTicketingClient.kt:96)",
                     "com.tripnova.ticketing.travelport.AirTicketingClient$issue$1.invokeSuspend(AirTicketingClient.kt)"] + KT_TAIL))
        emit(label, logstash(dt, "Ticket issuance failed for order %s locator %s" % (order, loc),
                             "com.tripnova.ticketing.issue.IssuanceOrchestrator",
                             "DefaultDispatcher-worker-%d" % R.randint(1, 64), stack,
                             {"traceId": hx(32), "spanId": hx(16), "orderId": order}))


tkt_tp("tkt-tp-fop-required", "FORM OF PAYMENT REQUIRED", 3)
tkt_tp("tkt-tp-filed-fare-invalid", "FILED FARE HAS BEEN INVALIDATED", 3)


def tkt_npe(label, frames, n):
    for _ in range(n):
        dt = t()
        order = "ORD-" + s(UPD, 10)
        stack = "java.lang.NullPointerException: null\n" + jframes(frames + [
            "com.tripnova.ticketing.issue.IssuanceOrchestrator$complete$2.invokeSuspend(IssuanceOrchestrator.kt:118)"] + KT_TAIL)
        emit(label, logstash(dt, "Failed to record issued documents for order %s" % order,
                             "com.tripnova.ticketing.issue.IssuanceOrchestrator",
                             "DefaultDispatcher-worker-%d" % R.randint(1, 64), stack,
                             {"traceId": hx(32), "spanId": hx(16), "orderId": order}))


tkt_npe("tkt-npe-ticket-mapper", [
    "com.tripnova.ticketing.mapping.TicketMapper.toCoupon(TicketMapper.kt:42)",
    "com.tripnova.ticketing.mapping.TicketMapper.toDocument(TicketMapper.kt:27)",
    "com.tripnova.ticketing.issue.IssuanceOrchestrator.recordDocuments(IssuanceOrchestrator.kt:161)"], 3)
tkt_npe("tkt-npe-emd-mapper", [
    "com.tripnova.ticketing.mapping.EmdMapper.toEmd(EmdMapper.kt:77)",
    "com.tripnova.ticketing.mapping.EmdMapper.toDocuments(EmdMapper.kt:31)",
    "com.tripnova.ticketing.issue.IssuanceOrchestrator.recordDocuments(IssuanceOrchestrator.kt:164)"], 2)

# ================================================================ booking-api (Kotlin, Spring Boot 3.2, Hibernate 6, pgjdbc, WebFlux WebClient)
BAPI = "booking-api"
group("bapi-dup-booking-pnr", BAPI, "DataIntegrityViolationException <- PSQLException 23505 duplicate key on booking_pnr_uk when confirming a booking twice", "nm-bapi-constraint")
group("bapi-fk-booking-traveller", BAPI, "DataIntegrityViolationException <- PSQLException 23503 FK booking_traveller_booking_fk (travellers flushed before booking row)", "nm-bapi-constraint")
group("bapi-hold-502", BAPI, "WebClientResponseException$BadGateway 502 from hotel-connector POST /v2/holds", "nm-bapi-hold-status")
group("bapi-hold-504", BAPI, "WebClientResponseException$GatewayTimeout 504 from hotel-connector POST /v2/holds", "nm-bapi-hold-status")

HIB_TAIL = [
    "org.springframework.orm.jpa.vendor.HibernateJpaDialect.convertHibernateAccessException(HibernateJpaDialect.java:290)",
    "org.springframework.orm.jpa.vendor.HibernateJpaDialect.convertHibernateAccessException(HibernateJpaDialect.java:241)",
    "org.springframework.orm.jpa.vendor.HibernateJpaDialect.translateExceptionIfPossible(HibernateJpaDialect.java:550)",
    "org.springframework.orm.jpa.JpaTransactionManager.doCommit(JpaTransactionManager.java:565)",
    "org.springframework.transaction.support.AbstractPlatformTransactionManager.processCommit(AbstractPlatformTransactionManager.java:794)",
    "org.springframework.transaction.support.AbstractPlatformTransactionManager.commit(AbstractPlatformTransactionManager.java:757)",
    "org.springframework.transaction.interceptor.TransactionAspectSupport.commitTransactionAfterReturning(TransactionAspectSupport.java:669)",
    "org.springframework.transaction.interceptor.TransactionAspectSupport.invokeWithinTransaction(TransactionAspectSupport.java:419)",
    "org.springframework.transaction.interceptor.TransactionInterceptor.invoke(TransactionInterceptor.java:119)",
    "org.springframework.aop.framework.ReflectiveMethodInvocation.proceed(ReflectiveMethodInvocation.java:184)",
    "org.springframework.aop.framework.CglibAopProxy$CglibMethodInvocation.proceed(CglibAopProxy.java:765)",
    "org.springframework.aop.framework.CglibAopProxy$DynamicAdvisedInterceptor.intercept(CglibAopProxy.java:717)",
    "com.tripnova.booking.service.BookingService$$SpringCGLIB$$0.confirm(<generated>)",
    "com.tripnova.booking.web.BookingController.confirm(BookingController.kt:64)",
] + MVC_TAIL

PG_FRAMES = [
    "org.postgresql.core.v3.QueryExecutorImpl.receiveErrorResponse(QueryExecutorImpl.java:2725)",
    "org.postgresql.core.v3.QueryExecutorImpl.processResults(QueryExecutorImpl.java:2412)",
    "org.postgresql.core.v3.QueryExecutorImpl.execute(QueryExecutorImpl.java:371)",
    "org.postgresql.jdbc.PgStatement.executeInternal(PgStatement.java:502)",
    "org.postgresql.jdbc.PgStatement.execute(PgStatement.java:419)",
    "org.postgresql.jdbc.PgPreparedStatement.executeWithFlags(PgPreparedStatement.java:194)",
    "org.postgresql.jdbc.PgPreparedStatement.executeUpdate(PgPreparedStatement.java:155)",
    "com.zaxxer.hikari.pool.ProxyPreparedStatement.executeUpdate(ProxyPreparedStatement.java:61)",
    "com.zaxxer.hikari.pool.HikariProxyPreparedStatement.executeUpdate(HikariProxyPreparedStatement.java)",
    "org.hibernate.engine.jdbc.internal.ResultSetReturnImpl.executeUpdate(ResultSetReturnImpl.java:194)",
]


def bapi_constraint(label, kind, n):
    for _ in range(n):
        dt = t()
        if kind == "dup":
            loc = pnr()
            pg = ('ERROR: duplicate key value violates unique constraint "booking_pnr_uk"\n'
                  '  Detail: Key (supplier_code, pnr_locator)=(1A, %s) already exists.') % loc
            sql = "insert into booking (created_at,currency,pnr_locator,status,supplier_code,total_amount,id) values (?,?,?,?,?,?,?)"
            cons = "booking_pnr_uk"
        else:
            bid = R.randint(8800000, 8999999)
            pg = ('ERROR: insert or update on table "booking_traveller" violates foreign key constraint "booking_traveller_booking_fk"\n'
                  '  Detail: Key (booking_id)=(%d) is not present in table "booking".') % bid
            sql = "insert into booking_traveller (booking_id,date_of_birth,given_name,pax_type,surname,id) values (?,?,?,?,?,?)"
            cons = "booking_traveller_booking_fk"
        head = spring(dt, BAPI, "nio-8080-exec-%d" % R.randint(1, 200), "com.tripnova.booking.web.GlobalExceptionHandler",
                      "Unhandled exception on POST /api/v2/bookings/%s/confirm" % uuid4())
        hib = ("org.hibernate.engine.jdbc.batch.internal.BatchImpl.performExecution(BatchImpl.java:241)",)
        msg = ("%s\norg.springframework.dao.DataIntegrityViolationException: could not execute statement [%s] [%s]; SQL [%s]; constraint [%s]\n%s\n"
               "Caused by: org.hibernate.exception.ConstraintViolationException: could not execute statement [%s] [%s]\n%s\n\t... %d common frames omitted\n"
               "Caused by: org.postgresql.util.PSQLException: %s\n%s\n\t... %d common frames omitted") % (
            head, pg, sql, sql, cons, jframes(HIB_TAIL),
            pg, sql, jframes([
                "org.hibernate.exception.internal.SQLStateConversionDelegate.convert(SQLStateConversionDelegate.java:97)",
                "org.hibernate.exception.internal.StandardSQLExceptionConverter.convert(StandardSQLExceptionConverter.java:58)",
                "org.hibernate.engine.jdbc.spi.SqlExceptionHelper.convert(SqlExceptionHelper.java:108)",
                "org.hibernate.engine.jdbc.internal.ResultSetReturnImpl.executeUpdate(ResultSetReturnImpl.java:197)",
                hib[0],
                "org.hibernate.engine.jdbc.batch.internal.BatchImpl.execute(BatchImpl.java:170)",
                "org.hibernate.engine.spi.ActionQueue.executeActions(ActionQueue.java:644)",
                "org.hibernate.event.internal.AbstractFlushingEventListener.performExecutions(AbstractFlushingEventListener.java:359)",
                "org.hibernate.event.internal.DefaultFlushEventListener.onFlush(DefaultFlushEventListener.java:39)",
                "org.hibernate.internal.SessionImpl.doFlush(SessionImpl.java:1412)",
                "org.hibernate.internal.SessionImpl.managedFlush(SessionImpl.java:484)",
                "org.hibernate.engine.transaction.internal.TransactionImpl.commit(TransactionImpl.java:101)",
                "org.springframework.orm.jpa.JpaTransactionManager.doCommit(JpaTransactionManager.java:561)"]),
            len(HIB_TAIL) - 4, pg, jframes(PG_FRAMES), 14)
        emit(label, msg)


bapi_constraint("bapi-dup-booking-pnr", "dup", 3)
bapi_constraint("bapi-fk-booking-traveller", "fk", 2)


def bapi_hold(label, code, cls, phrase, enum, n):
    url = "http://hotel-connector.booking.svc.cluster.local:8080/v2/holds"
    for _ in range(n):
        dt = t()
        head = spring(dt, BAPI, "reactor-http-epoll-%d" % R.randint(1, 8), "com.tripnova.booking.hotel.HotelHoldClient",
                      "Hold request failed for offer %s (booking %s)" % ("HO-" + s(UPD, 16), uuid4()))
        msg = ("%s\norg.springframework.web.reactive.function.client.WebClientResponseException$%s: %d %s from POST %s\n"
               "\tat org.springframework.web.reactive.function.client.WebClientResponseException.create(WebClientResponseException.java:336)\n"
               "\tSuppressed: reactor.core.publisher.FluxOnAssembly$OnAssemblyException: \n"
               "Error has been observed at the following site(s):\n"
               "\t*__checkpoint \u21e2 %d %s from POST %s [DefaultWebClient]\n"
               "Original Stack Trace:\n"
               "\t\tat org.springframework.web.reactive.function.client.WebClientResponseException.create(WebClientResponseException.java:336)\n"
               "\t\tat org.springframework.web.reactive.function.client.DefaultClientResponse.lambda$createException$1(DefaultClientResponse.java:214)\n"
               "\t\tat reactor.core.publisher.FluxMap$MapSubscriber.onNext(FluxMap.java:106)\n"
               "\t\tat reactor.core.publisher.FluxOnErrorReturn$ReturnSubscriber.onNext(FluxOnErrorReturn.java:162)\n"
               "\t\tat reactor.core.publisher.FluxDefaultIfEmpty$DefaultIfEmptySubscriber.onNext(FluxDefaultIfEmpty.java:122)\n"
               "\t\tat reactor.core.publisher.FluxMapFuseable$MapFuseableSubscriber.onNext(FluxMapFuseable.java:129)\n"
               "\t\tat reactor.core.publisher.FluxContextWrite$ContextWriteSubscriber.onNext(FluxContextWrite.java:107)\n"
               "\t\tat reactor.core.publisher.Operators$ScalarSubscription.request(Operators.java:2571)\n"
               "\t\tat reactor.netty.channel.FluxReceive.onInboundComplete(FluxReceive.java:415)\n"
               "\t\tat reactor.netty.channel.ChannelOperations.onInboundComplete(ChannelOperations.java:446)\n"
               "\t\tat reactor.netty.http.client.HttpClientOperations.onInboundNext(HttpClientOperations.java:801)\n"
               "\t\tat io.netty.channel.epoll.EpollEventLoop.run(EpollEventLoop.java:407)\n"
               "\t\tat io.netty.util.concurrent.SingleThreadEventExecutor$4.run(SingleThreadEventExecutor.java:997)\n"
               "\t\tat java.base/java.lang.Thread.run(Thread.java:1583)") % (
            head, cls, code, phrase, url, code, enum, url)
        emit(label, msg)


bapi_hold("bapi-hold-502", 502, "BadGateway", "Bad Gateway", "BAD_GATEWAY", 3)
bapi_hold("bapi-hold-504", 504, "GatewayTimeout", "Gateway Timeout", "GATEWAY_TIMEOUT", 3)

# ================================================================ threeds-server (Go 1.22, zap JSON, EMV 3-D Secure 2.2)
TDS = "threeds-server"
group("tds-ds-erro-203", TDS, "Directory server answers AReq with Erro errorCode 203 (format/value invalid) for billAddrState", "nm-tds-erro-code")
group("tds-ds-erro-201", TDS, "Directory server answers AReq with Erro errorCode 201 (required element missing) browserJavascriptEnabled", "nm-tds-erro-code")
group("tds-panic-nil-creq", TDS, "net/http panic in challenge.(*Handler).buildCReq: nil pointer dereference (ARes without acsRenderingType)", "nm-tds-panic-kind")
group("tds-panic-index-creq", TDS, "net/http panic in challenge.(*Handler).buildCReq: index out of range [1] with length 1 (single messageExtension)", "nm-tds-panic-kind")


def tds_erro(label, code, desc, detail, n):
    for _ in range(n):
        dt = t()
        d = {"level": "error", "ts": round(dt.timestamp() + R.random() / 1000, 7), "caller": "ds/client.go:188",
             "msg": "directory server returned Erro message",
             "threeDSServerTransID": uuid4(), "dsTransID": uuid4(), "cardScheme": "visa",
             "messageType": "Erro", "messageVersion": "2.2.0", "errorCode": code, "errorComponent": "D",
             "errorDescription": desc, "errorDetail": detail,
             "stacktrace": ("github.com/tripnova/threeds-server/internal/ds.(*Client).SendAReq\n\t/src/internal/ds/client.go:188\n"
                            "github.com/tripnova/threeds-server/internal/auth.(*Service).Authenticate\n\t/src/internal/auth/service.go:121\n"
                            "github.com/tripnova/threeds-server/internal/api.(*Server).handleAuthenticate\n\t/src/internal/api/authenticate.go:57\n"
                            "net/http.HandlerFunc.ServeHTTP\n\t/usr/local/go/src/net/http/server.go:2166\n"
                            "net/http.serverHandler.ServeHTTP\n\t/usr/local/go/src/net/http/server.go:3137\n"
                            "net/http.(*conn).serve\n\t/usr/local/go/src/net/http/server.go:2039")}
        emit(label, json.dumps(d, separators=(",", ":")))


tds_erro("tds-ds-erro-203", "203", "Format or value of one or more Data Elements is Invalid according to the Specification", "billAddrState", 3)
tds_erro("tds-ds-erro-201", "201", "A message element required as defined according to the specification is missing", "browserJavascriptEnabled", 3)


def gargs(n):
    return ", ".join("0x%s" % s(HEX[1:], 1) + hx(R.randint(5, 9)) for _ in range(n))


def tds_panic(label, kind, n):
    for _ in range(n):
        dt = t()
        if kind == "nil":
            err, line, pv = "invalid memory address or nil pointer dereference", 88, "{0x9a8d40?, 0xf1e6a0?}"
        else:
            err, line, pv = "index out of range [1] with length 1", 97, "{0x9b1e60?, 0xc000%s?}" % hx(6)
        gid = R.randint(10000, 990000)
        recv = "0xc000%s" % hx(6)
        msg = ("%s http: panic serving %s:%d: runtime error: %s\n"
               "goroutine %d [running]:\n"
               "net/http.(*conn).serve.func1()\n\t/usr/local/go/src/net/http/server.go:1898 +0xbe\n"
               "panic(%s)\n\t/usr/local/go/src/runtime/panic.go:770 +0x132\n"
               "github.com/tripnova/threeds-server/internal/challenge.(*Handler).buildCReq(%s, 0xc000%s)\n\t/src/internal/challenge/creq.go:%d +0x%s\n"
               "github.com/tripnova/threeds-server/internal/challenge.(*Handler).ServeHTTP(%s, {0xb2e0a8, 0xc000%s}, 0xc000%s)\n\t/src/internal/challenge/handler.go:54 +0x1a5\n"
               "net/http.serverHandler.ServeHTTP({0xc000198000?}, {0xb2e0a8?, 0xc000%s?}, 0xc000%s?)\n\t/usr/local/go/src/net/http/server.go:3137 +0x8e\n"
               "net/http.(*conn).serve(0xc000%s, {0xb2f5d8, 0xc00023c0f0})\n\t/usr/local/go/src/net/http/server.go:2039 +0x5e8\n"
               "created by net/http.(*Server).Serve in goroutine 1\n\t/usr/local/go/src/net/http/server.go:3285 +0x4b4") % (
            dt.strftime("%Y/%m/%d %H:%M:%S"), ip10(), R.randint(30000, 60999), err, gid, pv,
            recv, hx(6), line, "3c" if kind == "nil" else "2f1",
            recv, hx(6), hx(6), hx(6), hx(6), hx(6))
        emit(label, msg)


tds_panic("tds-panic-nil-creq", "nil", 3)
tds_panic("tds-panic-index-creq", "index", 1)

# ================================================================ psp-webhooks (Node 20, NestJS 10 logger; Stripe + Adyen webhooks)
PSP = "psp-webhooks"
group("psp-stripe-no-signature", PSP, "Stripe webhook: StripeSignatureVerificationError no signatures found (body re-serialised by JSON body parser before constructEvent)", "nm-psp-stripe-verify")
group("psp-stripe-tolerance", PSP, "Stripe webhook: StripeSignatureVerificationError 'Timestamp outside the tolerance zone' (webhook queue replay delay)", "nm-psp-stripe-verify")
group("psp-adyen-hmac-merchant", PSP, "Adyen notification HMAC mismatch after key rotation; merchant account (TripNovaXX) varies", None, True)
group("psp-adyen-refund-handler", PSP, "Adyen REFUND notification: TypeError reading 'value' in RefundHandler.handle (amount missing on refund of modification)", "nm-psp-adyen-handler")
group("psp-adyen-chargeback-handler", PSP, "Adyen CHARGEBACK notification: TypeError reading 'value' in ChargebackHandler.handle (additionalData.chargebackReasonCode missing)", "nm-psp-adyen-handler")


def nest(dt, ctx, msg):
    h = dt.hour % 12 or 12
    stamp = dt.strftime("%m/%d/%Y, ") + "%d:%02d:%02d %s" % (h, dt.minute, dt.second, "AM" if dt.hour < 12 else "PM")
    return "[Nest] 1  - %s   ERROR [%s] %s" % (stamp, ctx, msg)


STRIPE_NOSIG = ("No signatures found matching the expected signature for payload. Are you passing the raw request body you received from Stripe? \n"
                " If a webhook request is being forwarded by a third-party tool, ensure that the exact request body, including JSON formatting and new line style, is preserved.\n\n"
                "Learn more about webhook signing and explore webhook integration examples for various frameworks at https://github.com/stripe/stripe-node#webhook-signing")


def psp_stripe(label, kind, n):
    for _ in range(n):
        dt = t()
        if kind == "nosig":
            text, line = STRIPE_NOSIG, "149:19"
        else:
            text, line = "Timestamp outside the tolerance zone", "155:19"
        stack = ("StripeSignatureVerificationError: %s\n"
                 "    at validateComputedSignature (/app/node_modules/stripe/cjs/Webhooks.js:%s)\n"
                 "    at Object.verifyHeader (/app/node_modules/stripe/cjs/Webhooks.js:52:20)\n"
                 "    at Object.constructEvent (/app/node_modules/stripe/cjs/Webhooks.js:10:32)\n"
                 "    at StripeWebhookService.parse (/app/dist/stripe/stripe-webhook.service.js:31:44)\n"
                 "    at StripeWebhookController.receive (/app/dist/stripe/stripe-webhook.controller.js:40:46)\n"
                 "    at /app/node_modules/@nestjs/core/router/router-execution-context.js:38:29\n"
                 "    at process.processTicksAndRejections (node:internal/process/task_queues:95:5)") % (text, line)
        emit(label, nest(dt, "StripeWebhookController", "webhook %s rejected (Stripe-Signature t=%d)" % (
            "evt_" + s(UPD + "abcdefghijklmnopqrstuvwxyz", 24), int(dt.timestamp()) - R.randint(0, 900))) + "\n" + stack)


psp_stripe("psp-stripe-no-signature", "nosig", 3)
psp_stripe("psp-stripe-tolerance", "tol", 2)

for acct in ["TripNovaUK", "TripNovaDE", "TripNovaFR", "TripNovaES", "TripNovaUK"]:
    dt = t()
    emit("psp-adyen-hmac-merchant",
         nest(dt, "AdyenNotificationService", "HMAC signature mismatch for merchantAccount %s, pspReference %s: notification rejected" % (acct, s(UPD, 16))),
         dfv=acct)


def psp_handler(label, event, frame, n):
    for _ in range(n):
        dt = t()
        stack = ("TypeError: Cannot read properties of undefined (reading 'value')\n"
                 "    at %s\n"
                 "    at AdyenNotificationService.dispatch (/app/dist/adyen/adyen-notification.service.js:64:32)\n"
                 "    at AdyenNotificationService.processItem (/app/dist/adyen/adyen-notification.service.js:41:24)\n"
                 "    at async Promise.all (index %d)\n"
                 "    at async AdyenWebhookController.receive (/app/dist/adyen/adyen-webhook.controller.js:29:9)") % (frame, R.randint(0, 3))
        emit(label, nest(dt, "AdyenNotificationService", "Failed to process %s notification pspReference=%s merchantReference=BK%s" % (
            event, s(UPD, 16), s("0123456789", 8))) + "\n" + stack)


psp_handler("psp-adyen-refund-handler", "REFUND", "RefundHandler.handle (/app/dist/adyen/handlers/refund.handler.js:27:52)", 3)
psp_handler("psp-adyen-chargeback-handler", "CHARGEBACK", "ChargebackHandler.handle (/app/dist/adyen/handlers/chargeback.handler.js:33:61)", 3)

# ================================================================ crash-ingest-ios (symbolicated iOS crash reports uploaded by the app)
IOS = "crash-ingest-ios"
group("ios-seatmap-assert", IOS, "EXC_BREAKPOINT Swift runtime trap in SeatMapViewController.configure(with:) (force-unwrap of missing cabin layout)", "nm-ios-crash-frame")
group("ios-boardingpass-assert", IOS, "EXC_BREAKPOINT Swift runtime trap in BoardingPassView.render(pass:) (force-unwrap of missing barcode payload)", "nm-ios-crash-frame")
group("ios-watchdog-trips", IOS, "0x8BADF00D scene-update watchdog: main thread blocked on Core Data in OfflineTripStore.loadUpcomingTrips()", None)

IOS_DEV = [("iPhone14,5", "17.4.1 (21E236)"), ("iPhone15,2", "17.4.1 (21E236)"), ("iPhone15,3", "17.5 (21F79)"),
           ("iPhone16,1", "17.5 (21F79)"), ("iPhone14,2", "17.3.1 (21D61)")]


def ios_header(dt, pid):
    hw, osv = pick(IOS_DEV)
    tz = pick([("+0200", 2), ("+0100", 1), ("-0400", -4), ("+0000", 0)])
    local = dt + timedelta(hours=tz[1])
    launch = local - timedelta(seconds=R.randint(20, 1800), microseconds=R.randint(0, 999999))
    fmt = lambda d: d.strftime("%Y-%m-%d %H:%M:%S.") + "%04d" % (d.microsecond // 100)
    return ("Incident Identifier: %s\n"
            "CrashReporter Key:   %s\n"
            "Hardware Model:      %s\n"
            "Process:             TripNova [%d]\n"
            "Path:                /private/var/containers/Bundle/Application/%s/TripNova.app/TripNova\n"
            "Identifier:          com.tripnova.app\n"
            "Version:             8.14.0 (81402)\n"
            "AppStoreTools:       15E204\n"
            "AppVariant:          1:%s:17\n"
            "Code Type:           ARM-64 (Native)\n"
            "Role:                Foreground\n"
            "Parent Process:      launchd [1]\n"
            "Coalition:           com.tripnova.app [%d]\n\n"
            "Date/Time:           %s %s\n"
            "Launch Time:         %s %s\n"
            "OS Version:          iPhone OS %s\n"
            "Release Type:        User\n"
            "Baseband Version:    %s\n"
            "Report Version:      104\n") % (
        uuid4().upper(), hx(40), hw, pid, uuid4().upper(), hw, R.randint(400, 2200),
        fmt(local), tz[0], fmt(launch), tz[0], osv, pick(["2.51.04", "2.40.02", "3.01.01"]))


def addr(base):
    return "0x%016x" % (base + R.randint(0, 0xFFFFF) * 16)


def ios_trap(label, top_frames, n):
    for _ in range(n):
        dt = t()
        pid = R.randint(300, 9000)
        lib = 0x19B000000 + R.randint(0, 0xFFF) * 0x10000
        app = 0x102000000 + R.randint(0, 0xFF) * 0x100000
        uik = 0x1A2000000 + R.randint(0, 0xFFF) * 0x10000
        trap = lib + 0x1c5e2c
        lines = ["0   libswiftCore.dylib            \t0x%016x _assertionFailure(_:_:file:line:flags:) + 264" % trap]
        for i, (sym, off, src) in enumerate(top_frames, 1):
            lines.append("%-4d%-30s\t0x%016x %s + %d (%s)" % (i, "TripNova", app + R.randint(0, 0xFFFFF) * 4, sym, off, src))
        k = len(lines)
        for sym, off in [("-[UIViewController _sendViewDidLoadWithAppearanceProxyObjectTaggingEnabled]", 84),
                         ("-[UIViewController loadViewIfRequired]", 920),
                         ("-[UIViewController view]", 28),
                         ("-[UINavigationController _startCustomTransition:]", 908)]:
            lines.append("%-4d%-30s\t0x%016x %s + %d" % (k, "UIKitCore", uik + R.randint(0, 0xFFFFF) * 4, sym, off))
            k += 1
        body = ("\nException Type:  EXC_BREAKPOINT (SIGTRAP)\n"
                "Exception Codes: 0x0000000000000001, 0x%016x\n"
                "Termination Reason: SIGNAL 5 Trace/BPT trap: 5\n"
                "Terminating Process: exc handler [%d]\n\n"
                "Triggered by Thread:  0\n\n"
                "Thread 0 name:  Dispatch queue: com.apple.main-thread\n"
                "Thread 0 Crashed:\n%s") % (trap, pid, "\n".join(lines))
        head = "crash-ingest: fatal crash report %s platform=ios bundle=com.tripnova.app\n" % uuid4()
        emit(label, head + ios_header(dt, pid) + body)


ios_trap("ios-seatmap-assert", [("SeatMapViewController.configure(with:)", 1412, "SeatMapViewController.swift:212"),
                                ("SeatMapViewController.viewDidLoad()", 388, "SeatMapViewController.swift:97"),
                                ("@objc SeatMapViewController.viewDidLoad()", 28, "<compiler-generated>:0")], 3)
ios_trap("ios-boardingpass-assert", [("BoardingPassView.render(pass:)", 936, "BoardingPassView.swift:141"),
                                     ("BoardingPassViewController.viewDidLoad()", 412, "BoardingPassViewController.swift:58"),
                                     ("@objc BoardingPassViewController.viewDidLoad()", 28, "<compiler-generated>:0")], 3)

for _ in range(2):
    dt = t()
    pid = R.randint(300, 9000)
    k = 0x1E4000000 + R.randint(0, 0xFFF) * 0x10000
    body = ("\nException Type:  EXC_CRASH (SIGKILL)\n"
            "Exception Codes: 0x0000000000000000, 0x0000000000000000\n"
            "Termination Reason: FRONTBOARD 2343432205 \n"
            "<RBSTerminateContext| domain:10 code:0x8BADF00D explanation:scene-update watchdog transgression: application<com.tripnova.app>:%d exhausted real (wall clock) time allowance of 10.00 seconds\n"
            "ProcessVisibility: Foreground\n"
            "ProcessState: Running\n"
            "WatchdogEvent: scene-update\n"
            "WatchdogVisibility: Foreground\n"
            "WatchdogCPUStatistics: (\n"
            "\"Elapsed total CPU time (seconds): %.3f (user %.3f, system %.3f), %d%% CPU\",\n"
            "\"Elapsed application CPU time (seconds): %.3f, %d%% CPU\"\n"
            ") reportType:CrashLog maxTerminationResistance:Interactive>\n\n"
            "Triggered by Thread:  0\n\n"
            "Thread 0 name:  Dispatch queue: com.apple.main-thread\n"
            "Thread 0 Crashed:\n"
            "0   libsystem_kernel.dylib        \t0x%016x __psynch_mutexwait + 8\n"
            "1   libsystem_pthread.dylib       \t0x%016x _pthread_mutex_firstfit_lock_wait + 84\n"
            "2   libsystem_pthread.dylib       \t0x%016x _pthread_mutex_firstfit_lock_slow + 248\n"
            "3   CoreData                      \t0x%016x -[NSPersistentStoreCoordinator performBlockAndWait:] + 164\n"
            "4   TripNova                      \t0x%016x OfflineTripStore.loadUpcomingTrips() + 212 (OfflineTripStore.swift:66)\n"
            "5   TripNova                      \t0x%016x TripsSceneDelegate.scene(_:willConnectTo:options:) + 640 (TripsSceneDelegate.swift:31)") % (
        pid, R.uniform(10, 16), R.uniform(6, 10), R.uniform(2, 5), R.randint(15, 30), R.uniform(6, 10), R.randint(10, 20),
        k + 0x1a4c8, 0x1F8A00000 + R.randint(0, 0xFFFFF) * 4, 0x1F8A00000 + R.randint(0, 0xFFFFF) * 4,
        0x1A9900000 + R.randint(0, 0xFFFFF) * 4, 0x102000000 + R.randint(0, 0xFFFFF) * 4, 0x102000000 + R.randint(0, 0xFFFFF) * 4)
    head = "crash-ingest: fatal crash report %s platform=ios bundle=com.tripnova.app\n" % uuid4()
    emit("ios-watchdog-trips", head + ios_header(dt, pid) + body)

# ================================================================ crash-ingest-android (Android crash + ANR reports uploaded by the app)
AND = "crash-ingest-android"
group("and-anr-farecache", AND, "ANR input dispatching timeout: main thread Blocked waiting for FareCache monitor in FareCache.get", "nm-and-anr-frame")
group("and-anr-seathold", AND, "ANR input dispatching timeout: main thread Blocked waiting for SeatHoldStore monitor in SeatHoldStore.current", "nm-and-anr-frame")
group("and-fragment-summary", AND, "IllegalStateException Fragment not attached to a context from coroutine in BookingSummaryFragment$onPriceUpdated$1", "nm-and-fragment-frame")
group("and-fragment-seatselect", AND, "IllegalStateException Fragment not attached to a context from coroutine in SeatSelectionFragment$observeHolds$1", "nm-and-fragment-frame")

AND_DEV = [("samsung", "SM-S918B", "14"), ("Google", "Pixel 7", "14"), ("Xiaomi", "2211133G", "13"),
           ("samsung", "SM-A546B", "14"), ("OnePlus", "CPH2449", "14")]


def and_head(kind):
    man, model, ver = pick(AND_DEV)
    return "crash-ingest: %s report %s platform=android app=com.tripnova.app versionName=8.14.0 versionCode=81402 device=\"%s %s\" android=%s\n" % (
        kind, uuid4(), man, model, ver)


def and_anr(label, frame_lines, cls, n):
    for _ in range(n):
        pid = R.randint(4000, 32000)
        holder = R.randint(18, 60)
        stk = 0x7ff0000000 + R.randint(0, 0xFFFF) * 0x1000
        body = ("ANR in com.tripnova.app (com.tripnova.app/.ui.MainActivity)\n"
                "PID: %d\n"
                "Reason: Input dispatching timed out (%s com.tripnova.app/com.tripnova.app.ui.MainActivity (server) is not responding. Waited %dms for MotionEvent)\n\n"
                "\"main\" prio=5 tid=1 Blocked\n"
                "  | group=\"main\" sCount=1 ucsCount=0 flags=1 obj=0x72%s self=0xb400007%s\n"
                "  | sysTid=%d nice=-10 cgrp=top-app sched=0/0 handle=0x7%s\n"
                "  | state=S schedstat=( %d %d %d ) utm=%d stm=%d core=%d HZ=100\n"
                "  | stack=0x%x-0x%x stackSize=8188KB\n"
                "  | held mutexes=\n"
                "  at %s\n"
                "  - waiting to lock <0x0%s> (a %s) held by thread %d\n"
                "%s\n"
                "  at android.os.Handler.handleCallback(Handler.java:958)\n"
                "  at android.os.Handler.dispatchMessage(Handler.java:99)\n"
                "  at android.os.Looper.loopOnce(Looper.java:205)\n"
                "  at android.os.Looper.loop(Looper.java:294)\n"
                "  at android.app.ActivityThread.main(ActivityThread.java:8177)\n"
                "  at java.lang.reflect.Method.invoke(Native method)\n"
                "  at com.android.internal.os.RuntimeInit$MethodAndArgsCaller.run(RuntimeInit.java:552)\n"
                "  at com.android.internal.os.ZygoteInit.main(ZygoteInit.java:971)") % (
            pid, hx(7), R.randint(5000, 5012), hx(6), hx(9), pid, hx(9),
            R.randint(10 ** 9, 9 * 10 ** 9), R.randint(10 ** 8, 9 * 10 ** 8), R.randint(1000, 9000),
            R.randint(80, 400), R.randint(10, 90), R.randint(0, 7), stk, stk + 0x2000,
            frame_lines[0], hx(7), cls, holder, "\n".join("  at " + f for f in frame_lines[1:]))
        emit(label, and_head("anr") + body)


and_anr("and-anr-farecache", ["com.tripnova.app.pricing.FareCache.get(FareCache.kt:57)",
                              "com.tripnova.app.search.ResultsAdapter.onBindViewHolder(ResultsAdapter.kt:112)",
                              "androidx.recyclerview.widget.RecyclerView$Adapter.onBindViewHolder(RecyclerView.java:7254)"],
        "com.tripnova.app.pricing.FareCache", 3)
and_anr("and-anr-seathold", ["com.tripnova.app.seats.SeatHoldStore.current(SeatHoldStore.kt:41)",
                             "com.tripnova.app.seats.SeatMapView.onDraw(SeatMapView.kt:203)",
                             "android.view.View.draw(View.java:24460)"],
        "com.tripnova.app.seats.SeatHoldStore", 3)


def and_fragment(label, frag, frames, n):
    for _ in range(n):
        pid = R.randint(4000, 32000)
        body = ("FATAL EXCEPTION: main\n"
                "Process: com.tripnova.app, PID: %d\n"
                "java.lang.IllegalStateException: Fragment %s{%s} (%s) not attached to a context.\n"
                "\tat androidx.fragment.app.Fragment.requireContext(Fragment.java:1002)\n"
                "\tat androidx.fragment.app.Fragment.getResources(Fragment.java:1066)\n"
                "\tat androidx.fragment.app.Fragment.getString(Fragment.java:1089)\n"
                "%s\n"
                "\tat kotlin.coroutines.jvm.internal.BaseContinuationImpl.resumeWith(ContinuationImpl.kt:33)\n"
                "\tat kotlinx.coroutines.DispatchedTask.run(DispatchedTask.kt:108)\n"
                "\tat android.os.Handler.handleCallback(Handler.java:958)\n"
                "\tat android.os.Handler.dispatchMessage(Handler.java:99)\n"
                "\tat android.os.Looper.loopOnce(Looper.java:205)\n"
                "\tat android.os.Looper.loop(Looper.java:294)\n"
                "\tat android.app.ActivityThread.main(ActivityThread.java:8177)\n"
                "\tat java.lang.reflect.Method.invoke(Native Method)\n"
                "\tat com.android.internal.os.RuntimeInit$MethodAndArgsCaller.run(RuntimeInit.java:552)\n"
                "\tat com.android.internal.os.ZygoteInit.main(ZygoteInit.java:971)\n"
                "\tSuppressed: kotlinx.coroutines.internal.DiagnosticCoroutineContextException: [StandaloneCoroutine{Cancelling}@%s, Dispatchers.Main.immediate]") % (
            pid, frag, hx(7), uuid4(), "\n".join("\tat " + f for f in frames), hx(7))
        emit(label, and_head("crash") + body)


and_fragment("and-fragment-summary", "BookingSummaryFragment",
             ["com.tripnova.app.booking.summary.BookingSummaryFragment$onPriceUpdated$1.invokeSuspend(BookingSummaryFragment.kt:188)"], 3)
and_fragment("and-fragment-seatselect", "SeatSelectionFragment",
             ["com.tripnova.app.seats.SeatSelectionFragment$observeHolds$1.invokeSuspend(SeatSelectionFragment.kt:96)"], 2)

# ================================================================ pricing-cache (Python 3.10, redis-py 5, python-json-logger)
PRC = "pricing-cache"
group("prc-redis-refused", PRC, "Fare lookup: redis ConnectionError Error 111 Connection refused (pricing-redis primary down / failover)", "nm-prc-redis-errno")
group("prc-redis-timedout", PRC, "Fare lookup: redis ConnectionError Error 110 Connection timed out (security-group / network path to pricing-redis)", "nm-prc-redis-errno")
group("prc-normalize-keyerror", PRC, "FareNormalizationError raised from KeyError 'currency' (feed omits pricing.currency)", "nm-prc-normalize-cause")
group("prc-normalize-decimal", PRC, "FareNormalizationError raised from decimal.InvalidOperation ConversionSyntax (feed sends localized amount strings)", "nm-prc-normalize-cause")
group("prc-warmup-empty-market", PRC, "Cache warm-up aborted: availability snapshot empty after refresh; market (airport pair) varies", None, True)

AIRPORTS = ["LHR", "JFK", "CDG", "FRA", "AMS", "MAD", "BCN", "FCO", "DXB", "SIN", "LIS", "MUC"]
PY = "/usr/local/lib/python3.10/site-packages"


def pjl(dt, name, message, exc=None):
    d = {"asctime": py_ts(dt), "levelname": "ERROR", "name": name, "message": message}
    if exc:
        d["exc_info"] = exc
    return json.dumps(d)


def prc_redis(label, errno, n):
    for _ in range(n):
        dt = t()
        o, d = pick(AIRPORTS), pick(AIRPORTS)
        key = "fares:v3:%s:%s:%s:%s" % (o, d, (dt + timedelta(days=R.randint(7, 200))).strftime("%Y-%m-%d"), pick("YJW"))
        if errno == 111:
            inner, text = "ConnectionRefusedError: [Errno 111] Connection refused", "Connection refused."
        else:
            inner, text = "TimeoutError: [Errno 110] Connection timed out", "Connection timed out."
        exc = ("Traceback (most recent call last):\n"
               "  File \"%s/redis/connection.py\", line 276, in connect\n    sock = self.retry.call_with_retry(\n"
               "  File \"%s/redis/retry.py\", line 51, in call_with_retry\n    raise error\n"
               "  File \"%s/redis/retry.py\", line 46, in call_with_retry\n    return do()\n"
               "  File \"%s/redis/connection.py\", line 277, in <lambda>\n    lambda: self._connect(), lambda error: self.disconnect(error)\n"
               "  File \"%s/redis/connection.py\", line 639, in _connect\n    raise err\n"
               "  File \"%s/redis/connection.py\", line 627, in _connect\n    sock.connect(socket_address)\n"
               "%s\n\nDuring handling of the above exception, another exception occurred:\n\n"
               "Traceback (most recent call last):\n"
               "  File \"/app/pricing_cache/store.py\", line 88, in get_fares\n    raw = self._redis.get(key)\n"
               "  File \"%s/redis/commands/core.py\", line 1829, in get\n    return self.execute_command(\"GET\", name)\n"
               "  File \"%s/redis/client.py\", line 533, in execute_command\n    conn = self.connection or pool.get_connection(command_name, **options)\n"
               "  File \"%s/redis/connection.py\", line 1086, in get_connection\n    connection.connect()\n"
               "  File \"%s/redis/connection.py\", line 282, in connect\n    raise ConnectionError(self._error_message(e))\n"
               "redis.exceptions.ConnectionError: Error %d connecting to pricing-redis.cache.svc.cluster.local:6379. %s") % (
            PY, PY, PY, PY, PY, PY, inner, PY, PY, PY, PY, errno, text)
        emit(label, pjl(dt, "pricing_cache.store", "fare lookup failed for key %s" % key, exc))


prc_redis("prc-redis-refused", 111, 3)
prc_redis("prc-redis-timedout", 110, 2)


def prc_norm(label, kind, n):
    for _ in range(n):
        dt = t()
        qid = uuid4()
        if kind == "key":
            inner = ("  File \"/app/pricing_cache/normalize.py\", line 57, in normalize_quote\n"
                     "    currency = quote[\"pricing\"][\"currency\"]\n"
                     "KeyError: 'currency'")
        else:
            inner = ("  File \"/app/pricing_cache/normalize.py\", line 61, in normalize_quote\n"
                     "    total = Decimal(quote[\"pricing\"][\"total\"])\n"
                     "decimal.InvalidOperation: [<class 'decimal.ConversionSyntax'>]")
        exc = ("Traceback (most recent call last):\n%s\n\n"
               "The above exception was the direct cause of the following exception:\n\n"
               "Traceback (most recent call last):\n"
               "  File \"/app/pricing_cache/ingest.py\", line 112, in ingest_batch\n    fares.append(normalize_quote(q))\n"
               "  File \"/app/pricing_cache/normalize.py\", line 71, in normalize_quote\n"
               "    raise FareNormalizationError(f\"cannot normalize quote {quote['id']}\") from exc\n"
               "pricing_cache.errors.FareNormalizationError: cannot normalize quote %s") % (inner, qid)
        emit(label, pjl(dt, "pricing_cache.ingest", "dropping fare quote from batch %s" % hx(12), exc))


prc_norm("prc-normalize-keyerror", "key", 3)
prc_norm("prc-normalize-decimal", "dec", 3)

for market in ["LHR-CDG", "AMS-BCN", "FRA-JFK", "MAD-LIS"]:
    dt = t()
    emit("prc-warmup-empty-market", pjl(dt, "pricing_cache.warmup",
                                        "warm-up aborted for market %s: availability snapshot empty after refresh" % market), dfv=market)

# ================================================================ availability-worker (Celery 5.3 on billiard prefork)
AVW = "availability-worker"
group("avw-soft-limit-hotel", AVW, "SoftTimeLimitExceeded in availability.tasks.refresh_hotel_availability (supplier call without its own timeout)", "nm-avw-soft-limit-task")
group("avw-soft-limit-flight", AVW, "SoftTimeLimitExceeded in availability.tasks.refresh_flight_availability (GDS fan-out exceeds soft limit)", "nm-avw-soft-limit-task")
group("avw-hard-limit-inventory", AVW, "Hard time limit (600s) exceeded for availability.tasks.sync_supplier_inventory (worker SIGKILLed)", None)


def celery_ts(dt):
    return "[%s: ERROR/ForkPoolWorker-%d]" % (py_ts(dt), R.randint(1, 16))


def avw_soft(label, task, frames, n):
    for _ in range(n):
        dt = t()
        msg = ("%s Task availability.tasks.%s[%s] raised unexpected: SoftTimeLimitExceeded()\n"
               "Traceback (most recent call last):\n"
               "  File \"%s/celery/app/trace.py\", line 477, in trace_task\n    R = retval = fun(*args, **kwargs)\n"
               "  File \"%s/celery/app/trace.py\", line 760, in __protected_call__\n    return self.run(*args, **kwargs)\n"
               "%s\n"
               "  File \"%s/requests/sessions.py\", line 637, in post\n    return self.request(\"POST\", url, data=data, json=json, **kwargs)\n"
               "  File \"%s/requests/sessions.py\", line 589, in request\n    resp = self.send(prep, **send_kwargs)\n"
               "  File \"%s/urllib3/connectionpool.py\", line 537, in _make_request\n    response = conn.getresponse()\n"
               "  File \"/usr/local/lib/python3.10/http/client.py\", line 1375, in getresponse\n    response.begin()\n"
               "  File \"/usr/local/lib/python3.10/socket.py\", line 705, in readinto\n    return self._sock.recv_into(b)\n"
               "  File \"/usr/local/lib/python3.10/ssl.py\", line 1274, in recv_into\n    return self.read(nbytes, buffer)\n"
               "  File \"/usr/local/lib/python3.10/ssl.py\", line 1130, in read\n    return self._sslobj.read(len, buffer)\n"
               "  File \"%s/billiard/pool.py\", line 229, in soft_timeout_sighandler\n    raise SoftTimeLimitExceeded()\n"
               "billiard.exceptions.SoftTimeLimitExceeded: SoftTimeLimitExceeded()") % (
            celery_ts(dt), task, uuid4(), PY, PY, frames, PY, PY, PY, PY)
        emit(label, msg)


avw_soft("avw-soft-limit-hotel", "refresh_hotel_availability",
         "  File \"/app/availability/tasks.py\", line 84, in refresh_hotel_availability\n    rooms = supplier.fetch_rooms(hotel_ids, checkin, checkout)\n"
         "  File \"/app/availability/suppliers/base.py\", line 133, in fetch_rooms\n    resp = self.session.post(self.url, json=payload)", 3)
avw_soft("avw-soft-limit-flight", "refresh_flight_availability",
         "  File \"/app/availability/tasks.py\", line 131, in refresh_flight_availability\n    offers = gds.search(origin, destination, day)\n"
         "  File \"/app/availability/gds/fanout.py\", line 58, in search\n    resp = self.session.post(self.url, json=payload)", 3)

for _ in range(2):
    dt = t()
    emit("avw-hard-limit-inventory", "[%s: ERROR/MainProcess] Hard time limit (600s) exceeded for availability.tasks.sync_supplier_inventory[%s]" % (
        py_ts(dt), uuid4()))

# ================================================================ notify (Elixir 1.16 / Phoenix 1.7 on Cowboy, Pigeon APNS)
NTF = "notify"
group("ntf-apns-expired-token", NTF, "APNs push rejected :expired_provider_token (provider JWT not refreshed within 60 min)", "nm-ntf-apns-reason")
group("ntf-apns-invalid-token", NTF, "APNs push rejected :invalid_provider_token (wrong team/key id after key rotation)", "nm-ntf-apns-reason")
group("ntf-fce-sms-msisdn", NTF, "Phoenix request crash FunctionClauseError in Notify.Channels.SMS.normalize_msisdn/1 (booking without phone)", "nm-ntf-function-clause")
group("ntf-fce-push-topic", NTF, "Phoenix request crash FunctionClauseError in Notify.Channels.Push.platform_topic/1 (device without platform)", "nm-ntf-function-clause")
group("ntf-hotel-email-keyerror", NTF, "hotel_confirmation email KeyError :checkin_from (chain policy without check-in window); traveller surname varies", None, True)


def ex_ts(dt):
    return dt.strftime("%Y-%m-%d %H:%M:%S.") + "%03d" % (dt.microsecond // 1000)


def ntf_apns(label, reason, n):
    for _ in range(n):
        dt = t()
        emit(label, "%s [error] Pigeon.APNS push failed: %s device=%s topic=com.tripnova.app booking=%s notification_id=%s" % (
            ex_ts(dt), reason, hx(64), pnr(), uuid4()))


ntf_apns("ntf-apns-expired-token", ":expired_provider_token", 3)
ntf_apns("ntf-apns-invalid-token", ":invalid_provider_token", 3)


def ntf_fce(label, fun, frames, n):
    for _ in range(n):
        dt = t()
        p1, p2 = R.randint(1000, 99999), R.randint(1000, 99999)
        msg = ("%s [error] #PID<0.%d.0> running NotifyWeb.Endpoint (connection #PID<0.%d.0>, stream id %d) terminated\n"
               "Server: notify.internal.tripnova.net:4000 (http)\n"
               "Request: POST /api/v1/bookings/%s/notifications\n"
               "** (exit) an exception was raised:\n"
               "    ** (FunctionClauseError) no function clause matching in %s\n"
               "%s\n"
               "        (notify 0.9.3) lib/notify/dispatch.ex:44: Notify.Dispatch.fan_out/2\n"
               "        (notify 0.9.3) lib/notify_web/controllers/notification_controller.ex:24: NotifyWeb.NotificationController.create/2\n"
               "        (notify 0.9.3) lib/notify_web/controllers/notification_controller.ex:1: NotifyWeb.NotificationController.action/2\n"
               "        (notify 0.9.3) lib/notify_web/controllers/notification_controller.ex:1: NotifyWeb.NotificationController.phoenix_controller_pipeline/2\n"
               "        (phoenix 1.7.12) lib/phoenix/router.ex:484: Phoenix.Router.__call__/5\n"
               "        (notify 0.9.3) lib/notify_web/endpoint.ex:1: NotifyWeb.Endpoint.plug_builder_call/2\n"
               "        (notify 0.9.3) lib/notify_web/endpoint.ex:1: NotifyWeb.Endpoint.call/2\n"
               "        (plug_cowboy 2.7.1) lib/plug/cowboy/handler.ex:11: Plug.Cowboy.Handler.init/2") % (
            ex_ts(dt), p1, p2, pick([1, 1, 3, 5]), pnr(), fun, "\n".join("        " + f for f in frames))
        emit(label, msg)


ntf_fce("ntf-fce-sms-msisdn", "Notify.Channels.SMS.normalize_msisdn/1",
        ["(notify 0.9.3) lib/notify/channels/sms.ex:88: Notify.Channels.SMS.normalize_msisdn(nil)",
         "(notify 0.9.3) lib/notify/channels/sms.ex:31: Notify.Channels.SMS.deliver/2"], 3)
ntf_fce("ntf-fce-push-topic", "Notify.Channels.Push.platform_topic/1",
        ["(notify 0.9.3) lib/notify/channels/push.ex:52: Notify.Channels.Push.platform_topic(nil)",
         "(notify 0.9.3) lib/notify/channels/push.ex:19: Notify.Channels.Push.deliver/2"], 2)

for surname in ["Okonkwo", "Lindqvist", "Fitzgerald", "Yamamoto", "Delacroix"]:
    dt = t()
    emit("ntf-hotel-email-keyerror",
         "%s [error] hotel_confirmation email not sent for traveller %s\n"
         "** (KeyError) key :checkin_from not found in: %%{checkout_until: nil, policy_text: nil}\n"
         "    (notify 0.9.3) lib/notify/email/hotel_confirmation.ex:58: Notify.Email.HotelConfirmation.checkin_window/1\n"
         "    (notify 0.9.3) lib/notify/email/hotel_confirmation.ex:21: Notify.Email.HotelConfirmation.render/2\n"
         "    (notify 0.9.3) lib/notify/email/dispatcher.ex:34: Notify.Email.Dispatcher.deliver/1" % (ex_ts(dt), surname), dfv=surname)

# ================================================================ bookings-postgres (RDS PostgreSQL 15 log, log_line_prefix %t:%r:%u@%d:[%p]:)
PGS = "bookings-postgres"
group("pg-deadlock-seat-holds", PGS, "deadlock detected between seat-hold release and confirm updates on relation seat_holds", "nm-pg-deadlock-relation")
group("pg-deadlock-booking-payments", PGS, "deadlock detected between capture webhook and refund updates on relation booking_payments", "nm-pg-deadlock-relation")
group("pg-seat-inventory-stmt-timeout", PGS, "UPDATE seat_inventory canceled due to statement timeout (57014, slow plan on seat_inventory)", "nm-pg-cancel-reason")
group("pg-seat-inventory-lock-timeout", PGS, "UPDATE seat_inventory canceled due to lock timeout (55P03, long-held row lock from batch job)", "nm-pg-cancel-reason")


def pg_prefix(dt, pid, user="booking_app"):
    return "%s UTC:%s(%d):%s@bookings:[%d]:" % (dt.strftime("%Y-%m-%d %H:%M:%S"), ip10(), R.randint(32768, 60999), user, pid)


def pg_deadlock(label, rel, stmt_a, stmt_b, n):
    for _ in range(n):
        dt = t()
        p1, p2 = R.randint(1000, 32000), R.randint(1000, 32000)
        x1 = R.randint(90000000, 99999999)
        x2 = x1 - R.randint(1, 400)
        pre = pg_prefix(dt, p1)
        msg = ("%sERROR:  deadlock detected\n"
               "%sDETAIL:  Process %d waits for ShareLock on transaction %d; blocked by process %d.\n"
               "\tProcess %d waits for ShareLock on transaction %d; blocked by process %d.\n"
               "\tProcess %d: %s\n"
               "\tProcess %d: %s\n"
               "%sHINT:  See server log for query details.\n"
               "%sCONTEXT:  while updating tuple (%d,%d) in relation \"%s\"\n"
               "%sSTATEMENT:  %s") % (
            pre, pre, p1, x1, p2, p2, x2, p1, p1, stmt_a, p2, stmt_b, pre, pre,
            R.randint(10, 99999), R.randint(1, 60), rel, pre, stmt_a)
        emit(label, msg)


pg_deadlock("pg-deadlock-seat-holds", "seat_holds",
            "UPDATE seat_holds SET status = 'RELEASED', updated_at = now() WHERE flight_key = $1 AND seat_no = $2",
            "UPDATE seat_holds SET status = 'CONFIRMED', booking_id = $1, updated_at = now() WHERE hold_id = $2", 3)
pg_deadlock("pg-deadlock-booking-payments", "booking_payments",
            "UPDATE booking_payments SET state = 'CAPTURED', psp_reference = $1 WHERE booking_id = $2",
            "UPDATE booking_payments SET refunded_amount = refunded_amount + $1 WHERE booking_id = $2", 1)

SEAT_STMT = "UPDATE seat_inventory SET available = available - $1, version = version + 1 WHERE flight_id = $2 AND cabin = $3 AND available >= $1"


def pg_cancel(label, reason, n):
    for _ in range(n):
        dt = t()
        pre = pg_prefix(dt, R.randint(1000, 32000))
        emit(label, "%sERROR:  canceling statement due to %s\n%sSTATEMENT:  %s" % (pre, reason, pre, SEAT_STMT))


pg_cancel("pg-seat-inventory-stmt-timeout", "statement timeout", 3)
pg_cancel("pg-seat-inventory-lock-timeout", "lock timeout", 2)

# ================================================================ hotel-extranet (PHP 8.2 / Laravel 10, MySQL 8)
HX = "hotel-extranet"
group("hx-allotment-deadlock-1213", HX, "QueryException SQLSTATE[40001] 1213 Deadlock on room_allotments decrement (ApplyBookingToAllotment job)", "nm-hx-mysql-code")
group("hx-allotment-lockwait-1205", HX, "QueryException SQLSTATE[HY000] 1205 Lock wait timeout on room_allotments decrement (ApplyBookingToAllotment job)", "nm-hx-mysql-code")
group("hx-accor-rate-import", HX, "Accor rate import ErrorException Undefined array key \"meal_plan\"; hotel brand (Novotel/Ibis/...) varies", None, True)

LV = "/var/www/html/vendor/laravel/framework/src/Illuminate"


def hx_mysql(label, kind, n):
    for _ in range(n):
        dt = t()
        hid, rt = R.randint(1000, 9999), R.randint(1, 60)
        stay = (dt + timedelta(days=R.randint(5, 180))).strftime("%Y-%m-%d")
        sql = ("update `room_allotments` set `allotment` = `allotment` - 1, `room_allotments`.`updated_at` = %s "
               "where `hotel_id` = %d and `room_type_id` = %d and `stay_date` = %s") % (dt.strftime("%Y-%m-%d %H:%M:%S"), hid, rt, stay)
        if kind == "1213":
            state, err = "40001", "SQLSTATE[40001]: Serialization failure: 1213 Deadlock found when trying to get lock; try restarting transaction"
        else:
            state, err = "HY000", "SQLSTATE[HY000]: General error: 1205 Lock wait timeout exceeded; try restarting transaction"
        trace = ("#0 %s/Database/Connection.php(776): Illuminate\\\\Database\\\\Connection->runQueryCallback('update `room_al...', Array, Object(Closure))\n"
                 "#1 %s/Database/Connection.php(588): Illuminate\\\\Database\\\\Connection->run('update `room_al...', Array, Object(Closure))\n"
                 "#2 %s/Database/Connection.php(540): Illuminate\\\\Database\\\\Connection->affectingStatement('update `room_al...', Array)\n"
                 "#3 %s/Database/Query/Builder.php(3507): Illuminate\\\\Database\\\\Connection->update('update `room_al...', Array)\n"
                 "#4 %s/Database/Query/Builder.php(3615): Illuminate\\\\Database\\\\Query\\\\Builder->update(Array)\n"
                 "#5 /var/www/html/app/Services/Inventory/AllotmentService.php(64): Illuminate\\\\Database\\\\Query\\\\Builder->decrement('allotment', 1)\n"
                 "#6 /var/www/html/app/Jobs/ApplyBookingToAllotment.php(41): App\\\\Services\\\\Inventory\\\\AllotmentService->decrement(Object(App\\\\Models\\\\Booking))\n"
                 "#7 %s/Container/BoundMethod.php(36): App\\\\Jobs\\\\ApplyBookingToAllotment->handle(Object(App\\\\Services\\\\Inventory\\\\AllotmentService))\n"
                 "#8 %s/Container/Util.php(41): Illuminate\\\\Container\\\\BoundMethod::Illuminate\\\\Container\\\\{closure}()\n"
                 "#9 %s/Queue/CallQueuedHandler.php(124): Illuminate\\\\Container\\\\Container->call(Array)\n"
                 "#10 %s/Queue/Worker.php(439): Illuminate\\\\Queue\\\\Jobs\\\\Job->fire()\n"
                 "#11 /var/www/html/artisan(37): Illuminate\\\\Foundation\\\\Console\\\\Kernel->handle(Object(Symfony\\\\Component\\\\Console\\\\Input\\\\ArgvInput), Object(Symfony\\\\Component\\\\Console\\\\Output\\\\ConsoleOutput))\n"
                 "#12 {main}") % (LV, LV, LV, LV, LV, LV, LV, LV, LV)
        ptrace = ("#0 %s/Database/Connection.php(587): PDOStatement->execute()\n"
                  "#1 %s/Database/Connection.php(809): Illuminate\\\\Database\\\\Connection->Illuminate\\\\Database\\\\{closure}('update `room_al...', Array)\n"
                  "#2 %s/Database/Connection.php(776): Illuminate\\\\Database\\\\Connection->runQueryCallback('update `room_al...', Array, Object(Closure))\n"
                  "#3 {main}") % (LV, LV, LV)
        msg = ("[%s] production.ERROR: %s (Connection: mysql, SQL: %s) {\"job\":\"App\\\\Jobs\\\\ApplyBookingToAllotment\",\"exception\":\"[object] "
               "(Illuminate\\\\Database\\\\QueryException(code: %s): %s (Connection: mysql, SQL: %s) at %s/Database/Connection.php:822)\n"
               "[stacktrace]\n%s\n"
               "[previous exception] [object] (PDOException(code: %s): %s at %s/Database/Connection.php:587)\n"
               "[stacktrace]\n%s\n\"}") % (
            dt.strftime("%Y-%m-%d %H:%M:%S"), err, sql, state, err, sql, LV, trace, state, err, LV, ptrace)
        emit(label, msg)


hx_mysql("hx-allotment-deadlock-1213", "1213", 3)
hx_mysql("hx-allotment-lockwait-1205", "1205", 3)

for brand in ["Novotel", "Ibis", "Mercure", "Ibis"]:
    dt = t()
    msg = ("[%s] production.ERROR: Rate import failed for chain %s: Undefined array key \"meal_plan\" {\"exception\":\"[object] "
           "(ErrorException(code: 0): Undefined array key \\\"meal_plan\\\" at /var/www/html/app/Services/ChannelManager/AccorRateImporter.php:118)\n"
           "[stacktrace]\n"
           "#0 %s/Foundation/Bootstrap/HandleExceptions.php(255): Illuminate\\\\Foundation\\\\Bootstrap\\\\HandleExceptions->handleError(2, 'Undefined array...', '/var/www/html/a...', 118)\n"
           "#1 /var/www/html/app/Services/ChannelManager/AccorRateImporter.php(118): Illuminate\\\\Foundation\\\\Bootstrap\\\\HandleExceptions->Illuminate\\\\Foundation\\\\Bootstrap\\\\{closure}(2, 'Undefined array...', '/var/www/html/a...', 118)\n"
           "#2 /var/www/html/app/Services/ChannelManager/AccorRateImporter.php(71): App\\\\Services\\\\ChannelManager\\\\AccorRateImporter->mapRatePlan(Array)\n"
           "#3 /var/www/html/app/Console/Commands/ImportChainRates.php(44): App\\\\Services\\\\ChannelManager\\\\AccorRateImporter->import(Object(App\\\\Models\\\\Chain))\n"
           "#4 {main}\n\"}") % (dt.strftime("%Y-%m-%d %H:%M:%S"), brand, LV)
    emit("hx-accor-rate-import", msg, dfv=brand)

# ================================================================ rabbitmq (RabbitMQ 3.12 broker log)
RMQ = "rabbitmq"
group("rmq-no-exchange-pnr-events", RMQ, "basic.publish channel exception not_found: no exchange 'pnr.events' in vhost 'booking' (exchange not declared after broker rebuild)", "nm-rmq-missing-exchange")
group("rmq-no-exchange-payment-events", RMQ, "basic.publish channel exception not_found: no exchange 'payment.events' in vhost 'booking'", "nm-rmq-missing-exchange")
group("rmq-inequivalent-queue-type", RMQ, "queue.declare precondition_failed: inequivalent arg 'x-queue-type' for queue 'notify.push' (classic vs quorum)", None)
group("rmq-missed-heartbeats-celery", RMQ, "Broker closes Celery consumer connections: missed heartbeats from client, timeout 60s; worker host name (bird names) varies", None, True)


def rmq_ts(dt):
    return dt.strftime("%Y-%m-%d %H:%M:%S.") + "%06d+00:00" % dt.microsecond


def erl_pid():
    return "<0.%d.%d>" % (R.randint(1000, 99999), R.randint(0, 40))


def rmq_lines(dt, pid, lines):
    return "\n".join("%s [error] %s %s" % (rmq_ts(dt), pid, l) for l in lines)


def rmq_noexch(label, exch, n):
    for _ in range(n):
        dt = t()
        ch, conn = erl_pid(), erl_pid()
        emit(label, rmq_lines(dt, ch, [
            "Channel error on connection %s (%s:%d -> 10.0.2.8:5672, vhost: 'booking', user: 'booking-api'), channel %d:" % (
                conn, ip10(), R.randint(32768, 60999), R.randint(1, 4)),
            "operation basic.publish caused a channel exception not_found: no exchange '%s' in vhost 'booking'" % exch]))


rmq_noexch("rmq-no-exchange-pnr-events", "pnr.events", 3)
rmq_noexch("rmq-no-exchange-payment-events", "payment.events", 2)

dt = t()
ch, conn = erl_pid(), erl_pid()
emit("rmq-inequivalent-queue-type", rmq_lines(dt, ch, [
    "Channel error on connection %s (%s:%d -> 10.0.2.8:5672, vhost: 'booking', user: 'notify'), channel 1:" % (conn, ip10(), R.randint(32768, 60999)),
    "operation queue.declare caused a channel exception precondition_failed: inequivalent arg 'x-queue-type' for queue 'notify.push' in vhost 'booking': received none but current is the value 'quorum' of type 'longstr'"]))

for host in ["kestrel", "heron", "osprey", "plover"]:
    dt = t()
    c = erl_pid()
    emit("rmq-missed-heartbeats-celery", rmq_lines(dt, c, [
        "closing AMQP connection %s (%s:%d -> 10.0.2.8:5672 - celery@avail-%s, vhost: 'booking', user: 'availability'):" % (
            c, ip10(), R.randint(32768, 60999), host),
        "missed heartbeats from client, timeout: 60s"]), dfv=host)

# ================================================================ hotel-connector (Go 1.22, log/slog JSON; supplier fan-out)
HC = "hotel-connector"
group("hc-panic-hotelbeds-roomrates", HC, "Goroutine panic nil pointer dereference in hotelbeds.(*Client).mapRoomRates (room without rates[])", "nm-hc-panic-frame")
group("hc-panic-expedia-cancelpolicy", HC, "Goroutine panic nil pointer dereference in expedia.(*Client).mapCancelPolicy (refundable rate without penalties)", "nm-hc-panic-frame")
group("hc-checkrate-deadline", HC, "Hotelbeds CheckRate: context deadline exceeded (Client.Timeout exceeded while awaiting headers)", "nm-hc-checkrate-cause")
group("hc-checkrate-reset", HC, "Hotelbeds CheckRate: read tcp ... connection reset by peer", "nm-hc-checkrate-cause")


def gp():
    return "0xc000%s" % hx(6)


def hc_panic(label, pkg, fn, file_line, avail_line, addr_, pc, n):
    for _ in range(n):
        gid = R.randint(1000, 900000)
        recv = gp()
        msg = ("panic: runtime error: invalid memory address or nil pointer dereference\n"
               "[signal SIGSEGV: segmentation violation code=0x1 addr=%s pc=%s]\n\n"
               "goroutine %d [running]:\n"
               "github.com/tripnova/hotel-connector/internal/suppliers/%s.(*Client).%s(%s, %s)\n"
               "\t/src/internal/suppliers/%s/mapping.go:%s\n"
               "github.com/tripnova/hotel-connector/internal/suppliers/%s.(*Client).Availability(%s, {0xd1e2a8, %s}, %s)\n"
               "\t/src/internal/suppliers/%s/client.go:%s\n"
               "github.com/tripnova/hotel-connector/internal/fanout.(*Fanout).Search.func1()\n"
               "\t/src/internal/fanout/fanout.go:63 +0x8d\n"
               "golang.org/x/sync/errgroup.(*Group).Go.func1()\n"
               "\t/go/pkg/mod/golang.org/x/sync@v0.7.0/errgroup/errgroup.go:78 +0x56\n"
               "created by golang.org/x/sync/errgroup.(*Group).Go in goroutine %d\n"
               "\t/go/pkg/mod/golang.org/x/sync@v0.7.0/errgroup/errgroup.go:75 +0x96") % (
            addr_, pc, gid, pkg, fn, recv, gp(), pkg, file_line, pkg, recv, gp(), gp(), pkg, avail_line, gid - R.randint(1, 40))
        emit(label, msg)


hc_panic("hc-panic-hotelbeds-roomrates", "hotelbeds", "mapRoomRates", "142 +0x2a", "97 +0x1f4", "0x28", "0x9c4f2a", 3)
hc_panic("hc-panic-expedia-cancelpolicy", "expedia", "mapCancelPolicy", "77 +0x3e", "121 +0x2b1", "0x10", "0x9d1b6e", 2)


def slog_ts(dt):
    return dt.strftime("%Y-%m-%dT%H:%M:%S.") + "%06d%03dZ" % (dt.microsecond, R.randint(0, 999))


def hc_checkrate(label, kind, n):
    url = "https://api.hotelbeds.com/hotel-api/1.0/checkrates"
    for _ in range(n):
        dt = t()
        if kind == "deadline":
            err = "Post \"%s\": context deadline exceeded (Client.Timeout exceeded while awaiting headers)" % url
            dur = R.randint(15000, 15040)
        else:
            err = "Post \"%s\": read tcp %s:%d->%s:443: read: connection reset by peer" % (
                url, ip10(), R.randint(32768, 60999), pick(["52.212.18.9", "34.246.71.130", "54.77.3.201"]))
            dur = R.randint(30, 9000)
        d = {"time": slog_ts(dt), "level": "ERROR", "msg": "supplier request failed", "supplier": "hotelbeds",
             "op": "CheckRate", "rate_key": "%s|%s|%s" % (dt.strftime("%Y%m%d"), R.randint(1000, 999999), hx(20)),
             "err": err, "duration_ms": dur, "trace_id": hx(32)}
        emit(label, json.dumps(d, separators=(",", ":")))


hc_checkrate("hc-checkrate-deadline", "deadline", 3)
hc_checkrate("hc-checkrate-reset", "reset", 2)


# ================================================================ self-checks and output
def main():
    out = os.environ.get("UNSEEN_OUT") or os.path.dirname(os.path.abspath(__file__))
    seen = set()
    for e in EVENTS:
        k = (e["service"], e["message"])
        assert k not in seen, "duplicate event: " + k[1][:200]
        seen.add(k)
    nm = {}
    for label, g in GROUPS.items():
        evs = [e for e in EVENTS if e["group"] == label]
        assert g["count"] == len(evs)
        assert 1 <= g["count"] <= 6, (label, g["count"])
        if g["digit_free_variable"]:
            vals = [e["_dfv"] for e in evs]
            assert all(v and not re.search(r"\d", v) and v in e["message"] for v, e in zip(vals, evs)), label
            distinct = sorted(set(vals))
            assert 3 <= len(distinct) <= 5, (label, distinct)
        else:
            assert all(e["_dfv"] is None for e in evs), label
        if g["near_miss_set"]:
            nm.setdefault(g["near_miss_set"], []).append(label)
    for k, labels in nm.items():
        assert 2 <= len(labels) <= 3, (k, labels)
        assert len(set(GROUPS[l]["service"] for l in labels)) == 1, (k, labels)
    services = sorted(set(g["service"] for g in GROUPS.values()))
    assert len(nm) >= 25, len(nm)
    assert 65 <= len(GROUPS) <= 75, len(GROUPS)
    assert 15 <= len(services) <= 20, len(services)
    assert 180 <= len(EVENTS) <= 230, len(EVENTS)

    order = list(EVENTS)
    R.shuffle(order)
    with open(os.path.join(out, "events.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for e in order:
            f.write(json.dumps({"service": e["service"], "message": e["message"], "group": e["group"]}, ensure_ascii=False) + "\n")
    with open(os.path.join(out, "groups.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(GROUPS, f, indent=2, ensure_ascii=False)
        f.write("\n")
    print("wrote %d events, %d groups, %d services, %d near-miss sets, %d digit-free groups -> %s" % (
        len(order), len(GROUPS), len(services), len(nm), sum(1 for g in GROUPS.values() if g["digit_free_variable"]), out))


if __name__ == "__main__":
    main()
