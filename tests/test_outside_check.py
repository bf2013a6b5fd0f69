"""The outside check's comparison with Epoch AI's figures, on a table made here."""

import pandas as pd

from benchmarks.outside_check import agreement

TABLE = pd.DataFrame(
    {
        "Parameters": [7e9, 1.14e9, None],
        "Hardware quantity": [512.0, None, 8.0],
        "Training hardware": ["NVIDIA A100 SXM4 80 GB", None, "Google TPU v3,NVIDIA V100"],
    }
)


def claims(*rows):
    return pd.DataFrame(rows, columns=["paper_id", "kind", "low", "high", "canonical"])


def test_a_size_within_five_percent_agrees_and_a_paper_without_the_figure_is_not_compared():
    found = claims(
        ("epoch-0", "model_size", 175e9, None, None),  # a baseline's size only
        ("epoch-1", "model_size", 1.1e9, None, None),  # Epoch's 1.14e9, rounded
        ("epoch-2", "model_size", 3e9, None, None),  # Epoch gives no count
    )
    assert agreement(found, TABLE, "model_size") == (1, 2)


def test_counts_agree_exactly_and_hardware_by_canonical_name():
    found = claims(
        ("epoch-0", "gpu_count", 512.0, 512.0, None),
        ("epoch-2", "gpu_count", 16.0, 16.0, None),
        ("epoch-0", "hardware", None, None, "NVIDIA A100"),
        ("epoch-2", "hardware", None, None, "NVIDIA H100"),
    )
    assert agreement(found, TABLE, "gpu_count") == (1, 2)
    assert agreement(found, TABLE, "hardware") == (1, 2)
