# The engine's own C++ HTTPClient (Godot 3.2.3), driven by godot3.ts as a reference subject.
# Settings come from the environment; the result is one line: BENCH_RESULT {json}.
# Blocking mode, as a Godot script on its own thread would read: no sleeps, no busy waits on body.
extends SceneTree

const DEADLINE_MSEC = 120000

func _init():
	var host = OS.get_environment("BENCH_HOST")
	var port = int(OS.get_environment("BENCH_PORT"))
	var path = OS.get_environment("BENCH_PATH")
	var count = int(OS.get_environment("BENCH_COUNT"))
	var warmup = int(OS.get_environment("BENCH_WARMUP"))
	var deadline = OS.get_ticks_msec() + DEADLINE_MSEC
	var http = HTTPClient.new()
	http.blocking_mode_enabled = true
	http.read_chunk_size = 1048576
	var start = OS.get_ticks_usec()
	var result = {"ok": false, "requests": 0, "bytes": 0, "usec": 0}
	if http.connect_to_host(host, port) != OK:
		_finish(result)
		return
	while http.get_status() == HTTPClient.STATUS_CONNECTING or http.get_status() == HTTPClient.STATUS_RESOLVING:
		http.poll()
		if OS.get_ticks_msec() > deadline:
			_finish(result)
			return
	if http.get_status() != HTTPClient.STATUS_CONNECTED:
		_finish(result)
		return
	var bytes = 0
	for i in range(warmup + count):
		if i == warmup:
			start = OS.get_ticks_usec()
			bytes = 0
		if http.request(HTTPClient.METHOD_GET, path, []) != OK:
			_finish(result)
			return
		while http.get_status() == HTTPClient.STATUS_REQUESTING and OS.get_ticks_msec() < deadline:
			http.poll()
		while http.get_status() == HTTPClient.STATUS_BODY and OS.get_ticks_msec() < deadline:
			http.poll()
			bytes += http.read_response_body_chunk().size()
		if http.get_response_code() != 200 or http.get_status() != HTTPClient.STATUS_CONNECTED:
			_finish(result)
			return
		result["requests"] = i + 1 - warmup
	result["usec"] = OS.get_ticks_usec() - start
	result["bytes"] = bytes
	result["ok"] = true
	http.close()
	_finish(result)

func _finish(result):
	print("BENCH_RESULT " + to_json(result))
	quit()
