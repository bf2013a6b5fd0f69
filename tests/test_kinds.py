"""Per-kind tables: what each rule must find, with the values, and what it must not."""

import re

import pytest

from extract.text.normalise import normalise_text, split_sentences
from tests.conftest import claims_of


def values(sentence, kind):
    return sorted((c.low, c.high) for c in claims_of(sentence, kind))


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("It achieves a 3.7x speedup over a DGX H100.", [(3.7, 3.7)]),
        ("Our method is x17.7 faster than the baseline.", [(17.7, 17.7)]),
        ("It is 48times faster.", [(48, 48)]),
        ("Throughput rises 1.53times~20.57times over vLLM.", [(1.53, 20.57)]),
        # LaTeX's tie between a number and its sign is a space; between numbers, a range
        ("It runs 3.5~times faster.", [(3.5, 3.5)]),
        ("It runs 2~4x faster.", [(2, 4)]),
        ("It is 3.65 sim 39.14times faster than Allo.", [(3.65, 39.14)]),
        ("We reach 2.35times sim 3.47times throughput.", [(2.35, 3.47)]),
        ("It gives a 3.2$\\times$ speedup.", [(3.2, 3.2)]),
        ("We see speedups of 2x to 13x.", [(2, 13)]),
        (
            "Speedups of 1.03-2.4x and 41-137times, 631-1074times speedup.",
            [(1.03, 2.4), (41, 137), (631, 1074)],
        ),
        ("It achieves 4.96x and 5.75x speedup.", [(4.96, 4.96), (5.75, 5.75)]),
        ("It reduces simulation time 2,000-fold.", [(2000, 2000)]),
        ("FLOPs drop 150 fold.", [(150, 150)]),
        ("It is 2.02 times faster than TensorRT-LLM.", [(2.02, 2.02)]),
        ("It improves tail latency by an order of magnitude.", [(10, 10)]),
        ("It gives an order-of-magnitude reduction in cost.", [(10, 10)]),
        # a factor without a sign after `a factor of`; not a factor that is a setting
        ("It speeds up inference by a factor of 3.5 on Jetson Nano.", [(3.5, 3.5)]),
        ("It cuts traffic by a factor of two, and by a factor of 2 to 3.", [(2, 2), (2, 3)]),
        ("We use a replication factor of 3 and a scaling factor of 0.5.", []),
        ("Runtime drops by a factor of up to 5times.", [(5, 5)]),
        ("It is more than two orders of magnitude faster.", [(100, 100)]),
        # number words open sentences too
        ("Two orders of magnitude faster than the CPU baseline.", [(100, 100)]),
        ("Three times faster than vLLM, it also saves memory.", [(3, 3)]),
        ("Ten-fold fewer FLOPs are needed.", [(10, 10)]),
        ("Speeds of 1.9x-2.7x lower prefill latency.", [(1.9, 2.7)]),
        ("It is 3\u00d7 faster and 2\u0445 cheaper.", [(2, 2), (3, 3)]),
        # ranges written with between/and and from/up to are one claim
        ("Kernels run between 2.5x and 7.1x faster than cuBLAS.", [(2.5, 7.1)]),
        ("It gives a 3.86-to-10.91x energy reduction.", [(3.86, 10.91)]),
        ("Gains range between 4$\\times$ and 9$\\times$ on all inputs.", [(4, 9)]),
        ("It scales from 1.2x up to 3.4x over the CPU.", [(1.2, 3.4)]),
        # LaTeX inline math and Unicode mathematical letters for the sign
        ("The kernel is 5.5\\(\\times\\) faster.", [(5.5, 5.5)]),
        ("It gives 2{\\times} higher throughput.", [(2, 2)]),
        ("It is 6.3\U0001d465 faster than PyTorch.", [(6.3, 6.3)]),
        ("It is \u22482x faster than PyTorch.", [(2, 2)]),
        # negatives: not speedups
        ("Between 3 and 5 layers are pruned, and 2x and 4x grids are tried.", [(2, 2), (4, 4)]),
        ("We serve Mixtral 8x7B on x86 servers.", []),
        # a product's name; a product of spaces in LaTeX maths
        ("Experiments on the AgiBot X2 humanoid beat the prior baseline.", []),
        ("It is X2 faster than Y.", [(2, 2)]),
        ("It filters on $\\mathbb{SE}(3) \\times \\mathbb{R}^3$ and beats B.", []),
        ("A 64times64 systolic array with 2x2 tiles and a 1x1 convolution.", []),
        ("We use 8x A100 GPUs.", []),
        ("The job was repeated 5 times.", []),
        ("Several orders of magnitude faster.", []),
        ("It has 4times70 billion parameters.", []),
        # `x86` names an architecture even where a comparison is near
        ("It is 23.8x faster than one x86 CPU core and x86-64 servers.", [(23.8, 23.8)]),
        # factors that count devices in configurations
        ("We compare A100 GPUs (in 4x and 8x configurations) with it.", []),
        ("The 2x setup is 3x faster than the 1x setup.", [(3, 3)]),
        # `N-fold:` opens a list of parts, a fold before anything else is a factor
        ("Our approach is threefold: first, we prune.", []),
        ("The speedup is threefold over vLLM.", [(3, 3)]),
        # the folds of a data split are no factor; a fold beside them still is
        ("We score over five-fold cross-validation and a 10-fold CV.", []),
        ("A 5-fold speedup over X holds under 5-fold cross validation.", [(5, 5)]),
        ("The square tiling has a 4-fold rotational symmetry.", []),
        # a fold said of a subject counts its parts, unless the subject is a change
        ("In this work, our contribution is two-fold. Our innovations are threefold.", []),
        ("The speedup is threefold. Gains are five-fold; costs fall.", [(3, 3), (5, 5)]),
        # a fold in words before a noun with no comparison near counts parts too
        ("We use a two-fold pretext task (time regression and class prediction).", []),
        ("We propose a three-fold strategy for pruning.", []),
        ("It gives a two-fold speedup and a tenfold cut in memory.", [(2, 2), (10, 10)]),
        # a decimal factor counts no devices; a measure of the devices is what changed
        (
            "It gives up to 95.7\u00d7 CPU speedup and 8.5\u00d7 GPU speedup.",
            [(8.5, 8.5), (95.7, 95.7)],
        ),
        ("It serves 2\u00d7 higher request rates or 3\u00d7 GPU savings.", [(2, 2), (3, 3)]),
        ("It restores FP32 performance, achieving >15\u00d7 FP32 gain.", [(15, 15)]),
        ("The job runs on 4x GPU nodes.", []),
        # a `by` right before a spaced `times` makes it a factor, not a repetition count
        ("It raises serving throughput by up to 2.7 times.", [(2.7, 2.7)]),
        ("The job was run by the team 5 times.", []),
        # a verb of doing again counts repetitions, even before `over`
        ("The fields were observed 52 times over the growing season.", []),
        ("Each model is evaluated 5 times over different seeds.", []),
        ("It improves throughput 3 times over vLLM.", [(3, 3)]),
        ("Training is run 3 times faster than before.", [(3, 3)]),
        # a spaced `times` listed after a factor is one too
        (
            "Inference is accelerated by 2.3 times on CPU and 1.4 times on GPU.",
            [(1.4, 1.4), (2.3, 2.3)],
        ),
        # `speedup factor of` is a factor without its sign too
        ("It enables a speedup factor of 2.3 on A.", [(2.3, 2.3)]),
        # every factor of a list after `speedup of`, signs or not
        ("It gets a speed-up of 4.7 and 2.9 on CPU and GPU.", [(2.9, 2.9), (4.7, 4.7)]),
        ("It gets speedups of 1.9, 2.4, and 3.1 on A.", [(1.9, 1.9), (2.4, 2.4), (3.1, 3.1)]),
        # a list of percents or a range after it is no factor of it
        ("It gets a speedup of 2 and 40% lower memory.", [(2, 2)]),
        ("It gets a speedup of 2 and 3 GB less memory.", [(2, 2)]),
        # a range with its first hyphen suspended is one claim
        ("It gives a 10- to 20-fold cut in energy per token.", [(10, 20)]),
        ("It gives $2.1$--$5.7\\times$ speedups on GPUs.", [(2.1, 5.7)]),
        ("It gives a 3-fold gain on 10- to 20-core nodes.", [(3, 3)]),
        # a factor whose sign the page dropped, before `speedup`: decimals only, no name before
        ("It can achieve up to 11.51 performance speedup over B.", [(11.51, 11.51)]),
        ("It achieves 1.29-8.72 speedup over B, C, and D.", [(1.29, 8.72)]),
        ("We apply 2 speedup techniques.", []),
        ("Llama 3.1 speedups are large.", []),
        # a sign glued to its comparative, as text taken from a PDF has it
        ("Our approach requires up to 20\u00d7less computational resources.", [(20, 20)]),
        ("It shows an advantage in computation speed (10\u00d7faster).", [(10, 10)]),
        ("It runs on 2xlarge and p4d.24xlarge instances.", []),
        # a spaced `times` sizing the change its aside follows, or bounding a speedup further back
        ("It can shorten the gesture labeling process (~2.8 times).", [(2.8, 2.8)]),
        ("It gets a speedup in latency and throughput up to 2.28 times.", [(2.28, 2.28)]),
        ("Each labelling pass is repeated (5 times).", []),
        # two qualifiers after `by`; a spaced `times` read past the rest of its list
        ("It cuts transmission energy by at least about 2.24 times.", [(2.24, 2.24)]),
        ("It is 2.7 times and 10.9 times better than A.", [(2.7, 2.7), (10.9, 10.9)]),
        # a super-resolution's scale is no factor of a change
        ("We evaluate with 2x, 3x, and 4x scaling factors.", []),
        ("It gains 0.3 dB PSNR in the x4 rescaling.", []),
        ("We capture videos with 2x, 3x, and 4x magnifications.", []),
        ("A demo shows 4x slow-motion generation at 30 fps.", []),
        (
            "It speeds the reconstruction up by 3x, speeding up inference >1000 times.",
            [(3, 3), (1000, 1000)],
        ),
        # `speed up` after a spaced `times` is the comparative, as `speedup` is
        ("It achieves up to a 40 times speed up.", [(40, 40)]),
        ("We evaluate it up to a 40 times zoom.", []),
        # the scales a list of scaling factors names
        ("It resolves faces at multiple scaling factors (2x, 4x, 8x and even 16x).", []),
        # how often something was done is no factor
        ("As a result, we succeeded 3 times in grasping the cup.", []),
        # an exponent is no number of its own
        ("With K experts it runs K^2 times faster and uses K^2 times less memory.", []),
        # a number after the sign makes a product of sizes
        ("The prototype measures 71 mm x 21.5 x 15 mm.", []),
        ("The rotor is 25.8 x 12.5 mm2 in size.", []),
        # ... but not a value rendered twice
        ("It cuts memory by as much as 4.2\\times4.2\\times.", [(4.2, 4.2)]),
        # a sign joined by a hyphen to a word that is no comparative names a variant
        ("On NTU RGB+D 60 X-Sub it beats RF-DETR (2x-large) and runs 3x-faster.", [(3, 3)]),
        ("It decodes from 1024x-compressed latents.", [(1024, 1024)]),
        # a range whose ends LaTeX sets one by one; a code point is no factor
        (
            "It gains $1.11\\times$ to $1.61\\times$ with 91% accuracy$\\unicode{x2014}$and more.",
            [(1.11, 1.61)],
        ),
        # before a power of ten the sign writes a number in scientific notation
        ("The stiffness reaches 2.5 x 10^4 N/m and the design runs 3x faster.", [(3, 3)]),
        ("It holds $4\\times10^{5}$ states.", []),
        # LaTeX may set the number alone in maths, or the sign first
        ("It cuts complexity by over $10$x and runs $3$ times faster.", [(3, 3), (10, 10)]),
        ("It yields $\\times 4.5$ and $\\times 3.5$ fewer failures.", [(3.5, 3.5), (4.5, 4.5)]),
        ("It uses $3 \\times 3$ kernels.", []),
        # a range may open at a slowdown and still claim a speedup at its end
        ("It reaches 0.9x-4.2x speedup over the compiler.", [(0.9, 4.2)]),
        ("It is 0.8x as fast as the baseline.", []),
        # a multiple of another's measure compares
        ("The pool sustains up to 3.4 times the throughput of static sharding.", [(3.4, 3.4)]),
        ("We repeat the run 5 times the same way.", []),
        # a factor whose sign the page dropped, before an acronym's speedup
        ("It achieves up to 1.33 end-to-end TPOT speedup on A40.", [(1.33, 1.33)]),
        # a list whose items share the last one's `-fold`
        ("It achieves 40- and 2.5-fold latency reductions.", [(2.5, 2.5), (40, 40)]),
        ("It gives 2-, 3- and 5-fold speedups.", [(2, 2), (3, 3), (5, 5)]),
        # a k-fold split of the data is no factor
        ("We evaluate with 5-fold cross-validation and a 3-fold sliding-window CV.", []),
        # LaTeX's thin space before its sign; a product of counts is no factor
        (r"It gives up to $2.5\!\times$ kernel speedup.", [(2.5, 2.5)]),
        (r"Each cell pairs 70 tasks $\times$ 3 systems $\times$ 5 seeds.", []),
        # a range's dash set as LaTeX text
        (r"It speeds the kernels up by $6.9\text{--}7.4\times$ over RVV.", [(6.9, 7.4)]),
        # a k-fold evaluation protocol is no factor
        ("It outperforms the baselines by 13.94 points under a unified 5-fold protocol.", []),
        ("It achieves a 5-fold cross-validated F1 of 73.4%.", []),
    ],
)
def test_speedup(sentence, expected):
    assert values(sentence, "speedup") == expected


@pytest.mark.parametrize(
    "sentence, expected, qualifier, direction",
    [
        ("EnergonAI achieves 37% latency reduction.", (37, 37), None, "decrease"),
        ("It reduces GPU memory usage by up to 60%.", (60, 60), "up_to", "decrease"),
        ("We need 30% more servers.", (30, 30), None, "increase"),
        ("It is 65-92% faster.", (65, 92), None, "increase"),
        ("It improves accuracy by 65.8\\% over the baseline.", (65.8, 65.8), None, "increase"),
        ("It yields 36% cost savings.", (36, 36), None, "decrease"),
        ("It achieves 1.9% higher accuracy.", (1.9, 1.9), None, "increase"),
        (
            "It improves MMLU by 15.1 percentage points on average.",
            (15.1, 15.1),
            "average",
            "increase",
        ),
        ("It speeds up sublayers by 30% geomean.", (30, 30), "average", "increase"),
        ("It reduces latency by 35% at most.", (35, 35), "up_to", "decrease"),
        # changes `ranging from` one value to another are a range, not a level moving
        ("It gives gains ranging from 5% to 23%.", (5, 23), None, "increase"),
        # a sentence opening `On average,` qualifies its changes that have no qualifier
        ("On average, it cuts the makespan by 19%.", (19, 19), "average", "decrease"),
        ("On average, it cuts the makespan by up to 19%.", (19, 19), "up_to", "decrease"),
        ("Throughput improves by over 10%.", (10, 10), "at_least", "increase"),
        ("Accuracy improves by above 5% on ImageNet.", (5, 5), "at_least", "increase"),
        ("Engagement metrics move (up to +2.66\\%).", (2.66, 2.66), "up_to", "increase"),
        (
            "Human--AI Flows add +54 absolute points in terms of solve rate.",
            (54, 54),
            None,
            "increase",
        ),
        ("Compile time drops between 12% and 18% on every model.", (12, 18), None, "decrease"),
        (
            "It runs close (between $1.3\\%$ and $18.5\\%$ running time overhead) to Rust.",
            (1.3, 18.5),
            None,
            "increase",
        ),
        # points after `by` are a change in percentage points
        ("It improves the F1 score by 4.2 points.", (4.2, 4.2), None, "increase"),
        ("Accuracy drops by up to 2 points on ImageNet.", (2, 2), "up_to", "decrease"),
        # points of a score, lost or sacrificed, are a change too
        ("Pruning loses 1.2 points of top-1 accuracy.", (1.2, 1.2), None, "decrease"),
        ("It sacrifices 0.4 points of F1 for speed.", (0.4, 0.4), None, "decrease"),
        ("Throughput rises by 250.5% relative to the GPU.", (250.5, 250.5), None, "increase"),
        # change nouns after the value, and verbs of rising and falling before it
        ("We see a 25% decline in tail latency.", (25, 25), None, "decrease"),
        ("It results in a 12% growth in memory usage.", (12, 12), None, "increase"),
        ("Throughput rose 25% over vLLM.", (25, 25), None, "increase"),
        ("Latency fell by 30% compared with Orca.", (30, 30), None, "decrease"),
        ("It reduces latency by close to 90%.", (90, 90), "approx", "decrease"),
        # a level word in another phrase after the value does not make it a level
        ("It improves throughput by 3% with accuracy loss.", (3, 3), None, "increase"),
        ("It cuts cost by 30% at 90% GPU utilization.", (30, 30), None, "decrease"),
        # a value in an aside gives the change its parenthesis follows
        (
            "It achieves accuracy improvements over LLMs (12.3% for the small models).",
            (12.3, 12.3),
            None,
            "increase",
        ),
        (
            "It shows large gains for Redis (with up to 150% for sequential reads).",
            (150, 150),
            "up_to",
            "increase",
        ),
        ("Costs fell 10-20 per cent.", (10, 20), None, "decrease"),
        # the change beside levels moving with an arrow, and a change before an arrow of prose
        ("It gains 5% on MMLU (70% $\\rightarrow$ 75%).", (5, 5), None, "increase"),
        ("It cuts latency by 40% -> a clear win.", (40, 40), None, "decrease"),
        # the change beside a share of cases, an interval and a from-to in LaTeX
        ("It reduces latency by 30% in 90% of the runs.", (30, 30), None, "decrease"),
        ("It cuts errors by 12% (95% CI [8%, 16%]) overall.", (12, 12), None, "decrease"),
        ("It lifts accuracy by $+3.5\\%$, from $82\\%$ to $85\\%$.", (3.5, 3.5), None, "increase"),
        ("It cuts 84% of the data accesses.", (84, 84), None, "decrease"),
        # a range written in maths is one claim, as `4-6%` is
        ("It gains $4$--$6\\%$ throughput on the larger model.", (4, 6), None, "increase"),
        ("It lowers ITL by $16.0\\%$--$50.0\\%$ over A.", (16, 50), None, "decrease"),
        # a percentage written with `points` is a difference of points
        ("It beats the baseline by 1.89% accuracy points.", (1.89, 1.89), None, "increase"),
        ("Models perform 1-3% points higher than before.", (1, 3), None, "increase"),
        # a qualified aside sizes the change noun after it, or the change verb's object before
        ("It leads to a significant (up to 100%) boost.", (100, 100), "up_to", "increase"),
        ("Instruction tuning enhances alignment (~6%) overall.", (6, 6), "approx", "increase"),
        ("It reduces latency (by up to 30%) for long prompts.", (30, 30), "up_to", "decrease"),
        # a sign touching the value after `by`, and a downgrade
        (
            "It fails, with performance dropping by >23%, and often stalls.",
            (23, 23),
            "at_least",
            "decrease",
        ),
        ("It runs with a performance downgrade of 1%-5%.", (1, 5), None, "decrease"),
        ("It runs with a performance degradation of 2%.", (2, 2), None, "decrease"),
        # a loss of quality is a change; a change noun's `in` names the level that changed
        ("It prunes 15.3x of weights with accuracy loss of 0.03%.", (0.03, 0.03), None, "decrease"),
        ("It runs at a performance loss of less than 5%.", (5, 5), "up_to", "decrease"),
        ("It keeps a reduction in accuracy of less than 1%.", (1, 1), "up_to", "decrease"),
        # an aside right after the change word sizes it
        ("It significantly improves (3-4%) networks.", (3, 4), None, "increase"),
        # an arrow signs the change, before the value or after it
        ("It improves truthfulness ($\\uparrow$ 142\\%) overall.", (142, 142), None, "increase"),
        ("It can trim down the energy cost (up to ↓60%).", (60, 60), "up_to", "decrease"),
        ("It reaches 98.9% (11.9%↑) on unseen generators.", (11.9, 11.9), None, "increase"),
        # a `by` sizes a change of the measure a level word after it names
        ("It improves strong baselines by 2.5% top-1 accuracy.", (2.5, 2.5), None, "increase"),
        # ... and so does one of the object after it: a share needs no `by`
        ("It cuts by 30% the cost of training.", (30, 30), None, "decrease"),
        # what a change keeps opens after it, no level
        ("It cuts latency by 33.4% without accuracy loss.", (33.4, 33.4), None, "decrease"),
        # a value after `at` past a change's phrase sets where it holds
        (
            "It gives an average 29% energy reduction at an 81% pass rate.",
            (29, 29),
            "average",
            "decrease",
        ),
        # LaTeX may set each end of a range on its own
        ("It gives $31.9\\%$ - $46.6\\%$ faster inference.", (31.9, 46.6), None, "increase"),
        # `equal to` sizes the change: no level the change reaches
        (
            "It gives an accuracy improvement equal to 15.4% overall.",
            (15.4, 15.4),
            None,
            "increase",
        ),
        # points may be a range, a signed range, or glued to LaTeX's closing `$`
        (
            "It beats the strongest baseline by 3.4 to 10.3 percentage points.",
            (3.4, 10.3),
            None,
            "increase",
        ),
        ("It lifts recall by +12 to +40 points on the benchmark.", (12, 40), None, "increase"),
        ("It improves F1 by 1.5--2.5 points across backbones.", (1.5, 2.5), None, "increase"),
        ("It solves 12 more tasks ($+3.1$pp) than the baseline.", (3.1, 3.1), None, "increase"),
        # `%p` writes percentage points: a change wherever it stands
        ("It gains 6.5%p in recall on the test split.", (6.5, 6.5), None, "increase"),
        ("It shows a 6.7-point overall gain over the text baseline.", (6.7, 6.7), None, "increase"),
        (
            "It tops a self-graded agent ($54.0\\%$, a $+2.9$-point mean gain).",
            (2.9, 2.9),
            None,
            "increase",
        ),
        # the score's name may stand between a `by`'s value and its points
        (
            "The best open embedder trailed it by 2.31 Recall@5 points.",
            (2.31, 2.31),
            None,
            "decrease",
        ),
        # a percentage written with its spread is its first number
        ("It needs $46.4 \\pm 4.3\\%$ fewer steps.", (46.4, 46.4), None, "decrease"),
        # signed points in maths, a space before their unit
        ("It lifts success to 86.7 % ($+12.3$ pp, $p<0.01$).", (12.3, 12.3), None, "increase"),
        # percentage points hyphenated before their change noun
        ("Recall fell sharply (a 12.5-percentage-point drop).", (12.5, 12.5), None, "decrease"),
        # a range whose both ends are signed is one range; a `by` gives its verb's direction
        (
            "Pruning cuts the per-step cost by +18% to +25% over the dense model.",
            (18.0, 25.0),
            None,
            "decrease",
        ),
        ("The judges are lenient (+1.5% to +4.2%).", (1.5, 4.2), None, "increase"),
        # the bounds after an interval's name and colon are levels
        (
            "QD was 0.135% below A (95% BCa interval for the paired effect: -0.556% to +0.161%).",
            (0.135, 0.135),
            None,
            "decrease",
        ),
        # LaTeX's arrows and bounds touching the number
        (r"It gains up to $\uparrow5.25\%$ in success rate.", (5.25, 5.25), "up_to", "increase"),
        (r"It cuts the cost by $\geq9.79\%$.", (9.79, 9.79), "at_least", "decrease"),
        # points are differences: a change noun's `from` opens a range of them
        (
            "Corrected labels yield accuracy gains from +9 to +22 percentage points.",
            (9.0, 22.0),
            None,
            "increase",
        ),
    ],
)
def test_percent_change(sentence, expected, qualifier, direction):
    found = claims_of(sentence, "percent_change")
    assert [(c.low, c.high) for c in found] == [expected]
    assert found[0].qualifier == qualifier
    assert found[0].direction == direction


