"""Written hardware names to canonical names, and look-alikes that are not hardware."""

import csv
import json
import subprocess
import sys
from pathlib import Path

import pytest
import regex

from extract.hardware.gazetteer import Gazetteer, default_gazetteer, normalise_hardware_name

ALIASES = {
    "NVIDIA A100": [
        "A100",
        "a100",
        "A100s",
        "A100's",
        "A-100",
        "A100-SXM4-80GB",
        "A100 80GB",
        "A100-80G-SMX4",
        "NVIDIA Tesla A100",
        "Nvidia A100",
        "A100 PCIe",
        "A100-40GB",
        "NVIDIA A100 SXM",
    ],
    "NVIDIA H100": [
        "H100",
        "H100s",
        "H100 SXM5",
        "H100-SXM5-80GB",
        "NVIDIA H100 NVL",
        "H100 PCIe",
        "h100",
        "GH100",
    ],
    "NVIDIA V100": ["V100", "Tesla V100", "V100-SXM2-32GB", "V100 32GB"],
    "NVIDIA V100S": ["V100S", "NVIDIA V100S", "Tesla V100S PCIe"],
    "NVIDIA L40S": ["L40S", "NVIDIA L40S"],
    "NVIDIA L40": ["L40", "NVIDIA L40"],
    "NVIDIA H800": ["H800", "H800 SXM5"],
    "NVIDIA H20": ["H20", "HGX H20"],
    "NVIDIA H200": ["H200", "NVIDIA H200 141GB"],
    "NVIDIA A800": ["A800", "A800 80GB"],
    "NVIDIA T4": ["T4", "Tesla T4", "NVIDIA T4"],
    "NVIDIA P100": ["P100", "Tesla P100", "P100 16GB"],
    "NVIDIA B200": ["B200", "NVIDIA B200"],
    "NVIDIA GB200": ["GB200", "GB200 Grace Blackwell"],
    "NVIDIA GB200 NVL72": ["GB200 NVL72", "GB200-NVL72", "DGX GB200 NVL72"],
    "NVIDIA GH200": ["GH200", "Grace Hopper", "GH200 Grace Hopper Superchip"],
    "NVIDIA Grace CPU": ["Grace CPU", "NVIDIA Grace CPU"],
    "NVIDIA GeForce RTX 4090": [
        "RTX 4090",
        "RTX4090",
        "GeForce RTX 4090",
        "RTX-4090",
        "NVIDIA GeForce RTX 4090",
        "RTX 4090s",
        "4090",
    ],
    "NVIDIA GeForce RTX 3090": ["RTX 3090", "RTX3090", "GeForce RTX 3090"],
    "NVIDIA GeForce RTX 3090 Ti": ["RTX 3090 Ti", "RTX 3090Ti"],
    "NVIDIA GeForce RTX 2080 Ti": ["RTX 2080 Ti", "2080Ti"],
    "NVIDIA GeForce RTX 5090": ["RTX 5090"],
    "NVIDIA GeForce GTX 1080 Ti": ["GTX 1080 Ti", "1080Ti"],
    "NVIDIA RTX A6000": ["RTX A6000", "A6000", "NVIDIA RTX A6000"],
    "NVIDIA RTX 6000 Ada Generation": ["RTX 6000 Ada"],
    "NVIDIA TITAN RTX": ["TITAN RTX", "Titan RTX"],
    "NVIDIA Jetson AGX Orin": ["Jetson AGX Orin", "AGX Orin", "Jetson AGX Orins"],
    # the series named without its module is the series (the guide's family rule)
    "NVIDIA Jetson Orin": ["Jetson Orin", "Orin", "Orins", "NVIDIA Jetson Orin"],
    "NVIDIA Jetson Orin Nano": ["Jetson Orin Nano", "Orin Nano"],
    "NVIDIA Jetson Nano": ["Jetson Nano"],
    "NVIDIA Jetson AGX Xavier": ["Jetson AGX Xavier", "AGX Xavier"],
    "NVIDIA DGX H100": ["DGX H100", "DGX-H100", "NVIDIA DGX H100"],
    "NVIDIA DGX A100": ["DGX A100", "DGX-A100"],
    "NVIDIA DGX-2": ["DGX-2", "DGX 2", "NVIDIA DGX-2"],
    "NVIDIA HGX H100": ["HGX H100"],
    "NVIDIA Hopper": ["Hopper"],
    "NVIDIA Ada Lovelace": ["Ada Lovelace", "Ada"],
    "AMD Instinct MI250X": [
        "MI250X",
        "MI-250X",
        "MI 250X",
        "AMD Instinct MI250X",
        "mi250x",
        "Radeon Instinct MI250X",
        "MI250Xs",
    ],
    "AMD Instinct MI300X": ["MI300X", "AMD MI300X", "MI300X OAM"],
    "AMD Instinct MI300A": ["MI300A"],
    "AMD Instinct MI100": ["MI100"],
    "AMD Instinct MI50": ["MI50", "Radeon Instinct MI50"],
    "AMD Instinct MI355X": ["MI355X"],
    "AMD Radeon RX 7900 XTX": ["RX 7900 XTX", "Radeon RX 7900 XTX"],
    "AMD EPYC 7763": ["EPYC 7763", "AMD EPYC 7763"],
    "Google TPU v4": ["TPUv4", "TPU-v4", "TPU v4", "TPU v4 Pod", "Google TPU v4", "TPU v4 pods"],
    "Google TPU v5e": ["TPU v5e", "TPUv5e", "TPU-v5e"],
    "Google TPU v5p": ["TPU v5p"],
    "Google TPU v3": ["TPUv3", "TPU v3"],
    "Google TPU v6e": ["TPU v6e", "Trillium"],
    "Google TPU v7": ["TPU v7", "Ironwood"],
    "Google Edge TPU": ["Edge TPU", "Coral Edge TPU"],
    "AWS Trainium": ["Trainium", "AWS Trainium", "Trainium1"],
    "AWS Trainium2": ["Trainium2", "Trainium 2"],
    "AWS Inferentia2": ["Inferentia2", "Inferentia 2"],
    "Huawei Ascend 910B": [
        "Ascend910B",
        "Ascend 910B",
        "Ascend-910B",
        "Huawei Ascend 910B",
        "Ascend 910B3",
    ],
    "Huawei Ascend 910C": ["Ascend 910C", "Ascend910C"],
    "Huawei Ascend 910": ["Ascend 910", "Ascend 910A"],
    "Huawei Ascend 310": ["Ascend 310"],
    "Huawei Ascend 300I Duo": ["Ascend 300I Duo", "Atlas 300I Duo"],
    "Huawei Atlas 800I A2": ["Atlas 800I A2", "800I A2"],
    "Huawei CloudMatrix384": ["CloudMatrix384", "CloudMatrix 384", "CloudMatrix"],
    "Huawei Kunpeng 920": ["Kunpeng 920", "Kunpeng920"],
    "Huawei Kunpeng": ["Kunpeng"],
    "Intel Gaudi 2": ["Gaudi2", "Gaudi 2", "Habana Gaudi2", "Intel Gaudi 2"],
    "Intel Gaudi 3": ["Gaudi3", "Gaudi 3"],
    "Intel Data Center GPU Max 1550": ["Max 1550", "GPU Max 1550"],
    "Intel Xeon Platinum 8380": ["Xeon Platinum 8380", "Intel Xeon Platinum 8380"],
    "Intel 4th Gen Xeon Scalable": [
        "4th Generation Intel Xeon Scalable",
        "Sapphire Rapids",
        "4th Gen Xeon Scalable",
    ],
    "Intel Stratix 10": ["Stratix 10"],
    "Cerebras WSE-2": ["WSE-2", "WSE2", "Cerebras WSE-2"],
    "Cerebras CS-2": ["CS-2", "Cerebras CS-2"],
    "Cerebras CS-3": ["CS-3"],
    "Graphcore IPU": ["Graphcore IPU"],
    "Graphcore Colossus MK2 GC200": ["GC200", "Colossus MK2"],
    "SambaNova SN40L": ["SN40L", "SN40L RDU", "SambaNova SN40L"],
    "SambaNova SN30": ["SN30"],
    "Groq LPU": ["Groq LPU", "GroqChip"],
    "Tenstorrent Wormhole": ["Tenstorrent Wormhole", "Wormhole n300"],
    "Apple M4 Max": ["Apple M4 Max", "M4 Max"],
    "Apple M2 Ultra": ["M2 Ultra", "Apple M2 Ultra"],
    "Apple M1 Pro": ["M1 Pro"],
    "Qualcomm Snapdragon 8 Gen 3": ["Snapdragon 8 Gen 3"],
    "Qualcomm Cloud AI 100": ["Cloud AI 100"],
    "Cambricon MLU370": ["MLU370", "MLU370-X8"],
    "Biren BR100": ["BR100"],
    "Moore Threads MTT S4000": ["MTT S4000"],
    "MetaX MXC500": ["MXC500", "MetaX C500"],
    "Xilinx Alveo U280": ["Alveo U280", "Xilinx Alveo U280", "U280", "AMD Alveo U280"],
    "Xilinx Alveo U55C": ["U55C", "Xilinx U55C"],
    "Xilinx Versal VCK190": ["VCK190", "Versal VCK190"],
    "Xilinx Versal VHK158": ["Versal VHK158"],
    "Xilinx Zynq": ["Zynq", "Zynq-7000"],
    "Xilinx UltraScale+ MPSoC": ["Zynq UltraScale+ MPSoC", "Xilinx UltraScale+ MPSoC"],
    "Xilinx Zynq UltraScale+ XCZU7EV": ["XCZU7EV"],
    "Xilinx Zynq UltraScale+ ZCU102": ["ZCU102", "Xilinx ZCU102"],
    "Xilinx Zynq UltraScale+ ZCU106": ["ZCU106", "AMD ZCU106"],
    # families and series written as such resolve to the family, never to a guessed member
    "Xilinx Versal": ["Versal", "AMD Versal", "Versal ACAP", "AMD Versal Adaptive SoC"],
    "Xilinx Versal AI Core": ["Versal AI Core"],
    "Xilinx Kria": ["Kria", "AMD Kria"],
    "Xilinx Kria KV260": ["KV260", "Kria KV260"],
    "Intel Agilex": ["Agilex", "Intel Agilex"],
    "Intel Agilex 7": ["Agilex 7"],
    "AMD EPYC": ["EPYC", "AMD EPYC"],
    "AMD EPYC 7713": ["EPYC 7713", "AMD EPYC 7713"],
    "AMD EPYC 9654": ["EPYC 9654"],
    "Intel Xeon": ["Xeon"],
    "Intel Xeon Gold 6330": ["Xeon Gold 6330"],
    "Qualcomm Cloud AI 100 Ultra": ["Cloud AI 100 Ultra", "Qualcomm Cloud AI 100 Ultra"],
    "NVIDIA GeForce RTX 4090 D": ["RTX 4090 D"],
    "Apple M4 Pro": ["M4 Pro", "M4Pro", "Apple's M4 Pro"],
    "NVIDIA Jetson": ["Jetson", "NVIDIA Jetson"],
    # boards, microcontrollers and single-board computers
    "Raspberry Pi 2 Model B": ["Raspberry Pi 2 Model B"],
    "Raspberry Pi 4": ["Raspberry Pi 4"],
    "STMicroelectronics STM32F746NG": ["STM32F746NG"],
    "STMicroelectronics STM32H7": ["STM32H7"],
    "Nordic nRF52840": ["nRF52840", "Nordic nRF52840"],
    "Espressif ESP32-S3": ["ESP32-S3"],
    "Arduino Nano 33 BLE Sense": ["Arduino Nano 33 BLE Sense", "Nano 33 BLE Sense"],
    "Terasic DE10-Nano": ["DE10-Nano"],
    "Xilinx Virtex UltraScale+ VU13P": ["VU13P", "XCVU13P"],
    "Xilinx Kintex-7 XC7K325T": ["XC7K325T"],
    "Huawei Ascend": ["Huawei Ascend"],
    "Puhti (CSC)": ["Puhti"],
    "CloudBrain-I (Peng Cheng Laboratory)": ["CloudBrain-I"],
    "IBM POWER9": ["POWER9", "IBM POWER9"],
    "Arm Ethos-U55": ["Ethos-U55", "Arm Ethos-U55"],
    "Arm Neoverse V2": ["Neoverse V2"],
    "Fujitsu A64FX": ["A64FX"],
    "SpiNNaker 2": ["SpiNNaker 2", "SpiNNaker2"],
    "Frontier (OLCF)": ["Frontier"],
    "Fugaku (RIKEN)": ["Fugaku", "Supercomputer Fugaku"],
    "Perlmutter (NERSC)": ["Perlmutter"],
    "Sunway TaihuLight": ["Sunway TaihuLight", "TaihuLight"],
    "Tianhe-2A (NSCC Guangzhou)": ["Tianhe-2A", "Tianhe-2"],
    "LUMI (CSC)": ["LUMI"],
    "JUWELS (JSC)": ["JUWELS", "JUWELS Booster"],
    "ABCI (AIST)": ["ABCI"],
    "El Capitan (LLNL)": ["El Capitan"],
    "Blue Vela (IBM)": ["Blue Vela", "IBM Blue Vela"],
}
NOT_HARDWARE = [
    "T5",
    "M2M-100",
    "GPT-4",
    "P100K",
    "V2",
    "x86",
    "Llama-2-70B",
    "NVLink",
    "InfiniBand",
    "CUDA",
    "PCIe",
    "HBM3",
    "a 30",
    "A 100",
    "BERT",
    "ResNet-50",
    "GPU",
    "TPUs",
    "Mixtral 8x7B",
    "FP16",
    "INT8",
    "H2O",
    "L2 cache",
    "frontier",
    "Naples",
    "Discovery",
    "Galaxy",
    "ascend",
    "RFSoC",
    "Renegade",
]
FORMS = [(form, canonical) for canonical, forms in ALIASES.items() for form in forms]


