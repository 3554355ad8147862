import AllotService
import Foundation

// The C ABI of liballot: a service per handle, one JSON-RPC message in and one out, as `allot serve`
// speaks over a pipe, without the pipe. Strings are NUL-terminated UTF-8; every string returned is the
// caller's to release with allot_string_free. Calls on one service are serialised by its lock, so a
// client may call from several threads.
//
//     void *allot_service_new(void);
//     char *allot_service_call(void *service, const char *request);   // NULL for a notification
//     char *allot_service_shutdown(void *service);                    // saves what has a file; JSON list of failures
//     void  allot_service_free(void *service);
//     void  allot_string_free(char *text);
//     int   allot_protocol_version(void);

/// A service and the lock that serialises calls on it.
final class LockedService: @unchecked Sendable {
    let service = Service()
    let lock = NSLock()
}

@_cdecl("allot_protocol_version")
public func allotProtocolVersion() -> Int32 { Int32(Service.protocolVersion) }

@_cdecl("allot_service_new")
public func allotServiceNew() -> UnsafeMutableRawPointer {
    Unmanaged.passRetained(LockedService()).toOpaque()
}

@_cdecl("allot_service_call")
public func allotServiceCall(_ pointer: UnsafeMutableRawPointer?, _ request: UnsafePointer<CChar>?) -> UnsafeMutablePointer<CChar>? {
    guard let pointer, let request else { return strdup(#"{"jsonrpc":"2.0","id":null,"error":{"code":-32600,"message":"a null service or request"}}"#) }
    let locked = Unmanaged<LockedService>.fromOpaque(pointer).takeUnretainedValue()
    let line = String(cString: request)
    locked.lock.lock()
    defer { locked.lock.unlock() }
    return locked.service.respond(to: line).flatMap { strdup($0) }
}

@_cdecl("allot_service_shutdown")
public func allotServiceShutdown(_ pointer: UnsafeMutableRawPointer?) -> UnsafeMutablePointer<CChar>? {
    guard let pointer else { return strdup("[]") }
    let locked = Unmanaged<LockedService>.fromOpaque(pointer).takeUnretainedValue()
    locked.lock.lock()
    defer { locked.lock.unlock() }
    let failures = locked.service.shutdown()
    let text = "[" + failures.map { "\"" + $0.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\"" }.joined(separator: ",") + "]"
    return strdup(text)
}

@_cdecl("allot_service_free")
public func allotServiceFree(_ pointer: UnsafeMutableRawPointer?) {
    guard let pointer else { return }
    Unmanaged<LockedService>.fromOpaque(pointer).release()
}

@_cdecl("allot_string_free")
public func allotStringFree(_ text: UnsafeMutablePointer<CChar>?) {
    free(text)
}