@pytest.mark.parametrize(
    "sentence",
    [
        "Training reaches 55.2% MFU on 1024 GPUs.",
        "It achieves 40% of peak throughput.",
        "It has a scaling efficiency of 89%.",
        "It reaches an accuracy of 97.9% on the test set.",
        "It beats the previously reported result of 73% by Smith (1990).",
        "It matches the best performance of 91.2% on SST-2.",
        "The agent has a 14.0% success rate.",
        "It spends 47% time of the entire model execution.",
        "Utilisation moves from 23.2% to 71.3%.",
        # where a change ends, past a sign of approximation
        "Other methods drop to ~22% of the optimum.",
        "Other methods drop to \u2248 22% of the optimum.",
        # a list's first qualifier (`less than`) is no change word of the next value
        "Trials show tracking errors of less than 3.7% in A and less than 5.9% in B.",
        # a setting's words after a level say no change
        "Efficiency was 41.27% against 36.93% for the rigid case and 21.51% for the more "
        "compliant case.",
        # levels moving written with an arrow
        "It lifts accuracy (74.4%->82.1% on GSM8K, 78.2%->83.0% on DROP).",
        "Accuracy rises 74.4% \u2192 82.1% on GSM8K.",
        "Accuracy rises from 70\\% $\\rightarrow$ 75\\%.",
        "Accuracy ranges from 70% to 80% on the three tasks.",
        "The team scored 54 points in the final round.",
        "The model scores 85 points, passed by 2 reviewers.",
        "The model reaches 85 points of accuracy on the test.",
        "Between 40% and 60% of the requests hit the cache.",
        "Accuracy is 71.2%, 74.5%, and 80.1% on the three tasks.",
        # a qualifier's comparative is no change word, and a level's `of` may take a qualifier
        "It is a workload accounting for more than 79% of the total.",
        "It keeps cache hit rates of over 85% across workloads.",
        "Detection is accurate (higher than 80% in terms of detection rate).",
        # an aside holding only a value restates a level
        "It is a large improvement over the roofline error (22.0%).",
        "Our method significantly improves accuracy (92.1%) on the test set.",
        "On WebArena, SteP improves (14.9% to 33.5%) over prior agents.",
        # a setting's level after `at`, though a change word follows its phrase
        "The true detect rate at 1% false detect rate improved from 93.41% to 95.1%.",
        "It degrades gracefully at 1% message drops.",
        # the share of cases a change holds for is a level
        "It improves throughput for 98% of the workloads.",
        # a loss rate is a level
        "Packet loss of 5% is common on the link.",
        "The training loss of 2.3% is low.",
        # a threshold after `below` or `above` is a level
        "Performance does not drop below 80% of the standalone run.",
        "Utilisation stays above 90% on every node.",
        # where a change ends, after `to`, is a level, past a qualifier and LaTeX too
        "It improves accuracy to 85%.",
        "It reduces the attack success rate to at most 2.0\\% on every model.",
        "It lifts Qwen2.5-Omni-7B to 36.22\\% on the benchmark.",
        "It raises macro-F1 from ${\\sim}$81\\% to ${\\sim}$90\\% on the task.",
        "It increases accuracy from $77.3\\%$ to $87.1\\%$ on triage.",
        # a confidence level and the bounds of its interval
        "It cuts errors (95% CI [78.02%, 81.49%] across 10 seeds) for all.",
        # a value in LaTeX restated in an aside, and the share of cases a change holds in
        "It leads to a higher conversion rate ($28.1\\%$).",
        "It serves 2x more requests within $99\\%$ SLO attainment.",
        "It yields gains in \\textit{\\textbf{78\\%}} of evaluated settings.",
        "It improves accuracy in over 60% of the cases.",
        "This gain was achieved with only 15% of samples.",
        "It reaches 52%, surpassing the previous best of 45% on the task.",
        "It improves from 63.82% (zero-shot) to 80.46% with retrieval.",
        "Utilisation rises to 85% on every node.",
        "Energy use was cut to 60% of the baseline.",
        # a bound on how close a value comes is a level
        "It keeps accuracy within 0.5% of the FP16 baseline.",
        # a level word after a noun or two of what is measured
        "It accelerates 21x with only 3% resources utilization.",
        "It runs faster at 90% GPU utilization.",
        # a `by` that opens a gerund gives the means, not the size of a change
        "Our approach shows state-of-the-art performance by achieving 56.86% mIoU on KITTI.",
        # two levels set side by side are no change, even after a comparative
        "Proprietary models score higher on attribution (25.0% vs. 1.4%) on the task.",
        "It improves over a baseline: 100% vs 79% success rate for the bottom T-block.",
        # what a colon lists are levels, unless a change noun opens them
        "Our detectors achieve a better speed-accuracy balance: 35.1% AP at 22 FPS.",
        # the comparator's level after a verb that beats it and an article
        "It reaches 63.3% on the task, surpassing the 58.5% obtained by GPT-4o.",
        # a `by` that names an agent sizes no change of the level after it
        "The stage is followed by 95% accuracy on the test split.",
        # how often a method wins is a share of cases, a level
        "CEIMP outperforms the average baseline 90.6% of the time when energy is cheap.",
        # a fraction of a measure written without its `of` is a share, after a change noun too
        "It clears a drop in height of over 25% the length of the robot leg.",
        "It reaches parity at 10% the cost of training.",
        # a score set to its level, and a comparator's own in the aside after its name
        "It uses fewer FLOPs than ActionFormer++ (55.7% mAP at 235G).",
        "It surpasses the baseline (PR-AUC = 93.7%, F1 = 90.5%) with fewer parameters.",
        "It beats V2P-7B (50.6% with 9.6M samples) and GTA-1-7B (50.1% with 1.56M samples).",
        # the later values of a list after `to` are where the change ends too
        "It boosts accuracy to 90.7% on GSM8K and 63.7% on MATH.",
        # a word may open the level a from-to change reaches
        "It raises pass@1 from 17.4% to an impressive 57.3% on the benchmark.",
        # a value after `at` past the change's own value sets where it holds
        "It outperforms prior methods by 2.1x at 10% retention budget.",
        # the comparator's own level after a verb that beats it, its `upon` and an article
        "It gains a lot, substantially improving upon the 20% RFT baseline.",
        # what a change keeps (`without ...`) says nothing of the level before it
        "It compresses sequence length to 15% without accuracy degradation.",
        # a change noun after another value is that value's
        "It brings a 3x memory reduction, a 48.2% panoptic quality, and a small model.",
        # what a share exceeds is a level
        "Inference dominates serving, often exceeding 90% of total cost.",
        # what ranges is a level unless a change noun names it
        "It outperforms the baselines under pruning ratios ranging from 20% to 60%.",
        "Models stay stable up to 20% synthetic data, but degradation accelerates beyond 30%.",
        # a gap a score stays within is a level, in points as in percent
        "Its score stays within ~1.2 percentage points of the teacher.",
        # a share of a change is a level of it
        "Bot-authored commits accounted for less than 0.4% of this growth.",
        "Reviews contributed an estimated 10-15% of the increase.",
        # a number glued to a letter is no score's value before `points`
        "The prototypes are shared by diverse 3D points.",
        # a rank's cut
        "Gains further increase at stricter cut-offs such as top-30%.",
        "Accuracy in the top 10% rises with scale.",
        # a share of a named owner's change; the share of a measure a result is had at
        "It recovers 92% of GRPO's validation-accuracy gain.",
        "It recovers up to 83% of the fairness loss for cell-edge users.",
        "It captures most of the gain at 63% of the cost.",
        # a level of a comparator in its aside, however long the list of them
        "It beats SemanticTTL (14.9% stale, 72% saved), vCache (7.2% stale, 47% saved), "
        "and SCALM (5.2% stale, 96% saved).",
        "It keeps a 108.27% relative performance on the benchmark.",
        # a share of cases as the subject of its verb
        "We find 10% contained defects requiring reduced judgments.",
        # a label's number opens no range; a level moving may say where each level holds
        "Detection drops from 72.0% at Stage 1 to 50.9% at Stage 4.",
        # signed levels moving, with no change noun
        "Daily portfolio return ranges from -12% to +9% across the four agents.",
        # a value beside another's level after `versus`, past its aside
        "Masking reduces attack accuracy to chance (50.0%) versus 61.2% for the open model.",
        # a bound is a level
        "Its gain has a lower bound of 0.04%, and its cost upper bound is 5.5%.",
        # a hyphenated point size with no change noun after it
        "Both deltas stay under the preregistered 5-percentage-point equivalence bound.",
        # a LaTeX list after a level's `to`
        "Its cost rises to $9.1\\%$ and $37.5\\%$ at larger scales.",
        # a level moving whose first level an article and its noun wrap
        "The exam framing raises attack success from a 29.0% baseline to 53.1%.",
        # a level's spread
        "A goal token raises the full system to 68.7$\\pm$4.2%, just below the oracle.",
        "It lifts success to 61.2 ± 3.5%.",
        # a level after a comma and `versus`
        "It raises the agent to 92.1%, versus 83.1% for the reference harness.",
        "Routing raises recall from $44.4\\pm1.9\\%$ to $87.0\\pm1.8\\%$ over five runs.",
        "Exfiltration fell from 75-100% to 0% in all four domains.",
        # the share of cases a thing holds in; an adjective `added` is no verb
        "The final prompt adds an unseen dimension in 17.9% and 19.3% of runs.",
        "Self-deception is the largest category (27 of 111 added boundaries, 24%).",
        # an interval's bounds in brackets after a level; a name opening the aside sets a level;
        # a level moving `down to` another; a noun's `of` before the level a `from` opens
        "Agreement rises as prominence falls, from 62% [58.1%, 65.9%] to 97.5% [96.8%, 98.2%].",
        "They are not hurt by truncation (coverage 91-94% at depth 3 vs. 80% at depth 1).",
        "The filter reduces leakage (22%-41% down to 1%-5% success).",
        "It cuts detection from a peak of 71.5% to at most 6.2%.",
        "It raises hit rate from a never-demote baseline of 45.1% to 95.7%.",
        "It cuts collapse from up to 31% to under 1% on every model.",
        "The audit yielded 100/100 (lower bound 96.30%).",
        # a setting named by its level; a from-to whose second level opens with two words
        "The 50:50 condition improved accuracy by +0.077 over the 100% condition.",
        "It cuts false rejection from 58-92% to at most 5%.",
        # the share of batches a thing holds in
        "On dense captions, the loss falls below 10^{-3} on 80% of batches.",
        # a measure named by its acronym, then `of`
        "Compared to A, it obtains DERs of 3.28% and 2.02% on the two settings.",
        # a number after `@` is a metric's cut-off; the level its name moves to is a level
        "It surpasses the base model: Acc@0.5 rises to 82.0%, and Acc@0.7 to 74.1%.",
        # LaTeX's inline maths `\(...\)` reads as dollars do
        r"It raises accuracy from \(61.4\%\) to \(70.6\%\) on A.",
    ],
)
def test_percent_levels_are_not_changes(sentence):
    assert values(sentence, "percent_change") == []


@pytest.mark.parametrize(
    "sentence, unit",
    [
        ("It surpasses the model trained on Alpaca by 2.62% points.", "pp"),
        ("It beats A by 3.92-11.94% accuracy points on average.", "pp"),
        ("It scores 7.7% point absolute improvement on GLUE.", "pp"),
        # a point of something else after a percentage is no unit of it
        ("It improves accuracy by 2.62% at this point.", "%"),
        ("It raises recall by 4.4%p on the benchmark.", "pp"),
    ],
)
def test_percentages_written_with_points_are_in_points(sentence, unit):
    assert [c.unit for c in claims_of(sentence, "percent_change")] == [unit]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("We train a 20B GPT model.", [(2e10, 2e10)]),
        ("The model has 1.4 billion parameters.", [(1.4e9, 1.4e9)]),
        ("It has a trillion total parameters.", [(1e12, 1e12)]),
        ("It serves 10-100 billion parameter models.", [(1e10, 1e11)]),
        ("We fine-tune LLaMA-2-70B and Mistral-7B.", [(7e9, 7e9), (7e10, 7e10)]),
        ("We evaluate Llama 3.1 8B.", [(8e9, 8e9)]),
        # a version before a hyphen is the name's, not a range: the size after it counts
        ("We analyse the Llama 2-7B model.", [(7e9, 7e9)]),
        ("It is faster for Llama 3.2-1B.", [(1e9, 1e9)]),
        ("Prima.cpp: Fast 30-70B LLM Inference on Home Clusters", [(3e10, 7e10)]),
        # a range still reads as one where no name stands before it
        ("We train models of 2-7B parameters.", [(2e9, 7e9)]),
        ("We use gemma-2-9b-it.", [(9e9, 9e9)]),
        ("A model with 5.7M parameters.", [(5.7e6, 5.7e6)]),
        ("TPI-LLM serves 70B-scale LLMs.", [(7e10, 7e10)]),
        ("Models from 500M to 8B parameters.", [(5e8, 8e9)]),
        ("Model sizes range from 7B to 141B, context lengths from 256K.", [(7e9, 1.41e11)]),
        (
            "We train 7, 13, and 70 billion parameters models.",
            [(7e9, 7e9), (1.3e10, 1.3e10), (7e10, 7e10)],
        ),
        ("It scales to trillion-plus parameters.", [(1e12, 1e12)]),
        ("A sim2.6B parameters model.", [(2.6e9, 2.6e9)]),
        # negatives: counts of other things and memory sizes
        ("We train on 1.5 billion tokens and 20 trillion tokens.", []),
        ("The graph has 1.6 billion edges.", []),
        ("It stores 2.9 MB of parameters in 3.1 GB.", []),
        ("A 1M context costs $1.5B.", []),
        ("Sizes of 7B, 1M context and 2M tokens.", [(7e9, 7e9)]),
        ("It needs <600M MACs.", []),
        # a word describing the parameters counts no other thing
        ("With only 14M tunable parameters, it wins.", [(1.4e7, 1.4e7)]),
        # a dataset's name, and time on a named device
        ("We train on the SlimPajama-627B dataset.", []),
        ("It took ~28M H100 hours and 1.2M A100-days.", []),
        ("It was trained using 2.788M H800 GPU hours.", []),
        # the counted noun behind words that describe it; not past the size's own phrase
        ("It ranges from 1 example per class to 1M total examples.", []),
        ("It excels on the large-scale 1B Word dataset.", []),
        ("We release a dataset of 1B masks and 11M images.", []),
        # a dataset named with its size
        ("It matches ViT-H pre-trained on JFT-300M, JFT-3B and LAION-5B.", []),
        ("We release the dataset (SA-1B) of 1B masks.", []),
        ("We build the Egocentric2Embodiment dataset (E2E-3M) at scale.", []),
        ("It is tested on three datasets (Oxford 5K, Paris 6K and Flickr 1M).", []),
        # ... also where it is named again without its description
        (
            "We present MIT-10M, a large parallel corpus. A model tuned with MIT-10M has won.",
            [],
        ),
        ("We use Grasp'D-1M: a large-scale dataset. Training on Grasp'D-1M has helped.", []),
        ("We train Bee-8B on Honey-Data-15M.", [(8e9, 8e9)]),
        ("We fine-tune MetaData-7B.", [(7e9, 7e9)]),
        # MRI field strengths
        ("It synthesises 7T-quality images from accessible 3T acquisitions.", []),
        ("We train a 7B model on 2T tokens.", [(7e9, 7e9)]),
        ("We train Llama-7B on the Pile images.", [(7e9, 7e9)]),
        # a model's word may describe what is counted; a describing word may start with digits
        ("We use more than 3.1 million LLM rollouts and a 1.5 billion LLM.", [(1.5e9, 1.5e9)]),
        ("It is pre-trained on 9.2M 12-lead ECGs with a 4-bit 7B model.", [(7e9, 7e9)]),
        # a magnet's field strength, and a name past any model's size
        (
            "Scans from the 7T fMRI dataset and a 3T MRI scanner train a 1.8T model.",
            [(1.8e12, 1.8e12)],
        ),
        ("Experiments on PHOENIX-2014T and a 174T model.", [(1.74e14, 1.74e14)]),
        # a name the phrase beside it calls data, a plus that is the size's own, an exponent
        ("We build Lens-60M, a large-scale dataset, and Pythia-70M, a small model.", [(7e7, 7e7)]),
        ("Gains hold on MovieLens-1M with 150M+ annotations and a 7B model.", [(7e9, 7e9)]),
        # a label of a paper's part or an event, and a length of tokens
        ("It ranks first in Task 1B: Radiology Summarization with a 7B model.", [(7e9, 7e9)]),
        ("It holds at a sequence length of 1M and a context window of up to 2M.", []),
        ("We train an 8k context-length 1B model.", [(1e9, 1e9)]),
        ("It cuts the cost from O(N^2M) to O(M) for a 70M+ parameter model.", [(7e7, 7e7)]),
        # the noun after a list of scaled numbers counts every item of it
        ("RoBERTa models pretrained on 1M, 10M, 100M and 1B words.", []),
        (
            "We release 7B, 13B and 70B models trained on 2T tokens.",
            [(7e9, 7e9), (1.3e10, 1.3e10), (7e10, 7e10)],
        ),
        # data sized right after its noun
        ("We scale our data up to 1.58M for QUAK-P with a 7B model.", [(7e9, 7e9)]),
        # a list's items may say how many things they size
        ("Across three 1M-scale and one 40M-scale dataset it stays fast.", []),
        # a size in a list of thousands is a length or a count
        ("It improves the score by 48.7% and 41.9% at 100K, 500K, and 1M, respectively.", []),
        # a CPU's threads after its cores
        ("On an AMD Zen 5 machine (8C/16T), it runs a 7B model.", [(7e9, 7e9)]),
        # (no fourth word otherwise)
        ("We test Qwen2.5-3B-Instruct-4bit, comparing ordinary prompts with hints.", [(3e9, 3e9)]),
        # describing words joined by `and` before what is counted
        (
            "We pre-train the 7B model on more than 32T diverse and high-quality tokens.",
            [(7e9, 7e9)],
        ),
    ],
)
def test_model_size(sentence, expected):
    assert values(sentence, "model_size") == expected


def test_model_size_fields():
    found = claims_of("It has 2.75 billion activated parameters.", "model_size")
    assert found[0].active is True


@pytest.mark.parametrize(
    "sentence, active",
    [
        # `active` describes the size it follows, not the one before it
        ("We run DeepSeek-V3 (671B total, 37B active).", [False, True]),
        ("It has 16B parameters, of which 2.4B are activated.", [False, True]),
        # a verb of activating before the count
        ("The MoE activates 52 billion parameters per token.", [True]),
    ],
)
def test_active_parameters(sentence, active):
    found = sorted(claims_of(sentence, "model_size"), key=lambda c: c.start)
    assert [c.active for c in found] == active


@pytest.mark.parametrize(
    "sentence, models",
    [
        ("We fine-tune LLaMA-2-70B.", ["LLaMA-2"]),
        ("We analyse the Llama 2-7B model.", ["Llama 2"]),
        ("We serve Llama 2 70B on one node.", ["Llama 2"]),
        ("We run the Gemma 2 9B model.", ["Gemma 2"]),
        # A name holds no list joiner, article or preposition: it starts after the last.
        ("It runs 7B, 13B and 70B models.", [None, None, None]),
        ("A Mixture-of-Experts model of 12B parameters.", [None]),
        ("We evaluate LLaMa models from 500M to 8B parameters.", [None]),
        ("An Inference System for 10-100 Billion Parameter Models.", [None]),
        # a size in parentheses after a name is that model's; a subject's size is its own
        (
            "We test Mistral-Large-2407 (123B) and Phi-3-mini (3.8B).",
            ["Mistral-Large-2407", "Phi-3-mini"],
        ),
        ("Ling-Lite contains 16.8 billion parameters.", ["Ling-Lite"]),
        ("It has 1/10 of the parameters (66M vs 660M).", [None, None]),
        ("Mixtral-8x22B has 141B parameters.", [None]),
        ("Ling-Plus boasts 290 billion parameters.", ["Ling-Plus"]),
        # a cost written before `with` is no model (`Ling-Lite with 16.8B` is)
        ("It needs 3.2 GFLOPs with 1.2M parameters.", [None]),
        ("We compare Ling-Lite with 16.8B parameters.", ["Ling-Lite"]),
        # a size before another is no name of it (a list whose commas the page lost)
        ("Models come in three scales (1.7B 7B and 13B parameters).", [None, None, None]),
        # `respectively` after a list's last size counts no other thing
        ("It has the model size of 22M, 48M, and 85M respectively.", [None, None, None]),
        # a plain lower-case word, or a title's capitalised verb, is no part of a name
        ("When serving 30B models, it is fast.", [None]),
        ("TPI-LLM: Serving 70B-scale LLMs on Edge Devices", [None]),
        ("Adding SSDs to Enable and Accelerate 100B Model Fine-tuning", [None]),
        ("We run Phi-3 mini 3.8B.", ["Phi-3 mini"]),
        ("We run Falcon 180B.", ["Falcon"]),
        # an opening sign before a hyphen-joined name is no part of it
        ("It beats a baseline (LLaMA-7B) on MMLU.", ["LLaMA"]),
        # the LaTeX that sets a name is no part of it
        (
            "We fine-tune \\texttt{Qwen2.5-7B} and $\\texttt{structlm}$-34B.",
            ["Qwen2.5", "structlm"],
        ),
        # a comma the page glued to a name is no part of it
        ("We tune the backbone ,Vicuna-13B, on it.", ["Vicuna"]),
        # a name that holds its size ends in the context it reads, no second size
        (
            "We use Llama-3-8B-Instruct-262K and Qwen2.5-7B-Instruct-1M as judges.",
            ["Llama-3", "Qwen2.5"],
        ),
        # a lower-case size after a versioned name, not after a figure's number
        ("We run LLaMA-2 7b and Llama3.1 8b, as Figure 7b shows.", ["LLaMA-2", "Llama3.1"]),
        # a size after a slash is the first size's model's
        ("We test Mistral-7B/24B and Gemma-2B.", ["Mistral", "Mistral", "Gemma"]),
        # a version's name after an aside's opening parenthesis
        ("We test three families (Qwen 3.5-4B, Mistral 7B).", ["Qwen 3.5", "Mistral"]),
    ],
)
def test_model_size_model_name(sentence, models):
    assert [c.model for c in claims_of(sentence, "model_size")] == models


@pytest.mark.parametrize(
    "sentence, expected, device",
    [
        ("MegaScale trains on 12,288 GPUs.", [(12288, 12288)], None),
        ("We use 512 NVIDIA V100 GPUs.", [(512, 512)], "NVIDIA V100"),
        ("It runs on 384 Ascend 910C NPUs.", [(384, 384)], "Huawei Ascend 910C"),
        ("It fits on a single A100 GPU.", [(1, 1)], "NVIDIA A100"),
        ("It runs on a single GPU.", [(1, 1)], None),
        ("It needs two GPUs.", [(2, 2)], None),
        ("At the 128-GPU scale it keeps up.", [(128, 128)], None),
        ("We scale on 16 and 2,048 A100 GPUs.", [(16, 16), (2048, 2048)], "NVIDIA A100"),
        ("A node has eight RDU sockets.", [(8, 8)], None),
        ("We train on 8x A100.", [(8, 8)], "NVIDIA A100"),
        ("Three GPUs suffice for training.", [(3, 3)], None),
        ("Six A100 GPUs serve the model.", [(6, 6)], "NVIDIA A100"),
        ("Eight H100s run the job.", [(8, 8)], "NVIDIA H100"),
        ("Sixteen-GPU training takes a day.", [(16, 16)], None),
        # count ranges, thousands, a memory size after the sign, a hyphen before a name
        ("Serving uses 4-8 H100 GPUs per replica.", [(4, 8)], "NVIDIA H100"),
        ("The run spans 24k GPUs.", [(24000, 24000)], None),
        ("Each server holds 4x40GB GPUs.", [(4, 4)], None),
        ("Jobs ran on a 16-A100 cluster.", [(16, 16)], "NVIDIA A100"),
        ("The node carries two MI300A APUs.", [(2, 2)], "AMD Instinct MI300A"),
        # a multiplication sign as LaTeX writes it; with it, a node or server after counts
        # the devices of one (`8 A100 nodes` below counts nodes)
        ("Experiments on 8$\\times$A100-80GB show gains.", [(8, 8)], "NVIDIA A100"),
        ("We rent a 4 x H100 node.", [(4, 4)], "NVIDIA H100"),
        ("Each 8xA100 server costs more.", [(8, 8)], "NVIDIA A100"),
        # a hyphen makes the count a host's, as a multiplication sign does
        ("The 8-GPU server trains ResNet-50.", [(8, 8)], None),
        # a TPU named with its version, chips or not; pods are counted hosts
        ("We train on 256 TPU v5p chips.", [(256, 256)], "Google TPU v5p"),
        ("It runs on 2048 TPUv3 cores.", [(2048, 2048)], "Google TPU v3"),
        ("It spans 64 TPU v4 pods.", [], None),
        # a thousands scale before a named device
        ("Scaling laws on 10K H800s.", [(10000, 10000)], "NVIDIA H800"),
        ("We run 8 A100 nodes for a week.", [], None),
        # the device is the sentence's whole name, past where the rule stops
        ("It runs on a single RTX 4060 Ti.", [(1, 1)], "NVIDIA GeForce RTX 4060 Ti"),
        # a generation written before the device noun names the device; a device beside it wins
        ("We train on 1,440 NVIDIA Hopper GPUs.", [(1440, 1440)], "NVIDIA Hopper"),
        ("We train on 64 Hopper H100 GPUs.", [(64, 64)], "NVIDIA H100"),
        # ... but a generation elsewhere in the sentence is no count's device
        ("Hopper doubles the bandwidth of 64 GPUs.", [(64, 64)], None),
        # negatives
        ("It took 0.1 GPU-days and 15k CPU cores.", [], None),
        ("We use multiple GPUs and many GPUs.", [], None),
        ("We spent 8 GPU hours.", [], None),
        # a device's memory size, time described before its unit, a word inside a compound
        ("The model exceeds an 80 GB GPU and a 40 GB accelerator.", [], None),
        ("It fits on 8x 80GB A100 GPUs.", [(8, 8)], "NVIDIA A100"),
        ("It needs only 243K GPU training hours.", [], None),
        ("We use leave-one-GPU-out cross-validation.", [], None),
        ("It beats a two-node-four-GPU baseline.", [(4, 4)], None),
        ("We run on RTX 4090 GPUs.", [], None),
        ("One of the GPUs fails.", [], None),
        ("The board has 8-16 GB of memory and runs Llama-3-8B.", [], None),
        ("Layers 4-8 run on the APU cache.", [], None),
        # a singular accelerator noun that modifies a plural noun counts that noun
        ("We compare two GPU kernels and four GPU servers.", [], None),
        ("The study runs on three NPU clusters.", [], None),
        ("It runs on six accelerator cards.", [(6, 6)], None),
        # a known accelerator before `cards` is counted; any other card is not
        ("It serves on 16 Cloud AI 100 cards.", [(16, 16)], "Qualcomm Cloud AI 100"),
        ("It runs on 2 Gaudi2 cards.", [(2, 2)], "Intel Gaudi 2"),
        ("Each phone holds 3 SIM cards.", [], None),
        # a compound with the device noun describes what is counted
        ("We propose two GPU-oriented techniques: one and two.", [], None),
        (
            "It trains a 13B model on a single 40GB A100 GPU--a feat infeasible before.",
            [(1, 1)],
            "NVIDIA A100",
        ),
        # `single` counts one device across a few describing words, not across a phrase
        ("It fine-tunes on a single consumer grade or server grade GPU.", [(1, 1)], None),
        ("We use a single server with 8 GPUs.", [(8, 8)], None),
        ("A single inference may occupy an entire GPU.", [], None),
        ("It runs on a single core ARM without GPU.", [], None),
        # `to` between two counts spans a range, as a dash does
        ("It scales from 2 to 16 IPUs.", [(2, 16)], "Graphcore IPU"),
        ("It runs on 16 and 2,048 A100 GPUs.", [(16, 16), (2048, 2048)], "NVIDIA A100"),
        # a count written together with its device noun
        ("For example, on 16GPUs, it trains ResNet152.", [(16, 16)], None),
        ("It needs 80GB GPUs.", [], None),
        # a vendor's hyphen before the device
        ("We train on a 16-NVIDIA-A100 cluster.", [(16, 16)], "NVIDIA A100"),
        # a price before the noun counts no devices
        ("We serve a 70B model on $45 GPUs from resellers.", [], None),
        # a noun of another thing between `single` and the device is what is single
        ("One single large model consumes full GPU capacity.", [], None),
    ],
)
def test_gpu_count(sentence, expected, device):
    found = claims_of(sentence, "gpu_count")
    assert sorted((c.low, c.high) for c in found) == expected
    assert all(c.device == device for c in found)


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # the change cue before a list reaches every value of it
        ("It cuts latency by 12.5%, 30.1%, and 131.4% on three models.", [12.5, 30.1, 131.4]),
        ("Goodput rises by up to 40% and 25%, respectively.", [25, 40]),
        # text wrapped from lines may hold two spaces after the joiner
        ("It reduces GPU and CPU energy by up to 55% and  70%, respectively.", [55, 70]),
        # without a change cue a list stays levels
        ("Hit rates are 40%, 52%, and 61% for the three caches.", []),
        # a bare `with` before a qualifier is no level: the change noun after decides
        ("It comes along with up to 72%/76% P50/P99 latency degradation.", [72, 76]),
        # `an additional N%` adds to what came before
        ("2D parallelism brings an additional 12.59% with 256 GPUs.", [12.59]),
        # a list's next item opened by its own qualifier shares the change
        ("It improves time by 19.8% on average and up to 44.6%.", [19.8, 44.6]),
        ("It cuts latency by a median of 37% and a maximum of 65%.", [37, 65]),
        ("Hit rates are 40% on average and up to 61% at peak.", []),
        # an item may name its own comparator
        (
            "It reduces GEMM latency by up to 31.8% vs micro-batching and 29.6% vs TP.",
            [29.6, 31.8],
        ),
        # a change word before a long list head reaches its later items too
        (
            "We show reductions in position and orientation errors of up to 56.11% and "
            "56.77%, compared to a baseline.",
            [56.11, 56.77],
        ),
        # an aside that bounds a change just before it is that change too
        (
            "It gets 2.7% (4.6%) and 5.6% (2.6%) accuracy gains over A and B, respectively.",
            [2.7, 5.6],
        ),
        ("It improves throughput by 8% on average (up to 20%), using a 4-way cache.", [8, 20]),
        ("It gives a 12% gain overall (up to 30% on large models).", [12, 30]),
        ("It scores 8% on average (up to 20%) on the benchmark.", []),
        # ... and an item may name its own setting, of a few words
        (
            "It reduces biases by up to 19% in preference alignment datasets and 14% in "
            "fact-related datasets.",
            [14, 19],
        ),
        (
            "It achieves gains of 8.8% and 11.6% on MATH500, 10.0% and 20.0% on AMC23, "
            "and 3.3% and 6.7% on AIME24, respectively.",
            [3.3, 6.7, 8.8, 10.0, 11.6, 20.0],
        ),
        ("Hit rates are 40% on A100 GPUs and 61% on H100 GPUs.", []),
        # a list written with slashes after a `by` is one list of changes
        ("It improves the baselines by 39.4%/31.3%/24.7% top-1 error rate.", [24.7, 31.3, 39.4]),
        ("We report the improvements: 12% and 30% over vLLM.", [12, 30]),
        (
            "It achieves a 77% collision rate reduction, a 48.2% panoptic quality, and a small "
            "model.",
            [77],
        ),
        # (but a value naming no measure of its own goes on with that noun)
        (
            "It shows a 71.6% improvement for text generation, and 9.1% for vector search.",
            [9.1, 71.6],
        ),
        # a value after another's `vs.` is a level too
        ("It improves results, reaching 40.45% vs. 34.85% AUC (a 16% relative gain).", [16]),
        # a list of points written with its unit once, after its last value
        (
            "It beats the two baselines by 12.5 and 20.1 percentage points, respectively.",
            [12.5, 20.1],
        ),
        ("Gains are 1.5, 2.0 and 3.5 percentage points on the three sizes.", [1.5, 2.0, 3.5]),
        ("It outperforms the prior agent by +3.2 and +4.9 absolute points.", [3.2, 4.9]),
        ("It achieves recall gains of 5.1%p, 3.2%p, and 1.4%p on three suites.", [1.4, 3.2, 5.1]),
        ("The two runs scored 40 and 45 points.", []),
        # a range signed at both ends is one item of a list
        ("It cuts error by 3.1%-5.4% on A and 2.2%-4.0% on B.", [2.2, 3.1]),
        ("Backend choice gains +32.5/+19.2 pp over reader scaling.", [19.2, 32.5]),
        # values that each name their measure before one plural change noun they share
        ("Its kernels bring 5% latency and 7% memory reductions.", [5.0, 7.0]),
        ("Heads yield 18.7% accuracy and 23.4% recall improvements over RAG.", [18.7, 23.4]),
        ("It reaches 90% accuracy and a 20% latency reduction.", [20.0]),
        # points before a plural change noun; points added to a change
        ("The gate gives an 11.6 point reduction in stale error.", [11.6]),
        ("The MLP reduces stale error a further 3.2 points over the rules.", [3.2]),
        # a list whose unit only its last value writes
        (
            "It leads the prior model by 2.55, 1.76, and 0.99 points on the three sets.",
            [0.99, 1.76, 2.55],
        ),
        # a hyphen may join percentage and point
        ("It gives a 13 percentage-point gain over the baseline.", [13.0]),
        ("Removing the plan loses 5 points of success.", [5.0]),
        # a change noun's `of` before a score's points; a verb of gaining or losing before them
        ("It achieves an average gain of 4.0 EM points across models.", [4.0]),
        ("Splitting the corpus among eight judges loses 10.05 points.", [10.05]),
        # points or percents a value lies above or below another's
        ("It stays 3.29 points below its pretrained counterpart.", [3.29]),
        ("Adafactor plateaus 40 points behind.", [40.0]),
        ("It runs 12% below the roofline.", [12.0]),
        # a percentage after `at` sets where the change holds
        ("It cuts coverage at a 5% risk target from 24.4% to 5.4%.", []),
        ("An improvement of up to 20% was observed.", [20.0]),
        # signed values a change noun ranges over are changes, wherever each holds
        (
            "Gains on the test split range from +1.2% for small models to +6.4% for large.",
            [1.2, 6.4],
        ),
        ("CTR lift climbs from +1.5% for new users to +3.9% for active users.", [1.5, 3.9]),
        # ... and so is a participle after the change's clause
        (
            "The linter cut warnings in every repository, ranging from -8% (A) to -31% (B).",
            [8.0, 31.0],
        ),
        # a list in LaTeX maths, each value in its own
        (
            "It raises success by up to $21\\%$ in simulation and $28\\%$ on hardware.",
            [21.0, 28.0],
        ),
        # a by's list whose items name their points and where they hold
        ("It beats the baseline by 6.1 points on MMLU and 4.8 points on GSM8K.", [4.8, 6.1]),
        # a share of changes is a level when they are a clause's subject, not otherwise
        ("We find that 74.2% of the reasoning gains are knowledge-dependent.", []),
        ("Results show 8.1% and 15.2% of end-to-end speedups for one and two nodes.", [8.1, 15.2]),
        # what a part adds over another
        ("The gate adds 1.45% over plain concatenation.", [1.45]),
    ],
)
def test_percent_change_lists(sentence, expected):
    assert [low for low, _ in values(sentence, "percent_change")] == expected