def test_the_table_is_big_enough():
    assert len(FORMS) + len(NOT_HARDWARE) >= 150


@pytest.mark.parametrize("form, canonical", FORMS)
def test_written_forms_resolve_to_their_canonical_name(form, canonical):
    assert normalise_hardware_name(form) == canonical


@pytest.mark.parametrize("form", NOT_HARDWARE)
def test_look_alikes_are_not_hardware(form):
    assert normalise_hardware_name(form) is None
    assert default_gazetteer().find(f"We use {form} here.") == []


@pytest.mark.parametrize(
    "surface, memory, form_factor",
    [
        ("A100-SXM4-80GB", 80.0, "SXM"),
        ("A100 40GB PCIe", 40.0, "PCIe"),
        ("H100 NVL", None, "NVL"),
        ("MI300X OAM", None, "OAM"),
        ("H100", None, None),
    ],
)
def test_memory_and_form_factor_are_split_out(surface, memory, form_factor):
    mention = default_gazetteer().lookup(surface)
    assert (mention.memory_gb, mention.form_factor) == (memory, form_factor)


def test_system_and_part_stay_distinct():
    found = default_gazetteer().find("A DGX H100 node and one H100 card.")
    assert [m.canonical for m in found] == ["NVIDIA DGX H100", "NVIDIA H100"]


