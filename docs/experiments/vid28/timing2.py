import importlib.util, sys, time
from logbook.video.decoding import grey_frames, ReadBudget
def load(path, name):
    spec = importlib.util.spec_from_file_location(name, path, submodule_search_locations=None)
    m = importlib.util.module_from_spec(spec); m.__package__ = "logbook.video.motion"; sys.modules[name] = m; spec.loader.exec_module(m); return m
old = load("/work/main/logbook/video/motion/series.py", "logbook.video.motion.series_main")
new = load("/work/wt/vid28/logbook/video/motion/series.py", "logbook.video.motion.series_new")
tot = {"main": 0.0, "vid28": 0.0}; n = 0
for clip in sys.argv[1:]:
    with grey_frames(clip, side=320, budget=ReadBudget()) as src:
        fps, size = src.fps, src.size
        frames = [g for _, g in src.frames]
    n += len(frames)
    for name, mod in (("main", old), ("vid28", new)) * 1:
        best = 1e9
        for _ in range(5):
            a = mod._Analyser(fps, size); t = time.process_time()
            for g in frames: a.push(g)
            best = min(best, time.process_time() - t)
        tot[name] += best
print(f"{n} frames: analysis CPU main {tot['main']:.3f} s, vid28 {tot['vid28']:.3f} s ({100*(tot['vid28']/tot['main']-1):+.1f} %); per frame {1000*tot['main']/n:.3f} vs {1000*tot['vid28']/n:.3f} ms")
