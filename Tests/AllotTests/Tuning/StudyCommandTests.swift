import Foundation
import Testing
import AllotInterchange

/// `allot study` from a shell: create, ask/tell until finished, best; a dead worker's job is handed out
/// again; bad spaces and unknown trials exit 2.
@Suite("allot study", .serialized)
struct StudyCommandTests {
    static let space = """
    {"parameters": [
      {"name": "learningRate", "type": "float", "low": 0.0001, "high": 0.1, "log": true},
      {"name": "optimizer", "type": "categorical", "choices": ["sgd", "adam"]},
      {"name": "momentum", "type": "float", "low": 0, "high": 0.99, "condition": {"parent": "optimizer", "values": ["sgd"]}}
    ]}
    """

    @Test("create, then ask and tell until finished; best is the best told value at the full resource")
    func askTellLoop() throws {
        let directory = try CommandLineTests.folder(with: ["space.json": Self.space])
        defer { try? FileManager.default.removeItem(at: directory) }
        let created = try CommandLineTests.run(["study", "create", "--storage", "s.sqlite", "--space", "space.json",
                                                "--scheduler", "hyperband", "--max-resource", "9"], in: directory)
        #expect(created.status == 0, "\(created.stderr)")
        var told = 0
        var finished = false
        while !finished, told < 100 {
            let asked = try CommandLineTests.run(["study", "ask", "--storage", "s.sqlite"], in: directory)
            #expect(asked.status == 0, "\(asked.stderr)")
            let json = try #require(try JSONSerialization.jsonObject(with: Data(asked.stdout.utf8)) as? [String: Any])
            if json["finished"] != nil { finished = true; break }
            let trial = try #require(json["trial"] as? Int)
            let resource = try #require(json["resource"] as? Double)
            let answer = "{\"trial\": \(trial), \"rung\": \(json["rung"]!), \"bracket\": \(json["bracket"]!), \"value\": \(Double(trial % 7) + resource)}"
            let tell = try CommandLineTests.run(["study", "tell", "--storage", "s.sqlite"], in: directory, stdin: answer)
            #expect(tell.status == 0, "\(tell.stderr)")
            told += 1
        }
        #expect(finished)
        #expect(told == (9 + 3 + 1) + (5 + 1) + 3)   // R = 9, η = 3: (9,1)(3,3)(1,9) · (5,3)(1,9) · (3,9)
        let best = try CommandLineTests.run(["study", "best", "--storage", "s.sqlite"], in: directory)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(best.stdout.utf8)) as? [String: Any])
        #expect(json["resource"] as? Double == 9)
        let unknown = try CommandLineTests.run(["study", "tell", "--storage", "s.sqlite"], in: directory, stdin: "{\"trial\": 500, \"value\": 1}")
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("trial 500"))
    }

    @Test("importances: the parameter the value depends on first, summing to 1 (--raw: not); plot writes the history and the importances; bad settings exit 2 naming them")
    func importances() throws {
        let directory = try CommandLineTests.folder(with: ["space.json": Self.space])
        defer { try? FileManager.default.removeItem(at: directory) }
        _ = try CommandLineTests.run(["study", "create", "--storage", "s.sqlite", "--space", "space.json", "--scheduler", "random",
                                      "--max-resource", "1", "--trials", "30", "--sampler", "random"], in: directory)
        for _ in 0..<30 {
            let asked = try CommandLineTests.run(["study", "ask", "--storage", "s.sqlite"], in: directory)
            let json = try #require(try JSONSerialization.jsonObject(with: Data(asked.stdout.utf8)) as? [String: Any])
            let configuration = try #require(json["configuration"] as? [String: Any])
            let rate = try #require(configuration["learningRate"] as? Double)
            let value = -(log10(rate) + 2) * (log10(rate) + 2)          // best at 0.01; the optimizer changes nothing
            _ = try CommandLineTests.run(["study", "tell", "--storage", "s.sqlite"], in: directory,
                                         stdin: "{\"trial\": \(json["trial"]!), \"value\": \(value)}")
        }
        let printed = try CommandLineTests.run(["study", "importances", "--storage", "s.sqlite"], in: directory)
        #expect(printed.status == 0, "\(printed.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(printed.stdout.utf8)) as? [String: Any])
        let ranked = try #require(json["importances"] as? [[String: Any]])
        #expect(ranked.first?["parameter"] as? String == "learningRate")
        #expect(abs(ranked.compactMap { $0["importance"] as? Double }.reduce(0, +) - 1) < 1e-9)
        #expect(json["observations"] as? Int == 30)
        let raw = try CommandLineTests.run(["study", "importances", "--storage", "s.sqlite", "--raw", "--global"], in: directory)
        #expect(raw.status == 0 && !raw.stdout.isEmpty)
        let plotted = try CommandLineTests.run(["study", "plot", "--storage", "s.sqlite", "--out", "plots"], in: directory)
        #expect(plotted.status == 0, "\(plotted.stderr)")
        #expect(plotted.stderr.contains("importances from 30 completed trials are a hint"))
        let csv = try String(contentsOf: directory.appendingPathComponent("plots/history.csv"), encoding: .utf8)
        #expect(csv.split(separator: "\n").count == 31 && csv.hasPrefix("job,trial,resource,value,trained,spent,best"))
        #expect(csv.split(separator: "\n").last?.hasPrefix("29,29,1,") == true)
        for name in ["history.svg", "importances.svg"] {
            let svg = try String(contentsOf: directory.appendingPathComponent("plots/\(name)"), encoding: .utf8)
            #expect(svg.hasPrefix("<?xml") && svg.hasSuffix("</svg>\n"))
        }
        #expect(try String(contentsOf: directory.appendingPathComponent("plots/importances.svg"), encoding: .utf8).contains("learningRate"))
        for (arguments, field) in [(["--target-quantile", "0"], "targetQuantile"), (["--region-quantile", "0.05"], "regionQuantile"),
                                   (["--resource", "3"], "resource")] {
            let refused = try CommandLineTests.run(["study", "importances", "--storage", "s.sqlite"] + arguments, in: directory)
            #expect(refused.status == 2 && refused.stderr.contains(field), "\(arguments): \(refused.stderr)")
        }
    }

    @Test("add records a trial evaluated elsewhere as the next trial; under hyperband or with a bad value it exits 2 naming why")
    func add() throws {
        let directory = try CommandLineTests.folder(with: ["space.json": Self.space])
        defer { try? FileManager.default.removeItem(at: directory) }
        _ = try CommandLineTests.run(["study", "create", "--storage", "s.sqlite", "--space", "space.json", "--scheduler", "random",
                                      "--max-resource", "1", "--trials", "5"], in: directory)
        let added = try CommandLineTests.run(["study", "add", "--storage", "s.sqlite"], in: directory, stdin: """
            {"configuration": {"learningRate": 0.01, "optimizer": "sgd", "momentum": 0.9}, "value": 0.8, "attributes": {"source": "notebook"}}
            """)
        #expect(added.status == 0 && added.stdout.contains(#""added":0"#), "\(added.stderr)")
        let best = try CommandLineTests.run(["study", "best", "--storage", "s.sqlite"], in: directory)
        #expect(best.stdout.contains(#""source":"notebook""#) && best.stdout.contains(#""value":0.8"#))
        let asked = try CommandLineTests.run(["study", "ask", "--storage", "s.sqlite"], in: directory)
        #expect(asked.stdout.contains(#""trial":1"#))                                // the next trial after the added one
        for (stdin, field) in [(#"{"configuration": {"learningRate": 0.01, "optimizer": "adam"}, "value": "high"}"#, "value"),
                               (#"{"configuration": {"learningRate": 7, "optimizer": "adam"}, "value": 1}"#, "learningRate"),
                               (#"{"configuration": {"learningRate": 0.01, "optimizer": "adam"}, "value": 1, "extra": 2}"#, "extra")] {
            let refused = try CommandLineTests.run(["study", "add", "--storage", "s.sqlite"], in: directory, stdin: stdin)
            #expect(refused.status == 2 && refused.stderr.contains(field), "\(stdin): \(refused.stderr)")
        }
        _ = try CommandLineTests.run(["study", "create", "--storage", "s.sqlite", "--name", "hb", "--space", "space.json", "--scheduler", "hyperband",
                                      "--max-resource", "9"], in: directory)
        let hyperband = try CommandLineTests.run(["study", "add", "--storage", "s.sqlite", "--name", "hb"], in: directory,
                                                 stdin: #"{"configuration": {"learningRate": 0.01, "optimizer": "adam"}, "value": 1}"#)
        #expect(hyperband.status == 2 && hyperband.stderr.contains("scheduler is random"), "\(hyperband.stderr)")
    }

    @Test("a worker that died holding a job (--worker-pid) gets its job handed to the next asker")
    func deadWorker() throws {
        let directory = try CommandLineTests.folder(with: ["space.json": Self.space])
        defer { try? FileManager.default.removeItem(at: directory) }
        _ = try CommandLineTests.run(["study", "create", "--storage", "s.sqlite", "--space", "space.json", "--scheduler", "random",
                                      "--max-resource", "1", "--trials", "3"], in: directory)
        let gone = Process()
        gone.executableURL = URL(fileURLWithPath: "/bin/true")
        try gone.run()
        gone.waitUntilExit()
        let first = try CommandLineTests.run(["study", "ask", "--storage", "s.sqlite", "--worker-pid", "\(gone.processIdentifier)"], in: directory)
        let second = try CommandLineTests.run(["study", "ask", "--storage", "s.sqlite"], in: directory)
        #expect(first.stdout == second.stdout)   // the dead worker's trial 0, handed out again
        #expect(first.stdout.contains("\"trial\":0"))
    }

    @Test("tell keeps \"attributes\" with the trial; a null or non-object one exits 2 naming it, and nothing is told")
    func tellAttributes() throws {
        let directory = try CommandLineTests.folder(with: ["space.json": Self.space])
        defer { try? FileManager.default.removeItem(at: directory) }
        _ = try CommandLineTests.run(["study", "create", "--storage", "s.sqlite", "--space", "space.json", "--scheduler", "random",
                                      "--max-resource", "1", "--trials", "2"], in: directory)
        _ = try CommandLineTests.run(["study", "ask", "--storage", "s.sqlite"], in: directory)
        for (attributes, path) in [(#"{"x": null}"#, "attributes.x"), ("[1]", "attributes"), (#"{"": 1}"#, "attributes.")] {
            let refused = try CommandLineTests.run(["study", "tell", "--storage", "s.sqlite"], in: directory,
                                                   stdin: #"{"trial": 0, "value": 1, "attributes": \#(attributes)}"#)
            #expect(refused.status == 2 && refused.stderr.contains(path), "\(refused.stderr)")
        }
        let told = try CommandLineTests.run(["study", "tell", "--storage", "s.sqlite"], in: directory,
                                            stdin: #"{"trial": 0, "value": 1, "attributes": {"test_accuracy": 0.9, "log": "runs/0"}}"#)
        #expect(told.status == 0, "\(told.stderr)")
        let trials = try CommandLineTests.run(["study", "trials", "--storage", "s.sqlite"], in: directory)
        #expect(trials.stdout.contains(#""attributes":{"log":"runs/0","test_accuracy":0.9}"#) && trials.stdout.contains(#""value":1"#))
    }

    @Test("an invalid space exits 2 naming the parameter")
    func badSpace() throws {
        let directory = try CommandLineTests.folder(with: ["bad.json": "{\"parameters\": [{\"name\": \"lr\", \"type\": \"float\", \"low\": 0, \"high\": 1, \"log\": true}]}",
                                                          "typo.json": "{\"parameters\": [{\"name\": \"lr\", \"type\": \"floats\", \"low\": 0, \"high\": 1}]}"])
        defer { try? FileManager.default.removeItem(at: directory) }
        let bad = try CommandLineTests.run(["study", "create", "--storage", "s.sqlite", "--space", "bad.json", "--max-resource", "9"], in: directory)
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("parameter 'lr' is log-scaled, so low must be > 0"))
        let typo = try CommandLineTests.run(["study", "create", "--storage", "s.sqlite", "--space", "typo.json", "--max-resource", "9"], in: directory)
        #expect(typo.status == 2)
        #expect(typo.stderr.contains("parameters[0].type: unknown parameter type \"floats\". Did you mean \"float\"?"), "\(typo.stderr)")
    }
}