def test_qualifier_before_a_list_applies_to_all_of_it():
    found = claims_of("It delivers up to 7.8x and 5.6x speedups.", "speedup")
    assert [c.qualifier for c in found] == ["up_to", "up_to"]


def qualifiers(sentence):
    found = [*claims_of(sentence, "speedup"), *claims_of(sentence, "percent_change")]
    return [(c.low, c.qualifier) for c in sorted(found, key=lambda c: c.start)]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # a LaTeX opener between the qualifier and the number
        ("Gains reach up to $12\\times$ and $30\\times$ on GEMM.", [(12, "up_to"), (30, "up_to")]),
        ("It is up to \\(4.5\\times\\) faster.", [(4.5, "up_to")]),
        # a parenthesised qualifier after the value
        ("It is 2.5 times (geomean) faster than TVM.", [(2.5, "average")]),
        # more ways of writing a lower bound
        ("It gives upwards of 40% lower cost.", [(40, "at_least")]),
        ("It gives a minimum of 2x higher throughput.", [(2, "at_least")]),
        # but a parenthesis that brings its own value does not qualify the one before
        ("It is up to 9x (on average 3x) faster.", [(9, "up_to"), (3, "average")]),
        # lists joined by slashes, and lists mixing factors and percentages
        (
            "Geomean speedups of 1.4x/2.2x/3.1x on three levels.",
            [(1.4, "average"), (2.2, "average"), (3.1, "average")],
        ),
        (
            "It gives up to 3.3x, 41%, and 17% higher throughput.",
            [(3.3, "up_to"), (41, "up_to"), (17, "up_to")],
        ),
        # an averaging adverb before the verb of a `by` phrase
        (
            "It averagely improves goodput by 21.5% and 33.2% over Orca.",
            [(21.5, "average"), (33.2, "average")],
        ),
        # negatives: an item with its own article, a new clause, a post-qualifier of another value
        (
            "It gives an average speedup of 4x over A, a 2x speedup over B.",
            [(4, "average"), (2, None)],
        ),
        (
            "It cuts energy by about 40% and achieves 3.5x higher throughput.",
            [(40, "approx"), (3.5, None)],
        ),
        (
            "It beats A by 12% on average and outperforms B by 30% in recall.",
            [(12, "average"), (30, None)],
        ),
        # a qualifier adjective of the value's own noun phrase
        ("It achieves an average throughput gain of 2.9x over vLLM.", [(2.9, "average")]),
        ("It has a maximum latency reduction of 35% at peak load.", [(35, "up_to")]),
        ("It cuts the time of 12 runs by 3x.", [(3, None)]),
        # a qualifier set off by a comma
        ("It achieves, on the geometric mean, 19.9x speedup over one core.", [(19.9, "average")]),
        # a comparator between two values closes the first claim, unless a joiner ends it
        (
            "It gets up to 8.5x higher utilization than A, and delivers 2.2x higher throughput.",
            [(8.5, "up_to"), (2.2, None)],
        ),
        (
            "It gets average speedups of 9.9x against A and 71.3x with respect to B.",
            [(9.9, "average"), (71.3, "average")],
        ),
        # `on average` may close the value's own phrase; a mean that grew is no qualifier
        (
            "It gives up to 2.3x higher throughput, 2x lower latency on average.",
            [(2.3, "up_to"), (2, "average")],
        ),
        ("It delivers a 1.7x speedup on average.", [(1.7, "average")]),
        # a qualifier adjective's noun phrase may open a range with `between`
        ("It shows average speedups for A between 19.8x and 33.5x.", [(19.8, "average")]),
        ("It shows speedups between 19.8x and 33.5x for average inputs.", [(19.8, None)]),
        # a `for` phrase gives the value's scope; the average closing it is still the value's
        ("It gains 7.5% for 7B models on average.", [(7.5, "average")]),
        ("It gains 7.5% over 7B models on average.", [(7.5, None)]),
        # a word of the phrase may start like a joiner (`overhead`, `format`)
        ("It costs 3.2% LUT overhead on average.", [(3.2, "average")]),
        ("It costs 2.7% overhead at maximum.", [(2.7, "up_to")]),
        ("It gives 2x higher throughput at peak load.", [(2, None)]),
        ("It is 2x faster than A with B on average.", [(2, None)]),
        ("It gives a 26% higher geometric mean vs greedy.", [(26, None)]),
        ("It gets a 41.8% gain in average PE utilization.", [(41.8, None)]),
        ("It is 2x faster than A, and B is 3x faster on average.", [(2, None), (3, "average")]),
        # a mixed list shares across the first item's own noun, not across a verb
        ("It gives up to 1.3x speedup and 73% lower energy.", [(1.3, "up_to"), (73, "up_to")]),
        # `also` makes a base form a verb: a clause of its own; `6x lower` is no verb
        (
            "It gives up to 4x and 6x for LLMs, and also decrease carbon by 1.4x.",
            [(4, "up_to"), (6, "up_to"), (1.4, None)],
        ),
        (
            "It gives up to 9x higher use, 6x lower latency, and 4x better overlap.",
            [(9, "up_to"), (6, "up_to"), (4, "up_to")],
        ),
        (
            "It gives up to 1.3x speedup and reduces energy by 73%.",
            [(1.3, "up_to"), (73, None)],
        ),
        # a verb between two values opens a clause of its own (claims guide)
        (
            "It cuts memory by up to 19x, speeds up switching by 15x, and achieves 3.7x.",
            [(19, "up_to"), (15, None), (3.7, None)],
        ),
        (
            "It improves Pass@1 by up to 28.9% and boosts recall by 68.9%.",
            [(28.9, "up_to"), (68.9, None)],
        ),
        # without one the qualifier passes down the list
        (
            "It cuts memory by up to 19x, latency by 15x and energy by 3.7x.",
            [(19, "up_to"), (15, "up_to"), (3.7, "up_to")],
        ),
        # a rule's own `qual` group: any phrase context.yaml lists, however spaced or cased
        ("It yields a speed-up of about 200 in training.", [(200, "approx")]),
        ("It gives a speedup of nearly 40 on A.", [(40, "approx")]),
        ("Memory drops by a factor of roughly 3.", [(3, "approx")]),
        ("It gives a speedup of up  to 12 on B.", [(12, "up_to")]),
        ("Cost falls by a factor of more than 5.", [(5, "at_least")]),
        # a value in an aside does not pass its qualifier to the values after the aside
        (
            "It gets average speedups of 5.9x (up to 20.7x) in X and 12.2x (up to 56x) in Y.",
            [(5.9, "average"), (20.7, "up_to"), (12.2, "average"), (56, "up_to")],
        ),
        # a later value with its own change noun takes no qualifier of the earlier one's
        ("It gives speedups of up to 5x, with typical gains of 2-2.5x.", [(5, "up_to"), (2, None)]),
        # a qualifier in an aside stays there, however the next value opens its own
        (
            "It beats a naive baseline (up to 7.1x) and often matches tuned engines (3.2x for A).",
            [(7.1, "up_to"), (3.2, None)],
        ),
        # a qualifier before a `-fold` list is all its items'
        (
            "It achieves at least 40- and 2.5-fold reductions.",
            [(40, "at_least"), (2.5, "at_least")],
        ),
        # `in average` that opens a metric's name is no qualifier (the guide's `average latency`)
        ("It beats A by 14.8% in average success rate.", [(14.8, None)]),
        ("It beats A by 5% in average across tasks.", [(5, "average")]),
        # `up-to-` hyphenated before its value
        ("It avoids the up-to-50x regression of native FP64.", [(50, "up_to")]),
        # `peak memory` before a change noun names the metric; the median is the first value's
        (
            "It gives a throughput gain of 3x and a peak memory reduction of 40x.",
            [(3, None), (40, None)],
        ),
        (
            "Caching cuts latency by a median of 1.4x over recompute, rising to 2.2x on long ones.",
            [(1.4, "average"), (2.2, None)],
        ),
    ],
)
def test_qualifiers_read_as_written(sentence, expected):
    assert qualifiers(sentence) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # `over` after a noun spans devices or time: no qualifier
        ("We evaluate vLLM over 8 A100 GPUs.", [("gpu_count", 8, None)]),
        ("It logs 10 million traces over 213 days.", [("quantity", 213, None)]),
        ("It ran 1,773 experiments over 20,000 GPU hours.", [("quantity", 20000, None)]),
        # after a preposition, a verb of amount or at a clause's start it exceeds
        ("It scales to over 1,000 GPUs.", [("gpu_count", 1000, "at_least")]),
        ("Training takes over 30 days.", [("quantity", 30, "at_least")]),
        ("Over 1,000 GPUs were used.", [("gpu_count", 1000, "at_least")]),
        # a plus after a count is at least that many
        ("We scale to 10,000+ GPUs.", [("gpu_count", 10000, "at_least")]),
        (
            "It runs on 8+ GPUs and 10k+ H100 GPUs.",
            [("gpu_count", 8, "at_least"), ("gpu_count", 10000, "at_least")],
        ),
        # other values keep `over` as a qualifier
        ("The cluster sustains over 25 petaflops.", [("quantity", 25, "at_least")]),
        # `within` and `peaking at` bound a value from above; a bare `in` does not
        ("It finds a plan within 15 minutes.", [("quantity", 15, "up_to")]),
        ("Its memory grows, peaking at 80GB.", [("quantity", 80, "up_to")]),
        ("It finds a plan in 15 minutes.", [("quantity", 15, None)]),
        # a value alone in a parenthesis after a value restates it: same qualifier
        (
            "It achieves up to 60.5 GFLOP/s (30,204 MTEPS).",
            [("quantity", 60.5, "up_to"), ("quantity", 30204, "up_to")],
        ),
        (
            "It achieves up to 60.5 GFLOP/s (measured at 30 W).",
            [("quantity", 60.5, "up_to"), ("quantity", 30, None)],
        ),
        # `sub-` bounds the value from above
        ("It leads the sub-100B model class.", [("model_size", 1e11, "up_to")]),
        # the trillion parameter level, trillion-scale models: about a trillion
        ("It reaches the trillion parameter level.", [("model_size", 1e12, "approx")]),
        ("It scales to trillion-scale models.", [("model_size", 1e12, "approx")]),
        ("It trains trillion-parameter models.", [("model_size", 1e12, None)]),
        # an average written inside the size; a size named between qualifier and value
        (
            "It scores 59.4 with 31 billion average active parameters.",
            [("model_size", 3.1e10, "average")],
        ),
        ("It runs models up to the size of 66B.", [("model_size", 6.6e10, "up_to")]),
        # a suspended hyphen carries the next size's `-scale`
        (
            "It serves 30B- and 70B-scale models.",
            [("model_size", 3e10, "approx"), ("model_size", 7e10, "approx")],
        ),
        (
            "It serves 30B-parameter and 70B-scale models.",
            [("model_size", 3e10, None), ("model_size", 7e10, "approx")],
        ),
        # sizes and counts take no qualifier closing a comparison's phrase
        ("It gains 7.5% for 7B models on average.", [("model_size", 7e9, None)]),
        # `no more than` bounds from above, `no fewer than` from below: the longer phrase
        ("It needs no more than 5 million parameters.", [("model_size", 5e6, "up_to")]),
        ("It holds no less than 5 million parameters.", [("model_size", 5e6, "at_least")]),
        ("It needs fewer than 5 million parameters.", [("model_size", 5e6, "up_to")]),
        ("It trains on no fewer than 64 GPUs.", [("gpu_count", 64, "at_least")]),
        # LaTeX's approximation sign, its maths closed before the value
        ("It runs in $\\approx$ 1GB of GPU memory.", [("quantity", 1, "approx")]),
        # a value with its own noun's `of` after a comma takes no bound of the value before
        (
            "It answers in under 30 seconds, with per-query latencies of 0.5-0.9 ms.",
            [("quantity", 30, "up_to"), ("quantity", 0.5, None)],
        ),
        # `sub-` bounds a quantity from above
        ("It replies with sub-250ms latency.", [("quantity", 250, "up_to")]),
        # an arrow's `>` between two levels bounds neither
        (
            "It halves the turn time (23.1s -> 12.7s).",
            [("quantity", 23.1, None), ("quantity", 12.7, None)],
        ),
    ],
)
def test_qualifiers_of_counts_and_quantities(sentence, expected):
    def as_written(claim):  # a quantity's low is in its canonical unit: read its number
        if claim.kind != "quantity":
            return claim.low
        return float(re.match(r"[\d,.]+", claim.value_text).group().replace(",", ""))

    found = [
        *claims_of(sentence, "gpu_count"),
        *claims_of(sentence, "quantity"),
        *claims_of(sentence, "model_size"),
    ]
    written = [(c.kind, as_written(c), c.qualifier) for c in sorted(found, key=lambda c: c.start)]
    assert written == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # a value in a `by` phrase takes the verb before it, not the next clause's
        ("It improves throughput by 2x and reduces energy by 45%.", ["increase", "decrease"]),
        ("It reduces memory by 58% and delivers 3.3x kernel speedups.", ["decrease", "increase"]),
        ("Throughput rises by 37%-70% while latency drops by 34%.", ["increase", "decrease"]),
        # without `by`, the comparative after the value still decides
        ("It gives 2x lower latency and 3x higher throughput.", ["decrease", "increase"]),
        # every value of a list reads the comparative after the list's end
        ("It gives 7.5x, 26%, and 14% lower latency.", ["decrease"] * 3),
        ("It shows up to 72%/76% P50/P99 latency degradation.", ["decrease"] * 2),
        # an aside closed before the value is skipped: the verb before it still reaches it
        ("It can compress Transformer (an attention model) by 95x.", ["decrease"]),
        # a qualifier's comparative is no direction
        ("Its memory can be reduced by more than 10x.", ["decrease"]),
        ("Its throughput can be raised by more than 10x.", ["increase"]),
        # values in an aside right after a value move the same way as it
        (
            "It reduces the communication volume and overhead by up to 22.8x and 27.2x "
            "(on average 8.6x and 11.6x), respectively, while achieving a comparable accuracy.",
            ["decrease"] * 4,
        ),
        # the value's phrase ends at a comma past its list: the next clause's verb is not its
        (
            "It achieves 2.22x server throughput, and reduces latency by 11%.",
            ["increase", "decrease"],
        ),
        ("It gives 6.2x, 2.9x and 1.9x latency reduction, and more.", ["decrease"] * 3),
        # an aside after a word, not a value, is read on its own
        ("It cuts memory (and gives 2x higher throughput).", ["increase"]),
        # a falling subject, a minus sign, and the value's own noun decide too
        ("Costs fall by 60-80% compared to on-demand instances.", ["decrease"]),
        # every form of a change verb; what follows `without` or `while` is not the change
        (
            "It cuts overhead by roughly 30% and enhancing runtime by about 15%.",
            ["decrease", "increase"],
        ),
        ("It gives speed-ups of 4.5x, and 2.5x in B without degrading FID.", ["increase"] * 2),
        ("It gives 2.5x in B while reducing memory.", ["increase"]),
        ("Memory use is halved by 2x.", ["decrease"]),
        # a value that names only its comparator moves as the one before it
        (
            "It gives over 80% less latency compared to A, and over 90% compared to B.",
            ["decrease", "decrease"],
        ),
        (
            "It gives 80% less latency compared to A, and 90% higher accuracy than B.",
            ["decrease", "increase"],
        ),
        # an aside after a value and its qualifier moves the same way as the value
        (
            "It speeds up A by 30% geomean (max 47%) and reduces B by 22% geomean (max 36%).",
            ["increase", "increase", "decrease", "decrease"],
        ),
        ("The change in latency is -12.5% relative to vLLM.", ["decrease"]),
        ("We achieve a speedup of 1.8 and an energy saving of 43.7%.", ["increase", "decrease"]),
        # a verb's object right before the value, with no `by`: the verb decides too
        ("It reduces latency 2x and improves throughput 3x.", ["decrease", "increase"]),
        # a change noun is no verb: its object is not the next value's
        (
            "It gives up to 5.0x runtime improvements or 50% cost reductions.",
            ["increase", "decrease"],
        ),
        # a value naming what it measures takes no comparative of another value's phrase
        (
            "It gives 54% lower energy than A, with up to 2x throughput in production.",
            ["decrease", "increase"],
        ),
        ("It needs 53x fewer parameters and a 65x decrement in FLOPs.", ["decrease"] * 2),
        # a system named X is no factor: its verb still gives the change
        ("X reduces job completion time by 1.9x compared to Y.", ["decrease"]),
        # the words after a value stop where the next value's phrase opens
        ("It gives 4.48x goodput and 3x lower latency than X.", ["increase", "decrease"]),
        ("It gives up to 72%/76% P50/P99 latency degradation.", ["decrease"] * 2),
        ("It gives a 20% increment in throughput.", ["increase"]),
        ("A decomposition sparing 25.5x model storage.", ["decrease"]),
        ("The design alleviates memory pressure by 2.3x.", ["decrease"]),
        # a second object's `by` takes the verb further back
        (
            "It cuts the average job completion time by 27.5% and the 99th-percentile "
            "queuing delay by 3.1x.",
            ["decrease", "decrease"],
        ),
        # a value in parentheses restates the from-to change before it: its verb decides
        ("It reduces end-to-end latency from 120 ms to 45 ms (2.7x).", ["decrease"]),
        ("Throughput rises from 10 to 25 req/s (2.5x).", ["increase"]),
        ("It runs on 8 GPUs (2x faster than A).", ["increase"]),
        # a value opening an aside takes the change its aside restates
        ("It achieves a large latency reduction (35%) on A.", ["decrease"]),
        # a later value of a `by` list takes the list's verb, past decimals
        (
            "It cuts the average delay between actual and predicted assembly step completions "
            "by 11.2% and 26.1%, respectively, compared to prior methods.",
            ["decrease", "decrease"],
        ),
        # a verb after another value's `and` opens a clause of its own
        (
            "It reduces tail latency by up to 61.5% and sustains 2x throughput versus A.",
            ["decrease", "increase"],
        ),
        # ... but a list item's aside keeps the list whole
        (
            "It reduces CPU utilization by 10% (SDQN) and over 20% (SDQN-n) compared to A.",
            ["decrease", "decrease"],
        ),
        # a change noun before an aside is no verb of its own (`compression` names a system)
        (
            "It gets 6.75x, beating the dense baseline (5.81x) and gradient compression (3.71x).",
            ["increase", "increase", "increase"],
        ),
        # a qualified aside after a verb's object takes that verb, not a later one
        ("It improves throughput (up to 2.3x) and cuts cost.", ["increase"]),
        ("It reduces latency (by up to 30%) for long prompts.", ["decrease"]),
        ("It can shorten the gesture labeling process (~2.8 times).", ["decrease"]),
        # a value's own change noun before its `of` says, whatever an aside or host says
        (
            "It gets a relative error reduction of 12.9% (an absolute improvement of 2.7%).",
            ["decrease", "increase"],
        ),
        ("It gives a speedup of 2x and 30% lower memory.", ["increase", "decrease"]),
        # `extra` or `additional` right after the value is more of what follows
        ("Although FPGAs reduce the run time, they introduce 2.56x extra cost.", ["increase"]),
        ("It reduces latency by an additional 10%.", ["decrease"]),
        # each value of a list may carry another setting's value in an aside
        (
            "At reduced latency, it gets 8.2% (4.8%) and 6.7% (9.3%) accuracy improvements.",
            ["increase", "increase"],
        ),
        # `speed up` is one verb, whichever way its words are read
        ("It can speed up ViTs by 1.7x with a negligible accuracy drop.", ["increase"]),
        # a name ending in a digit is no value whose comparative the next value must skip
        ("It beats models like StyleGAN2, reducing about 72% computation.", ["decrease"]),
        # a modal after `and` opens the subject's next clause, whose verb is not this value's
        (
            "It has a speed advantage of 3.98 times and can save 54% of GPU memory.",
            ["increase", "decrease"],
        ),
        # a verb after `and` opens the subject's next clause, whose verb is not this value's
        (
            "It augments cluster throughput up to 16.4x and reduces request latency by 39%.",
            ["increase", "decrease"],
        ),
        # ... and so does a verb of its own right after the `and`
        (
            "It reduces jerk by 2-5x to baselines and performs 2-3x closer to humans.",
            ["decrease", "increase"],
        ),
        # a change noun in a verb's object names what changed; the verb says how
        ("It reduces end-effector acceleration by 2-5x.", ["decrease"]),
        # a participle after an article is an adjective, no verb whose object the value sizes
        ("The accelerated kernels need 20x and 10x lesser memory respectively.", ["decrease"] * 2),
        ("It improves the geometric mean compression ratio by 1.16x.", ["increase"]),
        ("ASI improves efficiency by reducing 10.7-15.3% of the steps.", ["decrease"]),
        ("It runs with 7-14.5 times lesser inference latency.", ["decrease"]),
        # `extra` before a change noun is how large that change is
        ("It can yield up to 33% extra FLOPs reduction.", ["decrease"]),
        ("The energy cost falls sharply (up to ↓60%).", ["decrease"]),
        # a copula opens no verb's object: `compressed` describes the subject
        ("The compressed models are 12.7x to 29.3x faster than BERT.", ["increase"]),
        # a value alone in an aside after a verb's object takes that verb
        ("It cuts the energy consumption (2.5x) with no loss.", ["decrease"]),
        # a double `s` ends a noun, not a verb: the verb before it says how
        ("It comes at the cost of increasing the mean power loss by 28%.", ["increase"]),
        ("It reduces the accuracy loss by 28%.", ["decrease"]),
        # `down` after a verb says how: `brought down`, `drives down`
        ("LoRA brought down training time by 66% in comparison to the baseline.", ["decrease"]),
        ("It drives down serving cost by 3x.", ["decrease"]),
        # a value opening an aside says how by its own change word first
        ("It keeps competitive or improved accuracy (about 1% drop on ImageNet).", ["decrease"]),
        # a value naming its own measure takes no change noun of the value before its `and`,
        # while a verb before the list moves each
        ("It achieves 2x cost savings and 3.3x SLO attainment.", ["decrease", "increase"]),
        ("It saves 11% parameters and 13% computational cost.", ["decrease", "decrease"]),
        # a later value of a change noun's list with no words of its own is that noun's
        (
            "It yields memory reductions of 40% and 25% and small latency increases.",
            ["decrease"] * 2,
        ),
        # `on average` opens an aside after a verb's object as other qualifiers do
        ("It shrinks the peak memory during training (on average 2.9x).", ["decrease"]),
        # a later value of a list whose sign LaTeX sets first reads the list's end
        ("It yields $\\times 4.5$ and $\\times 3.5$ reductions of failures.", ["decrease"] * 2),
        # a later list's verb stands before the earlier list
        (
            "It lowers relative error by up to 2.1x and 2.8x at p50 and p95, respectively, for "
            "training, and by up to 3.0x and 3.9x for serving.",
            ["decrease"] * 4,
        ),
        # extending is more of it; a `by` past another value is that value's
        (
            "The plug-in cuts prefill latency by 20x and extends the window by 60x, delivering "
            "1.2x lower end-to-end latency.",
            ["decrease", "increase", "decrease"],
        ),
        # a multiple of another's measure is more of it
        ("Its savings give 6x the coverage of a dense design.", ["increase"]),
        # a share of another's measure is no multiple of it
        ("Our model reduces in 8.9% the mean squared error of the baseline.", ["decrease"]),
        # a change noun's `of` past the value's bound; what a value keeps is no change of it
        ("It achieves a speedup of up to 1.7x with limited accuracy degradation.", ["increase"]),
        ("It gives a cut of more than 40% in memory with marginal quality loss.", ["decrease"]),
        # a change noun shared by values that each name their measure
        ("It brings 5% latency, 8% energy, and 7% memory reductions.", ["decrease"] * 3),
        ("It gives 2x latency and 3x memory reductions.", ["decrease"] * 2),
        ("Our model underperforms GPT-4 by 3.2% on MMLU.", ["decrease"]),
        # an explicit plus sign is the value's own direction
        ("It wins on A (+19.2 percentage points) but underperforms on B.", ["increase"]),
        # a clause after a semicolon that opens with its `by` goes on with the verb before
        ("It reduces latency by 43% over A; by 34% over B.", ["decrease", "decrease"]),
        # an aside after a change from one amount to another restates it
        ("Total CodeQL errors drop from 15,088 to 2,463 (83.7%).", ["decrease"]),
        ("It stays 3.3 points below its teacher and 12% ahead of vLLM.", ["decrease", "increase"]),
        # (only right after the value: a `below` further back directs nothing)
        (
            "It sits 3 points below A despite needing five times the training time.",
            ["decrease", "increase"],
        ),
        # `relative` alone makes a relative change; a level moving in its aside directs it
        (
            "Relevance falls by 0.47 points (4.21 -> 3.74 on a 5-point scale; 11.2% relative).",
            ["decrease", "decrease"],
        ),
        ("It narrows the training-serving gap by up to 86%.", ["decrease"]),
        # a participle after a comma opens the next value's own clause
        ("It reduces latency by up to 86%, yielding over 2x recall.", ["decrease", "increase"]),
        # a `by` gives its verb's direction to a value written with a plus
        ("Sharding cuts the memory per device by +35%.", ["decrease"]),
        # what `twice as` compares says its direction
        ("The student is 70% smaller and twice as fast.", ["decrease", "increase"]),
        ("Without the cache it runs twice as slow.", ["decrease"]),
        # an aside after the host's own change noun moves as the host does
        ("Verification gives a 20--79% reduction (median 36.5%).", ["decrease", "decrease"]),
        # suppress, curb and decay are decreases
        # a multiple of another's measure is more of it, whatever a verb further back says
        ("Accuracy falls gently, remaining 1.8 times that of random pruning.", ["increase"]),
        ("The gate suppresses cache overhead by 40%.", ["decrease"]),
        ("Pruning curbs energy use by 25%.", ["decrease"]),
        ("The gradient norm decaying by 30 percent within ten steps.", ["decrease"]),
        # a change noun's `in` and its object before the aside; every item of the aside's list
        ("It costs a small drop in quality (2.1% on BLEU and 3.4% on COMET).", ["decrease"] * 2),
        # an aside after where the change holds restates it
        (
            "It cuts P50 TTFT by 3.5x in the late rounds (2.3x across all rounds).",
            ["decrease", "decrease"],
        ),
        # a restated from-to's value with its own change noun says its own direction
        ("It cuts processing time from 92 hours to 10 minutes (up to 738x speedup).", ["increase"]),
        # where a change moves to keeps its direction, whatever `rising` says
        (
            "Caching cuts latency by a median of 1.4x over recompute, rising to 2.2x on long ones.",
            ["decrease", "decrease"],
        ),
    ],
)
def test_direction_of_by_phrases(sentence, expected):
    found = [*claims_of(sentence, "speedup"), *claims_of(sentence, "percent_change")]
    assert [c.direction for c in sorted(found, key=lambda c: c.start)] == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # one value of two metrics or two devices is two claims (the guide)
        (
            "It gives up to 3x lower latency and up to 3x lower power.",
            [("speedup", 3, "latency"), ("speedup", 3, "energy")],
        ),
        (
            "It achieves 1.5x memory reduction and 1.5x speedup over dense.",
            [("speedup", 1.5, "memory"), ("speedup", 1.5, "speed")],
        ),
        (
            "We train on 8 A100 GPUs and 8 H100 GPUs.",
            [("gpu_count", 8, "NVIDIA A100"), ("gpu_count", 8, "NVIDIA H100")],
        ),
        # the same value restated for the same group is one claim
        ("It is 3x faster. The 3x speedup holds on every model.", [("speedup", 3, "speed")]),
    ],
)
def test_a_value_of_two_metrics_or_devices_is_two_claims(sentence, expected):
    found = [c for c in claims_of(sentence) if c.kind in ("speedup", "gpu_count")]
    assert [
        (c.kind, c.low, c.metric_group if c.kind == "speedup" else c.device) for c in found
    ] == expected


