import sys, json, time
sys.path.insert(0, "/work/wt/vid13")
from threadpoolctl import threadpool_limits
from tests.logbook.video.nightclips import train as T
if __name__ == "__main__":
  t0 = time.time()
  with threadpool_limits(1):
    clips = T.dev_clips(len(T.NIGHT_SEEDS), len(T.INDEP_SEEDS), 1)
  json.dump(clips, open("/tmp/vid13/trainclips.json", "w"))
  print("done", len(clips), time.time() - t0)