@pytest.mark.parametrize(
    "text, canonicals",
    [
        # An all-letter name restyled from its vendor's capitals is still the product.
        ("two Titan V GPUs", ["NVIDIA TITAN V"]),
        ("a Titan Xp and a TITAN XP", ["NVIDIA TITAN Xp", "NVIDIA TITAN Xp"]),
        ("one Titan RTX card", ["NVIDIA TITAN RTX"]),
        ("two AMD Epyc CPUs", ["AMD EPYC"]),
        ("the Titan supercomputer", ["Titan (OLCF)"]),  # ambiguous: only as written
        ("a titan v", []),
        # A part number names its product without the vendor before it.
        ("a Hailo-8 module", ["Hailo Hailo-8"]),
        ("an Ultra96-V2 board", ["Avnet Ultra96-V2"]),
        ("the MAX78000 MCU", ["Analog Devices MAX78000"]),
        ("an RK3588 SoC", ["Rockchip RK3588"]),
        # Other names keep their vendor: a bare number, a word, a short code.
        ("Raspberry Pi 4 and Pi 4", ["Raspberry Pi 4"]),
        ("from Zero to one", []),
        ("a Compute Module 4", []),
        # Mobile GPUs and microcontroller parts no record lists are kept by their shape.
        ("an Arm Mali-G78 MP20 GPU", ["Arm Mali-G78"]),
        ("a Qualcomm Adreno 740", ["Qualcomm Adreno 740"]),
        ("an STM32F746 board", ["STMicroelectronics STM32F746"]),
        ("Mali and Adreno GPUs", ["Arm Mali", "Qualcomm Adreno"]),
        # A series suffix names its own product; a plural of a superchip is the chip.
        ("Stratix 10 MX and Altera Stratix 10 SX", ["Intel Stratix 10 MX", "Intel Stratix 10 SX"]),
        ("a Stratix 10 board", ["Intel Stratix 10"]),
        ("an Intel Arria 10 GX1150 part", ["Intel Arria 10 GX1150"]),
        ("NVIDIA GH200 Grace Hopper Superchips", ["NVIDIA GH200"]),
        # Phones by model, kept by their shape; not a pixel or a galaxy of something else.
        ("a Google Pixel 7 and an iPhone 15 Pro", ["Google Pixel 7", "Apple iPhone 15 Pro"]),
        ("a Samsung Galaxy S23 Ultra", ["Samsung Galaxy S23 Ultra"]),
        ("each pixel 4 bytes in the Galaxy 3 cluster", []),
        # A name right after a count's multiplication sign; not after other letters.
        ("8xA100 and 4XH100 nodes", ["NVIDIA A100", "NVIDIA H100"]),
        ("an xA100 or a0xH100 part", []),
        # A family written right before its product names the product; not across a comma.
        ("the AMD Versal AI Core VCK190 board", ["Xilinx Versal VCK190"]),
        ("Versal AI Core, VCK190", ["Xilinx Versal AI Core", "Xilinx Versal VCK190"]),
        # Baidu's Kunlun family by name, with an accelerator's words near it; not a mountain
        ("1,024 Kunlun chips", ["Baidu Kunlun"]),
        ("the Kunlun mountains", []),
    ],
)
def test_names_in_running_text(text, canonicals):
    assert [m.canonical for m in default_gazetteer().find(f"We use {text} here.")] == canonicals