def test_baseline_and_hardware_baseline():
    found = claims_of("It achieves a 3.7x speedup over a DGX H100.", "speedup")
    assert found[0].baseline == "a DGX H100"
    assert found[0].baseline_hardware == "NVIDIA DGX H100"


@pytest.mark.parametrize(
    "sentence, canonical",
    [
        ("We run on A100-80GB GPUs.", ["NVIDIA A100"]),
        ("On a DGX H100 system.", ["NVIDIA DGX H100"]),
        ("Frontier supercomputer with MI250X GPUs.", ["AMD Instinct MI250X", "Frontier (OLCF)"]),
        ("Jetson AGX Orin and RTX 4090.", ["NVIDIA GeForce RTX 4090", "NVIDIA Jetson AGX Orin"]),
        # a Jetson board named without its family
        ("It reaches 125 FPS on NVIDIA TX2.", ["NVIDIA Jetson TX2"]),
        (
            "Hopper, Ada and Ampere GPU architectures.",
            ["NVIDIA Ada Lovelace", "NVIDIA Ampere", "NVIDIA Hopper"],
        ),
        ("Frontier models such as GPT-4 and T5.", []),
        ("We use NVLink, InfiniBand and CUDA.", []),
        # an ambiguous name a paper introduces is its own system; used, it is hardware
        ("We present L4, a runtime system for LLM inference on GPUs.", []),
        ("This paper introduces Frontier: an exascale-ready scheduler for HPC nodes.", []),
        ("We run LLM inference on an NVIDIA L4, a GPU card.", ["NVIDIA L4"]),
        # ... and stays the paper's own system after it is introduced
        (
            "We propose Andes, a serving system for GPU clusters. Andes's scheduler saves GPUs.",
            [],
        ),
        ("We propose Orca, a scheduler. It runs on the Andes cluster nodes.", ["Andes (OLCF)"]),
        # an ambiguous name before a company word is the company
        ("It pairs an Arm CPU from Ampere Computing with two NVIDIA GPUs.", []),
        ("It pairs Ampere GPUs from NVIDIA Corp. with an Arm CPU.", ["NVIDIA Ampere"]),
        # a name may follow a count's hyphen, not a word's
        ("Each 8-H100 GPU node serves one replica.", ["NVIDIA H100"]),
        ("The Llama-A100 and TX-A100 names are models.", []),
        # an architecture named beside CUDA's own words is hardware; beside nothing, a name
        ("It generates a raw-CUDA+CuTe Hopper WGMMA kernel.", ["NVIDIA Hopper"]),
        # a vendor's inner capitals as papers also write them
        ("It runs on a Zynq Ultrascale+ board.", ["Xilinx UltraScale+ MPSoC"]),
        ("Admiral Hopper wrote one of the first compilers.", []),
        # an ambiguous name heading a model, a lab or a theory's machine is no hardware, even
        # with hardware words near it; beside a phrase of hardware, it is
        ("Frontier models are costly to train on a large GPU cluster.", []),
        ("Efficient Training of Frontier Models on Commodity Clusters", []),
        ("The system is analogous to a Turing Machine or Von Neumann architecture.", []),
        ("Turing Natural Language Generation (T-NLG) is a language model on GPUs.", []),
        ("Turing-NLG is trained on NVIDIA GPUs.", []),
        ("Aurora, a foundation model for the atmosphere, is trained on a GPU cluster.", []),
        ("Aurora, an exascale AI supercomputer at Argonne, runs it.", ["Aurora (ALCF)"]),
        ("Frontier, the first exascale system, runs it.", ["Frontier (OLCF)"]),
        ("Frontier AI labs train on GPU clusters.", []),
        ("We evaluate detection on Pascal VOC and COCO with 8 GPUs.", []),
        ("The solver discretises Maxwell's equations on GPUs.", []),
        ("Volta, our scheduler, cuts GPU idle time.", []),
        ("Frontier is the first exascale system.", ["Frontier (OLCF)"]),
        ("We run on Volta, the previous GPU generation.", ["NVIDIA Volta"]),
        ("We use Huawei Ascend AI accelerators.", ["Huawei Ascend"]),
        # an ambiguous name inside a longer proper name, or in the plural, is another thing;
        # a title capitalises every word and still names the machine
        ("The system was shown at the Hong Kong Frontier Technology Summit.", []),
        # a product line's word after a context word: the laptop's chip
        ("We evaluate on a MacBook Pro M2, a mainstream laptop.", ["Apple M2"]),
        # a LaTeX tie between a name and its number
        ("It uses two synchronized Raspberry Pi~5 devices.", ["Raspberry Pi 5"]),
        # a code among codes of its letter that name no hardware, or negated
        ("Models are tested on early (T1,T2) vs. advanced (T3,T4) and T4 vs. non-T4 cases.", []),
        ("It runs on a T4 GPU in tier T1 clouds.", ["NVIDIA T4"]),
        ("We compare K80 and K40 GPUs.", ["NVIDIA K40", "NVIDIA K80"]),
        ("We built a system named Transom Eagle Eye for GPU clusters.", []),
        ("It was ranked for the Paris AI Action Summit on GPUs.", []),
        ("Recent Advances and New Frontiers in Application to GPU Clusters", []),
        ("Training Trillion Parameter Models on Frontier Using AMD GPUs", ["Frontier (OLCF)"]),
        (
            "We train on OLCF Frontier and the Summit supercomputer.",
            ["Frontier (OLCF)", "Summit (OLCF)"],
        ),
        ("The problems follow the German K-10 curriculum.", []),
        ("The problems are solved on K10 GPUs.", ["NVIDIA Tesla K10"]),
        ("A reasoner developed on Ascend Neural Processing Units (NPUs).", ["Huawei Ascend"]),
        ("It scales on the Argonne Aurora exascale system.", ["Aurora (ALCF)"]),
        # a bare number names a card after its vendor or before a word of its kind only
        (
            "We use 8x NVIDIA 3090 GPUs and a GeForce 4080.",
            ["NVIDIA GeForce RTX 3090", "NVIDIA GeForce RTX 4080"],
        ),
        ("It runs on two 4090 GPUs.", ["NVIDIA GeForce RTX 4090"]),
        ("We processed 4090 images on 3090 nodes.", []),
        ("It runs on an NVIDIA RTX ADA 6000 GPU.", ["NVIDIA RTX 6000 Ada Generation"]),
        # a short name alone, as a bare number: after its vendor or before a word of its kind
        ("We report L2 size and L2 latency of the GPU on P4/P6 splits.", []),
        ("Assessing CS1 courses and CS2 matches with a GPU.", []),
        ("Visually impaired individuals (VIIs) use GPUs.", []),
        ("The sphere S^{d-1} of the (D-1)-dimensional space on chips.", []),
        (
            "It runs on an NVIDIA L2, a Radeon VII, a Tesla P4 and 16 CS-2 systems.",
            ["AMD Radeon VII", "Cerebras CS-2", "NVIDIA L2", "NVIDIA P4"],
        ),
        # the desktop Grace Blackwell superchip
        ("It tunes FlashAttention on NVIDIA GB10.", ["NVIDIA GB10"]),
        # a Core brand with no model is the family; a model still resolves to itself
        (
            "It runs on an Intel Core i7 CPU, a Core i5 laptop and a Core i7-8700K desktop.",
            ["Intel Core i5", "Intel Core i7", "Intel Core i7-8700K"],
        ),
        # an RTX A-series board by its model number alone
        ("It runs on an A5000 GPU and an A4500.", ["NVIDIA RTX A4500", "NVIDIA RTX A5000"]),
        # a runtime after a Jetson board is no part of its name
        ("It runs on Jetson Orin ONNX/TensorRT deployments.", ["NVIDIA Jetson Orin"]),
        # an unlisted SambaNova part only after its vendor or before its RDU
        (
            "We run on ORO Subnet 15 (SN15) and on a SambaNova SN50 and SN60 RDUs.",
            ["SambaNova SN50", "SambaNova SN60"],
        ),
        # an ambiguous name listed among things that are no hardware is one of them
        (
            "We fine-tune on four corpora (Alpaca, Dolly, Turing, ShareGPT) on an A100 GPU.",
            ["NVIDIA A100"],
        ),
        (
            "We compare GPU generations (Volta, Turing, Ampere) on an A100 GPU.",
            ["NVIDIA A100", "NVIDIA Ampere", "NVIDIA Turing", "NVIDIA Volta"],
        ),
    ],
)
def test_hardware(sentence, canonical):
    assert sorted(c.canonical for c in claims_of(sentence, "hardware")) == canonical


