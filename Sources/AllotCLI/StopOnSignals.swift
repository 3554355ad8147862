import AllotInterchange
import Dispatch
import Foundation

/// Turns SIGINT / SIGTERM into a stop request that long loops poll (`allot simulate`, `allot tune`); a
/// second signal exits at once with status 130. The handlers run on a queue of their own: work fills
/// every thread of the global pool, and a handler queued there waited behind it (a SIGTERM to a
/// simulation on 2 cores was not seen until a replication finished, minutes later).
final class StopOnSignals: @unchecked Sendable {
    private var sources: [any DispatchSourceSignal] = []
    private let queue = DispatchQueue(label: "allot.signals")

    /// `message` is written to stderr on the first signal (nil: nothing).
    init(stop: StopSignal, message: String?) {
        for signalNumber in [SIGINT, SIGTERM] {
            signal(signalNumber, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: signalNumber, queue: queue)
            source.setEventHandler {
                if stop.isRaised { Foundation.exit(ExitStatus.interrupted) }
                if let message { FileHandle.standardError.write(Data(message.utf8)) }
                stop.raise()
            }
            source.resume()
            sources.append(source)
        }
    }

    deinit { for source in sources { source.cancel() } }
}