@pytest.mark.parametrize(
    "text, canonical, vendor, category",
    [
        ("RTX 5090 Ti", "NVIDIA GeForce RTX 5090 Ti", "NVIDIA", "gpu"),
        ("MI450", "AMD Instinct MI450", "AMD", "gpu"),
        ("TPU v9", "Google TPU v9", "Google", "tpu"),
    ],
)
def test_unknown_hardware_shaped_names_are_kept(text, canonical, vendor, category):
    found = default_gazetteer().find(f"We run on the {text} accelerator.")
    assert [(m.canonical, m.vendor, m.category, m.known) for m in found] == [
        (canonical, vendor, category, False)
    ]


def test_lookup_json_command():
    result = subprocess.run(
        [sys.executable, "-m", "extract", "hardware", "--lookup", "a100-sxm4-80gb", "--json"],
        capture_output=True,
        text=True,
    )
    assert json.loads(result.stdout) == {
        "canonical": "NVIDIA A100",
        "family": "NVIDIA A100",
        "vendor": "NVIDIA",
        "category": "gpu",
        "generation": "Ampere",
        "release_year": 2020,
        "memory_gb": 80.0,
        "form_factor": "SXM",
        "known": True,
    }
    miss = subprocess.run(
        [sys.executable, "-m", "extract", "hardware", "--lookup", "GPT-4", "--json"],
        capture_output=True,
        text=True,
    )
    assert json.loads(miss.stdout)["canonical"] is None