@pytest.mark.parametrize(
    "sentence, group",
    [
        # the metric phrase decides, by the first group of the vocabulary it names
        ("It gives 3.2x higher decode throughput than vLLM.", "throughput"),
        ("It reduces tail latency by 37%.", "latency"),
        ("It improves energy efficiency by 2x.", "energy"),
        ("It cuts per-epoch training time by 1.6x.", "time"),
        ("It reduces peak memory footprint by 40%.", "memory"),
        ("It reduces communication volume by 3x.", "communication"),
        ("It raises GPU utilization by 25%.", "utilization"),
        ("It shrinks the model size by 4x.", "size"),
        ("It lowers serving cost by 30%.", "cost"),
        ("It improves accuracy by 1.9%.", "accuracy"),
        ("It grows the context length by 4x.", "other"),
        # no metric phrase: the words beside the value, nearest first
        ("It delivers a 1.7x decode speedup.", "speed"),
        ("It achieves a 2.2x improvement in inference throughput.", "throughput"),
        ("Its throughput acceleration reaches 3.2x over HuggingFace.", "throughput"),
        ("It adds +14.5pp across six benchmarks.", "accuracy"),
        # the clause's subject names it, however far back (`X's throughput beats A, B ... by`)
        (
            "Our kernel's decode throughput beats five recent serving systems, Orca, vLLM, "
            "SGLang, LightLLM and TGI, by 2.1x.",
            "throughput",
        ),
        # the phrase after `in`/`on` right after the value, when it names a group
        ("It achieves a 5x speedup in wall-clock time over X.", "time"),
        ("It achieves speedups of 5.97x in quantization time.", "time"),
        # the phrase before a change noun whose `of` leads to the value
        ("They achieve area efficiency improvements of 1.27x.", "size"),
        ("It reaches a throughput acceleration of up to 1.36x over vLLM.", "throughput"),
        # `in` a phrase, then `by` the value
        ("It beats X in GPU utilization by 20%.", "utilization"),
        # the subject of the verb that gives the value; a noun phrase right after the value
        ("The geomean bandwidth efficiency shows 3.28x improvements.", "utilization"),
        ("It achieves 2.22x decode throughput.", "throughput"),
        # `in terms of` after a comparative; a sentence that opens with its metric
        ("It is 1.91x better in terms of geomean throughput than X.", "throughput"),
        ("For memory footprint, it achieves improvements of up to 3x.", "memory"),
        # a percent change of no finer metric, in a sentence that names a dataset
        ("The students gain up to 8.0% on the CIFAR-100 dataset.", "accuracy"),
        # negatives: no group word anywhere, and words inside other words; no dataset named
        ("The students gain up to 8.0% on average.", "speed"),
        ("It achieves a 3x speedup on A100 GPUs.", "speed"),
        ("It achieves a 3x speedup in the prefill stage.", "speed"),
        ("It achieves a 3x speedup.", "speed"),
        ("It reduces inference time by 1.4x.", "time"),
        ("It is 3.95x faster and 4 times cheaper.", "speed"),
        # a comparative alone (`6 times smaller`); more requests are throughput
        ("The model is 6 times smaller.", "size"),
        ("It serves 4.48x more requests than vLLM.", "throughput"),
        # a change noun's `in` names the metric even when no group word is in it
        ("It leads to a 40.5% decrease in error corrections.", "other"),
        ("It achieves a 30% relative improvement in task success.", "accuracy"),
        ("It brings a significant improvement in key engagement metrics (up to +2.66%).", "other"),
        # a metric of no group is not overruled by a word further left; a generic head in a
        # sentence that names scores is accuracy
        ("With 1.5 trillion parameters, they improve metrics in A/B tests by 12.4%.", "other"),
        ("It improves Pass@1 by 28.9% and boosts Tester performance by 68.9%.", "accuracy"),
        ("Its communication cost falls by 15%.", "communication"),
        # how many machines a job needs is its cost
        ("It reduces the number of GPUs required by 40%.", "cost"),
        # trim, slash and shorten change their object as reduce does
        ("It trims p99 latency by roughly 2x and boosts goodput by 4.1x.", "latency"),
        ("It slashes memory traffic by 37%.", "communication"),
        # `absolute` and `relative` say how a change is counted, not what changed
        ("It reaches 71.2% on MMLU, a 4.5% absolute improvement.", "accuracy"),
        # what an earlier clause measures is not what a value after `outperforms` does; the
        # verb's own subject is
        ("It is more energy efficient than A, and B outperforms C by 1.2x.", "speed"),
        ("The geomean throughput of B outperforms C and D by 1.2x.", "throughput"),
        # a serving system's capacity is the work it does per unit of time
        ("It boosts serving capacity by up to 16.7%.", "throughput"),
        ("It achieves 10.2x tighter SLO than X.", "latency"),
        # a scope opening the sentence says what a bare `faster` or `speedup` measures
        ("In index build time, A is 2x to 9x faster than B.", "time"),
        ("In terms of end-to-end latency, A achieves a 2.1x speedup over B.", "latency"),
        ("For decode throughput, the kernel is 1.8x faster than B.", "throughput"),
        # ... when its own last word names the group: a setting is not what changed
        ("In memory-bound settings, A is 3x faster than B.", "speed"),
        ("In this work, A shows a 3x speedup over B.", "speed"),
        # after `faster`, an activity got faster whatever its modifier names
        ("It gives 14x faster parameter saving than B.", "speed"),
        ("It gives 3x faster weight loading than B.", "speed"),
        ("It gives 1.9x faster prefill latency than B.", "latency"),
        # a rate per second is a throughput
        ("It serves 25% more queries per second than B.", "throughput"),
        ("It compresses the key-value cache by 20x.", "memory"),
        # machines counted are what a job costs; a device a value is measured on is no metric
        ("It serves the same load with 50% fewer GPUs than B.", "cost"),
        ("It needs 30% fewer nodes.", "cost"),
        # how much data a method needs to learn is not energy
        ("It achieves up to 2.52x improvement in sample efficiency and can solve tasks.", "other"),
        ("It shows 5x greater data efficiency than B.", "other"),
        ("It achieves 3x higher energy efficiency than the GPU.", "energy"),
        # a comparative of size right after the value; elsewhere it modifies another noun
        ("It is tested on a 680x larger in-house dataset.", "size"),
        ("It rivals teacher models an order of magnitude larger.", "size"),
        ("Gains were four times larger for lower-skilled workers.", "size"),
        ("It is one order of magnitude deeper than prior Transformers.", "size"),
        ("DeLighT networks are 2.5 to 4 times deeper than standard models.", "size"),
        ("It is 2x wider and 3x faster.", "size"),
        # what a run computes is what it costs; `compute` modifying a head leaves it the group
        ("Lion reduces the training compute by up to 2.3x.", "cost"),
        ("It improves compute utilization by 1.3x.", "utilization"),
        ("It outperforms the larger-scale model, GPT-4o-mini, by 21.33% on MMLU.", "accuracy"),
        ("It trains 2x faster with larger batches.", "speed"),
        ("It improves throughput per GPU by 20%.", "throughput"),
        ("It achieves 74% GPU speedup on Softmax.", "speed"),
        # a verb's object, then the setting it was measured in, before `by`
        (
            "It improves serving throughput within desired latency SLOs of Mistral-7B by up "
            "to 2.6x on a single A100 GPU.",
            "throughput",
        ),
        ("It improves significantly across all three modes of reasoning: by up to 10.2%.", "speed"),
        # what a speed was measured as, named after the comparator
        ("It is 1.2 times faster with measured GPU latency.", "latency"),
        ("It is 2.6x faster than EfficientNet w.r.t measured latency.", "latency"),
        ("It achieves a 3x speedup with lower latency.", "speed"),
        # image, segmentation and pose quality are accuracy
        ("It improves PSNR by 12.2% over 3DGS.", "accuracy"),
        ("It achieves a 16% improvement in SSIM.", "accuracy"),
        ("It beats B by 13.9% in mIoU.", "accuracy"),
        ("It gives 90x smaller rotation errors than B.", "accuracy"),
        ("It achieves a 37.3% reduction in chamfer distance.", "accuracy"),
        # an error that causes a cost is no accuracy: only the named errors are
        ("It cuts error-induced overhead by 30%.", "time"),
        # a metric phrase ends where the next claim's noun phrase or value starts
        ("It gives a 5x speedup in optimization and an average PSNR gain of 1.2 dB.", "speed"),
        (
            "It beats B by +8.42 and +3.28 points in mIoU, and +5.11 and +22.41 points in IoU.",
            "accuracy",
        ),
        (
            "It beats the state of the art by 13.8% in mIoU, and the robot achieves 77.1% success.",
            "accuracy",
        ),
        # coverage of tests or states is a quality of the results
        ("It improves branch coverage by 31%.", "accuracy"),
        # the phrase ends where another verb takes its own value
        ("It beats B by 32% in activity coverage, and detects 31% more bugs.", "accuracy"),
        # a bare gain beside a success rate or an mIoU is one of accuracy
        ("It reaches a 97.3% average success rate on LIBERO (11.8% improvement).", "accuracy"),
        ("Our model attains 41.2 mIoU, an 8.3% improvement.", "accuracy"),
        # what a run computes is its cost, its time is time; fine-tuning sped up is speed
        ("It reduces computation by 3.5x while improving accuracy.", "cost"),
        ("It reduces computation time by 3.5x.", "time"),
        ("It achieves 54% faster MoE computation and less traffic.", "speed"),
        ("It reduces GPU consumption by 16x in video generation.", "cost"),
        ("It accelerates fine-tuning by up to 3.07x.", "speed"),
        ("It accelerates attention layers by up to 2.45x for causal masks.", "speed"),
        # an error as the head of what changed is a quality; a cost per error is a cost, and
        # corrections of errors are neither
        ("It cuts the test error by 2.4% on CIFAR-10.", "accuracy"),
        ("It sharpens per-kernel error to 3.8%, a 7.3x improvement over A.", "accuracy"),
        ("It reduces the cost-per-error by 599x.", "cost"),
        ("It leads to a 40.5% decrease in error corrections.", "other"),
        # points move scores, whatever a word further left names
        ("Our model with Memory Replay can achieve at least 1% point increase.", "accuracy"),
        # a speed named right after the value, whatever datasets the sentence names
        ("It leads to up to 40% speedup gains on sparse datasets.", "speed"),
        ("This reduces RAM usage by more than 50% during training.", "memory"),
        # no word past what the value keeps names its group
        (
            "We reduce the storage required by networks by an order of magnitude without "
            "affecting their accuracy.",
            "memory",
        ),
        # what an aside sizes stands before its parenthesis
        ("The model is smaller (39% of the original), faster (1.6x for images).", "speed"),
        ("It can reduce a chip's energy use (up to 40%) without performance overheads.", "energy"),
        # what a value keeps (`with no ... drop in accuracy`) is no part of its phrase
        ("It yields compression ratios of up to 33x with no significant drop in accuracy.", "size"),
        # fuel and CO2 are energy a vehicle spends
        ("The fuel consumption is cut by 14%.", "energy"),
        ("It gives a 2.1% reduction of CO2 emissions on the highway.", "energy"),
        # success heading a phrase is a rate of it; a time to it is a time
        ("It improves robotic bin-picking success by 19.54%.", "accuracy"),
        ("It reduces Time to First Success by 11x.", "time"),
        # a performance gain on a benchmark is accuracy
        ("It improves upon LLaVA by 3.2% on the MMMU-Pro bench.", "accuracy"),
        # a slash joins two measures: the first names the group
        ("Quantization cuts memory/energy by up to 3.9x.", "memory"),
        ("It is 28% slower than the dense kernel.", "speed"),
        # `time-series` names the data a model reads, not a time
        ("It improves time-series forecasting by 14%.", "other"),
        # the value's phrase ends at a comma: the next item's words are not its measure
        ("It gains 10.5% MCA on ARC, and reduced latency on phones.", "speed"),
        # a speed-up of a computation is a speed; electricity used is energy, paid for a cost
        ("SLAG gives an 18 times speedup in embedding computation.", "speed"),
        ("It needs 72% less electricity usage.", "energy"),
        ("It cuts electricity costs by 40%.", "cost"),
        # the object a verb beats is no measure of the value that sizes the win
        ("It surpasses external memory systems such as ExpeL by up to 38%.", "speed"),
        # `ACC` in a sentence is a score's, as `accuracy` is
        ("It has the best Total ACC, beating the strongest baseline by 2.3%.", "accuracy"),
        ("The framework lowered computational load by 99%.", "cost"),
        ("They include held-out MAE reductions of 17.4% for band gap.", "accuracy"),
        # a plural benchmark word is a score's context too
        (
            "The best WERs came with SRM, reflecting relative improvements of 30.02% and 16.64%.",
            "accuracy",
        ),
        # points of a generic `performance` are a score's
        ("It improves BoolQ performance by 18.1 percentage points.", "accuracy"),
        # the first value of a list reads the words after the whole list
        ("It reaches up to 6.5x, 4.4x, and 2.1x end-to-end speedup vs AR.", "speed"),
        # `accuracies` in a sentence are scores, as `accuracy` is
        (
            "It attains average accuracies of 91% on A, beating a supervised baseline by 35.8%.",
            "accuracy",
        ),
        # what points are measured in stands before their comparator
        ("It yields gains of up to 9.2 points over supervised post-training.", "accuracy"),
    ],
)
def test_metric_group(sentence, group):
    found = [*claims_of(sentence, "speedup"), *claims_of(sentence, "percent_change")]
    assert found[0].metric_group == group


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # a list of metrics pairs with a list of values, with `respectively` or in one list
        (
            "It achieves up to 279x and 480x speedups in initialization and query time, "
            "respectively.",
            [("initialization time", "time"), ("query time", "latency")],
        ),
        (
            "It gives 17.77%, 2.49x, and 2.32x reductions on latency, energy, and area.",
            [("latency", "latency"), ("energy", "energy"), ("area", "size")],
        ),
        # a second object of the verb, after a value, is the next value's metric
        (
            "It reduces hardware cost by 19% and TDP by 2%.",
            [("hardware cost", "cost"), ("TDP", "energy")],
        ),
        # negatives: a list inside one phrase stays whole; one value keeps the whole list
        (
            "It improves SLO attainment for TPOT and TBT by up to 66% and 48%, respectively.",
            [("SLO attainment for TPOT and TBT", "other")] * 2,
        ),
        (
            "It reduces the communication volume and overhead by up to 22x.",
            [("communication volume and overhead", "communication")],
        ),
        # a comparator ends the metric phrase after a comparative
        ("It has a 26% higher geometric mean vs greedy.", [("geometric mean", "other")]),
        ("It has 1.8x better cost efficiency against GPUs.", [("cost efficiency", "cost")]),
        # the nearest verb's object: an earlier verb's phrase never spans a `by`
        (
            "It reduces time-to-first-token by half and improves throughput by 1.8x.",
            [("throughput", "throughput")],
        ),
        # the subject of a change verb; a clause after the value names no metric of its own
        (
            "Latency improves by 1.7x while accuracy drops by at most 0.3%.",
            [("Latency", "latency"), ("accuracy", "accuracy")],
        ),
        ("Peak memory usage is reduced by 37%.", [("Peak memory usage", "memory")]),
        ("The energy-delay product is improved by 5.8x.", [("energy-delay product", "energy")]),
        # a verb's second `by`, and its object past an aside in parentheses
        (
            "It reduces end-to-end latency by 1.5x for chat and by 2.6x for offloading.",
            [("end-to-end latency", "latency")] * 2,
        ),
        ("We reduce the tail latency (P99) by 62%.", [("tail latency", "latency")]),
        # a value restating a from-to change, or a clause on an amount, compares that
        (
            "It lowers the P99 latency from 420 ms to 95 ms, a 77% reduction.",
            [("P99 latency", "latency")],
        ),
        (
            "Training time was reduced from 14 days to 3.5 days, a 4x improvement.",
            [("Training time", "time")],
        ),
        (
            "It attains a throughput of 3.2k images/s, which is 18% higher than TensorRT.",
            [("throughput", "throughput")],
        ),
        ("Our method improves by 12% in throughput.", [("throughput", "throughput")]),
        # the phrase after `in` ends where the next value of the list opens with its qualifier
        (
            "It gives 13% to 57% improvement in task success and up to a 9% gain in F1 score.",
            [("task success", "accuracy"), ("F1 score", "accuracy")],
        ),
        # ... or with an article
        (
            "It gives a 2.5-fold reduction in time-to-first-token and a 3-fold gain in goodput.",
            [("time-to-first-token", "latency"), ("goodput", "throughput")],
        ),
        # drops, declines, rises, jumps and growth name what changed after `in`
        (
            "It yields a 40% drop in energy and an 8x rise in throughput.",
            [("energy", "energy"), ("throughput", "throughput")],
        ),
        ("We see a 25% decline in tail latency.", [("tail latency", "latency")]),
        ("It shows a 3x jump in decoding throughput.", [("decoding throughput", "throughput")]),
        # the word before `speedups of` is part of the metric when it names a scope, not when
        # it is a verb, an article or a qualifier
        ("It gives speedups of 1.5x over vLLM.", [("speedups", "speed")]),
        ("It achieves an average speedup of 2x.", [("speedup", "speed")]),
        ("It delivers kernel speedups of 3.3x.", [("kernel speedups", "speed")]),
        ("It reaches an overall speedup of 3.7x.", [("overall speedup", "speed")]),
        ("Speedups of up to 3.2x are observed against cuDNN.", [("Speedups", "speed")]),
        # a preposition after a comparative opens no metric
        (
            "It is 1.3-1.7x faster on H100 and 2x faster on A100.",
            [("faster", "speed"), ("faster", "speed")],
        ),
        ("It is 3x faster with no accuracy loss.", [("faster", "speed")]),
        # a count's `of` goes on to what is counted; another `of` ends the phrase
        (
            "It gives a 3-8% increase in the number of frames classified over A.",
            [("number of frames classified", "throughput")],
        ),
        ("It gives a 20% increase in the speed of training.", [("speed", "speed")]),
        # a verb's object without `by`, and the next object after `and`
        (
            "It reduces model size ~4x and inference latency ~2-3x with no accuracy loss.",
            [("model size", "size"), ("inference latency", "latency")],
        ),
        ("It cuts memory traffic 4.2x.", [("memory traffic", "communication")]),
        # every change verb's form, the rarer ones too
        ("Our scheduler curtails tail latency 3.2x.", [("tail latency", "latency")]),
        (
            "The cache mitigates tail latency 2x and it trims memory 3x.",
            [("tail latency", "latency"), ("memory", "memory")],
        ),
        # a metric phrase ends where the next clause's own change opens
        (
            "It improves accuracy by 3.2 points on GSM8K and reduces the error rate by 12%.",
            [("accuracy", "accuracy"), ("error rate", "accuracy")],
        ),
        # a regression or a slowdown is a change of what it names
        (
            "We observe a 5-10% throughput regression on small batches.",
            [("throughput", "throughput")],
        ),
        # what a change verb takes a share of
        ("The cache saves 60% of prefill memory.", [("prefill memory", "memory")]),
        # a named metric's phrase ends at the next value's; `mean` is a qualifier, no modifier
        (
            "It yields a geometric mean speedup of 2.7x and a median improvement of 18% over XLA.",
            [("speedup", "speed"), (None, "speed")],
        ),
        (
            "It reduces energy by up to 67% and tail latency by up to 69%.",
            [("energy", "energy"), ("tail latency", "latency")],
        ),
        # the comparator between the object and `by` is not part of the metric
        ("It improves latency over Ansor by 1.37x.", [("latency", "latency")]),
        (
            "It improves the throughput of LLM serving over vLLM by 2x.",
            [("throughput of LLM serving", "throughput")],
        ),
        # more verbs whose object is what changed
        (
            "It cuts recovery time by 98% and mitigates utilization loss by 68%.",
            [("recovery time", "time"), ("utilization loss", "utilization")],
        ),
        ("It minimizes tail latency by 41% against B.", [("tail latency", "latency")]),
        # a list's rest written with LaTeX's sign still leads to the shared phrase
        (
            "It is 1.2$\\times$ and 2.9$\\times$ more power efficient than A and B.",
            [("power efficient", "energy"), ("power efficient", "energy")],
        ),
        # a comparative's phrase ends before `despite`, `under`, `using` ...
        (
            "It gives 20% better power efficiency despite 87% lower throughput.",
            [("power efficiency", "energy"), ("throughput", "throughput")],
        ),
        ("It gives 35% lower query latency under heavy load.", [("query latency", "latency")]),
        # a passive's subject after the clause's own verb is what changed
        (
            "Tests on two datasets show embedding latency reduced by 23x versus A.",
            [("embedding latency", "latency")],
        ),
        # the unit of a value restated after `, which is` measures it
        ("It reaches 1.85 TOPS/W, which is 2.7x better than A.", [("TOPS/W", "energy")]),
        ("It reaches 3.2 ms, which is 2x lower than A.", [(None, "speed")]),
        # a title capitalises its comparatives and change nouns too
        ("Up to 4x Lower Latency for MoE Inference", [("Latency", "latency")]),
        ("An Accelerator with 2.3x Energy Savings", [("Energy", "energy")]),
        # a multiple of a measure names it, not the clause before
        (
            "It cuts TTFT by 38% while sustaining 1.6x the request rate.",
            [("TTFT", "latency"), ("request rate", "throughput")],
        ),
        ("It reaches 3x the throughput of one node.", [("throughput", "throughput")]),
        ("It needs 2x the number of GPUs.", [(None, "cost")]),
        # a value written with its noun heads no list: the percent's phrase is its own
        (
            "It gives a speedup of 2.1 and 40% lower memory.",
            [(None, "speed"), ("memory", "memory")],
        ),
        # `compress` takes its object as the metric; the noun `compression` takes none
        ("It compresses the LLM key-value cache by 20x.", [("LLM key-value cache", "memory")]),
        (
            "A lossless compression framework that reduces LLM size by 30%.",
            [("LLM size", "size")],
        ),
        # a change verb inside an `in` phrase names what it changes
        (
            "A 100 ms increase in response time can reduce conversion rates by 1-3%.",
            [("conversion rates", "other")],
        ),
        # a preposition after the value opens a setting, not the value's noun
        ("Throughput improves by 1.5x-2.0x across batch sizes.", [("Throughput", "throughput")]),
        # the same verb's next `by` ends the phrase before it
        (
            "It outperforms A by 2.2x in throughput and by 35% in tail latency.",
            [("throughput", "throughput"), ("tail latency", "latency")],
        ),
        # a value right after an amount compares that amount, its unit the metric
        ("It reaches 1,520 images/s, 31% more than TensorRT.", [("images/s", "throughput")]),
        ("It moves 3.2 GB/s, 40% more than NCCL.", [("GB/s", "communication")]),
        # a list's later item may carry its own qualifier: the list still shares its phrase
        (
            "Kernels are on average 1.27x and up to 3.05x faster than cuDNN.",
            [("faster", "speed"), ("faster", "speed")],
        ),
        # a from-to change restated in parentheses
        (
            "It reduces end-to-end latency from 120 ms to 45 ms (2.7x).",
            [("end-to-end latency", "latency")],
        ),
        # a second object after a value, its percent written as a word; no object opens
        # with the `by` right after a verb
        (
            "Accuracy improves by 3 per cent and recall by 5 percent.",
            [("Accuracy", "accuracy"), ("recall", "accuracy")],
        ),
        (
            "It improves speed by 2x and reduces their energy use by 45%.",
            [("speed", "speed"), ("energy use", "energy")],
        ),
        # the last item lends its head noun to the others, not to itself
        (
            "It gives improvements of 11%, 22%, and 74% in PSNR, LPIPS, and Depth L1, "
            "respectively.",
            [("PSNR", "accuracy"), ("LPIPS", "accuracy"), ("Depth L1", "other")],
        ),
        # a verb's object may hold an aside before its own: the object still names it
        (
            "EVS reduces large language model (LLM) time-to-first-token (TTFT) by up to 4x "
            "with minimal accuracy loss.",
            [("large language model (LLM) time-to-first-token", "latency")],
        ),
        # a value's own noun names it, a metric at a cut-off too
        (
            "It cuts computation by up to 60% with less than 2% nDCG@10 loss.",
            [("computation", "cost"), ("nDCG@10 loss", "accuracy")],
        ),
        # metrics listed after a comparative pair with the values in order, as `respectively` says
        (
            "It achieves 2.1x and 3.4x lower latency and energy, respectively.",
            [("latency", "latency"), ("energy", "energy")],
        ),
        (
            "It gives 2x, 3x and 4x higher throughput, goodput and SLO attainment, respectively.",
            [("throughput", "throughput"), ("goodput", "throughput"), ("SLO attainment", "other")],
        ),
        # values in an aside after a comparative's phrase measure what it names, in order
        (
            "Its FPGA design achieves better run-time performance and energy efficiency (up to "
            "3.1x and 1.4x improvements, respectively) than the GPU implementation.",
            [("run-time performance", "speed"), ("energy efficiency", "energy")],
        ),
        ("It yields higher throughput (up to 2.1x) than vLLM.", [("throughput", "throughput")]),
        # a value in an aside after a change noun restates that change, named before it
        ("It achieves a large latency reduction (35%) on A.", [("latency", "latency")]),
        (
            "It achieves significant energy savings (up to 79% reduction) via mixed precision.",
            [("energy", "energy")],
        ),
        (
            "It keeps 97.7% of the memory and maintains low perplexity degradation (+0.57%).",
            [("perplexity", "accuracy")],
        ),
        # a list's later factors may be written with a capital X
        (
            "It gives up to 4.2X energy improvement for CNNs, 1.6X and 1.8X improvement for "
            "LSTMs and MLPs, respectively.",
            [("energy", "energy"), (None, "energy"), (None, "energy")],
        ),
        # a verb capitalised at a sentence's start or in a title still takes its object
        ("Cutting LLM Serving Cost by 50% with Spot Instances", [("LLM Serving Cost", "cost")]),
        (
            "Reduces energy consumption by 40% while meeting latency SLOs.",
            [("energy consumption", "energy")],
        ),
        # a verb's later objects after commas, each with its own `by`
        (
            "It reduces training time by 13%-57%, energy by 10%-39%, and memory by 7%-32%.",
            [("training time", "time"), ("energy", "energy"), ("memory", "memory")],
        ),
        # what a verb improves over is its comparator, not its metric
        ("It improves over vLLM by 12% on long prompts.", [(None, "speed")]),
        # a change verb's object, then a qualified aside with the value
        ("It reduces latency (by up to 30%) for long prompts.", [("latency", "latency")]),
        ("It improves throughput (up to 2.3x) and cuts cost.", [("throughput", "throughput")]),
        # a noun read as a change verb takes no `and` as its object; the next value's qualifier
        # ends a phrase
        (
            "It gives up to 26.3% energy savings and reduces QoS violations by 4x-7x.",
            [("energy", "energy"), ("QoS violations", "other")],
        ),
        (
            "It gives an 89% reduction in profiling time and less than 4% error overall.",
            [("profiling time", "time")],
        ),
        # a verb's clause after `and` ends the metric
        (
            "It gives 10x improvement in latency and enables inference on wider networks.",
            [("latency", "latency")],
        ),
        # ... and so does `and` before a verb that beats, and a setting's `after`
        (
            "It improves the base model by 7-15% in accuracy and outperforms prior methods.",
            [("accuracy", "accuracy")],
        ),
        (
            "We observe 25% relative improvement in F1 after augmenting a small set.",
            [("F1", "accuracy")],
        ),
        # ... and so does a clause with a subject of its own
        (
            "It saves 46%-54% of processor energy, and it allows background jobs to run.",
            [("processor energy", "energy")],
        ),
        # a loss of a quality names it
        ("It prunes weights with accuracy loss of 0.03%.", [("accuracy", "accuracy")]),
        # a comparative's phrase ends at `respectively` and before a verb
        ("It runs with 5x and 3x less cost respectively.", [("cost", "cost")] * 2),
        ("Models trained with up to 4x more compute have emerged.", [("compute", "cost")]),
        # a comparator, a `but` clause, after the value name no metric
        ("It performs 4.86x than DeepSpeed-Inference on one GPU.", [(None, "speed")]),
        ("It gets up to 2.3x on an A100 GPU but also showcases scalability.", [(None, "speed")]),
        # a gerund that delivers the change is no part of its metric
        (
            "It wins, delivering throughput gains of 1.8% on A and 9.3% on B.",
            [("throughput", "throughput")] * 2,
        ),
        # an item of a list opening with its own comparative is a change of its own
        (
            "It shows a 4x improvement in control throughput, smoother control inputs, and "
            "faster computation time.",
            [("control throughput", "throughput")],
        ),
        # `respectively` between the objects and `by`; a comparator's aside before `by`
        (
            "It reduces energy consumption and memory footprint respectively by 1.74x and 2.64x.",
            [("energy consumption", "energy"), ("memory footprint", "memory")],
        ),
        (
            "We improve memory and latency over the state-of-the-art (SOTA) by 2.3x and 1.14x.",
            [("memory", "memory"), ("latency", "latency")],
        ),
        # a loss or degradation names what it lowers, after `in` or `of` (with `only`)
        (
            "It cuts latency by 4x for less than 1% loss in accuracy.",
            [("latency", "latency"), ("accuracy", "accuracy")],
        ),
        (
            "It can reduce up to 3.1x the total on-device memory usage with an accuracy "
            "degradation of only up to 0.4%.",
            [("total on-device memory usage", "memory"), ("accuracy", "accuracy")],
        ),
        # a change noun straight to its bound, or its `in` phrase then the bound
        ("Models have shown speed improvements up to 3.67x.", [("speed", "speed")]),
        (
            "It gets a speedup in latency and throughput up to 2.28 times.",
            [("latency and throughput", "latency")],
        ),
        (
            "It improves by up to 10.1% on MMLU, and improving mean latency up to 6.1%.",
            [("MMLU", "accuracy"), ("mean latency", "latency")],
        ),
        # `speed up` written in two words is the change noun
        ("It achieves a 2.7x decoding speed up.", [("decoding", "speed")]),
        # an FPGA's look-up tables and flip-flops are its size; a computational complexity a cost
        (
            "It reduces the look-up table and flip-flop usage by 1.8x and 1.3x, respectively.",
            [("look-up table", "size"), ("flip-flop usage", "size")],
        ),
        (
            "It cuts the computational complexity up to 5 times.",
            [("computational complexity", "cost")],
        ),
        # an aside's value sizes the change before it, whatever follows the aside
        ("It achieves speed-ups (up to 5x) with no accuracy drop.", [(None, "speed")]),
        # a gerund's clause after a comma is no item of a list of metrics
        (
            "It gives an 11.40% reduction in training time, underscoring its speed and efficiency.",
            [("training time", "time")],
        ),
        # a count of operations (`GFLOPs`) is a cost, a rate of them (`GFLOPS`) a throughput
        ("It runs with 31% fewer GFLOPs.", [("GFLOPs", "cost")]),
        ("It reaches 2x higher GFLOPS than A.", [("GFLOPS", "throughput")]),
        ("It needs 3x fewer MACs.", [("MACs", "cost")]),
        # a clause opener ends a verb's object; an adverb ends a metric phrase
        (
            "It can increase utilization while decreasing power consumption by up to 2.79%.",
            [("power consumption", "energy")],
        ),
        (
            "We obtain 9.89% improvements in IDF1 specifically for occluded objects.",
            [("IDF1", "accuracy")],
        ),
        # an object that is what the change beat names no metric
        # a possessive subject; a comparative's phrase ends before `as`
        ("FBNet-B's search cost is 420x smaller than MnasNet's.", [("search cost", "cost")]),
        (
            "It has 2.52X less computational cost as compared to A.",
            [("computational cost", "cost")],
        ),
        # a value's own change noun names its metric before a benchmark after it
        ("It gives a latency reduction of 33% on GLUE.", [("latency", "latency")]),
        ("It reaches 73.7% AO, improving the best result (SwinTrack) by 4.3%.", [(None, "speed")]),
        ("It can enhance the stronger baseline PVTv2 by 1.86%.", [(None, "speed")]),
        # a word of how large the change is opens no metric of its own
        (
            "It gets 8.2% absolute top-1 accuracy improvements on A.",
            [("top-1 accuracy", "accuracy")],
        ),
        ("It gives 2x significant throughput gains.", [("throughput", "throughput")]),
        ("It gives a 12.2% relative AUROC improvement.", [("AUROC", "accuracy")]),
        # an aside after a verb's object may open with `by more than`
        (
            "We accelerate fine-tuning (by more than 3x) and improve accuracy.",
            [("fine-tuning", "speed")],
        ),
        # whose the measure is is no part of it
        (
            "Random choices decrease GPT4's response quality by 97%.",
            [("response quality", "accuracy")],
        ),
        ("It cuts the KV cache\u2019s memory by 40%.", [("memory", "memory")]),
        # the subject of `is` changes when the value has a change word of no noun after it
        ("Training time is 40% shorter than before.", [("Training time", "time")]),
        ("The peak memory was about 2.1x lower.", [("peak memory", "memory")]),
        ("The model is 3x smaller than BERT.", [("smaller", "size")]),
        ("The overall speed is 19% faster.", [("overall speed", "speed")]),
        ("Latency on an A100 is 30% lower.", [("Latency", "latency")]),
        # ... but not a system that got faster, nor a subject across a clause opener
        ("Our optimized attention kernel is up to 2x faster than A.", [("faster", "speed")]),
        ("A has 81% accuracy while our B is 56% faster.", [("faster", "speed")]),
        # a phrase ends before `within` a bound
        (
            "It beats the current system by 20% in drift accuracy within 100 meters.",
            [("drift accuracy", "accuracy")],
        ),
        # a verb may take a particle, and `augment` is a change verb
        ("It can trim down the energy cost (up to 60%).", [("energy cost", "energy")]),
        (
            "It augments cluster scheduling throughput up to 16.4x.",
            [("cluster scheduling throughput", "throughput")],
        ),
        # a comparative after a preposition is another phrase's
        (
            "It only increases the image channels by 3x with higher redundancy.",
            [("image channels", "other")],
        ),
        # a verb's object is not the metric of a value in a clause of its own after it
        (
            "It reduces jerk by 2-5x to baselines and performs 2-3x closer to human stability.",
            [("jerk", "other"), (None, "speed")],
        ),
        # a change noun's copula leads to the value as its `of` does
        (
            "The arithmetic complexity reduction is up to 7.03x.",
            [("arithmetic complexity", "cost")],
        ),
        # a phrase ends before `as compared` and `between`
        (
            "It gives a tenfold reduction in chip area and power as compared to a GPU.",
            [("chip area and power", "energy")],
        ),
        (
            "It reduces 27% of network latency between a server and a client.",
            [("network latency", "latency")],
        ),
        # `in a` opens a setting, not a metric
        (
            "It can further improve the top-1 accuracy by 2.69% in a training-free manner.",
            [("top-1 accuracy", "accuracy")],
        ),
        # `extra` is no word of the metric, nor a joiner and an article
        ("It can yield up to 33% extra FLOPs reduction.", [("FLOPs", "cost")]),
        ("It reduces about 40% FLOPs and the drop of mIoU stays small.", [("FLOPs", "cost")]),
        ("It gets up to 1000x energy and latency reductions.", [("energy and latency", "energy")]),
        # an aside right after the value naming a measure alone
        (
            "In terms of real-time use, it beats YOLACT with an absolute gain of 3.0% (mask AP).",
            [("mask AP", "accuracy")],
        ),
        ("It gets 5.4% higher MOTSA than A.", [("MOTSA", "accuracy")]),
        # past the verb's own value, a value with a change noun of its own is that noun's
        (
            "It boosts translation quality by +1.42 BLEU at a speed-up of 1.4.",
            [(None, "speed")],
        ),
        # a comparative after the measure is no word of it
        ("It achieves 7-15x inference speed faster.", [("inference speed", "throughput")]),
        ("It is 3x times faster than R-FCN.", [("faster", "speed")]),
        # a relative pronoun opens no object of a noun read as a change verb
        (
            "We propose enhancements which speed up computation by 5x on small platforms.",
            [("computation", "speed")],
        ),
        # the measure of a subject whose other words name what was measured
        (
            "The energy consumption of AlexNet and GoogLeNet is reduced by 3.7x and 1.6x.",
            [("energy consumption", "energy"), ("energy consumption", "energy")],
        ),
        # each value alone in an aside sizes the measure before it, when a change noun
        # follows the asides or a verb comes before
        (
            "It shows significant computation (50X) and storage (32X) improvement over A.",
            [("computation", "cost"), ("storage", "memory")],
        ),
        # what `speed up` takes as its object got faster, whatever it is
        ("The GA can speed up the process by about 50 times.", [("process", "speed")]),
        # a phrase ends at `along` and `respectively`
        (
            "It gets the best results by 5x speed-up along with a small error.",
            [("speed-up", "speed")],
        ),
        # a change word opening the phrase is no word of the measure
        ("It beats A with 50% reduced prediction errors.", [("prediction errors", "accuracy")]),
        # a modal's passive names its subject
        ("The peak memory can be reduced by 40%.", [("peak memory", "memory")]),
        (
            "Our model's memory consumption can be reduced by more than 10x.",
            [("memory consumption", "memory")],
        ),
        ("It is 2x faster and 8x cheaper than A.", [("faster", "speed"), ("cheaper", "cost")]),
        # `accelerator` is a noun, no verb whose object is the metric
        (
            "It can improve the Power Area Product (PAP) of a Sobel filter accelerator design "
            "by 36-49%.",
            [(None, "size")],
        ),
        # an aside restating a from-to change may open with an article
        (
            "We improve the average frequency from 147 MHz to 297 MHz (a 102% improvement).",
            [("average frequency", "speed")],
        ),
        # a comparative opening the phrase, a preposition closing it and a word of
        # averaging before a change noun are no words of the measure
        (
            "We observed between 23.8x and 47.0x higher computational power of the SoC.",
            [("computational power", "speed")],
        ),
        (
            "It shows 7.97x energy efficiency of improvement over the K80 GPU.",
            [("energy efficiency", "energy")],
        ),
        ("Sextans achieves a 2.50x geomean speedup over K80 GPU.", [("speedup", "speed")]),
        ("Its circuits have up to 29x more gates than the training circuits.", [("gates", "size")]),
        # a list after a count's `of` pairs item by item
        (
            "It reduces the total number of parameters and FLOPs by 70% and 30% respectively.",
            [("total number of parameters", "size"), ("FLOPs", "cost")],
        ),
        # an adverb between a passive's copula and its verb
        ("The top-1 error rate is only increased by 0.8%.", [("top-1 error rate", "accuracy")]),
        # a dash opens an aside, `comparing` a comparison
        (
            "It gives a 3x improvement in sample efficiency -- in ten million steps.",
            [("sample efficiency", "other")],
        ),
        ("It runs with 20x faster inference time comparing with A.", [("inference time", "time")]),
        # what a change noun's value is a share of, up to its copula
        (
            "Results show that a reduction of 56.6% of the peak motor power can be achieved.",
            [("peak motor power", "energy")],
        ),
        (
            "We observed an increase of 12.7 percent of the steady state velocity.",
            [("steady state velocity", "other")],
        ),
        # `compare to` written for `compared to`
        (
            "Settling time with QFT is 72% smaller compare to PID control.",
            [("Settling time", "time")],
        ),
        # a list of metrics shares the last item's words after its own modifier
        (
            "It reduces mobile GPU and CPU energy consumption by 55% and 70%, respectively.",
            [("mobile GPU energy consumption", "energy"), ("CPU energy consumption", "energy")],
        ),
        (
            "It improves both clean and noisy image classification by 6% and 10%, respectively.",
            [("clean image classification", "other"), ("noisy image classification", "other")],
        ),
        (
            "It beats the baselines by +5.0% on success rate and +9.1% on SPL.",
            [("success rate", "accuracy"), ("SPL", "accuracy")],
        ),
        # a verb of finding is no part of the metric it reports
        ("Experiments reveal energy savings of up to 4.76%.", [("energy", "energy")]),
        ("Tests indicate a runtime reduction of 3x.", [("runtime", "time")]),
        # an item that holds the shared head already keeps it once
        (
            "It improved Abs Rel and Sq Rel by 5.6% and 9.8%.",
            [("Abs Rel", "other"), ("Sq Rel", "other")],
        ),
        # an `in` phrase of an earlier value's clause is no later value's metric
        (
            "It beats A by 21.1% in success rate, while reducing training cost and inference "
            "latency by 3.0-fold and 2.7-fold.",
            [
                ("success rate", "accuracy"),
                ("training cost", "cost"),
                ("inference latency", "latency"),
            ],
        ),
        # a LaTeX font around each value leaves spaces after `by` and before the comma
        (
            "It cuts visual tokens by \\textbf{95\\%}, GPU memory by \\textbf{72\\%}, and latency "
            "by \\textbf{23.9\\%}.",
            [("visual tokens", "other"), ("GPU memory", "memory"), ("latency", "latency")],
        ),
        ("Policies improve success by +6.3% in simulation.", [("success", "accuracy")]),
        # a verb's object ends before the next verb of its list: the value is the later one's
        (
            "It improves system performance and reduces training runtime by 47.5%.",
            [("training runtime", "time")],
        ),
        # `down` makes a verb of change: `brought down`, `drives down`
        ("LoRA brought down training time by 66%.", [("training time", "time")]),
        ("It drives down serving cost by 3x.", [("serving cost", "cost")]),
        # `on average` qualifies an item of a list, before its value or after it
        (
            "It achieves up to 3.5x and on average 1.6x kernel latency reduction.",
            [("kernel latency", "latency"), ("kernel latency", "latency")],
        ),
        (
            "It gives up to 1.25x and 1.09x on average end-to-end training speedup.",
            [("end-to-end training", "speed"), ("end-to-end training", "speed")],
        ),
        # `Time to First Token` is one name; what a change keeps is no metric of it
        (
            "It gives over 100x speedup in Time to First Token for long sequences.",
            [("Time to First Token", "latency")],
        ),
        (
            "It boosts the inference throughput up to 3.78x without performance degradation.",
            [("inference throughput", "throughput")],
        ),
        ("It can save up to 55% FLOPs almost without accuracy loss.", [("FLOPs", "cost")]),
        # a list's later values read the metric its first reads
        (
            "It reduces latency by 25%, 29% and 44%.",
            [("latency", "latency"), ("latency", "latency"), ("latency", "latency")],
        ),
        (
            "It achieves speedups of 2x and 3x, and improves energy efficiency by 5x and 4x.",
            [
                ("speedups", "speed"),
                ("speedups", "speed"),
                ("energy efficiency", "energy"),
                ("energy efficiency", "energy"),
            ],
        ),
        # with its own `by`, a change verb's later object names a measure of no group too
        (
            "It cuts curtailment by 34% and load shedding by 21%.",
            [("curtailment", "other"), ("load shedding", "other")],
        ),
        # an ordinal opens no item of a list
        (
            "It lowers median waiting times by up to 36% and 95th-percentile delays by nearly 20%.",
            [("median waiting times", "time"), ("95th-percentile delays", "latency")],
        ),
        # what a verb beats is no measure
        ("It outperforms Alpha by 34% and the reference design by 21%.", [(None, "speed")] * 2),
        # values signed in asides after the measures they change
        (
            "It improves conversion rate (+3.1%) and order volume (+5.6%) in an online test.",
            [("conversion rate", "other"), ("order volume", "other")],
        ),
        ("It ends with higher total bits (+3.5%) than the baseline.", [("total bits", "other")]),
        (
            "It shrinks the peak memory during training (on average 2.9x).",
            [("peak memory during training", "memory")],
        ),
        # what is accelerated got faster, whatever it costs
        ("It accelerates computations by a factor of 6.", [("computations", "speed")]),
        # benchmarks signed in asides are no measures
        (
            "It improves reasoning: GSM8K (+4.9%), HumanEval (+4.3%) and SciQ (+1.7%).",
            [(None, "accuracy")] * 3,
        ),
        # a value naming only where it holds takes the change before it
        (
            "It is 16% more energy-efficient on the server and 3% on the phone.",
            [("energy-efficient", "energy"), ("energy-efficient", "energy")],
        ),
        # a change noun's `in` names what its `by` sizes, whatever follows the value
        (
            "It shows a reduction in training loss by 52.7%, 92% accuracy on the task.",
            [("training loss", "accuracy")],
        ),
        # `alongside` ends a metric phrase
        (
            "It gives a 1.7x increase in decoding throughput alongside a 2.4x reduction in memory.",
            [("decoding throughput", "throughput"), ("memory", "memory")],
        ),
        # a hyphen's `in` is no preposition opening a metric
        ("The plug-in reduces prefill latency by 23.23x.", [("prefill latency", "latency")]),
        # an acronym right before a signed value names its measure
        (
            "On the benchmark, HR@10 +2.8% and NDCG@10 +3.7%.",
            [("HR@10", "accuracy"), ("NDCG@10", "accuracy")],
        ),
        # a condition after the metric is no part of it
        (
            "It needs 9-21% fewer inference FLOPs depending on caching.",
            [("inference FLOPs", "cost")],
        ),
        # (not a confidence interval's bound)
        (
            "It costs 6.8% more (95% CI: +2.8% to +11.3%).",
            [(None, "cost"), (None, "speed")],
        ),
        # a metric of no group serves the whole list after it, signed or not
        (
            "The model improves retention by +1.2%, +1.7%, and +2.0%.",
            [("retention", "other")] * 3,
        ),
        (
            "It improves retention by 1.2%, and is 2.1% faster.",
            [("retention", "other"), ("faster", "speed")],
        ),
        # what a change keeps at no cost is no metric of it
        (
            "Tying experts can reduce memory footprint by almost 2x at virtually no degradation "
            "in perplexity.",
            [("memory footprint", "memory")],
        ),
        (
            "It raises text retention by 1.0 to 3.2x at essentially no cost to accuracy.",
            [("text retention", "other")],
        ),
        # a nearer verb inside a verb's object governs the value
        (
            "Compressed models reduce inference latency by up to 67.2% and peak memory by 62.5%.",
            [("inference latency", "latency"), ("peak memory", "memory")],
        ),
        # a comparator is no part of a metric, nor what it names of the metric's group
        (
            "It improves win rate over a static control from 34.7% to 45.7% (+11.0 pp).",
            [("win rate", "accuracy")],
        ),
        (
            "It improves average QoA by 58% over baselines at comparable cost.",
            [("average QoA", "other")],
        ),
        # the name a signed value is written before closes its item
        (
            "An A/B test confirms +2.8% ad spend, +1.4% CTR, and +2.9% click conversion rate.",
            [("ad spend", "other"), ("CTR", "other"), ("click conversion rate", "other")],
        ),
        (
            "It reaches +3.2% HR@10 / +0.9% NDCG over SIGMA.",
            [("HR@10", "accuracy"), ("NDCG", "accuracy")],
        ),
        ("It gains +3% on A and +2% overall.", [(None, "speed"), (None, "speed")]),
        ("It delivers +9.6% N@3 over legacy baselines.", [("N@3", "other")]),
        (
            "A 14-day A/B test shows +0.47% GMV and -0.82% cancel rate.",
            [("GMV", "other"), ("cancel rate", "other")],
        ),
        # a verb that shifts a measure names it, whatever setting stands before it
        (
            "Swapping the encoder in a fixed pipeline shifts recall by +4.1pp.",
            [("recall", "accuracy")],
        ),
        ("The gate suppresses cache overhead by 40%.", [("cache overhead", "time")]),
        # a later object of the verb before a signed value; `lift` as a verb
        (
            "A/B tests improve Time Spent by +0.33% and Engagement by +1.25% in Explore Feed, and "
            "lift ad value by +3.43%.",
            [("Time Spent", "time"), ("Engagement", "other"), ("ad value", "other")],
        ),
        # lifting is a change verb
        (
            "It cuts serving latency by 11.1% while lifting QPS by 63.6%.",
            [("serving latency", "latency"), ("QPS", "throughput")],
        ),
    ],
)
def test_metric_lists(sentence, expected):
    found = [*claims_of(sentence, "speedup"), *claims_of(sentence, "percent_change")]
    found.sort(key=lambda c: c.start)
    assert [(c.metric, c.metric_group) for c in found] == expected


