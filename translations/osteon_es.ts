<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AiPanel</name>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="117"/>
        <source>AI heatmap</source>
        <translation>Mapa de calor de la IA</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="130"/>
        <source>The AI tasks could not be listed: %1</source>
        <translation>No se pudieron listar las tareas de IA: %1</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="136"/>
        <source>This build has no AI task plugins.</source>
        <translation>Esta compilación no tiene plugins de tareas de IA.</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="138"/>
        <location filename="../ui/ai/ai_panel.cpp" line="585"/>
        <source>AI is not in this build: Osteon was built without LibTorch.</source>
        <translation>La IA no está en esta compilación: Osteon se compiló sin LibTorch.</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="173"/>
        <source>Task</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="181"/>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="183"/>
        <source>Load model...</source>
        <translation>Cargar modelo...</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="184"/>
        <source>A model package (.osteon) or a TorchScript file (.pt) for this task</source>
        <translation>Un paquete de modelo (.osteon) o un archivo TorchScript (.pt) para esta tarea</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="185"/>
        <source>Bundled demo model</source>
        <translation>Modelo de demostración incluido</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="192"/>
        <source>Run</source>
        <translation>Ejecutar</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="194"/>
        <source>Run the model on the current image or study (Ctrl+R)</source>
        <translation>Ejecutar el modelo sobre la imagen o el estudio actual (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="195"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="212"/>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="237"/>
        <source>Class activation map</source>
        <translation>Mapa de activación de clase</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="239"/>
        <source>Show the heatmap on the image</source>
        <translation>Mostrar el mapa de calor sobre la imagen</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="246"/>
        <source>Score-CAM (slow)</source>
        <translation>Score-CAM (lento)</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="249"/>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="251"/>
        <source>Output</source>
        <translation>Salida</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="254"/>
        <source>Class</source>
        <translation>Clase</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="256"/>
        <source>Layer</source>
        <translation>Capa</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="260"/>
        <source>Opacity</source>
        <translation>Opacidad</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="262"/>
        <source>Jet</source>
        <translation>Jet</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="262"/>
        <source>Inferno</source>
        <translation>Inferno</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="262"/>
        <source>Hot</source>
        <translation>Caliente</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="262"/>
        <source>Grey</source>
        <translation>Gris</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="266"/>
        <source>Colours</source>
        <translation>Colores</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="269"/>
        <source>Compare with class</source>
        <translation>Comparar con la clase</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="287"/>
        <source>Export overlay...</source>
        <translation>Exportar superposición...</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="348"/>
        <source>No AI task is selected.</source>
        <translation>No hay ninguna tarea de IA seleccionada.</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="348"/>
        <source>Unknown AI task %1</source>
        <translation>Tarea de IA desconocida %1</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="357"/>
        <source>Input: %1</source>
        <translation>Entrada: %1</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="376"/>
        <source>Bundled demo model (%1)</source>
        <translation>Modelo de demostración incluido (%1)</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="386"/>
        <source>Load a model for %1</source>
        <translation>Cargar un modelo para %1</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="387"/>
        <source>Models (*.osteon *.pt *.pth *.ts);;All files (*)</source>
        <translation>Modelos (*.osteon *.pt *.pth *.ts);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="401"/>
        <source>The model is busy; cancel or wait before loading another.</source>
        <translation>El modelo está ocupado; cancele o espere antes de cargar otro.</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="418"/>
        <location filename="../ui/ai/ai_panel.cpp" line="600"/>
        <source>Loading the model...</source>
        <translation>Cargando el modelo...</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="516"/>
        <source>Open an image or a study first.</source>
        <translation>Abra primero una imagen o un estudio.</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="586"/>
        <source>The model is already running.</source>
        <translation>El modelo ya está en ejecución.</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="600"/>
        <source>Running %p%</source>
        <translation>Ejecutando %p%</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="620"/>
        <source>%1: running...</source>
        <translation>%1: ejecutando...</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="627"/>
        <source>Cancelling...</source>
        <translation>Cancelando...</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="659"/>
        <source>Model loaded: %1</source>
        <translation>Modelo cargado: %1</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="660"/>
        <location filename="../ui/ai/ai_panel.cpp" line="767"/>
        <source>bundled demo model</source>
        <translation>modelo de demostración incluido</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="665"/>
        <source>Loading the model was cancelled.</source>
        <translation>Se canceló la carga del modelo.</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="666"/>
        <location filename="../ui/ai/ai_panel.cpp" line="680"/>
        <source>The model could not be loaded: %1</source>
        <translation>No se pudo cargar el modelo: %1</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="674"/>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="681"/>
        <source>The model could not run: %1</source>
        <translation>No se pudo ejecutar el modelo: %1</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="696"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="758"/>
        <source>Not measured: %1</source>
        <translation>No medido: %1</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="768"/>
        <source>%1 ms, %2</source>
        <translation>%1 ms, %2</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="805"/>
        <source>default</source>
        <translation>predeterminada</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="917"/>
        <source>Computing the %1 map of class %2...</source>
        <translation>Calculando el mapa %1 de la clase %2...</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="936"/>
        <source>Class activation map...</source>
        <translation>Mapa de activación de clase...</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="948"/>
        <location filename="../ui/ai/ai_panel.cpp" line="990"/>
        <source>The class activation map could not be computed: %1</source>
        <translation>No se pudo calcular el mapa de activación de clase: %1</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="991"/>
        <source>the task returned no heatmap</source>
        <translation>la tarea no devolvió ningún mapa de calor</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="1032"/>
        <source>%1, slice %2</source>
        <translation>%1, corte %2</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="1036"/>
        <source>%1 of class %2 at layer %3: %4 ms</source>
        <translation>%1 de la clase %2 en la capa %3: %4 ms</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="1043"/>
        <source>The map is empty: no region of the image supports this class.</source>
        <translation>El mapa está vacío: ninguna región de la imagen respalda esta clase.</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="1071"/>
        <source>%1: empty map</source>
        <translation>%1: mapa vacío</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="1095"/>
        <source>Nothing to export: show a class activation map first.</source>
        <translation>Nada que exportar: muestre primero un mapa de activación de clase.</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="1102"/>
        <source>Nothing to export: the explained image is gone.</source>
        <translation>Nada que exportar: la imagen explicada ya no está abierta.</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="1130"/>
        <source>Could not write %1</source>
        <translation>No se pudo escribir %1</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="1131"/>
        <source>Overlay written to %1</source>
        <translation>Superposición guardada en %1</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="1136"/>
        <source>Export the overlay</source>
        <translation>Exportar la superposición</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="1137"/>
        <source>PNG images (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
    </message>
</context>
<context>
    <name>ConfusionMatrixView</name>
    <message>
        <location filename="../ui/training/confusion_matrix_view.cpp" line="61"/>
        <source>Validation confusion</source>
        <translation>Confusión en validación</translation>
    </message>
    <message>
        <location filename="../ui/training/confusion_matrix_view.cpp" line="70"/>
        <source>No epochs yet</source>
        <translation>Todavía no hay épocas</translation>
    </message>
    <message>
        <location filename="../ui/training/confusion_matrix_view.cpp" line="87"/>
        <source>predicted</source>
        <translation>predicha</translation>
    </message>
    <message>
        <location filename="../ui/training/confusion_matrix_view.cpp" line="91"/>
        <source>true</source>
        <translation>real</translation>
    </message>
</context>
<context>
    <name>ImageView</name>
    <message>
        <location filename="../ui/viewer/image_view.cpp" line="23"/>
        <source>Corner text</source>
        <translation>Texto de las esquinas</translation>
    </message>
    <message>
        <location filename="../ui/viewer/image_view.cpp" line="287"/>
        <source>%1 %2/%3</source>
        <translation>%1 %2/%3</translation>
    </message>
    <message>
        <location filename="../ui/viewer/image_view.cpp" line="291"/>
        <source>W %1 L %2
Zoom %3%</source>
        <translation>V %1 N %2
Zoom %3%</translation>
    </message>
    <message>
        <location filename="../ui/viewer/image_view.cpp" line="305"/>
        <source>Open a study (Ctrl+O) or drop files here</source>
        <translation>Abra un estudio (Ctrl+O) o suelte archivos aquí</translation>
    </message>
    <message>
        <location filename="../ui/viewer/image_view.cpp" line="374"/>
        <source>RGB %1 %2 %3</source>
        <translation>RGB %1 %2 %3</translation>
    </message>
    <message>
        <location filename="../ui/viewer/image_view.cpp" line="379"/>
        <source>stored %1, value %2</source>
        <translation>almacenado %1, valor %2</translation>
    </message>
    <message>
        <location filename="../ui/viewer/image_view.cpp" line="382"/>
        <source>(%1, %2) %3 | LPS (%4, %5, %6) mm</source>
        <translation>(%1, %2) %3 | LPS (%4, %5, %6) mm</translation>
    </message>
</context>
<context>
    <name>LabellingPanel</name>
    <message>
        <location filename="../ui/annotate/labelling_panel.cpp" line="36"/>
        <source>Labels</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <location filename="../ui/annotate/labelling_panel.cpp" line="39"/>
        <source>Open an RSNA dataset folder (File &gt; Open RSNA dataset) to label it.</source>
        <translation>Abra una carpeta de conjunto de datos RSNA (Archivo &gt; Abrir conjunto RSNA) para etiquetarla.</translation>
    </message>
    <message>
        <location filename="../ui/annotate/labelling_panel.cpp" line="66"/>
        <source>Points placed and grades given: a dot is a point, N/M/S the grade</source>
        <translation>Puntos colocados y grados asignados: un punto es un punto marcado, N/M/S el grado</translation>
    </message>
    <message>
        <location filename="../ui/annotate/labelling_panel.cpp" line="84"/>
        <source>Notes for this study (Enter to keep)</source>
        <translation>Notas de este estudio (Intro para conservar)</translation>
    </message>
    <message>
        <location filename="../ui/annotate/labelling_panel.cpp" line="123"/>
        <source>%1 has no train_images/&lt;study&gt; folders</source>
        <translation>%1 no tiene carpetas train_images/&lt;estudio&gt;</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/annotate/labelling_panel.cpp" line="176"/>
        <source>Restored %n unsaved edit(s) of study %1</source>
        <translation>
            <numerusform>Restaurada %n edición no guardada del estudio %1</numerusform>
            <numerusform>Restauradas %n ediciones no guardadas del estudio %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/annotate/labelling_panel.cpp" line="256"/>
        <source>Next missing: %1 %2</source>
        <translation>Siguiente pendiente: %1 %2</translation>
    </message>
    <message>
        <location filename="../ui/annotate/labelling_panel.cpp" line="262"/>
        <source>Every point is placed and every level graded in this study.</source>
        <translation>Todos los puntos están colocados y todos los niveles graduados en este estudio.</translation>
    </message>
    <message>
        <location filename="../ui/annotate/labelling_panel.cpp" line="276"/>
        <source>Undo: %1</source>
        <translation>Deshacer: %1</translation>
    </message>
    <message>
        <location filename="../ui/annotate/labelling_panel.cpp" line="285"/>
        <source>Redo: %1</source>
        <translation>Rehacer: %1</translation>
    </message>
    <message>
        <location filename="../ui/annotate/labelling_panel.cpp" line="298"/>
        <source>Saved train.csv and train_label_coordinates.csv in %1</source>
        <translation>train.csv y train_label_coordinates.csv guardados en %1</translation>
    </message>
    <message>
        <location filename="../ui/annotate/labelling_panel.cpp" line="300"/>
        <source>Not saved: %1</source>
        <translation>No guardado: %1</translation>
    </message>
    <message>
        <location filename="../ui/annotate/labelling_panel.cpp" line="322"/>
        <source>Exported %1 de-identified DICOM file(s) and the CSV files to %2 (%3 problem(s))</source>
        <translation>Exportados %1 archivo(s) DICOM anonimizados y los archivos CSV a %2 (%3 problema(s))</translation>
    </message>
    <message>
        <location filename="../ui/annotate/labelling_panel.cpp" line="334"/>
        <source>No dataset open.</source>
        <translation>Ningún conjunto de datos abierto.</translation>
    </message>
    <message>
        <location filename="../ui/annotate/labelling_panel.cpp" line="354"/>
        <source>Study %1 of %2 (%3): %4/25 points, %5/25 grades. %6 of %2 studies fully graded. Now: %7 %8</source>
        <translation>Estudio %1 de %2 (%3): %4/25 puntos, %5/25 grados. %6 de %2 estudios totalmente graduados. Ahora: %7 %8</translation>
    </message>
    <message>
        <location filename="../ui/annotate/labelling_panel.cpp" line="372"/>
        <source>Place points on the acquired slices: switch this view to its acquisition plane.</source>
        <translation>Coloque los puntos en los cortes adquiridos: cambie esta vista a su plano de adquisición.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="38"/>
        <source>Osteon</source>
        <translation>Osteon</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="45"/>
        <source>Viewer</source>
        <translation>Visor</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="48"/>
        <source>Training</source>
        <translation>Entrenamiento</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="52"/>
        <source>Studies</source>
        <translation>Estudios</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="57"/>
        <source>Files that could not be loaded, with the reason</source>
        <translation>Archivos que no se pudieron cargar, con el motivo</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="78"/>
        <source>Restore unsaved work</source>
        <translation>Restaurar trabajo no guardado</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="79"/>
        <source>Study %1 has annotation work that was not saved when Osteon last closed. Restore it?</source>
        <translation>El estudio %1 tiene anotaciones que no se guardaron cuando Osteon se cerró por última vez. ¿Restaurarlas?</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="98"/>
        <source>Labelling</source>
        <translation>Etiquetado</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="114"/>
        <source>AI</source>
        <translation>IA</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="128"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="153"/>
        <source>Loading the trained model %1 in the AI panel</source>
        <translation>Cargando el modelo entrenado %1 en el panel de IA</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="195"/>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="198"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="200"/>
        <source>&amp;Open file...</source>
        <translation>&amp;Abrir archivo...</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="203"/>
        <source>Open images</source>
        <translation>Abrir imágenes</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="204"/>
        <source>Images (*.dcm *.png *.jpg *.jpeg *.tif *.tiff *.bmp *.nii *.nii.gz *.nrrd *.mha *);;All files (*)</source>
        <translation>Imágenes (*.dcm *.png *.jpg *.jpeg *.tif *.tiff *.bmp *.nii *.nii.gz *.nrrd *.mha *);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="210"/>
        <source>Open &amp;folder...</source>
        <translation>Abrir &amp;carpeta...</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="210"/>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="213"/>
        <source>Open a folder of DICOM files</source>
        <translation>Abrir una carpeta de archivos DICOM</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="217"/>
        <source>Open &amp;DICOMDIR...</source>
        <translation>Abrir &amp;DICOMDIR...</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="217"/>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="219"/>
        <source>Open a DICOMDIR</source>
        <translation>Abrir un DICOMDIR</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="220"/>
        <source>DICOMDIR (DICOMDIR dicomdir)</source>
        <translation>DICOMDIR (DICOMDIR dicomdir)</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="223"/>
        <source>Open RSNA &amp;dataset for labelling...</source>
        <translation>Abrir &amp;conjunto RSNA para etiquetar...</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="224"/>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="226"/>
        <source>Open an RSNA dataset folder (train_images + CSV files)</source>
        <translation>Abrir una carpeta de conjunto RSNA (train_images + archivos CSV)</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="229"/>
        <source>&amp;Save labels (RSNA CSV files)</source>
        <translation>&amp;Guardar etiquetas (archivos CSV RSNA)</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="232"/>
        <source>Export &amp;de-identified dataset...</source>
        <translation>Exportar conjunto &amp;anonimizado...</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="234"/>
        <source>Open an RSNA dataset for labelling first.</source>
        <translation>Abra primero un conjunto RSNA para etiquetar.</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="238"/>
        <source>Folder for the de-identified dataset</source>
        <translation>Carpeta para el conjunto anonimizado</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="241"/>
        <source>&amp;Export view as PNG...</source>
        <translation>&amp;Exportar vista como PNG...</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="241"/>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="243"/>
        <source>Export view</source>
        <translation>Exportar vista</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="244"/>
        <source>PNG images (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="246"/>
        <source>Could not write %1</source>
        <translation>No se pudo escribir %1</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="248"/>
        <source>&amp;Recent studies</source>
        <translation>Estudios &amp;recientes</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="251"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="253"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="256"/>
        <source>Layout 1x1</source>
        <translation>Disposición 1x1</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="256"/>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="259"/>
        <source>Layout 1x3</source>
        <translation>Disposición 1x3</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="259"/>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="262"/>
        <source>Layout 2x2</source>
        <translation>Disposición 2x2</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="262"/>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="264"/>
        <source>Next view</source>
        <translation>Siguiente vista</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="264"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="268"/>
        <source>Axial plane</source>
        <translation>Plano axial</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="268"/>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="271"/>
        <source>Sagittal plane</source>
        <translation>Plano sagital</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="271"/>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="274"/>
        <source>Coronal plane</source>
        <translation>Plano coronal</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="274"/>
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="277"/>
        <source>Next slice</source>
        <translation>Corte siguiente</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="279"/>
        <source>Previous slice</source>
        <translation>Corte anterior</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="281"/>
        <source>Ten slices forward</source>
        <translation>Diez cortes adelante</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="283"/>
        <source>Ten slices back</source>
        <translation>Diez cortes atrás</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="285"/>
        <source>First slice</source>
        <translation>Primer corte</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="287"/>
        <source>Last slice</source>
        <translation>Último corte</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="289"/>
        <source>Cine play/stop</source>
        <translation>Cine reproducir/detener</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="297"/>
        <source>Fit to window</source>
        <translation>Ajustar a la ventana</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="297"/>
        <source>F</source>
        <translation>F</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="298"/>
        <source>Actual pixels (1:1)</source>
        <translation>Píxeles reales (1:1)</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="298"/>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="300"/>
        <source>Zoom in</source>
        <translation>Acercar</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="302"/>
        <source>Zoom out</source>
        <translation>Alejar</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="304"/>
        <source>Rotate 90 degrees clockwise</source>
        <translation>Girar 90 grados en sentido horario</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="304"/>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="306"/>
        <source>Rotate 90 degrees counter-clockwise</source>
        <translation>Girar 90 grados en sentido antihorario</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="307"/>
        <source>Shift+R</source>
        <translation>Shift+R</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="308"/>
        <source>Flip horizontally</source>
        <translation>Voltear horizontalmente</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="308"/>
        <source>H</source>
        <translation>H</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="310"/>
        <source>Flip vertically</source>
        <translation>Voltear verticalmente</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="310"/>
        <source>V</source>
        <translation>V</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="313"/>
        <source>Invert</source>
        <translation>Invertir</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="313"/>
        <source>I</source>
        <translation>I</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="315"/>
        <source>Smooth interpolation</source>
        <translation>Interpolación suave</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="315"/>
        <source>Shift+I</source>
        <translation>Shift+I</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="322"/>
        <source>Show corner text</source>
        <translation>Mostrar texto de las esquinas</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="322"/>
        <source>T</source>
        <translation>T</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="327"/>
        <source>Show overlays</source>
        <translation>Mostrar superposiciones</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="327"/>
        <source>O</source>
        <translation>O</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="333"/>
        <source>Show labelling points</source>
        <translation>Mostrar puntos de etiquetado</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="333"/>
        <source>Shift+O</source>
        <translation>Shift+O</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="339"/>
        <source>Show measurements</source>
        <translation>Mostrar medidas</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="339"/>
        <source>Ctrl+Shift+M</source>
        <translation>Ctrl+Shift+M</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="345"/>
        <source>Link cursor between views</source>
        <translation>Vincular el cursor entre vistas</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="345"/>
        <source>L</source>
        <translation>L</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="348"/>
        <source>Linked cursor on</source>
        <translation>Cursor vinculado activado</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="348"/>
        <source>Linked cursor off</source>
        <translation>Cursor vinculado desactivado</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="350"/>
        <source>Reset view</source>
        <translation>Restablecer vista</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="350"/>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="355"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="363"/>
        <source>The language changes the next time Osteon starts.</source>
        <translation>El idioma cambia la próxima vez que se inicie Osteon.</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="367"/>
        <source>&amp;Window</source>
        <translation>Ve&amp;ntana</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="369"/>
        <source>Auto window/level</source>
        <translation>Ventana/nivel automático</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="369"/>
        <source>W</source>
        <translation>W</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="372"/>
        <source>Header preset %1</source>
        <translation>Preajuste del encabezado %1</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="376"/>
        <source>&amp;Labelling</source>
        <translation>&amp;Etiquetado</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="379"/>
        <source>Condition: %1</source>
        <translation>Condición: %1</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="387"/>
        <source>Level %1</source>
        <translation>Nivel %1</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="390"/>
        <source>Grade Normal/Mild</source>
        <translation>Grado Normal/Leve</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="390"/>
        <source>G</source>
        <translation>G</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="392"/>
        <source>Grade Moderate</source>
        <translation>Grado Moderado</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="392"/>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="394"/>
        <source>Grade Severe</source>
        <translation>Grado Grave</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="394"/>
        <source>X</source>
        <translation>X</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="396"/>
        <source>Jump to the next missing label</source>
        <translation>Ir a la siguiente etiqueta pendiente</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="396"/>
        <source>J</source>
        <translation>J</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="398"/>
        <source>Delete the selected point</source>
        <translation>Eliminar el punto seleccionado</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="400"/>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="401"/>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="401"/>
        <source>Ctrl+Shift+Z</source>
        <translation>Ctrl+Shift+Z</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="403"/>
        <source>Next study</source>
        <translation>Estudio siguiente</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="403"/>
        <source>Alt+Right</source>
        <translation>Alt+Right</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="405"/>
        <source>Previous study</source>
        <translation>Estudio anterior</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="405"/>
        <source>Alt+Left</source>
        <translation>Alt+Left</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="408"/>
        <source>&amp;Measure</source>
        <translation>&amp;Medir</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="410"/>
        <source>Distance</source>
        <translation>Distancia</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="410"/>
        <source>D</source>
        <translation>D</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="413"/>
        <source>Angle</source>
        <translation>Ángulo</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="413"/>
        <source>E</source>
        <translation>E</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="416"/>
        <source>Cobb angle</source>
        <translation>Ángulo de Cobb</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="416"/>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="418"/>
        <source>Auto Cobb (find vertebrae, measure, ALS type)</source>
        <translation>Cobb automático (buscar vértebras, medir, tipo ALS)</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="419"/>
        <source>Shift+B</source>
        <translation>Shift+B</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="423"/>
        <source>Auto Cobb</source>
        <translation>Cobb automático</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="427"/>
        <source>Stop measuring</source>
        <translation>Dejar de medir</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="427"/>
        <source>Q</source>
        <translation>Q</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="429"/>
        <source>Undo the last measurement edit</source>
        <translation>Deshacer la última edición de medida</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="430"/>
        <source>Backspace</source>
        <translation>Backspace</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="432"/>
        <source>&amp;AI</source>
        <translation>&amp;IA</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="437"/>
        <source>Run model on the current image or study</source>
        <translation>Ejecutar el modelo sobre la imagen o el estudio actual</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="438"/>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="442"/>
        <source>Load model...</source>
        <translation>Cargar modelo...</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="446"/>
        <source>Export heatmap overlay...</source>
        <translation>Exportar superposición del mapa de calor...</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="448"/>
        <source>Show/hide the AI panel</source>
        <translation>Mostrar/ocultar el panel de IA</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="448"/>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="456"/>
        <source>&amp;Training</source>
        <translation>&amp;Entrenamiento</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="457"/>
        <source>Show/hide the training tab</source>
        <translation>Mostrar/ocultar la pestaña de entrenamiento</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="458"/>
        <source>Ctrl+Shift+T</source>
        <translation>Ctrl+Shift+T</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="459"/>
        <source>Check the training dataset</source>
        <translation>Comprobar el conjunto de entrenamiento</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="463"/>
        <source>Start training</source>
        <translation>Iniciar el entrenamiento</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="467"/>
        <source>Cancel training</source>
        <translation>Cancelar el entrenamiento</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="470"/>
        <source>Load training configuration...</source>
        <translation>Cargar configuración de entrenamiento...</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="474"/>
        <source>Load a training configuration</source>
        <translation>Cargar una configuración de entrenamiento</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="474"/>
        <location filename="../ui/shell/main_window.cpp" line="480"/>
        <source>JSON files (*.json)</source>
        <translation>Archivos JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="477"/>
        <source>Save training configuration...</source>
        <translation>Guardar configuración de entrenamiento...</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="479"/>
        <source>Save the training configuration</source>
        <translation>Guardar la configuración de entrenamiento</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="487"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="488"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="488"/>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="492"/>
        <source>&amp;About Osteon</source>
        <translation>&amp;Acerca de Osteon</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="494"/>
        <source>About Osteon</source>
        <translation>Acerca de Osteon</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="495"/>
        <source>Osteon %1: a radiology viewer for bone and spine imaging.
Not for clinical use.</source>
        <translation>Osteon %1: un visor radiológico para imágenes de hueso y columna.
No apto para uso clínico.</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="549"/>
        <source>Still loading; cancel first to open something else.</source>
        <translation>Todavía cargando; cancele antes de abrir otra cosa.</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="556"/>
        <source>Loading %1</source>
        <translation>Cargando %1</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="565"/>
        <source>Loading cancelled</source>
        <translation>Carga cancelada</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/shell/main_window.cpp" line="574"/>
        <source>%n series loaded</source>
        <translation>
            <numerusform>%n serie cargada</numerusform>
            <numerusform>%n series cargadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/shell/main_window.cpp" line="576"/>
        <source>, %n problem(s): see the Studies panel</source>
        <translation>
            <numerusform>, %n problema: vea el panel Estudios</numerusform>
            <numerusform>, %n problemas: vea el panel Estudios</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="581"/>
        <source>Osteon - %1</source>
        <translation>Osteon - %1</translation>
    </message>
</context>
<context>
    <name>MeasureTool</name>
    <message>
        <location filename="../ui/annotate/measure_tool.cpp" line="20"/>
        <source>Measurements</source>
        <translation>Medidas</translation>
    </message>
    <message>
        <location filename="../ui/annotate/measure_tool.cpp" line="30"/>
        <source>Measurement tool off</source>
        <translation>Herramienta de medida desactivada</translation>
    </message>
    <message>
        <location filename="../ui/annotate/measure_tool.cpp" line="33"/>
        <source>Distance: click two points</source>
        <translation>Distancia: haga clic en dos puntos</translation>
    </message>
    <message>
        <location filename="../ui/annotate/measure_tool.cpp" line="36"/>
        <source>Angle: click an arm, the vertex, the other arm</source>
        <translation>Ángulo: haga clic en un lado, el vértice y el otro lado</translation>
    </message>
    <message>
        <location filename="../ui/annotate/measure_tool.cpp" line="40"/>
        <source>Cobb angle: click the two ends of the upper endplate, then of the lower endplate</source>
        <translation>Ángulo de Cobb: haga clic en los dos extremos de la placa terminal superior y luego de la inferior</translation>
    </message>
    <message>
        <location filename="../ui/annotate/measure_tool.cpp" line="65"/>
        <source>Restored measurement work that was not saved (%1 measurement(s))</source>
        <translation>Se restauró trabajo de medición no guardado (%1 medida(s))</translation>
    </message>
    <message>
        <location filename="../ui/annotate/measure_tool.cpp" line="71"/>
        <source>Saved measurements could not be read: %1</source>
        <translation>No se pudieron leer las medidas guardadas: %1</translation>
    </message>
    <message>
        <location filename="../ui/annotate/measure_tool.cpp" line="89"/>
        <source>Measurements could not be saved: %1</source>
        <translation>No se pudieron guardar las medidas: %1</translation>
    </message>
    <message>
        <location filename="../ui/annotate/measure_tool.cpp" line="109"/>
        <source>Auto Cobb needs Osteon built with LibTorch (the AI engine)</source>
        <translation>El Cobb automático necesita Osteon compilado con LibTorch (el motor de IA)</translation>
    </message>
    <message>
        <location filename="../ui/annotate/measure_tool.cpp" line="110"/>
        <source>Auto Cobb is already running</source>
        <translation>El Cobb automático ya está en ejecución</translation>
    </message>
    <message>
        <location filename="../ui/annotate/measure_tool.cpp" line="111"/>
        <source>Auto Cobb: open a spine X-ray first</source>
        <translation>Cobb automático: abra primero una radiografía de columna</translation>
    </message>
    <message>
        <location filename="../ui/annotate/measure_tool.cpp" line="113"/>
        <source>Auto Cobb works on a single AP spine radiograph, not on a %1-slice series</source>
        <translation>El Cobb automático funciona sobre una única radiografía AP de columna, no sobre una serie de %1 cortes</translation>
    </message>
    <message>
        <location filename="../ui/annotate/measure_tool.cpp" line="119"/>
        <source>Auto Cobb: finding the vertebrae...</source>
        <translation>Cobb automático: buscando las vértebras...</translation>
    </message>
    <message>
        <location filename="../ui/annotate/measure_tool.cpp" line="148"/>
        <location filename="../ui/annotate/measure_tool.cpp" line="187"/>
        <source>Auto Cobb failed: %1</source>
        <translation>El Cobb automático falló: %1</translation>
    </message>
    <message>
        <location filename="../ui/annotate/measure_tool.cpp" line="148"/>
        <source>no image</source>
        <translation>sin imagen</translation>
    </message>
    <message>
        <location filename="../ui/annotate/measure_tool.cpp" line="176"/>
        <source>Auto Cobb: %1° (%2-%3), %4°, %5°; ALS %6 (%7 ms). Drag a corner to correct it.</source>
        <translation>Cobb automático: %1° (%2-%3), %4°, %5°; ALS %6 (%7 ms). Arrastre una esquina para corregirla.</translation>
    </message>
    <message>
        <location filename="../ui/annotate/measure_tool.cpp" line="181"/>
        <source>undecided</source>
        <translation>indeciso</translation>
    </message>
    <message>
        <location filename="../ui/annotate/measure_tool.cpp" line="290"/>
        <source>Measured %1</source>
        <translation>Medido: %1</translation>
    </message>
    <message>
        <location filename="../ui/annotate/measure_tool.cpp" line="324"/>
        <source>Moved %1 %2: principal Cobb angle %3</source>
        <translation>%1 %2 movida: ángulo de Cobb principal %3</translation>
    </message>
    <message>
        <location filename="../ui/annotate/measure_tool.cpp" line="326"/>
        <source>top-left</source>
        <translation>superior izquierda</translation>
    </message>
    <message>
        <location filename="../ui/annotate/measure_tool.cpp" line="326"/>
        <source>top-right</source>
        <translation>superior derecha</translation>
    </message>
    <message>
        <location filename="../ui/annotate/measure_tool.cpp" line="326"/>
        <source>bottom-left</source>
        <translation>inferior izquierda</translation>
    </message>
    <message>
        <location filename="../ui/annotate/measure_tool.cpp" line="327"/>
        <source>bottom-right</source>
        <translation>inferior derecha</translation>
    </message>
    <message>
        <location filename="../ui/annotate/measure_tool.cpp" line="389"/>
        <source>Cobb %1° (%2-%3)</source>
        <translation>Cobb %1° (%2-%3)</translation>
    </message>
    <message>
        <location filename="../ui/annotate/measure_tool.cpp" line="393"/>
        <source>%1°  %2°  %3</source>
        <translation>%1°  %2°  %3</translation>
    </message>
    <message>
        <location filename="../ui/annotate/measure_tool.cpp" line="396"/>
        <source>S-shaped</source>
        <translation>en S</translation>
    </message>
    <message>
        <location filename="../ui/annotate/measure_tool.cpp" line="396"/>
        <source>C-shaped</source>
        <translation>en C</translation>
    </message>
    <message>
        <location filename="../ui/annotate/measure_tool.cpp" line="397"/>
        <source>ALS %1</source>
        <translation>ALS %1</translation>
    </message>
    <message>
        <location filename="../ui/annotate/measure_tool.cpp" line="399"/>
        <source>undecided (%1)</source>
        <translation>indeciso (%1)</translation>
    </message>
    <message>
        <location filename="../ui/annotate/measure_tool.cpp" line="404"/>
        <source>n/a</source>
        <translation>n/d</translation>
    </message>
    <message>
        <location filename="../ui/annotate/measure_tool.cpp" line="441"/>
        <source>Cobb %1</source>
        <translation>Cobb %1</translation>
    </message>
</context>
<context>
    <name>ProbabilityChart</name>
    <message>
        <location filename="../ui/ai/probability_chart.cpp" line="113"/>
        <source>No result yet</source>
        <translation>Todavía no hay resultado</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../ui/browser/study_loader.cpp" line="20"/>
        <source>(no description)</source>
        <translation>(sin descripción)</translation>
    </message>
    <message>
        <location filename="../ui/browser/study_loader.cpp" line="22"/>
        <source> [stack %1]</source>
        <translation> [pila %1]</translation>
    </message>
    <message>
        <location filename="../ui/browser/study_loader.cpp" line="75"/>
        <source>Reading headers</source>
        <translation>Leyendo encabezados</translation>
    </message>
    <message>
        <location filename="../ui/browser/study_loader.cpp" line="93"/>
        <source>Loading %1</source>
        <translation>Cargando %1</translation>
    </message>
    <message>
        <location filename="../ui/browser/study_loader.cpp" line="125"/>
        <source>%1: no images found</source>
        <translation>%1: no se encontraron imágenes</translation>
    </message>
    <message>
        <location filename="../ui/browser/study_loader.cpp" line="130"/>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../ui/shell/shortcuts_dialog.cpp" line="14"/>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <location filename="../ui/shell/shortcuts_dialog.cpp" line="17"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location filename="../ui/shell/shortcuts_dialog.cpp" line="17"/>
        <source>Shortcut</source>
        <translation>Atajo</translation>
    </message>
</context>
<context>
    <name>StudyBrowser</name>
    <message>
        <location filename="../ui/browser/study_browser.cpp" line="12"/>
        <source>Series</source>
        <translation>Series</translation>
    </message>
    <message>
        <location filename="../ui/browser/study_browser.cpp" line="12"/>
        <source>Modality</source>
        <translation>Modalidad</translation>
    </message>
    <message>
        <location filename="../ui/browser/study_browser.cpp" line="12"/>
        <source>Images</source>
        <translation>Imágenes</translation>
    </message>
    <message>
        <location filename="../ui/browser/study_browser.cpp" line="37"/>
        <source>(no patient)</source>
        <translation>(sin paciente)</translation>
    </message>
    <message>
        <location filename="../ui/browser/study_browser.cpp" line="44"/>
        <source>(no study description)</source>
        <translation>(sin descripción del estudio)</translation>
    </message>
    <message>
        <location filename="../ui/browser/study_browser.cpp" line="52"/>
        <source>%1 x %2 x %3, %4</source>
        <translation>%1 x %2 x %3, %4</translation>
    </message>
</context>
<context>
    <name>TrainingCurves</name>
    <message>
        <location filename="../ui/training/training_curves.cpp" line="42"/>
        <source>train loss</source>
        <translation>pérdida de entrenamiento</translation>
    </message>
    <message>
        <location filename="../ui/training/training_curves.cpp" line="42"/>
        <source>validation loss</source>
        <translation>pérdida de validación</translation>
    </message>
    <message>
        <location filename="../ui/training/training_curves.cpp" line="43"/>
        <source>train accuracy</source>
        <translation>exactitud de entrenamiento</translation>
    </message>
    <message>
        <location filename="../ui/training/training_curves.cpp" line="43"/>
        <source>validation accuracy</source>
        <translation>exactitud de validación</translation>
    </message>
    <message>
        <location filename="../ui/training/training_curves.cpp" line="43"/>
        <source>validation macro-F1</source>
        <translation>macro-F1 de validación</translation>
    </message>
    <message>
        <location filename="../ui/training/training_curves.cpp" line="103"/>
        <source>Loss</source>
        <translation>Pérdida</translation>
    </message>
    <message>
        <location filename="../ui/training/training_curves.cpp" line="103"/>
        <source>Accuracy and macro-F1</source>
        <translation>Exactitud y macro-F1</translation>
    </message>
    <message>
        <location filename="../ui/training/training_curves.cpp" line="115"/>
        <source>fold %1</source>
        <translation>partición %1</translation>
    </message>
    <message>
        <location filename="../ui/training/training_curves.cpp" line="191"/>
        <source>epoch</source>
        <translation>época</translation>
    </message>
    <message>
        <location filename="../ui/training/training_curves.cpp" line="195"/>
        <source>No epochs yet</source>
        <translation>Todavía no hay épocas</translation>
    </message>
    <message>
        <location filename="../ui/training/training_curves.cpp" line="250"/>
        <source>best (epoch %1)</source>
        <translation>mejor (época %1)</translation>
    </message>
</context>
<context>
    <name>TrainingPanel</name>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="280"/>
        <location filename="../ui/training/training_panel.cpp" line="1184"/>
        <location filename="../ui/training/training_panel.cpp" line="1218"/>
        <location filename="../ui/training/training_panel.cpp" line="1260"/>
        <source>Training is not in this build: Osteon was built without LibTorch.</source>
        <translation>El entrenamiento no está en esta compilación: Osteon se compiló sin LibTorch.</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="316"/>
        <source>Folder per class</source>
        <translation>Carpeta por clase</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="317"/>
        <source>CSV of image + label</source>
        <translation>CSV de imagen + etiqueta</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="318"/>
        <source>RSNA 2024 folder</source>
        <translation>Carpeta RSNA 2024</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="320"/>
        <source>Folder per class: root/&lt;class&gt;/&lt;image&gt;. CSV: a column of image paths and a label column. RSNA 2024: train_images and the competition CSV files (crops around every labelled coordinate are trained as 3 classes).</source>
        <translation>Carpeta por clase: raíz/&lt;clase&gt;/&lt;imagen&gt;. CSV: una columna de rutas de imagen y una columna de etiqueta. RSNA 2024: train_images y los archivos CSV de la competición (los recortes alrededor de cada coordenada etiquetada se entrenan como 3 clases).</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="323"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="327"/>
        <location filename="../ui/training/training_panel.cpp" line="337"/>
        <location filename="../ui/training/training_panel.cpp" line="535"/>
        <source>Browse...</source>
        <translation>Examinar...</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="330"/>
        <source>Path</source>
        <translation>Ruta</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="336"/>
        <source>the CSV&apos;s folder</source>
        <translation>la carpeta del CSV</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="340"/>
        <source>Images folder</source>
        <translation>Carpeta de imágenes</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="344"/>
        <source>label, class, als_type or diagnosis</source>
        <translation>label, class, als_type o diagnosis</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="345"/>
        <source>The CSV column with the class of each image</source>
        <translation>La columna del CSV con la clase de cada imagen</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="346"/>
        <source>Label column</source>
        <translation>Columna de etiqueta</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="348"/>
        <source>Check dataset</source>
        <translation>Comprobar conjunto</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="350"/>
        <source>Read every image and label and list what cannot be used</source>
        <translation>Leer cada imagen y etiqueta y listar lo que no se puede usar</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="357"/>
        <location filename="../ui/training/training_panel.cpp" line="644"/>
        <source>Dataset</source>
        <translation>Conjunto de datos</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="364"/>
        <source>Scoliosis (ALS type)</source>
        <translation>Escoliosis (tipo ALS)</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="365"/>
        <source>Lumbar degeneration (RSNA)</source>
        <translation>Degeneración lumbar (RSNA)</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="366"/>
        <source>Osteoporosis</source>
        <translation>Osteoporosis</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="367"/>
        <source>Classification (any classes)</source>
        <translation>Clasificación (cualquier clase)</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="369"/>
        <source>Choosing a task fills the form with its recommended settings; the task is stored in the model so that the AI panel can use it</source>
        <translation>Elegir una tarea rellena el formulario con sus ajustes recomendados; la tarea se guarda en el modelo para que el panel de IA pueda usarlo</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="371"/>
        <source>Task</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="379"/>
        <source>+seed000head: the network&apos;s features through seed 000&apos;s dense head</source>
        <translation>+seed000head: las características de la red pasan por la cabeza densa del seed 000</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="380"/>
        <source>Architecture</source>
        <translation>Arquitectura</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="384"/>
        <source>square</source>
        <translation>cuadrada</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="389"/>
        <source>Input (w × h)</source>
        <translation>Entrada (an × al)</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="396"/>
        <source>batch</source>
        <translation>lote</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="398"/>
        <location filename="../ui/training/training_panel.cpp" line="657"/>
        <source>Epochs</source>
        <translation>Épocas</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="399"/>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="409"/>
        <source>Optimiser</source>
        <translation>Optimizador</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="412"/>
        <source>Learning rate</source>
        <translation>Tasa de aprendizaje</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="414"/>
        <source>Weight decay</source>
        <translation>Decaimiento de pesos</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="416"/>
        <source>SGD only</source>
        <translation>Solo SGD</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="417"/>
        <source>Momentum</source>
        <translation>Momento</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="419"/>
        <location filename="../ui/training/training_panel.cpp" line="449"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="420"/>
        <source>reduce on plateau</source>
        <translation>reducir en meseta</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="421"/>
        <source>cosine</source>
        <translation>coseno</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="422"/>
        <source>Schedule</source>
        <translation>Programa</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="427"/>
        <source>patience</source>
        <translation>paciencia</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="429"/>
        <source>Plateau factor</source>
        <translation>Factor de meseta</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="431"/>
        <source>Minimum rate</source>
        <translation>Tasa mínima</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="432"/>
        <location filename="../ui/training/training_panel.cpp" line="516"/>
        <source>off</source>
        <translation>desactivado</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="434"/>
        <source>Stop after this many epochs without improvement of the monitored value</source>
        <translation>Detener tras este número de épocas sin mejora del valor monitorizado</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="436"/>
        <source>Early stopping</source>
        <translation>Parada temprana</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="438"/>
        <source>validation loss</source>
        <translation>pérdida de validación</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="439"/>
        <source>validation accuracy</source>
        <translation>exactitud de validación</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="440"/>
        <source>macro-F1</source>
        <translation>macro-F1</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="441"/>
        <source>ROC AUC</source>
        <translation>ROC AUC</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="442"/>
        <source>Picks the best epoch (the checkpoint kept) and drives the schedule</source>
        <translation>Elige la mejor época (el punto de control conservado) y guía el programa</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="443"/>
        <source>Monitor</source>
        <translation>Monitorizar</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="444"/>
        <source>Optimisation</source>
        <translation>Optimización</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="450"/>
        <source>Epochs with only the classifier head trainable</source>
        <translation>Épocas en las que solo la cabeza clasificadora es entrenable</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="451"/>
        <source>Frozen epochs</source>
        <translation>Épocas congeladas</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="452"/>
        <source>all</source>
        <translation>todos</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="453"/>
        <source>Blocks trained after the frozen epochs, counted from the top</source>
        <translation>Bloques entrenados tras las épocas congeladas, contados desde arriba</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="454"/>
        <source>Unfreeze blocks</source>
        <translation>Descongelar bloques</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="456"/>
        <source>Learning rate factor after the frozen epochs</source>
        <translation>Factor de la tasa de aprendizaje tras las épocas congeladas</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="457"/>
        <source>Fine-tune factor</source>
        <translation>Factor de ajuste fino</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="458"/>
        <source>Fine-tuning</source>
        <translation>Ajuste fino</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="464"/>
        <source>cross-entropy</source>
        <translation>entropía cruzada</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="465"/>
        <source>focal</source>
        <translation>focal</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="466"/>
        <source>Loss</source>
        <translation>Pérdida</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="468"/>
        <source>1 for every class</source>
        <translation>1 para cada clase</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="469"/>
        <source>Focal loss weight per class, comma separated (e.g. 0.2, 0.5, 0.7)</source>
        <translation>Peso de la pérdida focal por clase, separado por comas (p. ej. 0.2, 0.5, 0.7)</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="470"/>
        <source>Focal alpha</source>
        <translation>Alfa focal</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="472"/>
        <source>Focal gamma</source>
        <translation>Gamma focal</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="473"/>
        <source>Class weights (inverse frequency)</source>
        <translation>Pesos de clase (frecuencia inversa)</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="475"/>
        <source>Oversample rare classes</source>
        <translation>Sobremuestrear las clases raras</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="477"/>
        <source>Imbalance</source>
        <translation>Desequilibrio</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="484"/>
        <source>Share of every class held out for validation (without K-fold)</source>
        <translation>Fracción de cada clase reservada para validación (sin K-fold)</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="485"/>
        <source>Validation share</source>
        <translation>Fracción de validación</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="486"/>
        <source>no K-fold</source>
        <translation>sin K-fold</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="488"/>
        <source>Folds</source>
        <translation>Particiones</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="490"/>
        <source>Seed</source>
        <translation>Semilla</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="491"/>
        <source>Validation</source>
        <translation>Validación</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="496"/>
        <source>Augment training images</source>
        <translation>Aumentar las imágenes de entrenamiento</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="500"/>
        <source>Rotation ±</source>
        <translation>Rotación ±</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="502"/>
        <source>Shift ±</source>
        <translation>Desplazamiento ±</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="504"/>
        <source>Zoom ±</source>
        <translation>Zoom ±</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="506"/>
        <source>Brightness ±</source>
        <translation>Brillo ±</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="508"/>
        <source>horizontal</source>
        <translation>horizontal</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="509"/>
        <source>vertical</source>
        <translation>vertical</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="513"/>
        <source>Flips</source>
        <translation>Volteos</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="521"/>
        <source>Elastic α</source>
        <translation>Elástica α</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="522"/>
        <source>Preview augmentation</source>
        <translation>Vista previa del aumento</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="524"/>
        <source>Random augmentations of the dataset&apos;s first image (check it first)</source>
        <translation>Aumentos aleatorios de la primera imagen del conjunto (compruébelo antes)</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="526"/>
        <source>Augmentation</source>
        <translation>Aumento de datos</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="534"/>
        <source>The model package; the report goes into &lt;name&gt;-report next to it</source>
        <translation>El paquete del modelo; el informe va a &lt;nombre&gt;-report a su lado</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="538"/>
        <location filename="../ui/training/training_panel.cpp" line="694"/>
        <source>Model file</source>
        <translation>Archivo del modelo</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="540"/>
        <source>Save config...</source>
        <translation>Guardar configuración...</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="541"/>
        <source>Load config...</source>
        <translation>Cargar configuración...</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="546"/>
        <source>Output</source>
        <translation>Salida</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="555"/>
        <source>Start training</source>
        <translation>Iniciar el entrenamiento</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="557"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="559"/>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="561"/>
        <source>Continue after the last finished epoch of the interrupted training</source>
        <translation>Continuar tras la última época terminada del entrenamiento interrumpido</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="566"/>
        <source>Use this model</source>
        <translation>Usar este modelo</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="568"/>
        <source>Load the trained model in the AI panel</source>
        <translation>Cargar el modelo entrenado en el panel de IA</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="625"/>
        <source>Class</source>
        <translation>Clase</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="625"/>
        <source>Images</source>
        <translation>Imágenes</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="636"/>
        <source>Check the dataset to see its classes and problems.</source>
        <translation>Compruebe el conjunto de datos para ver sus clases y problemas.</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="641"/>
        <source>Files and rows that cannot be used, with the reason</source>
        <translation>Archivos y filas que no se pueden usar, con el motivo</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="648"/>
        <source>Fold</source>
        <translation>Partición</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="648"/>
        <source>Epoch</source>
        <translation>Época</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="648"/>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="648"/>
        <source>Rate</source>
        <translation>Tasa</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="649"/>
        <source>Train loss</source>
        <translation>Pérdida entr.</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="649"/>
        <source>Train acc.</source>
        <translation>Exact. entr.</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="649"/>
        <source>Val. loss</source>
        <translation>Pérdida val.</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="650"/>
        <source>Val. acc.</source>
        <translation>Exact. val.</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="650"/>
        <source>Macro-F1</source>
        <translation>Macro-F1</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="650"/>
        <source>AUC</source>
        <translation>AUC</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="650"/>
        <source>s</source>
        <translation>s</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="651"/>
        <source>img/s</source>
        <translation>img/s</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="651"/>
        <source>Data wait</source>
        <translation>Espera de datos</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="651"/>
        <source>Best</source>
        <translation>Mejor</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="662"/>
        <source>Log</source>
        <translation>Registro</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="669"/>
        <source>Preview augmentation (in the Augmentation section) shows random augmentations of the first image here.</source>
        <translation>Vista previa del aumento (en la sección Aumento de datos) muestra aquí aumentos aleatorios de la primera imagen.</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="673"/>
        <source>Augmentation preview</source>
        <translation>Vista previa del aumento</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="682"/>
        <source>Choose the labels CSV</source>
        <translation>Elegir el CSV de etiquetas</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="683"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Archivos CSV (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="685"/>
        <source>Choose the dataset folder</source>
        <translation>Elegir la carpeta del conjunto de datos</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="690"/>
        <source>Choose the images folder</source>
        <translation>Elegir la carpeta de imágenes</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="695"/>
        <source>Osteon models (*.osteon)</source>
        <translation>Modelos de Osteon (*.osteon)</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="702"/>
        <source>Save the training configuration</source>
        <translation>Guardar la configuración de entrenamiento</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="703"/>
        <location filename="../ui/training/training_panel.cpp" line="710"/>
        <source>JSON files (*.json)</source>
        <translation>Archivos JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="709"/>
        <source>Load a training configuration</source>
        <translation>Cargar una configuración de entrenamiento</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="900"/>
        <source>Configuration saved to %1</source>
        <translation>Configuración guardada en %1</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="904"/>
        <source>The configuration could not be saved: %1</source>
        <translation>No se pudo guardar la configuración: %1</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="919"/>
        <source>Configuration loaded from %1</source>
        <translation>Configuración cargada de %1</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="923"/>
        <source>The configuration could not be loaded: %1</source>
        <translation>No se pudo cargar la configuración: %1</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="989"/>
        <source>labels CSV (image path + label)</source>
        <translation>CSV de etiquetas (ruta de imagen + etiqueta)</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="989"/>
        <source>dataset folder</source>
        <translation>carpeta del conjunto de datos</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="1001"/>
        <source>The dataset changed since the check: check it again.</source>
        <translation>El conjunto de datos cambió desde la comprobación: compruébelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="1003"/>
        <source>Not checked yet.</source>
        <translation>Todavía sin comprobar.</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="1069"/>
        <source>Train with these settings</source>
        <translation>Entrenar con estos ajustes</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="1069"/>
        <source>Check the dataset first</source>
        <translation>Compruebe antes el conjunto de datos</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="1170"/>
        <location filename="../ui/training/training_panel.cpp" line="1171"/>
        <source>Cancelling...</source>
        <translation>Cancelando...</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="1195"/>
        <source>Choose the dataset first (a folder or a CSV file).</source>
        <translation>Elija antes el conjunto de datos (una carpeta o un archivo CSV).</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="1200"/>
        <location filename="../ui/training/training_panel.cpp" line="1229"/>
        <source>The settings cannot be used: %1</source>
        <translation>Los ajustes no se pueden usar: %1</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="1204"/>
        <source>Checking the dataset...</source>
        <translation>Comprobando el conjunto de datos...</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="1205"/>
        <source>Checking %1</source>
        <translation>Comprobando %1</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="1219"/>
        <source>Training is already running.</source>
        <translation>El entrenamiento ya está en curso.</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="1220"/>
        <location filename="../ui/training/training_panel.cpp" line="1262"/>
        <source>Check the dataset first.</source>
        <translation>Compruebe antes el conjunto de datos.</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="1223"/>
        <source>learning rate</source>
        <translation>tasa de aprendizaje</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="1224"/>
        <source>weight decay</source>
        <translation>decaimiento de pesos</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="1225"/>
        <source>minimum rate</source>
        <translation>tasa mínima</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="1226"/>
        <source>Not a number: %1</source>
        <translation>No es un número: %1</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="1231"/>
        <source>Nothing to resume: no checkpoint in %1</source>
        <translation>Nada que reanudar: no hay punto de control en %1</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="1242"/>
        <source>Resuming the training from %1</source>
        <translation>Reanudando el entrenamiento desde %1</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="1243"/>
        <source>Training %1 on %2 images of %3 classes</source>
        <translation>Entrenando %1 con %2 imágenes de %3 clases</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="1247"/>
        <source>Resuming...</source>
        <translation>Reanudando...</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="1247"/>
        <source>Starting...</source>
        <translation>Iniciando...</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="1261"/>
        <source>Wait for the running job to finish.</source>
        <translation>Espere a que termine la tarea en curso.</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="1267"/>
        <source>Rendering the augmentation preview...</source>
        <translation>Generando la vista previa del aumento...</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="1275"/>
        <source>There is no trained model yet.</source>
        <translation>Todavía no hay un modelo entrenado.</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="1298"/>
        <source>Checking the dataset was cancelled.</source>
        <translation>Se canceló la comprobación del conjunto de datos.</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="1299"/>
        <source>The dataset cannot be used: %1</source>
        <translation>El conjunto de datos no se puede usar: %1</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="1306"/>
        <source>Not usable: see the message above.</source>
        <translation>No utilizable: vea el mensaje de arriba.</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="1321"/>
        <source>The report could not be written: %1</source>
        <translation>No se pudo escribir el informe: %1</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="1324"/>
        <source>Training was cancelled.</source>
        <translation>Se canceló el entrenamiento.</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="1325"/>
        <source>Training failed: %1</source>
        <translation>El entrenamiento falló: %1</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="1344"/>
        <source>Augmentation preview of %1: the first image as the network sees it, then random augmentations</source>
        <translation>Vista previa del aumento de %1: la primera imagen tal como la ve la red y luego aumentos aleatorios</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="1353"/>
        <location filename="../ui/training/training_panel.cpp" line="1512"/>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="1354"/>
        <source>The preview could not be rendered: %1</source>
        <translation>No se pudo generar la vista previa: %1</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="1383"/>
        <source>%1 dataset: %2 readable images in %3 classes, %4 problem(s).</source>
        <translation>Conjunto %1: %2 imágenes legibles en %3 clases, %4 problema(s).</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="1389"/>
        <source>Several label columns: training takes one (name it in Label column).</source>
        <translation>Varias columnas de etiqueta: el entrenamiento usa una (indíquela en Columna de etiqueta).</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/training/training_panel.cpp" line="1394"/>
        <source>%n class(es), %1 images, %2 problem(s)</source>
        <translation>
            <numerusform>%n clase, %1 imágenes, %2 problema(s)</numerusform>
            <numerusform>%n clases, %1 imágenes, %2 problema(s)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="1468"/>
        <source>fold %1, epoch %2</source>
        <translation>partición %1, época %2</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="1468"/>
        <source>epoch %1</source>
        <translation>época %1</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="1470"/>
        <source>Fold %1, epoch %2 of %3: validation accuracy %4</source>
        <translation>Partición %1, época %2 de %3: exactitud de validación %4</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="1500"/>
        <source>fold %1, best epoch %2</source>
        <translation>partición %1, mejor época %2</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="1501"/>
        <source>best epoch %1</source>
        <translation>mejor época %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/training/training_panel.cpp" line="1510"/>
        <source>Cancelled after %n finished epoch(s); Resume continues from there.</source>
        <translation>
            <numerusform>Cancelado tras %n época terminada; Reanudar continúa desde ahí.</numerusform>
            <numerusform>Cancelado tras %n épocas terminadas; Reanudar continúa desde ahí.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="1514"/>
        <source>Finished in %1 s.</source>
        <translation>Terminado en %1 s.</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="1519"/>
        <source>Accuracy %1, macro-F1 %2, ROC AUC %3</source>
        <translation>Exactitud %1, macro-F1 %2, ROC AUC %3</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="1524"/>
        <source>(mean ± sd over %1 folds)</source>
        <translation>(media ± de en %1 particiones)</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="1526"/>
        <source>(validation, best epoch)</source>
        <translation>(validación, mejor época)</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="1529"/>
        <source>Model: %1</source>
        <translation>Modelo: %1</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="1530"/>
        <source>Report folder: %1</source>
        <translation>Carpeta del informe: %1</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="1536"/>
        <source>Report written to %1</source>
        <translation>Informe escrito en %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="22"/>
        <source>Osteon radiology viewer</source>
        <translation>Visor radiológico Osteon</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="27"/>
        <source>DICOM files or folders, DICOMDIR, or images to open</source>
        <translation>Archivos o carpetas DICOM, DICOMDIR o imágenes para abrir</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="29"/>
        <source>View layout: 1x1, 1x3 or 2x2</source>
        <translation>Disposición de vistas: 1x1, 1x3 o 2x2</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="31"/>
        <source>User interface language: en, pt_BR or es</source>
        <translation>Idioma de la interfaz: en, pt_BR o es</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="35"/>
        <source>Save a screenshot of the window once the study is shown, then quit</source>
        <translation>Guardar una captura de la ventana cuando se muestre el estudio y salir</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="40"/>
        <source>Print the time from start to the first image shown, then quit</source>
        <translation>Mostrar el tiempo desde el inicio hasta la primera imagen y salir</translation>
    </message>
</context>
<context>
    <name>osteon::ui::AiPanel</name>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="35"/>
        <source>demo: trained on synthetic phantoms, not for clinical use</source>
        <translation>demo: entrenado con fantomas sintéticos, no apto para uso clínico</translation>
    </message>
</context>
</TS>
