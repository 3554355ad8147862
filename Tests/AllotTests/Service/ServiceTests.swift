import Foundation
import Testing
import AllotInterchange
import AllotService

/// `allot serve`'s protocol, driven in process: JSON-RPC 2.0 framing, handles, typed errors, and the
/// objects behind them.
@Suite("The service (JSON-RPC 2.0)")
struct ServiceTests {
    /// One call; the response parsed.
    static func call(_ service: Service, _ method: String, _ params: String = "{}", id: Int = 1) throws -> JSONValue {
        let line = #"{"jsonrpc": "2.0", "id": \#(id), "method": "\#(method)", "params": \#(params)}"#
        return try JSONParser.parse(try #require(service.respond(to: line)), source: "response")
    }

    static func result(_ service: Service, _ method: String, _ params: String = "{}") throws -> JSONValue {
        let response = try call(service, method, params)
        guard let result = response.value(for: "result") else { throw RuntimeFailure("no result: \(response.canonicalText)") }
        return result
    }

    static func error(_ service: Service, _ method: String, _ params: String = "{}") throws -> JSONValue {
        try #require(try call(service, method, params).value(for: "error"))
    }

    @Test("framing: parse errors, invalid requests, unknown methods, notifications and batches")
    func framing() throws {
        let service = Service()
        let parse = try JSONParser.parse(try #require(service.respond(to: "{not json")), source: "r")
        #expect(parse.value(for: "id") == .null && parse.value(for: "error")?.value(for: "code") == .number(-32700))
        let noVersion = try JSONParser.parse(try #require(service.respond(to: #"{"id": 3, "method": "hello"}"#)), source: "r")
        #expect(noVersion.value(for: "error")?.value(for: "code") == .number(-32600) && noVersion.value(for: "id") == .number(3))
        let unknown = try Self.error(service, "policy.selct")
        #expect(unknown.value(for: "code") == .number(-32601))
        #expect(unknown.value(for: "message").map { "\($0)" }?.contains("Did you mean \\\"policy.select\\\"") == true)
        // A notification (no id) gets no response, even when it fails.
        #expect(service.respond(to: #"{"jsonrpc": "2.0", "method": "hello"}"#) == nil)
        #expect(service.respond(to: #"{"jsonrpc": "2.0", "method": "policy.select", "params": {"handle": 9}}"#) == nil)
        let batch = try JSONParser.parse(try #require(service.respond(to: #"[{"jsonrpc": "2.0", "id": 1, "method": "hello"}, {"jsonrpc": "2.0", "method": "hello"}, {"jsonrpc": "2.0", "id": 2, "method": "nope"}]"#)), source: "r")
        guard case let .array(responses) = batch else { Issue.record("a batch answers with an array"); return }
        #expect(responses.count == 2 && responses[0].value(for: "result") != nil && responses[1].value(for: "error") != nil)
        let empty = try JSONParser.parse(try #require(service.respond(to: "[]")), source: "r")
        #expect(empty.value(for: "error")?.value(for: "code") == .number(-32600))
        let hello = try Self.result(service, "hello")
        #expect(hello.value(for: "protocol") == .number(Double(Service.protocolVersion)))
    }

    @Test("errors carry the CLI's message, field path and exit class")
    func typedErrors() throws {
        let service = Service()
        let error = try Self.error(service, "policy.create", #"{"name": "ucb1", "arms": 3, "parameters": {"exploration": -1}}"#)
        #expect(error.value(for: "code") == .number(-32602))
        #expect(error.value(for: "data")?.value(for: "path") == .string("parameters.exploration"))
        #expect(error.value(for: "data")?.value(for: "exitClass") == .number(2))
        let typo = try Self.error(service, "policy.create", #"{"name": "ucb1", "arm": 3}"#)
        #expect("\(typo)".contains("misspelling of"))
        let nan = try Self.error(service, "ranks.create", #"{"matrices": [{"name": "q", "input": 4, "output": 4, "maxRank": 2}], "totalSteps": NaN}"#)
        #expect(nan.value(for: "data")?.value(for: "path") == .string("totalSteps"))
        // A schedule that never reaches its final phase names the field as written (was ".totalSteps").
        let short = try Self.error(service, "ranks.create", #"{"matrices": [{"name": "q", "input": 4, "output": 4, "maxRank": 2}], "totalSteps": 10, "warmupSteps": 8, "finalSteps": 5}"#)
        #expect(short.value(for: "data")?.value(for: "path") == .string("totalSteps"))
        #expect(short.value(for: "message").map { "\($0)".contains("ranks.create: totalSteps: expected more than") } == true, "\(short)")
    }

    @Test("a bad call changes nothing, and never another object's state")
    func isolation() throws {
        let service = Service()
        _ = try Self.result(service, "policy.create", #"{"name": "thompson", "arms": 3, "seed": 4}"#)
        _ = try Self.result(service, "policy.create", #"{"name": "ucb1", "arms": 2}"#)
        for arm in [0, 1, 2, 1] { _ = try Self.result(service, "policy.update", #"{"handle": 1, "arm": \#(arm), "reward": 1}"#) }
        let before = try Self.result(service, "policy.snapshot", #"{"handle": 1}"#)
        for bad in [#"{"handle": 2, "arm": 5, "reward": 1}"#, #"{"handle": 2, "arm": 0, "reward": NaN}"#, #"{"handle": 2, "arm": 0}"#,
                    #"{"handle": 1, "arm": 0, "reward": 2}"#, #"{"handle": 1, "updates": [{"arm": 0, "reward": 1}, {"arm": 9, "reward": 1}]}"#] {
            _ = try Self.call(service, bad.contains("updates") ? "policy.step" : "policy.update", bad)
        }
        #expect(try Self.result(service, "policy.snapshot", #"{"handle": 1}"#) == before)
        // Handles: a closed one is gone, and a handle of another kind is refused.
        _ = try Self.result(service, "close", #"{"handle": 2}"#)
        #expect(try Self.error(service, "policy.select", #"{"handle": 2}"#).value(for: "data")?.value(for: "path") == .string("handle"))
        _ = try Self.result(service, "rollouts.create", "{}")
        #expect("\(try Self.error(service, "policy.select", #"{"handle": 3}"#))".contains("rollouts object"))
    }

    @Test("a policy snapshot restores to an identical continuation")
    func policyRoundTrip() throws {
        let service = Service()
        _ = try Self.result(service, "policy.create", #"{"name": "thompson", "arms": 4, "seed": 9}"#)
        for t in 0..<30 {
            let arm = try Self.result(service, "policy.select", #"{"handle": 1}"#).value(for: "arms")
            guard case let .array(arms)? = arm, case let .number(a) = arms[0] else { Issue.record("no arm"); return }
            _ = try Self.result(service, "policy.update", #"{"handle": 1, "arm": \#(Int(a)), "reward": \#(t % 2)}"#)
        }
        let state = try #require(try Self.result(service, "policy.snapshot", #"{"handle": 1}"#).value(for: "state"))
        _ = try Self.result(service, "policy.restore", #"{"state": \#(state.canonicalText)}"#)
        for _ in 0..<20 {
            #expect(try Self.result(service, "policy.select", #"{"handle": 1}"#) == Self.result(service, "policy.select", #"{"handle": 2}"#))
        }
    }

    @Test("rollouts: the budget is spent within the bounds; a known rate is planned with; the state is saved on close")
    func rollouts() throws {
        let folder = RunnerTests.temporaryFolder()
        let path = folder.appendingPathComponent("rollouts.json").path
        let service = Service()
        _ = try Self.result(service, "rollouts.create", #"{"policy": "knapsack-rl", "min": 2, "max": 16, "path": "\#(path)"}"#)
        let answer = try Self.result(service, "rollouts.allocate", #"{"handle": 1, "budget": 30, "prompts": [{"id": "a", "rewards": [0, 1, 1]}, {"id": "b", "rate": 0.2}, {"id": 3}]}"#)
        guard case let .object(allocation)? = answer.value(for: "allocation") else { Issue.record("no allocation"); return }
        let counts = allocation.map { member -> Int in if case let .number(n) = member.value { return Int(n) } else { return -1 } }
        #expect(counts.reduce(0, +) == 30 && counts.allSatisfy { (2...16).contains($0) })
        #expect(answer.value(for: "estimates")?.value(for: "b") == .number(0.2))
        #expect(!FileManager.default.fileExists(atPath: path))
        _ = try Self.result(service, "close", #"{"handle": 1}"#)
        let saved = try JSONParser.parse(try Data(contentsOf: URL(fileURLWithPath: path)), source: path)
        #expect(saved.value(for: "format") == .string("allot-rollout-state"))
        // Reopened with other options: refused, not silently changed.
        #expect("\(try Self.error(service, "rollouts.create", #"{"policy": "posterior", "path": "\#(path)"}"#))".contains("holds the state"))
        let reopened = try Self.result(service, "rollouts.create", #"{"policy": "knapsack-rl", "path": "\#(path)"}"#)
        #expect(reopened.value(for: "policy") == .string("knapsack-rl"))
    }

    @Test("ranks: a call at any step catches up every point passed, and says the next one")
    func ranks() throws {
        let service = Service()
        let created = try Self.result(service, "ranks.create", #"{"matrices": [{"name": "q", "input": 8, "output": 8, "maxRank": 4}, {"name": "v", "input": 8, "output": 8, "maxRank": 4}], "totalSteps": 100, "averageRank": 2, "warmupSteps": 10, "finalSteps": 20, "interval": 10}"#)
        #expect(created.value(for: "next") == .number(10) && created.value(for: "step") == .null)
        let step = try Self.result(service, "ranks.step", #"{"handle": 1, "step": 25, "sensitivities": {"q": [0.01, 0.01, 0, 0], "v": [1, 1, 0, 0]}}"#)
        #expect(step.value(for: "points") == .array([10, 20]) && step.value(for: "next") == .number(30))
        let late = try Self.result(service, "ranks.step", #"{"handle": 1, "step": 90, "sensitivities": {"q": [0.01, 0, 0, 0], "v": [1, 1, 1, 0]}}"#)
        #expect(late.value(for: "next") == .null)
        guard case let .number(parameters)? = late.value(for: "parameters"), case let .number(budget)? = late.value(for: "budget") else { return }
        #expect(parameters <= budget)
        #expect("\(try Self.error(service, "ranks.step", #"{"handle": 1, "step": 50, "sensitivities": {"q": [0, 0, 0, 0], "v": [0, 0, 0, 0]}}"#))".contains("never go back"))
    }

    @Test("study.report: continue inside a rung, then promote or prune at its end, as ASHA ranks the rung")
    func studyReport() throws {
        let service = Service()
        _ = try Self.result(service, "study.create", #"{"space": {"parameters": [{"name": "x", "type": "float", "low": 0, "high": 1}]}, "scheduler": {"name": "asha", "parameters": {"minResource": 1, "maxResource": 9, "trials": 10}}}"#)
        var decisions: [String] = []
        for value in [0.5, 0.9, 0.1, 0.95, 0.2, 0.3] {
            let job = try Self.result(service, "study.ask", #"{"handle": 1}"#)
            guard case let .number(trial)? = job.value(for: "trial") else { Issue.record("no job"); return }
            #expect(try Self.result(service, "study.report", #"{"handle": 1, "trial": \#(Int(trial)), "resource": 0.5, "value": \#(value)}"#).value(for: "decision") == .string("continue"))
            let answer = try Self.result(service, "study.report", #"{"handle": 1, "trial": \#(Int(trial)), "resource": 1, "value": \#(value)}"#)
            guard case let .string(decision)? = answer.value(for: "decision") else { return }
            decisions.append(decision)
            if decision == "continue" {
                #expect(answer.value(for: "job")?.value(for: "resource") == .number(3))
                // Finish it at resource 3 and 9 as the same value.
                for (rung, resource) in [(1, 3), (2, 9)] {
                    _ = try Self.result(service, "study.report", #"{"handle": 1, "trial": \#(Int(trial)), "rung": \#(rung), "resource": \#(resource), "value": \#(value)}"#)
                }
            }
        }
        // 0.5 and 0.9: best of a rung with fewer than η results, so they go on (as Optuna does); 0.1 not;
        // 0.95 is in the top third of four; 0.2 and 0.3 are not.
        #expect(decisions == ["continue", "continue", "prune", "continue", "prune", "prune"])
        let best = try Self.result(service, "study.best", #"{"handle": 1}"#)
        #expect(best.value(for: "value") == .number(0.95) && best.value(for: "resource") == .number(9))
    }
}