@pytest.mark.parametrize("owner", ["our", "their", "its"])
def test_whose_change_it_is_names_no_metric(owner):
    sentence = f"Tests show an improvement of 58% of {owner} depth system."
    (found,) = claims_of(sentence, "percent_change")
    assert found.metric is None


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # the comparator named, without the comparison words; versions fold in the system
        ("It is 3.7x faster than vLLM v0.4.2 on long prompts.", [("vLLM v0.4.2", "vLLM")]),
        ("It trains 1.8x faster than Megatron.", [("Megatron", "Megatron-LM")]),
        ("It is 2x faster than FlashAttention-2.", [("FlashAttention-2", "FlashAttention-2")]),
        # a class that introduces named systems gives way to the names
        (
            "It beats existing compilers like Triton and TVM by 1.75x.",
            [("Triton and TVM", "Triton")],
        ),
        (
            "It is 4x faster than two GPU libraries (cuSPARSE, Sputnik).",
            [("cuSPARSE, Sputnik", "cuSPARSE")],
        ),
        # descriptors before a name that ends the span are dropped; a system the catalogue
        # lacks is still named as written
        ("It is 3x faster than the state-of-the-art work FlightNet.", [("FlightNet", "FlightNet")]),
        # respectively pairs values and baselines in order
        (
            "It is 1.4x and 2.3x faster than vLLM and SGLang, respectively.",
            [("vLLM", "vLLM"), ("SGLang", "SGLang")],
        ),
        # a list of comparators before `by` pairs with the values after it, respectively
        (
            "Our engine beats the runtimes TVM, TensorRT, and XLA by 2.4x, 1.8x, and 1.2x, "
            "respectively.",
            [("TVM", "TVM"), ("TensorRT", "TensorRT"), ("XLA", "XLA")],
        ),
        # a comparator named after a list of values is theirs too, unless a value has its own
        (
            "It gives up to 2x higher throughput and 5x lower TTFT compared to SGLang.",
            [("SGLang", "SGLang"), ("SGLang", "SGLang")],
        ),
        (
            "It cuts latency by 3x and is 2.5x faster than TVM.",
            [("TVM", "TVM"), ("TVM", "TVM")],
        ),
        (
            "It is 4x faster than Triton and 1.5x faster than TensorRT.",
            [("Triton", "Triton"), ("TensorRT", "TensorRT")],
        ),
        # the span stops before the next value and before a value of the baseline's own
        (
            "It is up to 3x faster than a 16-core CPU and up to 2x faster than cuBLAS.",
            [("a 16-core CPU", None), ("cuBLAS", "cuBLAS")],
        ),
        # (what a value lies below is its comparator, without the comparator's own value)
        ("The error falls 7.3x below the roofline model (27.7%).", [("the roofline model", None)]),
        (
            "It shows a 7.3x improvement over the roofline model (27.7%).",
            [("the roofline model", None)],
        ),
        # a list of comparators after the values, split by `respectively` (HBM-PIM is a
        # design of hardware: generic words joined, no software system)
        (
            "It yields 4.9x, 2.0x, and 3.4x speedups over the prior accelerators HBM-PIM, "
            "Ecco, and Pimba, respectively.",
            [("HBM-PIM", None), ("Ecco", "Ecco"), ("Pimba", "Pimba")],
        ),
        # the span ends before a citation, a participle and `up to`
        (
            "It is 3x faster than existing checkpointing systems [52] in saving time.",
            [("existing checkpointing systems", None)],
        ),
        (
            "It runs 2x faster than the MPI implementation deployed at the site.",
            [("the MPI implementation", "MPI")],
        ),
        # the sentence's one comparator: an opening `Compared to`, a verb before a comma
        (
            "Compared to modeled H100s, simulations show that the chips deliver their "
            "results while the decode chips need 28% lower TDP.",
            [],
        ),
        (
            "It outperforms previous PIM accelerators, setting a new benchmark with 5x "
            "improvement in GOPS/W.",
            [("previous PIM accelerators", None)],
        ),
        # a value with no comparator of its own compares with the one named before it
        (
            "It reaches 3.1% better accuracy than MobileNetV2, while being 1.2x faster.",
            [("MobileNetV2", "MobileNetV2")],
        ),
        # `based on` does not end the span; a name before a modifier's ending is the system
        (
            "It is 2x faster than heuristic approaches based on Megatron-LM.",
            [("Megatron-LM", "Megatron-LM")],
        ),
        (
            "It is 5x faster than FlashAttention2-based Transformers.",
            [("FlashAttention2-based Transformers", "FlashAttention-2")],
        ),
        # negatives: `over` before a value names no comparator; a class without names, and
        # hardware, name no system
        ("Models have grown over 1000x to reach billions of parameters.", [(None, None)]),
        ("It is 2x faster than existing GPU designs.", [("existing GPU designs", None)]),
        (
            "It is 3.2x faster than a 64-core AMD EPYC 7713 CPU.",
            [("a 64-core AMD EPYC 7713 CPU", None)],
        ),
        ("It achieves a 3x speedup.", [(None, None)]),
        # a clause with a value of its own after `and` ends the comparator
        (
            "It is 50x faster than a vanilla PyTorch implementation and allows 40x larger "
            "hidden sizes.",
            [("a vanilla PyTorch implementation", "PyTorch")] * 2,
        ),
        # a device count between a value and its comparator is a setting, not a value
        (
            "It is up to 2.6x faster on one A100 and up to 6.9x faster on 8 A100 GPUs over vLLM.",
            [("vLLM", "vLLM"), ("vLLM", "vLLM")],
        ),
        (
            "It is 2x faster on 8 GPUs and 3x faster than vLLM.",
            [("vLLM", "vLLM"), ("vLLM", "vLLM")],
        ),
        # the comparator a comparison verb names earlier in the sentence
        (
            "We compared our approach with TVM on common models, and it runs up to 2x faster.",
            [("TVM", "TVM")],
        ),
        ("We compared several settings and it runs up to 2x faster.", [(None, None)]),
        # `out-performs`; `improvements over X with`; `better than X, while`
        ("It out-performs TVM by cutting its latency by 3x.", [("TVM", "TVM")]),
        ("It achieves improvements over SGLang with up to 3x speedup.", [("SGLang", "SGLang")]),
        (
            "It is better than AmoebaNet-B, while using 6x fewer parameters.",
            [("AmoebaNet-B", "AmoebaNet-B")],
        ),
        # two lists of values, each paired in order with one list of comparators
        (
            "It gets 1.9x, 1.3x and 3.6x speedups with 6.2x, 2.9x and 1.8x smaller models "
            "compared with TVM, XLA and TensorRT on ImageNet, respectively.",
            [("TVM", "TVM"), ("XLA", "XLA"), ("TensorRT", "TensorRT")] * 2,
        ),
        # a parenthesis opening with a lower-case word states a condition, it names nothing;
        # a setting (`with`, `without`, `on` ...) is no part of the name before it
        (
            "It reaches up to 3.2x over baseline HuggingFace (without SD).",
            [("HuggingFace", "Hugging Face Transformers")],
        ),
        (
            "It is 2x faster than popular systems (vLLM, SGLang).",
            [("vLLM, SGLang", "vLLM")],
        ),
        # a value in an aside: a marker after the aside compares it, unless a clause opens
        ("It has higher throughput (up to 2.3x) compared to vLLM.", [("vLLM", "vLLM")]),
        ("Kernels get faster (up to 3x) and data is read from the disk.", [(None, None)]),
        # `with respect to` names a comparator, each value of a list takes its own
        (
            "It gets 9.9x against the CPU baseline TACO and 71.3x with respect to Armadillo.",
            [("TACO", "TACO"), ("Armadillo", "Armadillo")],
        ),
        # a multiple of the comparator's own measure: `N x the <measure> of X`, `that of Y`
        (
            "It reaches 2.4x the throughput of vLLM and 1.7x that of the leading systems.",
            [("vLLM", "vLLM"), ("the leading systems", None)],
        ),
        ("It delivers 3$\\times$ the tokens per second of Orca.", [("Orca", "Orca")]),
        # not a multiple of anything: the noun after the value is what grew
        ("It gives 3x the speed on the largest of the models.", [(None, None)]),
        ("It is 2x faster, and that of the decoder improves too.", [(None, None)]),
        ("It trains 2x faster with 3x the number of GPUs.", [(None, None), (None, None)]),
        # `respectively` after one comparator: the comparator, without the comma
        (
            "It gets up to 1.5x and 2.1x in training and inference over Fairseq, respectively.",
            [("Fairseq", "fairseq")] * 2,
        ),
        # names listed before a shared noun each take it; a name with its own words does not
        (
            "It gets 41x and 631x over GPU and CPU baseline, respectively.",
            [("GPU baseline", None), ("CPU baseline", None)],
        ),
        (
            "It gets 2x and 3x over vLLM and the TGI server, respectively.",
            [("vLLM", "vLLM"), ("the TGI server", "Text Generation Inference")],
        ),
        # a stop word right after the joiner leaves no dangling `and`
        (
            "It cuts time by up to 7x compared to Spark schedulers and to fair algorithms.",
            [("Spark schedulers", "Apache Spark")],
        ),
        # the nearest verb of beating names the comparator
        (
            "It surpasses Orca by 3.8x on average and outperforms vLLM by 5.2x on long prompts.",
            [("Orca", "Orca"), ("vLLM", "vLLM")],
        ),
        # `outperforms by N X`: the object follows the value
        (
            "It outperforms by 1.6 times previous FP32 implementations on a CL setup.",
            [("previous FP32 implementations", None)],
        ),
        ("It outperforms by 2x on ImageNet.", [(None, None)]),
        # a bare number word names no comparator; `over and above` reads as `over`
        ("It gives an extra speedup of up to 1.4x, over and above that of SD.", [("SD", "SD")]),
        (
            "Throughput grows by 2x and variance falls by a factor of over three.",
            [(None, None), (None, None)],
        ),
        # names given as examples in parentheses are the comparators
        (
            "It has 3.1x lower latency than existing solutions (e.g., FlexGen and DeepSpeed).",
            [("FlexGen and DeepSpeed", "FlexGen")],
        ),
        # `as well as` goes on listing comparators, paired in order
        (
            "Relative to engines such as vLLM and SGLang, as well as schedulers like Orca, it "
            "gives 1.5x, 1.7x and 2.1x higher goodput, respectively.",
            [("vLLM", "vLLM"), ("SGLang", "SGLang"), ("Orca", "Orca")],
        ),
        # one list of values right before `faster than` pairs with as many names in order
        (
            "Prefill runs 2.5x and 1.5x faster than vLLM and SGLang.",
            [("vLLM", "vLLM"), ("SGLang", "SGLang")],
        ),
        (
            "Prefill runs 2.5x faster and 1.5x cheaper than vLLM and SGLang.",
            [("vLLM and SGLang", "vLLM")] * 2,
        ),
        # what a result matches is what its `while` clause compares with
        (
            "It achieves parity with MeshGraphNet while being 7x faster.",
            [("MeshGraphNet", "MeshGraphNets")],
        ),
        ("It matches the accuracy of Orca while being 2x cheaper.", [("Orca", "Orca")]),
        # a description given its name between commas is that name
        (
            "It outperforms the best baseline, TensorRT-LLM, by 1.3x.",
            [("TensorRT-LLM", "TensorRT-LLM")],
        ),
        (
            "It is 2.4x faster than its predecessor, FlashAttention.",
            [("FlashAttention", "FlashAttention")],
        ),
        ("It is 2x faster than vLLM, SGLang and Orca.", [("vLLM", "vLLM")]),
        # a value opening an aside compares with the comparator the aside follows directly
        ("It brings large speedups over vLLM (2.1x for short prompts).", [("vLLM", "vLLM")]),
        ("It speeds up decoding in most settings (2.1x for short prompts).", [(None, None)]),
        # `-like` introduces no names; `relying on` and a word after an article end nothing
        ("It is 4.7x faster than SSD-like designs.", [("SSD-like designs", None)]),
        (
            "It is 79x faster than prior work relying on the HLS tool.",
            [("prior work relying on the HLS tool", None)],
        ),
        (
            "It is 1.5x faster than FlashAttention (on A100).",
            [("FlashAttention", "FlashAttention")],
        ),
        # kinds of hardware and of model name no software system, alone or joined
        ("It runs 3.2x faster than GPU/NMP designs.", [("GPU/NMP designs", None)]),
        ("It is 4.1x faster than NN accelerators.", [("NN accelerators", None)]),
        ("It is 1.7x more efficient than a CGRA.", [("a CGRA", None)]),
        ("It is 2x faster than Intel MKL.", [("Intel MKL", "Intel MKL")]),
        ("It is 2x faster than TensorFlow/XLA.", [("TensorFlow/XLA", "TensorFlow")]),
        # a model's size names no system
        ("Compared to a dense 8B model, it is 4x cheaper.", [("a dense 8B model", None)]),
        # nor do such words joined by a hyphen, with counts, memory kinds and vendors
        ("It is 2x faster than the CPU-FPGA design.", [("the CPU-FPGA design", None)]),
        ("It is 3x faster than a 4-GPU server.", [("a 4-GPU server", None)]),
        ("It is 2x faster than DDR5 memory.", [("DDR5 memory", None)]),
        ("It is 1.4x faster than AMD® EPYC CPUs.", [("AMD® EPYC CPUs", None)]),
        # but a system's words joined stay its name
        ("It is 1.3x faster than TensorRT-LLM.", [("TensorRT-LLM", "TensorRT-LLM")]),
        # a one-word name matches as written, or with a capital past its first letter
        ("It trains 2.1x faster than veRL.", [("veRL", "verl")]),
        ("It is 2x faster than ORCA.", [("ORCA", "Orca")]),
        ("It is 2x faster than an orca.", [("an orca", None)]),
        # capitals with a plural `s` are many of a kind, unless the catalogue lists them
        ("It is 2x faster than state-of-the-art OMAPs.", [("state-of-the-art OMAPs", None)]),
        ("It is 2x faster than AR-LLMs.", [("AR-LLMs", None)]),
        ("It is 2x faster than FlexGen.", [("FlexGen", "FlexGen")]),
        # a name before a class's noun qualifies the class
        ("It is 4x faster than LC systems.", [("LC systems", None)]),
        (
            "It is 2x faster than four representative NoDG and FuDG systems.",
            [("four representative NoDG and FuDG systems", None)],
        ),
        (
            "It is 2x faster than existing ODL software frameworks.",
            [("existing ODL software frameworks", None)],
        ),
        (
            "It is 2x faster than Hugging Face implementations.",
            [("Hugging Face implementations", "Hugging Face Transformers")],
        ),
        ("It is 2x faster than the LC system.", [("the LC system", "LC")]),
        ("It is 2x faster than NoDG and FuDG.", [("NoDG and FuDG", "NoDG")]),
        ("It is 2x faster than FlexInfer with SD methods.", [("FlexInfer", "FlexInfer")]),
        # a class given names as examples right after it compares with the names
        (
            "It is 2x faster than frontier models, such as GPT-4o and Claude 3.5 Sonnet, on A.",
            [("GPT-4o and Claude 3.5 Sonnet", "GPT-4o")],
        ),
        (
            "It beats most models to date such as VGGNet, ResNet, and GoogleNet on A with 2x "
            "fewer parameters.",
            [("VGGNet, ResNet, and GoogleNet", "VGGNet")],
        ),
        (
            "It outperforms baselines, including RAG and the master-slave paradigm, by 2x.",
            [("baselines", None)],
        ),
        # `a comparison of X with Y` names Y; a parenthesis, commas and all, is part of it
        (
            "A comparison of A with two GPU methods (cuSPARSE, Magicube) on a GPU shows 19.8x.",
            [("cuSPARSE, Magicube", "cuSPARSE")],
        ),
        # later values naming comparators of their own leave an earlier value without one,
        # unless it stands in the next value's list
        (
            "It cuts memory by 2x and gives 3.3x against vLLM and 4.1x against Orca.",
            [(None, None), ("vLLM", "vLLM"), ("Orca", "Orca")],
        ),
        (
            "It cuts memory by 2x and gives 3.3x and 4.1x against vLLM.",
            [("vLLM", "vLLM")] * 3,
        ),
        (
            "It gives 9.9x (FP32)/14.4x (FP64) against TACO and 71.3x with respect to Armadillo.",
            [("TACO", "TACO"), ("TACO", "TACO"), ("Armadillo", "Armadillo")],
        ),
        # `over` a variety of things spans them: the comparator is elsewhere
        (
            "It outperforms prior approaches, with speedups of 1.1x to 10x over a variety of "
            "pipelines.",
            [("prior approaches", None)],
        ),
        ("It is 2x faster over several runs.", [(None, None)]),
        # `more than` a count bounds it: no comparator
        ("It grows the categories by over 2x and includes more than 2K objects.", [(None, None)]),
        # nor does an aside after such a bound compare with it
        ("It compresses the model to less than 160GB (20x compression).", [(None, None)]),
        ("It is faster than vLLM (2.1x on average).", [("vLLM", "vLLM")]),
        # two lists closed by one `respectively` pair with the items in turn
        (
            "Against A and B, it gives speedups of 9.7x, 7.0x and energy savings of 229.5x, "
            "150.2x, respectively.",
            [("A", "A"), ("B", "B"), ("A", "A"), ("B", "B")],
        ),
        ("It gives a 2x speedup over several baselines.", [("several baselines", None)]),
        # a measure named before its owner: the owner is the comparator
        (
            "It uses 2.3x the energy compared to the energy consumed by a DRAM system.",
            [("a DRAM system", None)],
        ),
        (
            "It gives a further speedup of 1.39x, over and above the speedup offered by SD.",
            [("SD", "SD")],
        ),
        (
            "It is 2x faster compared to the PagedAttention variants of FlashInfer.",
            [("the PagedAttention variants of FlashInfer", "PagedAttention")],
        ),
        # a comparator written as a setting: the preposition is no part of it
        (
            "It takes 3.5 hours, 2.1 times faster than on 16 A100 GPUs.",
            [("16 A100 GPUs", None)],
        ),
        # a parenthesis opening with a plain lower-case word is a condition, not the baseline's
        (
            "It is 23.8x faster than one x86 CPU core (both AMD and Intel) using AVX2.",
            [("one x86 CPU core", None)],
        ),
        (
            "It is 3x faster than two GPU methods (cuSPARSE, Magicube) on A100.",
            [("cuSPARSE, Magicube", "cuSPARSE")],
        ),
        # what a `by` value improves may be a baseline's: its object names the baseline
        (
            "It improves the timing of baseline HLS designs by 1.50x.",
            [("baseline HLS designs", None)],
        ),
        (
            "It improves the baseline FPGA HLS implementation performance by 2,200X.",
            [("the baseline FPGA HLS implementation", None)],
        ),
        ("It improves the timing of HLS designs by 1.50x.", [(None, None)]),
        # a name in parts is the same name with a hyphen, a space or neither
        ("It is 2x faster than GPT3.", [("GPT3", "GPT-3")]),
        ("It is 20.9x faster than Tiny-YOLO.", [("Tiny-YOLO", "Tiny YOLO")]),
        ("It is 2x faster than FlashAttention 2.", [("FlashAttention 2", "FlashAttention-2")]),
        ("It is 2x faster than MegatronLM.", [("MegatronLM", "Megatron-LM")]),
        ("It is 2x faster than TinyYOLOv3.", [("TinyYOLOv3", "TinyYOLOv3")]),
        # one of a kind (`a ...`) names no system the catalogue does not list
        ("It is 2x faster than a standard SA.", [("a standard SA", None)]),
        (
            "It is 2x faster than a vanilla PyTorch implementation.",
            [("a vanilla PyTorch implementation", "PyTorch")],
        ),
        # the comparator between what changed and the `by` that gives the value
        ("It improves latency over Ansor by 1.37x and 1.54x.", [("Ansor", "Ansor")] * 2),
        ("It speeds up training relative to Megatron by 1.5x.", [("Megatron", "Megatron-LM")]),
        # `over` many of a kind is across them, no comparator
        ("It improves performance over a variety of workloads by 2x.", [(None, None)]),
        # a comparator ends where its aside closes, or at a clause's `but`, `yet`, `whereas`
        (
            "It has fast inference (5x higher throughput than Transformers) and linear scaling.",
            [("Transformers", "Transformers")],
        ),
        (
            "Nets are 8x deeper than VGG nets but still have lower complexity.",
            [("VGG nets", "VGGNet")],
        ),
        (
            "They are 4 times deeper than standard models and yet have fewer parameters.",
            [("standard models", None)],
        ),
        # an aside right after a comparator compares with it; one naming its own keeps that
        (
            "It is more efficient than existing kernels (with up to a 1.42x speedup), and "
            "outperforms DeepSpeed-MoE by 1.2x.",
            [("existing kernels", None), ("DeepSpeed-MoE", "DeepSpeed-MoE")],
        ),
        ("It gains over prior work (2x compared to TVM).", [("TVM", "TVM")]),
        # a name's number between the value and its comparator is no other value
        (
            "It is 2.5x faster for a single Arria 10 FPGA against a Skylake CPU core.",
            [("a Skylake CPU core", None)],
        ),
        # a pronoun stands for what follows it
        ("It is 14.1 times faster than that on a Xeon E5-2660.", [("a Xeon E5-2660", None)]),
        ("Inference is 5.2x faster than running on the host CPU.", [("the host CPU", None)]),
        # a class's examples are the baseline, every one of a list
        (
            "It is 2x faster than GNN systems including DistDGL, NeutronStar, and Sancus.",
            [("DistDGL, NeutronStar, and Sancus", "DistDGL")],
        ),
        # a count of sockets (or chips, CPUs) before the comparator is no other value
        ("It gives 97x using 128 CPU sockets over DGL.", [("DGL", "DGL")]),
        # a name right before a device's noun is hardware: no system
        ("It is 2.9x more efficient than the i7-9700K CPU.", [("the i7-9700K CPU", None)]),
        ("It is 2.9x faster than Zorro on a CPU.", [("Zorro", "Zorro")]),
        # two comparators joined by `and` pair with two values `respectively`, names and all
        (
            "It gives 12x and 8x lower energy than a Xeon E5 CPU and NVIDIA RTX 3090 GPU "
            "respectively.",
            [("a Xeon E5 CPU", None), ("NVIDIA RTX 3090 GPU", None)],
        ),
        (
            "It gives 2x and 3x speedups over a Xeon CPU and an A100 GPU respectively.",
            [("a Xeon CPU", None), ("an A100 GPU", None)],
        ),
        # without `respectively`, `and an` still ends the comparator
        ("It is 2x faster than a Xeon CPU and an A100 is slower.", [("a Xeon CPU", None)]),
        # `w.r.t.` introduces the comparator; `versus` ends one
        ("It is 2.8x faster w.r.t. autoregressive decoding.", [("autoregressive decoding", None)]),
        ("It gives 1.7x the goodput of SGLang versus Orca.", [("SGLang", "SGLang")]),
        # where a comparator runs, read before the value too
        (
            "Relative to running on CPUs alone, offloading cuts energy by 6x.",
            [("CPUs alone", None)],
        ),
        # a span read back to `compared to` over another value is that value's clause: the
        # later value shares the comparator named before it instead
        (
            "It is 2.4x faster compared to CPU and keeps 0.5x the speed of a GPU despite its "
            "3 times higher clock.",
            [("CPU", None), ("CPU", None)],
        ),
        # `N times as many X as Y`, `as fast as Y`: Y is the comparator
        (
            "It serves 2.3 times as many requests as DistServe on eight GPUs.",
            [("DistServe", "DistServe")],
        ),
        (
            "Our kernel is 3x as fast as FlashAttention-2.",
            [("FlashAttention-2", "FlashAttention-2")],
        ),
        ("It is 1.5x as energy efficient as the GPU.", [("the GPU", None)]),
        ("It runs 2x as long as needed.", [(None, None)]),
        # comparators named first pair with the one list `respectively` closes; a later value
        # shares them all
        (
            "Compared with vLLM and SGLang, it raises goodput by 1.8x and 1.4x respectively "
            "while cutting tail latency 2x.",
            [("vLLM", "vLLM"), ("SGLang", "SGLang"), ("vLLM and SGLang", "vLLM")],
        ),
        (
            "Compared with vLLM and SGLang, it is 1.8x and 1.4x faster and uses 2x less memory.",
            [("vLLM and SGLang", "vLLM")] * 3,
        ),
        # `than` before a value of its own bounds it, naming no comparator
        (
            "Compared to pixelSplat, MVSplat uses $10\\times$ fewer parameters and infers more "
            "than $2\\times$ faster.",
            [("pixelSplat", "pixelSplat")] * 2,
        ),
        (
            "It delivers over 100X faster rendering and more than 10X shorter training.",
            [(None, None)] * 2,
        ),
        # the subject's next verb ends the comparator
        (
            "It creates better maps (2x) compared to competing baselines and is useful.",
            [("competing baselines", None)],
        ),
        # values in LaTeX maths, each list paired in order by its `respectively`
        (
            "Compared to Cheetah, Iron, and Bumblebee, it achieves more than $4.3\\times$, "
            "$2.7\\times$, $1.3\\times$ latency reduction, respectively and more than "
            "$75.7\\times$, $60.2\\times$, $20.2\\times$ communication reduction, respectively.",
            [(name, name) for name in ("Cheetah", "Iron", "Bumblebee")] * 2,
        ),
        # a list of names opening the sentence pairs with the values `respectively` closes
        (
            "Compared to vLLM, SGLang, and TGI, it uses 3x, 2x, and 1.1x less memory, "
            "respectively.",
            [("vLLM", "vLLM"), ("SGLang", "SGLang"), ("TGI", "Text Generation Inference")],
        ),
        (
            "Compared to vLLM, it is 1.8x and 1.4x faster in A and B, respectively.",
            [("vLLM", "vLLM")] * 2,
        ),
        # the comparator ends where the verb's next object or a second comparison starts
        (
            "DRAF improves area density by 10x over FPGAs and power consumption by 3x.",
            [("FPGAs", None), ("FPGAs", None)],
        ),
        (
            "Its code is up to 10 times smaller than VLIW code and comparable to x86 code.",
            [("VLIW code", "VLIW")],
        ),
        (
            "It achieves up to 3.28x speedup over a 24-thread CPU and our automated framework "
            "achieves better performance compared to manual designs.",
            [("a 24-thread CPU", None)],
        ),
        # `over` or `than` before a value bounds it: no comparator, even for a value before
        (
            "It achieves up to 9.6% higher success rates and over $2\\times$ improvement in "
            "path efficiency on long-horizon tasks.",
            [(None, None)],
        ),
        (
            "It cuts violations by up to 126 times while raising returns by over an order of "
            "magnitude compared to prior methods.",
            [("prior methods", None)] * 2,
        ),
        # the comparator ends at another value and at the subject's next verb
        (
            "It gives 2.9x lower latency vs. PDTrim's 4.1x and lower memory than Quest.",
            [("PDTrim", "PDTrim"), ("Quest", "Quest")],
        ),
        (
            "It is 10x more affordable than previous models and more than 60% cheaper than B.",
            [("previous models", None)],
        ),
        (
            "It achieves up to 64.4x speedup over CPUs and sub-10ms latency on the task.",
            [("CPUs", None)],
        ),
        (
            "It improves Pass@1 by ~5x over random P2P baselines and maintains stable convergence.",
            [("random P2P baselines", None)],
        ),
        # each object of a verb that beats, with its own value
        (
            "It outperforms vLLM by 2.1x, SGLang by 1.5x, and TGI by 1.2x.",
            [("vLLM", "vLLM"), ("SGLang", "SGLang"), ("TGI", "Text Generation Inference")],
        ),
        (
            "It outperforms vLLM by an average of 2.1x and SGLang by an average of 1.5x.",
            [("vLLM", "vLLM"), ("SGLang", "SGLang")],
        ),
        # a second comparison, or a verb's clause, after `and` ends the comparator
        (
            "It runs over 50x faster than BM3D-AMP and hundreds of times faster than NLR-CS.",
            [("BM3D-AMP", "BM3D-AMP")],
        ),
        (
            "It is 40x faster than a CPU implementation and match its search accuracy.",
            [("a CPU implementation", None)],
        ),
        # a clause after `as well as` is no second comparator; a second verb is no object
        (
            "It translates 4.4x more programs than GPT-4 as well as enabling translation.",
            [("GPT-4", "GPT-4")],
        ),
        (
            "It can surpass or match the best selection approach while reducing cost by up to 2x.",
            [("the best selection approach", None)],
        ),
        # a later clause with a verb of its own is no object of the first verb
        (
            "It outperforms vLLM by 2x, while the small model improves over SGLang by 3x.",
            [("vLLM", "vLLM"), ("SGLang", "SGLang")],
        ),
        (
            "It outperforms alternatives and increasing the throughput by as much as 2x "
            "compared to vLLM without batching.",
            [("vLLM", "vLLM")],
        ),
        # `than when using X`: what was used is the comparator
        # a pronoun names no comparator: what it stands for is named elsewhere
        # a possessive comparator is its owner
        ("Its search cost is 420x smaller than MnasNet's.", [("MnasNet", "MnasNet")]),
        ("It reduces training time by 5x in comparison with them.", [(None, None)]),
        (
            "The robot finishes 29 times faster than when using active compliance control.",
            [("active compliance control", None)],
        ),
        # a comparator after a list of values, each with its metric, compares them all
        (
            "It achieves 3.9x throughput and 0.4x latency compared to Katran.",
            [("Katran", "Katran")],
        ),
        # ... but `than` binds the comparative right before it
        (
            "It is 1.8x faster than MobileNetV2 with 0.5% higher accuracy and 2.3x faster "
            "than NASNet.",
            [("MobileNetV2", "MobileNetV2"), ("NASNet", "NASNet")],
        ),
        # `less than half` bounds a fraction: no comparator
        (
            "It needs 5x less communication and less than half the memory for one node.",
            [(None, None)],
        ),
        # an abstract quoted whole ends in a quote mark, no part of the comparator
        ('It is 2x faster than previous works."', [("previous works", None)]),
        # `as well as` before a comparative opens another claim, not another comparator
        (
            "It gets a speedup of 100x over PERCH, as well as better accuracy than others.",
            [("PERCH", "PERCH")],
        ),
        # a named subject's own clause after `and` ends the comparator
        (
            "It gets a 2.5x speedup over K80 GPU and Sextans-P achieves a 1.1x speedup over V100.",
            [("K80 GPU", None), ("V100", None)],
        ),
        # a comparator cut right after its article names none
        (
            "The CPU gets a speedup of 12 compared to the 26x achieved by our design.",
            [(None, None), (None, None)],
        ),
        # an aside that closes past the comparator's window is no part of it
        (
            "It is 4 times faster compared to GPU solutions (the GPU reference has 128 "
            "streaming multiprocessors and runs the same kernels in all of our experiments).",
            [("GPU solutions", None)],
        ),
        # an aside's value compares with what the phrase before it compared with, not with
        # the next clause's comparator; `both` says how many measures, no comparator
        (
            "It is faster than planning methods both in computation (2x) and mission time "
            "(1.4x), and safer than walking methods.",
            [("planning methods", None), ("planning methods", None)],
        ),
        # a detector named with a comparative, and one named after a participle
        (
            "It is 3 times faster than the Faster R-CNN counterpart.",
            [("the Faster R-CNN counterpart", "Faster R-CNN")],
        ),
        (
            "It runs 2x faster comparing with frame-level features.",
            [("frame-level features", None)],
        ),
        # `exceeds` beats its object by the value, as `surpasses` does
        ("Its recall exceeds FAB-MAP by a factor of 3.", [("FAB-MAP", "FAB-MAP")]),
        # ... but only with its `by`: what it takes alone is mostly a level
        ("They exceed SOTA accuracy and give a 1.8x improvement in throughput.", [(None, None)]),
        # `improving over A by` beats A, past a sign before the value
        (
            "It surpasses video captioners, improving over the base model by +2.1x in speed.",
            [("the base model", None)],
        ),
        # a verb's object read past its aside of values
        (
            "It surpasses the baseline (5,552 params; F1 = 90.5%) with about 10x fewer parameters.",
            [("the baseline", None)],
        ),
        # a possessive's own value is no part of the comparator; a hyphen-joined `baseline`
        # is no comparator's name
        (
            "It needs 50x fewer steps compared to Diffusion Policy's 100.",
            [("Diffusion Policy", None)],
        ),
        ("It keeps near-baseline accuracy -- reducing tokens by 5x.", [(None, None)]),
        # a comparator's gaps are one space each
        (
            "It trains 1.8x faster than the full-precision  variant.",
            [("the full-precision variant", None)],
        ),
        # `than by using X`: what was used is compared
        (
            "It localizes 2.9 times faster than by using the SURF method.",
            [("the SURF method", "SURF")],
        ),
        # a citation names no comparator
        (
            "It is 2x faster than BERT (Devlin et al., 2019) and 3x faster than T5 (Raffel et "
            "al. (2020)).",
            [("BERT", "BERT"), ("T5", "T5")],
        ),
        # names listed after a class's noun end it, whatever the words after them
        (
            "Against two GPU methods (cuSPARSE, Magicube) run on an A100, it is 2x faster.",
            [("cuSPARSE, Magicube", "cuSPARSE")],
        ),
        # a parenthesis in a comparator read up to its comma is part of it, commas and all
        (
            "It outperforms (BF16, FP32) mixed precision, achieving up to 1.5x throughput.",
            [("(BF16, FP32) mixed precision", None)],
        ),
        (
            "Compared to the (slow, exact) solver, ours is 3x faster.",
            [("the (slow, exact) solver", None)],
        ),
        # a value LaTeX opens after `and` ends the comparator before it, as a bare one does
        (
            "It gives a speedup of $>1.3\\times$ over FP8 and $>1.7\\times$ over BF16 "
            "and \\(2.1\\times\\) over FP32.",
            [("FP8", None), ("BF16", None), ("FP32", None)],
        ),
        # a pointer to a part of the paper names no comparator
        (
            "It gives 2x higher decoding throughput over EAGLE-2 (Table 5) and 3x over Medusa "
            "(see Fig. 4).",
            [("EAGLE-2", "EAGLE-2"), ("Medusa", "Medusa")],
        ),
        # a scaled number alone is a threshold or a setting, and no comparator stops the search
        ("It reaches at least 3x speedups for sequences longer than 32K.", [(None, None)]),
        (
            "It outperforms QuIP, with up to 20x lower perplexity on models ranging from 350M to "
            "13B parameters.",
            [("QuIP", "QuIP")],
        ),
        # `more than doubled`: `than` qualifies the verb's multiple
        ("It cut memory by 4x and more than doubled throughput on 64 GPUs.", [(None, None)]),
        # the subject's next verb (`and outperforming`) and a concession (`despite`) end it
        (
            "It gives a 2x gain over the dense model and outperforming sparse baselines on most "
            "tasks.",
            [("the dense model", None)],
        ),
        (
            "It is 3x faster than FlashAttention despite its extra kernels.",
            [("FlashAttention", "FlashAttention")],
        ),
        # a statistic of the comparators is what it names: `the average of X` is X
        (
            "It needs 4x fewer FLOPs relative to the average of comparable baselines.",
            [("comparable baselines", None)],
        ),
        # the subject's next verb of change after `, and` compares with no earlier object
        (
            "It scores 0.49, surpassing larger models (e.g., Model-X at 0.47), and increases "
            "throughput by 6.8x.",
            [(None, None)],
        ),
        # `both` is no part of the comparator, nor a size of a class a name
        ("It is 2x faster than both Triton and TVM.", [("Triton and TVM", "Triton")]),
        (
            "It gives up to 2x speedup, surpassing both 7B-scale peers and Falcon-40B.",
            [("7B-scale peers and Falcon-40B", "Falcon-40B")],
        ),
        (
            "It outperforms GRPO and matches DAPO, reducing rollout cost by up to 4.2x.",
            [("GRPO", "GRPO")],
        ),
        # `match or exceed X while ...`: the second verb is no part of the object
        (
            "It matches or exceeds the dense baselines while using 4x fewer parameters.",
            [("the dense baselines", None)],
        ),
        # a number a hyphen joins to a word is no value between a value and its comparator
        (
            "It is 7 times faster in the 2-link case and 28 times faster in the 6-link case "
            "than the existing planners.",
            [("the existing planners", None), ("the existing planners", None)],
        ),
        # an owner's value set in maths, then another achievement
        (
            "It gives a 2.7x gain over GPT-5's $21.2\\%$ baseline and the best agentic result.",
            [("GPT-5", "GPT-5")],
        ),
        # the subject's next verb ends a comparator
        (
            "It reduces jitter by 2-5x relative to baselines and performs closer to humans.",
            [("baselines", None)],
        ),
        # a comparison's `to` after a clause of its own subject is that clause's verb's
        ("The comparison we set out to make failed: ratios span 1.4x to 29x.", [(None, None)]),
        # amounts side by side in the value's aside are no comparator; a name after `vs` is
        (
            "Joined against 10M rows, it cuts query latency 5.4 times (360 ms vs. 1935 ms) "
            "relative to the built-in join.",
            [("the built-in join", None)],
        ),
        ("It gives 1.5x higher throughput vs 1F1B on 32 GPUs.", [("1F1B", "1F1B")]),
        # `from` an amount is where a change starts, no comparator
        (
            "The vocabulary shifts 16x with batch size, from 32k at B=1 to 524k at B=64.",
            [(None, None)],
        ),
        # a comparator before `by` runs into no clause of a change verb of its own
        (
            "It gives 1.7x speedups over vanilla CD and reduces proposal latency by 5 to 12x "
            "relative to coupled paths.",
            [("CD", "CD"), ("coupled paths", None)],
        ),
        # a clause's connector ends a comparator
        (
            "It cuts peak VRAM by up to 3.9x relative to LoRA and therefore wins most settings.",
            [("LoRA", "LoRA")],
        ),
        # a setting's preposition is no part of what is compared; a dash names nothing
        ("It costs 5-30x more under harness A than under harness B.", [("harness B", None)]),
        ("Warm starts always beat -- by up to 18x at low budget.", [(None, None)]),
        # a venue and year in the comparator's aside cite it
        (
            "It is up to 1.6x faster than SpInfer (EuroSys'25, Best paper).",
            [("SpInfer", "SpInfer")],
        ),
        # the `of` that opens the values is no part of the comparator
        (
            "They achieved speedups over supplied FlashInfer kernels of 1.6x, 18x, and 13x.",
            [("supplied FlashInfer kernels", "FlashInfer")] * 3,
        ),
        # a count of devices is a setting compared, not a value ahead
        ("It achieves a 2x speedup compared to 8 A100 GPUs.", [("8 A100 GPUs", None)]),
        # the comparator's own values in an aside are no part of it; its possessive names it
        (
            "It is up to 2x faster, improving over ROAM's best results (1.3x over SGLang).",
            [("ROAM's best results", "ROAM"), ("SGLang", "SGLang")],
        ),
        # a number alone in the comparator's aside is its value, no part of its name
        ("It is 12x faster than the greedy planner ($0.849$).", [("the greedy planner", None)]),
        # a dash between spaces opens an aside after the comparator
        (
            "It is a 31x regression from the B200 -- rendering kernels compute-bound.",
            [("the B200", None)],
        ),
        # a number glued to a name in parentheses is part of it
        (
            "It matches the best O(1) baseline in accuracy while using 5.2x fewer writes.",
            [("the best O(1) baseline", None)],
        ),
        # a range of values is no comparator either
        ("It reaches 159 against 272-286 for beat grids, 1.7-1.8x lower.", [(None, None)]),
        # a signed value is no comparator
        (
            "Elasticity is -0.03 for Muon versus +1.5 for AdamW, and Muon moves 8.0 times faster.",
            [(None, None)],
        ),
        # a gerund after `always` is the comparator; a second comparative after `and` ends it
        (
            "It achieves 74% accuracy at 4.71x lower cost than always using the strongest model.",
            [("always using the strongest model", None)],
        ),
        (
            "STG runs 720x faster than an iterative flow and higher rate of compilation.",
            [("an iterative flow", None)],
        ),
        # the authors' clause ends a comparator that no comma closes
        (
            "Compared to BGE our method achieves 1.2x lower latency, while delivering +4% nDCG.",
            [("BGE", "BGE")],
        ),
        # a qualifier before the next value ends the comparator
        (
            r"It gives $2.5\!\times$ kernel speedup over vLLM and approximately $2\!\times$ "
            "end-to-end speedup over SGLang.",
            [("vLLM", "vLLM"), ("SGLang", "SGLang")],
        ),
        # a second comparison after `and` ends the comparator
        (
            "The new chip runs 12x below the H200 and well below its memory roof.",
            [("the H200", None)],
        ),
        # a comparator named after a semicolon is no earlier value's
        (
            "It offers 93% of the quality at 11x lower cost; the planner is 2x faster than Orca.",
            [(None, None), ("Orca", "Orca")],
        ),
        # what a later verb beats by its own value, past a setting, is that value's alone
        (
            "It runs at 12 times lower latency, and beats three decoders on error by 9 percent.",
            [(None, None)],
        ),
    ],
)
def test_baseline_and_its_system(sentence, expected):
    found = sorted(claims_of(sentence, "speedup"), key=lambda c: c.start)
    assert [(c.baseline, c.baseline_system) for c in found] == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # `within N% of X`: how close the value comes to X
        ("It is 1.27x faster than A and within 5% of hand-tuned CUTLASS.", ("CUTLASS", "CUTLASS")),
        ("It is within 5% lower latency than Orca.", ("Orca", "Orca")),
    ],
)
def test_within_a_percentage_of_names_the_comparator(sentence, expected):
    (found,) = claims_of(sentence, "percent_change")
    assert (found.baseline, found.baseline_system) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # a passive's verb after the comparator ends it
        (
            "A gain of 20.2% points over the SFT-based baseline is observed with Qwen.",
            "the SFT-based baseline",
        ),
        # so does a clause of its own with a value, however many words open it
        (
            "It yields 10% more diversity than random placement and the learned pruning "
            "policy runs 1000x faster than A.",
            "random placement",
        ),
        # a comparator word is a whole word: not the `over` inside `rover`
        (
            "Experiments on a rover prototype demonstrate over 50% savings in sensing energy, "
            "which gives a 12% reduction in total energy.",
            None,
        ),
        # a gerund after its adverb is the comparator
        (
            "It raises the localization accuracy by 40% compared to only using direct rays.",
            "only using direct rays",
        ),
        # a value qualified by `over` is no comparator, nor a joiner before the stop
        ("It cuts errors by over $90\\%$, and decreases latency 10-fold.", None),
        (
            "We compare its quality to prior memory approaches and show an improvement of 38.6%.",
            "prior memory approaches",
        ),
    ],
)
def test_a_comparator_ends_before_the_next_clause(sentence, expected):
    found = sorted(claims_of(sentence, "percent_change"), key=lambda c: c.start)
    assert found[0].baseline == expected


