import AllotInterchange
import AllotService
import ArgumentParser
import Foundation

/// `allot serve`: the service over stdin/stdout, one JSON-RPC 2.0 message per line (the LSP/MCP
/// pattern), for clients in any language. EOF, SIGTERM or the `shutdown` method end it after saving
/// every object that has a file. Protocol in docs/python.md.
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Hold policies, allocators and studies by handle; JSON-RPC 2.0 over stdin/stdout, one message per line.",
        discussion: """
        Methods: hello, policy.create/select/update/step/addArm/snapshot/restore, rollouts.create/allocate/snapshot/restore, \
        ranks.create/step/snapshot/restore, study.create/ask/tell/report/heartbeat/best/trials/status/snapshot, save, close, \
        shutdown. An error is a JSON-RPC error object whose data carries the exit class the CLI would use (2 bad input, \
        1 runtime failure) and the field path; it never ends the service. docs/python.md has the protocol.
        """
    )

    func run() throws {
        let service = Service()
        let stop = StopSignal()
        let handlers = StopOnSignals(stop: stop, message: nil)
        defer { withExtendedLifetime(handlers) {} }
        var pending: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        func send(_ line: String) {
            var bytes = Array((line + "\n").utf8)
            var offset = 0
            while offset < bytes.count {
                let written = bytes.withUnsafeMutableBytes { write(STDOUT_FILENO, $0.baseAddress! + offset, $0.count - offset) }
                if written < 0 { if errno == EINTR { continue }; return }
                offset += written
            }
            bytes.removeAll()
        }
        reading: while !stop.isRaised {
            // Wait for input, waking every 200 ms to notice SIGTERM (a blocked read would not).
            var descriptor = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
            let ready = poll(&descriptor, 1, 200)
            if ready == 0 || (ready < 0 && errno == EINTR) { continue }
            let count = buffer.withUnsafeMutableBytes { read(STDIN_FILENO, $0.baseAddress!, $0.count) }
            if count < 0 { if errno == EINTR { continue }; break }
            if count == 0 { break }
            var start = 0
            for index in 0..<count where buffer[index] == UInt8(ascii: "\n") {
                pending.append(contentsOf: buffer[start..<index])
                start = index + 1
                defer { pending.removeAll(keepingCapacity: true) }
                if pending.count > Limits.maxDocumentBytes {
                    send(#"{"jsonrpc":"2.0","id":null,"error":{"code":-32600,"message":"a message longer than the document limit"}}"#)
                    continue
                }
                if pending.allSatisfy({ $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\r") || $0 == UInt8(ascii: "\t") }) { continue }
                if let response = service.respond(to: String(decoding: pending, as: UTF8.self)) { send(response) }
                if service.isShutDown || stop.isRaised { break reading }
            }
            pending.append(contentsOf: buffer[start..<count])
            if pending.count > Limits.maxDocumentBytes {
                send(#"{"jsonrpc":"2.0","id":null,"error":{"code":-32600,"message":"a message longer than the document limit"}}"#)
                pending.removeAll()
            }
        }
        let failures = service.shutdown()
        for failure in failures { FileHandle.standardError.write(Data("error: could not save \(failure)\n".utf8)) }
        if !failures.isEmpty { throw ExitCode(1) }
    }
}
