# Sourced by the GPU scripts: CUDA 13 and cuDNN 9 user-space libraries (system or pip's nvidia/cu13 and nvidia/cudnn) after
# the app folder $1; never a compat or stub libcuda, which fails with CUDA error 803 against the installed driver. Without
# ICU the apps run with invariant globalization.
libs=$(for l in libcudart.so.13 libcublas.so.13 libcublasLt.so.13 libcurand.so.10 libcudnn.so.9; do
  find /opt /usr/local /usr/lib -name "$l" -not -path '*compat*' -not -path '*stubs*' 2>/dev/null | head -1 | xargs -r dirname
done | sort -u | tr '\n' ':')
export LD_LIBRARY_PATH="$1:$libs${LD_LIBRARY_PATH:-}"
export CUDA_MODULE_LOADING=LAZY
if ! ldconfig -p | grep -q libicuuc; then export DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1; echo "no ICU: invariant globalization"; fi