def test_each_value_takes_the_comparator_after_it_not_one_before_its_and_by():
    sentence = (
        "It improves task success by over 20% compared to training from scratch and by "
        "over 10% compared to pretrained visual features."
    )
    found = sorted(claims_of(sentence, "percent_change"), key=lambda c: c.start)
    assert [c.baseline for c in found] == ["training from scratch", "pretrained visual features"]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # a comparator named before its own `by` and value is that value's alone
        (
            "It improves accuracy by 5.2% on open tasks, outperforming GPT-4o by 2.4%.",
            [None, "GPT-4o"],
        ),
        # one named after a list is every value's
        ("It gives 20% higher throughput and 9% lower TTFT compared to X.", ["X", "X"]),
        # an item naming its own comparator with `compared to` leaves the list going on
        (
            "It yields emission reductions of 40% compared to naive charging and 19% "
            "compared to static planning.",
            ["naive charging", "static planning"],
        ),
        # a later item's joiner is no comparator; the earlier one is every item's
        (
            "It surpasses random selection by 4% on Qwen, and by around 2% on closed LLMs.",
            ["random selection", "random selection"],
        ),
        # a colon glued to the next word ends a comparator; a clause's subject is none
        (
            "It outperforms the baseline model:diagnostic accuracy is increased by 9%, F1-score "
            "is improved by 27%.",
            ["the baseline model", "the baseline model"],
        ),
        # a later verb that beats its own object by a value is the comparator of the values
        # after it, not the clause's first
        (
            "Method A outperformed plain search by 12.5% with a 3.1% cost gain, and Method B "
            "exceeded greedy search by 40.2% in recall (0.41 to 0.58), achieving a 61.3% gain "
            "on hard cases.",
            ["plain search", "plain search", "greedy search", "greedy search"],
        ),
        # a joiner opens the subject's next clause: no comparator runs past it
        (
            "It stays within 1% of the best fixed baseline and wins by up to 15.5% elsewhere.",
            [None],
        ),
        # what a value improves on is its comparator, unless `on average` says how
        ("The sidecar improves on ToolSpec by 34.1% on average.", ["ToolSpec"]),
        ("It improves on average by 5% over the baseline.", ["the baseline"]),
        # `from` an amount ends the search for a comparator after the value
        (
            "It cuts latency by 70% (from 49.4ms to 14.9ms on one GPU) and scales over multiple "
            "GPUs.",
            [None],
        ),
        # a bound of another value is no comparator
        ("It yields a 4.6% speedup compared to only 2.6% for the prior policy.", [None]),
        # what trails or falls behind names what it is compared with
        ("Freezing the policy trails PMD by more than 10% across domains.", ["PMD"]),
        ("It falls behind vLLM by 12% in throughput.", ["vLLM"]),
        ("Our model underperforms GPT-4 by 3.2% on MMLU.", ["GPT-4"]),
        ("Unpretrained, it leads MobileNet by 2.5 points.", ["MobileNet"]),
        # a signed amount after `versus` is another value, no comparator
        ("On short queries the lift is +8.6%, versus +1.5% on longer ones.", [None, None]),
        # what a value lies above or below is its comparator; a value after `compared to` is none
        (
            "It recovers accuracy to 76.85%, 19.94 points above scratch training.",
            ["scratch training"],
        ),
        ("It is 5% ahead of vLLM.", ["vLLM"]),
        ("It causes 45-80% accuracy degradation compared to 3-7% for random neurons.", [None]),
        # the owner of the other value is the comparator, not the value
        (
            "It reaches 71% agreement, compared to 18-40% for plain retrieval, a margin of up to "
            "31 percentage points.",
            ["plain retrieval"],
        ),
        # an `over` across counted runs or periods compares with nothing
        ("An unchanged selector lost 6.72% over 19 July cycles.", [None]),
        ("On a fixed split over three seeds, it improved macro-F1 by 8.1%.", [None]),
        # a `from` that opens where a level starts, its unit's word first, compares nothing
        ("It cuts RMSE by 5.5% and delays the peak from day 150 to day 160.", [None]),
        # a passive's verb and a test's statistic end the comparator
        (
            "WER reductions of 27.7% over magnitude pruning were obtained on test-clean.",
            ["magnitude pruning"],
        ),
        ("It cuts wasted compute by 22% over SRTF-Est (p<0.05).", ["SRTF-Est"]),
        # a signed value after `from` starts a level
        ("It gains 10.8 points on A, widening from +8 at 6K to +21 at 262K.", [None]),
        # a participle after a comma opens a clause, no item of a list of comparators
        (
            "It outperforms the best baseline under probing, improving mean F1 by 4.2%, 3.1%, and "
            "2.5%, respectively.",
            ["the best baseline"] * 3,
        ),
        # a comparative's nearer `than` names the comparator, not a marker further back
        (
            "Tool calling against a live API is more discriminative than offline benchmarks, "
            "with accuracies 25-35 points lower.",
            ["offline benchmarks"],
        ),
        # a `from` that says where things are missing from names no comparator
        ("It gives a +35.6% gain even when categories are absent from the retrieval pool.", [None]),
        # a clause after a list's comparator is none of a `respectively` list of comparators
        (
            "It yields IoU gains of 10.4% and 8.7%, respectively, over the U-Net, while B achieved "
            "gains of 7.6% and 23.0%, respectively, over UNETR.",
            ["U-Net", "U-Net", "UNETR", "UNETR"],
        ),
        # (names with digits stay items)
        (
            "It cuts misses by 16%, 25%, and 29% compared with UNet++, DeepLabV3+, and TransUNet, "
            "respectively.",
            ["UNet++", "DeepLabV3+", "TransUNet"],
        ),
        # a comparator after a semicolon is another clause's
        (
            "It improves over MoELoRA by 0.89 points while using 28.1% fewer parameters; a "
            "bootstrap over final predictions gives a tight interval.",
            ["MoELoRA", "MoELoRA"],
        ),
        # a price in the comparator's aside is none of its name
        (
            "It is 35-45% cheaper than Claude Sonnet 4.5 (USD 0.0110) and Gemini 3 (USD 0.0128).",
            ["Claude Sonnet 4.5 and Gemini 3"],
        ),
        # the subject's next verb ends the comparator (and its value is a claim of its own)
        (
            "It improves throughput by 3.05%-15.26% over strict verification and averages a "
            "7.78% gain across tasks.",
            ["strict verification", "strict verification"],
        ),
        # a change verb after `and` opens a clause of its own, with its own comparator
        (
            "It improves over GiGPO by over 45% and reduces turns by about 42% compared with "
            "full-retry methods.",
            ["GiGPO", "full-retry methods"],
        ),
        # a change verb after a later comma opens a clause, no comparator
        (
            "It beats the two baselines by 20.0 and 32.5 points, and reduces calls by 16.7% and "
            "tokens by 29.2% relative to a tuned baseline.",
            ["the two baselines"] * 2 + ["a tuned baseline"] * 2,
        ),
        # what loses to a comparator names it
        ("Our agent beats A-Net by 9% but loses to B-Net by 2.5%.", ["A-Net", "B-Net"]),
        # a semicolon ends what a comparator serves, unless it parts a colon's list
        (
            "It is 0.4 points below the teacher; the student improves F1 by 1.2 points on B.",
            ["the teacher", None],
        ),
        (
            "Our model surpasses strong baselines: +2.1% mAP on day scenes and +3.3% at dusk; at "
            "night, gains are +4.0%.",
            ["strong baselines"] * 3,
        ),
        # `respectively` pairs the values with the metrics listed nearer them
        (
            "It outperforms the A and B baselines, improving recall and precision by 2.2% and "
            "3.1%, respectively.",
            ["the A and B baselines"] * 2,
        ),
    ],
)
def test_comparators_of_values_after_another(sentence, expected):
    found = sorted(claims_of(sentence, "percent_change"), key=lambda c: c.start)
    assert [c.baseline for c in found] == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "It shows increases of 3.1% in ROUGE-L, 4.6% in correctness, and 20.6% in completeness.",
        "It improves by 6.51% on IoU and 3.35% on the temporal stability metric.",
    ],
)
def test_a_later_value_with_its_own_measure_takes_none_before_it(sentence):
    first, *later = sorted(claims_of(sentence, "percent_change"), key=lambda c: c.start)
    assert later and all(c.metric != first.metric for c in later)