def test_the_trie_split_by_first_character_matches_what_the_whole_trie_matches():
    gazetteer = default_gazetteer()
    checked = 0
    for folds, flags in ((True, regex.IGNORECASE), (False, 0)):
        whole = Gazetteer._compile(gazetteer._names[folds], flags)
        names = gazetteer._names[folds]
        for name in names + ([n.upper() for n in names] if folds else []):
            for text in (f"We ran {name} units.", f"We ran {name}s, then {name[:-1]}."):
                part = gazetteer._name_pattern(text, 7, folds)
                expected = whole.match(text, 7)
                found = part.match(text, 7) if part else None
                assert (found and found.span()) == (expected and expected.span()), text
                checked += 1
    assert checked > 1000


def test_a_name_starting_with_a_non_ascii_look_alike_is_found():
    # KELVIN SIGN lower-cases to `k`: the name start is found, and the whole trie matches it
    found = default_gazetteer().find("We used a \u212a80 GPU and an A100.")
    assert [(m.canonical, m.start, m.end) for m in found] == [
        ("NVIDIA K80", 10, 13),
        ("NVIDIA A100", 25, 29),
    ]


EPOCH = Path(__file__).parent / "data" / "epoch_hardware_names.csv"
# Epoch's manufacturer names where the gazetteer writes the vendor otherwise.
SAME_VENDOR = {
    "national university of defense technology": "nudt",
    "amazon aws": "aws",
    "kunlunxin baidu": "baidu",
    "iluvatar corex": "iluvatar",
    "alibaba": "alibaba",
    "": "",
}


