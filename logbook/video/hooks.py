"""What the video app adds to the hook points of accounts (accounts/hooks.py).

Imported once by VideoConfig.ready().
"""

from accounts import hooks

from .selectors import report_videos_section
from .views.uploads import episode_videos_section

# The doctor's report lists each video of its period with its moment counts.
hooks.register(hooks.REPORT_SECTION, report_videos_section, key="videos")
# An episode's page shows its videos and the upload widget.
hooks.register(hooks.EPISODE_SECTION, episode_videos_section, key="videos")