def quantities(sentence):
    def rounded(x):
        return float(f"{x:.6g}")

    return sorted(
        (c.dimension, rounded(c.low), rounded(c.high), c.unit)
        for c in claims_of(sentence, "quantity")
    )


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # time: every spelling to seconds; ranges and from-to pairs are one claim
        ("Each step takes 12.5 ms on the board.", [("time", 0.0125, 0.0125, "s")]),
        ("Latency falls from 40ms to 5ms.", [("time", 0.005, 0.04, "s")]),
        ("The kernel finishes in 0.8 µs.", [("time", 8e-07, 8e-07, "s")]),
        ("Training completes in 6 days.", [("time", 518400, 518400, "s")]),
        ("A 2-hour fine-tuning run suffices.", [("time", 7200, 7200, "s")]),
        ("The trace spans four weeks.", [("time", 2419200, 2419200, "s")]),
        ("Each probe lasts 30-45 minutes.", [("time", 1800, 2700, "s")]),
        # a slash list before one unit: one claim per item; a fraction of a word is none
        (
            "Each GPU reaches 1,233/1,048 TFLOPS.",
            [
                ("compute_rate", 1.048e15, 1.048e15, "FLOP/s"),
                ("compute_rate", 1.233e15, 1.233e15, "FLOP/s"),
            ],
        ),
        ("It keeps 1/2 of the cache.", []),
        # memory written before a hardware name is the hardware's, not a quantity
        (
            "A 128K-token context fits on a single 80GB A100.",
            [("context_length", 128000, 128000, "token")],
        ),
        ("It runs on an 80 GB H100 with 24 GB of weights.", [("memory", 2.4e10, 2.4e10, "B")]),
        # device time
        ("The search costs 2.5 GPU-days.", [("device_time", 216000, 216000, "device*s")]),
        ("Pre-training used 1.2M GPU hours.", [("device_time", 4.32e9, 4.32e9, "device*s")]),
        ("It needs 10^3 TPU-hours.", [("device_time", 3.6e6, 3.6e6, "device*s")]),
        # throughput, with what it counts
        ("Decoding runs at 2,150 tokens/s per GPU.", [("throughput", 2150, 2150, "item/s")]),
        ("The server handles 12k QPS.", [("throughput", 12000, 12000, "item/s")]),
        # a title's capitalised scale word
        ("Towards 10 Million Context Length Inference", [("context_length", 1e7, 1e7, "token")]),
        # power and energy at the scale of data centres and grids
        ("The campus draws 1.2 GW.", [("power", 1.2e9, 1.2e9, "W")]),
        ("A year of inference used 0.05 TWh.", [("energy", 1.8e14, 1.8e14, "J")]),
        ("It renders 90 frames per second.", [("throughput", 90, 90, "item/s")]),
        ("We ingest 3 million records per minute.", [("throughput", 50000, 50000, "item/s")]),
        ("BFS reaches 12.4 GTEPS on the cluster.", [("throughput", 1.24e10, 1.24e10, "item/s")]),
        # memory: decimal and binary prefixes, bits
        ("The model needs 14 GB of memory.", [("memory", 1.4e10, 1.4e10, "B")]),
        ("Buffers of 2 MiB are used.", [("memory", 2097152, 2097152, "B")]),
        ("A 512Kb SRAM macro is built.", [("memory", 64000, 64000, "B")]),
        ("The checkpoint is 1.5 TB.", [("memory", 1.5e12, 1.5e12, "B")]),
        ("Each node has 8x40GB GPUs.", [("memory", 4e10, 4e10, "B")]),
        # bandwidth
        ("HBM delivers 3.35 TB/s.", [("bandwidth", 3.35e12, 3.35e12, "B/s")]),
        ("It sustains 1.7 PB/s across the pod.", [("bandwidth", 1.7e15, 1.7e15, "B/s")]),
        ("Nodes are linked by 200 Gbps InfiniBand.", [("bandwidth", 2.5e10, 2.5e10, "B/s")]),
        # compute totals and rates
        ("Training took 3.8e25 FLOPs.", [("compute", 3.8e25, 3.8e25, "FLOP")]),
        ("It costs $10^{22}$ FLOPs to train.", [("compute", 1e22, 1e22, "FLOP")]),
        ("The budget is 250 million petaflops.", [("compute", 2.5e23, 2.5e23, "FLOP")]),
        ("The models stay under 400M MACs.", [("compute", 4e8, 4e8, "MAC")]),
        # a prefixed FLOPs or MACs is a total too (the cost of one input), per second a rate
        ("It needs 4.1 GFLOPs per image.", [("compute", 4.1e9, 4.1e9, "FLOP")]),
        ("A forward pass costs 1.2 TFLOPs.", [("compute", 1.2e12, 1.2e12, "FLOP")]),
        (
            "The backbone takes 2.3 GMACs and 180 MMACs.",
            [("compute", 1.8e8, 1.8e8, "MAC"), ("compute", 2.3e9, 2.3e9, "MAC")],
        ),
        ("It runs 312 TFLOPs/s.", [("compute_rate", 3.12e14, 3.12e14, "FLOP/s")]),
        # a unit raised to a negative power is another unit: a speed, a rate of spin
        ("It launches balls at up to 15.4ms\u22121 with spins of 192.0s^{-1}.", []),
        ("Each step takes 5 s-10 s.", [("time", 5, 10, "s")]),
        # a round number's plural counts (`in the 100,000s`), as before `of` (`100s of GB`)
        ("Object proposals may number in the 100,000s.", []),
        ("The chip peaks at 989 TFLOPS.", [("compute_rate", 9.89e14, 9.89e14, "FLOP/s")]),
        ("It sustains 1.1 exaflop/s.", [("compute_rate", 1.1e18, 1.1e18, "FLOP/s")]),
        ("The NPU reaches 26 TOPS.", [("compute_rate", 2.6e13, 2.6e13, "OP/s")]),
        # energy, power, efficiency
        ("Each inference uses 0.4 mJ.", [("energy", 0.0004, 0.0004, "J")]),
        ("The run consumed 1,300 MWh.", [("energy", 4.68e12, 4.68e12, "J")]),
        ("The board draws 7.5W.", [("power", 7.5, 7.5, "W")]),
        ("A rack draws 40 kW.", [("power", 40000, 40000, "W")]),
        ("It achieves 18.2 TOPS/W.", [("energy_efficiency", 1.82e13, 1.82e13, "OP/J")]),
        ("It yields 3.5 tokens/J.", [("energy_efficiency", 3.5, 3.5, "item/J")]),
        # tokens of data and context lengths
        ("The corpus holds 15T tokens.", [("tokens", 1.5e13, 1.5e13, "token")]),
        # words that describe the tokens may stand between the count and them
        ("It trains on 3.6B training tokens.", [("tokens", 3.6e9, 3.6e9, "token")]),
        ("It sees 1.4T multimodal pre-training tokens.", [("tokens", 1.4e12, 1.4e12, "token")]),
        ("A 7B model trained on the tokens of the web.", []),
        ("We pre-train on 2 trillion tokens of web data.", [("tokens", 2e12, 2e12, "token")]),
        ("It supports a 128K context.", [("context_length", 128000, 128000, "token")]),
        ("Prompts of 32K tokens are served.", [("context_length", 32000, 32000, "token")]),
        ("We test a sequence length of 65,536.", [("context_length", 65536, 65536, "token")]),
        ("Context lengths from 4K to 64K are tested.", [("context_length", 4000, 64000, "token")]),
        # a scale written once serves both ends, unless the low end would pass the high one
        ("Prior models use 512 to 4k tokens of context.", [("context_length", 512, 4000, "token")]),
        ("It uses 1 to 8K tokens of context.", [("context_length", 1000, 8000, "token")]),
        ("It handles 1M-token contexts.", [("context_length", 1e6, 1e6, "token")]),
        # cost: a price per unit is a cost too; a from-to pair of prices is one claim
        ("The run cost $2.1M.", [("cost", 2.1e6, 2.1e6, "USD")]),
        ("The service costs $0.5 per hour.", [("cost", 0.5, 0.5, "USD")]),
        # a tilde before the sign is about, not LaTeX (whose maths the sign opens)
        ("A node goes for ~$14/hr.", [("cost", 14, 14, "USD")]),
        ("It needs about~$10^{24}$ operations.", []),
        # LaTeX maths, not money: a fraction, digit groups, a Greek letter, a closing sign
        ("The error is exactly $1/2$ beyond the $2π$ period for $355{,}315$ items.", []),
        # an operator after the number keeps it inside maths up to the closing sign
        ("Both $1/\\alpha$ and $1-\\epsilon$ are bounded by $2+\\delta$.", []),
        (
            "A query costs $1 and a run $0.5/GPU-hour.",
            [("cost", 0.5, 0.5, "USD"), ("cost", 1, 1, "USD")],
        ),
        ("The gain is large (SugarCrepe $+$4.58pp over Euclidean).", []),
        # a number and its unit inside maths (`~` is LaTeX's tie)
        ("It carries payloads up to $8~kg$ and has $35K$ videos and $30k$ iterations.", []),
        ("It gives a $1.5-2\\times$ throughput gain and needs 100s of GB per server.", []),
        (
            "Each step takes 100s on 8 GPUs and costs $1.5-$2.",
            [("cost", 1.5, 2, "USD"), ("time", 100, 100, "s")],
        ),
        (
            "It costs $0.5/hour and $2.20 per run.",
            [("cost", 0.5, 0.5, "USD"), ("cost", 2.2, 2.2, "USD")],
        ),
        ("It cuts the cost per 1M tokens from $2.40 to $0.60.", [("cost", 0.6, 2.4, "USD")]),
        ("Serving costs fall from $10 to $3 per day.", [("cost", 3, 10, "USD")]),
        ("It runs at 5 GFLOPs per cycle.", []),
        # lists share the unit
        ("Steps take 17, 9 and 6 ms.", [("time", t, t, "s") for t in (0.006, 0.009, 0.017)]),
        # negatives: the guide's exclusions
        ("Accuracy rises by 12% and latency drops 3x.", []),
        ("The 7B and 70B models run on A100-80GB GPUs.", []),
        ("It uses 4-bit weights, FP8 and W4A16.", []),
        ("The chip is built in 7nm and clocked at 311 MHz.", []),
        ("It renders 4K video on 8 GPUs with 12 layers.", []),
        ("The area is 113 mm2.", []),
        ("Since the 1990s, accelerators have grown.", []),
        ("It reaches 3.11 MAC/clk and 0.81 MAC/clk.", []),
        # densities per area or FPGA resource, and counts of hardware pieces
        ("It reaches 2.9 TOPS/mm2 and 0.8 GOPS/DSP.", []),
        ("The array has 4,096 MAC units.", []),
        ("Savings reach 1000 times 20 mJ.", []),
        ("It adds $<$0.5% parameters.", []),
        ("We use 3 contexts and 5 tokens per word.", []),
        ("In 2023 we ran 12 benchmarks on 64 nodes.", []),
        ("Data centres will need 100~GW more.", [("power", 1e11, 1e11, "W")]),
        # device time with the device named inside it
        ("It used 2.788M H800 GPU hours.", [("device_time", 1.00368e10, 1.00368e10, "device*s")]),
        ("It took 1.2M A100-days.", [("device_time", 1.0368e11, 1.0368e11, "device*s")]),
        ("We trained for 8 hours on 64 H100 GPUs.", [("time", 28800, 28800, "s")]),
        # efficiency per watt as a word
        (
            "The system reaches 52.23 gigaflops per watt.",
            [("energy_efficiency", 5.223e10, 5.223e10, "FLOP/J")],
        ),
        (
            "It reaches 62.7 GFLOPS/watt and 4 TOPS/watt.",
            [
                ("energy_efficiency", 6.27e10, 6.27e10, "FLOP/J"),
                ("energy_efficiency", 4e12, 4e12, "OP/J"),
            ],
        ),
        # documents retrieved and messages passed are counted items too
        (
            "It scores 82M documents/second and passes 1.5M msg/s.",
            [("throughput", 8.2e7, 8.2e7, "item/s"), ("throughput", 1.5e6, 1.5e6, "item/s")],
        ),
        # an acronym naming what is counted between the number and its rate; not a device's
        (
            "A node sustains 1.7 M HTTP requests per second and 10K SQL queries/s.",
            [("throughput", 1.7e6, 1.7e6, "item/s"), ("throughput", 1e4, 1e4, "item/s")],
        ),
        ("It needs 100 GPU hours.", [("device_time", 3.6e5, 3.6e5, "device*s")]),
        # a value written with its spread is the value; the spread is none
        ("It converges in 0.05 ± 0.02 seconds.", [("time", 0.05, 0.05, "s")]),
        # a time before now dates an event
        (
            "Seven years ago a survey appeared; our run takes 3 hours.",
            [("time", 10800, 10800, "s")],
        ),
        # a unit per mass, length, area or volume is none of ours
        ("It stores up to 38000 J/m3 and needs 0.39 J/kg at 100 W/kg.", []),
        ("It takes 31.80 $\\pm$ 2.70 ms.", [("time", 0.0318, 0.0318, "s")]),
        # a number in LaTeX maths glued to its unit
        ("It acts every $30$ms.", [("time", 0.03, 0.03, "s")]),
        # LaTeX's escaped dollar
        (
            "It costs about \\$15 versus \\$22K.",
            [("cost", 15, 15, "USD"), ("cost", 22000, 22000, "USD")],
        ),
        # the `min` that opens a minimum's name is no minute
        ("It reaches 1.2 min-ADE under a 2s-SLO.", [("time", 2, 2, "s")]),
        # the sign that closes LaTeX's maths is no currency's, nor one before a tie and a
        # command, or an operation
        (r"It improves accuracy by up to $\sim\!$2 points.", []),
        (r"It reaches a TOF of $1.63~\text{s}^{-1}$ and a gap of $7/133 = 5.26$.", []),
        (r"Since the pole satisfies $0<f_n<1$, each coordinate is stable.", []),
    ],
)
def test_quantity(sentence, expected):
    assert quantities(sentence) == sorted(
        (d, float(f"{lo:.6g}"), float(f"{hi:.6g}"), u) for d, lo, hi, u in expected
    )


def test_a_currency_sign_is_part_of_the_amount_as_written():
    (claim,) = claims_of("It cuts the cost from $2.40 to $0.60 per 1M tokens.", "quantity")
    assert (claim.text, claim.value_text) == ("$2.40 to $0.60", "$2.40 to $0.60")


def test_values_are_exact_to_their_written_digits():
    """A scaled value is the decimal written, not its floating-point product."""
    sentence = "The 4.1B model takes 4.1 GMACs at 1.1 EFLOPS."
    found = [*claims_of(sentence, "model_size"), *claims_of(sentence, "quantity")]
    assert sorted(c.low for c in found) == [4.1e9, 4.1e9, 1.1e18]


@pytest.mark.parametrize(
    "sentence, role",
    [
        ("Our system achieves 1,200 tokens/s on one GPU.", "result"),
        ("The accelerator consumes a peak power of 12 W.", "result"),
        ("With only 3.4 MB of weights, it matches the baseline.", "result"),
        ("Deployment takes about 4 hours on a laptop.", "result"),
        ("Experiments run on nodes equipped with 80 GB of HBM.", "setting"),
        # using an amount of a capacity is a setting, of a cost a result
        ("Inference runs using 6GB of VRAM.", "setting"),
        ("The search finishes using 1.5 GPU-days.", "result"),
        ("It meets 20 ms latency constraints at scale.", "setting"),
        ("We evaluate it on 256K-token inputs.", "setting"),
        ("The dataset holds 2 billion tokens.", "setting"),
        ("Existing methods need 3,000 GPU hours to search.", "background"),
        ("Classic NAS is costly (e.g., 2,000 GPU-days).", "background"),
        ("For example, a trillion-parameter model needs 90 days of training.", "background"),
        ("Frontier models now support contexts exceeding 1M tokens.", "background"),
        # a cue belongs to the number it stands before
        ("A model with 175 billion parameters runs at 80 TFLOPS.", "result"),
        # what happened over the last years is background
        ("In the last three years, models grew over 1000x.", "background"),
        # a product's specification is background unless the product is the paper's own
        ("Each H100 provides 80 GB of HBM3.", "background"),
        ("The A100 offers 312 TFLOPS of FP16 compute.", "background"),
        ("Our accelerator offers 1.2 TOPS.", "result"),
        ("It provides 40 GB/s of bandwidth to the host.", "result"),
        # `more than` bounds the value; the cue is before it
        ("Each GPU offers more than 80 GB of memory.", "background"),
        ("Each node contains 4 terabytes of flash memory.", "background"),
        ("Our node contains 4 terabytes of flash memory.", "result"),
        # a deadline or a timeout is a condition set
        ("Requests must finish within a 100 ms deadline.", "setting"),
    ],
)
def test_quantity_role(sentence, role):
    (claim,) = claims_of(sentence, "quantity")
    assert claim.role == role


@pytest.mark.parametrize(
    "sentence, roles",
    [
        # the items of a list share the cue before the list
        ("It scales on clusters with 800Gbps RDMA or 80Gbps TCP links.", ["setting"] * 2),
        ("It reaches 3 GB/s reads and 2 GB/s writes.", ["result"] * 2),
        ("We test with 4/8/16 GB of HBM.", ["setting"] * 3),
        # `i.e.` restates a result; `e.g.` gives an example, background
        ("It achieves up to 2,194 MQueries/s (i.e., 8.8 GB/s).", ["result", "result"]),
        ("Prior designs are slow (e.g., 2 GB/s), ours reach 9 GB/s.", ["background", "result"]),
        # a number farther off is another phrase's: its cue stays there
        (
            "It runs with 24 GB of memory on the cards and still moves 2 GB/s.",
            ["setting", "result"],
        ),
    ],
)
def test_quantity_roles_of_lists(sentence, roles):
    found = sorted(claims_of(sentence, "quantity"), key=lambda c: c.start)
    assert [c.role for c in found] == roles


@pytest.mark.parametrize(
    "sentence, item",
    [
        # MIPS counts millions of instructions a second, not inferences (IPS)
        ("The simulator runs at up to 1,500 MIPS.", "instruction"),
        ("It scores 82M documents/second on one GPU.", "document"),
        ("It passes 1.5M msg/s on 3 nodes.", "message"),
        ("It serves 30 req/s at the SLO.", "request"),
        ("It compresses at over 65M points/sec on a single core.", "point"),
        ("It keeps up with 500 scans per second.", "scan"),
    ],
)
def test_a_throughput_counts_its_item(sentence, item):
    (found,) = claims_of(sentence, "quantity")
    assert (found.dimension, found.item) == ("throughput", item)


def test_quantity_fields_carry_what_was_written():
    (claim,) = claims_of("Decoding runs at up to 2,150 tokens/s per GPU.", "quantity")
    assert claim.value_text == "2,150 tokens/s"
    assert (claim.item, claim.qualifier, claim.metric) == ("token", "up_to", "per GPU")
    (energy,) = claims_of("Each inference uses 0.4 mJ/inference.", "quantity")
    assert (energy.metric, energy.role, energy.value_text) == ("per inference", "result", "0.4 mJ")


@pytest.mark.parametrize(
    "sentence, metrics",
    [
        ("It serves 1,943 tokens/s per NPU < 50 ms TPOT.", ["per NPU", "TPOT"]),
        ("It costs $0.01 per 1,000 queries.", ["per 1 000 queries"]),
        # the words after a unit stop at a verb, a preposition or another value
        ("Pre-training on 2T tokens took 21 days.", [None, None]),
        ("It reaches 538 tokens/s even under stringent SLOs.", [None]),
        ("It runs in ~18 ms vs ~67 ms without CMSIS-NN.", [None, None]),
        ("The chip draws ~18 mW during inference.", [None]),
        ("A 0.22 μJ/token energy-aware accelerator design.", ["per token"]),
        # a verb after the unit says what the value does, not what it measures
        ("A detector of 10-30KB runs at 0.1-1mW.", [None, None]),
        ("It sells $5 boards consuming 2 mW.", ["boards", None]),
        # an absolute change measures what changed after its `in` or `of`
        ("A 100 ms increase in response time hurts sales.", ["response time"]),
        ("It gives a 12.5 GB reduction of peak memory.", ["peak memory"]),
        ("We see a 2 ms rise.", ["rise"]),
        # an aside restating the value names no metric
        ("It reaches up to 2,194 MQueries/s (i.e., 8.8 GB/s) on one board.", [None, None]),
        # a concession after the value opens another clause
        ("Store ops take 80-165us - though a cache also solves it.", [None]),
        # a finding's verb is no measure
        ("A study over 6 months demonstrates: fewer incidents.", [None]),
        ("Runs with contexts of up to 1024 tokens show no loss.", [None]),
        ("A 2 MB cache obtains the best hit rate.", ["cache"]),
        ("It keeps sub-50ms compilation up to 10k entries.", ["compilation"]),
        ("Its state is fixed at 4,224 bytes regardless of horizon.", [None]),
        # a verb's negation opens what is said of it
        ("A 4,096-token thinking budget does not repair it.", ["thinking budget"]),
        # a dash between spaces ends the phrase
        (
            "It answers at 382-980 tokens per question -- far below the full history.",
            ["per question"],
        ),
    ],
)
def test_quantity_metric_is_the_phrase_after_the_unit(sentence, metrics):
    found = sorted(claims_of(sentence, "quantity"), key=lambda c: c.start)
    assert [c.metric for c in found] == metrics


@pytest.mark.parametrize(
    "sentence, text, rule",
    [
        # a LaTeX or Unicode times sign after `speedups of N` makes it a factor
        ("It achieves speedups of 9.93$\\times$ on A.", "9.93$\\times$", "speedup.factor"),
        ("It achieves speedups of 9.93× on A.", "9.93×", "speedup.factor"),
        ("It achieves speedups of 9.93 on A.", "speedups of 9.93", "speedup.ratio-of"),
    ],
)
def test_a_ratio_of_gives_way_to_a_written_factor(sentence, text, rule):
    (found,) = claims_of(sentence, "speedup")
    assert (found.text, found.rule_id) == (text, rule)


def test_a_baseline_span_resolves_the_same_remembered_and_the_memory_stays_bounded():
    from extract.claims.baselines import RESOLVED_MEMO_SIZE, BaselineReader
    from extract.hardware.gazetteer import default_gazetteer
    from extract.match.systems import default_systems

    def reader() -> BaselineReader:
        return BaselineReader(default_gazetteer(), default_systems(), 1.0)

    spans = ["vLLM v0.4.2", "8 A100 GPUs", "the dense baseline", "systems like Orca and vLLM"]
    remembering = reader()
    first = [dict(remembering.fields(span)) for span in spans]
    again = [remembering.fields(span) for span in spans]  # from memory this time
    assert again == first == [reader().fields(span) for span in spans]
    assert first[0]["baseline_system"] == "vLLM" and first[1]["baseline_hardware"]
    for number in range(RESOLVED_MEMO_SIZE + 50):
        remembering.fields(f"System{number}")
    assert len(remembering._resolved) == RESOLVED_MEMO_SIZE
    past_the_limit = f"System{RESOLVED_MEMO_SIZE + 10}"
    assert remembering.fields(past_the_limit) == reader().fields(past_the_limit)


def test_a_metric_phrase_groups_the_same_remembered_and_the_memory_stays_bounded():
    from extract.claims.metric_group import GROUP_MEMO_SIZE, GroupIndex, group_index
    from extract.match.vocabulary import metric_groups

    def fresh() -> GroupIndex:
        entries = metric_groups().groups
        heads = frozenset(i for i, entry in enumerate(entries) if entry.only_as_head)
        return GroupIndex([(entry.group, list(entry.words)) for entry in entries], heads)

    phrases = ["end-to-end latencies", "decode throughput", "peak memory", "FID", "the widgets"]
    remembering = fresh()
    first = [remembering.group_of(phrase) for phrase in phrases]
    assert (
        first
        == [remembering.group_of(p) for p in phrases]
        == [fresh().group_of(p) for p in phrases]
    )
    assert first[:3] == ["latency", "throughput", "memory"] and first[4] is None
    for number in range(GROUP_MEMO_SIZE + 50):
        remembering.group_of(f"widget{number} latency")
    assert len(remembering._group_memo) == GROUP_MEMO_SIZE
    assert group_index().group_of("energy per token") == fresh().group_of("energy per token")


@pytest.mark.parametrize(
    "text, sentences",
    [
        # scraped listings glue paragraphs: a full stop before a capitalised word ends one
        (
            "It reaches only 2 to 9 FPS.Existing accelerators overlook memory.",
            ["It reaches only 2 to 9 FPS.", "Existing accelerators overlook memory."],
        ),
        (
            "It beats the baseline.Furthermore, it is small.",
            ["It beats the baseline.", "Furthermore, it is small."],
        ),
        ("Costs fall (3.8%).Together, they help.", ["Costs fall (3.8%).", "Together, they help."]),
        # code, decimals, initials, abbreviations and acronyms stay whole
        ("We call torch.compile and U.S. data.", ["We call torch.compile and U.S. data."]),
        ("It runs NVIDIA.CUDA and A.B tests.", ["It runs NVIDIA.CUDA and A.B tests."]),
        ("See e.g.The appendix.", ["See e.g.The appendix."]),
        ("It is 3.5x faster.", ["It is 3.5x faster."]),
    ],
)
def test_sentences_glued_without_a_space_are_split(text, sentences):
    assert [text[lo:hi] for lo, hi in split_sentences(text, ["e.g"])] == sentences


def test_a_count_does_not_run_into_a_glued_sentence():
    text = "It reaches only 2 to 9 FPS.Existing accelerators overlook memory."
    assert claims_of(text, "gpu_count") == []


@pytest.mark.parametrize(
    "text, normalised",
    [
        ("Data centres need 100~GW.", "Data centres need 100 GW."),
        (
            "It uses two Raspberry Pi~5 boards (Table~2).",
            "It uses two Raspberry Pi 5 boards (Table 2).",
        ),
        # between two values a tilde is a range; before a number after a space, about
        ("It is 1.53times~20.57times faster.", "It is 1.53times~20.57times faster."),
        ("It links 8 Mbps~10 Gbps networks.", "It links 8 Mbps~10 Gbps networks."),
        ("It takes 2~4 s, or ~5 s.", "It takes 2~4 s, or ~5 s."),
        # a number alone in maths glued to its unit: the dollars too (not before a dash)
        ("It acts every $30$ms at ~$20$Hz.", "It acts every  30 ms at ~ 20 Hz."),
        ("It takes $4$--$6\\%$ of $80$ GB.", "It takes $4$--$6\\%$ of $80$ GB."),
        # a range's dash LaTeX sets as text
        (r"It is $6.9\text{--}7.4\times$.", r"It is $6.9      -- 7.4\times$."),
        # a tie before an aside
        ("It runs on Qwen~(0.8B).", "It runs on Qwen (0.8B)."),
        # LaTeX's inline maths `\(...\)` reads as dollar maths
        (r"It rises from \(61.4\%\) to \(70.6\%\).", r"It rises from  $61.4\%$  to  $70.6\%$ ."),
    ],
)
def test_latex_ties_become_spaces_of_the_same_length(text, normalised):
    assert normalise_text(text) == normalised


@pytest.mark.parametrize(
    "text, normalised",
    [
        (r"It cuts latency $\sim$\textbf{1.91x}.", r"It cuts latency $\sim$        1.91x ."),
        (r"It is \emph{4$\times$ faster}.", r"It is       4$\times$ faster ."),
        # (not a typewriter font: it sets names, glued to what follows: `$\texttt{lm}$-7B`)
        (r"It beats \texttt{svds}.", r"It beats \texttt{svds}."),
        # other commands, and braces that hold braces, stay as written
        (r"It uses \cite{a1} and \textbf{a {b} c}.", r"It uses \cite{a1} and \textbf{a {b} c}."),
    ],
)
def test_latex_font_commands_become_spaces_of_the_same_length(text, normalised):
    assert normalise_text(text) == normalised


@pytest.mark.parametrize(
    "text, normalised",
    [
        ("Whilst A is 2x faster, B whilst C.", "While  A is 2x faster, B while  C."),
        ("Whilstead and whilsts stay.", "Whilstead and whilsts stay."),
    ],
)
def test_whilst_reads_as_while_at_the_same_length(text, normalised):
    assert normalise_text(text) == normalised


def test_a_comparator_ends_at_whilst():
    text = "It gives 10 fold lower error than marching cubes whilst allowing map updates."
    assert [c.baseline for c in claims_of(text, "speedup")] == ["marching cubes"]


@pytest.mark.parametrize(
    "sentence",
    [r"It gives $\sim$ 1.91x lower latency.", r"It gives $\sim$\textbf{1.91x} lower latency."],
)
def test_a_latex_approximation_sign_qualifies_past_a_space(sentence):
    (found,) = claims_of(sentence, "speedup")
    assert found.qualifier == "approx"


def test_a_value_set_in_a_latex_font_reads_its_words():
    found = claims_of(
        r"It gives $\sim$\textbf{1.91x} latency reduction and \textbf{2.14x} energy savings.",
        "speedup",
    )
    assert [(c.text, c.metric, c.direction) for c in found] == [
        ("1.91x", "latency", "decrease"),
        ("2.14x", "energy", "decrease"),
    ]


def test_a_value_in_latex_inline_maths_ends_before_its_closing_delimiter():
    (found,) = claims_of(r"It gives a \(2.5\times\) speedup.", "speedup")
    assert (found.text, found.low) == (r"2.5\times", 2.5)