def test_every_name_of_epochs_hardware_table_resolves_to_the_same_manufacturer():
    gazetteer = default_gazetteer()
    with EPOCH.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == 170
    wrong = []
    for row in rows:
        mention = gazetteer.resolve_name(row["hardware_name"])  # as `claims hardware --lookup`
        maker = row["manufacturer"].lower()
        maker = SAME_VENDOR.get(maker, maker.split()[0] if maker else "")
        if mention is None or not mention.known or maker not in mention.vendor.lower():
            wrong.append((row["hardware_name"], row["manufacturer"], mention and mention.vendor))
    assert wrong == []


def test_families_roll_up_and_products_name_their_family():
    gazetteer = default_gazetteer()
    assert gazetteer.family("AMD EPYC 7713") == "AMD EPYC 7003"
    assert gazetteer.family("Xilinx Versal AI Core") == "Xilinx Versal"
    assert gazetteer.family("Xilinx Versal") == "Xilinx Versal"  # a family is its own
    assert gazetteer.family("not listed") == "not listed"


def test_the_catalogue_covers_the_field():
    gazetteer = default_gazetteer()
    records = gazetteer.records
    assert len(records) >= 1000
    categories = {r.category for r in records}
    assert categories >= {"gpu", "tpu", "npu", "cpu", "fpga", "accelerator", "system"}
    assert {"supercomputer", "architecture"} <= categories
    assert sum(r.family is not None for r in records) >= 300


def test_hardware_command_rolls_products_up_to_their_families(tmp_path, capsys):
    from extract.cli import main

    papers = tmp_path / "papers.jsonl"
    rows = [
        {"id": "p1", "title": "Serving on AMD EPYC 7713 CPUs", "abstract": "We use one node."},
        {"id": "p2", "title": "Graphs on AMD EPYC 7763", "abstract": "And a Versal VCK190 board."},
    ]
    papers.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    assert main(["extract", str(papers), "-o", str(tmp_path / "run"), "--quiet"]) == 0
    capsys.readouterr()
    assert main(["hardware", str(tmp_path / "run"), "--by", "family", "--json"]) == 0
    table = {row["canonical"]: row["papers"] for row in json.loads(capsys.readouterr().out)}
    assert table == {"AMD EPYC 7003": 2, "Xilinx Versal AI Core": 1}
    assert main(["hardware", str(tmp_path / "run"), "--json"]) == 0
    products = {row["canonical"] for row in json.loads(capsys.readouterr().out)}
    assert products == {"AMD EPYC 7713", "AMD EPYC 7763", "Xilinx Versal VCK190"}


@pytest.mark.parametrize(
    "text, starts",
    [
        ("We ran B200 GPUs.", [7]),  # a name's first chunk at a word start
        ("8xA100 nodes", [2]),  # after a count's sign
        ("an 8-H100 node", [5]),  # after a count's hyphen
        ("A problem, stable and tabled.", []),  # `bl` inside words starts no name
        ("the sub-B200 class", []),  # a hyphen after a word, not a count
        # two short chunks of letters read a third: `bu` (B-U585I), `prov` (Pro V320) and
        # `i.` (i.MX RT1060) start no name in these words
        ("But we provide building blocks, i.e. budgets.", []),
        ("on a B-U585I-IOT02A board and Pro V320 cards", [5, 30, 34]),
        ("an i.MXRT1060 board", [3]),
    ],
)
def test_names_start_only_where_words_do(text, starts):
    # the builder runs the rules that need a device name only in sentences holding a start
    from extract.text.literals import LiteralFinder
    from extract.text.normalise import digits_as_nines, trigger_view

    gazetteer = default_gazetteer()
    finder = LiteralFinder(gazetteer.start_literals)
    hits = finder.hits(digits_as_nines(trigger_view(text)))
    plain, exact = gazetteer.name_starts(hits, text)
    assert sorted(set(plain + exact)) == starts
