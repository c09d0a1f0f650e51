"""The GIL is released while the pipeline runs: two threads aligning at once
give the results of one thread, and Python code runs while a thread aligns."""
import threading
import time
import unittest

from cli_util import SRC, TGT, ModelTestCase, read


class ThreadTest(ModelTestCase):

    def test_two_threads_give_the_results_of_one(self):
        pairs = [(read(SRC), read(TGT)), (read(TGT), read(SRC))]
        langs = [("en", "fr"), ("fr", "en")]
        alone = [self.model.check(s, t, src_lang=a, tgt_lang=b) for (s, t), (a, b) in zip(pairs, langs)]
        results = [[None] * 3, [None] * 3]
        barrier = threading.Barrier(2)

        def work(i):
            barrier.wait()
            for k in range(3):
                results[i][k] = self.model.check(*pairs[i], src_lang=langs[i][0], tgt_lang=langs[i][1])

        threads = [threading.Thread(target=work, args=(i,)) for i in range(2)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        for i in range(2):
            for k in range(3):
                self.assertEqual(results[i][k], alone[i], (i, k))

    def test_python_runs_while_a_thread_aligns(self):
        # With the GIL held through the call, the main thread could not take a single
        # step inside it. The story is repeated until one call lasts long enough to
        # tell (doubling, so a fast machine only costs a larger input, never a skip).
        steps_inside = None
        for copies in (6, 12, 24, 48, 96, 192):
            src, tgt = read(SRC) * copies, read(TGT) * copies
            span = {}

            def work():
                span["begin"] = time.perf_counter()
                self.model.align(src, tgt, check=False)
                span["end"] = time.perf_counter()

            thread = threading.Thread(target=work)
            steps = []
            thread.start()
            while thread.is_alive():
                steps.append(time.perf_counter())
                time.sleep(0.001)
            thread.join()
            begin, end = span["begin"], span["end"]
            # The middle half of the call, away from the moments the GIL changes hands.
            steps_inside = [t for t in steps if begin + (end - begin) / 4 < t < end - (end - begin) / 4]
            if end - begin >= 0.2:
                break
        self.assertGreaterEqual(end - begin, 0.2, "no call lasted long enough to tell")
        self.assertGreater(len(steps_inside), 10)

if __name__ == "__main__":
    unittest.main()
