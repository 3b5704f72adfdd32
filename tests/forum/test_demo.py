from forum.demo import seed_forum
from forum.models import Outcome, Post, PostState, Reaction, Thread


def test_demo_seeder_is_idempotent_and_lively(db):
    lines = []
    seed_forum(lines.append)
    threads = Thread.objects.count()
    assert threads == 36
    assert Post.objects.filter(state=PostState.PUBLISHED).count() > 150
    assert Reaction.objects.exists()
    assert Outcome.objects.count() == 10
    assert Post.objects.filter(state=PostState.HELD).exists()  # moderation was not bypassed
    seed_forum(lines.append)
    assert Thread.objects.count() == threads
